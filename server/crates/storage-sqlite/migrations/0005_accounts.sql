-- Accounts of citizens (from the identity provider: issuer and subject), their server-side
-- sessions (only the hash of a session id is kept), logins on their way through the identity
-- provider, and which account started a draft.

CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    tenant_id     INTEGER NOT NULL REFERENCES tenants (id),
    issuer        TEXT    NOT NULL,
    subject       TEXT    NOT NULL,
    claims        TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    last_login_at INTEGER NOT NULL,
    UNIQUE (tenant_id, issuer, subject)
);

CREATE TABLE sessions (
    id_hash      TEXT    PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    trust_level  TEXT    NOT NULL CHECK (trust_level IN ('none', 'basis', 'substantiell', 'hoch')),
    label        TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    idle_micros  INTEGER NOT NULL
);

CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE login_flows (
    state         TEXT    PRIMARY KEY,
    pkce_verifier TEXT    NOT NULL,
    nonce         TEXT    NOT NULL,
    return_to     TEXT    NOT NULL,
    trust_level   TEXT    NOT NULL,
    created_at    INTEGER NOT NULL
);

ALTER TABLE drafts ADD COLUMN account_id INTEGER REFERENCES accounts (id);

CREATE INDEX drafts_account ON drafts (account_id) WHERE account_id IS NOT NULL;
