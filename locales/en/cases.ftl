## Complaints, denunciations and feedback about emulation and commendation.

cmd-complain-description = Send a complaint, denunciation or feedback (anonymous if you wish)
cmd-case-description = Follow a case with its receipt code
cmd-caseinfo-description = Add information to a case you sent
cmd-cases-description = Handle cases (case handlers)
cmd-casenote-description = Ask, reply, forward or close a case

field-case-kind = Kind
field-case-content = Content
field-case-identity = Identity
field-case-notify = Tell me of changes
field-case-ask = Question to the sender
field-case-reply = Reply to the sender
field-case-forward = Forwarded to
field-case-close = Result

ask-case-kind =
    What do you want to send?
    • Complaint: ask for a review of an emulation or commendation decision or act you believe wrong and that affects you.
    • Denunciation: report someone's breach of the law on emulation and commendation.
    • Feedback: a comment or a proposal.
ask-case-content = Write what happened: the facts, when, and the people or decisions concerned. You may send files or photos while filling this in.
ask-case-more = Write the additional information. You may send files or photos.
ask-case-identity =
    Do you want to send it with your name or anonymously?
    • Named: handled formally under the law; your identity is protected by law and known only to the case handlers.
    • Anonymous: the bot's database, logs and handlers never learn who wrote it. By law the agency may decline to formally process an anonymous denunciation, though it may still verify it.
    Note: the messaging app itself knows who sent a message, and on Slack the workspace owners can export direct messages. For a denunciation, Telegram is the safer channel.
ask-case-notify = Do you want to be told when your case gets a reply or changes? If so, this chat's address is kept encrypted, shown to nobody, and erased when the case closes.
ask-case-question = Question for the sender (they read it when they look up the case with the receipt code):
ask-case-reply = Reply to the sender:
ask-case-forward = Forward the case to which body (and why)?
ask-case-result = The result, to close the case:

case-kind-complaint = Complaint
case-kind-denunciation = Denunciation
case-kind-feedback = Feedback
case-identity-named = Named
case-identity-anonymous = Anonymous

case-receipt-title = Case { $number } received
case-receipt-code =
    Your receipt code: { $code }
    It is shown ONCE and stored nowhere: copy it now. Use /case { $code } from any chat to read replies or add information.
case-receipt-anonymous = Anonymous case: nobody, handlers included, knows who you are. Acceptance deadline: { $acceptBy }.
case-receipt-named = Named case: a handler may contact you if needed. Acceptance deadline: { $acceptBy }.
case-receipt-cleared = The case and the receipt code have been removed from this chat (where the app allows it). Keep the code somewhere safe.
btn-receipt-saved = I have copied the code
btn-case-files = See files ({ $count })
case-files-title = Files of case { $number }: { $count }
case-file-elsewhere = { $name } (sent on { $platform }; open it there to see it)
btn-case-add = Add information
btn-case-open = Open { $number }
btn-case-accept = Accept
btn-case-ask = Ask the sender
btn-case-reply = Reply
btn-case-forward = Forward
btn-case-close = Close
btn-open-cases = See cases

case-view-title = Case { $number } — { $kind }
case-view-status = Status: { $status }. Received { $receivedOn }, to be resolved by { $resolveBy }.
case-view-result = Result: { $result }
case-view-message = { $day } — { $kind }: { $body }
case-view-no-replies = No reply yet.
case-status-received = Received, awaiting acceptance
case-status-accepted = Accepted, being handled
case-status-forwarded = Forwarded to the competent body
case-status-closed = Closed
case-message-note = Added by the sender
case-message-question = Question
case-message-reply = Reply
case-message-forward = Forwarded
case-message-result = Result
case-message-accepted = Accepted
case-author-sender = Sender
case-author-handler = Handler
case-usage = Type /case and the receipt code, e.g. /case K7QX-M2PA-R9TD-E4HW-3NBC. To add information, type it after the code.
case-information-added = The information was added to case { $number }.

cases-title = { $count } open cases
cases-overdue-title = { $count } overdue cases
cases-empty = No open case.
cases-overdue-empty = No overdue case.
cases-line = { $number } — { $kind } — { $status } — received { $receivedOn }, { $deadline }{ $preview }
case-line-preview = {" "}— "{ $content }"
case-deadline-accept = to accept by { $day }
case-deadline-resolve = to resolve by { $day }
case-deadline-closed = closed { $day }
cases-closed-title =
    { $count ->
        [one] { $count } closed case
       *[other] { $count } closed cases
    }
cases-closed-empty = No closed case yet.
btn-cases-closed = See closed cases
btn-cases-open = See open cases
case-detail-named = Sender: { $name }
case-detail-anonymous = Anonymous case: nothing is known of the sender.
case-detail-dates = { $status }. Received { $receivedOn }; accept by { $acceptBy }; resolve by { $resolveBy }.
case-detail-content = Content: { $content }
case-detail-files = Files: { $names }
case-detail-message = { $day } — { $author } — { $kind }: { $body }
case-detail-message-bare = { $day } — { $author } — { $kind }
case-accepted = Case { $number } accepted.
case-done-ask = Your question on case { $number } is sent; the sender reads it when looking the case up.
case-done-reply = Case { $number } answered.
case-done-forward = Case { $number } forwarded.
case-done-close = Case { $number } closed.
case-notify-sender = Your case { $number } has an update. Type /case and your receipt code to read it.
case-digest-title = { $count } new cases
case-digest-line = { $number } — { $kind } — accept by { $acceptBy }
case-due-title =
    { $count ->
        [one] { $count } case
       *[other] { $count } cases
    } due soon
case-due-line = { $number } — { $kind } — due { $deadline }

error-case-named-unknown = To send a named case you must be in the staff directory (type /register). You can still send it anonymously.
error-case-too-short =
    The content is too short (at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    }). Please describe what happened.
error-case-too-long =
    The content is { $length ->
        [one] { $length } character
       *[other] { $length } characters
    } long, over the { $max } allowed. Shorten it, or send the rest as additional information.
error-case-daily-limit =
    You have sent { $limit ->
        [one] { $limit } case
       *[other] { $limit } cases
    } today, the most for one day. Please send more tomorrow.
error-case-code-wrong = That receipt code is not right. Check it (5 groups of 4 characters, e.g. K7QX-M2PA-R9TD-E4HW-3NBC).
error-case-code-locked = Too many wrong codes in a row. Please try again in an hour.
error-case-closed = Case { $number } is closed; it can no longer be changed.
