## What awaits a person (the Slack App Home and other summaries).

agenda-pledges-to-confirm = Pledges awaiting your confirmation ({ $count })
agenda-nothing-to-confirm = No pledges await your confirmation.
agenda-my-pledges = My pledges
agenda-no-pledges = You have no pledges yet.
btn-review-pledge = Review and confirm no. { $id }
