## The letter a named sender signs and hands in (Luật Khiếu nại Điều 8 khoản 2; Luật Tố cáo Điều 23 khoản 1).
## The bot always builds the letter in Vietnamese, as it is filed with a Vietnamese agency; these English lines
## are a reading aid for translators and are not sent.

letter-motto =
    SOCIALIST REPUBLIC OF VIETNAM
    Independence - Freedom - Happiness
letter-title-complaint = COMPLAINT (instance { $instance })
letter-title-denunciation = DENUNCIATION
letter-to = To: ……………………………………
letter-name = Full name: { $name }
letter-address = Address: { $address }
letter-contact = Contact: { $contact }
letter-subject-complaint = Person, body or organisation complained about (name, address): { $subject }
letter-subject-denunciation = Person denounced: { $subject }
letter-learned-on = Day the decision or act complained about was received or learned of: { $day }
letter-first-decision-on = Day the first-instance decision was received (or the first-instance period ended without one): { $day }
letter-content-complaint = Content of and reasons for the complaint:
letter-content-denunciation = The unlawful act denounced and related information:
letter-request = Request:
letter-attached-second = Attached: the first-instance decision on the complaint and the related papers (Article 33(1), Law on Complaints).
letter-pledge-complaint = I declare that the above is true. Related documents (if any) are attached.
letter-pledge-denunciation = I declare that the above is true and take responsibility before the law for this denunciation.
letter-place-date = ……, { $day }/{ $month }/{ $year }
letter-signature-complaint = COMPLAINANT (signature and full name, or fingerprint)
letter-signature-denunciation = DENOUNCER (signature and full name, or fingerprint)
letter-signature-name = { $name }
letter-withdraw-title-complaint = WITHDRAWAL OF A COMPLAINT
letter-withdraw-title-denunciation = WITHDRAWAL OF A DENUNCIATION
letter-withdraw-body-complaint = I withdraw the whole of my complaint of { $day } about { $subject }.
letter-withdraw-body-denunciation = I withdraw the whole of my denunciation of { $day } about { $subject }.
