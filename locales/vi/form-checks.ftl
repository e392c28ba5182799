## Các quy tắc mà từng mục của biểu mẫu tự kiểm tra ngay khi được trả lời.

check-campaign-ends = «{ $field }» phải từ ngày bắt đầu ({ $starts }) trở đi.
check-campaign-deadline-period = «{ $field }» phải nằm trong thời gian phong trào, từ { $starts } đến { $ends }.
check-campaign-deadline-past = «{ $field }» đã qua (hôm nay là { $today }). Chọn một ngày từ hôm nay trở đi.
check-announce-date-past = «{ $field }» đã qua (hôm nay là { $today }). Chọn một ngày từ hôm nay trở đi.
check-announce-time-past = Giờ { $time } hôm nay đã qua. Chọn một giờ muộn hơn, hoặc một ngày khác.
check-nominee-outside-unit = Bạn chỉ đề nghị được cho người và tập thể trong đơn vị của mình; { $name } thuộc đơn vị khác.
check-nominee-self = Không ai tự đề nghị khen thưởng cho mình ({ $name }): đề nghị của bạn do người khác lập (trưởng đơn vị hoặc Thường trực Hội đồng).
