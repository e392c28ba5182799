# Rules by period, the agency's own rules, refusals, people's standings, annulments (issue 14)

error-nomination-refused = { $award } { $year } cannot be proposed. { $reason } Rule: { $rule } — { $basis }.
error-nomination-not-annullable = Nomination { $id } has no recorded decision (or it was already annulled), so it cannot be annulled.
error-standing-dates = The end date must come after the start; a disciplinary period needs an end date.
error-standing-cleared = Record { $id } was already cleared.

rule-basis-law = under { $article } ({ $status }{ $isDefault ->
    [yes] ; a default value
   *[other] {""}
})
rule-basis-agency = under the department's own rules: { $article } ({ $status }{ $isDefault ->
    [yes] ; a default the department must confirm
   *[other] {""}
})
rule-status-official = official text
rule-status-quoted = quoted word for word in a secondary source
rule-status-lead = unverified, to be checked
rule-status-agency = the department's rule, not law

refusal-title-yearly = { $award } is an emulation title, considered only at the year-end review.
refusal-excluded = The nominee is currently: { $state } (since { $from }).
refusal-discipline = The disciplinary period runs until { $until }, so the achievements of { $year } do not count in full.
refusal-new-staff = Recruited on { $from }: by the end of { $year } only { $months } months, fewer than { $required }.
refusal-rating = Quality rating for { $year }: { $rating }.
refusal-prerequisite-same-year = No nomination or decision for { $required } { $year } for this nominee yet.
refusal-prerequisite-years = No decided { $required } in each of the { $years } years before { $year }.
refusal-quota = This year { $base } case(s) form the base, so at most { $max }; this nomination would be no. { $count }.
refusal-one-reward = This achievement is already proposed for { $other } (no. { $id }).

standing-kind-discipline_review = under disciplinary review
standing-kind-investigation = under investigation
standing-kind-inspection = under inspection
standing-kind-complaint_verification = subject of a complaint or denunciation being verified
standing-kind-disciplined = disciplinary period
standing-kind-maternity_leave = maternity leave
standing-kind-recruited = date of recruitment

rating-excellent = completes duties excellently
rating-good = completes duties well
rating-done = completes duties
rating-not_done = does not complete duties

nomination-status-annulled = Decision annulled

annul-ground-fraud = fraud in declaring achievements
annul-ground-false_information = false information or forged files
annul-ground-wrong_appraisal = appraisal against the rules
annul-ground-court_or_inspection = a court's or an inspection's conclusion
annul-notify = The award decision no. { $number } of { $date } for { $nominee } ({ $award }, nomination { $id }) has been ANNULLED. Ground: { $ground }. Reason: { $reason }. Article: { $article }.

annul-field-reason = Reason for annulment
annul-field-article = Basis (article, clause)
standing-field-reference = Document number, short note
