## Closing the year: self-assessment, quality ratings, progress by unit

cmd-selfassess-description = Assess how you kept your emulation pledge
cmd-assessitem-description = Assess one commitment
cmd-achievements-description = Write your main achievements of the year
cmd-rate-description = Record quality ratings (unit heads for their staff; the leadership for unit heads)
cmd-evaluation-description = Open a campaign's self-assessment window
cmd-yearprogress-description = The year's close, unit by unit

error-evaluation-closed = This campaign's self-assessment window is not open (yet, or any more).
error-evaluation-dates = The assessment window must end after it starts, and not in the past.
error-rating-outside-unit = You can rate only people in your own unit; { $name } is in another unit.
error-rating-own = Nobody records their own rating ({ $name }). A unit head's rating is decided by the Director and recorded by the leadership.
error-rating-head-by-leader = { $name } heads a unit: their rating is decided by the Director and recorded by the leadership (/rate), not by a unit head.
error-rating-leader-upstream = { $name } is in the leadership: their rating is decided above; the operator imports it from a file (import-ratings).
error-unit-review-not-ready = { $name } cannot be put to the review yet (no confirmed pledge or no rating). Type /unitreview to see why.

evaluation-window-notice = The self-assessment of «{ $campaign }» is open from { $opensOn } until the end of { $closesAt }. Assess each commitment you pledged and list your main achievements.
evaluation-window-set = The self-assessment of «{ $campaign }» runs until the end of { $closesAt }; { $told ->
    [one] one person with a pledge was told.
   *[other] { $told } people with a pledge were told.
}
btn-selfassess = Assess my pledge
selfassess-reminder = Reminder: your self-assessment of «{ $campaign }» is not complete. Due: { $closesAt }.
rating-reminder = Reminder: { $count ->
    [one] one person in your unit has
   *[other] { $count } people in your unit have
} no quality rating for { $year } yet. Type /rate to record it.

selfassess-none = No self-assessment window is open for your pledges.
selfassess-choose = Choose the pledge to assess:
btn-selfassess-campaign = { $campaign }
selfassess-title = Self-assessment: { $campaign } (due { $closesAt })
selfassess-item = { $n }. { $commitment } — { $result }; note: { $note }
selfassess-achievements = Main achievements: { $achievements }
selfassess-complete = Every commitment is assessed. You can still change it until the due date.
selfassess-incomplete = Some commitments are not assessed yet: press each item to assess it.
btn-assess-item = Assess item { $n }
btn-assess-achievements = Main achievements
assessment-achieved = Achieved
assessment-partly = Partly achieved
assessment-not_achieved = Not achieved
assessment-none = not assessed
field-assessment-result = Result
ask-assessment-result = How far did you get with this commitment?
field-assessment-note = Note
ask-assessment-note = A short note (optional):
field-achievements = Main achievements
ask-achievements = List your main achievements of the year (initiatives, outstanding results…):

grade-excellent = Completed duties excellently
grade-good = Completed duties well
grade-completed = Completed duties
grade-not_completed = Did not complete duties
grade-none = not rated
rating-list-title = Quality ratings for { $year }
rating-list-line = { $name }: { $grade }
btn-rate = Rate
field-rating-person = Person
ask-rating-person = Whose rating are you recording? (Nobody records their own; unit heads' are recorded by the leadership.)
field-rating-year = Year
ask-rating-year = For which year?
field-rating-grade = Rating
ask-rating-grade = The quality rating (as the competent rater decided it):
field-rating-category = Staff category
ask-rating-category = Was this person a civil servant, a public employee or a contract worker that year? (Each is rated under its own text.)
staff-category-civil_servant = Civil servant
staff-category-public_employee = Public employee
staff-category-contract = Contract worker
grade-with-points =
    { $grade } (from { $points ->
        [one] { $points } point
       *[other] { $points } points
    })
rating-saved = Saved: { $name } ({ $category }) — { $grade } ({ $year }).
rating-rater = The competent rater: { $rule } — { $basis }. The bot only records the rating decided.
rating-under = Text applied: { $rule } — { $basis }.
rating-timing = When: { $rule } — { $basis }.
rating-cap-exceeded = Note: in { $year }, { $excellent } rated 'excellent' ({ $category }), over the maximum of { $max } (20% of the { $good } rated 'good'). { $rule } — { $basis }.
rating-cap-exceeded-unit = Note: in { $year }, { $unit } has { $excellent } rated 'excellent' ({ $category }), over the maximum of { $max } (20% of the { $good } rated 'good'). { $rule } — { $basis }.

field-evaluation-campaign = Campaign
ask-evaluation-campaign = Which campaign's self-assessment do you open?
field-evaluation-opens = Opens on
ask-evaluation-opens = First day of the self-assessment (dd/mm/yyyy):
field-evaluation-closes = Closes on
ask-evaluation-closes = Last day of the self-assessment (dd/mm/yyyy):

yearprogress-title = Closing { $year }: { $campaign }
yearprogress-unit = { $unit }: { $pledged }/{ $members } pledged, { $assessed }/{ $pledged } self-assessed, { $rated }/{ $members } rated, { $reviewed }, { $proposed } proposed to the council
yearprogress-reviewed = reviewed
yearprogress-not-reviewed = not reviewed yet
btn-yearprogress-remind = Remind the people and units behind
yearprogress-unrated-title = { $count } proposed for a title that reads the rating (Advanced Worker, Grassroots Emulation Fighter) have no rating yet; the rating is due before the review
yearprogress-unrated-unit = { $unit }: { $names }
yearprogress-reminded = Reminded { $people ->
    [one] one person
   *[other] { $people } people
} without a self-assessment and { $heads ->
    [one] one unit head
   *[other] { $heads } unit heads
} with ratings missing.

ratings-missing-column = column «{ $column }» is missing
ratings-bad-grade = «{ $value }» is not a rating (for example: Hoàn thành tốt nhiệm vụ, or good)
ratings-bad-category = «{ $value }» is not a staff category (công chức, viên chức or hợp đồng)
ratings-bad-year = «{ $value }» is not a year
ratings-unknown-unit = there is no unit «{ $unit }»
ratings-missing-name = the name is missing
ratings-unknown-person = «{ $name }» is not in the staff roster
ratings-ambiguous-person = several people are called «{ $name }»: add the unit column
ratings-duplicate = «{ $name }» for { $year } is already on line { $other }
ratings-rejected = { $file } was not imported: { $count ->
    [one] one line has
   *[other] { $count } lines have
} problems. Fix them and import again; nothing was saved.
ratings-imported = Ratings imported: { $created } new, { $updated } changed, { $unchanged } unchanged.

cmd-unitreview-description = Your unit's year-end review (secret ballot)
cmd-unitreviewopen-description = Open your unit's review
unitreview-title = Your unit's year-end review: { $campaign }
unitreview-member = { $name }: pledged { $pledge }; { $assessed }; rating: { $grade }; eligible for: { $eligible }
unitreview-assessed = self-assessed
unitreview-not-assessed = not self-assessed
btn-unitreview-open = Open the review (secret ballot)
btn-unitreview-close = Close review { $id }
unitreview-close-confirm = Close review { $id } now? Those who have not voted will not be able to.
unitreview-not-eligible = not yet ({ $why })
unitreview-gap-self = a unit head does not propose himself: the council's secretary does
unitreview-gap-no_pledge = no emulation pledge
unitreview-gap-pledge_returned = pledge returned
unitreview-gap-pledge_unconfirmed = pledge not confirmed yet
unitreview-gap-unrated = no quality rating yet
unitreview-candidate = { $name } — { $award }
unitreview-no-achievements = Reviewed and proposed by the unit.
unitreview-session-title = Unit review: { $campaign }
unitreview-opened = Review { $id } is open with { $count ->
    [one] one candidate
   *[other] { $count } candidates
}; secret ballots went to { $members ->
    [one] { $members } person
   *[other] { $members } people
} of the unit. It ends at { $endsAt }.
field-unitreview-candidates = People and titles under review
ask-unitreview-candidates = Choose the people and titles to put to the vote (only those eligible are listed):
field-unitreview-closes = Last day of voting
ask-unitreview-closes = Voting runs until the end of which day (dd/mm/yyyy)?
unit-review-invitation = Your unit opened review { $id } ({ $title }) with { $count ->
    [one] one candidate
   *[other] { $count } candidates
}. Please cast your secret ballot before { $endsAt }.
nomination-status-unit_review = Under review in the unit
