## Lời nhắn cho nơi gõ chữ thay cho nút (cửa sổ dòng lệnh, Zalo): «gõ» ở chỗ các nền tảng có nút nói «bấm».

typed-type-words = Hoặc gõ { $words }.
typed-form-multichoice-hint = Gõ số của mục để chọn hoặc bỏ chọn (có thể gõ nhiều số một lúc, ví dụ: 1, 3), rồi gõ { $done } («Xong»).
typed-form-summary-hint = Gõ 1 (hoặc «Xác nhận») để lưu, 2 («Sửa») để thay đổi một mục, 3 («Huỷ») để huỷ.
typed-form-summary-typed = Bạn đang ở bước kiểm tra lại: gõ 1 để xác nhận, 2 để sửa một mục, 3 để huỷ.
typed-form-fix = Chưa lưu được: { $problem } Mọi câu trả lời vẫn được giữ; gõ 2 («Sửa») để thay đổi.
typed-error-field-choice = Chọn một trong các mục trên cho «{ $field }»: gõ số từ 1 đến { $count } hoặc tên mục.
typed-error-field-multichoice = Chọn ít nhất một mục cho «{ $field }»: gõ các số từ 1 đến { $count }, cách nhau bởi dấu phẩy.
typed-error-choice-unknown = Không có lựa chọn «{ $typed }». Hãy gõ { $numbers }:
typed-error-multichoice-unknown = Không có lựa chọn «{ $typed }». Hãy gõ số của mục ({ $numbers }), rồi gõ { $done } («Xong»):
typed-form-ticked = Đã chọn { $numbers }. Gõ { $done } («Xong») để tiếp tục, hoặc gõ thêm số để chọn thêm.
typed-ballot-hint-complete = Đã chọn đủ. Gõ «Xem lại và bỏ phiếu» (hoặc số của nó) để xác nhận.
typed-pledge-notify-returned = Bản đăng ký thi đua số { $id } của bạn bị { $reviewer } trả lại. Lý do: { $reason }
    Gõ «Sửa» (hoặc số của nó) để sửa và gửi lại.
typed-news-item-waiting = Số { $id }, gửi lúc { $sent } — chưa xác nhận «Đã nắm».
typed-record-hint-staff = Tải hồ sơ dạng Excel: gõ /hosothanhtich excel. Chỉ xem một danh hiệu hoặc vài năm: /hosothanhtich LĐTT 2020-2026.
typed-import-confirm-ask = Gõ «Xác nhận nhập» (hoặc số của nó) để lưu, hoặc «Bỏ» nếu không nhập tệp này.
typed-selfassess-incomplete = Còn nội dung chưa đánh giá: gõ số của từng mục để đánh giá.
