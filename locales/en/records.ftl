# The record of achievements: importing past decisions, reading, correcting, statistics; rules looking back.

## Importing a file of award decisions (npm run cli -- import-awards, or a file sent to the bot)
awards-rejected =
    { $file } was not imported: { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }. Nothing was saved; fix the lines below and import again.
awards-imported = Record of achievements imported: { $created } new entries, { $updated } updated, { $unchanged } unchanged; ratings: { $ratingsCreated } new, { $ratingsUpdated } changed, { $ratingsUnchanged } unchanged.
awards-dry-run = Dry run (nothing saved): { $created } new entries, { $updated } updated, { $unchanged } unchanged; ratings: { $ratingsCreated } new, { $ratingsUpdated } changed, { $ratingsUnchanged } unchanged.
awards-missing-column = the column "{ $column }" is missing (Vietnamese headers work too: Họ tên, Đơn vị, Năm, Danh hiệu/Hình thức, Số quyết định, Ngày quyết định, Cơ quan ban hành).
awards-unknown-column = the column "{ $column }" is not one the import reads; valid columns: { $columns } (or their Vietnamese headers).
awards-empty = the column "{ $column }" is empty.
awards-too-long =
    the column "{ $column }" is longer than { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
awards-unknown-unit = there is no unit "{ $unit }" in the roster (nearest: { $suggestion }).
awards-unknown-person = nobody called "{ $name }" in { $unit }; import them with import-staff first.
awards-person-elsewhere = nobody called "{ $name }" in { $unit }; people of that name are in: { $units }. Give the person's current unit.
awards-bad-year = the year "{ $value }" is not valid (1945 to { $max }).
awards-unknown-award = the title or form "{ $value }" is not one the bot knows (nearest: { $suggestion }).
awards-award-for-people = "{ $award }" is given to individuals, but this line has no name (a line without a name is the collective's).
awards-award-for-units = "{ $award }" is given to collectives; leave the name empty when it is the unit's own award.
awards-rating-for-unit = "{ $value }" is a person's annual quality rating, but this line has no name.
awards-bad-date = the decision date "{ $value }" is not a date (for example 15/12/2024).
awards-date-future = the decision date { $date } has not come yet.
awards-date-before-year = the decision date { $date } is before the year { $year } it rewards.
awards-duplicate = the same as line { $first }.
awards-conflict-bot = the bot recorded this decision itself (entry #{ $id }: no. { $number } of { $date }) differently from the file; fix the file, or correct that entry with /suahoso { $id }.
awards-conflict-rating = for { $year } the unit head rated "{ $grade }" in the bot, which differs from the file; a file does not overwrite it.

## Errors
error-record-not-valid = Entry #{ $id } of the record was annulled or removed, so it can no longer be corrected.
error-record-entry-unknown = There is no entry "{ $value }" in the record of achievements. Type /correctrecord and the entry's number, for example /correctrecord 12; the number shows after "entry #" when the secretary reads /record.
error-record-duplicate = Corrected, this entry would be the same as entry #{ $id } already in the record.
error-file-unreachable = The file could not be fetched from { $platform }. Please send it again.
error-import-not-pending = This file was already imported, dropped, or replaced by a later one; nothing awaits confirmation.

## Rules looking back over earlier years (reading the record of achievements)
lookback-summary =
    { $required } is needed in { $years ->
        [one] the year
       *[other] each of the { $years } years
    } before { $year } ({ $span }). { $foundCount ->
        [0] The record of achievements has none of them.
       *[other] The record of achievements has: { $found }.
    }{ $missingCount ->
        [0] {""}
       *[other] {" "}Missing: { $missing }. If those years were decided, the secretary enters them in the record (a file sent to the bot, or import-awards).
    }
lookback-found-year = { $year } (decision no. { $number } of { $date })
lookback-found-year-undated = { $year } (decision no. { $number })

## /record
cmd-record-description = Record of achievements: titles and forms over the years (your own, your unit's, or filtered by title and years)
cmd-correctrecord-description = Correct an entry of the record of achievements (with a reason, kept in the audit log)
record-title-person = Record of achievements — { $name } ({ $unit })
record-title-unit = Record of achievements of the collective { $unit }
record-title-members = The unit's people with awards ({ $count })
record-members-empty = None of the unit's people has an award in the record yet.
record-title-search =
    { $awards }{ $span }: { $count ->
        [one] { $count } person or collective
       *[other] { $count } people and collectives
    }
record-span = , { $from }–{ $to }
record-search-every-year =
    { $count ->
        [one] { $count } person or collective holds
       *[other] { $count } people and collectives hold
    } it in all { $years ->
        [one] { $years } year
       *[other] { $years } years
    }.
record-search-line = { $name } ({ $unit }): { $awards }
record-search-empty = Nobody in the record matches the filter.
record-line = { $year } — { $award } ({ $level }) — decision no. { $number }{ $date }{ $issuer }{ $state }{ $ref }
record-date = {" "}of { $date }
record-issuer = , { $issuer }
record-state-annulled = {" "}— ANNULLED: { $note }
record-state-removed = {" "}— removed from the record: { $note }
record-ref = {" "}[entry #{ $id }]
record-level-so = department level
record-level-province = provincial level
record-level-central = central level
record-status-valid = Valid
record-status-annulled = Annulled
record-status-removed = Removed
record-empty = { $filtered ->
        [yes] The record has no title or form matching the filter.
       *[no] The record has no title or form yet.
    }
record-ratings = Annual quality ratings: { $ratings }
record-rating = { $year }: { $grade }
record-member-line = { $name }: { $awards }
record-award-years = { $award } { $years }
record-more = … and { $count } more (in the Excel file).
record-ask-excel =
    The list has { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }: add "excel" to the command for the whole file (it takes a few seconds).
record-hint-staff = Download the record as Excel: press the button below, or type /record excel. One title or some years only: /record LĐTT 2020-2026.
record-hint-head = Your unit's record: /record unit. Someone in your unit: /record <full name>. Add "excel" for the file.
record-hint-reader = Someone's record: /record <full name>; a unit's: /record unit <unit name>; who held a title over the years: /record LĐTT 2020-2026. Add "excel" for the file.
record-hint-secretary = Someone's record: /record <full name>; a unit's: /record unit <unit name>; who held a title over the years: /record LĐTT 2020-2026. Correct an entry: /correctrecord <entry number>. Import past decisions: send an Excel or CSV file here.
btn-record-excel = Download as Excel
record-sheet-name = Record of achievements
record-col-name = Full name
record-col-unit = Unit
record-col-year = Year
record-col-award = Award
record-col-decision-no = Decision no
record-col-decision-date = Decision date
record-col-issuer = Issuer
record-col-level = Level
record-col-status = Status
record-col-id = Entry

## /correctrecord

record-field-field = What to correct
record-ask-field = Correct what?
record-correct-year = Year
record-correct-award = Title or form
record-correct-decision_no = Decision number
record-correct-decision_date = Decision date
record-correct-issuer = Issuer
record-correct-remove = Remove this entry from the record (entered in error)
record-field-value = New value
record-ask-value = New value? (year: 2024; date: 15/12/2024; award: its name or short form such as LĐTT)
record-field-reason = Reason
record-ask-reason = Reason for the correction (kept in the audit log and told to the record's holder)?
record-field-year = Year
record-field-decision_no = Decision number
record-field-decision_date = Decision date
record-field-issuer = Issuer
record-corrected = Entry #{ $id } of the record of achievements corrected:
record-removed = Entry #{ $id } removed from the record of achievements:
record-corrected-notice = The council's secretary corrected your record of achievements: { $entry }. Reason: { $reason }

## /stats
cmd-stats-description = Statistics of titles and forms over the years, per unit and per level (chart, Excel)
stats-field-years =
    The years (for example 2020-2026, at most { $max ->
        [one] { $max } year
       *[other] { $max } years
    }, none after this one)
stats-title = Commendation statistics { $from }–{ $to }
stats-empty = The record of achievements has no title or form in { $from }–{ $to }. Import past decisions by sending a file to the bot, or with import-awards.
stats-summary =
    From { $from } to { $to }: { $total ->
        [one] { $total } title or form
       *[other] { $total } titles and forms
    }, in { $units ->
        [one] { $units } unit
       *[other] { $units } units
    }.
stats-by-year = By year
stats-year-line = { $year }: { $total } — { $awards }
stats-by-level = By level
stats-level-line = { $level }: { $count }
stats-by-unit = By unit
stats-unit-line = { $unit }: { $total } — { $awards }
stats-award-count = { $award } { $count }
stats-more-units = … and { $count } more units in the Excel file.
stats-chart-title = Titles and forms by year, { $from }–{ $to }
stats-sheet-name = Commendation statistics
stats-col-subject = Holder
stats-col-count = Count
stats-subject-person = Individual
stats-subject-unit = Collective
digest-stats = Commendations over the years, per unit and per level: /stats (for example /stats 2020-2026).

## /import: files sent in a private chat
cmd-import-description = Import an Excel/CSV file: past award decisions into the record of achievements, or the staff roster (every line checked, asked before saving)
import-how = Send an Excel (.xlsx) or CSV file in this chat (with or without /import): past award decisions (columns Họ tên, Đơn vị, Năm, Danh hiệu/Hình thức, Số quyết định, Ngày quyết định, Cơ quan ban hành, or full_name, unit, year, award, decision_no, decision_date, issuer; leave the name empty for a collective's award) or the staff roster (full_name, unit, roles, …). The bot checks every line, says which are wrong, and saves only when you confirm. A template is attached.
import-no-files-here = The bot cannot receive files on this platform. Send the file to the bot on Telegram or Slack, or ask the operator to run "npm run cli -- import-awards FILE" (record of achievements) or "import-staff FILE" (roster). A template is attached.
import-one-file = The bot reads one file at a time: "{ $file }". Send the others afterwards.
import-kind-awards = record of achievements
import-kind-staff = staff roster
import-counts-awards = { $created } new entries, { $updated } changed, { $unchanged } unchanged; ratings: { $ratingsCreated } new, { $ratingsUpdated } changed
import-counts-staff = { $created } new people, { $updated } changed, { $unchanged } unchanged, { $unitsCreated } new units
import-summary = File "{ $file }" ({ $kind }): { $counts }{ $lines ->
        [0] .
        [one] ; { $lines } line with problems:
       *[other] ; { $lines } lines with problems:
    }
import-saved = Saved "{ $file }" ({ $kind }): { $counts }.
import-problem-line = Line { $line }: { $problem }
import-more-problems = … and { $count } more problems.
import-nothing-saved = Nothing was saved. Fix these lines and send the file again.
import-confirm-ask = Press "Confirm import" to save, or "Drop" not to import this file.
btn-import-ok = Confirm import
btn-import-no = Drop
import-dropped = File dropped; nothing was saved.
import-field-file = File (at most { $max } MB)
import-file-type = "{ $file }" is neither Excel (.xlsx) nor CSV, the only files the bot imports. Open it in Excel and save it as .xlsx or CSV UTF-8. (Photos and evidence for a nomination go with the caption /evidence and the nomination's number.)
import-file-size = "{ $file }" is too large. Split it into smaller files (one a year, for example).
import-file-rows = "{ $file }" has too many lines. Split it into smaller files (one a year, for example).
import-file-format = "{ $file }" could not be read. Open it in Excel and save it as .xlsx or CSV UTF-8.
import-roles-admin-only = only an admin gives roles by file; leave the roles column empty (or staff), and give other roles with /grant.
