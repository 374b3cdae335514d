-- Integrations (Fachverfahren): API clients with a bearer token (only its hash is kept), the
-- scopes and units they may act in, and where their webhooks go with the secret that signs them.
CREATE TABLE api_clients (
    id             BIGSERIAL PRIMARY KEY,
    tenant_id      BIGINT      NOT NULL REFERENCES tenants (id),
    name           TEXT        NOT NULL,
    token_hash     TEXT        NOT NULL UNIQUE,
    scopes         TEXT[]      NOT NULL,
    units          TEXT[]      NOT NULL,
    webhook_url    TEXT,
    webhook_secret TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    revoked_at     TIMESTAMPTZ,
    CHECK ((webhook_url IS NULL) = (webhook_secret IS NULL))
);

-- Every change a Fachverfahren may want to hear of enqueues a `case-event` job in the changing
-- transaction (the webhooks are fanned out from it), like the search index's jobs: no code path
-- can forget it. Each event has its own random id, which the webhook carries.
CREATE FUNCTION enqueue_case_event(case_id BIGINT, event TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    id TEXT := replace(gen_random_uuid()::text, '-', '');
BEGIN
    INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
    VALUES ('case-event',
            jsonb_build_object('kind', 'case-event', 'case', case_id, 'event', event, 'id', id),
            'case-event:' || id,
            'epoch'::timestamptz);
END
$$;

CREATE FUNCTION case_event_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM enqueue_case_event(NEW.id, 'case.created');
    RETURN NULL;
END
$$;

CREATE FUNCTION case_event_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM enqueue_case_event(c.id, 'case.updated') FROM cases c WHERE c.submission_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE FUNCTION case_event_part() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM enqueue_case_event(NEW.case_id, 'case.updated');
    RETURN NULL;
END
$$;

CREATE TRIGGER cases_event_created AFTER INSERT ON cases
    FOR EACH ROW EXECUTE FUNCTION case_event_created();
CREATE TRIGGER submissions_event_state AFTER UPDATE OF state ON submissions
    FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state) EXECUTE FUNCTION case_event_state();
CREATE TRIGGER information_requests_event_answered AFTER UPDATE OF answered_at ON information_requests
    FOR EACH ROW EXECUTE FUNCTION case_event_part();
CREATE TRIGGER documents_event_added AFTER INSERT ON documents
    FOR EACH ROW WHEN (NEW.case_id IS NOT NULL) EXECUTE FUNCTION case_event_part();
