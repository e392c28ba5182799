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
error-record-not-valid = Mục #{ $id } của hồ sơ đã bị huỷ hoặc đã gỡ, nên không sửa được nữa.
error-record-entry-unknown = Không có mục số «{ $value }» trong hồ sơ thành tích. Gõ /suahoso và số mục, ví dụ /suahoso 12; số mục hiện sau «mục #» khi thư ký xem /hosothanhtich.
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

## /hosothanhtich
cmd-record-description = Hồ sơ thành tích: danh hiệu, hình thức khen thưởng qua các năm (của mình, của đơn vị, hoặc lọc theo danh hiệu và năm)
cmd-correctrecord-description = Sửa một mục của hồ sơ thành tích (có lý do, ghi vào nhật ký)
record-title-person = Hồ sơ thành tích — { $name } ({ $unit })
record-title-unit = Hồ sơ thành tích của tập thể { $unit }
record-title-members = Cá nhân trong đơn vị có khen thưởng ({ $count })
record-members-empty = Chưa có cá nhân nào của đơn vị có khen thưởng trong hồ sơ.
record-title-search = { $awards }{ $span }: { $count } cá nhân, tập thể
record-span = , { $from }–{ $to }
record-search-every-year = { $count } cá nhân, tập thể đạt đủ cả { $years } năm.
record-search-line = { $name } ({ $unit }): { $awards }
record-search-empty = Không có ai trong hồ sơ khớp điều kiện lọc.
record-line = { $year } — { $award } ({ $level }) — QĐ số { $number }{ $date }{ $issuer }{ $state }{ $ref }
record-date = {" "}ngày { $date }
record-issuer = , { $issuer }
record-state-annulled = {" "}— ĐÃ HUỶ: { $note }
record-state-removed = {" "}— đã gỡ khỏi hồ sơ: { $note }
record-ref = {" "}[mục #{ $id }]
record-level-so = cấp Sở
record-level-province = cấp tỉnh
record-level-central = cấp Trung ương
record-status-valid = Hiệu lực
record-status-annulled = Đã huỷ
record-status-removed = Đã gỡ
record-empty = { $filtered ->
        [yes] Hồ sơ không có danh hiệu, hình thức nào khớp điều kiện lọc.
       *[no] Hồ sơ chưa có danh hiệu, hình thức khen thưởng nào.
    }
record-ratings = Xếp loại chất lượng hằng năm: { $ratings }
record-rating = { $year }: { $grade }
record-member-line = { $name }: { $awards }
record-award-years = { $award } { $years }
record-more = … và { $count } mục nữa (trong tệp Excel).
record-ask-excel = Danh sách có { $count } mục: thêm «excel» vào lệnh để nhận tệp đầy đủ (mất vài giây).
record-hint-staff = Tải hồ sơ dạng Excel: bấm nút dưới đây, hoặc gõ /hosothanhtich excel. Chỉ xem một danh hiệu hoặc vài năm: /hosothanhtich LĐTT 2020-2026.
record-hint-head = Hồ sơ của đơn vị: /hosothanhtich đơn vị. Một người trong đơn vị: /hosothanhtich <họ tên>. Thêm «excel» để tải tệp.
record-hint-reader = Xem hồ sơ một người: /hosothanhtich <họ tên>; một đơn vị: /hosothanhtich đơn vị <tên đơn vị>; ai đạt một danh hiệu qua các năm: /hosothanhtich LĐTT 2020-2026. Thêm «excel» để tải tệp.
record-hint-secretary = Xem hồ sơ một người: /hosothanhtich <họ tên>; một đơn vị: /hosothanhtich đơn vị <tên đơn vị>; ai đạt một danh hiệu qua các năm: /hosothanhtich LĐTT 2020-2026. Sửa một mục: /suahoso <số mục>. Nhập quyết định cũ: gửi tệp Excel hoặc CSV vào đây.
btn-record-excel = Tải tệp Excel
record-sheet-name = Hồ sơ thành tích
record-col-name = Họ tên
record-col-unit = Đơn vị
record-col-year = Năm
record-col-award = Danh hiệu/Hình thức
record-col-decision-no = Số quyết định
record-col-decision-date = Ngày quyết định
record-col-issuer = Cơ quan ban hành
record-col-level = Cấp
record-col-status = Trạng thái
record-col-id = Mã mục

## /suahoso

record-field-field = Nội dung sửa
record-ask-field = Sửa nội dung nào?
record-correct-year = Năm
record-correct-award = Danh hiệu/Hình thức
record-correct-decision_no = Số quyết định
record-correct-decision_date = Ngày quyết định
record-correct-issuer = Cơ quan ban hành
record-correct-remove = Gỡ mục này khỏi hồ sơ (ghi nhầm)
record-field-value = Giá trị mới
record-ask-value = Giá trị mới? (năm: 2024; ngày: 15/12/2024; danh hiệu: tên hoặc viết tắt như LĐTT)
record-field-reason = Lý do sửa
record-ask-reason = Lý do sửa (ghi vào nhật ký và báo cho người có hồ sơ)?
record-field-year = Năm
record-field-decision_no = Số quyết định
record-field-decision_date = Ngày quyết định
record-field-issuer = Cơ quan ban hành
record-corrected = Đã sửa mục #{ $id } của hồ sơ thành tích:
record-removed = Đã gỡ mục #{ $id } khỏi hồ sơ thành tích:
record-corrected-notice = Thư ký Hội đồng đã sửa hồ sơ thành tích của bạn: { $entry }. Lý do: { $reason }

## /thongke
cmd-stats-description = Thống kê danh hiệu, hình thức khen thưởng qua các năm, theo đơn vị và theo cấp (biểu đồ, Excel)
stats-field-years = Các năm thống kê (ví dụ 2020-2026, không quá { $max } năm, không quá năm nay)
stats-title = Thống kê khen thưởng { $from }–{ $to }
stats-empty = Hồ sơ thành tích chưa có danh hiệu, hình thức nào trong các năm { $from }–{ $to }. Nhập quyết định cũ bằng cách gửi tệp cho bot, hoặc import-awards.
stats-summary = Từ { $from } đến { $to }: { $total } lượt danh hiệu, hình thức khen thưởng, thuộc { $units } đơn vị.
stats-by-year = Theo năm
stats-year-line = { $year }: { $total } — { $awards }
stats-by-level = Theo cấp khen thưởng
stats-level-line = { $level }: { $count }
stats-by-unit = Theo đơn vị
stats-unit-line = { $unit }: { $total } — { $awards }
stats-award-count = { $award } { $count }
stats-more-units = … và { $count } đơn vị nữa trong tệp Excel.
stats-chart-title = Danh hiệu, hình thức khen thưởng theo năm, { $from }–{ $to }
stats-sheet-name = Thống kê khen thưởng
stats-col-subject = Đối tượng
stats-col-count = Số lượng
stats-subject-person = Cá nhân
stats-subject-unit = Tập thể
digest-stats = Khen thưởng qua các năm, theo đơn vị và theo cấp: /thongke (ví dụ /thongke 2020-2026).

## /nhaptep: tệp gửi trong tin nhắn riêng
cmd-import-description = Nhập tệp Excel/CSV: quyết định khen thưởng cũ vào hồ sơ thành tích, hoặc danh sách cán bộ (kiểm tra từng dòng, hỏi lại trước khi lưu)
import-how = Gửi tệp Excel (.xlsx) hoặc CSV vào cuộc trò chuyện này (kèm hoặc không kèm lệnh /nhaptep): tệp quyết định khen thưởng cũ (các cột Họ tên, Đơn vị, Năm, Danh hiệu/Hình thức, Số quyết định, Ngày quyết định, Cơ quan ban hành; để trống họ tên nếu là khen thưởng của tập thể) hoặc danh sách cán bộ (full_name, unit, roles, …). Bot kiểm tra từng dòng, báo dòng nào sai, và chỉ lưu khi bạn xác nhận. Tệp mẫu đính kèm.
import-no-files-here = Bot không nhận được tệp trên nền tảng này. Hãy gửi tệp cho bot trên Telegram hoặc Slack, hoặc nhờ người vận hành chạy «npm run cli -- import-awards TỆP» (hồ sơ thành tích) hay «import-staff TỆP» (danh sách cán bộ). Tệp mẫu đính kèm.
import-one-file = Bot chỉ đọc một tệp mỗi lần: tệp «{ $file }». Gửi các tệp khác sau.
import-kind-awards = hồ sơ thành tích
import-kind-staff = danh sách cán bộ
import-counts-awards = { $created } mục mới, { $updated } mục thay đổi, { $unchanged } mục không đổi; xếp loại: { $ratingsCreated } mới, { $ratingsUpdated } thay đổi
import-counts-staff = { $created } người mới, { $updated } thay đổi, { $unchanged } không đổi, { $unitsCreated } đơn vị mới
import-summary = Tệp «{ $file }» ({ $kind }): { $counts }{ $lines ->
        [0] .
       *[other] ; { $lines } dòng lỗi:
    }
import-saved = Đã lưu tệp «{ $file }» ({ $kind }): { $counts }.
import-problem-line = Dòng { $line }: { $problem }
import-more-problems = … và { $count } lỗi nữa.
import-nothing-saved = Chưa có gì được lưu. Sửa các dòng trên rồi gửi lại tệp.
import-confirm-ask = Bấm «Xác nhận nhập» để lưu, hoặc «Bỏ» nếu không nhập tệp này.
btn-import-ok = Xác nhận nhập
btn-import-no = Bỏ
import-dropped = Đã bỏ tệp; không có gì được lưu.
import-field-file = Tệp (tối đa { $max } MB)
import-file-type = Tệp «{ $file }» không phải Excel (.xlsx) hay CSV: bot chỉ nhập được hai loại tệp này. Mở tệp trong Excel và lưu lại dạng .xlsx hoặc CSV UTF-8. (Ảnh, tệp minh chứng cho một đề nghị thì gửi kèm chú thích /evidence và số đề nghị.)
import-file-size = Tệp «{ $file }» quá lớn. Chia thành nhiều tệp nhỏ hơn (ví dụ mỗi năm một tệp).
import-file-rows = Tệp «{ $file }» có quá nhiều dòng. Chia thành nhiều tệp nhỏ hơn (ví dụ mỗi năm một tệp).
import-file-format = Không đọc được tệp «{ $file }». Mở tệp trong Excel và lưu lại dạng .xlsx hoặc CSV UTF-8.
import-roles-admin-only = chỉ quản trị viên được giao vai trò bằng tệp; để trống cột roles (hoặc ghi staff), vai trò khác giao bằng /grant.
