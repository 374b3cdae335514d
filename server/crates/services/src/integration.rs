//! The API for Fachverfahren: an integration, known by its bearer token, lists the new cases of
//! its units, fetches one with its answers and files, reports that it took a case up or
//! prepared its decision, and adds documents to the case's Akte. Every reading and writing is
//! audited under the client's name (`api:<id>`); other units' cases do not exist for it.

use domain::application::CaseState;
use domain::application::upload::clean_file_name;
use domain::audit::AuditEvent;
use domain::case::CaseId;
use domain::form::definition::FileType;
use domain::integration::{ApiClientId, ApiScope, ApiToken, WebhookUrl, may_report_state};
use domain::{FormErrors, msg_key};
use sha2::{Digest, Sha256};
use storage::{
    Akte, ApiClient, CaseFilter, CaseMove, CaseSummary, NewApiClient, NewDocument, RecordDocument,
    StorageError, Submission, Upload, VersionContent, Webhook,
};

use crate::Portal;
use crate::uploads::StagedBytes;

/// The largest document an integration may add.
pub const MAX_DOCUMENT_BYTES: usize = 20 * 1024 * 1024;
/// The most cases one listing returns.
pub const MAX_PAGE: usize = 200;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No token, or one that opens nothing (unknown or revoked).
    #[error("unauthorized")]
    Unauthorized,
    /// The client lacks the scope.
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// Not now; the Fluent key says why (409).
    #[error("refused: {0}")]
    Refused(&'static str),
    /// The request itself is wrong; the Fluent key says how (422).
    #[error("invalid: {0}")]
    Invalid(&'static str),
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("file store: {0}")]
    Files(String),
}

fn audit(client: &ApiClient, action: &str, object: String) -> AuditEvent {
    AuditEvent {
        actor: format!("api:{}", client.id),
        action: action.to_owned(),
        object,
        purpose: "Fachverfahren".to_owned(),
        outcome: "success".to_owned(),
    }
}

/// The client an `Authorization` header names, with `scope`.
pub async fn authenticate(
    portal: &Portal,
    authorization: Option<&str>,
    scope: ApiScope,
) -> Result<ApiClient, ApiError> {
    let token = authorization
        .and_then(|value| value.strip_prefix("Bearer "))
        .and_then(|token| ApiToken::parse(token.trim()))
        .ok_or(ApiError::Unauthorized)?;
    let client = portal
        .storage
        .api_client_by_token(&token.stored_hash())
        .await?
        .ok_or(ApiError::Unauthorized)?;
    if client.scopes.contains(&scope) {
        Ok(client)
    } else {
        Err(ApiError::Forbidden)
    }
}

/// The cases of the client's units with a number above `after`, the oldest first, at most
/// `limit` (up to [`MAX_PAGE`]): a Fachverfahren asks with the last number it has seen.
pub async fn new_cases(
    portal: &Portal,
    client: &ApiClient,
    after: i64,
    limit: usize,
) -> Result<Vec<CaseSummary>, ApiError> {
    let mut cases = portal
        .storage
        .cases(&CaseFilter {
            tenant_slug: portal.settings.tenant_slug.clone(),
            inboxes: client.units.clone(),
            ..CaseFilter::default()
        })
        .await?;
    cases.retain(|case| case.id.0 > after);
    cases.sort_by_key(|case| case.id.0);
    cases.truncate(limit.clamp(1, MAX_PAGE));
    Ok(cases)
}

/// A case as an integration sees it: the frozen submission, the applicant's files, and the
/// Akte it is filed in with the case's documents.
#[derive(Debug, Clone)]
pub struct ApiCase {
    pub case: CaseSummary,
    pub submission: Submission,
    pub files: Vec<Upload>,
    pub akte: Option<Akte>,
    pub documents: Vec<RecordDocument>,
}

async fn visible(portal: &Portal, client: &ApiClient, id: CaseId) -> Result<CaseSummary, ApiError> {
    portal
        .storage
        .case_summary(id)
        .await?
        .filter(|case| client.units.contains(&case.inbox))
        .ok_or(ApiError::NotFound)
}

/// One case of the client's units; the reading is audited.
pub async fn case(portal: &Portal, client: &ApiClient, id: CaseId) -> Result<ApiCase, ApiError> {
    let case = visible(portal, client, id).await?;
    let storage = &portal.storage;
    let submission = storage
        .submission(&case.reference)
        .await?
        .ok_or_else(|| StorageError::Corrupt(format!("case {id} without its submission")))?;
    let files = storage.uploads_for_draft(&case.draft_token).await?;
    let akte = storage.akte_of_case(id).await?;
    let documents = match &akte {
        Some(akte) => storage
            .documents(akte.id)
            .await?
            .into_iter()
            .filter(|document| document.case_id == Some(id))
            .collect(),
        None => Vec::new(),
    };
    storage
        .append_audit(
            portal.clock.now(),
            &audit(client, "case.read", format!("case:{id}")),
        )
        .await?;
    Ok(ApiCase {
        case,
        submission,
        files,
        akte,
        documents,
    })
}

/// A file of the case (one the applicant sent, or a document of its Akte), by its id or
/// `dokument-<id>-<version>`: its facts and content.
pub async fn file(
    portal: &Portal,
    client: &ApiClient,
    id: CaseId,
    file: &str,
) -> Result<(VersionContent, Vec<u8>), ApiError> {
    let found = case(portal, client, id).await?;
    let content = found
        .files
        .into_iter()
        .find(|upload| upload.id == file)
        .map(|upload| VersionContent {
            file_name: upload.file_name,
            media_type: upload.media_type,
            size_bytes: upload.size_bytes,
            sha256: upload.sha256,
            storage_key: upload.storage_key,
        })
        .or_else(|| {
            found.documents.into_iter().find_map(|document| {
                document.versions.into_iter().find_map(|version| {
                    (document_file_id(document.id, version.version) == file)
                        .then_some(version.content)
                })
            })
        })
        .ok_or(ApiError::NotFound)?;
    let bytes = portal
        .files
        .read(&content.storage_key)
        .await
        .map_err(|e| ApiError::Files(e.to_string()))?;
    Ok((content, bytes))
}

/// How a document version of an Akte is named among a case's files.
pub fn document_file_id(document: i64, version: u32) -> String {
    format!("dokument-{document}-{version}")
}

/// Reports a state the Fachverfahren reached: taken up, or decision prepared.
pub async fn report_state(
    portal: &Portal,
    client: &ApiClient,
    id: CaseId,
    to: CaseState,
) -> Result<(), ApiError> {
    let case = visible(portal, client, id).await?;
    may_report_state(case.state, to).map_err(|refusal| ApiError::Refused(refusal.0))?;
    match portal
        .storage
        .move_case(
            id,
            &CaseMove {
                from: case.state,
                to,
                prepared_by: case.prepared_by,
                jobs: &[],
            },
            &audit(
                client,
                &format!("case.state.{}", to.as_str()),
                format!("case:{id}"),
            ),
            portal.clock.now(),
        )
        .await
    {
        Ok(()) => Ok(()),
        Err(StorageError::Conflict(_)) => Err(ApiError::Refused(msg_key("api-refused-state-now"))),
        Err(error) => Err(error.into()),
    }
}

/// Adds a document (PDF, PNG or JPEG, recognised by its content) to the open Akte the case is
/// filed in, scanned for malware first; its running number in the Akte.
pub async fn add_document(
    portal: &Portal,
    client: &ApiClient,
    id: CaseId,
    title: &str,
    file_name: &str,
    content: &[u8],
) -> Result<u32, ApiError> {
    visible(portal, client, id).await?;
    let title = title.trim();
    if title.is_empty() || title.chars().count() > 200 {
        return Err(ApiError::Invalid(msg_key("api-invalid-title")));
    }
    if content.is_empty() || content.len() > MAX_DOCUMENT_BYTES {
        return Err(ApiError::Invalid(msg_key("api-invalid-size")));
    }
    let kind = FileType::sniff(content)
        .filter(|kind| matches!(kind, FileType::Pdf | FileType::Png | FileType::Jpeg))
        .ok_or(ApiError::Invalid(msg_key("api-invalid-type")))?;
    let staged = StagedBytes::write(portal.files.as_ref(), content)
        .await
        .map_err(|e| ApiError::Files(e.to_string()))?;
    let storage_key = scan_and_keep(portal, &staged.path, id).await?;
    let sha256: String = Sha256::digest(content)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let mut file_name = clean_file_name(file_name);
    if file_name.is_empty() {
        file_name = format!("dokument.{}", kind.extensions()[0]);
    }
    let document = NewDocument {
        title: title.to_owned(),
        kind: "fachverfahren".to_owned(),
        content: VersionContent {
            file_name,
            media_type: kind.media_type().to_owned(),
            size_bytes: content.len() as u64,
            sha256,
            storage_key: storage_key.clone(),
        },
    };
    match portal
        .storage
        .add_case_document(
            id,
            &document,
            &audit(client, "document.add", format!("case:{id}")),
            portal.clock.now(),
        )
        .await
    {
        Ok(number) => Ok(number),
        Err(error) => {
            // Not recorded: the kept file must not linger.
            let _ = portal.files.delete(&storage_key).await;
            match error {
                StorageError::Conflict(_) => {
                    Err(ApiError::Refused(msg_key("api-refused-not-filed")))
                }
                other => Err(other.into()),
            }
        }
    }
}

/// Scans (fail closed: without an answer from the scanner nothing is kept) and keeps a staged
/// document; its key in the file store.
async fn scan_and_keep(
    portal: &Portal,
    staged: &std::path::Path,
    case: CaseId,
) -> Result<String, ApiError> {
    if let Some(scanner) = &portal.scanner {
        match scanner.scan(staged).await {
            Ok(crate::uploads::ScanVerdict::Clean) => {}
            Ok(crate::uploads::ScanVerdict::Infected(signature)) => {
                tracing::warn!(%signature, "a document from an integration carried malware");
                return Err(ApiError::Invalid(msg_key("api-invalid-infected")));
            }
            Err(error) => {
                tracing::error!(%error, "malware scanner unreachable; document refused");
                return Err(ApiError::Files("malware scanner unreachable".into()));
            }
        }
    }
    let key = format!("cases/{case}/{}", &crate::random_token()[..20]);
    portal
        .files
        .keep(&key, staged)
        .await
        .map_err(|e| ApiError::Files(e.to_string()))?;
    Ok(key)
}

/// A new API client, as an administrator sets it up (`server add-api-client`).
#[derive(Debug, Clone)]
pub struct ApiClientInput {
    pub name: String,
    pub scopes: Vec<String>,
    pub units: Vec<String>,
    pub webhook: Option<String>,
}

/// What is handed over once: the token, and the webhook's signing secret.
#[derive(Debug)]
pub struct CreatedApiClient {
    pub id: ApiClientId,
    pub token: ApiToken,
    pub webhook_secret: Option<String>,
}

/// The form fields of a new API client, as the page and the errors name them.
pub const NAME_FIELD: &str = "name";
pub const UNITS_FIELD: &str = "einheiten";
pub const SCOPES_FIELD: &str = "rechte";
pub const WEBHOOK_FIELD: &str = "webhook";

/// Adds an API client after checking its input against the tenant's units (every problem at
/// its field otherwise), audited as done by `actor` (`staff:<id>`, or `system:cli`).
pub async fn create_client(
    portal: &Portal,
    tenant: &domain::Tenant,
    actor: &str,
    input: &ApiClientInput,
) -> Result<Result<CreatedApiClient, FormErrors>, StorageError> {
    let mut errors = FormErrors::new();
    let name = input.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        errors.add(NAME_FIELD, msg_key("api-client-name-invalid"));
    }
    let known = |unit: &String| {
        tenant.units.iter().any(|known| &known.code == unit)
            || tenant
                .towns
                .iter()
                .any(|town| format!("town:{}", town.ags) == *unit)
    };
    if input.units.is_empty() || !input.units.iter().all(known) {
        errors.add(UNITS_FIELD, msg_key("api-client-unit-invalid"));
    }
    let scopes = input
        .scopes
        .iter()
        .map(|scope| ApiScope::parse(scope.trim()))
        .collect::<Option<Vec<_>>>()
        .filter(|scopes| !scopes.is_empty());
    if scopes.is_none() {
        errors.add(SCOPES_FIELD, msg_key("api-client-scope-invalid"));
    }
    let webhook = match input
        .webhook
        .as_deref()
        .map(str::trim)
        .filter(|url| !url.is_empty())
        .map(WebhookUrl::parse)
        .transpose()
    {
        Ok(url) => url.map(|url| Webhook {
            url: url.as_str().to_owned(),
            secret: crate::random_token(),
        }),
        Err(key) => {
            errors.add(WEBHOOK_FIELD, key);
            None
        }
    };
    let Some(scopes) = scopes.filter(|_| errors.is_empty()) else {
        return Ok(Err(errors));
    };
    let mut units = input.units.clone();
    units.dedup();
    let token = ApiToken::from_random_bytes(&crate::random_bytes::<16>());
    let now = portal.clock.now();
    let id = portal
        .storage
        .create_api_client(
            &NewApiClient {
                tenant_slug: &tenant.slug,
                name,
                token_hash: &token.stored_hash(),
                scopes: &scopes,
                units: &units,
                webhook: webhook.clone(),
                created_at: now,
            },
            &AuditEvent {
                actor: actor.to_owned(),
                action: "api-client.create".into(),
                object: "api-client".into(),
                purpose: "Anbindung eines Fachverfahrens".into(),
                outcome: "success".into(),
            },
        )
        .await?;
    Ok(Ok(CreatedApiClient {
        id,
        token,
        webhook_secret: webhook.map(|webhook| webhook.secret),
    }))
}

/// The tenant's API clients, for the administrators' page.
pub async fn clients(portal: &Portal) -> Result<Vec<ApiClient>, StorageError> {
    portal
        .storage
        .api_clients(&portal.settings.tenant_slug)
        .await
}

/// Revokes an API client, audited as done by `actor`: its token opens nothing from now on and
/// no webhook goes to it; once. `NotFound` for an unknown client.
pub async fn revoke_client(
    portal: &Portal,
    actor: &str,
    id: ApiClientId,
) -> Result<(), StorageError> {
    match portal.storage.api_client(id).await? {
        None => return Err(StorageError::NotFound),
        // Revoked already: the first time stands.
        Some(client) if client.revoked_at.is_some() => return Ok(()),
        Some(_) => {}
    }
    portal
        .storage
        .revoke_api_client(
            id,
            &AuditEvent {
                actor: actor.to_owned(),
                action: "api-client.revoke".into(),
                object: format!("api-client:{id}"),
                purpose: "Anbindung eines Fachverfahrens".into(),
                outcome: "success".into(),
            },
            portal.clock.now(),
        )
        .await
}
