-- Cases (the same model as the SQLite backend's eleventh migration): one per submission, in
-- one inbox, with a deadline and who works on it; the state stays the submission's.

CREATE TABLE cases (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     BIGINT NOT NULL REFERENCES tenants (id),
    submission_id BIGINT NOT NULL UNIQUE REFERENCES submissions (id),
    inbox         TEXT   NOT NULL,
    assignee_id   BIGINT REFERENCES staff (id),
    prepared_by   BIGINT REFERENCES staff (id),
    opened_at     TIMESTAMPTZ NOT NULL,
    due_at        TIMESTAMPTZ NOT NULL
);

CREATE INDEX cases_inbox ON cases (tenant_id, inbox, due_at);
