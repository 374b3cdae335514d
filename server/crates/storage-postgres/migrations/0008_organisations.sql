-- Organisations (the same model as the SQLite backend's eighth migration): businesses and
-- associations, their members (citizen accounts with a role) and invitations to join (only the
-- hash of an invitation's token is kept).

CREATE TABLE organisations (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       BIGINT NOT NULL REFERENCES tenants (id),
    details         JSONB  NOT NULL,
    name            TEXT   NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE organisation_members (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    account_id      BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role            TEXT   NOT NULL CHECK (role IN ('admin', 'member')),
    joined_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (organisation_id, account_id)
);

CREATE INDEX organisation_members_account ON organisation_members (account_id);

CREATE TABLE organisation_invitations (
    token_hash      TEXT   PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    email           TEXT   NOT NULL,
    role            TEXT   NOT NULL CHECK (role IN ('admin', 'member')),
    invited_by      BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL
);

CREATE INDEX organisation_invitations_organisation ON organisation_invitations (organisation_id);
