-- Cases (Vorgänge): the back office's record of a submission, opened once by the intake job.
-- The case's state is the submission's (the applicant's status page reads the same column);
-- the case adds the inbox it landed in, its deadline, who works on it and who asked for the
-- sign-off.

CREATE TABLE cases (
    id            INTEGER PRIMARY KEY,
    tenant_id     INTEGER NOT NULL REFERENCES tenants (id),
    submission_id INTEGER NOT NULL UNIQUE REFERENCES submissions (id),
    inbox         TEXT    NOT NULL,
    assignee_id   INTEGER REFERENCES staff (id),
    -- Who asked for the sign-off (Mitzeichnung): they cannot give it.
    prepared_by   INTEGER REFERENCES staff (id),
    opened_at     INTEGER NOT NULL,
    due_at        INTEGER NOT NULL
);

CREATE INDEX cases_inbox ON cases (tenant_id, inbox, due_at);
