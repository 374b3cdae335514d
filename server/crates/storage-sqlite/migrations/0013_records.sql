-- The e-Akte: Akten under the file plan (Aktenplan), the case filed into one, and documents
-- (Schriftstücke) with versions. A version "zu den Akten" (filed_at set) never changes and is
-- never deleted: the triggers below refuse it, whatever the code above them does.

CREATE TABLE akten (
    id              INTEGER PRIMARY KEY,
    tenant_id       INTEGER NOT NULL REFERENCES tenants (id),
    plan_key        TEXT    NOT NULL,
    year            INTEGER NOT NULL,
    number          INTEGER NOT NULL,
    aktenzeichen    TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    -- The inbox (unit code or town:<AGS>) whose staff work with it.
    unit            TEXT    NOT NULL,
    confidentiality TEXT    NOT NULL,
    retention_years INTEGER NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'offen',
    created_at      INTEGER NOT NULL,
    UNIQUE (tenant_id, plan_key, year, number),
    UNIQUE (tenant_id, aktenzeichen)
);

CREATE INDEX akten_open ON akten (tenant_id, unit, plan_key, state);

ALTER TABLE cases ADD COLUMN akte_id INTEGER REFERENCES akten (id);

CREATE TABLE documents (
    id         INTEGER PRIMARY KEY,
    akte_id    INTEGER NOT NULL REFERENCES akten (id),
    -- Running number within the Akte.
    number     INTEGER NOT NULL,
    title      TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    case_id    INTEGER REFERENCES cases (id),
    created_at INTEGER NOT NULL,
    UNIQUE (akte_id, number)
);

CREATE TABLE document_versions (
    document_id INTEGER NOT NULL REFERENCES documents (id),
    version     INTEGER NOT NULL,
    file_name   TEXT    NOT NULL,
    media_type  TEXT    NOT NULL,
    size_bytes  INTEGER NOT NULL,
    sha256      TEXT    NOT NULL,
    storage_key TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    filed_at    INTEGER,
    PRIMARY KEY (document_id, version)
);

CREATE TRIGGER document_versions_filed_never_change
BEFORE UPDATE ON document_versions
WHEN OLD.filed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'this document version is zu den Akten and cannot change');
END;

CREATE TRIGGER document_versions_filed_never_go
BEFORE DELETE ON document_versions
WHEN OLD.filed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'this document version is zu den Akten and cannot be deleted');
END;
