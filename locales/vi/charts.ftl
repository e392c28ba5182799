## Biểu đồ (ảnh PNG) và phần chữ đi kèm

cmd-progress-description = Tiến độ đăng ký thi đua theo đơn vị (biểu đồ)
chart-progress-heading = Tiến độ đăng ký: { $campaign }
chart-pledges-title = Đăng ký thi đua theo đơn vị — { $campaign }
chart-series-confirmed = Đã xác nhận
chart-series-awaiting = Chờ xác nhận
chart-series-missing = Chưa đăng ký
chart-pledges-summary = Đã đăng ký { $pledged }/{ $members } người ({ $percent }%), trong đó { $confirmed } bản đã được trưởng đơn vị xác nhận.
chart-pledges-behind = Cần chú ý: { $units }.
chart-unit-missing = { $unit } còn { $missing } người chưa đăng ký
chart-pledges-all-done = Tất cả đơn vị đã đăng ký đủ.
btn-nominations-chart = Biểu đồ
chart-nominations-title = Đề nghị khen thưởng năm { $year } theo danh hiệu và giai đoạn
chart-stage-proposed = Chờ xét
chart-stage-under_review = Đang bỏ phiếu
chart-stage-approved = Được thông qua
chart-stage-rejected = Không được thông qua
chart-stage-decided = Đã có quyết định
chart-nominations-summary = Có { $total } đề nghị: { $waiting } chờ Hội đồng xét, { $approved } được thông qua chờ quyết định, { $decided } đã có quyết định.
chart-nominations-line = { $award }: chờ xét { $proposed }, đang bỏ phiếu { $under_review }, thông qua { $approved }, không thông qua { $rejected }, đã quyết định { $decided }.
digest-title = Bản tin tuần: thi đua, khen thưởng
digest-no-campaign = Hiện không có phong trào nào đang nhận đăng ký.
digest-cases-overdue = Có { $count } đơn thư đã quá hạn xử lý.
digest-cases-on-time = Không có đơn thư nào quá hạn.
