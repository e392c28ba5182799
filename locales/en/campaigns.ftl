## Emulation campaigns: launch, edit, list; the reminders of the pledge season.

cmd-campaign-description = Launch a new emulation campaign
cmd-campaigns-description = Emulation campaigns
field-campaign-title = Title
field-campaign-description = Description
field-campaign-kind = Kind
field-campaign-starts = Start date
field-campaign-ends = End date
field-campaign-deadline = Pledge deadline
field-campaign-titles = Titles one may pledge for
ask-campaign-title = The campaign's title:
ask-campaign-description = A short description (purpose, content, who takes part). You may skip it.
ask-campaign-kind = Kind of campaign:
ask-campaign-starts = Start date (day/month/year):
ask-campaign-ends = End date (day/month/year):
ask-campaign-deadline = Pledge deadline (day/month/year; until the end of that day). Skip if the campaign takes no pledges.
ask-campaign-titles = The titles staff and units may pledge for in this campaign:
campaign-kind-yearly = Regular, yearly
campaign-kind-thematic = Thematic
campaign-kind-period = For a period
campaign-launched = Campaign "{ $title }" launched (code { $code }). Announce it to everyone?
campaign-edited = Campaign "{ $title }" updated (code { $code }).
btn-announce-campaign = Write the announcement
btn-campaign-edit = Edit { $code }
campaigns-title = { $count } emulation campaigns
campaigns-line = { $code } — { $title } ({ $kind }, { $from } – { $to })
campaigns-line-pledges = { $code } — { $title } ({ $kind }, { $from } – { $to }); pledges until { $deadline }
campaigns-empty = There are no emulation campaigns yet.
error-campaign-dates = The end date must come after the start date.

reminder-heading = Emulation reminder
reminder-pledge = You have not pledged in the campaign "{ $campaign }" yet. Deadline: { $deadline }. Type /pledge to pledge.
reminder-review = Pledges of your unit await your confirmation in the campaign "{ $campaign }" (deadline { $deadline }). Type /review to see them.
