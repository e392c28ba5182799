## Reaching people: who cannot be reached, /news, the platform announcements arrive on, stale notices.

report-reason-no-account = Never wrote to the bot
report-reason-platform-off = Accounts only where the bot does not run
reach-why-no-account = Has not written to the bot on { $platforms }
reach-why-platform-off =
    { $count ->
        [1] Only has a { $platforms } account, and the bot does not run on { $platforms }
       *[other] Only has accounts on { $platforms }, where the bot does not run
    }
reach-why-blocked = The bot's messages are refused on { $platforms } (the person blocked the bot, or never wrote to it there)
platform-name-telegram = Telegram
platform-name-slack = Slack
platform-name-zalo = Zalo
platform-name-console = the terminal chat
reach-export-sheet = Not reached
reach-export-name = Full name
reach-export-unit = Unit
reach-export-reason = Why
btn-report-unreachable = Export who was not reached (Excel)
report-unreachable-ready =
    { $count ->
        [one] The { $count } person
       *[other] The { $count } people
    } announcement { $id } did not reach, as an Excel file:
report-unreachable-none = The latest run of announcement { $id } reached everyone.
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
