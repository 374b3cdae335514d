-- Files uploaded into drafts. The content lives in the file store under storage_key; here are
-- its facts: the field it belongs to, a cleaned-up name, the type its first bytes showed, size,
-- SHA-256 and what the malware scan said. Uploads go with their draft.

CREATE TABLE uploads (
    id           TEXT    PRIMARY KEY,
    draft_token  TEXT    NOT NULL REFERENCES drafts (token) ON DELETE CASCADE,
    field        TEXT    NOT NULL,
    file_name    TEXT    NOT NULL,
    media_type   TEXT    NOT NULL,
    size_bytes   INTEGER NOT NULL,
    sha256       TEXT    NOT NULL,
    storage_key  TEXT    NOT NULL UNIQUE,
    scan_state   TEXT    NOT NULL CHECK (scan_state IN ('clean', 'unscanned', 'quarantined')),
    created_at   INTEGER NOT NULL
);

CREATE INDEX uploads_draft ON uploads (draft_token);
