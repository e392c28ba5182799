## The Slack app: modals, the App Home tab and what Slack cannot show.

slack-modal-title = Emulation & awards
slack-modal-next = Next
slack-home-greeting = Hello { $name }
slack-home-greeting-guest = Hello!
slack-home-button-pledge = Register a pledge
slack-home-button-mypledges = My pledges
slack-home-button-review = Confirm pledges
slack-home-button-link = Link accounts
slack-home-button-register = Register as staff
slack-home-button-vote = Vote
slack-home-button-nominate = Propose an award
slack-home-button-announce = Announce
slack-home-button-cases = Handle cases
slack-home-button-complain = Send a complaint, denunciation or feedback
slack-home-button-help = Help
slack-file-attached = File attached: { $name }
slack-help-hint = On Slack, type /thidua and the command's name (for example /thidua pledge), or send the command's name to the bot in a direct message (for example: mypledges).
