-- The service catalogue. Each service keeps every version of its definition (the JSON source
-- as imported, with its SHA-256): a submission refers to the version it was made with, so later
-- edits never change what an applicant saw.

CREATE TABLE services (
    id              TEXT    PRIMARY KEY,
    tenant_id       INTEGER NOT NULL REFERENCES tenants (id),
    current_version INTEGER NOT NULL
);

CREATE TABLE service_versions (
    service_id  TEXT    NOT NULL REFERENCES services (id),
    version     INTEGER NOT NULL CHECK (version >= 1),
    definition  TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    imported_at INTEGER NOT NULL,
    PRIMARY KEY (service_id, version)
);
