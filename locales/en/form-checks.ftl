## The rules each form field checks as soon as it is answered.

check-campaign-ends = "{ $field }" must be on or after the start date ({ $starts }).
check-campaign-deadline-period = "{ $field }" must fall within the campaign, from { $starts } to { $ends }.
check-campaign-deadline-past = "{ $field }" has passed (today is { $today }). Choose today or a later day.
check-announce-date-past = "{ $field }" has passed (today is { $today }). Choose today or a later day.
check-announce-time-past = { $time } today has already passed. Choose a later time, or another day.
check-announce-time-format = "{ $typed }" is not a valid time. Type hours:minutes from 00:00 to 23:59, e.g. 08:30.
check-decision-date-future = "{ $field }" is after today ({ $today }): a decision is recorded once signed. Type the day it was signed.
check-decision-signer-date = "{ $field }" is the signer's name and title, not a date. E.g. Nguyễn Văn A, Director.
check-nominee-outside-unit = You can propose only people and teams of your own unit; { $name } belongs to another unit.
check-nominee-self = Nobody proposes themselves ({ $name }): your nomination is made by someone else (your unit head or the council's secretary).
