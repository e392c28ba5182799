## Lệnh dòng lệnh cho người vận hành: nhập danh sách cán bộ.

roster-line = Dòng { $line }:
roster-rejected = Không nhập tệp { $file }: có { $count } lỗi. Chưa có gì được lưu; sửa các dòng dưới đây rồi nhập lại.
roster-unreadable = Không đọc được tệp { $file }: { $reason }
roster-imported = Đã nhập danh sách: { $created } người mới, { $updated } người cập nhật, { $unchanged } người không đổi, { $unitsCreated } đơn vị mới.
roster-dry-run = Chạy thử (không lưu): sẽ có { $created } người mới, { $updated } người cập nhật, { $unchanged } người không đổi, { $unitsCreated } đơn vị mới.
roster-missing-column = thiếu cột «{ $column }».
roster-unknown-column = cột «{ $column }» không dùng được; các cột hợp lệ: { $columns }.
roster-empty = cột «{ $column }» đang trống.
roster-too-long = cột «{ $column }» dài quá { $max } ký tự.
roster-bad-role = vai trò «{ $value }» không có; dùng: { $roles } (cách nhau bởi dấu ;).
roster-bad-telegram = telegram_user_id «{ $value }» phải là dãy số.
roster-bad-slack = slack_user_id «{ $value }» không đúng dạng (ví dụ U012ABCDEF).
roster-bad-zalo = zalo_user_id «{ $value }» không đúng dạng (chữ và số, như bot Zalo đã thấy).
roster-bad-email = email «{ $value }» không hợp lệ.
roster-bad-language = ngôn ngữ «{ $value }» không có; dùng: { $languages }.
roster-duplicate = { $column } «{ $value }» trùng với dòng { $first }.
roster-conflict = các mã tài khoản/email trong dòng này thuộc về những người khác nhau đã có: { $names }.
roster-bad-date = { $column } «{ $value }» không phải là ngày hợp lệ (ghi như 12/03/1985).
db-in-use = Lệnh không chạy vì cơ sở dữ liệu đang được dùng: { $reason }
