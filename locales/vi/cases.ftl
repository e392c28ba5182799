## Đơn thư khiếu nại, tố cáo, phản ánh về thi đua, khen thưởng.

cmd-complain-description = Gửi đơn khiếu nại, tố cáo, phản ánh (có thể ẩn danh)
cmd-case-description = Tra cứu đơn bằng mã biên nhận
cmd-caseinfo-description = Bổ sung thông tin cho đơn đã gửi
cmd-cases-description = Xử lý đơn thư (cán bộ xử lý đơn)
cmd-casenote-description = Hỏi, trả lời, chuyển, kết thúc một đơn

field-case-kind = Loại đơn
field-case-content = Nội dung
field-case-identity = Danh tính
field-case-notify = Báo khi đơn có thay đổi
field-case-ask = Câu hỏi cho người gửi
field-case-reply = Trả lời người gửi
field-case-forward = Chuyển đến
field-case-close = Kết quả giải quyết

ask-case-kind =
    Bạn muốn gửi loại đơn nào?
    • Khiếu nại: đề nghị xem lại một quyết định, việc làm về thi đua, khen thưởng mà bạn cho là sai, ảnh hưởng đến quyền lợi của bạn.
    • Tố cáo: báo cho cơ quan biết hành vi vi phạm pháp luật về thi đua, khen thưởng của một người.
    • Phản ánh: góp ý, kiến nghị.
ask-case-content = Hãy viết nội dung đơn: sự việc, thời gian, người hoặc quyết định liên quan. Có thể gửi kèm tệp, ảnh trong lúc điền.
ask-case-more = Viết thông tin bổ sung. Có thể gửi kèm tệp, ảnh.
ask-case-identity =
    Bạn muốn gửi đơn có tên hay ẩn danh?
    • Có tên: đơn được xử lý chính thức theo luật; danh tính của bạn được pháp luật bảo vệ và chỉ cán bộ xử lý đơn biết.
    • Ẩn danh: cơ sở dữ liệu, nhật ký và cán bộ xử lý của bot không biết ai gửi. Theo luật, cơ quan có thể không thụ lý chính thức đơn tố cáo ẩn danh, dù vẫn có thể xác minh nội dung.
    Lưu ý: ứng dụng nhắn tin vẫn biết ai đã gửi tin nhắn; trên Slack, chủ sở hữu không gian làm việc có thể xuất tin nhắn riêng. Với đơn tố cáo, Telegram an toàn hơn.
ask-case-notify = Bạn có muốn được báo khi đơn có trả lời hoặc thay đổi không? Nếu có, địa chỉ trò chuyện này được lưu ở dạng mã hoá, không ai xem được, và bị xoá khi đơn kết thúc.
ask-case-question = Câu hỏi gửi người gửi đơn (họ đọc được khi tra cứu bằng mã biên nhận):
ask-case-reply = Nội dung trả lời người gửi đơn:
ask-case-forward = Chuyển đơn đến cơ quan, đơn vị nào (và lý do)?
ask-case-result = Kết quả giải quyết để kết thúc đơn:

case-kind-complaint = Khiếu nại
case-kind-denunciation = Tố cáo
case-kind-feedback = Phản ánh
case-identity-named = Có tên
case-identity-anonymous = Ẩn danh

case-receipt-title = Đã nhận đơn số { $number }
case-receipt-code =
    Mã biên nhận của bạn: { $code }
    Mã này chỉ hiện MỘT lần và không được lưu ở đâu: hãy chép lại ngay. Dùng /case { $code } để xem trả lời hoặc bổ sung, từ bất kỳ cuộc trò chuyện nào.
case-receipt-anonymous = Đơn ẩn danh: không ai, kể cả cán bộ xử lý, biết bạn là ai. Hạn thụ lý: { $acceptBy }.
case-receipt-named = Đơn có tên: cán bộ xử lý sẽ liên hệ nếu cần. Hạn thụ lý: { $acceptBy }.
case-receipt-cleared = Đã xoá nội dung đơn và mã biên nhận khỏi cuộc trò chuyện này (nếu ứng dụng cho phép). Giữ mã ở nơi an toàn.
btn-receipt-saved = Tôi đã chép mã
btn-case-files = Xem tệp ({ $count })
case-files-title = Tệp kèm theo đơn số { $number }: { $count }
case-file-elsewhere = { $name } (gửi qua { $platform }; mở trên { $platform } để xem)
btn-case-add = Bổ sung thông tin
btn-case-open = Mở đơn { $number }
btn-case-accept = Thụ lý
btn-case-ask = Hỏi người gửi
btn-case-reply = Trả lời
btn-case-forward = Chuyển đơn
btn-case-close = Kết thúc
btn-open-cases = Xem đơn

case-view-title = Đơn số { $number } — { $kind }
case-view-status = Trạng thái: { $status }. Nhận ngày { $receivedOn }, hạn giải quyết { $resolveBy }.
case-view-result = Kết quả: { $result }
case-view-message = { $day } — { $kind }: { $body }
case-view-no-replies = Chưa có trả lời.
case-status-received = Đã nhận, chờ thụ lý
case-status-accepted = Đã thụ lý, đang giải quyết
case-status-forwarded = Đã chuyển cơ quan có thẩm quyền
case-status-closed = Đã kết thúc
case-message-note = Bổ sung của người gửi
case-message-question = Câu hỏi
case-message-reply = Trả lời
case-message-forward = Chuyển đơn
case-message-result = Kết quả
case-message-accepted = Thụ lý
case-author-sender = Người gửi
case-author-handler = Cán bộ xử lý
case-usage = Gõ /case và mã biên nhận, ví dụ: /case K7QX-M2PA-R9TD-E4HW-3NBC. Để bổ sung, gõ thêm nội dung sau mã.
case-information-added = Đã bổ sung thông tin vào đơn số { $number }.

cases-title = Có { $count } đơn đang xử lý
cases-overdue-title = Có { $count } đơn quá hạn
cases-empty = Không có đơn nào đang mở.
cases-overdue-empty = Không có đơn nào quá hạn.
cases-line = { $number } — { $kind } — { $status } — nhận { $receivedOn }, { $deadline }{ $preview }
case-line-preview = {" "}— «{ $content }»
case-deadline-accept = hạn thụ lý { $day }
case-deadline-resolve = hạn giải quyết { $day }
case-deadline-closed = đã đóng { $day }
cases-closed-title = Có { $count } đơn đã đóng
cases-closed-empty = Chưa có đơn nào đã đóng.
btn-cases-closed = Xem đơn đã đóng
btn-cases-open = Xem đơn đang xử lý
case-detail-named = Người gửi: { $name }
case-detail-anonymous = Đơn ẩn danh: không có thông tin người gửi.
case-detail-dates = { $status }. Nhận ngày { $receivedOn }; hạn thụ lý { $acceptBy }; hạn giải quyết { $resolveBy }.
case-detail-content = Nội dung: { $content }
case-detail-files = Tệp kèm theo: { $names }
case-detail-message = { $day } — { $author } — { $kind }: { $body }
case-detail-message-bare = { $day } — { $author } — { $kind }
case-accepted = Đã thụ lý đơn số { $number }.
case-done-ask = Đã gửi câu hỏi cho đơn số { $number }. Người gửi đọc được khi tra cứu.
case-done-reply = Đã trả lời đơn số { $number }.
case-done-forward = Đã chuyển đơn số { $number }.
case-done-close = Đã kết thúc đơn số { $number }.
case-notify-sender = Đơn số { $number } của bạn có cập nhật. Gõ /case và mã biên nhận để xem.
case-digest-title = Có { $count } đơn mới
case-digest-line = { $number } — { $kind } — hạn thụ lý { $acceptBy }
case-due-title = { $count } đơn sắp đến hạn
case-due-line = { $number } — { $kind } — hạn { $deadline }

error-case-named-unknown = Để gửi đơn có tên, bạn cần có trong danh sách cán bộ (gõ /register). Bạn vẫn có thể gửi ẩn danh.
error-case-too-short = Nội dung quá ngắn (cần ít nhất { $min } ký tự). Hãy viết rõ sự việc.
error-case-too-long = Nội dung dài { $length } ký tự, vượt quá { $max }. Hãy rút gọn hoặc gửi phần còn lại khi bổ sung.
error-case-daily-limit = Hôm nay bạn đã gửi { $limit } đơn, là mức tối đa một ngày. Hãy gửi tiếp vào ngày mai.
error-case-code-wrong = Mã biên nhận không đúng. Kiểm tra lại (mã gồm 5 nhóm 4 ký tự, ví dụ K7QX-M2PA-R9TD-E4HW-3NBC).
error-case-code-locked = Bạn đã nhập sai mã quá nhiều lần liên tiếp. Hãy thử lại sau một giờ.
error-case-closed = Đơn số { $number } đã kết thúc; không bổ sung hay thay đổi được nữa.
