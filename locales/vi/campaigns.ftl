## Phong trào thi đua: phát động, sửa, danh sách; lời nhắc của mùa đăng ký.

cmd-campaign-description = Phát động phong trào thi đua mới
cmd-campaigns-description = Các phong trào thi đua
field-campaign-title = Tên phong trào
field-campaign-description = Mô tả
field-campaign-kind = Loại phong trào
field-campaign-starts = Ngày bắt đầu
field-campaign-ends = Ngày kết thúc
field-campaign-deadline = Hạn đăng ký thi đua
field-campaign-titles = Danh hiệu được đăng ký
ask-campaign-title = Tên phong trào thi đua:
ask-campaign-description = Mô tả ngắn (mục đích, nội dung, đối tượng). Có thể bỏ qua.
ask-campaign-kind = Loại phong trào:
ask-campaign-starts = Ngày bắt đầu (ngày/tháng/năm):
ask-campaign-ends = Ngày kết thúc (ngày/tháng/năm):
ask-campaign-deadline = Hạn đăng ký thi đua (ngày/tháng/năm; hết ngày đó). Bỏ qua nếu phong trào không nhận đăng ký.
ask-campaign-titles = Các danh hiệu cán bộ và đơn vị được đăng ký trong phong trào:
campaign-kind-yearly = Thường xuyên, hằng năm
campaign-kind-thematic = Theo chuyên đề
campaign-kind-period = Theo đợt, giai đoạn
campaign-launched = Đã phát động phong trào «{ $title }» (mã { $code }). Gửi thông báo phát động tới mọi người?
campaign-edited = Đã cập nhật phong trào «{ $title }» (mã { $code }).
btn-announce-campaign = Soạn thông báo phát động
btn-campaign-edit = Sửa { $code }
campaigns-title = Có { $count } phong trào thi đua
campaigns-line = { $code } — { $title } ({ $kind }, { $from } – { $to })
campaigns-line-pledges = { $code } — { $title } ({ $kind }, { $from } – { $to }); hạn đăng ký { $deadline }
campaigns-empty = Chưa có phong trào thi đua nào.
error-campaign-dates = Ngày kết thúc phải sau ngày bắt đầu.

reminder-heading = Nhắc việc thi đua
reminder-pledge = Bạn chưa đăng ký thi đua trong phong trào «{ $campaign }». Hạn đăng ký: { $deadline }. Gõ /pledge để đăng ký.
reminder-review = Bạn còn bản đăng ký thi đua của đơn vị chờ xác nhận trong phong trào «{ $campaign }» (hạn { $deadline }). Gõ /review để xem.
