-- Accounts of citizens (the same model as the SQLite backend's fifth migration): accounts from
-- the identity provider, server-side sessions (only the hash of a session id is kept), logins
-- on their way through the identity provider, and which account started a draft.

CREATE TABLE accounts (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     BIGINT NOT NULL REFERENCES tenants (id),
    issuer        TEXT   NOT NULL,
    subject       TEXT   NOT NULL,
    claims        JSONB  NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    last_login_at TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, issuer, subject)
);

CREATE TABLE sessions (
    id_hash      TEXT   PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    trust_level  TEXT   NOT NULL CHECK (trust_level IN ('none', 'basis', 'substantiell', 'hoch')),
    label        TEXT   NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    last_seen_at TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    idle_micros  BIGINT NOT NULL
);

CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE login_flows (
    state         TEXT PRIMARY KEY,
    pkce_verifier TEXT NOT NULL,
    nonce         TEXT NOT NULL,
    return_to     TEXT NOT NULL,
    trust_level   TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);

ALTER TABLE drafts ADD COLUMN account_id BIGINT REFERENCES accounts (id);

CREATE INDEX drafts_account ON drafts (account_id) WHERE account_id IS NOT NULL;
