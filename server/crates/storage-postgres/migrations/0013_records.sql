-- The e-Akte (the same model as the SQLite backend's thirteenth migration). A version "zu den
-- Akten" (filed_at set) never changes and is never deleted: the trigger refuses row changes
-- and deletions, and TRUNCATE, with SQLSTATE 55000.

CREATE TABLE akten (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       BIGINT  NOT NULL REFERENCES tenants (id),
    plan_key        TEXT    NOT NULL,
    year            INTEGER NOT NULL,
    number          BIGINT  NOT NULL,
    aktenzeichen    TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    unit            TEXT    NOT NULL,
    confidentiality TEXT    NOT NULL,
    retention_years BIGINT  NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'offen',
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, plan_key, year, number),
    UNIQUE (tenant_id, aktenzeichen)
);

CREATE INDEX akten_open ON akten (tenant_id, unit, plan_key, state);

ALTER TABLE cases ADD COLUMN akte_id BIGINT REFERENCES akten (id);

CREATE TABLE documents (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    akte_id    BIGINT  NOT NULL REFERENCES akten (id),
    number     BIGINT  NOT NULL,
    title      TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    case_id    BIGINT REFERENCES cases (id),
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (akte_id, number)
);

CREATE TABLE document_versions (
    document_id BIGINT  NOT NULL REFERENCES documents (id),
    version     BIGINT  NOT NULL,
    file_name   TEXT    NOT NULL,
    media_type  TEXT    NOT NULL,
    size_bytes  BIGINT  NOT NULL,
    sha256      TEXT    NOT NULL,
    storage_key TEXT    NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    filed_at    TIMESTAMPTZ,
    PRIMARY KEY (document_id, version)
);

CREATE FUNCTION document_versions_filed_stay() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'document versions zu den Akten cannot be truncated'
            USING ERRCODE = '55000';
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

CREATE TRIGGER document_versions_filed_stay
BEFORE UPDATE OR DELETE ON document_versions
FOR EACH ROW EXECUTE FUNCTION document_versions_filed_stay();

CREATE TRIGGER document_versions_never_truncated
BEFORE TRUNCATE ON document_versions
FOR EACH STATEMENT EXECUTE FUNCTION document_versions_filed_stay();
