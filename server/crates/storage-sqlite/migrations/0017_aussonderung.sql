-- Aussonderung: an Akte past its retention is offered to the archive (the xdomea package is
-- exported) and then ausgesondert: its content is deleted everywhere, the Akte itself stays as
-- the proof (Aktenzeichen, plan key, unit, dates and counts, no title and no content).

-- When the Aussonderung package was last exported (microseconds); disposal needs one.
ALTER TABLE akten ADD COLUMN exported_at INTEGER;
-- When its content was deleted, and how much went (documents, cases).
ALTER TABLE akten ADD COLUMN disposed_at INTEGER;
ALTER TABLE akten ADD COLUMN disposed_documents INTEGER;
ALTER TABLE akten ADD COLUMN disposed_cases INTEGER;

-- A version zu den Akten still never changes, and is deleted only with its Akte's
-- Aussonderung: once the Akte is ausgesondert, nothing of it may be kept.
DROP TRIGGER document_versions_filed_never_go;
CREATE TRIGGER document_versions_filed_never_go
BEFORE DELETE ON document_versions
WHEN OLD.filed_at IS NOT NULL
 AND (SELECT a.state FROM documents d JOIN akten a ON a.id = d.akte_id
      WHERE d.id = OLD.document_id) IS NOT 'ausgesondert'
BEGIN
    SELECT RAISE(ABORT, 'this document version is zu den Akten and cannot be deleted');
END;

-- A deleted case leaves the search index (the job finds it gone).
CREATE TRIGGER cases_search_delete AFTER DELETE ON cases
BEGIN
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    VALUES ('search-index', json_object('kind', 'search-index', 'object', 'case:' || OLD.id),
            'search-index:case:' || OLD.id || ':' || lower(hex(randomblob(16))), 0);
END;
