-- Full-text search of the back office on PostgreSQL: one index in the shared database, so every
-- server instance finds the same (ARCHITECTURE.md, "Search"). Entries are written by the
-- `search-index` job; the words are analysed in German (Snowball stems, umlauts folded), titles
-- weigh more than bodies.
CREATE TABLE search_entries (
    key          TEXT    PRIMARY KEY,
    kind         TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    unit         TEXT    NOT NULL,
    confidential BOOLEAN NOT NULL,
    year         INTEGER NOT NULL,
    state        TEXT    NOT NULL,
    link         TEXT    NOT NULL,
    words        TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('german'::regconfig, title), 'A')
        || setweight(to_tsvector('german'::regconfig, body), 'B')
    ) STORED
);

CREATE INDEX search_entries_words ON search_entries USING GIN (words);
CREATE INDEX search_entries_key_prefix ON search_entries (key text_pattern_ops);

-- Whatever changes a case or an Akte enqueues its `search-index` job in the same transaction,
-- so no code path can forget the index and no acknowledged change is lost to it. Every change
-- gets its own job (a random key): the job reads the state after commit, so a later change
-- must never be folded into a job that may already have run. Due at once, whatever the clock.
CREATE FUNCTION enqueue_search_index(object TEXT) RETURNS void LANGUAGE sql AS $$
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    VALUES ('search-index',
            jsonb_build_object('kind', 'search-index', 'object', object),
            'search-index:' || object || ':' || gen_random_uuid(),
            'epoch'::timestamptz)
$$;

CREATE FUNCTION search_changed_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM enqueue_search_index('case:' || NEW.id);
    RETURN NULL;
END
$$;

CREATE FUNCTION search_changed_case_part() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM enqueue_search_index('case:' || NEW.case_id);
    RETURN NULL;
END
$$;

CREATE FUNCTION search_changed_akte() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM enqueue_search_index('akte:' || NEW.id);
    RETURN NULL;
END
$$;

CREATE FUNCTION search_changed_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM enqueue_search_index('akte:' || NEW.akte_id);
    RETURN NULL;
END
$$;

CREATE FUNCTION search_changed_document_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM enqueue_search_index('akte:' || (SELECT akte_id FROM documents WHERE id = NEW.document_id));
    RETURN NULL;
END
$$;

CREATE TRIGGER cases_search AFTER INSERT OR UPDATE ON cases
    FOR EACH ROW EXECUTE FUNCTION search_changed_case();
CREATE TRIGGER case_notes_search AFTER INSERT ON case_notes
    FOR EACH ROW EXECUTE FUNCTION search_changed_case_part();
CREATE TRIGGER information_requests_search AFTER INSERT OR UPDATE ON information_requests
    FOR EACH ROW EXECUTE FUNCTION search_changed_case_part();
CREATE TRIGGER akten_search AFTER INSERT OR UPDATE ON akten
    FOR EACH ROW EXECUTE FUNCTION search_changed_akte();
CREATE TRIGGER documents_search AFTER INSERT OR UPDATE ON documents
    FOR EACH ROW EXECUTE FUNCTION search_changed_document();
CREATE TRIGGER document_versions_search AFTER INSERT OR UPDATE ON document_versions
    FOR EACH ROW EXECUTE FUNCTION search_changed_document_version();

-- A case's state is kept with its submission.
CREATE FUNCTION search_changed_submission() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM enqueue_search_index('case:' || c.id) FROM cases c WHERE c.submission_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER submissions_search AFTER UPDATE OF state ON submissions
    FOR EACH ROW EXECUTE FUNCTION search_changed_submission();
