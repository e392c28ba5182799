## Nội dung đơn khiếu nại (Điều 8 khoản 2 Luật Khiếu nại) và đơn tố cáo (Điều 23 khoản 1 Luật Tố cáo) để người
## gửi ký và nộp. Đơn luôn viết bằng tiếng Việt, vì nộp cho cơ quan Việt Nam.

letter-motto =
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
letter-title-complaint = ĐƠN KHIẾU NẠI (lần { $instance })
letter-title-denunciation = ĐƠN TỐ CÁO
letter-to = Kính gửi: ……………………………………
letter-name = Họ và tên: { $name }
letter-address = Địa chỉ: { $address }
letter-contact = Cách liên hệ: { $contact }
letter-subject-complaint = Người, cơ quan, tổ chức bị khiếu nại (tên, địa chỉ): { $subject }
letter-subject-denunciation = Người bị tố cáo: { $subject }
letter-learned-on = Ngày nhận được hoặc biết quyết định, hành vi bị khiếu nại: { $day }
letter-first-decision-on = Ngày nhận được quyết định giải quyết khiếu nại lần đầu (hoặc ngày hết thời hạn giải quyết lần đầu mà chưa được giải quyết): { $day }
letter-content-complaint = Nội dung, lý do khiếu nại:
letter-content-denunciation = Hành vi vi phạm pháp luật bị tố cáo và các thông tin có liên quan:
letter-request = Yêu cầu giải quyết:
letter-attached-second = Kèm theo đơn: quyết định giải quyết khiếu nại lần đầu và các tài liệu có liên quan (khoản 1 Điều 33 Luật Khiếu nại).
letter-pledge-complaint = Tôi xin cam đoan nội dung khiếu nại trên là đúng sự thật. Tài liệu liên quan (nếu có) gửi kèm theo đơn này.
letter-pledge-denunciation = Tôi xin cam đoan nội dung tố cáo trên là đúng sự thật và chịu trách nhiệm trước pháp luật về nội dung tố cáo của mình.
letter-place-date = ……, ngày { $day } tháng { $month } năm { $year }
letter-signature-complaint = NGƯỜI KHIẾU NẠI (ký, ghi rõ họ tên hoặc điểm chỉ)
letter-signature-denunciation = NGƯỜI TỐ CÁO (ký, ghi rõ họ tên hoặc điểm chỉ)
letter-signature-name = { $name }
letter-withdraw-title-complaint = ĐƠN XIN RÚT KHIẾU NẠI
letter-withdraw-title-denunciation = ĐƠN RÚT TỐ CÁO
letter-withdraw-body-complaint = Tôi xin rút toàn bộ nội dung khiếu nại tại đơn khiếu nại ngày { $day } đối với { $subject }.
letter-withdraw-body-denunciation = Tôi xin rút toàn bộ nội dung tố cáo tại đơn tố cáo ngày { $day } đối với { $subject }.
