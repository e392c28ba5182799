## Forms, buttons and messages shared by every command.

raw = { $value }
choice-ticked = ✓ { $label }
value-empty = (left blank)

btn-done = Done
btn-yes = Yes
btn-no = No
btn-skip = Skip
btn-cancel = Cancel
btn-confirm = Confirm
btn-edit = Edit
btn-back = Back

form-question = ({ $n }/{ $total }) { $question }
form-question-open = ({ $n }) { $question }
form-multichoice-hint = Tap to select or unselect (several allowed), then tap "Done". You can also type the numbers, e.g. 1, 3 (then { $done } for "Done").
form-date-hint = Type the date as day/month/year, e.g. { $example }; or type "today", "tomorrow".
form-summary-title = Check before saving
form-summary-line = { $field }: { $value }
form-summary-hint = Tap "Confirm" to save, "Edit" to change an answer, or "Cancel".
form-files-received =
    { $count ->
        [one] { $count } file
       *[other] { $count } files
    } attached.
form-summary-files = Files attached: { $count }
form-pick-field = Which answer do you want to change?
form-cancelled = Cancelled. Nothing was saved.
cancel-nothing = No form is open.

hint-use-help = I did not understand that. Type /help to see the commands you can use.
hint-unknown-user = Hello! You are not in the staff directory yet. Type /register to give your name and unit.

error-unknown-command = There is no /{ $command } command. Type /help to see the commands.
error-unknown-command-suggest = There is no /{ $command } command. Did you mean: { $suggestions }?
error-unexpected = Sorry, something unexpected went wrong. Nothing was half-saved. Please try again; if it keeps failing, give the administrator the code { $requestId }.
error-message-too-long =
    This message is too long (over { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }), so it was not read. Send something shorter; split a long text into several messages or attach a file.
error-form-button-stale = That choice no longer applies. Answer the current question or type /cancel.
error-form-expired = This form is closed. Start again with its command.
error-form-pending = You are filling in the /{ $command } form. Answer the question below, or type /cancel to leave it.
error-dm-only = /{ $command } works only in a private chat with the bot, so that your information stays out of the group.

error-field-empty = "{ $field }" cannot be empty.
error-field-too-long =
    "{ $field }" is { $length ->
        [one] { $length } character
       *[other] { $length } characters
    } long, over the { $max } allowed. Please shorten it.
error-field-one-line = "{ $field }" must be a single line.
error-field-choice = Pick one of the options above for "{ $field }" (tap a button or type a number from 1 to { $count }).
error-field-multichoice = Pick at least one option for "{ $field }" (tap the buttons or type numbers from 1 to { $count }, separated by commas).
error-field-confirm = Answer "yes" or "no" for "{ $field }".
error-field-invalid = The value for "{ $field }" is not valid.

error-not-allowed = You are not allowed to do this.
error-not-allowed-roles = You are not allowed to do this: /{ $command } is for { $roles }.
error-not-allowed-except = You are not allowed to do this: it is for { $roles }.
error-command-platform = The /{ $command } command works only on { $platforms }.
error-not-registered = You are not in the staff directory yet. Type /register to join.
error-registration-pending = Your registration is waiting for approval. You will be told when it is approved.
error-dm-only-short = Please use a private chat.
error-not-found = This item was not found (it may have changed or been removed).
error-person-not-found = Nobody called "{ $query }" was found.
error-person-ambiguous = Several people match "{ $query }": { $names }. Type more of the name or use the # number.
error-unit-not-found = No unit called "{ $query }" was found.
error-campaign-not-found = This campaign was not found.
error-no-open-campaign = No emulation campaign is taking pledges now.
error-nothing-to-return = No pledge is waiting for your review, so there is nothing to return.
error-deadline-passed = The pledge deadline has passed ({ $deadline }). Pledges can no longer be created, changed or withdrawn.
error-already-pledged = You have already pledged for this campaign (no. { $id }). Type /mypledges to see or edit it.
error-pledge-not-editable = This pledge can no longer be changed.
error-pledge-not-reviewable = This pledge is not waiting for confirmation.
error-award-not-offered = "{ $award }" is not offered in this campaign.
error-award-wrong-subject = "{ $award }" is not for this kind of nominee (individual/collective).
error-no-unit-head = The unit has no head to confirm it.
error-already-registered = You are already in the staff directory.
error-role-unknown = There is no role "{ $role }".
error-invalid-input = The value for "{ $field }" is not valid.
