## Operator commands: upgrading the database (migrate).

migrate-none = The database { $database } is up to date; there is nothing to apply.
migrate-pending = { $count } schema changes would be applied to { $database }:
migrate-item = - { $tag }
migrate-dry-run = Dry run: nothing applied. Run again without --dry-run to apply them (a copy is taken first if there is data).
migrate-backup = The database was copied before the upgrade: { $path }
migrate-applied = { $count } schema changes applied.
migrate-failed = The upgrade failed at { $tag } ({ $reason }); the database was left as it was.
