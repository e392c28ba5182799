## Danh bạ cán bộ: tự đăng ký, duyệt, vai trò, ngôn ngữ, thông tin cá nhân.

field-full-name = Họ và tên
field-unit = Đơn vị
field-person = Cán bộ
field-role = Vai trò
field-language = Ngôn ngữ

ask-full-name = Họ và tên đầy đủ của bạn (có dấu), ví dụ: Nguyễn Thị Lan
ask-unit = Bạn thuộc đơn vị nào?
ask-person = Cán bộ nào? Gõ họ tên (hoặc một phần), hoặc số # của người đó.
ask-role = Vai trò nào?
ask-language = Chọn ngôn ngữ / Choose a language

role-staff = Cán bộ, công chức
role-unit_head = Trưởng đơn vị
role-council = Thành viên Hội đồng Thi đua – Khen thưởng
role-secretary = Thư ký Hội đồng
role-leader = Lãnh đạo Sở
role-case_handler = Cán bộ xử lý đơn thư
role-admin = Quản trị viên

person-status-active = Đang hoạt động
person-status-pending = Chờ duyệt
person-status-inactive = Ngừng hoạt động

language-vi = Tiếng Việt
language-en = English
lang-changed = Đã chuyển sang tiếng Việt.

register-pending = Đã gửi đăng ký: { $name }, { $unit }. Trưởng đơn vị hoặc quản trị viên sẽ duyệt; bạn sẽ được báo khi xong.
register-notify = { $name } xin tham gia với đơn vị { $unit }. Duyệt hay từ chối?
register-approved-notice = Đăng ký của bạn vào đơn vị { $unit } đã được duyệt. Gõ /help để xem các lệnh.
approve-title = Có { $count } người chờ duyệt
approve-line = #{ $id } { $name } — { $unit }
approve-empty = Không có ai chờ duyệt.
approve-done = Đã duyệt { $name }. Người đó đã được báo.
reject-done = Đã từ chối đăng ký của { $name }.
btn-approve = Duyệt
btn-reject = Từ chối
btn-approve-person = Duyệt #{ $id }
btn-reject-person = Từ chối #{ $id }

role-granted = Đã giao vai trò «{ $role }» cho { $name }.
role-already = { $name } đã có vai trò «{ $role }» từ trước; không có gì thay đổi.
role-revoked = Đã thu hồi vai trò «{ $role }» của { $name }.
role-not-held = { $name } không có vai trò «{ $role }»; không có gì thay đổi.

whoami =
    { $name } — { $unit }
    Vai trò: { $roles }
    Trạng thái: { $status }
    Tài khoản đã liên kết: { $platforms }
whoami-unknown = Tôi chưa biết bạn trong danh sách cán bộ. Gõ /register để khai báo họ tên và đơn vị.
