# Messages of the application forms. $label is the field's label as the form shows it.

form-error-required = Geben Sie „{ $label }“ an
form-error-choose = Wählen Sie bei „{ $label }“ eine Antwort aus
form-error-too-short = „{ $label }“ muss mindestens { $min } Zeichen lang sein
form-error-too-long = „{ $label }“ darf höchstens { $max } Zeichen lang sein
form-error-not-a-number = Geben Sie bei „{ $label }“ eine Zahl ein
form-error-not-whole = Geben Sie bei „{ $label }“ eine ganze Zahl ein
form-error-too-many-decimals = „{ $label }“ darf höchstens { $decimals } Nachkommastellen haben
form-error-below-min = „{ $label }“ muss mindestens { $min } sein
form-error-above-max = „{ $label }“ darf höchstens { $max } sein
form-error-date-incomplete = „{ $label }“ muss Tag, Monat und Jahr enthalten
form-error-date-invalid = „{ $label }“ muss ein echtes Datum sein
form-error-date-too-early = „{ $label }“ muss am { $date } oder später liegen
form-error-date-too-late = „{ $label }“ muss am { $date } oder früher liegen
form-error-unknown-choice = Wählen Sie bei „{ $label }“ eine der angebotenen Antworten
form-error-too-few-selected = Wählen Sie bei „{ $label }“ mindestens { $min } aus
form-error-too-many-selected = Wählen Sie bei „{ $label }“ höchstens { $max } aus
form-error-email = Geben Sie bei „{ $label }“ eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@beispiel.de
form-error-phone = Geben Sie bei „{ $label }“ eine Telefonnummer ein, zum Beispiel 02303 555 100
form-error-iban-format = Geben Sie bei „{ $label }“ eine IBAN ein: zwei Buchstaben für das Land, in Deutschland DE, dann Ziffern, in Deutschland 22 Zeichen
form-error-iban-checksum = Die IBAN bei „{ $label }“ stimmt nicht; prüfen Sie bitte jede Ziffer
form-error-postcode = Geben Sie bei „{ $label }“ eine Postleitzahl mit fünf Ziffern ein
form-error-postcode-outside = Die Postleitzahl { $postcode } liegt nicht in unserem Gebiet; für „{ $label }“ ist eine andere Behörde zuständig
form-error-address-street = Geben Sie bei „{ $label }“ Straße und Hausnummer an
form-error-address-city = Geben Sie bei „{ $label }“ den Ort an
form-error-file-required = Laden Sie „{ $label }“ hoch
form-error-too-many-files = Bei „{ $label }“ können Sie höchstens { $max } Dateien hochladen
form-error-too-few-items = Geben Sie bei „{ $label }“ mindestens { $min } an
form-date-day = Tag
form-date-month = Monat
form-date-year = Jahr
form-yes = Ja
form-no = Nein
form-select-placeholder = Bitte auswählen
form-address-street = Straße und Hausnummer
form-address-postcode = Postleitzahl
form-address-city = Ort
# $item: e.g. "Bohrung 2".
form-remove-item = { $item } entfernen
# $item: e.g. "Bohrung".
form-add-item = { $item } hinzufügen
# $amount: e.g. "387,50".
form-currency = { $amount } €
# $kilobytes: the file's size.
upload-size = { $kilobytes } KB
# $file: the file's name.
upload-remove = { $file } entfernen
# $file: the file's name as uploaded; $label: the field.
upload-state-clean = auf Schadsoftware geprüft
upload-state-unscanned = hochgeladen
upload-state-quarantined = wird noch auf Schadsoftware geprüft
upload-error-empty = Die Datei { $file } ist leer; wählen Sie bei „{ $label }“ eine andere Datei
upload-error-too-large = Die Datei { $file } ist zu groß; bei „{ $label }“ sind höchstens { $megabytes } MB je Datei möglich
upload-error-type = Die Datei { $file } hat kein passendes Format; laden Sie bei „{ $label }“ eine Datei im Format { $types } hoch
upload-error-too-many = Bei „{ $label }“ können Sie höchstens { $max } Dateien hochladen; entfernen Sie erst eine, um { $file } hinzuzufügen
upload-error-infected = Die Datei { $file } enthält Schadsoftware und wurde nicht angenommen; prüfen Sie Ihr Gerät und laden Sie die Datei erneut hoch
# $percent: how much of the upload has been sent.
upload-progress = Ihre Dateien werden hochgeladen: { $percent } %
form-from-account = Aus Ihrem Nutzerkonto übernommen. Sie können die Angabe ändern.
form-from-account-locked = Aus Ihrem Nutzerkonto übernommen und dort bestätigt. Diese Angabe kann hier nicht geändert werden.
form-from-account-short = aus Ihrem Nutzerkonto
