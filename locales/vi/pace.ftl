# Giới hạn tin nhắn đến (src/adapters/pace)
pace-slow-down = Bạn đang gửi nhanh hơn mức tôi có thể trả lời, nên một số tin nhắn gần đây đã bị bỏ qua. Vui lòng chờ một lát rồi gửi lại điều bạn cần.
