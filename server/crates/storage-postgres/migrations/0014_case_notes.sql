-- Vermerke on cases and the index behind a case's history (the same as the SQLite backend's
-- fourteenth migration).

CREATE TABLE case_notes (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id   BIGINT NOT NULL REFERENCES cases (id),
    author_id BIGINT NOT NULL REFERENCES staff (id),
    text      TEXT   NOT NULL,
    at        TIMESTAMPTZ NOT NULL
);

CREATE INDEX case_notes_case ON case_notes (case_id, id);
CREATE INDEX audit_events_object ON audit_events (object, sequence);
