## Trang mở ra từ đường liên kết tải tệp dùng một lần (người dùng Zalo nhận tệp theo cách này).

file-link-page-title = Tải tệp từ bot Thi đua – Khen thưởng
file-link-page-file = Tệp «{ $name }» ({ $size }).
file-link-page-once = Đường liên kết này chỉ tải được một lần, đến { $until }. Nếu tải không thành, hãy nhắn lại cho bot để lấy đường liên kết mới.
file-link-page-button = Tải về
file-link-gone = Đường liên kết này đã được dùng hoặc đã hết hạn. Hãy nhắn lại cho bot để lấy tệp.
file-link-unknown = Không có tệp nào ở địa chỉ này.
