## Biểu mẫu: tiếp tục sau khi gián đoạn, xác nhận, và các lỗi của từng mục.

form-resumed = Bạn đang điền dở biểu mẫu /{ $command }. Đây là bước đang chờ bạn:
form-summary-changed = Các câu trả lời đã thay đổi từ lúc nút đó được gửi. Hãy kiểm tra lại bản dưới đây rồi mới xác nhận.
form-summary-typed = Bạn đang ở bước kiểm tra lại: gõ 1 để xác nhận, 2 để sửa một mục, 3 để huỷ (hoặc bấm nút).
form-fix = Chưa lưu được: { $problem } Mọi câu trả lời vẫn được giữ; bấm «Sửa» để thay đổi.
form-fix-field = Chưa lưu được: { $problem } Hãy sửa mục «{ $field }»; mọi câu trả lời khác vẫn được giữ.
btn-fix-field = Sửa «{ $field }»

error-field-date-real = Ngày cho «{ $field }» không có thật hoặc chưa đúng dạng. Gõ ngày/tháng/năm, ví dụ 15/01/2027.
error-field-date-one = Chỉ gõ một ngày cho «{ $field }», ví dụ 15/01/2027.
error-field-date-year = Năm của «{ $field }» phải từ { $min } đến { $max }.
