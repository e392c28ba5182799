## The Slack app: modals, the App Home tab and what Slack cannot show.

slack-modal-title = Thi đua – Khen thưởng
slack-modal-next = Tiếp tục
slack-home-greeting = Xin chào { $name }
slack-home-greeting-guest = Xin chào!
slack-home-button-pledge = Đăng ký thi đua
slack-home-button-mypledges = Đăng ký của tôi
slack-home-button-review = Xác nhận đăng ký
slack-home-button-link = Liên kết tài khoản
slack-home-button-register = Khai báo cán bộ
slack-home-button-vote = Bỏ phiếu
slack-home-button-nominate = Đề nghị khen thưởng
slack-home-button-announce = Gửi thông báo
slack-home-button-cases = Xử lý đơn thư
slack-home-button-complain = Gửi khiếu nại, tố cáo, phản ánh
slack-home-button-help = Trợ giúp
slack-file-attached = Tệp đính kèm: { $name }
slack-help-hint = Trên Slack, gõ /thidua và tên lệnh (ví dụ /thidua pledge), hoặc nhắn tên lệnh cho bot trong tin nhắn riêng (ví dụ: mypledges).
