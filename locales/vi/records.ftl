# Hồ sơ thành tích: nhập quyết định cũ, xem, sửa, thống kê; các quy định nhìn lại các năm trước.

## Nhập tệp quyết định khen thưởng (npm run cli -- import-awards, hoặc gửi tệp cho bot)
awards-rejected = Không nhập tệp { $file }: có { $count } lỗi. Chưa có gì được lưu; sửa các dòng dưới đây rồi nhập lại.
awards-imported = Đã nhập hồ sơ thành tích: { $created } mục mới, { $updated } mục cập nhật, { $unchanged } mục không đổi; xếp loại: { $ratingsCreated } mới, { $ratingsUpdated } thay đổi, { $ratingsUnchanged } không đổi.
awards-dry-run = Chạy thử (không lưu): sẽ có { $created } mục mới, { $updated } mục cập nhật, { $unchanged } mục không đổi; xếp loại: { $ratingsCreated } mới, { $ratingsUpdated } thay đổi, { $ratingsUnchanged } không đổi.
awards-missing-column = thiếu cột «{ $column }» (có thể ghi tiêu đề tiếng Việt: Họ tên, Đơn vị, Năm, Danh hiệu/Hình thức, Số quyết định, Ngày quyết định, Cơ quan ban hành).
awards-unknown-column = cột «{ $column }» không dùng được; các cột hợp lệ: { $columns } (hoặc tiêu đề tiếng Việt tương ứng).
awards-empty = cột «{ $column }» đang trống.
awards-too-long = cột «{ $column }» dài quá { $max } ký tự.
awards-unknown-unit = không có đơn vị «{ $unit }» trong danh sách (gần nhất: { $suggestion }).
awards-unknown-person = không có ai tên «{ $name }» ở { $unit }; nhập người này bằng import-staff trước.
awards-person-elsewhere = không có ai tên «{ $name }» ở { $unit }; người cùng tên đang thuộc: { $units }. Ghi đơn vị hiện nay của người đó.
awards-bad-year = năm «{ $value }» không hợp lệ (từ 1945 đến { $max }).
awards-unknown-award = không nhận ra danh hiệu/hình thức «{ $value }» (gần nhất: { $suggestion }).
awards-award-for-people = «{ $award }» là khen thưởng cho cá nhân, mà dòng này không có họ tên (dòng không có họ tên là của tập thể).
awards-award-for-units = «{ $award }» là khen thưởng cho tập thể; để trống cột họ tên nếu đây là khen thưởng của đơn vị.
awards-rating-for-unit = «{ $value }» là mức xếp loại chất lượng của cá nhân, mà dòng này không có họ tên.
awards-bad-date = ngày quyết định «{ $value }» không hợp lệ (ví dụ 15/12/2024).
awards-date-future = ngày quyết định { $date } chưa tới.
awards-date-before-year = ngày quyết định { $date } trước năm { $year } mà nó khen thưởng.
awards-duplicate = trùng với dòng { $first }.
awards-conflict-bot = bot đã ghi quyết định này (mục #{ $id }: số { $number } ngày { $date }) khác với tệp; sửa tệp, hoặc sửa mục đó bằng /suahoso { $id }.
awards-conflict-rating = năm { $year } trưởng đơn vị đã xếp loại «{ $grade }» trên bot, khác với tệp; tệp không ghi đè.

## Lỗi
error-record-not-valid = Mục #{ $id } của hồ sơ đã bị hủy hoặc đã gỡ, nên không sửa được nữa.
error-record-duplicate = Sau khi sửa, mục này sẽ trùng với mục #{ $id } đã có trong hồ sơ.
error-file-unreachable = Không tải được tệp từ { $platform }. Hãy gửi lại tệp.
error-import-not-pending = Tệp này đã được nhập, đã bỏ, hoặc đã được thay bằng tệp gửi sau; không còn gì chờ xác nhận.

## Quy định nhìn lại các năm trước (đọc hồ sơ thành tích)
lookback-summary =
    Cần { $required } { $years } năm liền trước năm { $year } ({ $span }). { $foundCount ->
        [0] Hồ sơ thành tích chưa có năm nào.
       *[other] Hồ sơ thành tích có: { $found }.
    }{ $missingCount ->
        [0] {""}
       *[other] {" "}Còn thiếu năm: { $missing }. Nếu đã có quyết định của những năm đó, thư ký nhập vào hồ sơ (gửi tệp cho bot, hoặc import-awards).
    }
lookback-found-year = { $year } (QĐ số { $number } ngày { $date })
lookback-found-year-undated = { $year } (QĐ số { $number })
