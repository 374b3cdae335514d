-- Applications: drafts filled in step by step, the submissions they become, the counters that
-- number submissions per year, and the hash-chained audit trail.

-- A draft keeps what the visitor typed, exactly as posted (JSON of input name → values), so
-- nothing is lost between steps, across restarts or when a session ends. The token is the key
-- to it (resume link and code). A submitted draft keeps its reference and is read-only.
CREATE TABLE drafts (
    id                   INTEGER PRIMARY KEY,
    token                TEXT    NOT NULL UNIQUE,
    tenant_id            INTEGER NOT NULL REFERENCES tenants (id),
    service_id           TEXT    NOT NULL,
    service_version      INTEGER NOT NULL,
    locale               TEXT    NOT NULL,
    form_values          TEXT    NOT NULL,
    email                TEXT,
    revision             INTEGER NOT NULL DEFAULT 0,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    expires_at           INTEGER NOT NULL,
    submission_reference TEXT,
    FOREIGN KEY (service_id, service_version) REFERENCES service_versions (service_id, version)
);

CREATE INDEX drafts_expiry ON drafts (expires_at) WHERE submission_reference IS NULL;

CREATE TABLE reference_counters (
    tenant_id   INTEGER NOT NULL REFERENCES tenants (id),
    year        INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, year)
);

-- A submission freezes the typed answers and computed values with the definition version they
-- were made with. Only the hash of the access code is kept.
CREATE TABLE submissions (
    id               INTEGER PRIMARY KEY,
    reference        TEXT    NOT NULL UNIQUE,
    tenant_id        INTEGER NOT NULL REFERENCES tenants (id),
    draft_token      TEXT    NOT NULL UNIQUE,
    service_id       TEXT    NOT NULL,
    service_version  INTEGER NOT NULL,
    locale           TEXT    NOT NULL,
    answers          TEXT    NOT NULL,
    computed         TEXT    NOT NULL,
    applicant_email  TEXT,
    access_code_hash TEXT    NOT NULL,
    state            TEXT    NOT NULL,
    submitted_at     INTEGER NOT NULL,
    FOREIGN KEY (service_id, service_version) REFERENCES service_versions (service_id, version)
);

-- The audit trail. audit_head holds the last sequence and hash; every append reads and updates
-- it in its transaction, so appends are serialised and the chain cannot fork.
CREATE TABLE audit_events (
    sequence      INTEGER PRIMARY KEY,
    at            INTEGER NOT NULL,
    actor         TEXT    NOT NULL,
    action        TEXT    NOT NULL,
    object        TEXT    NOT NULL,
    purpose       TEXT    NOT NULL,
    outcome       TEXT    NOT NULL,
    previous_hash TEXT    NOT NULL,
    hash          TEXT    NOT NULL UNIQUE
);

CREATE TABLE audit_head (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    sequence INTEGER NOT NULL,
    hash     TEXT    NOT NULL
);

INSERT INTO audit_head (id, sequence, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
