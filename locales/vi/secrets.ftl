error-link-code-locked = Bạn đã nhập sai mã liên kết quá nhiều lần trong một giờ. Hãy thử lại sau.
