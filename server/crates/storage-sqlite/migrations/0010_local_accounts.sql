-- Local citizen accounts, where the authority allows them: the e-mail address (lower case,
-- one account per address and tenant), the argon2id hash of the password, and when the
-- address was confirmed. The account itself is a row of `accounts` under the local issuer.
-- The links mailed to confirm an address or set a new password keep only their token's hash.

CREATE TABLE local_logins (
    account_id    INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    tenant_id     INTEGER NOT NULL REFERENCES tenants (id),
    email         TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    verified_at   INTEGER,
    UNIQUE (tenant_id, email)
);

CREATE TABLE account_links (
    token_hash TEXT    PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    purpose    TEXT    NOT NULL CHECK (purpose IN ('verify', 'reset', 'registered_again')),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);

CREATE INDEX account_links_account ON account_links (account_id);
