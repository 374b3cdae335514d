-- The authority's staff: local logins (argon2id password hash and an authenticator secret),
-- role grants (caseworkers and team leads per unit), and their server-side sessions, apart
-- from the citizens'.

CREATE TABLE staff (
    id             INTEGER PRIMARY KEY,
    tenant_id      INTEGER NOT NULL REFERENCES tenants (id),
    username       TEXT    NOT NULL,
    display_name   TEXT    NOT NULL,
    email          TEXT    NOT NULL,
    password_hash  TEXT    NOT NULL,
    totp_secret    TEXT    NOT NULL,
    last_totp_step INTEGER,
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     INTEGER NOT NULL,
    UNIQUE (tenant_id, username)
);

CREATE TABLE staff_grants (
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    role     TEXT    NOT NULL CHECK (role IN ('caseworker', 'team_lead', 'records_manager',
                                              'print_operator', 'administrator', 'auditor')),
    -- '' for roles that are not for a unit (a primary key cannot hold NULL).
    unit     TEXT    NOT NULL,
    PRIMARY KEY (staff_id, role, unit)
);

CREATE TABLE staff_sessions (
    id_hash      TEXT    PRIMARY KEY,
    staff_id     INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    idle_micros  INTEGER NOT NULL
);

CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);
