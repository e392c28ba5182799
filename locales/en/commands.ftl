## Command descriptions (in /help and the chat app's command menu), greetings, help.

cmd-start-description = Start and greeting
cmd-help-description = The commands you can use
cmd-cancel-description = Leave the form you are filling in
cmd-lang-description = Change language
cmd-whoami-description = About me
cmd-profile-description = Profile (date of birth, home town, post, qualifications) used in achievement reports
cmd-register-description = Give your name and unit
cmd-approve-description = Approve new registrations
cmd-grant-description = Give a role to someone
cmd-revoke-description = Take a role away
cmd-pledge-description = Make your emulation pledge
cmd-unitpledge-description = Make your unit's emulation pledge
cmd-mypledges-description = See, edit or withdraw my pledges
cmd-review-description = Confirm your unit's pledges
cmd-returnpledge-description = Return a pledge with a reason
cmd-missing-description = Who has not pledged yet
cmd-export-description = Export the pledge list (Excel, CSV)
cmd-as-description = Act as someone in the demo organisation
cmd-demo-description = Create the demo organisation

start-known = Hello { $name }! What you do most:
start-known-bare = Hello { $name }! I am the Department's emulation and commendation assistant.
start-more = Type /help for the other commands.
start-guest = Hello! I am the Department's emulation and commendation assistant. I do not know you yet: type /register to give your name and unit.
help-title = Commands you can use
help-title-guest = Commands you can use before registering
help-line = /{ $command } — { $description } (or /{ $aliases })
help-line-bare = /{ $command } — { $description }
help-footer = To leave a form you are filling in, type /cancel.

as-usage = Type /as and a name (or part of it), e.g. /as Lan
as-now = You are now { $name } ({ $unit }), roles: { $roles }.
demo-exists = The database already holds an organisation; no demo created.
demo-created =
    Demo organisation created: { $units ->
        [one] { $units } unit
       *[other] { $units } units
    }, { $people } staff, { $campaigns } campaign. Type /as and a name to act as someone, e.g. /as Lan.

console-welcome = thidua-bot — a chat in your terminal. Type /help for commands, /as NAME to act as someone, Ctrl+D to quit.
console-welcome-empty = thidua-bot — the database is empty. Type /demo to create the demo organisation (the Department of Home Affairs and its 2023 emulation plan), then /as NAME to act as someone.
console-notification = To { $name }:
console-file-saved = File saved: { $path }
as-still = You are still { $name }.
as-still-nobody = You are not anyone in the directory yet; type /as and a name.
console-number-gone = Number { $number } is no longer on screen (the list just changed). Choose one of the numbers shown now.
