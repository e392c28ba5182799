## Nominations, good deeds, the council's review sessions, the secret ballot, decisions, exports.

cmd-nominate-description = Nominate a person or a unit for an award
cmd-evidence-description = Send evidence files for a nomination: /evidence <number>
cmd-nominations-description = Nominations list, dossier and decision exports
cmd-gooddeed-description = Tell of a colleague's good deed
cmd-opensession-description = Open a review session of the Emulation and Commendation Council
cmd-vote-description = Cast your secret ballot in an open review session
cmd-sessions-description = Review sessions: turnout, results, closing a session
cmd-decide-description = Record the award decision for nominations the council approved

nomination-field-nominee-kind = Nominee
nomination-field-person = Person nominated
nomination-field-unit = Unit nominated
nomination-field-award = Title or form of award
nomination-field-kind = Kind of award
nomination-field-campaign = Emulation campaign
nomination-field-achievements = Achievements
nomination-ask-nominee-kind = Is the nomination for a person or a unit?
nomination-ask-person = Type the name of the person you nominate.
nomination-ask-unit = Which unit do you nominate?
nomination-ask-award = Which title or form of award?
nomination-ask-kind = What kind of award is it?
nomination-ask-campaign = Which emulation campaign is it for?
nomination-ask-achievements = Summarise the achievements (several lines are fine).
nomination-nominee-person = A person
nomination-nominee-unit = A unit

nomination-kind-year_end = Year-end
nomination-kind-thematic = Thematic
nomination-kind-ad_hoc = Ad hoc
nomination-kind-good_deed = Good deed

nomination-status-proposed = Proposed
nomination-status-under_review = Under review by the council
nomination-status-approved = Approved by the council
nomination-status-rejected = Not approved by the council
nomination-status-decided = Decided
nomination-status-withdrawn = Withdrawn

nomination-line =
    No. { $id } — { $nominee } ({ $unit })
    { $award } — { $kind }, year { $year } — { $status }
    Achievements: { $achievements }
    Evidence files: { $evidence }
nomination-line-decided =
    No. { $id } — { $nominee } ({ $unit })
    { $award } — { $kind }, year { $year } — { $status }
    Decision no. { $decision }, signed by { $signer }
    Achievements: { $achievements }
nomination-choice = No. { $id } — { $nominee } — { $award }

nomination-created = Nomination no. { $id } is recorded.
nomination-evidence-hint = To add evidence, send files or photos with the caption /evidence { $id }. You can withdraw the nomination until the council starts reviewing it.
nomination-notify-proposed = New nomination no. { $id }: { $nominee } — { $award } (proposed by { $proposer }).
nomination-unrated-warning = Note on nomination no. { $id } ({ $nominee } — { $award } { $year }): no quality rating is recorded for { $year }, and the criterion «{ $rule }» ({ $basis }) reads it. The rating is due before the year-end review: the unit head or the leadership records it with /rate.
nomination-withdraw-confirm = Do you really want to withdraw nomination no. { $id }?
nomination-withdrawn = Nomination no. { $id } is withdrawn.
btn-nomination-withdraw = Withdraw no. { $id }

evidence-usage = Send files or photos with the caption /evidence <nomination number>, e.g. /evidence 3.
evidence-no-files = No file came with the message. Send files or photos with the caption /evidence { $id }.
evidence-added =
    Added { $count ->
        [one] { $count } evidence file
       *[other] { $count } evidence files
    } to nomination no. { $id } ({ $total } in all).

nominations-title = Nominations ({ $count })
nominations-empty = No nomination matches.
nominations-more =
    Showing the latest { $shown } of { $count ->
        [one] { $count } nomination
       *[other] { $count } nominations
    }; narrow it with a filter or export the files.
nominations-filter-hint = Filter: /nominations followed by a status (proposed, under_review, approved, rejected, decided, withdrawn), an award code (CSTDCS), a campaign code (TD2023) or a unit's name.
nominations-export-dossiers =
    Dossier list for the council: { $count ->
        [one] { $count } dossier
       *[other] { $count } dossiers
    }.
nominations-export-decisions = Awards decided: { $count }.
btn-export-dossiers = Export dossier list
btn-export-decisions = Export decision list
nomination-sheet-dossiers = Dossiers
nomination-sheet-decisions = Decisions
nomination-col-no = No.
nomination-col-id = Nomination
nomination-col-nominee = Nominee
nomination-col-unit = Unit
nomination-col-award = Award
nomination-col-kind = Kind
nomination-col-year = Year
nomination-col-achievements = Achievements
nomination-col-evidence = Evidence
nomination-col-status = Status
nomination-col-decision-no = Decision no.
nomination-col-decision-date = Decision date
nomination-col-signer = Signed by

gooddeed-field-person = Colleague
gooddeed-field-story = Good deed
gooddeed-ask-person = Whose good deed do you want to tell of? Type their name.
gooddeed-ask-story = Tell the good deed in a few lines.
gooddeed-reported = Thank you! { $person }'s good deed is recorded (no. { $id }) and passed to the council secretary.
gooddeed-notify-secretary =
    Good deed no. { $id }: { $person } ({ $unit }), told by { $reporter }:
    { $story }
gooddeed-published = Good deed no. { $id } is published to everyone.
gooddeed-announce =
    Commendation of a good deed: { $person } ({ $unit })
    { $story }
btn-gooddeed-nominate = Nominate for an ad-hoc award
btn-gooddeed-publish = Publish to everyone

session-field-title = Session name
session-field-nominations = Nominations to review
session-field-ends = Voting deadline
session-ask-title = Name the review session (e.g. Year-end awards 2023).
session-ask-nominations = Pick the nominations the council will review.
session-ask-ends = Voting is open until the end of which day?
session-opened = Review session no. { $id } is open. Ballots went to { $members } council members; voting closes { $endsAt }.
btn-sessions = Review sessions
sessions-title = Review sessions
sessions-empty = There is no review session yet.
session-line-open =
    Session { $id } — { $title } — voting until { $endsAt }: { $voters }/{ $members ->
        [one] { $members } member
       *[other] { $members } members
    } voted, { $count ->
        [one] { $count } nomination
       *[other] { $count } nominations
    }.
session-line-closed =
    Session { $id } — { $title } — closed { $closedAt }: { $voters }/{ $members ->
        [one] { $members } member
       *[other] { $members } members
    } voted.
session-still-open = Session { $id } is still voting; results come only after it closes.
session-close-confirm = Close session { $id } now? Members who have not voted will no longer be able to.
btn-session-close = Close session { $id }
btn-session-close-ok = Close the session
btn-session-result = Results of session { $id }
session-result-title = Results of review session { $id }: { $title }
session-result-turnout = { $voters }/{ $members } council members voted (quorum: at least half).
session-result-no-quorum =
    Only { $voters }/{ $members ->
        [one] { $members } member
       *[other] { $members } members
    } voted, short of the quorum (at least half): no nomination passes; they return to the queue. The votes on each nomination were not counted and are not published, to keep the ballot secret.
session-result-too-few =
    { $voters }/{ $members ->
        [one] { $members } member
       *[other] { $members } members
    } voted, fewer than { $min ->
        [one] { $min } ballot
       *[other] { $min } ballots
    }: no nomination passes; they return to the queue. The votes on each nomination were not counted and are not published: with so few ballots each member's choice could be worked out (the software's own choice to keep the ballot secret, not a rule of law).
session-result-line-returned = No. { $id } { $nominee } — { $award }: not decided, back in the queue.
session-result-line-passed = APPROVED — no. { $id } { $nominee } — { $award }: { $approve } for, { $reject } against, { $abstain } abstaining (needs { $cmp } { $percent }% of { $base }).
session-result-line-failed = NOT APPROVED — no. { $id } { $nominee } — { $award }: { $approve } for, { $reject } against, { $abstain } abstaining (needs { $cmp } { $percent }% of { $base }).
session-base-members = all council members
session-base-members-unit = all the unit's people
session-result-turnout-unit = { $voters }/{ $members } of the unit's people voted (quorum met under the department's rules).
session-result-no-quorum-unit = Only { $voters }/{ $members } of the unit's people voted, short of the quorum under the department's rules: nobody is proposed to the council yet; the unit reviews again.
session-result-too-few-unit =
    { $voters }/{ $members } of the unit's people voted, fewer than { $min ->
        [one] { $min } ballot
       *[other] { $min } ballots
    }: nobody is proposed to the council yet; the unit reviews again. The votes were not counted or published, since with so few ballots each person's choice could be worked out (the software's own choice to keep the ballot secret, not a rule of law).
session-base-cast = the ballots cast
session-cmp-over = over
session-cmp-from = at least

ballot-invitation =
    Review session no. { $id } ({ $title }) is open with { $count ->
        [one] { $count } nomination
       *[other] { $count } nominations
    }. Please cast your secret ballot before { $endsAt }.
btn-ballot-open = Open my ballot
btn-ballot-open-id = Vote in session { $id }
ballot-title = Secret ballot — session { $id }: { $title } (until { $endsAt })
ballot-line = { $item }: { $choice }
ballot-choice-approve = For
ballot-choice-reject = Against
ballot-choice-abstain = Abstain
ballot-choice-none = (not chosen)
btn-ballot-approve = For no. { $id }
btn-ballot-reject = Against no. { $id }
btn-ballot-abstain = Abstain no. { $id }
ballot-hint = Choose for each nomination. Nothing is cast until you confirm.
ballot-hint-complete = All chosen. Press "Review and cast" to confirm.
btn-ballot-review = Review and cast
ballot-review-title = Confirm your ballot for session { $id }
ballot-review-warning = Once cast, it cannot be changed. Nobody, the secretary included, learns what you chose.
btn-ballot-cast = Cast (final)
btn-ballot-change = Change
ballot-cast = Your ballot for session { $id } is cast. Only the fact that you voted is recorded, not your choices.
vote-none-open = No review session is voting now.
vote-all-cast = You have voted in every open session.
vote-choose-session = Choose the session to vote in.

decision-field-nominations = Nominations awarded
decision-field-number = Decision number
decision-field-date = Decision date
decision-field-signer = Signed by
decision-ask-nominations = Pick the approved nominations this decision covers.
decision-ask-number = Decision number (e.g. 125/QĐ-SNV)?
decision-ask-date = Date the decision was signed?
decision-ask-signer = Who signed it (name, position)?
decision-recorded =
    Decision no. { $number } recorded for { $count ->
        [one] { $count } nomination
       *[other] { $count } nominations
    }.
decision-notify = Congratulations! Nomination no. { $id } ({ $nominee } — { $award }) is awarded by decision no. { $number } of { $date }, signed by { $signer }.
decision-announce-title = Award decision no. { $number } of { $date } ({ $signer })
decision-announce-line = { $nominee } — { $award }

error-award-unknown = There is no award "{ $award }" in the catalog.
error-nomination-duplicate = There is already a nomination for { $award } { $year } for this nominee (no. { $id }).
error-nomination-self = Nobody proposes themselves: your nomination is made by someone else (your unit head or the council's secretary).
error-nomination-wrong-status = Nomination no. { $id } is not in a state that allows this.
error-nomination-not-withdrawable = Nomination no. { $id } is already before the council and can no longer be withdrawn.
error-session-closed = Review session { $id } is closed; voting is over.
error-session-not-member = You are not on the list of voters of review session { $id }, so you have no ballot.
error-session-already-voted = You have already voted in review session { $id }; a cast ballot cannot be changed.
error-session-empty = There is no nomination waiting for review (or the council has no members), so no session can be opened.
error-session-end-past = The voting deadline ({ $endsAt }) has passed; choose a day after today.
error-ballot-incomplete = Choose for every nomination before casting.
error-good-deed-handled = Good deed no. { $id } has already been handled.
error-no-approved-nominations = No nomination has been approved by the council yet, so there is no decision to record.
