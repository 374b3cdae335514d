//! The REST API for Fachverfahren under `/api/v1`, described by the OpenAPI document at
//! `/api/v1/openapi.json` (`docs/api/openapi.json`). Bearer tokens per integration; answers are
//! JSON, errors `{"error": {"code", "message"}}` with the message in the request's language.
//! Thin callers of `services::integration`.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use domain::application::CaseState;
use domain::case::CaseId;
use domain::integration::ApiScope;
use domain::msg_key;
use serde::Deserialize;
use serde_json::{Value, json};
use services::integration::{self, ApiCase, ApiError, document_file_id};
use storage::{ApiClient, CaseSummary};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::web::AppState;
use crate::web::locale::negotiate;

/// The OpenAPI 3.1 document of this API.
pub const OPENAPI: &str = include_str!("../../../../docs/api/openapi.json");

/// An error answer, in the language the client asked for.
struct ApiFailure {
    status: StatusCode,
    code: &'static str,
    key: &'static str,
}

impl ApiFailure {
    /// The answer to an error, `None` for the server's own failures (logged here; 500).
    fn of(error: ApiError) -> Option<ApiFailure> {
        let (status, code, key) = match error {
            ApiError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                msg_key("api-error-unauthorized"),
            ),
            ApiError::Forbidden => (
                StatusCode::FORBIDDEN,
                "forbidden",
                msg_key("api-error-forbidden"),
            ),
            ApiError::NotFound => (
                StatusCode::NOT_FOUND,
                "not_found",
                msg_key("api-error-not-found"),
            ),
            ApiError::Refused(key) => (StatusCode::CONFLICT, "refused", key),
            ApiError::Invalid(key) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid", key),
            ApiError::Storage(error) => {
                tracing::error!(%error, "API request failed in storage");
                return None;
            }
            ApiError::Files(error) => {
                tracing::error!(%error, "API request failed in the file store");
                return None;
            }
        };
        Some(ApiFailure { status, code, key })
    }

    fn respond(self, state: &AppState, uri: &Uri, headers: &HeaderMap) -> Response {
        let locale = negotiate(uri, headers);
        let message = state.portal.catalog.text(locale, self.key);
        let mut response = json_response(
            self.status,
            &json!({ "error": { "code": self.code, "message": message } }),
        );
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"kreisportal\""),
            );
        }
        response
    }
}

/// A JSON answer (axum's JSON support is not compiled in; this is all the API needs).
fn json_response(status: StatusCode, value: &Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        value.to_string(),
    )
        .into_response()
}

fn failed(state: &AppState, uri: &Uri, headers: &HeaderMap, error: ApiError) -> Response {
    match ApiFailure::of(error) {
        Some(failure) => failure.respond(state, uri, headers),
        None => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

async fn client(
    state: &AppState,
    headers: &HeaderMap,
    scope: ApiScope,
) -> Result<ApiClient, ApiError> {
    let authorization = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok());
    integration::authenticate(&state.portal, authorization, scope).await
}

fn time(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

fn case_href(id: CaseId) -> String {
    format!("/api/v1/cases/{id}")
}

fn listed(case: &CaseSummary) -> Value {
    json!({
        "id": case.id.0,
        "reference": case.reference.to_string(),
        "service": case.service_id,
        "state": case.state.as_str(),
        "unit": case.inbox,
        "received_at": time(case.received_at),
        "due_at": time(case.due_at),
        "href": case_href(case.id),
    })
}

fn case_id(text: &str) -> Result<CaseId, ApiError> {
    text.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .map(CaseId)
        .ok_or(ApiError::NotFound)
}

/// `GET /api/v1/openapi.json`
pub async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

/// `GET /api/v1/cases?after=N&limit=M`: the new cases of the client's units.
pub async fn list(
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let number = |name: &str, default: i64| match query.get(name) {
        None => Ok(default),
        Some(text) => text
            .parse::<i64>()
            .ok()
            .filter(|value| *value >= 0)
            .ok_or(ApiError::Invalid(msg_key("api-invalid-query"))),
    };
    let result = async {
        let client = client(&state, &headers, ApiScope::CasesRead).await?;
        if query.keys().any(|name| name != "after" && name != "limit") {
            return Err(ApiError::Invalid(msg_key("api-invalid-query")));
        }
        let after = number("after", 0)?;
        let limit = usize::try_from(number("limit", 50)?).unwrap_or(integration::MAX_PAGE);
        integration::new_cases(&state.portal, &client, after, limit).await
    }
    .await;
    match result {
        Ok(cases) => json_response(
            StatusCode::OK,
            &json!({
                "cases": cases.iter().map(listed).collect::<Vec<_>>(),
                "next_after": cases.last().map(|case| case.id.0),
            }),
        ),
        Err(error) => failed(&state, &uri, &headers, error),
    }
}

fn case_json(found: ApiCase) -> Value {
    let id = found.case.id;
    let mut files: Vec<Value> = found
        .files
        .iter()
        .map(|upload| {
            json!({
                "id": upload.id,
                "source": "application",
                "field": upload.field,
                "file_name": upload.file_name,
                "media_type": upload.media_type,
                "size_bytes": upload.size_bytes,
                "sha256": upload.sha256,
                "href": format!("{}/files/{}", case_href(id), upload.id),
            })
        })
        .collect();
    for document in &found.documents {
        for version in &document.versions {
            let file = document_file_id(document.id, version.version);
            files.push(json!({
                "id": file,
                "source": "akte",
                "title": document.title,
                "number": document.number,
                "version": version.version,
                "file_name": version.content.file_name,
                "media_type": version.content.media_type,
                "size_bytes": version.content.size_bytes,
                "sha256": version.content.sha256,
                "href": format!("{}/files/{file}", case_href(id)),
            }));
        }
    }
    let submission = &found.submission;
    json!({
        "id": id.0,
        "reference": found.case.reference.to_string(),
        "service": { "id": submission.service_id, "version": submission.service_version },
        "state": found.case.state.as_str(),
        "unit": found.case.inbox,
        "received_at": time(found.case.received_at),
        "due_at": time(found.case.due_at),
        "closed_at": found.case.closed_at.map(time),
        "locale": submission.locale.tag(),
        "applicant_email": submission.applicant_email.as_ref().map(|email| email.as_str()),
        "answers": submission.answers,
        "computed": computed_object(&submission.computed),
        "akte": found.akte.map(|akte| json!({
            "aktenzeichen": akte.aktenzeichen,
            "state": akte.state.as_str(),
        })),
        "files": files,
    })
}

/// Computed values are stored as `[name, value]` pairs; the API gives them as an object.
fn computed_object(computed: &Value) -> Value {
    match computed {
        Value::Array(pairs) => Value::Object(
            pairs
                .iter()
                .filter_map(|pair| match pair.as_array().map(Vec::as_slice) {
                    Some([Value::String(name), value]) => Some((name.clone(), value.clone())),
                    _ => None,
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

/// `GET /api/v1/cases/{id}`
pub async fn show(
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let result = async {
        let client = client(&state, &headers, ApiScope::CasesRead).await?;
        integration::case(&state.portal, &client, case_id(&id)?).await
    }
    .await;
    match result {
        Ok(found) => json_response(StatusCode::OK, &case_json(found)),
        Err(error) => failed(&state, &uri, &headers, error),
    }
}

/// `GET /api/v1/cases/{id}/files/{file}`: a file's content.
pub async fn file(
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    Path((id, file)): Path<(String, String)>,
) -> Response {
    let result = async {
        let client = client(&state, &headers, ApiScope::CasesRead).await?;
        integration::file(&state.portal, &client, case_id(&id)?, &file).await
    }
    .await;
    match result {
        Ok((content, bytes)) => {
            let mut response = bytes.into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_str(&content.media_type)
                    .unwrap_or(HeaderValue::from_static("application/octet-stream")),
            );
            if let Ok(digest) = HeaderValue::from_str(&content.sha256) {
                headers.insert("x-content-sha256", digest);
            }
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(error) => failed(&state, &uri, &headers, error),
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StateChange {
    state: String,
}

/// `POST /api/v1/cases/{id}/state` `{"state": "in_bearbeitung"}`
pub async fn report_state(
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let result = async {
        let client = client(&state, &headers, ApiScope::CasesWrite).await?;
        let change: StateChange = serde_json::from_slice(&body)
            .map_err(|_| ApiError::Invalid(msg_key("api-invalid-body")))?;
        let to = CaseState::parse(&change.state)
            .ok_or(ApiError::Invalid(msg_key("api-invalid-state")))?;
        integration::report_state(&state.portal, &client, case_id(&id)?, to).await
    }
    .await;
    match result {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(error) => failed(&state, &uri, &headers, error),
    }
}

/// `POST /api/v1/cases/{id}/documents?title=…&file_name=…` with the file as the body.
pub async fn add_document(
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    body: Bytes,
) -> Response {
    let result = async {
        let client = client(&state, &headers, ApiScope::CasesWrite).await?;
        if query
            .keys()
            .any(|name| name != "title" && name != "file_name")
        {
            return Err(ApiError::Invalid(msg_key("api-invalid-query")));
        }
        let title = query.get("title").map_or("", String::as_str);
        let file_name = query.get("file_name").map_or("", String::as_str);
        integration::add_document(
            &state.portal,
            &client,
            case_id(&id)?,
            title,
            file_name,
            &body,
        )
        .await
    }
    .await;
    match result {
        Ok(number) => json_response(StatusCode::CREATED, &json!({ "number": number })),
        Err(error) => failed(&state, &uri, &headers, error),
    }
}
