## Reaching people: who cannot be reached, /news, the platform announcements arrive on, stale notices.

report-reason-no-account = No messaging account linked
report-reason-platform-error = The platform reported an error
report-reason-platform-error-codes = The platform reported an error ({ $codes })
reach-unreachable-title =
    { $count ->
        [one] { $count } person cannot
       *[other] { $count } people cannot
    } be reached by the bot; please tell them in person:
reach-unreachable-person = { $name } ({ $unit }): { $reason }
reach-unreachable-more = … and { $count } more.

news-empty = No announcements have been sent to you yet.
news-title = The { $count } latest announcements sent to you (newest first):
news-item-waiting = No. { $id }, sent { $sent } — not acknowledged yet.
news-item-acknowledged = No. { $id }, sent { $sent } — acknowledged { $at }.
news-ack-button = Acknowledged (no. { $id })

pledge-notify-withdrawn = { $name } ({ $unit }) withdrew emulation pledge no. { $id }. The earlier request to confirm it no longer stands; nothing is needed from you.

cmd-reach-description = Choose where announcements reach you (Zalo, Telegram, Slack or the terminal)
field-reach-platform = Announcements on
ask-reach-platform = Where should leadership's announcements reach you? Each one arrives once.
reach-auto = Where I last wrote to the bot
reach-platform-zalo = Zalo
reach-platform-telegram = Telegram
reach-platform-slack = Slack
reach-platform-console = The terminal
reach-changed = Announcements now reach you on { $platform }; if a send fails there, the bot uses your other account.
reach-changed-auto = Announcements now reach you where you last wrote to the bot.
reach-no-account = You have no { $platform } account linked. Use /link to link one.
pledge-notify-settled-confirmed = Emulation pledge no. { $id } was confirmed by { $reviewer }; nothing is needed from you.
pledge-notify-settled-returned = Emulation pledge no. { $id } was returned for changes by { $reviewer }; nothing is needed from you.
