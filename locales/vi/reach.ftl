## Reaching people: who cannot be reached, /news, the platform announcements arrive on, stale notices.

report-reason-no-account = Chưa có tài khoản Telegram/Slack nào liên kết
report-reason-platform-error = Nền tảng báo lỗi
report-reason-platform-error-codes = Nền tảng báo lỗi ({ $codes })
reach-unreachable-title = { $count } người không nhận được qua bot — xin báo trực tiếp cho họ:
reach-unreachable-person = { $name } ({ $unit }): { $reason }

news-empty = Chưa có thông báo nào gửi tới bạn.
news-title = { $count } thông báo gần nhất gửi tới bạn (mới nhất trước):
news-item-waiting = Số { $id }, gửi lúc { $sent } — chưa bấm «Đã nắm».
news-item-acknowledged = Số { $id }, gửi lúc { $sent } — đã nắm lúc { $at }.
news-ack-button = Đã nắm (số { $id })

pledge-notify-withdrawn = { $name } ({ $unit }) đã rút bản đăng ký thi đua số { $id }. Thông báo chờ xác nhận trước đó không còn hiệu lực; bạn không cần xác nhận nữa.
