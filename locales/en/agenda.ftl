## What awaits a person (the Slack App Home and other summaries).

agenda-pledges-to-confirm = Pledges awaiting your confirmation ({ $count })
agenda-nothing-to-confirm = No pledges await your confirmation.
agenda-my-pledges = My pledges
agenda-no-pledges = You have no pledges yet.
btn-review-pledge = Review and confirm no. { $id }

agenda-ballots = Ballots awaiting you: { $count }
agenda-ballot-line = Session { $id }: { $title } — until { $endsAt }
agenda-no-ballots = No review session awaits your vote.
btn-agenda-vote = Vote in session { $id }
agenda-cases = Open cases: { $count }
agenda-case-line = { $number } — { $kind } — due { $deadline }
agenda-no-cases = No open case.
