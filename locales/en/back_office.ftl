staff-role-caseworker = Case work
staff-role-team-lead = Team lead
staff-role-records-manager = Records management
staff-role-print-operator = Print operation
staff-role-administrator = Administrator
staff-role-auditor = Audit (read only)
staff-error-unit-missing = Choose the organisational unit the role is for
staff-error-unit-not-expected = This role is for the whole administration; choose no organisational unit
staff-error-unit-unknown = Choose an organisational unit from the list
staff-error-role = Choose a role from the list
staff-error-username = Enter a user name of 3 to 40 characters: lower-case letters, digits, dot, hyphen or underscore, starting with a letter
staff-error-name = Enter the full name (at most 100 characters)
staff-error-email = Enter an e-mail address in the format name@example.com
staff-error-username-taken = This user name is already taken
staff-error-own-admin = You cannot remove your own administration role
staff-error-own-account = You cannot deactivate your own account
staff-role-label = Role
staff-unit-label = Organisational unit
staff-unit-hint = Only for case work and team lead
staff-unit-none = none (role for the whole administration)
staff-login-title = Staff login
staff-login-intro = Log in with your user name, your password and the current code from your authenticator app.
staff-username-label = User name
staff-password-label = Password
staff-code-label = Code from the authenticator app
staff-code-hint = Six digits, for example 123456
staff-login-submit = Log in
staff-login-failed = User name, password or code do not match. Please try again.
back-office-title = Back office
back-office-greeting = Hello, { $name }
back-office-roles-heading = Your roles
back-office-admin-heading = System administration
staff-list-title = Staff
staff-active = active
staff-inactive = deactivated
staff-name-label = Full name
staff-roles-heading = Roles
staff-state-heading = State
staff-add-heading = Add staff
staff-username-hint = 3 to 40 characters: lower-case letters, digits, dot, hyphen or underscore
staff-email-label = E-mail address
staff-add-submit = Add
staff-created-title = { $name } has been added
staff-created-intro = Hand over these credentials in person. The password is for the first login; the secret is set up in the authenticator app (as a QR code from the address, or by hand).
staff-initial-password = Initial password
staff-totp-secret = Secret for the authenticator app
staff-totp-address = Address for the authenticator app
staff-created-once = These details are shown only now and are stored nowhere in plain text.
staff-revoke = Remove
staff-deactivate = Deactivate
staff-activate = Activate again
staff-grant-heading = Add a role for { $name }
staff-grant-submit = Add role
staff-login-provider = Log in with the administration's account
staff-login-local-heading = Or with user name, password and code
staff-login-no-access = There is no access here for your account at the administration's login service. Please contact the administrators.
staff-login-provider-failed = The login through the login service was cancelled or took too long. Please try again.
staff-login-provider-unavailable = The administration's login service is not answering right now. Log in with user name, password and code, or try again later.

units-title = Organisational units
units-intro = The administration's units with their address for applications. Staff roles and services refer to a unit's number.
units-staff-heading = Staff with a role
units-add-heading = Add a unit
units-add-submit = Add unit
unit-code-label = Number
unit-code-hint = Number in the organisation plan, for example 69.2. It cannot be changed later.
unit-name-label = Unit name
unit-name-hint = In German. Other languages show the German name until it is translated.
unit-section-label = Section
unit-section-hint = Optional, for example “Umwelt und Bauen”.
unit-email-label = E-mail address
unit-email-hint = Citizens write to this address.
unit-save-submit = Save changes
unit-saved = The unit has been saved.
unit-code-fixed = Number { $code } (cannot be changed)
unit-translations-note = If you change the German name or section, the other languages show the new German text until it is translated.
unit-error-code = Enter the number in the format 69 or 69.2 (up to four groups of digits)
unit-error-code-taken = A unit with this number already exists
unit-error-name = Enter a name of 120 characters or fewer
unit-error-section = The section must be 120 characters or fewer
unit-error-email = Enter an e-mail address in the format name@example.com

inbox-title = Inbox
inbox-counts = { $count ->
    [one] One case
   *[other] { $count } cases
}, { $overdue } of them overdue
inbox-overdue = overdue
inbox-unassigned = nobody yet
inbox-filter-state = State
inbox-filter-all = All
inbox-filter-reference = Reference starts with
inbox-filter-mine = Only cases I work on
inbox-filter-submit = Filter
case-title = Case
case-reference = Reference
case-service = Service
case-received = Received
case-due = Due
case-state = State
case-assignee = Worked on by
case-take = Take the case
case-answers-heading = Answers as submitted
case-answers-note = The answers are in the file as the applicant sent them, in German.
case-documents-heading = Documents
case-no-documents = This application has no documents.
case-ki-heading = KI pre-check
case-ki-none = There is no pre-check for this case yet.
case-step-prepare = Decision prepared
case-step-request-sign-off = Ask for sign-off
case-step-sign-off = Sign off and close
case-step-send-back = Send back for revision
case-refused-state = This step does not fit the state of the case. Someone else may just have moved it on; the current state is shown below.
case-refused-not-assignee = Only the person working on the case can take this step. Take the case first.
case-refused-four-eyes = A second person must sign off. Whoever asked for the sign-off cannot give it.
case-label-eingegangen = Received
case-label-in-bearbeitung = In progress
case-label-nachforderung = Request for information
case-label-entscheidung-vorbereitet = Decision prepared
case-label-mitzeichnung = Awaiting sign-off
case-label-abgeschlossen = Closed

## Nachforderungen in the case page
case-step-request-information = Send request for information
case-request-question-missing = Write what the applicant should send or clarify
case-request-question-too-long = The request may be at most 2000 characters long
case-request-question-label = What should the applicant send or clarify?
case-request-question-hint = The question can only be read in the portal; the e-mail to the person only says that there is a question. The case waits until the answer arrives.
case-requests-heading = Requests for information
case-requests-none = Nothing has been requested yet.
case-request-asked = Request by { $name } on { $date }
case-request-waiting = No answer yet.
case-request-answered = Answer of { $date }

## The e-Akte: filing a case and an Akte's page
case-refused-filed-already = The case has already been filed.
case-refused-no-plan-entry = There is no matching file plan entry for this service. Please contact the records office.
case-refused-akte-not-open = This file cannot take the case: it is not open (any more) or belongs to another unit, or the case has been filed meanwhile.
case-akte-heading = File
case-filed-in = Filed under the file number
case-not-filed = Not filed yet.
case-file-plan = File plan: { $key } { $title }
case-file-akte-legend = Into which file?
case-file-new = Open a new file (the file number is assigned)
case-file-title-label = Title of the new file
case-file-title-hint = Only for a new file. Words people will search for later, e.g. name and business.
case-file-confidentiality-legend = Confidentiality of the new file
case-file-submit = File the case
case-file-akte-missing = Choose a new or an existing file
akte-title-missing = Give the new file a title
akte-title-too-long = The title may be at most 200 characters long
akte-confidentiality-normal = Normal: every caseworker of the unit
akte-confidentiality-vertraulich = Confidential: only the unit's team leads
akte-state-offen = Open
akte-state-geschlossen = Closed
akte-state-ausgesondert = Disposed of
akte-kind-nachforderung = Answer to a request
akte-kind-antrag = Application
akte-kind-anlage = Attachment
akte-version-not-filed = still changeable
akte-version-filed = filed on { $date }
akte-title = File { $aktenzeichen }
akte-subject = Title
akte-plan = File plan
akte-unit = Unit
akte-confidentiality = Confidentiality
akte-retention = Retention
akte-state = State
akte-created = Opened on
akte-documents-heading = Documents
akte-column-number = No.
akte-column-title = Title
akte-column-kind = Kind
akte-column-version = Version
akte-column-file = File
akte-column-sha256 = Checksum (SHA-256)
akte-column-filed = Filed
akte-retention-years =
    { $years ->
        [one] one year after closing
       *[other] { $years } years after closing
    }
akte-export-heading = Disposal
akte-export-note = The package holds the file with all cases and documents in the xdomea 3.0 format (message 0503) for handing it to the archive.
akte-export-link = Download the file as an xdomea package (ZIP)

## Vermerke, history and handing a case over
case-refused-assign = Only the person working on a case and the unit's team leads can hand it over.
case-refused-not-colleague = The case can only go to active staff of its unit.
case-assign-label = Hand over to
case-assign-submit = Hand over
case-notes-heading = Notes
case-notes-none = No notes yet.
case-note-by = Note by { $name } on { $date }
case-note-label = New note
case-note-hint = For staff only; the applicant does not see it. A note stays as it was written.
case-note-submit = Save note
case-note-missing = Write the note
case-note-too-long = A note may be at most 4000 characters long
case-history-heading = History
case-history-assign = taken up or handed over
case-history-request = request for information sent
case-history-answer = the applicant's answer arrived
case-history-prepare = decision prepared
case-history-request-sign-off = sign-off requested
case-history-sign-off = signed off and closed
case-history-send-back = sent back for revision
case-history-filed = filed
case-history-note = note written
case-history-by-applicant = applicant
case-history-by-system = system

## Back office search
search-title = Search
search-label = Search terms
search-hint = Cases, files and documents of your organisational units, including the text in PDFs and scans. Words are found in all their inflected forms; every word must occur, “in quotation marks” as a phrase.
search-submit = Search
search-count = { $count ->
    [0] Nothing found
    [one] One result
   *[other] { $count } results
}
search-shown = The best { $count } results are shown. Narrow the search with more words or the filters.
search-facets-label = Narrow the results
search-facet-all = show all
search-facet-kind = Type
search-facet-unit = Organisational unit
search-facet-year = Year
search-facet-state = Status
search-kind-vorgang = Case
search-kind-akte = File
search-kind-dokument = Document
search-hit-unit = Unit { $unit }
search-too-long = Enter no more than 200 characters.

## Resubmission
case-resubmission-heading = Resubmission
case-resubmission-none = No resubmission date set.
case-resubmission-set = Resubmission on { $date }.
case-resubmission-due = Resubmission due since { $date }.
case-resubmission-label = Resubmit on
case-resubmission-hint = For example 15 3 2027. On that day whoever works on the case gets a reminder, and the case is marked in the inbox.
case-resubmission-submit = Set resubmission
case-resubmission-done = Resubmission done
case-resubmission-invalid = Enter a real date as day, month and year.
case-resubmission-past = The resubmission date must be after today.
case-resubmission-too-far = The resubmission date can be at most two years ahead.
case-refused-resubmission = Only the person working on the case and the unit's team leads set its resubmission.
case-history-resubmission = Resubmission set
case-history-resubmission-cleared = Resubmission done
inbox-resubmission = Resubmission { $date }
inbox-filter-resubmission = Only resubmissions that are due
case-preview-show = Show a preview of { $name }
case-preview-alt = Preview of { $name }

## Key figures
dashboard-title = Key figures
dashboard-intro = The cases of your organisational units in numbers, each chart with a table of the same values.
dashboard-by-state = Cases by status
dashboard-by-state-summary = Bar chart: number of cases per status; the values are in the following table.
dashboard-count = Number
dashboard-per-week = Received and closed per calendar week
dashboard-per-week-summary = Bar chart: cases received per calendar week over the last twelve weeks; the values are in the following table.
dashboard-week = Week { $week } (from { $date })
dashboard-week-heading = Calendar week
dashboard-received = received
dashboard-closed = closed
dashboard-units = By organisational unit
dashboard-unit = Unit
dashboard-open = open
dashboard-overdue = overdue
dashboard-median = Processing time (median)
dashboard-median-none = none closed yet
dashboard-days = { $count ->
    [one] one day
   *[other] { $count } days
}
akte-closed = Closed
akte-closed-kept = on { $date }; to be kept until the end of { $year }
akte-close-note = A closed file takes nothing more; its retention period runs from the end of the year.
akte-close = Close the file
akte-refused-close = Files are closed by the unit's team leads.
akte-refused-closed-already = The file is closed already.

## Aussonderung
akte-refused-ausgesondert = This file has already been disposed of; its content is deleted.
akte-refused-not-due = This file is not due for disposal: it must be closed and its retention period over.
akte-refused-not-exported = First download the disposal package and hand it to the archive.
akte-disposed-heading = Disposed of
akte-disposed = Disposed of on { $date } after the retention period. Deleted documents: { $documents }, cases: { $cases }. Only this record remains.
disposal-title = Disposal of files
disposal-intro = These closed files are past their retention period. Offer each one to the archive: download its xdomea package and hand it over. Then it is disposed of.
disposal-what-goes = Disposal irreversibly deletes every document with its versions and files, the file’s cases with their applications, requests for information and notes, and their entries in the search. The reference number, the dates and the number of items deleted remain; the audit trail names who disposed of it.
disposal-none = No file is due for disposal.
disposal-confirm = The archive has taken the package or declined it. The content of this file may be deleted irreversibly.
disposal-button = Dispose of the file
disposal-export-first = First download the package and hand it to the archive; then you can dispose of the file here.
disposal-archival = Archival value according to the file plan
disposal-archival-yes = of archival value: the archive will probably take it
disposal-archival-no = not of archival value: the archive decides
disposal-retained-through = To be kept until the end of
disposal-done = The file { $aktenzeichen } has been disposed of. Deleted documents: { $documents }, cases: { $cases }.
disposal-confirm-missing = Confirm that the archive has taken the package or declined it.
back-office-records-heading = Records management

## API for Fachverfahren
api-error-unauthorized = A valid access token (bearer token) is missing.
api-error-forbidden = This access token may not do that.
api-error-not-found = This case or file does not exist for this integration.
api-refused-state-now = The case cannot move there from the state it is in now.
api-refused-state-people = Sign-off, requests for information and closing are done by people in the back office, not by an integration.
api-refused-not-filed = The case is not filed in an open Akte; documents can be added only after filing.
api-invalid-title = Give a title of 1 to 200 characters.
api-invalid-size = The file is empty or larger than 20 MB.
api-invalid-type = Only PDF, PNG and JPEG are accepted, judged by the content.
api-invalid-infected = The file contains malware and was not accepted.
api-invalid-query = A parameter of the address is unknown or not a number from 0 up.
api-invalid-body = A JSON object with exactly the field "state" is expected.
api-invalid-state = There is no such state.
api-client-webhook-invalid = The webhook address is not a valid https address.
api-client-webhook-not-https = Webhooks go over https only; unencrypted only to this machine.
api-client-name-invalid = Give a name of 1 to 100 characters.
api-client-scope-invalid = Give at least one scope: cases:read or cases:write.
api-client-unit-invalid = Give at least one unit that exists.
akte-document-application = Application { $reference }

## Anbindungen (integrations page)
api-clients-title = Integrations
api-clients-intro = Specialist systems use the API to fetch the cases of their units, report their progress and add documents to the files. Each integration has its own access token.
api-clients-openapi = Description of the API (OpenAPI)
api-clients-add-heading = Add an integration
api-clients-add-submit = Add integration
api-client-name-label = Name
api-client-name-hint = As the audit trail shows it, for example "Water authority system".
api-client-units-label = Units
api-client-scopes-label = Permissions
api-client-scope-read = Read cases and their files
api-client-scope-write = Report progress and add documents to the files
api-client-webhook-label = Webhook address
api-client-webhook-hint = Optional. The portal reports every change to a case of the units there, signed. https only.
api-client-no-webhook = none
api-client-created = Added
api-client-state = Status
api-client-revoked = revoked on
api-client-revoke = Revoke
api-client-created-title = Integration { $name } added
api-client-created-intro = Pass the access token and the webhook secret to the people who run the specialist system by a secure route.
api-client-token = Access token
api-client-webhook-secret = Webhook secret
api-client-created-once = Both are shown only now and are not stored in clear text anywhere. If they are lost, revoke the integration and add a new one.

## Delivery of decisions
delivery-paper-no-postfach = On paper: the application did not come from an account with a mailbox.
delivery-paper-no-consent = On paper: the person has not agreed to digital delivery.
delivery-paper-service = On paper: this service requires formal service by post.
delivery-paper-not-retrieved = On paper: the decision was not retrieved from the mailbox within ten days of the notice.
