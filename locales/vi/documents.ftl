## Văn bản bot soạn: biên bản, tờ trình, danh sách, dự thảo quyết định, tổng hợp đăng ký, báo cáo thành tích, kế hoạch, báo cáo tổng kết

cmd-documents-description = Văn bản (.docx): biên bản, tờ trình, quyết định, tổng hợp, báo cáo
documents-menu = Chọn văn bản cần soạn (tệp Word gửi vào tin nhắn riêng):
documents-none = Chưa có văn bản nào bạn có thể lấy.
documents-ready = Đã soạn văn bản: { $file }. Kiểm tra, bổ sung số văn bản và trình ký theo quy định.
error-session-still-open = Phiên xét số { $id } chưa kết thúc: biên bản chỉ lập sau khi đóng phiên.
error-document-nothing = Chưa có nội dung cho văn bản này (chưa có đề nghị nào được Hội đồng thông qua ở cấp này).
btn-doc-minutes = Biên bản phiên { $id }
btn-doc-proposal = Tờ trình năm { $year }
btn-doc-upward = Đề nghị cấp trên năm { $year }
btn-doc-decision = Dự thảo quyết định năm { $year }
btn-doc-pledges = Tổng hợp đăng ký { $code }
btn-doc-unit-pledges = Bản đăng ký của đơn vị ({ $code })
btn-doc-plan = Kế hoạch năm { $year }
btn-doc-report = Báo cáo tổng kết năm { $year }
btn-doc-achievements = Báo cáo thành tích: { $nominee } (số { $id })

doc-file-minutes = Bien ban hop Hoi dong phien { $id }
doc-file-proposal = To trinh de nghi khen thuong nam { $year }
doc-file-proposal-upward = To trinh de nghi cap tren khen thuong nam { $year }
doc-file-decision = Du thao Quyet dinh khen thuong nam { $year }
doc-file-pledge-summary = Tong hop dang ky thi dua { $code }
doc-file-unit-pledge = Ban dang ky thi dua don vi { $code }
doc-file-achievements = Bao cao thanh tich de nghi { $id }
doc-file-plan = Ke hoach thi dua khen thuong nam { $year }
doc-file-report = Bao cao tong ket thi dua khen thuong nam { $year }

doc-council-name = Hội đồng Thi đua – Khen thưởng
doc-number-blank = Số:        /{ $symbol }
doc-authority-council = TM. Hội đồng
doc-authority-director = KT. Giám đốc
doc-title-chair = Chủ tịch
doc-title-secretary = Thư ký
doc-title-secretary-council = Thường trực Hội đồng Thi đua – Khen thưởng
doc-title-director = Giám đốc
doc-title-deputy-director = Phó Giám đốc
doc-title-unit-head = Thủ trưởng đơn vị
doc-title-unit-head-confirms = Xác nhận của thủ trưởng đơn vị
doc-title-reporter = Người báo cáo thành tích
doc-recipient-council-members = Thành viên Hội đồng;
doc-recipient-file = Lưu: VT, TĐKT.
doc-recipient-director = Giám đốc Sở;
doc-recipient-province = UBND tỉnh;
doc-recipient-province-council = Hội đồng Thi đua – Khen thưởng tỉnh;
doc-recipient-council = Hội đồng Thi đua – Khen thưởng Sở;
doc-recipient-council-standing = Thường trực Hội đồng Thi đua – Khen thưởng Sở;
doc-recipient-leaders = Ban Giám đốc Sở;
doc-recipient-heads = Trưởng các phòng, ban, đơn vị;
doc-recipient-article-3 = Như Điều 3;

doc-col-no = TT
doc-col-nominee = Tập thể, cá nhân được đề nghị
doc-col-award = Danh hiệu, hình thức khen thưởng
doc-col-approve = Đồng ý
doc-col-reject = Không đồng ý
doc-col-abstain = Không biểu quyết
doc-col-share = Tỷ lệ đồng ý / tổng số thành viên
doc-col-threshold = Tỷ lệ cần đạt
doc-col-result = Kết quả
doc-col-person = Họ và tên
doc-col-unit = Đơn vị
doc-col-unit-of = Phòng, ban, đơn vị
doc-col-achievements = Thành tích
doc-col-members = Số người
doc-col-pledged = Đã đăng ký
doc-col-ldtt = Lao động tiên tiến
doc-col-cstdcs = Chiến sĩ thi đua cơ sở
doc-col-collective = Danh hiệu tập thể đăng ký
doc-col-titles = Danh hiệu đăng ký
doc-col-commitments = Nội dung cam kết
doc-col-commitment = Nội dung đã đăng ký
doc-col-note = Ghi chú
doc-col-count = Số lượng

doc-minutes-kind = Biên bản
doc-minutes-subject = Họp Hội đồng Thi đua – Khen thưởng: { $title }
doc-minutes-opening = Phiên xét số { $id } của Hội đồng Thi đua – Khen thưởng Sở mở lúc { $from } và kết thúc lúc { $to }; thành viên bỏ phiếu kín qua hệ thống thi đua, khen thưởng của Sở.
doc-minutes-attendance-heading = I. Thành phần
doc-minutes-members = Tổng số thành viên Hội đồng: { $members }; tham gia bỏ phiếu: { $present }; vắng mặt (không bỏ phiếu): { $absent }.
doc-minutes-present = Thành viên đã bỏ phiếu: { $names }.
doc-minutes-absent = Thành viên vắng mặt: { $names }.
doc-minutes-quorum-met = Số thành viên tham gia bảo đảm điều kiện để phiên xét hợp lệ theo quy chế của Hội đồng.
doc-minutes-quorum-missed = Số thành viên tham gia chưa bảo đảm điều kiện theo quy chế; các đề nghị được xem xét lại ở phiên sau.
doc-minutes-results-heading = II. Kết quả bỏ phiếu kín
doc-minutes-secret-ballot = Kết quả kiểm phiếu của từng đề nghị (chỉ ghi tổng số phiếu; phiếu bầu không gắn với thành viên nào):
doc-minutes-threshold-members = từ { $percent }% tổng số thành viên
doc-minutes-threshold-cast = trên { $percent }% số phiếu bầu
doc-minutes-passed = Đạt
doc-minutes-failed = Không đạt
doc-minutes-closing = Biên bản lập xong lúc { $time }, đã thông qua các thành viên Hội đồng.

doc-proposal-kind = Tờ trình
doc-proposal-subject-grant = Về việc đề nghị khen thưởng năm { $year }
doc-proposal-subject-upward = Về việc đề nghị cấp trên khen thưởng năm { $year }
doc-proposal-to-director = Kính gửi: Giám đốc Sở.
doc-proposal-to-province = Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh (qua Ban Thi đua – Khen thưởng tỉnh).
doc-proposal-basis = Căn cứ Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành; căn cứ Quy chế thi đua, khen thưởng của Sở và kết quả bỏ phiếu kín của Hội đồng Thi đua – Khen thưởng Sở;
doc-proposal-body = Hội đồng Thi đua – Khen thưởng Sở đã xét và thống nhất đề nghị khen thưởng năm { $year } cho { $persons } cá nhân và { $units } tập thể, cụ thể:
doc-proposal-line = { $award }: { $count }
doc-proposal-list-attached = (Có danh sách kèm theo.)
doc-proposal-ask-director = Hội đồng Thi đua – Khen thưởng kính trình Giám đốc Sở xem xét, quyết định.
doc-proposal-ask-province = Sở Nội vụ kính đề nghị Chủ tịch Ủy ban nhân dân tỉnh xem xét, khen thưởng.
doc-list-title = Danh sách đề nghị khen thưởng
doc-list-subtitle = (Kèm theo Tờ trình đề nghị khen thưởng năm { $year })
doc-list-group-person = { $n }. { $award } — cá nhân ({ $count })
doc-list-group-unit = { $n }. { $award } — tập thể ({ $count })

doc-decision-kind = Quyết định
doc-decision-subject = Về việc khen thưởng năm { $year } (dự thảo)
doc-decision-director = GIÁM ĐỐC { $agency }
doc-decision-basis-law = Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
doc-decision-basis-decree = Căn cứ Nghị định của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng đang có hiệu lực;
doc-decision-basis-council = Xét đề nghị của Hội đồng Thi đua – Khen thưởng Sở.
doc-decision-decides = QUYẾT ĐỊNH:
doc-decision-article-1 = Điều 1. Tặng danh hiệu, hình thức khen thưởng năm { $year } cho { $persons } cá nhân và { $units } tập thể có tên trong danh sách kèm theo.
doc-decision-article-2 = Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
doc-decision-article-3 = Điều 3. Chánh Văn phòng Sở, Trưởng các phòng, ban, đơn vị và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
doc-decision-annex-title = Danh sách khen thưởng
doc-decision-annex-subtitle = (Kèm theo Quyết định khen thưởng năm { $year })

doc-pledge-summary-kind = Bảng tổng hợp
doc-pledge-summary-subject = Đăng ký thi đua: { $campaign }
doc-pledge-summary-intro = Tổng hợp đăng ký thi đua của { $units } phòng, ban, đơn vị trong phong trào «{ $campaign }»: { $pledges } cá nhân đã đăng ký.
doc-unit-pledge-kind = Bản đăng ký thi đua
doc-unit-pledge-subject = Phong trào: { $campaign }
doc-unit-pledge-to = Kính gửi: Hội đồng Thi đua – Khen thưởng Sở.
doc-unit-pledge-collective-heading = I. Đăng ký của tập thể
doc-unit-pledge-collective = Danh hiệu đăng ký: { $titles }. Cam kết: { $commitments }
doc-unit-pledge-no-collective = Đơn vị chưa đăng ký danh hiệu tập thể.
doc-unit-pledge-people-heading = II. Đăng ký của cá nhân

doc-achievements-kind = Báo cáo thành tích
doc-achievements-subject = Đề nghị tặng { $award } năm { $year } — { $nominee }
doc-achievements-section-1 = I. Sơ lược lý lịch
doc-achievements-name = Họ và tên (tên tập thể): { $name }
doc-achievements-unit = Đơn vị công tác: { $unit }
doc-achievements-section-2 = II. Thành tích đạt được
doc-achievements-pledge-results = Kết quả thực hiện đăng ký thi đua:
doc-achievements-section-3 = III. Các hình thức khen thưởng đã được ghi nhận
doc-achievements-earlier = { $award } năm { $year } (Quyết định số { $number })
doc-achievements-none-earlier = Chưa có hình thức khen thưởng nào được ghi nhận trong hệ thống.

doc-plan-kind = Kế hoạch
doc-plan-subject = Công tác thi đua, khen thưởng năm { $year }
doc-plan-section-purposes = I. Mục đích, yêu cầu
doc-plan-purposes = Đẩy mạnh phong trào thi đua yêu nước, động viên cán bộ, công chức, viên chức và người lao động hoàn thành thắng lợi nhiệm vụ năm { $year }; khen thưởng kịp thời, chính xác, công bằng, đúng quy định.
doc-plan-section-movements = II. Các phong trào thi đua
doc-plan-movement = { $title } (từ { $from } đến { $to }).
doc-plan-no-movements = Chưa có phong trào nào được phát động cho năm này trong hệ thống.
doc-plan-section-measures = III. Giải pháp thực hiện
doc-plan-measures-pledges = Tổ chức cho cá nhân, tập thể đăng ký thi đua ngay từ đầu năm; thủ trưởng đơn vị xác nhận đăng ký.
doc-plan-measures-examples = Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến, người tốt, việc tốt.
doc-plan-measures-commendation = Gắn bình xét thi đua với kết quả đánh giá, xếp loại chất lượng; chú trọng khen thưởng chuyên đề, đột xuất.
doc-plan-section-organisation = IV. Tổ chức thực hiện
doc-plan-organisation = Các phòng, ban, đơn vị căn cứ Kế hoạch này triển khai thực hiện; Thường trực Hội đồng Thi đua – Khen thưởng theo dõi, tổng hợp, báo cáo.

doc-report-kind = Báo cáo
doc-report-subject = Tổng kết công tác thi đua, khen thưởng năm { $year }
doc-report-section-pledges = I. Đăng ký thi đua, tự đánh giá và xếp loại
doc-report-pledges = Năm { $year }, Sở có { $staff } cán bộ, công chức, viên chức và người lao động; { $pledged } người đăng ký thi đua; { $assessed } người hoàn thành tự đánh giá; { $rated } người đã được xếp loại chất lượng.
doc-report-section-granted = II. Danh hiệu, hình thức khen thưởng Sở đã tặng
doc-report-section-upward = III. Đề nghị cấp trên khen thưởng
doc-report-section-cases = IV. Đơn thư khiếu nại, tố cáo, phản ánh về thi đua, khen thưởng
doc-report-cases = Tiếp nhận { $received } đơn thư; đã giải quyết xong { $settled }.
doc-report-section-next = V. Phương hướng năm tới
doc-report-next = Tiếp tục đổi mới nội dung, hình thức thi đua; nâng cao chất lượng bình xét, khen thưởng.
btn-case-letter-docx = Tải đơn (tệp Word) để in và ký

profile-shown =
    Lý lịch của { $name } — { $unit } (dùng trong báo cáo thành tích; chỉ người này, quản trị và thư ký Hội đồng xem được):
    Ngày sinh: { $birth }
    Quê quán: { $hometown }
    Chức vụ: { $position }
    Trình độ chuyên môn, nghiệp vụ: { $qualification }
    Trình độ lý luận chính trị: { $politicalTheory }
profile-unset = (chưa có trong danh sách cán bộ)
