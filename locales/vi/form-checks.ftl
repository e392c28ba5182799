## Các quy tắc mà từng mục của biểu mẫu tự kiểm tra ngay khi được trả lời.

check-campaign-ends = «{ $field }» phải từ ngày bắt đầu ({ $starts }) trở đi.
check-campaign-deadline-period = «{ $field }» phải nằm trong thời gian phong trào, từ { $starts } đến { $ends }.
check-campaign-deadline-past = «{ $field }» đã qua (hôm nay là { $today }). Chọn một ngày từ hôm nay trở đi.
check-announce-date-past = «{ $field }» đã qua (hôm nay là { $today }). Chọn một ngày từ hôm nay trở đi.
check-announce-time-past = Giờ { $time } hôm nay đã qua. Chọn một giờ muộn hơn, hoặc một ngày khác.
check-announce-time-format = «{ $typed }» không phải giờ hợp lệ. Gõ giờ:phút từ 00:00 đến 23:59, ví dụ 08:30.
check-decision-date-future = «{ $field }» là ngày sau hôm nay ({ $today }): quyết định chỉ được ghi sau khi đã ký. Gõ ngày ký thực tế.
check-decision-signer-date = «{ $field }» là họ tên và chức vụ người ký, không phải một ngày. Ví dụ: Nguyễn Văn A, Giám đốc Sở.
check-nominee-outside-unit = Bạn chỉ đề nghị được cho người và tập thể trong đơn vị của mình; { $name } thuộc đơn vị khác.
check-nominee-self = Không ai tự đề nghị khen thưởng cho mình ({ $name }): đề nghị của bạn do người khác lập (trưởng đơn vị hoặc Thường trực Hội đồng).
