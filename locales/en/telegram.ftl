## Telegram: the button that opens a private chat, the line above a message that is only buttons.

tg-open-dm = Open a private chat with the bot
tg-choose = Choose:
