## Documents the bot writes: minutes, submissions, lists, draft decisions, pledge reports, achievement reports, plans, year reports, certificates

cmd-documents-description = Documents (.docx): minutes, submissions, decisions, reports, certificates
documents-menu = Choose the document to write (a Word file sent to your private chat):
documents-menu-year = Documents of { $year } (type /documents YEAR for another year; years with documents: { $years }):
documents-none = There is no document you can ask for yet.
documents-ready = Document written: { $file }. The records clerk fills in its number and date; the competent person signs and the seal is applied as usual.
documents-bad-year = "{ $value }" is not a year (for example: /documents 2024).
documents-no-years = none passed by the council yet
error-session-still-open = Review session { $id } is still open: its minutes are written once it closes.
error-document-nothing = There is nothing for this document yet (no nomination passed by the council or decided at this level in this year).
error-document-settings-missing = This document cannot be written yet; missing: { $names }. An administrator fills these in the "documents" block of catalog/agency.json (or the roster's "Chức vụ" column), then try again.
btn-doc-minutes = Minutes of session { $id }
btn-doc-proposal = Submission { $year }
btn-doc-upward = Upward proposal { $year }
btn-doc-decision = Draft decision { $year }
btn-doc-certificates = Certificates { $year }
btn-doc-pledges = Pledge report { $code }
btn-doc-unit-pledges = The unit's pledges ({ $code })
btn-doc-plan = Plan { $year }
btn-doc-report = Year report { $year }
btn-doc-achievements = Achievement report: { $nominee } (no. { $id })

doc-setting-parent = the parent body with the province's name ("parent", e.g. UBND TỈNH THỪA THIÊN HUẾ)
doc-setting-name = the agency's name ("name")
doc-setting-place = the place name ("place")
doc-setting-symbol = the agency's abbreviation in document symbols ("symbol")
doc-setting-fund = where reward money is paid from ("fund", e.g. the Sở's emulation and commendation fund)
doc-setting-meetingPlace = where the council meets ("meetingPlace")
doc-setting-councilChair = the council's chair and their post in the Sở ("councilChair", "councilChairPosition"; the Director by default)
doc-setting-councilStanding = the council's standing member, their council title and post in the Sở ("councilStanding", "councilStandingTitle", "councilStandingPosition")
doc-setting-director = the Director's name ("director", or whoever the roster lists with the post "Giám đốc")
doc-setting-competence-year = the decision on the Sở's functions and powers in force in { $year } ("competence")
doc-setting-rules-year = the Sở's emulation and commendation rules applying in { $year } ("rules")
doc-setting-unit-head = the head of { $unit } and their post (role unit_head, "Chức vụ" column)
doc-setting-bases = the legal bases of rule set "{ $id }" (catalog/legal-bases.json)
doc-setting-draftingUnit = the drafting unit's abbreviation after "Lưu: VT," ("draftingUnit")
doc-setting-competence = the decision on the Sở's functions and powers ("competence")
doc-setting-rules = the Sở's emulation and commendation rules ("rules")
doc-setting-deputies = the Deputy Directors ("deputies")
doc-setting-deputyInCharge = the Deputy Director in charge ("deputyInCharge")
doc-setting-councilChairPosition = the council chair's post in the Sở ("councilChairPosition")
doc-setting-councilStandingTitle = the standing member's council title ("councilStandingTitle")
doc-setting-councilStandingPosition = the standing member's post in the Sở ("councilStandingPosition")

doc-file-minutes = Council minutes session { $id }
doc-file-proposal = Submission awards { $year }
doc-file-proposal-upward = Upward proposal awards { $year }
doc-file-decision = Draft award decision { $year }
doc-file-certificates = Certificates { $year }
doc-file-pledge-summary = Pledge report { $code }
doc-file-unit-pledge = Unit pledges { $code }
doc-file-achievements = Achievement report nomination { $id }
doc-file-plan = Emulation plan { $year }
doc-file-report = Year report emulation { $year }

doc-council-name = Emulation and Commendation Council
doc-number-blank = No.:        /{ $symbol }
doc-authority-council = On behalf of the Council
doc-authority-for-chair = For the Chair
doc-title-chair = Chair
doc-title-secretary = Secretary
doc-title-presiding = Presiding
doc-title-director = Director
doc-title-reporter = The person reporting
doc-note-sign-name = (Signature and full name)
doc-note-sign-seal = (Signature and seal)
doc-recipient-as-above = As above
doc-recipient-council-members = Council members
doc-recipient-file = File: Records, { $unit }
doc-recipient-file-registry = File: Records
doc-recipient-file-record = File: Records, dossier
doc-recipient-unit-file = File: the unit
doc-recipient-province = Provincial People's Committee (to report)
doc-recipient-province-council = Provincial Emulation and Commendation Council
doc-recipient-council = The department's Emulation and Commendation Council
doc-recipient-leaders = The department's leadership
doc-recipient-heads = The department's sections and units
doc-recipient-article-4 = As in Article 4
doc-who-person = { $count ->
        [one] 1 individual
       *[other] { $count } individuals
    }
doc-who-unit = { $count ->
        [one] 1 collective
       *[other] { $count } collectives
    }
doc-and = and
doc-group-title = Title "{ $award }": { $who }
doc-group-form = "{ $award }": { $who }

doc-col-no = No.
doc-col-nominee = Nominee
doc-col-award = Title or form of commendation
doc-col-approve = For
doc-col-reject = Against
doc-col-abstain = Abstaining
doc-col-share = Share for
doc-col-threshold = Needed
doc-col-result = Result
doc-col-person = Full name
doc-col-post = Post
doc-col-presence = Attendance
doc-col-unit = Collective
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
doc-col-year = Year
doc-col-title = Emulation title
doc-col-form = Form of commendation
doc-col-decision-title = Number and date of the decision granting the title; issuer
doc-col-decision-form = Number and date of the commendation decision; issuer

doc-minutes-kind = Minutes
doc-minutes-subject = Meeting of the Emulation and Commendation Council: { $title }
doc-minutes-started = Started: { $time }.
doc-minutes-place = Place: { $place }; members voted in the department's emulation system until { $until }.
doc-minutes-attendance = Attendance: council members: { $members }; voted: { $voted }; absent with a written opinion: { $written }; did not vote: { $absent }:
doc-minutes-presence-voted = Present, voted
doc-minutes-presence-written = Absent, written opinion
doc-minutes-presence-secretary = Present (secretary), did not vote
doc-minutes-presence-absent = Absent, no opinion
doc-minutes-chair = Chaired by: { $name }, { $post }, Chair of the Council.
doc-minutes-secretary = Secretary (minute-taker): { $name }, { $post }.
doc-minutes-secretary-post = secretary of the Council
doc-minutes-proceedings = Proceedings: nominations considered: { $count }; members voted for, against or abstained on each.
doc-minutes-quorum-met = The members taking part ({ $voters }/{ $members }) make the session valid under the council's rules.
doc-minutes-quorum-missed = The members taking part ({ $voters }/{ $members }) do not make the session valid under the council's rules; the nominations are considered again at the next session.
doc-minutes-written = Absent members whose written opinions are counted with the ballots: { $count }.
doc-minutes-base-members = of all members
doc-minutes-base-cast = of ballots cast
doc-minutes-threshold-over = more than { $percent }% { $base }
doc-minutes-threshold-from = at least { $percent }% { $base }
doc-minutes-passed = Passed
doc-minutes-failed = Not passed
doc-minutes-totals-only = The minutes give each nomination's totals; no ballot is tied to a member's name.
doc-minutes-ended = The meeting ended at { $time }
doc-minutes-not-decided = Not decided, back in the queue
doc-minutes-counts-withheld =
    The session had { $voters ->
        [one] { $voters } ballot
       *[other] { $voters } ballots
    }, short of the quorum or fewer than { $min }: the votes on each nomination were not counted and are not in these minutes, to keep the ballot secret (the software's own choice, not a rule of law); no nomination passed, and they will be reviewed at another session.

doc-proposal-kind = Submission
doc-proposal-subject-grant = Proposing emulation titles and commendation for { $year }
doc-proposal-subject-upward = Proposing commendation by higher levels for { $year }
doc-proposal-to-director = The Director of { $agency }
doc-proposal-body-grant = The department's Emulation and Commendation Council has considered and agreed to propose titles and commendation for { $year } for { $who }:
doc-proposal-body-upward = On the council's review, { $agency } hereby proposes commendation for { $year } for { $who }:
doc-proposal-line-voted = { $award }: { $who }, voted by the council, reaching the required share
doc-proposal-line-agreed = { $award }: { $who }, no vote required; agreed by the council on the units' reviews
doc-proposal-line-mixed = { $award }: { $who }; voted by the council, reaching the required share: { $voted }; the rest need no vote
doc-proposal-list-attached = (List attached)
doc-proposal-list-attached-files = (List, achievement reports and council minutes attached)
doc-proposal-ask-director = The council submits this to the Director for decision
doc-proposal-ask-province = { $agency } hereby asks the Chairman of the Provincial People's Committee to consider and grant these awards
doc-list-title = List of proposed awards { $year }
doc-list-attached-council = Attached to Submission No. …/TTr-HĐTĐKT of … … … of the Emulation and Commendation Council of { $agency }
doc-list-attached-agency = Attached to Submission No. …/{ $symbol } of … … … of { $agency }
doc-list-group = { $n }. { $award } ({ $who })

doc-decision-kind = Decision
doc-decision-subject-titles = On granting emulation titles for { $year }
doc-decision-subject-forms = On granting Certificates of Commendation for { $year }
doc-decision-subject-both = On granting emulation titles and Certificates of Commendation for { $year }
doc-decision-authority = Director of { $agency }
doc-decision-proposed-by = On the proposal of the department's Emulation and Commendation Council
doc-decision-decides = DECIDES:
doc-decision-article-1 = To grant emulation titles and commendation for { $year } to { $who } named in the annex to this Decision:
doc-decision-money-priced = With the titles, the individuals and collectives named in Article 1 receive the amounts set by { $cites }: { $amounts }.
doc-decision-money-line = "{ $award }" { $times } × the base salary
doc-decision-money-decree = For { $awards }, the money is set by { $decree }.
doc-decision-money-fund = The rewards are paid from { $fund }.
doc-decision-article-3 = This Decision takes effect on signing.
doc-decision-article-4 = The Chief of Office, the heads of the department's sections and units and the individuals and collectives named in Article 1 carry out this Decision
doc-decision-annex-title = Individuals and collectives commended in { $year }
doc-decision-annex-attached = Attached to Decision No. …/{ $symbol } of … … … of the { $signer }

doc-pledge-summary-kind = Report
doc-pledge-summary-subject = Pledges: { $campaign }
doc-pledge-summary-intro = The council's standing member reports the pledges in "{ $campaign }": sections and units: { $units }; individuals who pledged: { $pledges }:
doc-pledge-summary-closing = Reported to the Director
doc-unit-pledge-kind = Emulation pledge
doc-unit-pledge-subject = Movement: { $campaign }
doc-unit-pledge-to = The Emulation and Commendation Council of { $agency }
doc-unit-pledge-collective-heading = I. THE COLLECTIVE'S PLEDGE
doc-unit-pledge-collective = Titles pledged: { $titles }. Commitments: { $commitments }
doc-unit-pledge-no-collective = The unit has not pledged a collective title.
doc-unit-pledge-people-heading = II. INDIVIDUAL PLEDGES
doc-unit-pledge-closing = The unit commits to carry these out and to reach the titles pledged

doc-achievements-kind = Achievement report
doc-achievements-subject = Proposed for "{ $award }", { $year }
doc-achievements-section-1 = I. PERSONAL DETAILS
doc-profile-name = Full name (in full, no abbreviations)
doc-profile-birth = Date of birth
doc-profile-gender = Sex
doc-profile-hometown = Home town
doc-profile-residence = Residence
doc-profile-unit = Workplace
doc-profile-position = Post (Party, government, organisations)
doc-profile-political = Political theory
doc-profile-qualification = Professional qualification
doc-profile-academic = Academic rank, degree, titles, prizes
doc-achievements-section-2 = II. ACHIEVEMENTS
doc-achievements-duties = 1. Powers and duties assigned:
doc-achievements-duties-post = { $post }, { $unit }.
doc-achievements-results = 2. Achievements:
doc-achievements-pledge-results = Results of the emulation pledge:
doc-achievements-section-3 = III. COMMENDATIONS ALREADY RECEIVED
doc-received-titles = 1. Emulation titles:
doc-received-forms = 2. Forms of commendation:
doc-received-decision = Decision No. { $number }
doc-received-none = None in the system's records
doc-achievements-confirm = { $title } confirms and proposes
doc-achievements-confirm-upward = Confirmed by the proposing level
doc-achievements-above = Remarks and confirmation of the level directly above
doc-achievements-unit-name = Collective proposed: { $unit }
doc-achievements-unit-section-1 = I. OUTLINE
doc-achievements-unit-situation = 1. Situation:
doc-achievements-unit-seat = Seat: { $place }
doc-achievements-unit-people = Civil servants, public employees and workers: { $members }
doc-achievements-unit-functions = 2. Functions and duties:
doc-achievements-unit-results = 1. Results of the assigned duties:
doc-achievements-unit-advanced = Members holding "Advanced Worker" in { $year }: { $share } of the unit's people.
doc-achievements-unit-movements = 2. Emulation movements taken part in:

doc-certificate-gives = GRANTS
doc-certificate-certifies = CERTIFIES
doc-certificate-form-title = CERTIFICATE OF COMMENDATION
doc-certificate-achievement = For outstanding achievements in { $year }
doc-certificate-title-achieved = Holds the title
doc-certificate-year = Year { $year }
doc-certificate-decision = Decision No. { $number } of { $date }
doc-certificate-register = Register no.: ……………

doc-plan-kind = Plan
doc-plan-subject = Emulation and commendation work in { $year }
doc-plan-intro = { $agency } hereby sets out its emulation and commendation plan for { $year }:
doc-plan-section-purposes = I. PURPOSES AND REQUIREMENTS
doc-plan-purpose-1 = 1. Drive the patriotic emulation movement so that staff fulfil the year { $year }'s tasks.
doc-plan-purpose-2 = 2. Find, foster and spread good examples; commend promptly, accurately, openly and transparently.
doc-plan-requirement-1 = 3. Movements with concrete targets tied to each unit's tasks; everyone pledges at the start of the year.
doc-plan-requirement-2 = 4. Reviews tied to the quality rating; commendation by the rules' subjects, criteria, procedure and files.
doc-plan-section-movements = II. EMULATION MOVEMENTS
doc-plan-movement = { $title } (from { $from } to { $to })
doc-plan-movement-pledges = Individuals and collectives pledge in the system before { $deadline }; unit heads confirm their members' pledges.
doc-plan-no-movements = No movement has been launched for this year in the system.
doc-plan-section-awards = III. TITLES AND FORMS OF COMMENDATION
doc-plan-awards-titles = 1. Titles the Director grants: { $names }.
doc-plan-awards-forms = 2. Forms the Director grants: { $names }.
doc-plan-awards-upward = 3. Titles and forms the department proposes upward: { $names }.
doc-plan-section-measures = IV. MEASURES
doc-plan-measures-pledges = 1. Have individuals and collectives pledge at the start of the year; unit heads confirm the pledges.
doc-plan-measures-examples = 2. Find, foster and spread good examples.
doc-plan-measures-commendation = 3. Tie reviews to the quality rating; give weight to thematic and ad-hoc commendation.
doc-plan-section-organisation = V. ORGANISATION
doc-plan-organisation-council = 1. The council's standing member advises the Director on carrying out the plan and follows the pledges and results.
doc-plan-organisation-units = 2. Sections and units carry out the plan and hold their year-end reviews as the rules say.
doc-plan-organisation-report = 3. Sections and units report their results to the council's standing member, who reports to the Director in December { $year }

doc-report-kind = Report
doc-report-subject = Emulation and commendation work in { $year }: review
doc-report-intro = Carrying out the emulation and commendation plan for { $year }, { $agency } hereby reports:
doc-report-section-results = I. RESULTS
doc-report-pledges = 1. Staff in { $year }: { $staff }; pledged: { $pledged }.
doc-report-assessed = 2. Self-assessments completed: { $assessed }; quality ratings given: { $rated }.
doc-report-granted-heading = 3. Titles and forms the Director granted:
doc-report-upward-heading = 4. Titles and forms proposed upward:
doc-report-none = None.
doc-report-cases = 5. Complaints, denunciations and feedback about emulation and commendation received: { $received }; settled: { $settled }.
doc-report-section-next = II. NEXT YEAR
doc-report-next-1 = 1. Keep renewing the content and forms of emulation; improve the quality of reviews and commendation.
doc-report-next-2 = 2. Find, foster and spread good examples; commend promptly, accurately and openly
btn-case-letter-docx = Download the letter (Word) to print and sign

profile-shown =
    Profile of { $name } — { $unit } (used in achievement reports; only this person, admins and the council's secretary can see it):
    Date of birth: { $birth }
    Home town: { $hometown }
    Post: { $position }
    Professional qualification: { $qualification }
    Political theory: { $politicalTheory }
profile-unset = (not in the staff roster yet)
