## Campaign announcements, schedules and delivery reports.

cmd-announce-description = Send an announcement (now or on a schedule)
cmd-schedules-description = Announcement schedules: pause, resume, edit, delete
cmd-report-description = Delivery report: received, failed, acknowledged
cmd-announcements-description = Announcements sent, with their numbers for /report
cmd-news-description = Announcements sent to me
cmd-registerchat-description = Register this group for announcements

field-announce-text = Text
field-announce-audience = Send to
field-announce-units = Units
field-announce-roles = Roles
field-announce-when = When
field-announce-date = Date
field-announce-weekday = Day of the week
field-announce-day = Day of the month
field-announce-time = Time

ask-announce-text = Write the announcement (at most 3,000 characters):
ask-announce-audience = Who should get it?
ask-announce-units = Choose the units:
ask-announce-roles = Choose the roles:
ask-announce-when = When should it go out?
ask-announce-date = On which date? (day/month/year)
ask-announce-weekday = On which day each week?
ask-announce-day = On which day each month? (1–31; shorter months use their last day)
ask-announce-time = At what time? (hours:minutes, e.g. 08:00)

announce-audience-everyone = All staff
announce-audience-units = Some units
announce-audience-roles = Some roles
announce-audience-notpledged = People who have not pledged
announce-audience-chats = Registered groups and channels
announce-when-now = Now
announce-when-once = Once, at a set date and time
announce-when-daily = Every day
announce-when-weekly = Every week
announce-when-monthly = Every month
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

repeat-once = once at { $time } on { $date }
repeat-daily = every day at { $time }
repeat-weekly = every { $weekday } at { $time }
repeat-monthly = on day { $day } of every month at { $time }

announce-preview-title = Recipients will see:
announce-heading = Announcement from the Department's leadership
announce-from = From: { $name } ({ $role }), at { $at }
announce-from-plain = From: { $name }, at { $at }
announce-from-when-sent = From: { $name } ({ $role }), at the scheduled time
announce-from-plain-when-sent = From: { $name }, at the scheduled time
announce-reminder = Reminder: you have not yet acknowledged announcement no. { $id } below.
announce-ack-button = Acknowledged
announce-acknowledged-at = ✓ Acknowledged at { $at }. Thank you.
announce-acknowledged-already = You already acknowledged announcement no. { $id } at { $at }; no need to do it again.
announce-sent =
    Sending to { $count ->
        [one] { $count } recipient
       *[other] { $count } recipients
    }. The report shows who received and acknowledged it.
announce-scheduled = Schedule { $id } set: it goes out { $when }.
btn-announce-report = See the report
btn-schedules = See schedules

schedules-empty = No schedules.
schedules-title =
    { $count ->
        [one] { $count } schedule
       *[other] { $count } schedules
    }
schedules-line = No. { $id }: { $when } — { $status } — { $preview }
schedule-status-active = running
schedule-status-waiting = waiting to be sent
schedule-status-paused = paused
schedule-status-cancelled = deleted
schedule-status-done = done
btn-schedule-pause = Pause no. { $id }
btn-schedule-resume = Resume no. { $id }
btn-schedule-edit = Edit no. { $id }
schedule-edited = Schedule { $id } changed: it goes out { $when }. Slots before now are not sent.
schedule-sent-now = The announcement of schedule { $id } was sent now, and the schedule ended.
btn-schedule-cancel = Delete schedule no. { $id }
schedule-paused = Schedule { $id } paused.
schedule-resumed = Schedule { $id } resumed (what fell due while paused is not sent).
schedule-cancelled = Schedule { $id } deleted; that announcement will not be sent any more.
schedule-remove-confirm = Delete schedule no. { $id } ({ $when })? The announcement will not be sent any more; this cannot be undone.
btn-schedule-remove-yes = Delete schedule no. { $id }
btn-schedule-keep = Keep it
schedule-missed = Schedule { $id } ({ $when }) missed its { $slot } slot because the bot was down too long; it was not sent. Send it again with /announce if needed.
schedule-sent =
    Schedule no. { $id } went out at { $slot } to { $count ->
        [one] { $count } recipient
       *[other] { $count } recipients
    }. See who received and acknowledged it: /report { $report }.

report-usage = Type /report and the announcement number, e.g. /report 3. The numbers of the announcements sent: /announcements.
report-title = Report on announcement { $id }: "{ $preview }"
announcements-empty = No announcement has been sent yet.
announcements-title = The { $count } latest announcements sent (newest first):
announcements-line = No. { $id }, sent at { $at } by { $author }: "{ $preview }" — { $sent }/{ $total } received, { $acknowledged } acknowledged
btn-announcements-report = Report no. { $id }
report-run =
    Run of { $slot }: { $total ->
        [one] { $total } person
       *[other] { $total } people
    } — delivered { $sent }, sending { $pending }, not reached { $failed }, acknowledged { $acknowledged }. Possible duplicates: { $duplicates }.
report-run-missed = The run of { $slot } was missed (the bot was down too long) and not sent.
report-no-runs = Announcement { $id } has not gone out yet.
report-failure = { $reason }: { $count }
report-reason-blocked = Blocked the bot
report-unit =
    { $unit }: { $total ->
        [one] { $total } person
       *[other] { $total } people
    } — delivered { $sent }, sending { $pending }, not reached { $failed }, acknowledged { $acknowledged }
report-unit-chats = Groups and channels
btn-remind-unacknowledged = Remind those who have not acknowledged
report-reminded =
    { $count ->
        [one] A reminder is on its way to the 1 person
       *[other] A reminder is on its way to the { $count } people
    } who have not acknowledged it. Follow it with /report { $id }.

registerchat-not-group = Use this command in the group or channel that should receive announcements.
registerchat-done = The group "{ $title }" will receive announcements sent to "registered groups and channels".

error-announcement-too-long =
    The announcement is longer than { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
error-audience-empty = Nobody is in the chosen audience (or nobody there has linked a chat account yet).
error-schedule-in-past = That time has passed. Please choose a time in the future.
