## Mô tả lệnh (hiện trong /help và menu lệnh của ứng dụng chat), lời chào, trợ giúp.

cmd-start-description = Bắt đầu, lời chào
cmd-help-description = Các lệnh bạn dùng được
cmd-cancel-description = Thoát biểu mẫu đang điền
cmd-lang-description = Đổi ngôn ngữ
cmd-whoami-description = Thông tin của tôi
cmd-profile-description = Lý lịch (ngày sinh, quê quán, chức vụ, trình độ) dùng trong báo cáo thành tích
cmd-register-description = Khai báo họ tên và đơn vị
cmd-approve-description = Duyệt người mới đăng ký
cmd-grant-description = Giao vai trò cho cán bộ
cmd-revoke-description = Thu hồi vai trò
cmd-pledge-description = Đăng ký thi đua cá nhân
cmd-unitpledge-description = Đăng ký thi đua của đơn vị
cmd-mypledges-description = Xem, sửa, rút đăng ký của tôi
cmd-review-description = Xác nhận đăng ký của đơn vị
cmd-returnpledge-description = Trả lại bản đăng ký kèm lý do
cmd-missing-description = Ai chưa đăng ký thi đua
cmd-export-description = Xuất danh sách đăng ký (Excel, CSV)
cmd-as-description = Đóng vai một người trong tổ chức mẫu
cmd-demo-description = Tạo tổ chức mẫu

start-known = Xin chào { $name }! Việc bạn hay làm:
start-known-bare = Xin chào { $name }! Tôi là trợ lý thi đua, khen thưởng của Sở.
start-more = Gõ /help để xem các lệnh khác.
start-guest = Xin chào! Tôi là trợ lý thi đua, khen thưởng của Sở. Tôi chưa biết bạn: gõ /register để khai báo họ tên và đơn vị.
help-title = Các lệnh bạn dùng được
help-title-guest = Các lệnh dùng được khi chưa đăng ký
help-line = /{ $command } — { $description } (hoặc /{ $aliases })
help-line-bare = /{ $command } — { $description }
help-footer = Đang điền biểu mẫu mà muốn thoát: gõ /cancel. Lệnh có thể gõ không dấu.

as-usage = Gõ /as và họ tên (hoặc một phần), ví dụ: /as Lan
as-now = Bạn đang là { $name } ({ $unit }), vai trò: { $roles }.
demo-exists = Cơ sở dữ liệu đã có tổ chức; không tạo tổ chức mẫu nữa.
demo-created = Đã tạo tổ chức mẫu: { $units } đơn vị, { $people } cán bộ, { $campaigns } phong trào thi đua. Gõ /as và một tên để đóng vai, ví dụ /as Lan.

console-welcome = thidua-bot — trò chuyện trong cửa sổ dòng lệnh. Gõ /help để xem lệnh, /as TÊN để đóng vai một người, Ctrl+D để thoát.
console-welcome-empty = thidua-bot — cơ sở dữ liệu còn trống. Gõ /demo để tạo tổ chức mẫu (Sở Nội vụ, kế hoạch thi đua 2023), rồi /as TÊN để đóng vai một người.
console-notification = Gửi tới { $name }:
console-file-saved = Đã lưu tệp: { $path }
as-still = Bạn vẫn là { $name }.
as-still-nobody = Bạn chưa là ai trong danh bạ; gõ /as và một họ tên.
console-number-gone = Số { $number } không còn trên màn hình (danh sách vừa thay đổi). Hãy chọn một trong các số đang hiện.
