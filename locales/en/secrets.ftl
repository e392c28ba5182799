error-link-code-locked = Too many wrong link codes within an hour. Please try again later.
backup-done =
    Backed up to { $path }: { $tables ->
        [one] { $tables } table
       *[other] { $tables } tables
    }, { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, integrity checked.
backup-keys-note = The backup holds no keys (BALLOT_KEY, CASE_SEAL_KEY): keep them separately; losing a key loses what it seals.
backup-failed = Backup or restore failed: { $reason }
restore-done =
    Restored { $path }: { $tables ->
        [one] { $tables } table
       *[other] { $tables } tables
    }, { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }.
restore-kept-aside = The previous database is kept at { $path }.
restore-in-use = Not restoring while the bot runs: { $reason }
restore-key-differs = Note: this backup was made with a BALLOT_KEY other than the current one. If it holds an open ballot, start the bot with that key; otherwise the bot takes the current key.
