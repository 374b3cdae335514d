-- Integrations (Fachverfahren): API clients with a bearer token (only its hash is kept), the
-- scopes and units they may act in, and where their webhooks go with the secret that signs them.
CREATE TABLE api_clients (
    id             INTEGER PRIMARY KEY,
    tenant_id      INTEGER NOT NULL REFERENCES tenants (id),
    name           TEXT    NOT NULL,
    token_hash     TEXT    NOT NULL UNIQUE,
    -- Space-separated: cases:read cases:write
    scopes         TEXT    NOT NULL,
    -- JSON array of unit codes (inboxes).
    units          TEXT    NOT NULL,
    webhook_url    TEXT,
    webhook_secret TEXT,
    created_at     INTEGER NOT NULL,
    revoked_at     INTEGER,
    CHECK ((webhook_url IS NULL) = (webhook_secret IS NULL))
);

-- Every change a Fachverfahren may want to hear of enqueues a `case-event` job in the changing
-- transaction (the webhooks are fanned out from it), like the search index's jobs: no code path
-- can forget it. Each event has its own random id, which the webhook carries.
CREATE TRIGGER cases_event_created AFTER INSERT ON cases
BEGIN
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    SELECT 'case-event',
           json_object('kind', 'case-event', 'case', NEW.id, 'event', 'case.created', 'id', e.id),
           'case-event:' || e.id, 0
    FROM (SELECT lower(hex(randomblob(16))) AS id) AS e;
END;

CREATE TRIGGER submissions_event_state AFTER UPDATE OF state ON submissions
BEGIN
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    SELECT 'case-event',
           json_object('kind', 'case-event', 'case', c.id, 'event', 'case.updated', 'id', e.id),
           'case-event:' || e.id, 0
    FROM cases c, (SELECT lower(hex(randomblob(16))) AS id) AS e
    WHERE c.submission_id = NEW.id;
END;

CREATE TRIGGER information_requests_event_answered AFTER UPDATE OF answered_at
ON information_requests
BEGIN
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    SELECT 'case-event',
           json_object('kind', 'case-event', 'case', NEW.case_id, 'event', 'case.updated', 'id', e.id),
           'case-event:' || e.id, 0
    FROM (SELECT lower(hex(randomblob(16))) AS id) AS e;
END;

CREATE TRIGGER documents_event_added AFTER INSERT ON documents
WHEN NEW.case_id IS NOT NULL
BEGIN
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    SELECT 'case-event',
           json_object('kind', 'case-event', 'case', NEW.case_id, 'event', 'case.updated', 'id', e.id),
           'case-event:' || e.id, 0
    FROM (SELECT lower(hex(randomblob(16))) AS id) AS e;
END;
