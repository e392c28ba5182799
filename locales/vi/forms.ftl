## Biểu mẫu: tiếp tục sau khi gián đoạn, xác nhận, và các lỗi của từng mục.

form-resumed = Bạn đang điền dở biểu mẫu /{ $command }. Đây là bước đang chờ bạn:
form-summary-changed = Các câu trả lời đã thay đổi từ lúc bản kiểm tra đó được gửi. Hãy kiểm tra lại bản dưới đây rồi mới xác nhận.
form-summary-typed = Bạn đang ở bước kiểm tra lại: bấm «Xác nhận» để lưu, «Sửa» để sửa một mục, «Huỷ» để huỷ (hoặc gõ 1, 2, 3).
form-fix = Chưa lưu được: { $problem } Mọi câu trả lời vẫn được giữ; bấm «Sửa» để thay đổi.
form-fix-field = Chưa lưu được: { $problem } Hãy sửa mục «{ $field }»; mọi câu trả lời khác vẫn được giữ.
btn-fix-field = Sửa «{ $field }»

error-field-date-real = Ngày cho «{ $field }» không có thật hoặc chưa đúng dạng. Gõ ngày/tháng/năm, ví dụ { $example }.
error-field-date-one = Chỉ gõ một ngày cho «{ $field }», ví dụ { $example }.
error-field-date-year = Năm của «{ $field }» phải từ { $min } đến { $max }.

## Số và chữ gõ thay cho nút: một quy tắc cho mọi nền tảng.

choice-numbers-one = 1
choice-numbers-two = 1 hoặc 2
choice-numbers-three = 1, 2 hoặc 3
choice-numbers-range = một số từ 1 đến { $last }
error-choice-unknown = Không có lựa chọn «{ $typed }». Hãy bấm một nút, hoặc gõ { $numbers }:
error-multichoice-unknown = Không có lựa chọn «{ $typed }». Hãy bấm các mục cần chọn (hoặc gõ số của mục: { $numbers }), rồi bấm «Xong»:
form-ticked = Đã chọn { $numbers }. Bấm «Xong» để tiếp tục, hoặc chọn thêm.
form-leave-ask = Thoát biểu mẫu /{ $command }? { $count } câu trả lời đã điền sẽ bị bỏ, không có gì được lưu.
btn-leave = Có, thoát và bỏ
btn-stay = Không, điền tiếp
form-number-meant = Bạn muốn chọn «{ $meant }» hay ghi «{ $typed }» vào «{ $field }»?
form-number-ask = «{ $typed }» chỉ là một con số. Bạn muốn ghi «{ $typed }» vào «{ $field }»?
btn-number-meant = Chọn «{ $label }»
btn-number-literal = Ghi «{ $typed }»
btn-number-retype = Không, gõ lại
form-add-ask = Gõ phần cần thêm vào «{ $field }» (thêm thành dòng mới):
form-added = Đã thêm vào «{ $field }».
btn-add-commitment = Thêm cam kết
btn-add-achievement = Thêm thành tích
