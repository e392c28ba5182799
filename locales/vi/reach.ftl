## Reaching people: who cannot be reached, /news, the platform announcements arrive on, stale notices.

report-reason-no-account = Chưa nhắn với bot lần nào
report-reason-platform-off = Chỉ có tài khoản ở nền tảng bot không chạy
reach-why-no-account = Chưa nhắn với bot trên { $platforms }
reach-why-platform-off =
    { $count ->
        [1] Chỉ có tài khoản { $platforms }, bot không chạy { $platforms }
       *[other] Chỉ có tài khoản { $platforms }, bot không chạy các nền tảng này
    }
reach-why-blocked = { $platforms } không cho bot gửi tin (người này đã chặn bot, hoặc chưa từng nhắn với bot ở đó)
platform-name-telegram = Telegram
platform-name-slack = Slack
platform-name-zalo = Zalo
platform-name-console = cửa sổ dòng lệnh
reach-export-sheet = Chưa nhận thông báo
reach-export-name = Họ và tên
reach-export-unit = Đơn vị
reach-export-reason = Lý do
btn-report-unreachable = Xuất danh sách chưa nhận (Excel)
report-unreachable-ready = Danh sách { $count } người chưa nhận được thông báo số { $id }, dạng Excel:
report-unreachable-none = Lần gửi mới nhất của thông báo số { $id } đã tới được mọi người.
report-reason-platform-error = Nền tảng báo lỗi
report-reason-platform-error-codes = Nền tảng báo lỗi ({ $codes })
reach-unreachable-title = { $count } người không nhận được qua bot — xin báo trực tiếp cho họ:
reach-unreachable-person = { $name } ({ $unit }): { $reason }
reach-unreachable-more = … và { $count } người nữa.

news-empty = Chưa có thông báo nào gửi tới bạn.
news-title = { $count } thông báo gần nhất gửi tới bạn (mới nhất trước):
news-item-waiting = Số { $id }, gửi lúc { $sent } — chưa bấm «Đã nắm».
news-item-acknowledged = Số { $id }, gửi lúc { $sent } — đã nắm lúc { $at }.
news-ack-button = Đã nắm (số { $id })

pledge-notify-withdrawn = { $name } ({ $unit }) đã rút bản đăng ký thi đua số { $id }. Thông báo chờ xác nhận trước đó không còn hiệu lực; bạn không cần xác nhận nữa.

cmd-reach-description = Chọn nền tảng nhận thông báo (Zalo, Telegram, Slack hay cửa sổ dòng lệnh)
field-reach-platform = Nhận thông báo qua
ask-reach-platform = Bạn muốn nhận thông báo của lãnh đạo qua đâu? Mỗi thông báo chỉ đến một lần.
reach-auto = Nơi tôi nhắn bot gần nhất
reach-platform-zalo = Zalo
reach-platform-telegram = Telegram
reach-platform-slack = Slack
reach-platform-console = Cửa sổ dòng lệnh
reach-changed = Từ nay thông báo đến với bạn qua { $platform }; nếu không gửi được ở đó, bot gửi qua tài khoản khác của bạn.
reach-changed-auto = Từ nay thông báo đến với bạn ở nơi bạn nhắn bot gần nhất.
reach-no-account = Bạn chưa liên kết tài khoản { $platform }. Dùng /link để liên kết.
pledge-notify-settled-confirmed = Bản đăng ký thi đua số { $id } đã được { $reviewer } xác nhận; bạn không cần xem nữa.
pledge-notify-settled-returned = Bản đăng ký thi đua số { $id } đã được { $reviewer } trả lại để sửa; bạn không cần xem nữa.
