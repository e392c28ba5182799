## Lệnh vận hành: nâng cấp cơ sở dữ liệu (migrate).

migrate-none = Cơ sở dữ liệu { $database } đã cập nhật, không có thay đổi nào cần áp dụng.
migrate-pending = Có { $count } thay đổi cấu trúc sẽ được áp dụng cho { $database }:
migrate-item = - { $tag }
migrate-dry-run = Chạy thử: chưa áp dụng gì. Chạy lại không có --dry-run để áp dụng (bản sao được tạo trước nếu đã có dữ liệu).
migrate-backup = Đã sao lưu cơ sở dữ liệu trước khi nâng cấp: { $path }
migrate-applied = Đã áp dụng { $count } thay đổi cấu trúc.
migrate-failed = Nâng cấp thất bại ở { $tag } ({ $reason }); cơ sở dữ liệu được giữ nguyên như trước.
