## Zalo: lời nhắn riêng của nền tảng Zalo (không có nút, không gửi được tệp, chỉ trò chuyện riêng).

zalo-private-only = Bot Thi đua – Khen thưởng chỉ làm việc trong trò chuyện riêng. Hãy nhắn riêng cho bot.
zalo-unsupported-event = Bot chỉ đọc được tin nhắn chữ và ảnh. Gõ /help để xem các lệnh.
zalo-file-unavailable = Zalo không cho bot gửi tệp, nên không gửi được { $name } ở đây. Hãy lấy tệp bằng lệnh này trên Slack hoặc Telegram, hoặc nhờ thư ký Hội đồng xuất từ máy chủ (npm start, /export).
zalo-ask-case-identity =
    Bạn muốn gửi có tên hay ẩn danh?
    • Có tên: bot soạn sẵn đơn để bạn ký tên và nộp; đơn chỉ được giải quyết theo luật khi cơ quan nhận được đơn có chữ ký của bạn. Trong bot, chỉ cán bộ xử lý đơn thấy tên bạn.
    • Ẩn danh: bot và cán bộ xử lý không biết bạn là ai; cơ sở dữ liệu và nhật ký của bot không lưu gì về bạn. Tố cáo ẩn danh không phải là đơn tố cáo theo luật: theo Điều 25 Luật Tố cáo, đó là thông tin có nội dung tố cáo, chỉ được kiểm tra khi nêu rõ người vi phạm và có tài liệu, chứng cứ cụ thể, và không có thời hạn giải quyết luật định.
    Lưu ý: Zalo biết tài khoản Zalo nào đã gửi tin nhắn và giữ cuộc trò chuyện trên máy chủ của Zalo; bot không xoá được tin nhắn trong Zalo, nên sau khi chép mã biên nhận, hãy tự xoá cuộc trò chuyện này. Với thông tin ẩn danh, Telegram an toàn hơn.
zalo-case-receipt-cleared = Zalo không cho bot xoá tin nhắn. Hãy tự xoá cuộc trò chuyện này trong Zalo (nhấn giữ tin nhắn → Xoá) và giữ mã ở nơi an toàn.
