//! Webhooks: every change to a case raises an event (a `case-event` job the database enqueues
//! with the change, migration 0018); the event is fanned out to one `webhook` job per
//! integration that sees the case's unit, and each is delivered on its own, signed, and retried
//! by the outbox until it is taken (about four hours). The message is thin — the event, the
//! case's number and address, no personal data — so a late or repeated delivery can never carry
//! a stale state: the Fachverfahren fetches the case.

use async_trait::async_trait;
use domain::case::CaseId;
use domain::integration::{ApiClientId, ApiScope, CaseEventKind, webhook_signature};
use serde_json::json;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::Portal;
use crate::jobs::{Job, JobError};

/// Sends a webhook: a JSON body by POST with these headers; the answer's status code, or why
/// none came.
#[async_trait]
pub trait WebhookSender: Send + Sync {
    async fn post(
        &self,
        url: &str,
        headers: &[(&str, String)],
        body: Vec<u8>,
    ) -> Result<u16, String>;
}

/// Job: one `webhook` job per integration that hears of the case's unit.
pub(crate) async fn fan_out(
    portal: &Portal,
    case: CaseId,
    event: CaseEventKind,
    id: &str,
) -> Result<(), JobError> {
    // A case that is gone (ausgesondert) is nobody's news any more.
    let Some(summary) = portal.storage.case_summary(case).await? else {
        return Ok(());
    };
    let now = portal.clock.now();
    let jobs: Vec<_> = portal
        .storage
        .api_clients(&portal.settings.tenant_slug)
        .await?
        .into_iter()
        .filter(|client| {
            client.revoked_at.is_none()
                && client.webhook.is_some()
                && client.scopes.contains(&ApiScope::CasesRead)
                && client.units.contains(&summary.inbox)
        })
        .map(|client| {
            Job::Webhook {
                client: client.id.0,
                event: id.to_owned(),
                event_type: event,
                case: case.0,
                occurred_at: now.unix_timestamp(),
            }
            .to_new_job(now)
        })
        .collect();
    if !jobs.is_empty() {
        portal.storage.enqueue_jobs(&jobs).await?;
        portal.jobs_enqueued.notify_one();
    }
    Ok(())
}

/// The body of a webhook.
pub fn message(
    public_url: &str,
    event: &str,
    event_type: CaseEventKind,
    case: CaseId,
    occurred_at: OffsetDateTime,
) -> Vec<u8> {
    json!({
        "id": event,
        "type": event_type.as_str(),
        "occurred_at": occurred_at.format(&Rfc3339).unwrap_or_default(),
        "case": {
            "id": case.0,
            "href": format!("{public_url}/api/v1/cases/{case}"),
        },
    })
    .to_string()
    .into_bytes()
}

/// Job: delivers one webhook. 2xx is done; no answer, 408, 429 and 5xx are tried again later;
/// any other answer means the receiver will never take it (failed, visible in the outbox).
pub(crate) async fn deliver(
    portal: &Portal,
    client: ApiClientId,
    event: &str,
    event_type: CaseEventKind,
    case: CaseId,
    occurred_at: i64,
) -> Result<(), JobError> {
    let Some(client) = portal
        .storage
        .api_client(client)
        .await?
        .filter(|client| client.revoked_at.is_none())
    else {
        return Ok(());
    };
    let Some(webhook) = client.webhook else {
        return Ok(());
    };
    let occurred_at = OffsetDateTime::from_unix_timestamp(occurred_at)
        .map_err(|e| JobError::Permanent(e.to_string()))?;
    let body = message(
        &portal.settings.public_url,
        event,
        event_type,
        case,
        occurred_at,
    );
    let signature = webhook_signature(&webhook.secret, portal.clock.now().unix_timestamp(), &body);
    let headers = [
        ("content-type", "application/json".to_owned()),
        ("kreisportal-event", event.to_owned()),
        ("kreisportal-signature", signature),
    ];
    match portal.webhooks.post(&webhook.url, &headers, body).await {
        Ok(200..=299) => Ok(()),
        Ok(status @ (408 | 429 | 500..=599)) => {
            Err(JobError::Transient(format!("webhook answered {status}")))
        }
        Ok(status) => Err(JobError::Permanent(format!("webhook answered {status}"))),
        Err(reason) => Err(JobError::Transient(format!(
            "webhook not delivered: {reason}"
        ))),
    }
}
