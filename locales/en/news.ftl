## /news: announcements not yet acknowledged.

news-pending-title = You have { $count } announcements not yet acknowledged
news-pending-item = { $n }) { $sentAt }: { $body }
btn-news-ack-nth = Acknowledge announcement { $n }
