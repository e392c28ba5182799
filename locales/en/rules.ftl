# Rules by period, the agency's own rules, refusals, people's standings, annulments (issue 14)

error-nomination-refused = { $award } { $year } cannot be proposed. { $reason } Rule: { $rule } — { $basis }.
error-nomination-not-annullable = Nomination { $id } has no recorded decision (or it was already annulled), so it cannot be annulled.
error-no-rule-set = No rule set in catalog/rulesets/ covers { $date }. The operator must add or switch on a rule set for that period.
error-standing-dates = The end date must come after the start; a disciplinary period needs an end date.
error-standing-cleared = Record { $id } was already cleared.

rule-basis-law = under { $article } ({ $status }{ $isDefault ->
    [yes] ; a default value
   *[other] {""}
})
rule-basis-agency = under the department's own rules{ $hasArticle ->
    [yes] : { $article }
   *[other] {""}
} ({ $status }{ $isDefault ->
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
refusal-new-staff =
    Recruited on { $from }: by the end of { $year } only { $months ->
        [one] { $months } month
       *[other] { $months } months
    }, fewer than { $required }.
refusal-rating = Quality rating for { $year }: { $rating }.
refusal-prerequisite-same-year = No nomination or decision for { $required } { $year } for this nominee yet.
refusal-quota =
    This year { $base ->
        [one] { $base } case forms
       *[other] { $base } cases form
    } the base, so at most { $max }; this nomination would be no. { $count }.
refusal-one-reward = This achievement is already proposed for { $other } (no. { $id }).
refusal-members =
    The unit has { $members ->
        [one] { $members } person
       *[other] { $members } people
    }; { $held } of them have a nomination or decision for { $award } in { $year }.
refusal-members-rated = In { $year }, { $count } of the unit's people were rated below 'completes duties'.

standing-kind-discipline_review = under disciplinary review
standing-kind-investigation = under investigation
standing-kind-inspection = under inspection
standing-kind-complaint_verification = subject of a complaint or denunciation being verified
standing-kind-press_verification = corruption or wrongdoing reported by the press, being verified
standing-kind-disciplined = disciplinary period
standing-kind-maternity_leave = maternity leave
standing-kind-recruited = date of recruitment


nomination-status-annulled = Decision annulled

annul-ground-fraud = fraud in declaring achievements
annul-ground-false_information = false information or forged files
annul-ground-wrong_appraisal = appraisal against the rules
annul-ground-court_or_inspection = a conclusion, decision or judgment of a competent body that violations or shortcomings left the standard unmet during the period counted
annul-notify = The award decision no. { $number } of { $date } for { $nominee } ({ $award }, nomination { $id }) has been ANNULLED. Ground: { $ground }. Reason: { $reason }. Article: { $article }.

annul-field-reason = Reason for annulment
annul-field-article = Basis (article, clause)
standing-field-reference = Document number, short note

cmd-rules-description = See the emulation and commendation rules in force for a year (basis, status)
rules-field-year = Emulation year
rules-title = Rules for the emulation year { $year }: { $set }
rules-check-due = This rule set must be checked again: its check date { $day } has passed. { $reason }.
rules-set-by-year = Year-end nominations for { $year } are judged by the rule set in force on 31/12/{ $year }: the bot's choice (the department's rules), not the law's; the articles to check against are under General principles and the department's rules.
rules-set-by-receipt = Nominations for { $year } are judged by the rule set in force on the day their dossier is filed in the bot (the department's choice), no earlier than 31/12/{ $year }: see the department's rules.
rules-text = Text: { $name } ({ $status })
rules-award = { $award }
rules-line = { $rule } — { $basis }
rules-grant-so = The department grants it: { $rule } — { $basis }
rules-grant-upward = The department only proposes it upward: { $rule } — { $basis }
rules-vote = The department's council must vote: { $rule } — { $basis }
rules-vote-optional = The law asks no council vote; if the council votes: { $rule } — { $basis }
rules-vote-upstream = At the higher level: { $rule } — { $basis }
rules-general = General principles
rules-rating = Quality rating for { $year } (the Advanced Worker and Grassroots Emulation Fighter criteria read it)
rules-rating-points = Points: excellent from { $excellent }; good from { $good }; completed from { $completed }; below { $completed }, not completed
rules-agency =
    Rules of { $agency } (the list is shown { $days ->
        [one] { $days } day
       *[other] { $days } days
    } before the council meets)
rules-count-floor = The software's own choice, not a rule of law or of the department: the votes on each nomination are counted and published only when the session met its quorum and had at least { $min ->
        [one] { $min } ballot
       *[other] { $min } ballots
    }. Otherwise the result and the minutes say only how many members voted; no nomination passes and they return to the queue for another session. With one or two ballots, published counts would be each member's own choice.
rules-check-note = Rules marked "unverified, to be checked" or "the department's rule" must be checked by the department against the official texts and its own rules before use.

cmd-standing-description = Record a standing that affects awards (disciplinary review, inspection, complaint being verified, discipline, maternity leave, recruitment date)
standing-field-who = For
standing-ask-who = For a person or a collective?
standing-field-unit = Collective
standing-ask-unit = Which collective?
error-standing-unit-kind = For a collective only: disciplinary review, investigation, inspection, a complaint being verified, a press report being verified, a disciplinary period.
standing-field-person = Person
standing-ask-person = For whom? Type the full name.
standing-field-kind = Standing
standing-ask-kind = Which standing?
standing-field-starts = From
standing-ask-starts = From which day? (dd/mm/yyyy; for recruitment: the day of recruitment)
standing-field-ends = Until
standing-ask-ends = Until which day (inclusive)? Skip if it has not ended (a disciplinary period needs an end).
standing-ask-reference = Document number or a short note (never a complaint's content). You may skip it.
standing-recorded = Standing no. { $id } recorded. Nominations will be judged with it.
standing-line = No. { $id } — { $person } — { $kind }: { $from } – { $until } ({ $reference })
cmd-standings-description = Standings that currently affect awards
standings-empty = Nobody currently has a standing that affects awards.
standings-title = Recorded standings ({ $count })
btn-standing-clear = Clear no. { $id }
standing-cleared = Record no. { $id } cleared.

cmd-annul-description = Annul a recorded award decision (with a reason and a basis)
error-no-decided-nominations = No award decision has been recorded yet.
annul-field-nomination = Decision to annul
annul-ask-nomination = Annul the decision of which nomination?
annul-field-ground = Ground
annul-ask-ground = On which ground (under the Law on Emulation and Commendation)?
annul-ask-reason = State the reason for the annulment.
annul-ask-article = Under which article or document (e.g. inspection conclusion no. …; Article … of the Law)?
annul-recorded = The award decision of nomination { $id } is annulled and the people concerned are told.

cmd-upward-description = Nominations to propose upward (titles and forms the department does not grant)
upward-empty = No nomination is waiting to be proposed upward.
upward-title = To be proposed upward ({ $count })
upward-line = No. { $id } — { $nominee } — { $award } { $year }: { $grant } — { $basis }
upward-line-vote = No. { $id } — { $nominee } — { $award } { $year }: { $grant } — { $basis }. { $vote } — { $voteBasis }
upward-documents = The file sent up holds: the department's submission, the minutes and vote of its Emulation and Commendation Council (with absent members' written opinions), and each nominee's report of achievements. The list is attached as an XLSX file.

cmd-written-description = Record an absent council member's written opinion in a review session
error-written-not-allowed = The department's rules do not let absent members give a written opinion (catalog/agency.json).
written-field-session = Session
written-ask-session = Record the opinion in which session?
written-session = Session { $id }: { $title }
written-field-member = Absent member
written-ask-member = Whose opinion (a member who has not voted)?
written-field-ballot = Opinion
written-ask-ballot = Type the choices by nomination number, exactly as on the signed paper, e.g. 12a 13r 14x (a = for, r = against, x = abstain). Every nomination of the session is needed.
written-line = { $nomination }: { $choice }
written-choice-approve = for
written-choice-reject = against
written-choice-abstain = abstain
written-recorded = { $member }'s written opinion is recorded in session { $id }. Keep the paper with the minutes.
session-result-written =
    Of these, { $written ->
        [one] { $written } ballot was an absent member's written opinion
       *[other] { $written } ballots were absent members' written opinions
    } (as recorded in the minutes).
