-- Vermerke on cases (written once, never changed), and the index behind a case's history,
-- which reads the audit trail by object.

CREATE TABLE case_notes (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases (id),
    author_id INTEGER NOT NULL REFERENCES staff (id),
    text      TEXT    NOT NULL,
    at        INTEGER NOT NULL
);

CREATE INDEX case_notes_case ON case_notes (case_id, id);
CREATE INDEX audit_events_object ON audit_events (object, sequence);
