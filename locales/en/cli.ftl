## The operator's command line: staff roster import.

roster-line = Line { $line }:
roster-rejected =
    { $file } was not imported: { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }. Nothing was saved; fix the lines below and import again.
roster-unreadable = Cannot read { $file }: { $reason }
roster-imported = Roster imported: { $created } new, { $updated } updated, { $unchanged } unchanged, { $unitsCreated } new units.
roster-dry-run = Dry run (nothing saved): { $created } new, { $updated } updated, { $unchanged } unchanged, { $unitsCreated } new units.
roster-missing-column = the column "{ $column }" is missing.
roster-unknown-column = the column "{ $column }" is not used; valid columns: { $columns }.
roster-empty = "{ $column }" is empty.
roster-too-long =
    "{ $column }" is longer than { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
roster-bad-role = there is no role "{ $value }"; use: { $roles } (separated by ;).
roster-bad-telegram = telegram_user_id "{ $value }" must be digits.
roster-bad-slack = slack_user_id "{ $value }" is not a Slack user id (e.g. U012ABCDEF).
roster-bad-zalo = zalo_user_id "{ $value }" is not a Zalo user id (letters and digits, as this bot saw it).
roster-bad-email = the e-mail "{ $value }" is not valid.
roster-bad-language = there is no language "{ $value }"; use: { $languages }.
roster-duplicate = { $column } "{ $value }" repeats line { $first }.
roster-conflict = the ids or e-mail in this line belong to different existing people: { $names }.
roster-bad-date = { $column } "{ $value }" is not a valid date (write it like 12/03/1985).
db-in-use = The command did not run because the database is in use: { $reason }
