-- Nachforderungen: what a caseworker asked the applicant and the answer. At most one request
-- of a case is open (unanswered) at a time; the answer's files are uploads of the submitted
-- draft, named after the request.

CREATE TABLE information_requests (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    question    TEXT    NOT NULL,
    asked_by    INTEGER NOT NULL REFERENCES staff (id),
    asked_at    INTEGER NOT NULL,
    answer      TEXT,
    answered_at INTEGER,
    CHECK ((answer IS NULL) = (answered_at IS NULL))
);

CREATE INDEX information_requests_case ON information_requests (case_id, id);
CREATE UNIQUE INDEX information_requests_one_open ON information_requests (case_id)
    WHERE answered_at IS NULL;
