-- Aussonderung: an Akte past its retention is offered to the archive (the xdomea package is
-- exported) and then ausgesondert: its content is deleted everywhere, the Akte itself stays as
-- the proof (Aktenzeichen, plan key, unit, dates and counts, no title and no content).

-- When the Aussonderung package was last exported; disposal needs one.
ALTER TABLE akten ADD COLUMN exported_at TIMESTAMPTZ;
-- When its content was deleted, and how much went (documents, cases).
ALTER TABLE akten ADD COLUMN disposed_at TIMESTAMPTZ;
ALTER TABLE akten ADD COLUMN disposed_documents BIGINT;
ALTER TABLE akten ADD COLUMN disposed_cases BIGINT;

-- A version zu den Akten still never changes and is never truncated; it is deleted only with
-- its Akte's Aussonderung: once the Akte is ausgesondert, nothing of it may be kept.
CREATE OR REPLACE FUNCTION document_versions_filed_stay() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'document versions zu den Akten cannot be truncated'
            USING ERRCODE = '55000';
    END IF;
    IF TG_OP = 'DELETE' AND (
        SELECT a.state FROM documents d JOIN akten a ON a.id = d.akte_id
        WHERE d.id = OLD.document_id
    ) = 'ausgesondert' THEN
        RETURN OLD;
    END IF;
    IF OLD.filed_at IS NOT NULL THEN
        RAISE EXCEPTION 'document % version % is zu den Akten and cannot change',
            OLD.document_id, OLD.version
            USING ERRCODE = '55000';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

-- A deleted case leaves the search index (the job finds it gone).
CREATE FUNCTION search_removed_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM enqueue_search_index('case:' || OLD.id);
    RETURN NULL;
END
$$;

CREATE TRIGGER cases_search_delete AFTER DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION search_removed_case();
