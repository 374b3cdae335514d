-- Organisations (businesses, associations), their members (citizen accounts with a role) and
-- invitations to join (only the hash of an invitation's token is kept).

CREATE TABLE organisations (
    id              INTEGER PRIMARY KEY,
    tenant_id       INTEGER NOT NULL REFERENCES tenants (id),
    details         TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);

CREATE TABLE organisation_members (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    account_id      INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role            TEXT    NOT NULL CHECK (role IN ('admin', 'member')),
    joined_at       INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, account_id)
);

CREATE INDEX organisation_members_account ON organisation_members (account_id);

CREATE TABLE organisation_invitations (
    token_hash      TEXT    PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    email           TEXT    NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('admin', 'member')),
    invited_by      INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL
);

CREATE INDEX organisation_invitations_organisation ON organisation_invitations (organisation_id);
