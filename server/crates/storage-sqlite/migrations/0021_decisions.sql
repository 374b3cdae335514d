-- The decision a caseworker prepares (outcome and reasoning) and, after the four-eyes sign-off,
-- its release: the frozen letter filed in the Akte (its document number and hash), the channel
-- it went by and why paper, and the Postfach message carrying it. Released once: the columns
-- of the release are set together and never again.
CREATE TABLE decisions (
    case_id         INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    outcome         TEXT    NOT NULL CHECK (outcome IN ('stattgabe', 'ablehnung')),
    reasoning       TEXT    NOT NULL,
    written_by      INTEGER NOT NULL REFERENCES staff (id),
    written_at      INTEGER NOT NULL,
    released_at     INTEGER,
    document_number INTEGER,
    letter_sha256   TEXT,
    channel         TEXT CHECK (channel IN ('postfach', 'paper')),
    paper_reason    TEXT,
    message_id      INTEGER REFERENCES postfach_messages (id) ON DELETE SET NULL,
    CHECK ((released_at IS NULL) = (channel IS NULL)),
    CHECK ((channel = 'paper') = (paper_reason IS NOT NULL))
);
