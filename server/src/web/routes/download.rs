//! Uploaded files, back to whoever holds the draft's token: always as a download (never shown
//! inline, so an uploaded HTML or SVG cannot run in the portal's origin). The only thing shown
//! inline is a preview picture, which is a PNG or JPEG by its checked content.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use services::receipt;
use storage::Upload;

use crate::web::draft::{Draft, draft_not_found, to};
use crate::web::page::PageRequest;
use crate::web::{AppError, AppState};

/// `GET /antrag/{token}/datei/{id}`
pub async fn upload(
    State(state): State<AppState>,
    page: PageRequest,
    Draft(current): Draft,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let Some(upload) = state
        .portal
        .storage
        .upload(&id)
        .await?
        .filter(|upload| upload.draft_token == current.draft.token)
    else {
        return Ok(draft_not_found(&state, &page));
    };
    file_response(&state, &upload).await
}

/// The file of an upload, as a download that is never stored by the browser.
pub async fn file_response(state: &AppState, upload: &Upload) -> Result<Response, AppError> {
    stored_file_response(
        state,
        &upload.storage_key,
        &upload.media_type,
        &upload.file_name,
    )
    .await
}

/// A file of the file store, as a download that is never stored by the browser.
pub async fn stored_file_response(
    state: &AppState,
    storage_key: &str,
    media_type: &str,
    file_name: &str,
) -> Result<Response, AppError> {
    let bytes = state
        .portal
        .files
        .read(storage_key)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    // The type was recognised from the content when the file was taken.
    let media_type = HeaderValue::from_str(media_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    headers.insert(header::CONTENT_TYPE, media_type);
    headers.insert(header::CONTENT_DISPOSITION, attachment(file_name));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// `GET /antrag/{token}/eingereicht/bestaetigung.pdf`: the confirmation of receipt.
pub async fn receipt(
    State(state): State<AppState>,
    Draft(current): Draft,
) -> Result<Response, AppError> {
    let token = &current.draft.token;
    let Some(pdf) = receipt::receipt_pdf(&state.portal, &state.tenant(), &current)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
    else {
        return Ok(to(format!("/antrag/{token}/pruefen")));
    };
    let reference = current
        .draft
        .submission
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    let mut response = pdf.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        attachment(&format!("Eingangsbestaetigung-{reference}.pdf")),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// `attachment` with the name twice (RFC 6266): plain ASCII for old clients, and UTF-8
/// percent-encoded (RFC 8187) for the rest.
fn attachment(file_name: &str) -> HeaderValue {
    let ascii: String = file_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = file_name
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect();
    HeaderValue::from_str(&format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"
    ))
    .unwrap_or(HeaderValue::from_static("attachment"))
}

/// A preview picture (PNG or JPEG, checked when the file was taken or rendered by us), shown
/// inline on the case page, sandboxed in case it is opened on its own, never stored.
pub fn preview_response(bytes: Vec<u8>, media_type: &'static str) -> Response {
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("inline"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    response
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_are_given_safely_in_ascii_and_in_utf8() {
        assert_eq!(
            super::attachment("Lageplan Grundstück \"neu\".pdf"),
            "attachment; filename=\"Lageplan_Grundst_ck__neu_.pdf\"; \
             filename*=UTF-8''Lageplan%20Grundst%C3%BCck%20%22neu%22.pdf"
        );
        assert_eq!(
            super::attachment("x\r\nSet-Cookie: a=b"),
            "attachment; filename=\"x__Set-Cookie__a_b\"; filename*=UTF-8''x%0D%0ASet-Cookie%3A%20a%3Db"
        );
    }
}
