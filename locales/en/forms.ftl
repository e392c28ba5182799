## Forms: picking up after a pause, confirming, and the errors of each field.

form-resumed = You were filling in the /{ $command } form. This is where it stands:
form-summary-changed = The answers have changed since that summary was sent. Check the summary below before confirming.
form-summary-typed = You are at the summary: tap "Confirm" to save, "Edit" to change an answer, "Cancel" to cancel (or type 1, 2, 3).
form-fix = Not saved yet: { $problem } Every answer is kept; tap "Edit" to change one.
form-fix-field = Not saved yet: { $problem } Please change "{ $field }"; every other answer is kept.
btn-fix-field = Change "{ $field }"

error-field-date-real = The date for "{ $field }" does not exist or is not written as day/month/year, e.g. { $example }.
error-field-date-one = Type one date for "{ $field }", e.g. { $example }.
error-field-date-year = The year of "{ $field }" must be between { $min } and { $max }.

## Numbers and words typed instead of buttons: one rule on every platform.

choice-numbers-one = 1
choice-numbers-two = 1 or 2
choice-numbers-three = 1, 2 or 3
choice-numbers-range = a number from 1 to { $last }
error-choice-unknown = There is no choice "{ $typed }". Tap a button, or type { $numbers }:
error-multichoice-unknown = There is no choice "{ $typed }". Tap the items to choose (or type their numbers: { $numbers }), then tap "Done":
form-ticked = Chosen: { $numbers }. Tap "Done" to go on, or choose more.
form-leave-ask =
    Leave the /{ $command } form? { $count ->
        [one] The answer given
       *[other] The { $count } answers given
    } will be dropped; nothing is saved.
btn-leave = Yes, leave and drop them
btn-stay = No, keep filling it in
form-number-meant = Did you mean "{ $meant }", or "{ $typed }" as the answer to "{ $field }"?
form-number-ask = "{ $typed }" is only a number. Write "{ $typed }" as the answer to "{ $field }"?
btn-number-meant = Choose "{ $label }"
btn-number-literal = Write "{ $typed }"
btn-number-retype = No, type again
form-add-ask = Type what to add to "{ $field }" (it goes on a new line):
form-added = Added to "{ $field }".
btn-add-commitment = Add a commitment
btn-add-achievement = Add an achievement
