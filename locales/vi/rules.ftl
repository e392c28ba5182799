# Quy định theo giai đoạn, quy chế của Sở, lý do từ chối, tình trạng cá nhân, hủy bỏ quyết định (issue 14)

error-nomination-refused = Không đề nghị được { $award } năm { $year }. { $reason } Quy định: { $rule } — { $basis }.
error-nomination-not-annullable = Đề nghị số { $id } chưa có quyết định khen thưởng (hoặc đã bị hủy bỏ), nên không hủy bỏ được.
error-standing-dates = Ngày kết thúc phải sau ngày bắt đầu; thời hạn kỷ luật phải có ngày kết thúc.
error-standing-cleared = Ghi nhận số { $id } đã được xóa trước đó.

rule-basis-law = theo { $article } ({ $status }{ $isDefault ->
    [yes] ; giá trị mặc định
   *[other] {""}
})
rule-basis-agency = theo quy chế của Sở: { $article } ({ $status }{ $isDefault ->
    [yes] ; giá trị mặc định, Sở cần xác nhận
   *[other] {""}
})
rule-status-official = văn bản chính thức
rule-status-quoted = trích nguyên văn từ nguồn thứ cấp
rule-status-lead = chưa xác minh, cần đối chiếu
rule-status-agency = quy định của Sở, không phải luật

refusal-title-yearly = { $award } là danh hiệu thi đua, chỉ xét khi tổng kết năm.
refusal-excluded = Người được đề nghị đang trong tình trạng: { $state } (từ { $from }).
refusal-discipline = Thời hạn kỷ luật kéo dài đến hết { $until }, nên thành tích năm { $year } chưa được tính đủ.
refusal-new-staff = Tuyển dụng ngày { $from }: đến hết năm { $year } mới được { $months } tháng, chưa đủ { $required } tháng.
refusal-rating = Kết quả xếp loại chất lượng năm { $year }: { $rating }.
refusal-prerequisite-same-year = Chưa có đề nghị hoặc quyết định { $required } năm { $year } cho đối tượng này.
refusal-prerequisite-years = Chưa có quyết định { $required } đủ { $years } năm liền trước năm { $year }.
refusal-quota = Năm nay có { $base } trường hợp làm căn cứ, nên tối đa { $max }; đề nghị này sẽ là trường hợp thứ { $count }.
refusal-one-reward = Thành tích này đã được đề nghị { $other } (số { $id }).

standing-kind-discipline_review = đang bị xem xét kỷ luật
standing-kind-investigation = đang bị điều tra
standing-kind-inspection = đang bị thanh tra, kiểm tra
standing-kind-complaint_verification = có đơn khiếu nại, tố cáo đang được xác minh
standing-kind-disciplined = thời hạn kỷ luật
standing-kind-maternity_leave = nghỉ thai sản
standing-kind-recruited = ngày tuyển dụng

rating-excellent = hoàn thành xuất sắc nhiệm vụ
rating-good = hoàn thành tốt nhiệm vụ
rating-done = hoàn thành nhiệm vụ
rating-not_done = không hoàn thành nhiệm vụ

nomination-status-annulled = Đã hủy bỏ quyết định

annul-ground-fraud = gian dối trong kê khai thành tích
annul-ground-false_information = thông tin sai, giả mạo hồ sơ
annul-ground-wrong_appraisal = thẩm định, xét duyệt sai quy định
annul-ground-court_or_inspection = theo kết luận của tòa án hoặc cơ quan thanh tra
annul-notify = Quyết định khen thưởng số { $number } ngày { $date } đối với { $nominee } ({ $award }, đề nghị số { $id }) đã bị HỦY BỎ. Căn cứ: { $ground }. Lý do: { $reason }. Điều khoản: { $article }.

annul-field-reason = Lý do hủy bỏ
annul-field-article = Căn cứ (điều, khoản)
standing-field-reference = Số văn bản, ghi chú ngắn
