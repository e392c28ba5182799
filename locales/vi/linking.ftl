## Linking one person's accounts on Telegram, Slack and the console.

cmd-link-description = Liên kết tài khoản Telegram, Slack và Zalo của bạn bằng mã dùng một lần
link-code-issued = Mã liên kết của bạn: { $code }. Trong vòng { $minutes } phút (đến { $expiresAt }), mở bot trên nền tảng kia và gõ: /link { $code } (trên Slack: /thidua link { $code }). Mã chỉ dùng được một lần; đừng chia sẻ cho ai.
link-done = Đã liên kết tài khoản { $platform } này với { $name }.
error-link-code-invalid = Mã liên kết không đúng hoặc đã được dùng. Hãy gõ /link trên nền tảng kia để lấy mã mới.
error-link-code-expired = Mã liên kết đã hết hạn. Hãy gõ /link trên nền tảng kia để lấy mã mới.
error-link-same-platform = Mã này được tạo trên chính nền tảng này. Hãy gõ nó trên nền tảng còn lại.
error-link-account-taken = Tài khoản này đang gắn với một người khác. Hãy nhờ quản trị viên gỡ liên kết trước.
