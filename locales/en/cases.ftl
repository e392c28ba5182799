## Complaints, denunciations and feedback about emulation and commendation.
## Checked against the Law on Complaints 02/2011/QH13 (Art. 8, 9, 10, 11, 27, 28, 33, 36, 37) and the Law on
## Denunciations 25/2018/QH14 (Art. 23, 24, 25, 29, 30, 33, 34); see catalog/SOURCES.md.

cmd-complain-description = Send a complaint, denunciation or feedback
cmd-khieunai-description = Send a complaint (named; the bot prepares the letter for you to sign)
cmd-tocao-description = Send a denunciation (named, or anonymous information)
cmd-phananh-description = Send feedback or a suggestion (may be anonymous)
cmd-case-description = Follow a case with its receipt code
cmd-caseinfo-description = Add information to a case you sent
cmd-cases-description = Handle cases (case handlers)
cmd-casenote-description = Ask, reply, forward, close or extend a case
cmd-casedate-description = Record the day the signed letter came, or the dialogue day

field-case-kind = Kind
field-case-content = Content
field-case-identity = Identity
field-case-instance = Instance
field-case-learnedOn = Day the decision or act was received or learned of
field-case-subject = Person or body complained about or denounced
field-case-address = Your address
field-case-contact = How to reach you
field-case-request = Request
field-case-notify = Tell me when the case changes
field-case-ask = Question for the sender
field-case-reply = Reply to the sender
field-case-forward = Forward to
field-case-close = Outcome
field-case-extend = Reason (complex case)
field-case-extend2 = Reason (especially complex case)
field-case-initial = Reason to extend initial handling
field-case-suspend = Reason for suspending
field-case-verify = Checks made
field-case-firstDecisionOn = Day the first-instance decision was received
field-case-ground = Ground for not accepting
field-case-notaccept = Reason for not accepting
field-case-letter-day = Day the signed letter was received
field-case-dialogue-day = Dialogue day

ask-case-kind =
    What would you like to send?
    • Complaint: ask for a review of a decision or act on emulation and commendation that you think is unlawful and harms your rights. A complaint is always named.
    • Denunciation: tell the agency about someone's unlawful act in emulation and commendation.
    • Feedback: comments and suggestions; may be anonymous.
ask-case-content = Describe it: what happened, when, the people or decision involved, and why. You may attach files or photos while filling this in.
ask-case-more = Write the additional information. You may attach files or photos.
ask-case-identity =
    Send it named or anonymously?
    • Named: the bot prepares a letter for you to sign and hand in; it is handled under the law only once the agency receives your signed letter. In the bot, only case handlers see your name.
    • Anonymous: the bot and the case handlers do not know who you are; the bot's database and logs keep nothing about you. An anonymous denunciation is not a denunciation under the law: under Article 25 of the Law on Denunciations it is information with denunciation content, checked only if it clearly names a wrongdoer with concrete documents or evidence, and no statutory deadline applies.
    Note: the messaging app still knows which account sent the message; on Slack, workspace owners can export even direct messages. For anonymous information, Telegram is safer.
ask-case-identity-complaint =
    A complaint is always named: under Article 8 of the Law on Complaints, a complaint letter states the complainant's name and address and is signed or fingerprinted by the complainant. So there is no anonymous complaint.
    If you prefer not to give your name, you can send this as anonymous feedback: the agency reads it and may answer, but it is not a complaint and no statutory deadline applies.
ask-case-instance = Is this a first complaint, or a second one (you disagree with the first-instance decision, or the first instance ran out of time without a decision)?
ask-case-learnedOn = On what day did you receive or learn of the decision or act you complain about (dd/mm/yyyy)? The time limit for a first complaint is 90 days from that day (Article 9, Law on Complaints).
ask-case-firstDecisionOn = On what day did you receive the first-instance decision on your complaint (dd/mm/yyyy)? If none came, give the day the first-instance period ended. A second complaint must be sent within 30 days of that day, at most 45 in remote areas (Article 33(1), Law on Complaints).
ask-case-subject = Name and address of the person, body or unit complained about or denounced (what you know):
ask-case-address = Your address (for the letter):
ask-case-contact = How to reach you (phone, e-mail):
ask-case-request = What do you ask the agency to do?
ask-case-notify = Do you want to be told when your case gets a reply or changes? If so, this chat's address is stored encrypted, readable by no one, and erased when the case ends.
ask-case-question = Question for the sender (they read it when they look the case up with the receipt code):
ask-case-reply = Reply to the sender:
ask-case-forward = Forward the case to which body or unit (and why)?
ask-case-result = Outcome, to close the case:
ask-case-extend = Why is the case complex? The reason is stored, audited and readable by the sender.
ask-case-extend2 = A second extension is only for especially complex cases (Article 30(3), Law on Denunciations). Why? The reason is stored, audited and readable by the sender.
ask-case-initial = Must it be checked at several places, or the checks delegated? Initial handling is extended to 10 working days (Article 24(1), Law on Denunciations). Reason:
ask-case-suspend = Why suspend (waiting for another body's result, for an expert opinion…)? Time suspended does not count towards the period.
ask-case-verify = How will this information be checked (Article 25, Law on Denunciations: only if it clearly names a wrongdoer with concrete documents or evidence)?
ask-case-ground = On which ground of Article 11 of the Law on Complaints is it not accepted?
ask-case-notaccept = State the reason for not accepting it (the complainant reads this; Article 27, Law on Complaints):
ask-case-letter-day = On what day did the agency receive the sender's signed letter (dd/mm/yyyy)? The acceptance period runs from that day.
ask-case-dialogue-day = On what day is the dialogue (dd/mm/yyyy)? The complainant must be told ahead as the rule in force requires.

case-kind-complaint = Complaint
case-kind-denunciation = Denunciation
case-kind-feedback = Feedback
case-kind-information = Anonymous denunciation information
case-identity-named = Named
case-identity-anonymous = Anonymous
case-identity-as-feedback = Without my name: send as anonymous feedback
case-instance-1 = First
case-instance-2 = Second

case-rule-status-official = official text
case-rule-status-quoted = quoted word for word in a secondary source
case-rule-status-lead = unverified, to be checked
case-rule-status-agency = the agency's own rule, not law
case-rule-public-status-official = official text
case-rule-public-status-quoted = quoted word for word in a secondary source
case-rule-public-status-lead = from a source not yet checked against the official text
case-rule-public-status-agency = the agency's own rule, not law

case-preview-complaint-as-feedback = This will be sent as anonymous feedback, not a complaint (Article 8, Law on Complaints: a complaint is named and signed). No statutory deadline applies.
case-preview-anonymous-denunciation =
    Please read before sending: this is anonymous denunciation information, not a denunciation. Under Article 25 of the Law on Denunciations the agency does not handle it as a denunciation; it is inspected or checked only if it clearly names the wrongdoer, with concrete documents or evidence and a basis to verify. No statutory deadline applies, and you may hear no outcome.
    The bot and the case handlers do not know who you are; the messaging app knows which account sent it.
case-preview-feedback = Feedback is answered within { $days } { $unit } under the agency's own rules (not a statutory deadline).
case-unit-working = working days
case-unit-calendar = days
case-preview-letter = A chat message is not yet a letter: the bot will prepare a letter for you to sign (or fingerprint) and hand in to the agency. The statutory periods start only when the agency receives your signed letter.
case-limit = Time limit to complain: until the end of { $day } ({ $article }; { $status }). Time lost to illness, disaster, work travel or study far away does not count.
case-limit-second = Time limit for a second complaint: until the end of { $day } ({ $article }; { $status }). Send it with the first-instance decision and the related papers.
case-limit-second-passed = Note: the time limit for a second complaint ended on { $day } ({ $article }; { $status }). If you had a good reason, say so in the letter; the person handling it will consider it.
case-limit-passed = Note: the time limit to complain ended on { $day } ({ $article }; { $status }). If illness, disaster, work travel, study far away or another objective obstacle kept you from complaining, that time does not count: say so in the letter.

case-receipt-title = Case { $number } received
case-receipt-title-information = Information { $number } received
case-receipt-code =
    Your receipt code: { $code }
    It is shown ONCE and stored nowhere: copy it now. Use /case { $code } from any chat to read replies, add information or withdraw.
case-files-left-out =
    { $count ->
        [one] One attached photo was
       *[other] { $count } attached photos were
    } not kept: for an anonymous case the bot keeps no Zalo photo link, since the link could tell who sent it. Describe the evidence in words, or hand a paper copy to the case handler.
case-receipt-information = The anonymous denunciation information goes to the case handlers. Under Article 25 of the Law on Denunciations it is checked only if it clearly names a wrongdoer with concrete evidence; no statutory deadline applies. The bot and the case handlers do not know who you are (the messaging app knows which account sent it).
case-receipt-feedback-anonymous = Anonymous feedback: the bot and the case handlers do not know who you are (the messaging app knows which account sent it). Under the agency's own rules (not law) it is answered by { $replyBy }.
case-receipt-feedback-named = Named feedback: a case handler will contact you if needed. Under the agency's own rules (not law) it is answered by { $replyBy }.
case-receipt-letter-complaint = Next step: print or copy the letter below, sign or fingerprint it (Article 8, Law on Complaints) and hand it in to the agency. The periods to accept and resolve the complaint start only when the agency receives the signed letter; the bot will record that day on your case.
case-receipt-letter-denunciation = Next step: print or copy the letter below, sign or fingerprint it (Article 23, Law on Denunciations) and hand it in to the agency. The periods to handle and resolve the denunciation start only when the agency receives the signed letter; the bot will record that day on your case.
case-letter-heading = The letter to sign and hand in
case-receipt-cleared = The case text and receipt code were removed from this chat (where the app allows). Keep the code somewhere safe.
btn-receipt-saved = I have copied the code
btn-case-files = See files ({ $count })
case-files-title = Files attached to case { $number }: { $count }
case-file-elsewhere = { $name } (sent via { $platform }; open it on { $platform })
btn-case-add = Add information
btn-case-withdraw = Withdraw
btn-case-withdraw-yes = Yes, withdraw
btn-case-open = Open { $number }
btn-case-accept = Accept
btn-case-letter = Signed letter received
btn-case-verify = Check the information
btn-case-notaccept = Do not accept (give the reason)
btn-case-complex = Complex case
btn-case-extend = Extend (complex)
btn-case-extend-again = Second extension (especially complex)
btn-case-extend-initial = Extend initial handling (checks at several places)
btn-case-suspend = Suspend
btn-case-resume = Resume
btn-case-dialogue = Set a dialogue
btn-case-ask = Ask the sender
btn-case-reply = Reply
btn-case-forward = Forward
btn-case-close = Close
btn-open-cases = See cases

case-view-title = Case { $number } — { $kind }
case-view-status = Status: { $status }. Received { $receivedOn }.
case-view-result = Outcome: { $result }
case-view-message = { $day } — { $kind }: { $body }
case-view-no-replies = No replies yet.
case-deadline-awaiting-letter = The signed letter has not been received: no period has started.
case-deadline-information = Anonymous denunciation information (Article 25, Law on Denunciations): not accepted, no statutory deadline.
case-deadline-suspended = Suspended since { $day }: the period is paused and continues when the case resumes.
case-deadline-accept = Accept by: { $day } ({ $article }; { $status }).
case-deadline-resolve = Resolve by: { $day } ({ $article }; { $status }).
case-deadline-feedback = Answer by: { $day } ({ $article }; { $status }).
case-side-forward = If not competent: forward it and tell the denouncer by { $day } ({ $article }; { $status }).
case-side-notify = Tell the denouncer and the person denounced of the acceptance by { $day } ({ $article }; { $status }).
case-no-deadline = no statutory deadline
case-status-awaiting_letter = Waiting for the signed letter
case-status-information = Anonymous information, not yet looked at
case-status-verifying = Information being checked
case-status-received = Received, waiting to be accepted
case-status-accepted = Accepted, being resolved
case-status-suspended = Suspended
case-status-forwarded = Forwarded to the competent body
case-status-withdrawn = Withdrawn
case-status-closed = Closed
case-message-note = Sender's addition
case-message-question = Question
case-message-reply = Reply
case-message-forward = Forwarded
case-message-result = Outcome
case-message-accepted = Accepted
case-message-letter = Signed letter received
case-message-complex = Complex case, longer period
case-message-extended = Period extended
case-message-initial-extended = Initial handling extended
case-message-suspended = Suspended
case-message-resumed = Resumed
case-message-dialogue = Dialogue set
case-message-verifying = Being checked
case-message-withdrawn = Withdrawn by the sender
case-message-withdraw-requested = The sender asks to withdraw
case-message-not-accepted = Not accepted
case-author-sender = Sender
case-author-handler = Case handler
case-usage = Type /case and the receipt code, e.g. /case K7QX-M2PA-R9TD-E4HW-3NBC. To add information, type it after the code.
case-information-added = Information added to case { $number }.
case-withdrawal-heading = The withdrawal to sign and send to the resolver
case-withdraw-confirm = Withdraw this case? This cannot be undone.
case-withdrawn = Case { $number } withdrawn.
case-withdraw-formal-complaint = The case handlers are told you wish to withdraw case { $number }. Under Article 10 of the Law on Complaints, a complaint is withdrawn by a letter you sign or fingerprint, sent to the person resolving it.
case-withdraw-formal-denunciation = The case handlers are told you wish to withdraw case { $number }. Under Article 33 of the Law on Denunciations, a denunciation is withdrawn in writing, before its conclusion; if the act shows signs of a violation, it may still be resolved.

cases-title = { $count ->
    [one] { $count } open case
   *[other] { $count } open cases
}
cases-overdue-title = { $count ->
    [one] { $count } overdue case
   *[other] { $count } overdue cases
}
cases-empty = No open case.
cases-overdue-empty = No overdue case.
cases-line = { $number } — { $kind } — { $status } — received { $receivedOn }, { $deadline }{ $preview }
case-line-preview = {" "}— «{ $content }»
case-line-accept = accept by { $day }
case-line-resolve = resolve by { $day }
case-line-answer = answer by { $day }
case-line-closed = closed { $day }
case-line-awaiting-letter = awaiting the signed letter
case-line-suspended = suspended since { $day }
cases-closed-title = { $count ->
    [one] { $count } closed case
   *[other] { $count } closed cases
}
cases-closed-empty = No closed case yet.
btn-cases-closed = Closed cases
btn-cases-open = Open cases
case-detail-named = Sender: { $name }
case-detail-anonymous = Sent anonymously: no sender information.
case-detail-information = Anonymous denunciation information: no sender information. Under Article 25 of the Law on Denunciations it is not accepted as a denunciation; check it or forward it to the competent body if it clearly names a wrongdoer with concrete documents or evidence.
case-detail-dates = { $status }. Received through the bot on { $receivedOn }.
case-detail-letter =
    About: { $subject }
    Sender's address: { $address }
    Contact: { $contact }
    Request: { $request }
    Complaint instance: { $instance }
case-detail-steps = Signed letter received { $letterReceivedOn }.
case-detail-dialogue-due = Second-instance complaint: the resolver must hold a dialogue with the complainant (Article 39, Law on Complaints; from 1/7/2026 announced at least 5 days ahead). No dialogue set yet.
case-detail-content = Content: { $content }
case-detail-files = Attachments: { $names }
case-detail-message = { $day } — { $author } — { $kind }: { $body }
case-detail-message-bare = { $day } — { $author } — { $kind }
case-accepted = Case { $number } accepted.
case-resumed = Case { $number } resumed; the days suspended were added to its period.
case-done-ask = Question sent on case { $number }. The sender reads it when they look the case up.
case-done-reply = Replied to case { $number }.
case-done-forward = Case { $number } forwarded.
case-done-close = Case { $number } closed.
case-done-extend = Extension recorded on case { $number }; the sender can read the reason.
case-done-extend2 = Second extension recorded on case { $number }; the sender can read the reason.
case-done-initial = Initial handling of case { $number } extended.
case-done-suspend = Case { $number } suspended; its period is paused.
case-done-verify = Checks recorded on information { $number }.
case-done-notaccept = Recorded that complaint { $number } is not accepted; the complainant reads the reason when looking it up. Send the written notice (the form for not accepting) as the rules require.
case-notaccept-notice = The complaint does not qualify to be accepted, under { $clause } of the Law on Complaints: { $ground }. Reason: { $reason } ({ $article }).
case-ground-choice = { $article }: { $ground }
case-ground-internal_act = an administrative decision or act inside a state body directing or organising its own work (or another case of this clause: a superior directing a subordinate body, a legal normative document, state secrets)
case-ground-not_concerned = the decision or act does not directly concern the complainant's lawful rights and interests
case-ground-no_capacity = the complainant lacks full civil capacity and has no lawful representative
case-ground-unlawful_representative = the complaint is made by an unlawful representative
case-ground-unsigned = the letter is not signed or fingerprinted by the complainant
case-ground-out_of_time = the time to complain has run out without a good reason
case-ground-second_instance_decided = the complaint already has a second-instance decision
case-ground-not_continued = a notice ended the handling and the complainant did not continue within 30 days
case-ground-court = a court has accepted or decided the matter
case-done-letter = Signed letter recorded on case { $number }. Accept by { $acceptBy }.
case-done-dialogue = Dialogue on case { $number } set for { $day }; the complainant reads it when looking the case up.
case-notify-sender = Your case { $number } has an update. Type /case and the receipt code to read it.
case-digest-title = { $count } new cases
case-digest-line = { $number } — { $kind } — { $status }
case-due-title = { $count ->
    [one] One case is
   *[other] { $count } cases are
} due soon
case-due-line = { $number } — { $kind } — due { $deadline }

error-case-named-unknown = To send a named case you must be on the staff list (type /register). You can still send anonymous feedback.
error-case-complaint-anonymous = There is no anonymous complaint: under Article 8 of the Law on Complaints a complaint letter is signed or fingerprinted by the complainant. Send a named complaint, or send this as anonymous feedback (/phananh).
error-case-letter-incomplete = A named case needs what the law asks of the letter: who it is about, your address and how to reach you, and your request.
error-case-wrong-status = Case { $number } is not at a stage that allows this.
error-case-letter-date = The day the signed letter of case { $number } was received cannot be before the day it came through the bot, or after today.
error-case-extension-not-allowed = Case { $number } cannot be extended further ({ $article }).
error-case-suspension-not-allowed = The rule in force does not allow the period of case { $number } to be suspended ({ $article }).
error-case-dialogue-too-soon = The complainant must be told ahead: the earliest dialogue day is { $earliest } ({ $article }).
error-case-too-short = Too short (at least { $min ->
    [one] one character
   *[other] { $min } characters
}). Please describe what happened.
error-case-too-long = The text is { $length ->
    [one] one character
   *[other] { $length } characters
} long, more than { $max }. Shorten it, or send the rest as an addition.
error-case-daily-limit = You have sent { $limit ->
    [one] one case
   *[other] { $limit } cases
} today, the most allowed in a day. Please send more tomorrow.
error-case-code-wrong = Wrong receipt code. Check it (5 groups of 4 characters, e.g. K7QX-M2PA-R9TD-E4HW-3NBC).
error-case-code-locked = Too many wrong codes in a row. Try again in an hour.
error-case-closed = Case { $number } is over; nothing can be added or changed.

## /caserules: the case rules the bot applies.
cmd-caserules-description = See the case deadline rules in force on a day
case-rules-usage = Type /caserules, or /caserules and a day (dd/mm/yyyy), e.g. /caserules 01/07/2026.
case-rules-title = Case deadline rules in force on { $day }: { $title }
case-rules-line = { $name }: { $value } — { $article } ({ $status }){ $check }
case-rules-days = { $days } { $unit }
case-rules-check = . The agency must check it before relying on it
case-rules-holidays = The list of days off (catalog/holidays.json) covers: { $years }. The operator must check it every year against the government's announcement.
case-rule-name-complaint-limit = Time limit for a first complaint
case-rule-name-complaint-limit-second-normal = Time limit for a second complaint
case-rule-name-complaint-limit-second-remote = Time limit for a second complaint, remote areas
case-rule-name-complaint-not-accepted = Not accepting a complaint: a written notice with the reason
case-rules-grounds =
    { $count ->
        [one] { $count } case
       *[other] { $count } cases
    } of Article 11
case-rules-assumed-title = Days off that are only assumed, to check against the government's announcement ({ $count })
case-rules-assumed-day = { $day }: { $note }
case-rules-assumed-year = { $year }: { $note }
case-rule-name-complaint-accept-first = Accepting a first complaint
case-rule-name-complaint-accept-second = Accepting a second complaint
case-rule-name-complaint-resolve-first-normal = First instance
case-rule-name-complaint-resolve-first-complex = First instance, complex case
case-rule-name-complaint-resolve-first-remote = First instance, remote area
case-rule-name-complaint-resolve-first-remote-complex = First instance, remote area, complex
case-rule-name-complaint-resolve-second-normal = Second instance
case-rule-name-complaint-resolve-second-complex = Second instance, complex case
case-rule-name-complaint-resolve-second-remote = Second instance, remote area
case-rule-name-complaint-resolve-second-remote-complex = Second instance, remote area, complex
case-rule-name-complaint-suspension-pauses = Suspension pauses a complaint's period
case-rule-name-complaint-dialogue-notice = Notice of the second-instance dialogue
case-rule-name-denunciation-initial = Initial handling of a denunciation
case-rule-name-denunciation-initial-longer = Initial handling, checks at several places
case-rule-name-denunciation-forward = Forwarding a denunciation outside the agency's competence
case-rule-name-denunciation-notify = Notice of acceptance of a denunciation
case-rule-name-denunciation-resolve = Resolving a denunciation
case-rule-name-denunciation-extension = Each extension of a denunciation
case-rule-name-denunciation-suspension-pauses = Suspension pauses a denunciation's period
case-rule-name-denunciation-anonymous = Anonymous denunciation information is not handled as a denunciation
case-rule-name-feedback-reply = Answering feedback
case-rule-name-calendar-end = A period ending on a day off ends on the next working day
