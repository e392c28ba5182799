## What awaits a person (the Slack App Home and other summaries).

agenda-pledges-to-confirm = Đăng ký thi đua chờ bạn xác nhận ({ $count })
agenda-nothing-to-confirm = Không có đăng ký nào chờ bạn xác nhận.
agenda-my-pledges = Đăng ký thi đua của tôi
agenda-no-pledges = Bạn chưa có đăng ký thi đua nào.
btn-review-pledge = Xem và xác nhận số { $id }

agenda-ballots = Phiếu bầu chờ bạn: { $count }
agenda-ballot-line = Phiên { $id }: { $title } — hạn { $endsAt }
agenda-no-ballots = Không có phiên xét nào chờ bạn bỏ phiếu.
btn-agenda-vote = Bỏ phiếu phiên { $id }
agenda-cases = Đơn thư đang mở: { $count }
agenda-case-line = { $number } — { $kind } — hạn { $deadline }
agenda-no-cases = Không có đơn nào đang mở.
