## Đề nghị khen thưởng, người tốt việc tốt, phiên xét của Hội đồng, bỏ phiếu kín, quyết định, xuất danh sách.

cmd-nominate-description = Đề nghị khen thưởng cho cá nhân hoặc tập thể
cmd-evidence-description = Gửi tệp minh chứng cho một đề nghị: /evidence <số>
cmd-nominations-description = Danh sách đề nghị khen thưởng, xuất hồ sơ và quyết định
cmd-gooddeed-description = Kể về người tốt, việc tốt của đồng nghiệp
cmd-opensession-description = Mở phiên xét của Hội đồng Thi đua – Khen thưởng
cmd-vote-description = Bỏ phiếu kín trong phiên xét đang mở
cmd-sessions-description = Các phiên xét: tỷ lệ tham gia, kết quả, kết thúc phiên
cmd-decide-description = Ghi quyết định khen thưởng cho các đề nghị đã được Hội đồng thông qua

nomination-field-nominee-kind = Đối tượng
nomination-field-person = Cá nhân được đề nghị
nomination-field-unit = Tập thể được đề nghị
nomination-field-award = Danh hiệu, hình thức khen thưởng
nomination-field-kind = Loại khen thưởng
nomination-field-campaign = Phong trào thi đua
nomination-field-achievements = Thành tích
nomination-ask-nominee-kind = Đề nghị khen thưởng cho cá nhân hay tập thể?
nomination-ask-person = Gõ họ tên người được đề nghị.
nomination-ask-unit = Tập thể (phòng, đơn vị) nào được đề nghị?
nomination-ask-award = Đề nghị danh hiệu hoặc hình thức khen thưởng nào?
nomination-ask-kind = Đây là khen thưởng loại nào?
nomination-ask-campaign = Thuộc phong trào thi đua nào?
nomination-ask-achievements = Tóm tắt thành tích (có thể viết nhiều dòng).
nomination-nominee-person = Cá nhân
nomination-nominee-unit = Tập thể

nomination-kind-year_end = Tổng kết năm
nomination-kind-thematic = Theo chuyên đề
nomination-kind-ad_hoc = Đột xuất
nomination-kind-good_deed = Người tốt, việc tốt

nomination-status-proposed = Đã đề nghị
nomination-status-under_review = Đang xét tại Hội đồng
nomination-status-approved = Hội đồng thông qua
nomination-status-rejected = Hội đồng không thông qua
nomination-status-decided = Đã có quyết định
nomination-status-withdrawn = Đã rút

nomination-line =
    Số { $id } — { $nominee } ({ $unit })
    { $award } — { $kind }, năm { $year } — { $status }
    Thành tích: { $achievements }
    Tệp minh chứng: { $evidence }
nomination-line-decided =
    Số { $id } — { $nominee } ({ $unit })
    { $award } — { $kind }, năm { $year } — { $status }
    Quyết định số { $decision }, người ký: { $signer }
    Thành tích: { $achievements }
nomination-choice = Số { $id } — { $nominee } — { $award }

nomination-created = Đã ghi nhận đề nghị khen thưởng số { $id }.
nomination-evidence-hint = Để gửi minh chứng, gửi tệp hoặc ảnh kèm chú thích /evidence { $id }. Bạn có thể rút đề nghị cho đến khi Hội đồng bắt đầu xét.
nomination-notify-proposed = Đề nghị khen thưởng mới số { $id }: { $nominee } — { $award } (người đề nghị: { $proposer }).
nomination-unrated-warning = Lưu ý về đề nghị số { $id } ({ $nominee } — { $award } năm { $year }): chưa có kết quả xếp loại chất lượng năm { $year }, mà tiêu chuẩn «{ $rule }» ({ $basis }) đọc kết quả này. Việc xếp loại phải xong trước khi bình xét thi đua cuối năm: trưởng đơn vị hoặc Ban Giám đốc ghi kết quả bằng /xeploai.
nomination-withdraw-confirm = Bạn có chắc muốn rút đề nghị số { $id }?
nomination-withdrawn = Đã rút đề nghị số { $id }.
btn-nomination-withdraw = Rút đề nghị số { $id }

evidence-usage = Gửi tệp hoặc ảnh kèm chú thích /evidence <số đề nghị>, ví dụ /evidence 3.
evidence-no-files = Chưa có tệp nào kèm theo. Gửi tệp hoặc ảnh kèm chú thích /evidence { $id }.
evidence-added = Đã thêm { $count } tệp minh chứng cho đề nghị số { $id } (tổng cộng { $total } tệp).

nominations-title = Đề nghị khen thưởng ({ $count })
nominations-empty = Không có đề nghị khen thưởng nào phù hợp.
nominations-more = Hiển thị { $shown } đề nghị gần nhất trên tổng số { $count }; thu hẹp bằng bộ lọc hoặc xuất tệp.
nominations-filter-hint = Lọc: /nominations kèm trạng thái (proposed, under_review, approved, rejected, decided, withdrawn), mã danh hiệu (CSTDCS), mã phong trào (TD2023) hoặc tên phòng.
nominations-export-dossiers = Danh sách hồ sơ đề nghị trình Hội đồng: { $count } hồ sơ.
nominations-export-decisions = Danh sách khen thưởng đã có quyết định: { $count } trường hợp.
btn-export-dossiers = Xuất danh sách hồ sơ
btn-export-decisions = Xuất danh sách quyết định
nomination-sheet-dossiers = Hồ sơ đề nghị
nomination-sheet-decisions = Quyết định khen thưởng
nomination-col-no = STT
nomination-col-id = Số đề nghị
nomination-col-nominee = Họ tên / Tập thể
nomination-col-unit = Đơn vị
nomination-col-award = Danh hiệu, hình thức
nomination-col-kind = Loại khen thưởng
nomination-col-year = Năm
nomination-col-achievements = Tóm tắt thành tích
nomination-col-evidence = Minh chứng
nomination-col-status = Trạng thái
nomination-col-decision-no = Số quyết định
nomination-col-decision-date = Ngày quyết định
nomination-col-signer = Người ký

gooddeed-field-person = Đồng nghiệp
gooddeed-field-story = Việc tốt
gooddeed-ask-person = Bạn muốn kể về việc tốt của ai? Gõ họ tên.
gooddeed-ask-story = Kể lại việc tốt trong vài dòng.
gooddeed-reported = Cảm ơn bạn! Việc tốt của { $person } đã được ghi nhận (số { $id }) và chuyển đến Thư ký Hội đồng.
gooddeed-notify-secretary =
    Người tốt, việc tốt số { $id }: { $person } ({ $unit }), do { $reporter } kể:
    { $story }
gooddeed-published = Đã biểu dương việc tốt số { $id } đến mọi người.
gooddeed-announce =
    Biểu dương người tốt, việc tốt: { $person } ({ $unit })
    { $story }
btn-gooddeed-nominate = Đề nghị khen thưởng đột xuất
btn-gooddeed-publish = Biểu dương đến mọi người

session-field-title = Tên phiên xét
session-field-nominations = Các đề nghị đưa ra xét
session-field-ends = Hạn bỏ phiếu
session-ask-title = Đặt tên cho phiên xét (ví dụ: Xét khen thưởng tổng kết năm 2023).
session-ask-nominations = Chọn các đề nghị đưa ra Hội đồng xét.
session-ask-ends = Bỏ phiếu đến hết ngày nào?
session-opened = Đã mở phiên xét số { $id }. Phiếu bầu đã gửi đến { $members } thành viên Hội đồng; hạn bỏ phiếu: { $endsAt }.
btn-sessions = Các phiên xét
sessions-title = Các phiên xét
sessions-empty = Chưa có phiên xét nào.
session-line-open = Phiên { $id } — { $title } — đang bỏ phiếu đến { $endsAt }: { $voters }/{ $members } thành viên đã bỏ phiếu, { $count } đề nghị.
session-line-closed = Phiên { $id } — { $title } — đã kết thúc lúc { $closedAt }: { $voters }/{ $members } thành viên bỏ phiếu.
session-still-open = Phiên { $id } đang bỏ phiếu; kết quả chỉ có sau khi kết thúc phiên.
session-close-confirm = Kết thúc phiên { $id } ngay bây giờ? Thành viên chưa bỏ phiếu sẽ không bỏ phiếu được nữa.
btn-session-close = Kết thúc phiên { $id }
btn-session-close-ok = Kết thúc phiên
btn-session-result = Kết quả phiên { $id }
session-result-title = Kết quả phiên xét { $id }: { $title }
session-result-turnout = Có { $voters }/{ $members } thành viên Hội đồng bỏ phiếu (đủ túc số: ít nhất một nửa).
session-result-no-quorum = Chỉ { $voters }/{ $members } thành viên bỏ phiếu, không đủ túc số (ít nhất một nửa): không đề nghị nào được thông qua; các đề nghị trở lại danh sách chờ xét. Số phiếu từng đề nghị không được kiểm và không công bố, để giữ bí mật lá phiếu.
session-result-too-few = Có { $voters }/{ $members } thành viên bỏ phiếu, ít hơn { $min } phiếu: không đề nghị nào được thông qua; các đề nghị trở lại danh sách chờ xét. Số phiếu từng đề nghị không được kiểm và không công bố, vì với ít hơn { $min } phiếu có thể suy ra lá phiếu của từng người (lựa chọn của phần mềm để giữ bí mật, không phải quy định pháp luật).
session-result-line-returned = Số { $id } { $nominee } — { $award }: chưa được xét, trở lại danh sách chờ.
session-result-line-passed = ĐƯỢC THÔNG QUA — số { $id } { $nominee } — { $award }: { $approve } đồng ý, { $reject } không đồng ý, { $abstain } không biểu quyết (cần { $cmp } { $percent }% { $base }).
session-result-line-failed = KHÔNG THÔNG QUA — số { $id } { $nominee } — { $award }: { $approve } đồng ý, { $reject } không đồng ý, { $abstain } không biểu quyết (cần { $cmp } { $percent }% { $base }).
session-base-members = tổng số thành viên Hội đồng
session-base-members-unit = tổng số người của đơn vị
session-result-turnout-unit = Có { $voters }/{ $members } người của đơn vị bỏ phiếu (đủ túc số theo quy chế của Sở).
session-result-no-quorum-unit = Chỉ { $voters }/{ $members } người của đơn vị bỏ phiếu, không đủ túc số theo quy chế của Sở: chưa ai được đề nghị lên Hội đồng; đơn vị bình xét lại.
session-result-too-few-unit = Có { $voters }/{ $members } người của đơn vị bỏ phiếu, ít hơn { $min } phiếu: chưa ai được đề nghị lên Hội đồng; đơn vị bình xét lại. Số phiếu không được kiểm và không công bố, vì với ít hơn { $min } phiếu có thể suy ra lá phiếu của từng người (lựa chọn của phần mềm để giữ bí mật, không phải quy định pháp luật).
session-base-cast = số phiếu bầu
session-cmp-over = trên
session-cmp-from = từ

ballot-invitation = Phiên xét số { $id } ({ $title }) đã mở với { $count } đề nghị. Mời bạn bỏ phiếu kín trước { $endsAt }.
btn-ballot-open = Mở phiếu bầu
btn-ballot-open-id = Bỏ phiếu phiên { $id }
ballot-title = Phiếu bầu kín — phiên { $id }: { $title } (hạn { $endsAt })
ballot-line = { $item }: { $choice }
ballot-choice-approve = Đồng ý
ballot-choice-reject = Không đồng ý
ballot-choice-abstain = Không biểu quyết
ballot-choice-none = (chưa chọn)
btn-ballot-approve = Đồng ý số { $id }
btn-ballot-reject = Không đồng ý số { $id }
btn-ballot-abstain = Không biểu quyết số { $id }
ballot-hint = Chọn ý kiến cho từng đề nghị. Phiếu chỉ được bỏ khi bạn xác nhận.
ballot-hint-complete = Đã chọn đủ. Bấm «Xem lại và bỏ phiếu» để xác nhận.
btn-ballot-review = Xem lại và bỏ phiếu
ballot-review-title = Xác nhận phiếu bầu phiên { $id }
ballot-review-warning = Sau khi bỏ phiếu, bạn không sửa được nữa. Không ai, kể cả Thư ký, biết bạn đã chọn gì.
btn-ballot-cast = Bỏ phiếu (không sửa được)
btn-ballot-change = Sửa lại
ballot-cast = Đã bỏ phiếu của bạn vào phiên { $id }. Chỉ việc bạn đã bỏ phiếu được ghi lại, không ghi bạn chọn gì.
vote-none-open = Hiện không có phiên xét nào đang bỏ phiếu.
vote-all-cast = Bạn đã bỏ phiếu ở mọi phiên đang mở.
vote-choose-session = Chọn phiên xét để bỏ phiếu.

decision-field-nominations = Các đề nghị được khen thưởng
decision-field-number = Số quyết định
decision-field-date = Ngày quyết định
decision-field-signer = Người ký
decision-ask-nominations = Chọn các đề nghị đã được thông qua thuộc quyết định này.
decision-ask-number = Số quyết định (ví dụ 125/QĐ-SNV)?
decision-ask-date = Ngày ký quyết định?
decision-ask-signer = Người ký quyết định (họ tên, chức vụ)?
decision-recorded = Đã ghi quyết định số { $number } cho { $count } trường hợp.
decision-notify = Chúc mừng! Đề nghị số { $id } ({ $nominee } — { $award }) đã được khen thưởng theo Quyết định số { $number } ngày { $date }, người ký: { $signer }.
decision-announce-title = Quyết định khen thưởng số { $number } ngày { $date } ({ $signer })
decision-announce-line = { $nominee } — { $award }

error-award-unknown = Không có danh hiệu, hình thức khen thưởng «{ $award }» trong danh mục.
error-nomination-duplicate = { $award } năm { $year } đã có đề nghị cho đối tượng này (số { $id }).
error-nomination-self = Không ai tự đề nghị khen thưởng cho mình: đề nghị của bạn do người khác lập (trưởng đơn vị hoặc Thường trực Hội đồng).
error-nomination-wrong-status = Đề nghị số { $id } không ở trạng thái phù hợp cho việc này.
error-nomination-not-withdrawable = Đề nghị số { $id } đã đưa ra Hội đồng xét nên không rút được nữa.
error-session-closed = Phiên xét { $id } đã kết thúc; không bỏ phiếu được nữa.
error-session-not-member = Bạn không có tên trong danh sách bỏ phiếu của phiên xét { $id }, nên không có phiếu bầu.
error-session-already-voted = Bạn đã bỏ phiếu ở phiên xét { $id }; phiếu đã bỏ không sửa được.
error-session-empty = Chưa có đề nghị nào chờ xét (hoặc Hội đồng chưa có thành viên), nên chưa mở phiên được.
error-session-end-past = Hạn bỏ phiếu ({ $endsAt }) đã qua; chọn một ngày sau hôm nay.
error-ballot-incomplete = Hãy chọn ý kiến cho mọi đề nghị trước khi bỏ phiếu.
error-good-deed-handled = Việc tốt số { $id } đã được xử lý.
error-no-approved-nominations = Chưa có đề nghị nào được Hội đồng thông qua để ghi quyết định.
