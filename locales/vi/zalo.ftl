## Zalo: lời nhắn riêng của nền tảng Zalo (không có nút, không gửi được tệp, chỉ trò chuyện riêng).

zalo-private-only = Bot Thi đua – Khen thưởng chỉ làm việc trong trò chuyện riêng. Hãy nhắn riêng cho bot.
zalo-unsupported-event = Bot chỉ đọc được tin nhắn chữ và ảnh. Gõ /help để xem các lệnh.
zalo-file-unavailable = Zalo không cho bot gửi tệp, nên { $name } không gửi được ở đây. Bạn lấy được tệp này bằng cùng lệnh trên Telegram hoặc Slack, hoặc nhờ cán bộ công nghệ thông tin của cơ quan gửi giúp.
zalo-ask-case-identity =
    Bạn muốn gửi có tên hay ẩn danh?
    • Có tên: bot soạn sẵn đơn để bạn ký tên và nộp; đơn chỉ được giải quyết theo luật khi cơ quan nhận được đơn có chữ ký của bạn. Trong bot, chỉ cán bộ xử lý đơn thấy tên bạn.
    • Ẩn danh: bot và cán bộ xử lý không biết bạn là ai; cơ sở dữ liệu và nhật ký của bot không lưu gì về bạn. Tố cáo ẩn danh không phải là đơn tố cáo theo luật: theo Điều 25 Luật Tố cáo, đó là thông tin có nội dung tố cáo, chỉ được kiểm tra khi nêu rõ người vi phạm và có tài liệu, chứng cứ cụ thể, và không có thời hạn giải quyết luật định.
    Lưu ý: Zalo biết tài khoản Zalo nào đã gửi tin nhắn và giữ cuộc trò chuyện trên máy chủ của Zalo; bot không xoá được tin nhắn trong Zalo, nên sau khi chép mã biên nhận, hãy tự xoá cuộc trò chuyện này. Với thông tin ẩn danh, Telegram an toàn hơn.
zalo-case-receipt-cleared = Zalo không cho bot xoá tin nhắn. Hãy tự xoá cuộc trò chuyện này trong Zalo (nhấn giữ tin nhắn → Xoá) và giữ mã ở nơi an toàn.
zalo-files-elsewhere = Zalo không cho bot gửi tệp, nên các tệp sau không lấy được ở đây. Bạn lấy được chúng bằng cùng lệnh trên Telegram hoặc Slack, hoặc nhờ cán bộ công nghệ thông tin của cơ quan gửi giúp:
zalo-files-by-link = Trên Zalo, tệp đến dưới dạng một đường liên kết chỉ tải được một lần, trong { $hours } giờ.
zalo-file-link =
    Tải «{ $name }»: { $url }
    (chỉ tải được một lần, đến { $until }; đừng chuyển đường liên kết này cho người khác)
zalo-file-confidential = Trong lúc trao đổi về đơn thư, bot không gửi đường liên kết tải tệp, để không có gì gắn bạn với một lần tải tệp: { $name } không được gửi; nội dung đã có ở trên.
zalo-documents-menu = Chọn văn bản cần soạn (tệp Word):
zalo-files-text-above = Zalo không cho bot gửi tệp Word: hãy chép nội dung đơn ở trên để in và ký.
