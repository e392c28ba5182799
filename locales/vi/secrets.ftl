error-link-code-locked = Bạn đã nhập sai mã liên kết quá nhiều lần trong một giờ. Hãy thử lại sau.
backup-done = Đã sao lưu vào { $path }: { $tables } bảng, { $rows } dòng, đã kiểm tra toàn vẹn.
backup-keys-note = Bản sao lưu không chứa các khoá (BALLOT_KEY, CASE_SEAL_KEY): hãy cất giữ khoá riêng; mất khoá là mất những gì khoá niêm phong.
backup-failed = Không sao lưu hoặc khôi phục được: { $reason }
restore-done = Đã khôi phục { $path }: { $tables } bảng, { $rows } dòng.
restore-kept-aside = Cơ sở dữ liệu trước đó được giữ lại tại { $path }.
restore-in-use = Không khôi phục khi bot đang chạy: { $reason }
restore-key-differs = Lưu ý: bản sao lưu này được tạo với một BALLOT_KEY khác khoá hiện tại. Nếu còn phiên bỏ phiếu đang mở, hãy khởi động bot với đúng khoá cũ; nếu không, bot sẽ nhận khoá hiện tại.
