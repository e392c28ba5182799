## Messages for where choices are typed instead of tapped (the terminal, Zalo): "type" where button platforms say "tap".

typed-type-words = Or type { $words }.
typed-form-multichoice-hint = Type an item's number to select or unselect it (several at once too, e.g. 1, 3), then type { $done } ("Done").
typed-form-summary-hint = Type 1 (or "Confirm") to save, 2 ("Edit") to change an answer, 3 ("Cancel") to cancel.
typed-form-summary-typed = You are at the summary: type 1 to confirm, 2 to change an answer, 3 to cancel.
typed-form-fix = Not saved yet: { $problem } Every answer is kept; type 2 ("Edit") to change one.
typed-error-field-choice = Choose one of the items above for "{ $field }": type a number from 1 to { $count } or the item's name.
typed-error-field-multichoice = Choose at least one item for "{ $field }": type numbers from 1 to { $count }, separated by commas.
typed-error-choice-unknown = There is no choice "{ $typed }". Type { $numbers }:
typed-error-multichoice-unknown = There is no choice "{ $typed }". Type the items' numbers ({ $numbers }), then { $done } ("Done"):
typed-form-ticked = Chosen: { $numbers }. Type { $done } ("Done") to go on, or type more numbers to choose more.
typed-ballot-hint-complete = All chosen. Type "Review and cast" (or its number) to confirm.
typed-pledge-notify-returned = Your emulation pledge no. { $id } was returned by { $reviewer }. Reason: { $reason }
    Type "Edit" (or its number) to change and resubmit it.
typed-news-item-waiting = No. { $id }, sent { $sent } — not acknowledged yet.
typed-record-hint-staff = Download the record as Excel: type /record excel. One title or some years only: /record LĐTT 2020-2026.
typed-import-confirm-ask = Type "Confirm import" (or its number) to save, or "Drop" not to import this file.
typed-selfassess-incomplete = Some commitments are not assessed yet: type each item's number to assess it.
