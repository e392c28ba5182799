## Phát động, thông báo, lịch gửi và báo cáo gửi.

cmd-announce-description = Gửi thông báo, phát động phong trào (ngay hoặc theo lịch)
cmd-schedules-description = Lịch gửi thông báo: tạm dừng, tiếp tục, sửa, xoá
cmd-report-description = Báo cáo gửi thông báo: đã nhận, lỗi, đã nắm
cmd-announcements-description = Các thông báo đã gửi, với số để xem báo cáo
cmd-news-description = Thông báo gửi tới tôi
cmd-registerchat-description = Đăng ký nhóm này nhận thông báo

field-announce-text = Nội dung
field-announce-audience = Gửi tới
field-announce-units = Các đơn vị
field-announce-roles = Các vai trò
field-announce-when = Thời điểm gửi
field-announce-date = Ngày gửi
field-announce-weekday = Thứ
field-announce-day = Ngày trong tháng
field-announce-time = Giờ gửi

ask-announce-text = Viết nội dung thông báo (tối đa 3.000 ký tự):
ask-announce-audience = Gửi tới ai?
ask-announce-units = Chọn các đơn vị nhận:
ask-announce-roles = Chọn các vai trò nhận:
ask-announce-when = Gửi khi nào?
ask-announce-date = Gửi vào ngày nào? (ngày/tháng/năm)
ask-announce-weekday = Gửi vào thứ mấy hằng tuần?
ask-announce-day = Gửi vào ngày nào hằng tháng? (1–31; tháng ngắn hơn gửi vào ngày cuối tháng)
ask-announce-time = Gửi lúc mấy giờ? (giờ:phút, ví dụ 08:00)

announce-audience-everyone = Toàn thể cán bộ
announce-audience-units = Một số đơn vị
announce-audience-roles = Một số vai trò
announce-audience-notpledged = Người chưa đăng ký thi đua
announce-audience-chats = Các nhóm, kênh đã đăng ký
announce-when-now = Gửi ngay
announce-when-once = Một lần, vào ngày giờ định trước
announce-when-daily = Hằng ngày
announce-when-weekly = Hằng tuần
announce-when-monthly = Hằng tháng
weekday-1 = thứ Hai
weekday-2 = thứ Ba
weekday-3 = thứ Tư
weekday-4 = thứ Năm
weekday-5 = thứ Sáu
weekday-6 = thứ Bảy
weekday-7 = Chủ nhật

repeat-once = một lần lúc { $time } ngày { $date }
repeat-daily = hằng ngày lúc { $time }
repeat-weekly = { $weekday } hằng tuần lúc { $time }
repeat-monthly = ngày { $day } hằng tháng lúc { $time }

announce-preview-title = Người nhận sẽ thấy:
announce-heading = Thông báo của lãnh đạo Sở
announce-from = Người gửi: { $name } ({ $role }), lúc { $at }
announce-from-plain = Người gửi: { $name }, lúc { $at }
announce-from-when-sent = Người gửi: { $name } ({ $role }), lúc gửi theo lịch
announce-from-plain-when-sent = Người gửi: { $name }, lúc gửi theo lịch
announce-reminder = Nhắc lại: thông báo số { $id } dưới đây bạn chưa xác nhận «Đã nắm».
announce-ack-button = Đã nắm
announce-acknowledged-at = ✓ Đã nắm lúc { $at }. Cảm ơn bạn.
announce-acknowledged-already = Bạn đã xác nhận «Đã nắm» thông báo số { $id } lúc { $at }; không cần xác nhận lại.
announce-sent = Đang gửi tới { $count } người nhận. Xem báo cáo để biết ai đã nhận và đã nắm.
announce-scheduled = Đã lên lịch số { $id }: gửi { $when }.
btn-announce-report = Xem báo cáo
btn-schedules = Xem lịch gửi

schedules-empty = Không có lịch gửi nào.
schedules-title = Có { $count } lịch gửi
schedules-line = Số { $id }: { $when } — { $status } — { $preview }
schedule-status-active = đang chạy
schedule-status-waiting = chờ gửi
schedule-status-paused = tạm dừng
schedule-status-cancelled = đã xoá
schedule-status-done = đã xong
btn-schedule-pause = Tạm dừng số { $id }
btn-schedule-resume = Tiếp tục số { $id }
btn-schedule-edit = Sửa số { $id }
schedule-edited = Đã sửa lịch số { $id }: gửi { $when }. Các lần trước thời điểm này không gửi bù.
schedule-sent-now = Đã gửi ngay thông báo của lịch số { $id } và kết thúc lịch đó.
btn-schedule-cancel = Xoá lịch số { $id }
schedule-paused = Đã tạm dừng lịch số { $id }.
schedule-resumed = Đã cho chạy tiếp lịch số { $id } (không gửi bù các lần trong lúc tạm dừng).
schedule-cancelled = Đã xoá lịch số { $id }; thông báo đó sẽ không gửi nữa.
schedule-remove-confirm = Xoá lịch số { $id } ({ $when })? Thông báo sẽ không gửi nữa; việc này không hoàn tác được.
btn-schedule-remove-yes = Xoá hẳn lịch số { $id }
btn-schedule-keep = Giữ lại
schedule-missed = Lịch gửi số { $id } ({ $when }) đã lỡ lần { $slot } vì hệ thống ngừng quá lâu; lần đó không gửi. Hãy gửi lại bằng /announce nếu cần.
schedule-sent = Lịch gửi số { $id } đã gửi lúc { $slot } tới { $count } người nhận. Xem ai đã nhận, đã nắm: /report { $report }.

report-usage = Gõ /report và số thông báo, ví dụ: /report 3. Số của các thông báo đã gửi: /announcements.
report-title = Báo cáo thông báo số { $id }: «{ $preview }»
announcements-empty = Chưa có thông báo nào được gửi.
announcements-title = { $count } thông báo gửi gần nhất (mới nhất trước):
announcements-line = Số { $id }, gửi lúc { $at }, người gửi { $author }: «{ $preview }» — { $sent }/{ $total } người đã nhận, { $acknowledged } đã nắm
btn-announcements-report = Báo cáo số { $id }
report-run = Lần gửi { $slot }: { $total } người — đã nhận { $sent }, đang gửi { $pending }, không tới được { $failed }, đã nắm { $acknowledged }. Có thể trùng: { $duplicates }.
report-run-missed = Lần { $slot } bị lỡ (hệ thống ngừng quá lâu), không gửi.
report-no-runs = Thông báo số { $id } chưa đến lần gửi nào.
report-failure = { $reason }: { $count }
report-reason-blocked = Đã chặn bot
report-unit = { $unit }: { $total } người — đã nhận { $sent }, đang gửi { $pending }, không tới được { $failed }, đã nắm { $acknowledged }
report-unit-chats = Nhóm, kênh
btn-remind-unacknowledged = Nhắc người chưa nắm
report-reminded = Đã gửi nhắc tới { $count } người chưa xác nhận «Đã nắm». Theo dõi bằng /report { $id }.

registerchat-not-group = Lệnh này dùng trong nhóm hoặc kênh muốn nhận thông báo.
registerchat-done = Nhóm «{ $title }» sẽ nhận các thông báo gửi tới «nhóm, kênh đã đăng ký».

error-announcement-too-long = Thông báo dài quá { $max } ký tự.
error-audience-empty = Không có ai trong nhóm người nhận đã chọn (hoặc chưa ai liên kết tài khoản chat).
error-schedule-in-past = Thời điểm đó đã qua. Hãy chọn một thời điểm trong tương lai.
