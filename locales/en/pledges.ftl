## Emulation pledges: register, view, edit, withdraw, confirm, return, the missing list, the export.

field-campaign = Emulation campaign
field-titles = Titles pledged
field-commitments = Commitments
field-pledge = Pledge
field-reason = Reason

ask-campaign = Which emulation campaign are you pledging for?
ask-titles-person = Which titles do you aim for?
ask-titles-unit = Which collective titles does the unit aim for?
ask-commitments = Write your commitments (targets and tasks you will achieve). Several lines are fine.
ask-pledge-to-return = Which pledge do you want to return?
ask-return-reason = Why is it returned? The person who pledged will read this to fix it.

pledge-status-draft = Draft
pledge-status-submitted = Awaiting the unit head's confirmation
pledge-status-submitted-unit = Awaiting confirmation by the council's secretary or a leader
pledge-status-confirmed = Confirmed
pledge-status-returned = Returned for changes
pledge-status-withdrawn = Withdrawn

pledge-line =
    No. { $id } — { $subject } — { $campaign }
    Titles: { $titles }
    Status: { $status } (pledge deadline: { $deadline })
    Commitments: { $commitments }
pledge-line-returned =
    No. { $id } — { $subject } — { $campaign }
    Titles: { $titles }
    Status: { $status } (pledge deadline: { $deadline })
    Reason for return: { $reason }
    Commitments: { $commitments }
pledge-choice = No. { $id } — { $subject }

pledge-created = Your emulation pledge no. { $id } is recorded.
pledge-updated = Pledge no. { $id } is updated and sent again for the unit head's confirmation.
pledge-next-head = Your unit head ({ $heads }) will be asked to confirm it. You can edit or withdraw it until the deadline.
pledge-next-leader = Your unit has no other head to confirm it; the Department's leadership will confirm this pledge.
pledge-next-secretary = The council secretary will see the unit's pledge in the summary list.
pledge-withdraw-confirm = Do you really want to withdraw pledge no. { $id }? You can pledge again before the deadline.
pledge-withdrawn = Pledge no. { $id } is withdrawn.
pledge-confirmed = Pledge no. { $id } is confirmed. { $remaining ->
        [0] None is left to confirm.
       *[other] { $remaining } still await your confirmation.
    }
pledge-returned = Pledge no. { $id } is returned with your reason. The person who pledged has been told.

pledge-notify-submitted = { $name } ({ $unit }) has submitted emulation pledge no. { $id } for your confirmation.
pledge-notify-confirmed = Your emulation pledge no. { $id } was confirmed by { $reviewer }.
pledge-notify-returned = Your emulation pledge no. { $id } was returned by { $reviewer }. Reason: { $reason }
    Press "Edit" to change and resubmit it.
pledge-return-reason = Returned by { $reviewer }, reason: { $reason }

mypledges-title = Your emulation pledges
mypledges-empty = You have no emulation pledge yet. Type /pledge to make one.

review-title =
    { $count ->
        [one] { $count } pledge awaits
       *[other] { $count } pledges await
    } your confirmation
review-empty = No pledge awaits your confirmation.

missing-title =
    Not yet pledged — { $campaign } (deadline { $deadline }): { $total ->
        [one] { $total } person
       *[other] { $total } people
    }
missing-unit-line = { $unit }: { $pledged }/{ $members } have pledged. Missing: { $names }. Unit pledge: { $collective }
missing-unit-complete = { $unit }: all { $members }/{ $members } have pledged. Unit pledge: { $collective }
missing-unit-returned = { $unit }: returned, waiting to be fixed: { $names }
btn-missing-xlsx = Download the list of those missing (Excel)
missing-xlsx-ready = Those who have not pledged, and those whose pledge was returned — { $campaign }:
missing-sheet = Not pledged
missing-col-unit = Unit
missing-col-name = Full name
missing-col-email = Email
missing-col-state = State
missing-col-state-missing = Not pledged
missing-col-state-returned = Returned, waiting to be fixed
missing-collective-done = made
missing-collective-missing = not yet
missing-no-units = There are no units in the directory yet.

export-ready =
    The { $count ->
        [one] { $count } pledge
       *[other] { $count } pledges
    } of "{ $campaign }", as Excel and CSV:
export-sheet-name = Emulation pledges
export-col-id = No.
export-col-unit = Unit
export-col-subject = Name
export-col-kind = Individual or collective
export-col-titles = Titles pledged
export-col-commitments = Commitments
export-col-status = Status
export-col-reason = Reason for return
export-col-updated = Updated at
export-kind-person = Individual
export-kind-unit = Collective

btn-my-pledges = My pledges
btn-review = Review and confirm
btn-edit-pledge = Edit no. { $id }
btn-withdraw-pledge = Withdraw no. { $id }
btn-withdraw = Withdraw
btn-keep = Keep it
btn-confirm-pledge = Confirm no. { $id }
btn-return-pledge = Return no. { $id }
btn-return = Return
