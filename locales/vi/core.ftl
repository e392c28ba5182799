## Forms, buttons and messages shared by every command.

raw = { $value }
choice-ticked = ✓ { $label }
value-empty = (bỏ trống)

btn-done = Xong
btn-yes = Có
btn-no = Không
btn-skip = Bỏ qua
btn-cancel = Huỷ
btn-confirm = Xác nhận
btn-edit = Sửa
btn-back = Quay lại

form-question = ({ $n }/{ $total }) { $question }
form-question-open = ({ $n }) { $question }
form-multichoice-hint = Bấm để chọn hoặc bỏ chọn (có thể chọn nhiều), rồi bấm «Xong». Cũng có thể gõ số thứ tự, ví dụ: 1, 3 (rồi gõ { $done } cho «Xong»).
form-date-hint = Gõ ngày theo dạng ngày/tháng/năm, ví dụ { $example }; hoặc gõ «hôm nay», «mai».
form-summary-title = Kiểm tra lại trước khi lưu
form-summary-line = { $field }: { $value }
form-summary-hint = Bấm «Xác nhận» để lưu, «Sửa» để thay đổi một mục, hoặc «Huỷ».
form-files-received = Đã nhận { $count } tệp đính kèm.
form-summary-files = Tệp đính kèm: { $count }
form-pick-field = Bạn muốn sửa mục nào?
form-cancelled = Đã huỷ. Không có gì được lưu.
cancel-nothing = Không có biểu mẫu nào đang mở.

hint-use-help = Tôi chưa hiểu tin nhắn này. Gõ /help để xem các lệnh bạn dùng được.
hint-unknown-user = Xin chào! Tôi chưa biết bạn trong danh sách cán bộ. Gõ /register để khai báo họ tên và đơn vị.

error-unknown-command = Không có lệnh /{ $command }. Gõ /help để xem các lệnh.
error-unknown-command-suggest = Không có lệnh /{ $command }. Có phải bạn muốn: { $suggestions }?
error-unexpected = Xin lỗi, đã có lỗi ngoài dự kiến. Không có gì bị thay đổi một nửa. Hãy thử lại; nếu vẫn lỗi, báo quản trị viên mã { $requestId }.
error-message-too-long = Tin nhắn quá dài (hơn { $max } ký tự) nên không được đọc. Hãy gửi ngắn hơn; nội dung dài hãy gửi thành nhiều tin hoặc đính kèm tệp.
error-form-button-stale = Lựa chọn này không còn dùng được. Hãy trả lời câu hỏi hiện tại hoặc gõ /cancel.
error-form-expired = Biểu mẫu này đã đóng. Hãy bắt đầu lại bằng lệnh tương ứng.
error-form-pending = Bạn đang điền dở biểu mẫu /{ $command }. Trả lời câu hỏi dưới đây, hoặc gõ /cancel để thoát.
error-dm-only = Lệnh /{ $command } chỉ dùng trong tin nhắn riêng với bot, để thông tin của bạn không lộ ra nhóm.

error-field-empty = Mục «{ $field }» không được để trống.
error-field-too-long = Mục «{ $field }» dài { $length } ký tự, vượt quá { $max } ký tự cho phép. Hãy rút gọn.
error-field-one-line = Mục «{ $field }» chỉ gồm một dòng.
error-field-choice = Chọn một trong các mục trên cho «{ $field }» (bấm nút hoặc gõ số từ 1 đến { $count }).
error-field-multichoice = Chọn ít nhất một mục cho «{ $field }» (bấm nút hoặc gõ các số từ 1 đến { $count }, cách nhau bởi dấu phẩy).
error-field-confirm = Trả lời «có» hoặc «không» cho «{ $field }».
error-field-invalid = Giá trị cho «{ $field }» chưa hợp lệ.

error-not-allowed = Bạn không có quyền làm việc này.
error-not-allowed-roles = Bạn không có quyền làm việc này: /{ $command } dành cho { $roles }.
error-not-allowed-except = Bạn không có quyền làm việc này: việc này dành cho { $roles }.
error-command-platform = Lệnh /{ $command } chỉ dùng được trên { $platforms }.
error-not-registered = Tôi chưa biết bạn trong danh sách cán bộ. Gõ /register để khai báo.
error-registration-pending = Đăng ký tài khoản của bạn đang chờ duyệt. Bạn sẽ được báo khi được duyệt.
error-dm-only-short = Hãy dùng tin nhắn riêng.
error-not-found = Không tìm thấy mục này (có thể đã bị thay đổi hoặc xoá).
error-person-not-found = Không tìm thấy ai tên «{ $query }».
error-person-ambiguous = Có nhiều người khớp với «{ $query }»: { $names }. Hãy gõ đầy đủ hơn hoặc dùng số #.
error-unit-not-found = Không tìm thấy đơn vị «{ $query }».
error-campaign-not-found = Không tìm thấy phong trào thi đua này.
error-no-open-campaign = Hiện không có phong trào thi đua nào đang nhận đăng ký.
error-nothing-to-return = Không có bản đăng ký nào chờ bạn xem xét, nên chưa có gì để trả lại.
error-deadline-passed = Đã hết hạn đăng ký thi đua ({ $deadline }). Không thể tạo, sửa hay rút đăng ký nữa.
error-already-pledged = Bạn đã đăng ký cho phong trào này (số { $id }). Gõ /mypledges để xem hoặc sửa.
error-pledge-not-editable = Đăng ký này không còn sửa được.
error-pledge-not-reviewable = Đăng ký này không ở trạng thái chờ xác nhận.
error-award-not-offered = Danh hiệu «{ $award }» không có trong phong trào này.
error-award-wrong-subject = Danh hiệu «{ $award }» không dành cho đối tượng này (cá nhân/tập thể).
error-no-unit-head = Đơn vị chưa có trưởng đơn vị để xác nhận.
error-already-registered = Bạn đã có trong danh sách cán bộ.
error-role-unknown = Không có vai trò «{ $role }».
error-invalid-input = Giá trị cho «{ $field }» chưa hợp lệ.
