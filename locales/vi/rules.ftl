# Quy định theo giai đoạn, quy chế của Sở, lý do từ chối, tình trạng cá nhân, huỷ bỏ quyết định (issue 14)

error-nomination-refused = Không đề nghị được { $award } năm { $year }. { $reason } Quy định: { $rule } — { $basis }.
error-nomination-not-annullable = Đề nghị số { $id } chưa có quyết định khen thưởng (hoặc đã bị huỷ bỏ), nên không huỷ bỏ được.
error-no-rule-set = Không có bộ quy định nào áp dụng cho ngày { $date } trong catalog/rulesets/. Người quản trị cần bổ sung hoặc bật bộ quy định cho giai đoạn này.
error-standing-dates = Ngày kết thúc phải sau ngày bắt đầu; thời hạn kỷ luật phải có ngày kết thúc.
error-standing-cleared = Ghi nhận số { $id } đã được xóa trước đó.

rule-basis-law = theo { $article } ({ $status }{ $isDefault ->
    [yes] ; giá trị mặc định
   *[other] {""}
})
rule-basis-agency = theo quy chế của Sở{ $hasArticle ->
    [yes] : { $article }
   *[other] {""}
} ({ $status }{ $isDefault ->
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
refusal-quota = Năm nay có { $base } trường hợp làm căn cứ, nên tối đa { $max }; đề nghị này sẽ là trường hợp thứ { $count }.
refusal-one-reward = Thành tích này đã được đề nghị { $other } (số { $id }).
refusal-members = Đơn vị có { $members } người; { $held } người có đề nghị hoặc quyết định { $award } năm { $year }.
refusal-members-rated = Năm { $year } có { $count } người của đơn vị được xếp loại dưới mức hoàn thành nhiệm vụ.

standing-kind-discipline_review = đang bị xem xét kỷ luật
standing-kind-investigation = đang bị điều tra
standing-kind-inspection = đang bị thanh tra, kiểm tra
standing-kind-complaint_verification = có đơn khiếu nại, tố cáo đang được xác minh
standing-kind-press_verification = có vấn đề tham nhũng, tiêu cực được báo chí nêu đang được xác minh
standing-kind-disciplined = thời hạn kỷ luật
standing-kind-maternity_leave = nghỉ thai sản
standing-kind-recruited = ngày tuyển dụng


nomination-status-annulled = Đã huỷ bỏ quyết định

annul-ground-fraud = gian dối trong kê khai thành tích
annul-ground-false_information = thông tin sai, giả mạo hồ sơ
annul-ground-wrong_appraisal = thẩm định, xét duyệt sai quy định
annul-ground-court_or_inspection = có kết luận, quyết định, bản án của cơ quan có thẩm quyền về vi phạm, khuyết điểm làm không bảo đảm tiêu chuẩn trong thời gian tính thành tích
annul-notify = Quyết định khen thưởng số { $number } ngày { $date } đối với { $nominee } ({ $award }, đề nghị số { $id }) đã bị HUỶ BỎ. Căn cứ: { $ground }. Lý do: { $reason }. Điều khoản: { $article }.

annul-field-reason = Lý do huỷ bỏ
annul-field-article = Căn cứ (điều, khoản)
standing-field-reference = Số văn bản, ghi chú ngắn

cmd-rules-description = Xem quy định thi đua, khen thưởng áp dụng cho một năm (căn cứ, tình trạng)
rules-field-year = Năm thi đua
rules-title = Quy định áp dụng cho năm thi đua { $year }: { $set }
rules-check-due = Cần kiểm tra lại bộ quy định này: đã quá ngày kiểm tra { $day }. { $reason }.
rules-set-by-year = Đề nghị cuối năm { $year } được xét theo bộ quy định có hiệu lực ngày 31/12/{ $year }: đây là lựa chọn của bot (quy chế của Sở), không phải quy định của luật; căn cứ để đối chiếu ở mục Nguyên tắc chung và Quy chế của Sở.
rules-set-by-receipt = Đề nghị năm { $year } được xét theo bộ quy định có hiệu lực ngày hồ sơ được lập trong bot (Sở chọn trong quy chế), không sớm hơn 31/12/{ $year }: xem mục Quy chế của Sở.
rules-text = Văn bản: { $name } ({ $status })
rules-award = { $award }
rules-line = { $rule } — { $basis }
rules-grant-so = Sở tự tặng: { $rule } — { $basis }
rules-grant-upward = Sở chỉ đề nghị lên cấp trên: { $rule } — { $basis }
rules-vote = Hội đồng của Sở phải bỏ phiếu: { $rule } — { $basis }
rules-vote-optional = Pháp luật không yêu cầu Hội đồng bỏ phiếu; nếu đưa ra Hội đồng: { $rule } — { $basis }
rules-vote-upstream = Ở cấp trên: { $rule } — { $basis }
rules-general = Nguyên tắc chung
rules-rating = Xếp loại chất lượng năm { $year } (tiêu chuẩn Lao động tiên tiến, Chiến sĩ thi đua cơ sở đọc kết quả này)
rules-rating-points = Thang điểm: hoàn thành xuất sắc nhiệm vụ từ { $excellent } điểm; hoàn thành tốt từ { $good }; hoàn thành từ { $completed }; dưới { $completed } là không hoàn thành
rules-agency = Quy chế của { $agency } (công khai danh sách { $days } ngày trước khi Hội đồng họp)
rules-count-floor = Lựa chọn của phần mềm, không phải quy định pháp luật hay quy chế của Sở: số phiếu từng đề nghị chỉ được kiểm và công bố khi phiên đủ túc số và có ít nhất { $min } phiếu. Nếu không, kết quả và biên bản chỉ ghi số thành viên đã bỏ phiếu; không đề nghị nào được thông qua và các đề nghị trở lại danh sách chờ xét ở phiên sau. Với một hai lá phiếu, con số công bố chính là lựa chọn của từng người.
rules-check-note = Quy định ghi «chưa xác minh, cần đối chiếu» hoặc «quy định của Sở» phải được Sở đối chiếu với văn bản chính thức và quy chế của mình trước khi áp dụng.

cmd-standing-description = Ghi nhận tình trạng ảnh hưởng đến khen thưởng (xem xét kỷ luật, thanh tra, đơn thư đang xác minh, kỷ luật, thai sản, ngày tuyển dụng)
standing-field-who = Đối tượng
standing-ask-who = Ghi nhận cho một người hay một tập thể?
standing-field-unit = Tập thể
standing-ask-unit = Tập thể nào?
error-standing-unit-kind = Với tập thể chỉ ghi nhận: xem xét kỷ luật, điều tra, thanh tra, đơn thư đang xác minh, vấn đề báo chí nêu đang xác minh, thời hạn kỷ luật.
standing-field-person = Người
standing-ask-person = Ghi nhận cho ai? Gõ họ tên.
standing-field-kind = Tình trạng
standing-ask-kind = Tình trạng nào?
standing-field-starts = Từ ngày
standing-ask-starts = Từ ngày nào? (ngày/tháng/năm; với ngày tuyển dụng: ngày được tuyển dụng)
standing-field-ends = Đến ngày
standing-ask-ends = Đến hết ngày nào? Bỏ qua nếu chưa kết thúc (thời hạn kỷ luật phải có ngày kết thúc).
standing-ask-reference = Số văn bản hoặc ghi chú ngắn (không ghi nội dung đơn thư). Có thể bỏ qua.
standing-recorded = Đã ghi nhận tình trạng số { $id }. Các đề nghị khen thưởng sẽ được xét theo tình trạng này.
standing-line = Số { $id } — { $person } — { $kind }: { $from } – { $until } ({ $reference })
cmd-standings-description = Danh sách tình trạng đang ảnh hưởng đến khen thưởng
standings-empty = Không có ai đang có tình trạng ảnh hưởng đến khen thưởng.
standings-title = Tình trạng đang ghi nhận ({ $count })
btn-standing-clear = Xóa số { $id }
standing-cleared = Đã xóa ghi nhận số { $id }.

cmd-annul-description = Huỷ bỏ một quyết định khen thưởng đã ghi (có lý do và căn cứ)
error-no-decided-nominations = Chưa có quyết định khen thưởng nào được ghi nhận.
annul-field-nomination = Quyết định cần huỷ bỏ
annul-ask-nomination = Huỷ bỏ quyết định của đề nghị nào?
annul-field-ground = Căn cứ huỷ bỏ
annul-ask-ground = Huỷ bỏ vì lý do nào (theo Luật Thi đua, khen thưởng)?
annul-ask-reason = Ghi rõ lý do huỷ bỏ.
annul-ask-article = Căn cứ điều, khoản nào (ví dụ: kết luận thanh tra số …; điều … Luật Thi đua, khen thưởng)?
annul-recorded = Đã huỷ bỏ quyết định khen thưởng của đề nghị số { $id } và thông báo cho người liên quan.

cmd-upward-description = Danh sách đề nghị lên cấp trên (những danh hiệu, hình thức Sở không có thẩm quyền tặng)
upward-empty = Không có đề nghị nào chờ trình cấp trên.
upward-title = Đề nghị trình cấp trên ({ $count })
upward-line = Số { $id } — { $nominee } — { $award } năm { $year }: { $grant } — { $basis }
upward-line-vote = Số { $id } — { $nominee } — { $award } năm { $year }: { $grant } — { $basis }. { $vote } — { $voteBasis }
upward-documents = Hồ sơ trình gồm: tờ trình của Sở, biên bản họp và kết quả bỏ phiếu của Hội đồng Thi đua – Khen thưởng của Sở (kèm ý kiến bằng văn bản của thành viên vắng mặt), báo cáo thành tích của từng trường hợp. Danh sách kèm theo dưới dạng tệp XLSX.

cmd-written-description = Ghi ý kiến bằng văn bản của thành viên Hội đồng vắng mặt vào phiên xét
error-written-not-allowed = Quy chế của Sở không cho thành viên vắng mặt gửi ý kiến bằng văn bản (catalog/agency.json).
written-field-session = Phiên xét
written-ask-session = Ghi ý kiến vào phiên xét nào?
written-session = Phiên { $id }: { $title }
written-field-member = Thành viên vắng mặt
written-ask-member = Ý kiến của thành viên nào (chưa bỏ phiếu)?
written-field-ballot = Ý kiến
written-ask-ballot = Ghi lựa chọn theo số đề nghị, đúng như văn bản đã ký, ví dụ: 12a 13r 14x (a = đồng ý, r = không đồng ý, x = không biểu quyết). Phải có đủ mọi đề nghị của phiên.
written-line = { $nomination }: { $choice }
written-choice-approve = đồng ý
written-choice-reject = không đồng ý
written-choice-abstain = không biểu quyết
written-recorded = Đã ghi ý kiến bằng văn bản của { $member } vào phiên { $id }. Lưu bản giấy kèm biên bản họp.
session-result-written = Trong đó { $written } phiếu là ý kiến bằng văn bản của thành viên vắng mặt (ghi trong biên bản).
