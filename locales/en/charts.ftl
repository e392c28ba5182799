## Charts (PNG pictures) and the words that come with them

cmd-progress-description = Pledge progress by unit (chart)
chart-progress-heading = Pledge progress: { $campaign }
chart-pledges-title = Emulation pledges by unit — { $campaign }
chart-series-confirmed = Confirmed
chart-series-awaiting = Awaiting confirmation
chart-series-returned = Returned
chart-series-missing = Not pledged
chart-pledges-summary = { $pledged } of { $members ->
        [one] { $members } person
       *[other] { $members } people
    } pledged ({ $percent }%); { $confirmed ->
    [one] one pledge is
   *[other] { $confirmed } pledges are
} confirmed by the unit head.
chart-pledges-behind = Needs attention: { $units }.
chart-unit-missing = { $unit }: { $missing ->
    [one] one person has
   *[other] { $missing } people have
} not pledged
chart-pledges-all-done = Every unit has pledged in full.
chart-pledges-shown = The chart shows the { $shown } of { $total } { $total ->
    [one] unit
   *[other] units
} with the lowest share pledged.
btn-nominations-chart = Chart
chart-nominations-title = Nominations for { $year } by title and stage
chart-stage-proposed = Awaiting review
chart-stage-under_review = Being voted on
chart-stage-approved = Approved
chart-stage-rejected = Not approved
chart-stage-decided = Decided
chart-nominations-summary = { $total ->
    [one] One nomination
   *[other] { $total } nominations
}: { $waiting } awaiting the council, { $approved } approved and awaiting a decision, { $decided } decided.
chart-nominations-line = { $award }: awaiting { $proposed }, being voted on { $under_review }, approved { $approved }, not approved { $rejected }, decided { $decided }.
digest-title = Weekly digest: emulation and commendation
digest-no-campaign = No campaign is taking pledges now.
digest-cases-overdue = { $count ->
    [one] One case is
   *[other] { $count } cases are
} past their deadline.
digest-cases-on-time = No case is past its deadline.
btn-report-chart = Chart
chart-delivery-title = Announcement «{ $title }» by unit
chart-series-acknowledged = Acknowledged
chart-series-delivered = Delivered, not acknowledged
chart-series-pending = Being sent
chart-series-failed = Not reached
chart-delivery-summary =
    Delivered to { $sent } of { $total ->
        [one] { $total } person
       *[other] { $total } people
    }; { $acknowledged } acknowledged ({ $percent }%); { $failed } not reached.
chart-delivery-why = Why not reached — { $reasons }.
chart-delivery-behind = Units with the fewest acknowledgements: { $units }.
chart-unit-acknowledged = { $unit } { $acknowledged }/{ $total }
chart-delivery-shown = The chart shows the { $shown } of { $total } { $total ->
    [one] unit
   *[other] units
} with the lowest share acknowledged.
btn-cases-chart = Cases chart
chart-cases-title = Open cases by state and deadline
chart-series-on-time = On time
chart-series-overdue = Overdue
chart-series-no-deadline = No statutory deadline
chart-cases-summary = { $open ->
    [one] One open case
   *[other] { $open } open cases
}: { $overdue } overdue, { $noDeadline } with no statutory deadline (anonymous information, awaiting a signed letter).
