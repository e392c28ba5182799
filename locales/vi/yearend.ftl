## Tổng kết năm: tự đánh giá, xếp loại chất lượng, tiến độ theo đơn vị

cmd-selfassess-description = Tự đánh giá kết quả thực hiện đăng ký thi đua
cmd-assessitem-description = Đánh giá một nội dung cam kết
cmd-achievements-description = Ghi thành tích chủ yếu trong năm
cmd-rate-description = Xếp loại chất lượng cán bộ trong đơn vị (trưởng đơn vị)
cmd-evaluation-description = Mở kỳ tự đánh giá của một phong trào
cmd-yearprogress-description = Tiến độ tổng kết năm theo từng đơn vị

error-evaluation-closed = Kỳ tự đánh giá của phong trào này chưa mở hoặc đã kết thúc.
error-evaluation-dates = Ngày kết thúc kỳ đánh giá phải sau ngày bắt đầu và chưa qua.
error-rating-outside-unit = Bạn chỉ xếp loại được người trong đơn vị mình; { $name } thuộc đơn vị khác.

evaluation-window-notice = Đã mở kỳ tự đánh giá phong trào «{ $campaign }» từ { $opensOn } đến hết { $closesAt }. Hãy tự đánh giá từng nội dung đã đăng ký và ghi thành tích chủ yếu.
evaluation-window-set = Đã đặt kỳ tự đánh giá «{ $campaign }» đến hết { $closesAt }; đã báo cho { $told } người có đăng ký.
btn-selfassess = Tự đánh giá
selfassess-reminder = Nhắc: bạn chưa tự đánh giá xong đăng ký thi đua «{ $campaign }». Hạn: { $closesAt }.
rating-reminder = Nhắc: đơn vị còn { $count } người chưa được xếp loại chất lượng năm { $year }. Gõ /xeploai để xếp loại.

selfassess-none = Hiện không có kỳ tự đánh giá nào đang mở cho đăng ký của bạn.
selfassess-choose = Chọn đăng ký muốn tự đánh giá:
btn-selfassess-campaign = { $campaign }
selfassess-title = Tự đánh giá: { $campaign } (hạn { $closesAt })
selfassess-item = { $n }. { $commitment } — { $result }; ghi chú: { $note }
selfassess-achievements = Thành tích chủ yếu: { $achievements }
selfassess-complete = Đã đánh giá đủ các nội dung. Bạn vẫn sửa được đến khi hết hạn.
selfassess-incomplete = Còn nội dung chưa đánh giá: bấm từng mục để đánh giá.
btn-assess-item = Đánh giá mục { $n }
btn-assess-achievements = Thành tích chủ yếu
assessment-achieved = Đạt
assessment-partly = Đạt một phần
assessment-not_achieved = Chưa đạt
assessment-none = chưa đánh giá
field-assessment-result = Kết quả
ask-assessment-result = Nội dung này bạn thực hiện được đến đâu?
field-assessment-note = Ghi chú
ask-assessment-note = Ghi chú ngắn (không bắt buộc):
field-achievements = Thành tích chủ yếu
ask-achievements = Ghi các thành tích chủ yếu trong năm (sáng kiến, kết quả công việc nổi bật…):

grade-excellent = Hoàn thành xuất sắc nhiệm vụ
grade-good = Hoàn thành tốt nhiệm vụ
grade-completed = Hoàn thành nhiệm vụ
grade-not_completed = Không hoàn thành nhiệm vụ
grade-none = chưa xếp loại
rating-list-title = Xếp loại chất lượng năm { $year }
rating-list-line = { $name }: { $grade }
btn-rate = Xếp loại
field-rating-person = Người được xếp loại
ask-rating-person = Xếp loại ai?
field-rating-year = Năm
ask-rating-year = Xếp loại cho năm nào?
field-rating-grade = Mức xếp loại
ask-rating-grade = Mức xếp loại chất lượng:
rating-saved = Đã ghi: { $name } — { $grade } (năm { $year }).

field-evaluation-campaign = Phong trào
ask-evaluation-campaign = Mở kỳ tự đánh giá cho phong trào nào?
field-evaluation-opens = Ngày bắt đầu
ask-evaluation-opens = Ngày bắt đầu tự đánh giá (dd/mm/yyyy):
field-evaluation-closes = Ngày kết thúc
ask-evaluation-closes = Ngày kết thúc tự đánh giá (dd/mm/yyyy):

yearprogress-title = Tổng kết năm { $year }: { $campaign }
yearprogress-unit = { $unit }: { $pledged }/{ $members } đăng ký, { $assessed }/{ $pledged } tự đánh giá, { $rated }/{ $members } đã xếp loại, { $reviewed }, { $proposed } người được đề nghị lên Hội đồng
yearprogress-reviewed = đã bình xét
yearprogress-not-reviewed = chưa bình xét
btn-yearprogress-remind = Nhắc người và đơn vị còn chậm
yearprogress-reminded = Đã nhắc { $people } người chưa tự đánh giá và { $heads } trưởng đơn vị chưa xếp loại xong.

ratings-missing-column = thiếu cột «{ $column }»
ratings-bad-grade = mức xếp loại «{ $value }» không hợp lệ (ví dụ: Hoàn thành tốt nhiệm vụ)
ratings-bad-year = năm «{ $value }» không hợp lệ
ratings-unknown-unit = không có đơn vị «{ $unit }»
ratings-missing-name = thiếu họ tên
ratings-unknown-person = không tìm thấy «{ $name }» trong danh sách cán bộ
ratings-ambiguous-person = có nhiều người tên «{ $name }»: ghi thêm cột đơn vị
ratings-duplicate = «{ $name }» năm { $year } đã có ở dòng { $other }
ratings-rejected = Không nhập tệp { $file }: { $count } dòng có lỗi. Sửa rồi nhập lại; chưa có gì được lưu.
ratings-imported = Đã nhập xếp loại: { $created } mới, { $updated } thay đổi, { $unchanged } giữ nguyên.

cmd-unitreview-description = Bình xét thi đua của đơn vị (bỏ phiếu kín)
cmd-unitreviewopen-description = Mở cuộc bình xét của đơn vị
unitreview-title = Bình xét cuối năm của đơn vị: { $campaign }
unitreview-member = { $name }: đăng ký { $pledge }; { $assessed }; xếp loại: { $grade }; đủ điều kiện đề nghị: { $eligible }
unitreview-assessed = đã tự đánh giá
unitreview-not-assessed = chưa tự đánh giá
btn-unitreview-open = Mở bình xét (bỏ phiếu kín)
unitreview-candidate = { $name } — { $award }
unitreview-no-achievements = Đơn vị bình xét, đề nghị.
unitreview-session-title = Bình xét của đơn vị: { $campaign }
unitreview-opened = Đã mở cuộc bình xét số { $id } với { $count } đề nghị; phiếu bầu kín đã gửi đến { $members } người của đơn vị. Kết thúc lúc { $endsAt }.
field-unitreview-candidates = Người và danh hiệu đưa ra bình xét
ask-unitreview-candidates = Chọn những người và danh hiệu đưa ra bình xét (chỉ gồm những trường hợp đủ điều kiện):
field-unitreview-closes = Ngày kết thúc bỏ phiếu
ask-unitreview-closes = Bỏ phiếu đến hết ngày nào (dd/mm/yyyy)?
unit-review-invitation = Đơn vị mở cuộc bình xét số { $id } ({ $title }) với { $count } đề nghị. Mời bạn bỏ phiếu kín trước { $endsAt }.
nomination-status-unit_review = Đang bình xét tại đơn vị
