## /news: thông báo chưa xác nhận «Đã nắm».

news-pending-title = Bạn có { $count } thông báo chưa xác nhận đã nắm
news-pending-item = { $n }) { $sentAt }: { $body }
btn-news-ack-nth = Đã nắm thông báo { $n }
