//! The e-Akte's pages: an Akte with its documents and their versions, and a version's file.
//! Thin callers of `services::records`; an Akte the staff member may not read answers 404.

use app::Page;
use app::pages::back_office::{AkteDocumentRow, AkteVersionRow, AkteView};
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Redirect;
use axum::response::{IntoResponse, Response};
use domain::case::workflow::Refusal;
use domain::form::validate::format_date;
use domain::record::{AkteId, AkteState, document_kind_key, may_close, retained_through};
use domain::{Locale, Tenant};
use services::cases::CaseError;
use services::records;
use services::staff::ActiveStaff;

use super::cases::size;
use super::download::stored_file_response;
use crate::web::page::PageRequest;
use crate::web::staff_session::Staff;
use crate::web::{AppError, AppState};

fn not_readable(error: CaseError) -> Result<Response, AppError> {
    match error {
        CaseError::Storage(error) => Err(error.into()),
        _ => Ok(StatusCode::NOT_FOUND.into_response()),
    }
}

/// `GET /verwaltung/akten/{id}`
pub async fn show(
    State(state): State<AppState>,
    page: PageRequest,
    Staff(staff): Staff,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let Some(id) = AkteId::parse(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    akte_page(&state, &page, &staff, id, None).await
}

/// `POST /verwaltung/akten/{id}/schliessen`: closes the Akte; a refusal says why (409).
pub async fn close(
    State(state): State<AppState>,
    page: PageRequest,
    Staff(staff): Staff,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let Some(id) = AkteId::parse(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    match records::close(&state.portal, &staff, id).await {
        Ok(()) => Ok(Redirect::to(&format!("/verwaltung/akten/{id}")).into_response()),
        Err(CaseError::Refused(Refusal(key))) => {
            akte_page(&state, &page, &staff, id, Some(key)).await
        }
        Err(error) => not_readable(error),
    }
}

/// A unit's code and name (an inbox that is no unit, such as a town's, by its code).
pub(super) fn unit_label(tenant: &Tenant, code: &str, locale: Locale) -> String {
    tenant
        .units
        .iter()
        .find(|unit| unit.code == code)
        .map_or_else(
            || code.to_owned(),
            |unit| format!("{} {}", unit.code, unit.name.get(locale)),
        )
}

async fn akte_page(
    state: &AppState,
    page: &PageRequest,
    staff: &ActiveStaff,
    id: AkteId,
    refusal: Option<&'static str>,
) -> Result<Response, AppError> {
    let (akte, documents) = match records::akte(&state.portal, staff, id).await {
        Ok(found) => found,
        Err(error) => return not_readable(error),
    };
    let locale = page.locale;
    let tenant = state.tenant();
    let plan_title = tenant
        .plan_entry(&akte.plan_key)
        .map_or_else(String::new, |entry| entry.title.clone());
    let unit = unit_label(&tenant, &akte.unit, locale);
    let may_close = akte.state == AkteState::Offen && may_close(staff, &akte.unit);
    let view = AkteView {
        export_href: format!("/verwaltung/akten/{id}/xdomea"),
        href: format!("/verwaltung/akten/{id}"),
        closed: akte.closed_at.map(|at| {
            (
                format_date(at.date(), locale),
                retained_through(at.year(), akte.retention_years),
            )
        }),
        may_close,
        refusal,
        disposal: akte.disposal.map(|disposal| {
            (
                format_date(disposal.at.date(), locale),
                disposal.documents,
                disposal.cases,
            )
        }),
        aktenzeichen: akte.aktenzeichen,
        title: akte.title,
        plan: format!("{} {plan_title}", akte.plan_key),
        unit,
        confidentiality: akte.confidentiality,
        retention_years: akte.retention_years,
        state: akte.state,
        created_on: format_date(akte.created_at.date(), locale),
        documents: documents
            .into_iter()
            .map(|document| AkteDocumentRow {
                number: document.number,
                title: document.title,
                kind_key: document_kind_key(&document.kind),
                versions: document
                    .versions
                    .into_iter()
                    .map(|version| AkteVersionRow {
                        version: version.version,
                        href: format!(
                            "/verwaltung/akten/{id}/dokumente/{}/{}",
                            document.id, version.version
                        ),
                        file_name: version.content.file_name,
                        size: size(version.content.size_bytes),
                        sha256: version.content.sha256,
                        filed_on: version.filed_at.map(|at| format_date(at.date(), locale)),
                    })
                    .collect(),
            })
            .collect(),
    };
    let status = if refusal.is_some() {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    Ok(page.render_with_status(state, status, Page::Akte { view }))
}

/// `GET /verwaltung/akten/{id}/xdomea`: the Akte as an xdomea 3.0 Aussonderung package (zip).
pub async fn export_xdomea(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let Some(id) = AkteId::parse(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    match records::export_xdomea(&state.portal, &state.tenant(), &staff, id).await {
        Ok((file_name, zip)) => {
            let mut response = zip.into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/zip"),
            );
            if let Ok(disposition) =
                HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\""))
            {
                headers.insert(header::CONTENT_DISPOSITION, disposition);
            }
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            Ok(response)
        }
        Err(error) => not_readable(error),
    }
}

/// `GET /verwaltung/akten/{id}/dokumente/{document}/{version}`: a version's file, as a download.
pub async fn download(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path((id, document, version)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let (Some(id), Ok(document), Ok(version)) = (
        AkteId::parse(&id),
        document.parse::<i64>(),
        version.parse::<u32>(),
    ) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let (_, documents) = match records::akte(&state.portal, &staff, id).await {
        Ok(found) => found,
        Err(error) => return not_readable(error),
    };
    let found = documents
        .iter()
        .filter(|candidate| candidate.id == document)
        .flat_map(|candidate| candidate.versions.iter())
        .find(|candidate| candidate.version == version);
    match found {
        Some(version) => {
            let content = &version.content;
            stored_file_response(
                &state,
                &content.storage_key,
                &content.media_type,
                &content.file_name,
            )
            .await
        }
        None => Ok(StatusCode::NOT_FOUND.into_response()),
    }
}
