## Forms: picking up after a pause, confirming, and the errors of each field.

form-resumed = You were filling in the /{ $command } form. This is where it stands:
form-summary-changed = The answers have changed since that button was sent. Check the summary below before confirming.
form-summary-typed = You are at the summary: type 1 to confirm, 2 to change an answer, 3 to cancel (or tap a button).
form-fix = Not saved yet: { $problem } Every answer is kept; tap "Edit" to change one.
form-fix-field = Not saved yet: { $problem } Please change "{ $field }"; every other answer is kept.
btn-fix-field = Change "{ $field }"

error-field-date-real = The date for "{ $field }" does not exist or is not written as day/month/year, e.g. 15/01/2027.
error-field-date-one = Type one date for "{ $field }", e.g. 15/01/2027.
error-field-date-year = The year of "{ $field }" must be between { $min } and { $max }.
