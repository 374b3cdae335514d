-- The Postfach: messages from the authority to an account or an organisation, with the letter
-- they carry and the facts digital delivery rests on (§ 41 Abs. 2a VwVfG): when the recipient
-- was told, when the message was first opened, and when an unretrieved decision went on paper.
-- A message goes with its account or organisation; the case may go first (Aussonderung): the
-- recipient's copy stays theirs.
CREATE TABLE postfach_messages (
    id              INTEGER PRIMARY KEY,
    tenant_id       INTEGER NOT NULL REFERENCES tenants (id),
    account_id      INTEGER REFERENCES accounts (id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE CASCADE,
    case_id         INTEGER REFERENCES cases (id) ON DELETE SET NULL,
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    file_name       TEXT,
    media_type      TEXT,
    size_bytes      INTEGER,
    sha256          TEXT,
    storage_key     TEXT,
    decision        INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    notified_at     INTEGER,
    retrieved_at    INTEGER,
    paper_at        INTEGER,
    CHECK ((account_id IS NULL) <> (organisation_id IS NULL)),
    CHECK (retrieved_at IS NULL OR paper_at IS NULL)
);

CREATE INDEX postfach_account ON postfach_messages (account_id, id);
CREATE INDEX postfach_organisation ON postfach_messages (organisation_id, id);
CREATE INDEX postfach_unretrieved ON postfach_messages (notified_at)
    WHERE decision = 1 AND retrieved_at IS NULL AND paper_at IS NULL;
