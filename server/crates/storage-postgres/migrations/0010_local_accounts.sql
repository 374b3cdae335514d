-- Local citizen accounts (the same model as the SQLite backend's tenth migration): the e-mail
-- address in lower case, the argon2id hash of the password, when the address was confirmed;
-- and the links mailed to confirm it or set a new password (only their token's hash).

CREATE TABLE local_logins (
    account_id    BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    tenant_id     BIGINT NOT NULL REFERENCES tenants (id),
    email         TEXT   NOT NULL,
    password_hash TEXT   NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    verified_at   TIMESTAMPTZ,
    UNIQUE (tenant_id, email)
);

CREATE TABLE account_links (
    token_hash TEXT   PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    purpose    TEXT   NOT NULL CHECK (purpose IN ('verify', 'reset', 'registered_again')),
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX account_links_account ON account_links (account_id);
