## Zalo: what only the Zalo platform needs (no buttons, no files, private chats only).

zalo-private-only = The emulation and commendation bot works in private chats only. Please message the bot directly.
zalo-unsupported-event = The bot reads text messages and photos only. Type /help to see the commands.
zalo-file-unavailable = Zalo does not let bots send files, so { $name } cannot be sent here. You can get it with the same command on Telegram or Slack, or ask your agency's IT officer to send it to you.
zalo-ask-case-identity =
    Send it named or anonymously?
    • Named: the bot prepares a letter for you to sign and hand in; it is handled under the law only once the agency receives your signed letter. In the bot, only case handlers see your name.
    • Anonymous: the bot and the case handlers do not know who you are; the bot's database and logs keep nothing about you. An anonymous denunciation is not a denunciation under the law: under Article 25 of the Law on Denunciations it is information with denunciation content, checked only if it clearly names a wrongdoer with concrete documents or evidence, and no statutory deadline applies.
    Note: Zalo knows which Zalo account sent a message and keeps the chat on Zalo's servers; the bot cannot delete messages in Zalo, so once you have copied the receipt code, delete this chat yourself. For anonymous information, Telegram is safer.
zalo-case-receipt-cleared = Zalo does not let the bot delete messages. Delete this chat yourself in Zalo (press and hold a message → Delete) and keep the code somewhere safe.
zalo-files-elsewhere = Zalo does not let bots send files, so these cannot be had here. You can get them with the same command on Telegram or Slack, or ask your agency's IT officer to send them to you:
zalo-files-by-link =
    On Zalo, a file comes as a link that works once, for { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }.
zalo-file-link =
    Download "{ $name }": { $url }
    (it works once, until { $until }; do not pass this link on)
zalo-file-confidential = While you deal with a complaint, the bot sends no download link, so that nothing ties you to a file request: { $name } is not sent; its text is above.
zalo-documents-menu = Choose a document to draft (a Word file):
zalo-files-text-above = Zalo does not let bots send Word files: copy the letter's text above to print and sign it.
