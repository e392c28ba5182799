## Zalo: what only the Zalo platform needs (no buttons, no files, private chats only).

zalo-type-words = Type { $words }
zalo-private-only = The emulation and commendation bot works in private chats only. Please message the bot directly.
zalo-unsupported-event = The bot reads text messages and photos only. Type /help to see the commands.
zalo-file-unavailable = Zalo does not let bots send files, so { $name } cannot be sent here. Get it with this command on Slack or Telegram, or ask the council secretary to export it on the server (npm start, /export).
zalo-ask-case-identity =
    Do you want to send it with your name or anonymously?
    • Named: handled formally under the law; your identity is protected by law and known only to the case handlers.
    • Anonymous: the bot's database, logs and handlers never learn who wrote it. By law the agency may decline to formally process an anonymous denunciation, though it may still verify it.
    To be honest: Zalo knows which Zalo account sent a message and keeps the chat on Zalo's servers; the bot cannot delete messages in Zalo, so once you have copied the receipt code, delete this chat yourself. For a denunciation, Telegram is the safer channel.
zalo-case-receipt-cleared = Zalo does not let the bot delete messages. Delete this chat yourself in Zalo (press and hold a message → Delete) and keep the code somewhere safe.
zalo-form-multichoice-hint = Type an item's number to select or unselect it (several allowed), then the number of "Done". You can also type several numbers at once, e.g. 1, 3
zalo-form-summary-hint = Type 1 (or "Confirm") to save, 2 ("Edit") to change an answer, 3 ("Cancel") to cancel.
zalo-error-field-choice = Choose one of the items above for "{ $field }": type a number from 1 to { $count } or the item's name.
zalo-error-field-multichoice = Choose at least one item for "{ $field }": type numbers from 1 to { $count }, separated by commas.
zalo-ballot-hint-complete = All chosen. Type "Review and cast" (or its number) to confirm.
