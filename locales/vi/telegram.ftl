## Telegram: nút mở tin nhắn riêng, lời nhắc khi tin nhắn chỉ có nút.

tg-open-dm = Mở tin nhắn riêng với bot
tg-choose = Chọn:
