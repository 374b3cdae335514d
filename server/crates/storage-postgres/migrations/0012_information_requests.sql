-- Nachforderungen (the same model as the SQLite backend's twelfth migration): at most one
-- open request per case; the answer's files are uploads of the submitted draft.

CREATE TABLE information_requests (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES cases (id),
    question    TEXT   NOT NULL,
    asked_by    BIGINT NOT NULL REFERENCES staff (id),
    asked_at    TIMESTAMPTZ NOT NULL,
    answer      TEXT,
    answered_at TIMESTAMPTZ,
    CHECK ((answer IS NULL) = (answered_at IS NULL))
);

CREATE INDEX information_requests_case ON information_requests (case_id, id);
CREATE UNIQUE INDEX information_requests_one_open ON information_requests (case_id)
    WHERE answered_at IS NULL;
