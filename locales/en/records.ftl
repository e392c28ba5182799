# The record of achievements: importing past decisions, reading, correcting, statistics; rules looking back.

## Importing a file of award decisions (npm run cli -- import-awards, or a file sent to the bot)
awards-rejected = { $file } was not imported: { $count } problems. Nothing was saved; fix the lines below and import again.
awards-imported = Record of achievements imported: { $created } new entries, { $updated } updated, { $unchanged } unchanged; ratings: { $ratingsCreated } new, { $ratingsUpdated } changed, { $ratingsUnchanged } unchanged.
awards-dry-run = Dry run (nothing saved): { $created } new entries, { $updated } updated, { $unchanged } unchanged; ratings: { $ratingsCreated } new, { $ratingsUpdated } changed, { $ratingsUnchanged } unchanged.
awards-missing-column = the column "{ $column }" is missing (Vietnamese headers work too: Họ tên, Đơn vị, Năm, Danh hiệu/Hình thức, Số quyết định, Ngày quyết định, Cơ quan ban hành).
awards-unknown-column = the column "{ $column }" is not one the import reads; valid columns: { $columns } (or their Vietnamese headers).
awards-empty = the column "{ $column }" is empty.
awards-too-long = the column "{ $column }" is longer than { $max } characters.
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
error-record-duplicate = Corrected, this entry would be the same as entry #{ $id } already in the record.
error-file-unreachable = The file could not be fetched from { $platform }. Please send it again.
error-import-not-pending = This file was already imported, dropped, or replaced by a later one; nothing awaits confirmation.

## Rules looking back over earlier years (reading the record of achievements)
lookback-summary =
    { $required } is needed in each of the { $years } years before { $year } ({ $span }). { $foundCount ->
        [0] The record of achievements has none of them.
       *[other] The record of achievements has: { $found }.
    }{ $missingCount ->
        [0] {""}
       *[other] {" "}Missing: { $missing }. If those years were decided, the secretary enters them in the record (a file sent to the bot, or import-awards).
    }
lookback-found-year = { $year } (decision no. { $number } of { $date })
lookback-found-year-undated = { $year } (decision no. { $number })
