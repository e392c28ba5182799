## Documents the bot writes: minutes, proposals, lists, draft decisions, pledge summaries, achievement reports, plans, year reports

cmd-documents-description = Documents (.docx): minutes, proposals, decisions, summaries, reports
documents-menu = Choose the document to write (a Word file sent to your private chat):
documents-none = There is no document you can ask for yet.
documents-ready = Document written: { $file }. Check it, add the document number and have it signed as usual.
error-session-still-open = Review session { $id } is still open: its minutes are written once it closes.
error-document-nothing = There is nothing for this document yet (no nomination was approved by the council at this level).
btn-doc-minutes = Minutes of session { $id }
btn-doc-proposal = Proposal { $year }
btn-doc-upward = Proposal upward { $year }
btn-doc-decision = Draft decision { $year }
btn-doc-pledges = Pledge summary { $code }
btn-doc-unit-pledges = My unit's pledges ({ $code })
btn-doc-plan = Plan for { $year }
btn-doc-report = Year report { $year }
btn-doc-achievements = Achievement report: { $nominee } (no. { $id })

doc-file-minutes = Council minutes session { $id }
doc-file-proposal = Proposal for commendation { $year }
doc-file-proposal-upward = Proposal for commendation upward { $year }
doc-file-decision = Draft decision on commendation { $year }
doc-file-pledge-summary = Pledge summary { $code }
doc-file-unit-pledge = Unit pledges { $code }
doc-file-achievements = Achievement report nomination { $id }
doc-file-plan = Emulation plan { $year }
doc-file-report = Emulation year report { $year }

doc-council-name = Emulation and Commendation Council
doc-number-blank = No.:        /{ $symbol }
doc-authority-council = On behalf of the council
doc-authority-director = For the Director
doc-title-chair = Chair
doc-title-secretary = Secretary
doc-title-secretary-council = Standing office of the Emulation and Commendation Council
doc-title-director = Director
doc-title-deputy-director = Deputy Director
doc-title-unit-head = Head of unit
doc-title-unit-head-confirms = Confirmed by the head of unit
doc-title-reporter = Reported by
doc-recipient-council-members = Council members;
doc-recipient-file = Filed: registry, emulation office.
doc-recipient-director = The Director;
doc-recipient-province = Provincial People's Committee;
doc-recipient-province-council = Provincial Emulation and Commendation Council;
doc-recipient-council = The department's Emulation and Commendation Council;
doc-recipient-council-standing = Standing office of the Emulation and Commendation Council;
doc-recipient-leaders = The department's board of directors;
doc-recipient-heads = Heads of sections and units;
doc-recipient-article-3 = As in Article 3;

doc-col-no = No.
doc-col-nominee = Nominee
doc-col-award = Title or form of commendation
doc-col-approve = For
doc-col-reject = Against
doc-col-abstain = Abstain
doc-col-share = For / all members
doc-col-threshold = Needed
doc-col-result = Result
doc-col-person = Full name
doc-col-unit = Unit
doc-col-unit-of = Section or unit
doc-col-achievements = Achievements
doc-col-members = People
doc-col-pledged = Pledged
doc-col-ldtt = Advanced Worker
doc-col-cstdcs = Grassroots Emulation Fighter
doc-col-collective = Collective title pledged
doc-col-titles = Titles pledged
doc-col-commitments = Commitments
doc-col-commitment = Commitment
doc-col-note = Note
doc-col-count = Number

doc-minutes-kind = Minutes
doc-minutes-subject = Meeting of the Emulation and Commendation Council: { $title }
doc-minutes-opening = Review session { $id } of the department's Emulation and Commendation Council opened at { $from } and closed at { $to }; members voted by secret ballot in the department's emulation system.
doc-minutes-attendance-heading = I. Attendance
doc-minutes-members = Council members: { $members }; voted: { $present }; absent (did not vote): { $absent }.
doc-minutes-present = Members who voted: { $names }.
doc-minutes-absent = Absent members: { $names }.
doc-minutes-quorum-met = Enough members took part for the session to count under the council's rules.
doc-minutes-quorum-missed = Too few members took part under the council's rules; the nominations return to a later session.
doc-minutes-results-heading = II. Results of the secret ballot
doc-minutes-secret-ballot = The count for each nomination (totals only; no ballot is linked to any member):
doc-minutes-threshold-members = { $percent }% of all members or more
doc-minutes-threshold-cast = more than { $percent }% of the ballots cast
doc-minutes-passed = Passed
doc-minutes-failed = Not passed
doc-minutes-closing = These minutes were completed at { $time } and approved by the council members.

doc-proposal-kind = Proposal
doc-proposal-subject-grant = On commendations for { $year }
doc-proposal-subject-upward = On commendations proposed upward for { $year }
doc-proposal-to-director = To: the Director of the department.
doc-proposal-to-province = To: the Chair of the Provincial People's Committee (through the provincial Emulation and Commendation Board).
doc-proposal-basis = Under the Law on Emulation and Commendation and its implementing texts, the department's emulation rules, and the result of the council's secret ballot;
doc-proposal-body = The department's Emulation and Commendation Council reviewed and agreed to propose commendations for { $year } for { $persons ->
        [one] { $persons } individual
       *[other] { $persons } individuals
    } and { $units ->
        [one] { $units } collective
       *[other] { $units } collectives
    }:
doc-proposal-line = { $award }: { $count }
doc-proposal-list-attached = (List attached.)
doc-proposal-ask-director = The council submits this to the Director for decision.
doc-proposal-ask-province = The department asks the Chair of the Provincial People's Committee to consider these commendations.
doc-list-title = List of nominations for commendation
doc-list-subtitle = (Attached to the proposal for commendations, { $year })
doc-list-group-person = { $n }. { $award } — individuals ({ $count })
doc-list-group-unit = { $n }. { $award } — collectives ({ $count })

doc-decision-kind = Decision
doc-decision-subject = On commendations for { $year } (draft)
doc-decision-director = THE DIRECTOR OF { $agency }
doc-decision-basis-law = Under the Law on Emulation and Commendation of 15 June 2022;
doc-decision-basis-decree = Under the Government decree in force detailing the Law on Emulation and Commendation;
doc-decision-basis-council = At the proposal of the department's Emulation and Commendation Council.
doc-decision-decides = DECIDES:
doc-decision-article-1 = Article 1. To award the titles and forms of commendation for { $year } to the { $persons ->
        [one] { $persons } individual
       *[other] { $persons } individuals
    } and { $units ->
        [one] { $units } collective
       *[other] { $units } collectives
    } in the attached list.
doc-decision-article-2 = Article 2. This decision takes effect on signature.
doc-decision-article-3 = Article 3. The head of the department's office, the heads of sections and units, and the individuals and collectives named in Article 1 carry out this decision.
doc-decision-annex-title = List of commendations
doc-decision-annex-subtitle = (Attached to the decision on commendations for { $year })

doc-pledge-summary-kind = Summary
doc-pledge-summary-subject = Emulation pledges: { $campaign }
doc-pledge-summary-intro = Emulation pledges of { $units ->
        [one] { $units } section or unit
       *[other] { $units } sections and units
    } in «{ $campaign }»: { $pledges ->
        [one] { $pledges } individual
       *[other] { $pledges } individuals
    } pledged.
doc-unit-pledge-kind = Emulation pledges
doc-unit-pledge-subject = Campaign: { $campaign }
doc-unit-pledge-to = To: the department's Emulation and Commendation Council.
doc-unit-pledge-collective-heading = I. The unit's collective pledge
doc-unit-pledge-collective = Titles pledged: { $titles }. Commitments: { $commitments }
doc-unit-pledge-no-collective = The unit has not pledged a collective title.
doc-unit-pledge-people-heading = II. Individual pledges

doc-achievements-kind = Achievement report
doc-achievements-subject = Nomination for { $award }, { $year } — { $nominee }
doc-achievements-section-1 = I. Brief background
doc-achievements-name = Name (of the person or collective): { $name }
doc-achievements-unit = Unit: { $unit }
doc-achievements-section-2 = II. Achievements
doc-achievements-pledge-results = Results against the emulation pledge:
doc-achievements-section-3 = III. Commendations already received
doc-achievements-earlier = { $award }, { $year } (decision { $number })
doc-achievements-none-earlier = No commendation is recorded in the system.

doc-plan-kind = Plan
doc-plan-subject = Emulation and commendation work in { $year }
doc-plan-section-purposes = I. Purposes and requirements
doc-plan-purposes = Promote the patriotic emulation movement so that staff complete the tasks of { $year }; commend promptly, accurately, fairly and lawfully.
doc-plan-section-movements = II. Emulation movements
doc-plan-movement = { $title } (from { $from } to { $to }).
doc-plan-no-movements = No movement has been launched for this year in the system.
doc-plan-section-measures = III. Measures
doc-plan-measures-pledges = Individuals and collectives register their pledges at the start of the year; heads of units confirm them.
doc-plan-measures-examples = Find, support and spread good examples and good deeds.
doc-plan-measures-commendation = Tie emulation reviews to the annual quality rating; give weight to thematic and ad-hoc commendation.
doc-plan-section-organisation = IV. Organisation
doc-plan-organisation = Sections and units carry out this plan; the council's standing office follows, summarises and reports.

doc-report-kind = Report
doc-report-subject = Emulation and commendation work in { $year }: the year's review
doc-report-section-pledges = I. Pledges, self-assessment and ratings
doc-report-pledges = In { $year } the department had { $staff } staff; { $pledged } pledged, { $assessed } completed their self-assessment and { $rated } received a quality rating.
doc-report-section-granted = II. Titles and forms of commendation the department granted
doc-report-section-upward = III. Commendations proposed upward
doc-report-section-cases = IV. Complaints, denunciations and feedback about emulation and commendation
doc-report-cases = Received: { $received }; settled: { $settled }.
doc-report-section-next = V. Next year
doc-report-next = Keep renewing the content and forms of emulation; raise the quality of reviews and commendation.
btn-case-letter-docx = Download the letter (Word) to print and sign

profile-shown =
    Profile of { $name } — { $unit } (used in achievement reports; only this person, admins and the council's secretary can see it):
    Date of birth: { $birth }
    Home town: { $hometown }
    Post: { $position }
    Professional qualification: { $qualification }
    Political theory: { $politicalTheory }
profile-unset = (not in the staff roster yet)
