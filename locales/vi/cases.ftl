## Đơn thư khiếu nại, tố cáo, phản ánh về thi đua, khen thưởng.
## Đã đối chiếu với Luật Khiếu nại 02/2011/QH13 (Điều 8, 9, 10, 11, 27, 28, 33, 36, 37) và Luật Tố cáo 25/2018/QH14
## (Điều 23, 24, 25, 29, 30, 33, 34); xem catalog/SOURCES.md.

cmd-complain-description = Gửi khiếu nại, tố cáo, phản ánh
cmd-khieunai-description = Gửi khiếu nại (có tên; bot soạn đơn để bạn ký)
cmd-tocao-description = Gửi tố cáo (có tên, hoặc thông tin ẩn danh)
cmd-phananh-description = Gửi phản ánh, kiến nghị (có thể ẩn danh)
cmd-case-description = Tra cứu đơn bằng mã biên nhận
cmd-caseinfo-description = Bổ sung thông tin cho đơn đã gửi
cmd-cases-description = Xử lý đơn thư (cán bộ xử lý đơn)
cmd-casenote-description = Hỏi, trả lời, chuyển, kết thúc, gia hạn một đơn
cmd-casedate-description = Ghi ngày nhận đơn có chữ ký hoặc ngày đối thoại

field-case-kind = Loại đơn
field-case-content = Nội dung
field-case-identity = Danh tính
field-case-instance = Lần khiếu nại
field-case-learnedOn = Ngày nhận được hoặc biết quyết định, hành vi
field-case-subject = Người, cơ quan bị khiếu nại hoặc tố cáo
field-case-address = Địa chỉ của bạn
field-case-contact = Cách liên hệ với bạn
field-case-request = Yêu cầu giải quyết
field-case-notify = Báo khi đơn có thay đổi
field-case-ask = Câu hỏi cho người gửi
field-case-reply = Trả lời người gửi
field-case-forward = Chuyển đến
field-case-close = Kết quả giải quyết
field-case-extend = Lý do (vụ việc phức tạp)
field-case-extend2 = Lý do (vụ việc đặc biệt phức tạp)
field-case-initial = Lý do kéo dài xử lý ban đầu
field-case-suspend = Lý do tạm đình chỉ
field-case-verify = Việc kiểm tra, xác minh
field-case-firstDecisionOn = Ngày nhận quyết định giải quyết lần đầu
field-case-ground = Căn cứ không thụ lý
field-case-notaccept = Lý do không thụ lý
field-case-letter-day = Ngày nhận đơn có chữ ký
field-case-dialogue-day = Ngày đối thoại

ask-case-kind =
    Bạn muốn gửi loại đơn nào?
    • Khiếu nại: đề nghị xem xét lại một quyết định, việc làm về thi đua, khen thưởng mà bạn cho là trái pháp luật, xâm phạm quyền lợi của bạn. Khiếu nại luôn phải có tên.
    • Tố cáo: báo cho cơ quan biết hành vi vi phạm pháp luật về thi đua, khen thưởng của một người.
    • Phản ánh: góp ý, kiến nghị; có thể ẩn danh.
ask-case-content = Hãy viết nội dung: sự việc, thời gian, người hoặc quyết định liên quan, lý do. Có thể gửi kèm tệp, ảnh trong lúc điền.
ask-case-more = Viết thông tin bổ sung. Có thể gửi kèm tệp, ảnh.
ask-case-identity =
    Bạn muốn gửi có tên hay ẩn danh?
    • Có tên: bot soạn sẵn đơn để bạn ký tên và nộp; đơn chỉ được giải quyết theo luật khi cơ quan nhận được đơn có chữ ký của bạn. Trong bot, chỉ cán bộ xử lý đơn thấy tên bạn.
    • Ẩn danh: bot và cán bộ xử lý không biết bạn là ai; cơ sở dữ liệu và nhật ký của bot không lưu gì về bạn. Tố cáo ẩn danh không phải là đơn tố cáo theo luật: theo Điều 25 Luật Tố cáo, đó là thông tin có nội dung tố cáo, chỉ được kiểm tra khi nêu rõ người vi phạm và có tài liệu, chứng cứ cụ thể, và không có thời hạn giải quyết luật định.
    Lưu ý: ứng dụng nhắn tin vẫn biết tài khoản nào đã gửi tin nhắn; trên Slack, chủ sở hữu không gian làm việc có thể xuất cả tin nhắn riêng. Với thông tin ẩn danh, Telegram an toàn hơn.
ask-case-identity-complaint =
    Khiếu nại luôn phải có tên: theo Điều 8 Luật Khiếu nại, đơn khiếu nại ghi rõ tên, địa chỉ của người khiếu nại và do chính người khiếu nại ký tên hoặc điểm chỉ. Vì vậy không có khiếu nại ẩn danh.
    Nếu không muốn nêu tên, bạn có thể gửi nội dung này dưới dạng phản ánh ẩn danh: cơ quan đọc và có thể trả lời, nhưng đó không phải là khiếu nại và không có thời hạn luật định.
ask-case-instance = Đây là khiếu nại lần đầu, hay lần hai (bạn không đồng ý với quyết định giải quyết lần đầu, hoặc lần đầu đã quá hạn mà không được giải quyết)?
ask-case-learnedOn = Bạn nhận được hoặc biết quyết định, hành vi bị khiếu nại vào ngày nào (ngày/tháng/năm)? Thời hiệu khiếu nại lần đầu là 90 ngày kể từ ngày đó (Điều 9 Luật Khiếu nại).
ask-case-firstDecisionOn = Bạn nhận được quyết định giải quyết khiếu nại lần đầu vào ngày nào (ngày/tháng/năm)? Nếu lần đầu không được giải quyết, ghi ngày hết thời hạn giải quyết lần đầu. Khiếu nại lần hai phải gửi trong 30 ngày kể từ ngày đó, ở vùng sâu, vùng xa không quá 45 ngày (khoản 1 Điều 33 Luật Khiếu nại).
ask-case-subject = Tên, địa chỉ của người, cơ quan, đơn vị bị khiếu nại hoặc bị tố cáo (ghi những gì bạn biết):
ask-case-address = Địa chỉ của bạn (để ghi vào đơn):
ask-case-contact = Cách liên hệ với bạn (số điện thoại, thư điện tử):
ask-case-request = Bạn đề nghị cơ quan giải quyết điều gì?
ask-case-notify = Bạn có muốn được báo khi đơn có trả lời hoặc thay đổi không? Nếu có, địa chỉ trò chuyện này được lưu ở dạng mã hoá, không ai xem được, và bị xoá khi đơn kết thúc.
ask-case-question = Câu hỏi gửi người gửi đơn (họ đọc được khi tra cứu bằng mã biên nhận):
ask-case-reply = Nội dung trả lời người gửi đơn:
ask-case-forward = Chuyển đơn đến cơ quan, đơn vị nào (và lý do)?
ask-case-result = Kết quả giải quyết để kết thúc đơn:
ask-case-extend = Vì sao vụ việc phức tạp? Lý do được lưu, ghi nhật ký và người gửi đọc được khi tra cứu.
ask-case-extend2 = Gia hạn lần hai chỉ dành cho vụ việc đặc biệt phức tạp (khoản 3 Điều 30 Luật Tố cáo). Vì sao? Lý do được lưu, ghi nhật ký và người gửi đọc được.
ask-case-initial = Phải kiểm tra, xác minh tại nhiều địa điểm hoặc ủy quyền kiểm tra? Thời hạn xử lý ban đầu được kéo dài đến 10 ngày làm việc (khoản 1 Điều 24 Luật Tố cáo). Lý do:
ask-case-suspend = Vì sao tạm đình chỉ (chờ kết quả của cơ quan khác, chờ giám định…)? Thời gian tạm đình chỉ không tính vào thời hạn giải quyết.
ask-case-verify = Kiểm tra, xác minh thông tin này thế nào (Điều 25 Luật Tố cáo: chỉ khi nêu rõ người vi phạm và có tài liệu, chứng cứ cụ thể)?
ask-case-ground = Không thụ lý theo trường hợp nào của Điều 11 Luật Khiếu nại?
ask-case-notaccept = Nêu rõ lý do không thụ lý (người khiếu nại đọc được nội dung này; Điều 27 Luật Khiếu nại):
ask-case-letter-day = Cơ quan nhận được đơn có chữ ký của người gửi vào ngày nào (ngày/tháng/năm)? Thời hạn thụ lý tính từ ngày đó.
ask-case-dialogue-day = Đối thoại vào ngày nào (ngày/tháng/năm)? Phải báo trước cho người khiếu nại theo quy định đang áp dụng.

case-kind-complaint = Khiếu nại
case-kind-denunciation = Tố cáo
case-kind-feedback = Phản ánh
case-kind-information = Thông tin tố cáo nặc danh
case-identity-named = Có tên
case-identity-anonymous = Ẩn danh
case-identity-as-feedback = Không nêu tên: gửi thành phản ánh ẩn danh
case-instance-1 = Lần đầu
case-instance-2 = Lần hai

case-rule-status-official = văn bản chính thức
case-rule-status-quoted = trích dẫn nguyên văn từ nguồn thứ cấp
case-rule-status-lead = chưa kiểm chứng, cần kiểm tra
case-rule-status-agency = quy chế của Sở, không phải quy định của luật
case-rule-public-status-official = văn bản chính thức
case-rule-public-status-quoted = trích nguyên văn từ nguồn thứ cấp
case-rule-public-status-lead = theo nguồn chưa đối chiếu với văn bản chính thức
case-rule-public-status-agency = quy chế của Sở, không phải quy định của luật

case-preview-complaint-as-feedback = Nội dung này sẽ được gửi dưới dạng phản ánh ẩn danh, không phải khiếu nại (Điều 8 Luật Khiếu nại: khiếu nại phải có tên và chữ ký). Không có thời hạn luật định.
case-preview-anonymous-denunciation =
    Xin đọc trước khi gửi: đây là thông tin tố cáo nặc danh, không phải đơn tố cáo. Theo Điều 25 Luật Tố cáo, cơ quan không giải quyết thông tin này như một tố cáo; chỉ kiểm tra, xác minh khi thông tin nêu rõ người có hành vi vi phạm, có tài liệu, chứng cứ cụ thể và có cơ sở để xác minh. Không có thời hạn luật định, và bạn có thể không nhận được kết quả.
    Bot và cán bộ xử lý không biết bạn là ai; ứng dụng nhắn tin thì biết tài khoản nào đã gửi.
case-preview-feedback = Phản ánh được trả lời trong { $days } { $unit } theo quy chế của Sở (không phải thời hạn luật định).
case-unit-working = ngày làm việc
case-unit-calendar = ngày
case-preview-letter = Tin nhắn trong bot chưa phải là đơn: bot sẽ soạn đơn để bạn ký tên (hoặc điểm chỉ) và nộp cho cơ quan. Thời hạn giải quyết theo luật chỉ bắt đầu khi cơ quan nhận được đơn có chữ ký của bạn.
case-limit = Thời hiệu khiếu nại: đến hết ngày { $day } ({ $article }; { $status }). Thời gian ốm đau, thiên tai, đi công tác, học tập ở xa không tính vào thời hiệu.
case-limit-second = Thời hạn khiếu nại lần hai: đến hết ngày { $day } ({ $article }; { $status }). Gửi đơn kèm quyết định giải quyết lần đầu và tài liệu liên quan.
case-limit-second-passed = Lưu ý: thời hạn khiếu nại lần hai đã hết ngày { $day } ({ $article }; { $status }). Nếu có lý do chính đáng, hãy ghi rõ trong đơn; người giải quyết sẽ xem xét.
case-limit-passed = Lưu ý: thời hiệu khiếu nại đã hết ngày { $day } ({ $article }; { $status }). Nếu bạn không khiếu nại được vì ốm đau, thiên tai, đi công tác, học tập ở xa hoặc trở ngại khách quan khác, thời gian đó không tính vào thời hiệu: hãy ghi rõ trong đơn.

case-receipt-title = Đã nhận đơn số { $number }
case-receipt-title-information = Đã nhận thông tin số { $number }
case-receipt-code =
    Mã biên nhận của bạn: { $code }
    Mã này chỉ hiện MỘT lần và không được lưu ở đâu: hãy chép lại ngay. Dùng /case { $code } để xem trả lời, bổ sung hoặc rút đơn, từ bất kỳ cuộc trò chuyện nào.
case-files-left-out = { $count } ảnh gửi kèm không được lưu: với thư ẩn danh, bot không giữ đường dẫn ảnh của Zalo vì đường dẫn có thể cho biết người gửi. Hãy mô tả chứng cứ bằng lời, hoặc gửi bản giấy cho cán bộ xử lý.
case-receipt-information = Thông tin tố cáo nặc danh được chuyển cho cán bộ xử lý. Theo Điều 25 Luật Tố cáo, thông tin này chỉ được kiểm tra khi nêu rõ người vi phạm và có chứng cứ cụ thể; không có thời hạn luật định. Bot và cán bộ xử lý không biết bạn là ai (ứng dụng nhắn tin thì biết tài khoản nào đã gửi).
case-receipt-feedback-anonymous = Phản ánh ẩn danh: bot và cán bộ xử lý không biết bạn là ai (ứng dụng nhắn tin thì biết tài khoản nào đã gửi). Theo quy chế của Sở (không phải luật), phản ánh được trả lời trước ngày { $replyBy }.
case-receipt-feedback-named = Phản ánh có tên: cán bộ xử lý sẽ liên hệ nếu cần. Theo quy chế của Sở (không phải luật), phản ánh được trả lời trước ngày { $replyBy }.
case-receipt-letter-complaint = Bước tiếp theo: in hoặc chép đơn dưới đây, ký tên hoặc điểm chỉ (Điều 8 Luật Khiếu nại) và nộp cho cơ quan. Thời hạn thụ lý, giải quyết khiếu nại chỉ bắt đầu khi cơ quan nhận được đơn có chữ ký; bot sẽ ghi ngày đó vào đơn của bạn.
case-receipt-letter-denunciation = Bước tiếp theo: in hoặc chép đơn dưới đây, ký tên hoặc điểm chỉ (Điều 23 Luật Tố cáo) và nộp cho cơ quan. Thời hạn xử lý, giải quyết tố cáo chỉ bắt đầu khi cơ quan nhận được đơn có chữ ký; bot sẽ ghi ngày đó vào đơn của bạn.
case-letter-heading = Nội dung đơn để ký và nộp
case-receipt-cleared = Đã xoá nội dung đơn và mã biên nhận khỏi cuộc trò chuyện này (nếu ứng dụng cho phép). Giữ mã ở nơi an toàn.
btn-receipt-saved = Tôi đã chép mã
btn-case-files = Xem tệp ({ $count })
case-files-title = Tệp kèm theo đơn số { $number }: { $count }
case-file-elsewhere = { $name } (gửi qua { $platform }; mở trên { $platform } để xem)
btn-case-add = Bổ sung thông tin
btn-case-withdraw = Rút đơn
btn-case-withdraw-yes = Có, rút đơn
btn-case-open = Mở đơn { $number }
btn-case-accept = Thụ lý
btn-case-letter = Đã nhận đơn có chữ ký
btn-case-verify = Kiểm tra, xác minh
btn-case-notaccept = Không thụ lý (nêu lý do)
btn-case-complex = Vụ việc phức tạp
btn-case-extend = Gia hạn (phức tạp)
btn-case-extend-again = Gia hạn lần hai (đặc biệt phức tạp)
btn-case-extend-initial = Kéo dài xử lý ban đầu (xác minh nhiều nơi)
btn-case-suspend = Tạm đình chỉ
btn-case-resume = Tiếp tục giải quyết
btn-case-dialogue = Hẹn đối thoại
btn-case-ask = Hỏi người gửi
btn-case-reply = Trả lời
btn-case-forward = Chuyển đơn
btn-case-close = Kết thúc
btn-open-cases = Xem đơn

case-view-title = Đơn số { $number } — { $kind }
case-view-status = Trạng thái: { $status }. Nhận ngày { $receivedOn }.
case-view-result = Kết quả: { $result }
case-view-message = { $day } — { $kind }: { $body }
case-view-no-replies = Chưa có trả lời.
case-deadline-awaiting-letter = Chưa nhận được đơn có chữ ký: chưa có thời hạn nào bắt đầu.
case-deadline-information = Thông tin tố cáo nặc danh (Điều 25 Luật Tố cáo): không thụ lý, không có thời hạn luật định.
case-deadline-suspended = Tạm đình chỉ từ ngày { $day }: thời hạn giải quyết tạm dừng và tính tiếp khi tiếp tục giải quyết.
case-deadline-accept = Hạn thụ lý: { $day } ({ $article }; { $status }).
case-deadline-resolve = Hạn giải quyết: { $day } ({ $article }; { $status }).
case-deadline-feedback = Hạn trả lời: { $day } ({ $article }; { $status }).
case-side-forward = Nếu không thuộc thẩm quyền: chuyển đơn và báo người tố cáo trước ngày { $day } ({ $article }; { $status }).
case-side-notify = Thông báo việc thụ lý cho người tố cáo và người bị tố cáo trước ngày { $day } ({ $article }; { $status }).
case-no-deadline = không có hạn luật định
case-status-awaiting_letter = Chờ đơn có chữ ký
case-status-information = Thông tin nặc danh, chưa xem xét
case-status-verifying = Đang kiểm tra, xác minh thông tin
case-status-received = Đã nhận, chờ thụ lý
case-status-accepted = Đã thụ lý, đang giải quyết
case-status-suspended = Tạm đình chỉ
case-status-forwarded = Đã chuyển cơ quan có thẩm quyền
case-status-withdrawn = Đã rút
case-status-closed = Đã kết thúc
case-message-note = Bổ sung của người gửi
case-message-question = Câu hỏi
case-message-reply = Trả lời
case-message-forward = Chuyển đơn
case-message-result = Kết quả
case-message-accepted = Thụ lý
case-message-letter = Đã nhận đơn có chữ ký
case-message-complex = Vụ việc phức tạp, áp dụng thời hạn dài hơn
case-message-extended = Gia hạn giải quyết
case-message-initial-extended = Kéo dài thời hạn xử lý ban đầu
case-message-suspended = Tạm đình chỉ
case-message-resumed = Tiếp tục giải quyết
case-message-dialogue = Hẹn đối thoại
case-message-verifying = Kiểm tra, xác minh
case-message-withdrawn = Người gửi rút đơn
case-message-withdraw-requested = Người gửi đề nghị rút đơn
case-message-not-accepted = Không thụ lý giải quyết
case-author-sender = Người gửi
case-author-handler = Cán bộ xử lý
case-usage = Gõ /case và mã biên nhận, ví dụ: /case K7QX-M2PA-R9TD-E4HW-3NBC. Để bổ sung, gõ thêm nội dung sau mã.
case-information-added = Đã bổ sung thông tin vào đơn số { $number }.
case-withdrawal-heading = Đơn rút để ký và gửi người giải quyết
case-withdraw-confirm = Bạn muốn rút đơn này? Không thể hoàn tác.
case-withdrawn = Đã rút đơn số { $number }.
case-withdraw-formal-complaint = Đã báo cán bộ xử lý rằng bạn muốn rút đơn số { $number }. Theo Điều 10 Luật Khiếu nại, việc rút khiếu nại phải làm bằng đơn có chữ ký hoặc điểm chỉ của bạn, gửi người giải quyết khiếu nại.
case-withdraw-formal-denunciation = Đã báo cán bộ xử lý rằng bạn muốn rút đơn số { $number }. Theo Điều 33 Luật Tố cáo, việc rút tố cáo phải làm bằng văn bản, trước khi có kết luận nội dung tố cáo; nếu hành vi có dấu hiệu vi phạm, vụ việc vẫn có thể được giải quyết.

cases-title = Có { $count } đơn đang xử lý
cases-overdue-title = Có { $count } đơn quá hạn
cases-empty = Không có đơn nào đang mở.
cases-overdue-empty = Không có đơn nào quá hạn.
cases-line = { $number } — { $kind } — { $status } — nhận { $receivedOn }, { $deadline }{ $preview }
case-line-preview = {" "}— «{ $content }»
case-line-accept = hạn thụ lý { $day }
case-line-resolve = hạn giải quyết { $day }
case-line-answer = hạn trả lời { $day }
case-line-closed = đã đóng { $day }
case-line-awaiting-letter = chờ đơn có chữ ký
case-line-suspended = tạm đình chỉ từ { $day }
cases-closed-title = Có { $count } đơn đã đóng
cases-closed-empty = Chưa có đơn nào đã đóng.
btn-cases-closed = Xem đơn đã đóng
btn-cases-open = Xem đơn đang xử lý
case-detail-named = Người gửi: { $name }
case-detail-anonymous = Gửi ẩn danh: không có thông tin người gửi.
case-detail-information = Thông tin tố cáo nặc danh: không có thông tin người gửi. Theo Điều 25 Luật Tố cáo, không thụ lý như tố cáo; kiểm tra, xác minh hoặc chuyển cơ quan có thẩm quyền nếu nêu rõ người vi phạm và có tài liệu, chứng cứ cụ thể.
case-detail-dates = { $status }. Nhận qua bot ngày { $receivedOn }.
case-detail-letter =
    Bị khiếu nại, tố cáo: { $subject }
    Địa chỉ người gửi: { $address }
    Liên hệ: { $contact }
    Yêu cầu: { $request }
    Khiếu nại lần: { $instance }
case-detail-steps = Nhận đơn có chữ ký ngày { $letterReceivedOn }.
case-detail-dialogue-due = Giải quyết khiếu nại lần hai: người giải quyết phải đối thoại với người khiếu nại (Điều 39 Luật Khiếu nại; từ 01/7/2026 báo trước ít nhất 5 ngày). Chưa hẹn đối thoại.
case-detail-content = Nội dung: { $content }
case-detail-files = Tệp kèm theo: { $names }
case-detail-message = { $day } — { $author } — { $kind }: { $body }
case-detail-message-bare = { $day } — { $author } — { $kind }
case-accepted = Đã thụ lý đơn số { $number }.
case-resumed = Đã tiếp tục giải quyết đơn số { $number }; thời hạn đã cộng thêm những ngày tạm đình chỉ.
case-done-ask = Đã gửi câu hỏi cho đơn số { $number }. Người gửi đọc được khi tra cứu.
case-done-reply = Đã trả lời đơn số { $number }.
case-done-forward = Đã chuyển đơn số { $number }.
case-done-close = Đã kết thúc đơn số { $number }.
case-done-extend = Đã ghi quyết định gia hạn cho đơn số { $number }; người gửi đọc được lý do.
case-done-extend2 = Đã ghi quyết định gia hạn lần hai cho đơn số { $number }; người gửi đọc được lý do.
case-done-initial = Đã kéo dài thời hạn xử lý ban đầu của đơn số { $number }.
case-done-suspend = Đã tạm đình chỉ đơn số { $number }; thời hạn dừng lại.
case-done-verify = Đã ghi việc kiểm tra, xác minh thông tin số { $number }.
case-done-notaccept = Đã ghi việc không thụ lý đơn số { $number }; người khiếu nại đọc được lý do khi tra cứu. Gửi thông báo bằng văn bản (Mẫu thông báo không thụ lý) theo quy định.
case-notaccept-notice = Đơn khiếu nại không đủ điều kiện để thụ lý giải quyết, căn cứ { $clause } Luật Khiếu nại: { $ground }. Lý do: { $reason } ({ $article }).
case-ground-choice = { $article }: { $ground }
case-ground-internal_act = quyết định, hành vi hành chính trong nội bộ cơ quan nhà nước để chỉ đạo, tổ chức thực hiện nhiệm vụ, công vụ (hoặc trường hợp khác của khoản này: chỉ đạo điều hành của cấp trên với cấp dưới, văn bản quy phạm, bí mật nhà nước)
case-ground-not_concerned = quyết định, hành vi bị khiếu nại không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại
case-ground-no_capacity = người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp
case-ground-unlawful_representative = người đại diện không hợp pháp thực hiện khiếu nại
case-ground-unsigned = đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại
case-ground-out_of_time = thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng
case-ground-second_instance_decided = khiếu nại đã có quyết định giải quyết khiếu nại lần hai
case-ground-not_continued = có văn bản thông báo đình chỉ việc giải quyết khiếu nại mà sau 30 ngày người khiếu nại không tiếp tục khiếu nại
case-ground-court = việc khiếu nại đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án, quyết định của Tòa án
case-done-letter = Đã ghi ngày nhận đơn có chữ ký của đơn số { $number }. Hạn thụ lý: { $acceptBy }.
case-done-dialogue = Đã hẹn đối thoại đơn số { $number } vào ngày { $day }; người khiếu nại đọc được khi tra cứu.
case-notify-sender = Đơn số { $number } của bạn có cập nhật. Gõ /case và mã biên nhận để xem.
case-digest-title = Có { $count } đơn mới
case-digest-line = { $number } — { $kind } — { $status }
case-due-title = { $count } đơn sắp đến hạn
case-due-line = { $number } — { $kind } — hạn { $deadline }

error-case-named-unknown = Để gửi đơn có tên, bạn cần có trong danh sách cán bộ (gõ /register). Bạn vẫn có thể gửi phản ánh ẩn danh.
error-case-complaint-anonymous = Không có khiếu nại ẩn danh: theo Điều 8 Luật Khiếu nại, đơn khiếu nại do người khiếu nại ký tên hoặc điểm chỉ. Bạn có thể gửi khiếu nại có tên, hoặc gửi nội dung này dưới dạng phản ánh ẩn danh (/phananh).
error-case-letter-incomplete = Đơn có tên cần đủ nội dung theo luật: người bị khiếu nại hoặc tố cáo, địa chỉ và cách liên hệ của bạn, yêu cầu giải quyết.
error-case-wrong-status = Đơn số { $number } không ở bước cho phép việc này.
error-case-letter-date = Ngày nhận đơn có chữ ký của đơn số { $number } không thể trước ngày nhận qua bot hoặc sau hôm nay.
error-case-extension-not-allowed = Đơn số { $number } không được gia hạn thêm ({ $article }).
error-case-suspension-not-allowed = Quy định đang áp dụng không cho tạm đình chỉ thời hạn giải quyết đơn số { $number } ({ $article }).
error-case-dialogue-too-soon = Phải báo trước cho người khiếu nại: ngày đối thoại sớm nhất là { $earliest } ({ $article }).
error-case-too-short = Nội dung quá ngắn (cần ít nhất { $min } ký tự). Hãy viết rõ sự việc.
error-case-too-long = Nội dung dài { $length } ký tự, vượt quá { $max }. Hãy rút gọn hoặc gửi phần còn lại khi bổ sung.
error-case-daily-limit = Hôm nay bạn đã gửi { $limit } đơn, là mức tối đa một ngày. Hãy gửi tiếp vào ngày mai.
error-case-code-wrong = Mã biên nhận không đúng. Kiểm tra lại (mã gồm 5 nhóm 4 ký tự, ví dụ K7QX-M2PA-R9TD-E4HW-3NBC).
error-case-code-locked = Bạn đã nhập sai mã quá nhiều lần liên tiếp. Hãy thử lại sau một giờ.
error-case-closed = Đơn số { $number } đã kết thúc; không bổ sung hay thay đổi được nữa.

## /caserules: các quy định về thời hạn đơn thư bot đang áp dụng.
cmd-caserules-description = Xem quy định về thời hạn đơn thư áp dụng vào một ngày
case-rules-usage = Gõ /caserules, hoặc /caserules và một ngày (ngày/tháng/năm), ví dụ /caserules 01/07/2026.
case-rules-title = Quy định về thời hạn đơn thư áp dụng ngày { $day }: { $title }
case-rules-line = { $name }: { $value } — { $article } ({ $status }){ $check }
case-rules-days = { $days } { $unit }
case-rules-check = . Cơ quan cần kiểm tra trước khi áp dụng
case-rules-holidays = Danh sách ngày nghỉ lễ, Tết (catalog/holidays.json) có các năm: { $years }. Người quản trị cần đối chiếu hằng năm với thông báo của Chính phủ.
case-rule-name-complaint-limit = Thời hiệu khiếu nại lần đầu
case-rule-name-complaint-limit-second-normal = Thời hạn khiếu nại lần hai
case-rule-name-complaint-limit-second-remote = Thời hạn khiếu nại lần hai, vùng sâu, vùng xa
case-rule-name-complaint-not-accepted = Không thụ lý khiếu nại: thông báo bằng văn bản, nêu rõ lý do
case-rules-grounds = { $count } trường hợp của Điều 11
case-rules-assumed-title = Ngày nghỉ mới là giả định, cần đối chiếu với thông báo của Chính phủ ({ $count })
case-rules-assumed-day = { $day }: { $note }
case-rules-assumed-year = Năm { $year }: { $note }
case-rule-name-complaint-accept-first = Thụ lý khiếu nại lần đầu
case-rule-name-complaint-accept-second = Thụ lý khiếu nại lần hai
case-rule-name-complaint-resolve-first-normal = Giải quyết lần đầu
case-rule-name-complaint-resolve-first-complex = Giải quyết lần đầu, vụ việc phức tạp
case-rule-name-complaint-resolve-first-remote = Giải quyết lần đầu, vùng sâu, vùng xa
case-rule-name-complaint-resolve-first-remote-complex = Giải quyết lần đầu, vùng sâu, vùng xa, phức tạp
case-rule-name-complaint-resolve-second-normal = Giải quyết lần hai
case-rule-name-complaint-resolve-second-complex = Giải quyết lần hai, vụ việc phức tạp
case-rule-name-complaint-resolve-second-remote = Giải quyết lần hai, vùng sâu, vùng xa
case-rule-name-complaint-resolve-second-remote-complex = Giải quyết lần hai, vùng sâu, vùng xa, phức tạp
case-rule-name-complaint-suspension-pauses = Tạm đình chỉ làm dừng thời hạn giải quyết khiếu nại
case-rule-name-complaint-dialogue-notice = Báo trước buổi đối thoại lần hai
case-rule-name-denunciation-initial = Xử lý ban đầu tố cáo
case-rule-name-denunciation-initial-longer = Xử lý ban đầu tố cáo, xác minh nhiều nơi
case-rule-name-denunciation-forward = Chuyển tố cáo không thuộc thẩm quyền
case-rule-name-denunciation-notify = Thông báo thụ lý tố cáo
case-rule-name-denunciation-resolve = Giải quyết tố cáo
case-rule-name-denunciation-extension = Mỗi lần gia hạn giải quyết tố cáo
case-rule-name-denunciation-suspension-pauses = Tạm đình chỉ làm dừng thời hạn giải quyết tố cáo
case-rule-name-denunciation-anonymous = Thông tin tố cáo nặc danh không xử lý như tố cáo
case-rule-name-feedback-reply = Trả lời phản ánh
case-rule-name-calendar-end = Thời hạn kết thúc vào ngày nghỉ thì lùi sang ngày làm việc tiếp theo
