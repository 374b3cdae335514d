-- Feeds the back office's full-text search (tantivy beside this database, ARCHITECTURE.md,
-- "Search"): whatever changes a case or an Akte enqueues its `search-index` job in the same
-- transaction, so no code path can forget the index. Every change gets its own job (a random
-- key): the job reads the state after commit, so a later change must never be folded into a
-- job that may already have run. Due at once (run_at 0), whatever the clock says.

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    VALUES ('search-index', json_object('kind', 'search-index', 'object', 'case:' || NEW.id),
            'search-index:case:' || NEW.id || ':' || lower(hex(randomblob(16))), 0);
END;

CREATE TRIGGER cases_search_update AFTER UPDATE ON cases
BEGIN
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    VALUES ('search-index', json_object('kind', 'search-index', 'object', 'case:' || NEW.id),
            'search-index:case:' || NEW.id || ':' || lower(hex(randomblob(16))), 0);
END;

CREATE TRIGGER case_notes_search AFTER INSERT ON case_notes
BEGIN
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    VALUES ('search-index', json_object('kind', 'search-index', 'object', 'case:' || NEW.case_id),
            'search-index:case:' || NEW.case_id || ':' || lower(hex(randomblob(16))), 0);
END;

CREATE TRIGGER information_requests_search_insert AFTER INSERT ON information_requests
BEGIN
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    VALUES ('search-index', json_object('kind', 'search-index', 'object', 'case:' || NEW.case_id),
            'search-index:case:' || NEW.case_id || ':' || lower(hex(randomblob(16))), 0);
END;

CREATE TRIGGER information_requests_search_update AFTER UPDATE ON information_requests
BEGIN
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    VALUES ('search-index', json_object('kind', 'search-index', 'object', 'case:' || NEW.case_id),
            'search-index:case:' || NEW.case_id || ':' || lower(hex(randomblob(16))), 0);
END;

CREATE TRIGGER akten_search_insert AFTER INSERT ON akten
BEGIN
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    VALUES ('search-index', json_object('kind', 'search-index', 'object', 'akte:' || NEW.id),
            'search-index:akte:' || NEW.id || ':' || lower(hex(randomblob(16))), 0);
END;

CREATE TRIGGER akten_search_update AFTER UPDATE ON akten
BEGIN
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    VALUES ('search-index', json_object('kind', 'search-index', 'object', 'akte:' || NEW.id),
            'search-index:akte:' || NEW.id || ':' || lower(hex(randomblob(16))), 0);
END;

CREATE TRIGGER documents_search AFTER INSERT ON documents
BEGIN
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    VALUES ('search-index', json_object('kind', 'search-index', 'object', 'akte:' || NEW.akte_id),
            'search-index:akte:' || NEW.akte_id || ':' || lower(hex(randomblob(16))), 0);
END;

CREATE TRIGGER document_versions_search AFTER INSERT ON document_versions
BEGIN
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    VALUES ('search-index',
            json_object('kind', 'search-index', 'object',
                        'akte:' || (SELECT akte_id FROM documents WHERE id = NEW.document_id)),
            'search-index:akte:' || NEW.document_id || ':' || lower(hex(randomblob(16))), 0);
END;

-- A case's state is kept with its submission.
CREATE TRIGGER submissions_search_state AFTER UPDATE OF state ON submissions
BEGIN
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    SELECT 'search-index', json_object('kind', 'search-index', 'object', 'case:' || c.id),
           'search-index:case:' || c.id || ':' || lower(hex(randomblob(16))), 0
      FROM cases c
     WHERE c.submission_id = NEW.id;
END;
