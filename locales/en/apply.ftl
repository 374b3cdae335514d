apply-saved-until = Your answers are saved after every step and kept until { $date }. With the code { $code } you can continue later.
apply-back = Back
apply-continue = Continue
apply-save-and-return = Save and return to the summary
apply-save-for-later = Save and continue later
apply-progress = Step { $current } of { $total }
apply-change = Change
apply-not-answered = Not given
apply-costs = Costs
apply-check-title = Check your answers
apply-declaration-heading = Declaration
apply-declaration = I confirm that my details are complete and correct. I am aware that false details can have legal consequences.
apply-declaration-missing = Confirm the declaration to submit the application
apply-submit = Submit the application

receipt-title = Your application has been received
receipt-reference-label = Your reference number
receipt-received = We received your application “{ $service }” on { $date }.
receipt-mailed = We have sent you a confirmation by e-mail.
receipt-status-heading = Check the status
receipt-access-code = Your access code is { $code }. Keep it safe; we only show it here and in the confirmation.
receipt-status-how = With the reference number { $reference } and the access code you can check at any time how far your application has got.
receipt-status-link = Check the status of an application
receipt-next-heading = What happens next
receipt-next = The responsible office will check your application. Processing usually takes { $time }. If anything is missing, we will contact you.

status-title = Status of an application
status-intro = Enter the reference number and the access code from your confirmation of receipt.
status-result-heading = Application { $reference }
status-result-service = “{ $service }”, received on { $date }
status-result-state = Status:
status-not-found = We found no application with this reference number and access code. Please check both.
status-reference-label = Reference number
status-reference-hint = For example KU-2026-000123
status-code-label = Access code
status-code-hint = Twelve characters, for example K7QF-M2XR-9HTW
status-submit = Show status
status-reference-invalid = Enter the reference number as it appears in the confirmation, for example KU-2026-000123
status-code-invalid = Enter the access code with its twelve characters, for example K7QF-M2XR-9HTW

resume-title = Continue a saved application
resume-intro = Enter the code you received when saving. It is also shown under every step of the application and in the e-mail with the link.
resume-code-label = Code to continue
resume-code-hint = 20 characters, for example KP7Q-M2XR-9HTW-4BZE-JN6C
resume-submit = Continue
resume-code-missing = Enter the code to continue
resume-code-invalid = The code has 20 characters made of digits and letters, for example KP7Q-M2XR-9HTW-4BZE-JN6C
resume-code-unknown = There is no saved application with this code. Drafts are deleted { $days ->
        [one] one day
       *[other] { $days } days
    } after the last change.

saved-title = Your answers have been saved
saved-until = You can continue until { $date }. After that we delete your answers.
saved-link-sent = We have sent you the link by e-mail.
saved-how-heading = How to continue
saved-link-label = Open this link, also on another device:
saved-code = Or enter this code under “Continue a saved application” on the home page: { $code }
saved-mail-heading = Get the link by e-mail
saved-mail-label = Your e-mail address
saved-mail-hint = We will send you the link and remind you before your answers are deleted.
saved-mail-submit = Send link
saved-mail-invalid = Enter an e-mail address in the correct format, like name@example.com
saved-continue-now = Continue now

draft-not-found-title = Application not found
draft-not-found-text = This application does not exist or no longer exists. The link may be incomplete. Drafts are deleted { $days ->
        [one] one day
       *[other] { $days } days
    } after the last change.
draft-not-found-resume = Continue an application with a code

case-state-eingegangen = Received. Your application is waiting to be processed.
case-state-in-bearbeitung = Being processed
case-state-nachforderung = We need something more from you. You will find the link to our question in our e-mail and in your user account.
case-state-entscheidung-vorbereitet = The decision is being prepared.
case-state-mitzeichnung = The decision is being checked.
case-state-abgeschlossen = Completed. You will receive the decision in your mailbox or by post.

receipt-pdf-link = Download the confirmation of receipt as a PDF
pdf-receipt-title = Confirmation of receipt
pdf-receipt-service = Service
pdf-receipt-reference = Reference number
pdf-receipt-submitted = Received on
pdf-receipt-authority = Responsible
pdf-receipt-access-code = Access code
pdf-receipt-machine = This confirmation was created automatically and carries no signature.
pdf-receipt-translation = This translation is for you. The German version at the beginning of this document is the one that counts.
pdf-page = Page { $page } of { $pages }

## Answering a Nachforderung
information-answer-empty = Write an answer or choose at least one file
information-answer-too-long = Your answer may be at most 4000 characters long
information-answer-files-label = Files for your answer
answer-title = A question about your application { $reference }
answer-question-heading = Our question of { $date }
answer-text-label = Your answer
answer-text-hint = If your files say it all, you can leave this box empty.
answer-files-hint = PDF, JPG or PNG, at most { $megabytes } MB per file and { $max } files. You can choose several files at once.
answer-submit = Send answer
answer-sent-title = Your answer has arrived
answer-sent-body = We have received your answer about application { $reference } and are continuing to process it.
answer-nothing-title = No open question
answer-nothing-body = There is currently no question about your application { $reference } for you to answer.
answer-back-to-receipt = Back to your application
receipt-question-heading = We have a question
receipt-question-body = We need something more from you to continue processing your application.
receipt-question-link = Answer the question
