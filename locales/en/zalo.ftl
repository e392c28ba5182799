## Zalo: what only the Zalo platform needs (no buttons, no files, private chats only).

zalo-private-only = The emulation and commendation bot works in private chats only. Please message the bot directly.
zalo-unsupported-event = The bot reads text messages and photos only. Type /help to see the commands.
zalo-file-unavailable = Zalo does not let bots send files, so { $name } cannot be sent here. Get it with this command on Slack or Telegram, or ask the council secretary to export it on the server (npm start, /export).
zalo-ask-case-identity =
    Send it named or anonymously?
    • Named: the bot prepares a letter for you to sign and hand in; it is handled under the law only once the agency receives your signed letter. In the bot, only case handlers see your name.
    • Anonymous: the bot and the case handlers do not know who you are; the bot's database and logs keep nothing about you. An anonymous denunciation is not a denunciation under the law: under Article 25 of the Law on Denunciations it is information with denunciation content, checked only if it clearly names a wrongdoer with concrete documents or evidence, and no statutory deadline applies.
    Note: Zalo knows which Zalo account sent a message and keeps the chat on Zalo's servers; the bot cannot delete messages in Zalo, so once you have copied the receipt code, delete this chat yourself. For anonymous information, Telegram is safer.
zalo-case-receipt-cleared = Zalo does not let the bot delete messages. Delete this chat yourself in Zalo (press and hold a message → Delete) and keep the code somewhere safe.
