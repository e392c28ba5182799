## Staff directory: self-registration, approval, roles, language, who am I.

field-full-name = Full name
field-unit = Unit
field-person = Staff member
field-role = Role
field-language = Language

ask-full-name = Your full name (with Vietnamese diacritics), e.g. Nguyễn Thị Lan
ask-unit = Which unit do you belong to?
ask-person = Who? Type the name (or part of it), or the person's # number.
ask-role = Which role?
ask-language = Chọn ngôn ngữ / Choose a language

role-staff = Staff member
role-unit_head = Unit head
role-council = Emulation-Commendation Council member
role-secretary = Council secretary
role-leader = Department leadership
role-case_handler = Complaint handler
role-admin = Administrator

person-status-active = Active
person-status-pending = Awaiting approval
person-status-inactive = Inactive

language-vi = Tiếng Việt
language-en = English
lang-changed = Switched to English.

register-pending = Registration sent: { $name }, { $unit }. Your unit head or an administrator will approve it; you will be told.
register-notify = { $name } asks to join the unit { $unit }. Approve or reject?
register-approved-notice = Your registration with { $unit } is approved. Type /help to see what you can do.
approve-title =
    { $count ->
        [one] { $count } person awaits
       *[other] { $count } people await
    } approval
approve-line = #{ $id } { $name } — { $unit }
approve-empty = Nobody awaits approval.
approve-done = { $name } is approved and has been told.
reject-done = The registration of { $name } is rejected.
btn-approve = Approve
btn-reject = Reject
btn-approve-person = Approve #{ $id }
btn-reject-person = Reject #{ $id }

role-granted = { $name } now has the role "{ $role }".
role-already = { $name } already had the role "{ $role }"; nothing changed.
role-revoked = The role "{ $role }" is taken from { $name }.
role-not-held = { $name } does not have the role "{ $role }"; nothing changed.

whoami =
    { $name } — { $unit }
    Roles: { $roles }
    Status: { $status }
    Linked accounts: { $platforms }
whoami-unknown = I do not know you from the staff list yet. Type /register to give your name and unit.
