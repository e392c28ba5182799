## Đăng ký thi đua: đăng ký, xem, sửa, rút, xác nhận, trả lại, danh sách còn thiếu, xuất danh sách.

field-campaign = Phong trào thi đua
field-titles = Danh hiệu đăng ký
field-commitments = Nội dung cam kết
field-pledge = Bản đăng ký
field-reason = Lý do

ask-campaign = Bạn đăng ký cho phong trào thi đua nào?
ask-titles-person = Bạn đăng ký phấn đấu đạt danh hiệu nào?
ask-titles-unit = Đơn vị đăng ký phấn đấu đạt danh hiệu tập thể nào?
ask-commitments = Hãy viết nội dung cam kết (chỉ tiêu, nhiệm vụ sẽ hoàn thành). Có thể viết nhiều dòng.
ask-pledge-to-return = Trả lại bản đăng ký nào?
ask-return-reason = Vì sao trả lại? Người đăng ký sẽ đọc lý do này để sửa.

pledge-status-draft = Bản nháp
pledge-status-submitted = Chờ trưởng đơn vị xác nhận
pledge-status-submitted-unit = Chờ Thư ký Hội đồng hoặc Lãnh đạo Sở xác nhận
pledge-status-confirmed = Đã xác nhận
pledge-status-returned = Bị trả lại để sửa
pledge-status-withdrawn = Đã rút

pledge-line =
    Số { $id } — { $subject } — { $campaign }
    Danh hiệu: { $titles }
    Trạng thái: { $status } (hạn đăng ký: { $deadline })
    Cam kết: { $commitments }
pledge-line-returned =
    Số { $id } — { $subject } — { $campaign }
    Danh hiệu: { $titles }
    Trạng thái: { $status } (hạn đăng ký: { $deadline })
    Lý do trả lại: { $reason }
    Cam kết: { $commitments }
pledge-choice = Số { $id } — { $subject }

pledge-created = Đã ghi nhận bản đăng ký thi đua số { $id }.
pledge-updated = Đã cập nhật bản đăng ký số { $id }. Bản đăng ký được gửi lại để trưởng đơn vị xác nhận.
pledge-next-head = Trưởng đơn vị ({ $heads }) sẽ được báo để xác nhận. Bạn có thể sửa hoặc rút đến hết hạn đăng ký.
pledge-next-leader = Đơn vị chưa có trưởng đơn vị khác để xác nhận; lãnh đạo Sở sẽ xác nhận bản đăng ký này.
pledge-next-secretary = Thư ký Hội đồng Thi đua – Khen thưởng sẽ thấy bản đăng ký của đơn vị trong danh sách tổng hợp.
pledge-withdraw-confirm = Bạn chắc chắn muốn rút bản đăng ký số { $id }? Có thể đăng ký lại trước hạn.
pledge-withdrawn = Đã rút bản đăng ký số { $id }.
pledge-confirmed = Đã xác nhận bản đăng ký số { $id }. { $remaining ->
        [0] Không còn bản nào chờ xác nhận.
       *[other] Còn { $remaining } bản chờ xác nhận.
    }
pledge-returned = Đã trả lại bản đăng ký số { $id } kèm lý do. Người đăng ký đã được báo.

pledge-notify-submitted = { $name } ({ $unit }) vừa gửi bản đăng ký thi đua số { $id }, chờ bạn xác nhận.
pledge-notify-confirmed = Bản đăng ký thi đua số { $id } của bạn đã được { $reviewer } xác nhận.
pledge-notify-returned = Bản đăng ký thi đua số { $id } của bạn bị { $reviewer } trả lại. Lý do: { $reason }
    Bấm «Sửa» để sửa và gửi lại.
pledge-return-reason = Bị { $reviewer } trả lại, lý do: { $reason }

mypledges-title = Bản đăng ký thi đua của bạn
mypledges-empty = Bạn chưa có bản đăng ký thi đua nào. Gõ /pledge để đăng ký.

review-title = Có { $count } bản đăng ký chờ bạn xác nhận
review-empty = Không có bản đăng ký nào chờ bạn xác nhận.

missing-title = Chưa đăng ký thi đua — { $campaign } (hạn { $deadline }): còn { $total } người
missing-unit-line = { $unit }: { $pledged }/{ $members } người đã đăng ký. Còn thiếu: { $names }. Đăng ký tập thể: { $collective }
missing-unit-complete = { $unit }: đủ { $members }/{ $members } người. Đăng ký tập thể: { $collective }
missing-unit-returned = { $unit }: bị trả lại, chờ sửa: { $names }
btn-missing-xlsx = Tải danh sách chưa đăng ký (Excel)
missing-xlsx-ready = Danh sách người chưa đăng ký và người có bản đăng ký bị trả lại — { $campaign }:
missing-sheet = Chưa đăng ký
missing-col-unit = Đơn vị
missing-col-name = Họ và tên
missing-col-email = Thư điện tử
missing-col-state = Tình trạng
missing-col-state-missing = Chưa đăng ký
missing-col-state-returned = Bị trả lại, chờ sửa
missing-collective-done = đã có
missing-collective-missing = chưa có
missing-no-units = Chưa có đơn vị nào trong danh sách.

export-ready = Danh sách { $count } bản đăng ký của phong trào «{ $campaign }», dạng Excel và CSV:
export-sheet-name = Đăng ký thi đua
export-col-id = Số
export-col-unit = Đơn vị
export-col-subject = Họ tên / Tên tập thể
export-col-kind = Cá nhân/Tập thể
export-col-titles = Danh hiệu đăng ký
export-col-commitments = Nội dung cam kết
export-col-status = Trạng thái
export-col-reason = Lý do trả lại
export-col-updated = Cập nhật lúc
export-kind-person = Cá nhân
export-kind-unit = Tập thể

btn-my-pledges = Xem đăng ký của tôi
btn-review = Xem và xác nhận
btn-edit-pledge = Sửa số { $id }
btn-withdraw-pledge = Rút số { $id }
btn-withdraw = Rút đăng ký
btn-keep = Giữ lại
btn-confirm-pledge = Xác nhận số { $id }
btn-return-pledge = Trả lại số { $id }
btn-return = Trả lại
