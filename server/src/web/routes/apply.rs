//! The application assistant: start, steps, check, submit, receipt, save for later, resume and
//! status. Each handler loads the draft, calls one use case and renders or redirects.

use std::sync::Arc;

use app::Page;
use app::components::fields::{FieldState, UploadedFile};
use app::pages::apply::{
    CheckView, ReceiptView, ResumeView, SavedView, StatusResult, StatusView, StepView,
};
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::application::{AccessCode, DraftToken, Reference};
use domain::form::validate::format_date;
use domain::form::{FormValues, navigation};
use domain::{EmailAddress, FormErrors, Locale, msg_key};
use serde::Deserialize;
use services::application::{
    self, ApplicationError, DraftInContext, StepAction, StepOutcome, SubmitError,
};

use crate::web::page::PageRequest;
use crate::web::step_post::StepPost;
use crate::web::{AppError, AppState};

/// Names of the control inputs of a step's form; field ids never start with `_`.
const ACTION: &str = "_aktion";
const RETURN: &str = "_zurueck";

fn to(path: String) -> Response {
    Redirect::to(&path).into_response()
}

fn draft_not_found(state: &AppState, page: &PageRequest) -> Response {
    page.render_with_status(state, StatusCode::NOT_FOUND, Page::DraftNotFound)
}

/// Maps what can go wrong with a draft to the right answer for the visitor.
fn refuse(
    state: &AppState,
    page: &PageRequest,
    token: &DraftToken,
    error: ApplicationError,
) -> Result<Response, AppError> {
    match error {
        ApplicationError::UnknownDraft => Ok(draft_not_found(state, page)),
        ApplicationError::AlreadySubmitted(_) => Ok(to(format!("/antrag/{token}/eingereicht"))),
        ApplicationError::StepNotAvailable => Ok(to(format!("/antrag/{token}"))),
        ApplicationError::TamperedPost(reason) => {
            tracing::warn!(%reason, "refused a step post");
            Ok(StatusCode::BAD_REQUEST.into_response())
        }
        ApplicationError::Catalogue(error) => Err(AppError::Internal(error.to_string())),
        ApplicationError::Files(error) => Err(AppError::Internal(error)),
        ApplicationError::Storage(error) => Err(error.into()),
    }
}

async fn load(state: &AppState, token: &DraftToken) -> Result<DraftInContext, ApplicationError> {
    application::load(&state.portal, &state.tenant, &state.catalogue, token).await
}

fn expires_on(current: &DraftInContext, locale: Locale) -> String {
    format_date(current.draft.expires_at.date(), locale)
}

/// `POST /leistungen/{id}/antrag`: starts a draft and opens its first step.
pub async fn start(
    State(state): State<AppState>,
    page: PageRequest,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let Some(service) = state.catalogue.get(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let token = application::start(&state.portal, &state.tenant, service, page.locale)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let first = service
        .form
        .steps
        .first()
        .map(|step| step.id.clone())
        .unwrap_or_default();
    Ok(to(format!("/antrag/{token}/schritt/{first}")))
}

/// `GET /antrag/{token}`: the resume link. Opens the first step with something left to do, or
/// the check page, or the receipt.
pub async fn resume(
    State(state): State<AppState>,
    page: PageRequest,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let Some(token) = DraftToken::parse(&token) else {
        return Ok(draft_not_found(&state, &page));
    };
    let current = match load(&state, &token).await {
        Ok(current) => current,
        Err(error) => return refuse(&state, &page, &token, error),
    };
    if current.draft.submission.is_some() {
        return Ok(to(format!("/antrag/{token}/eingereicht")));
    }
    let check = application::check(&state.portal, &state.tenant, &current, page.locale);
    Ok(match check.problems.first() {
        Some((step, _)) => to(format!("/antrag/{token}/schritt/{step}")),
        None => to(format!("/antrag/{token}/pruefen")),
    })
}

/// The files uploaded into the draft, as its pages show them.
async fn uploads_of(
    state: &AppState,
    current: &DraftInContext,
) -> Result<Vec<UploadedFile>, AppError> {
    let token = &current.draft.token;
    let uploads = state.portal.storage.uploads_for_draft(token).await?;
    Ok(uploads
        .into_iter()
        .map(|upload| UploadedFile {
            href: format!("/antrag/{token}/datei/{}", upload.id),
            id: upload.id,
            file_name: upload.file_name,
            size_bytes: upload.size_bytes,
            state_key: upload.scan_state.message_key(),
        })
        .collect())
}

#[derive(Debug, Deserialize)]
pub struct StepQuery {
    zurueck: Option<String>,
}

fn step_view(
    current: &DraftInContext,
    step_id: &str,
    errors: FormErrors,
    uploads: Vec<UploadedFile>,
    return_to_check: bool,
    locale: Locale,
) -> Option<StepView> {
    let form = &current.service.form;
    let values = &current.draft.values;
    let steps = navigation::visible_steps(form, values);
    let index = steps.iter().position(|step| step.id == step_id)?;
    let token = current.draft.token.to_string();
    let back = if return_to_check {
        format!("/antrag/{token}/pruefen")
    } else {
        match navigation::previous_step(form, values, step_id) {
            Some(previous) => format!("/antrag/{token}/schritt/{}", previous.id),
            None => format!("/leistungen/{}", current.service.id),
        }
    };
    Some(StepView {
        service: Arc::clone(&current.service),
        token,
        code: current.draft.token.grouped(),
        step_id: step_id.to_owned(),
        step_number: index + 1,
        step_count: steps.len(),
        state: FieldState {
            values: Arc::new(values.clone()),
            errors: Arc::new(errors),
            uploads: Arc::new(uploads),
        },
        back,
        return_to_check,
        expires_on: expires_on(current, locale),
    })
}

/// `GET /antrag/{token}/schritt/{step}`
pub async fn show_step(
    State(state): State<AppState>,
    page: PageRequest,
    Path((token, step)): Path<(String, String)>,
    Query(query): Query<StepQuery>,
) -> Result<Response, AppError> {
    let Some(token) = DraftToken::parse(&token) else {
        return Ok(draft_not_found(&state, &page));
    };
    let current = match load(&state, &token).await {
        Ok(current) => current,
        Err(error) => return refuse(&state, &page, &token, error),
    };
    if current.draft.submission.is_some() {
        return Ok(to(format!("/antrag/{token}/eingereicht")));
    }
    let return_to_check = query.zurueck.as_deref() == Some("pruefen");
    let uploads = uploads_of(&state, &current).await?;
    match step_view(
        &current,
        &step,
        FormErrors::new(),
        uploads,
        return_to_check,
        page.locale,
    ) {
        Some(view) => Ok(page.render(&state, Page::Step { view })),
        None => Ok(to(format!("/antrag/{token}"))),
    }
}

/// Splits a step's post into field values and the control inputs.
fn split_post(pairs: Vec<(String, String)>) -> (FormValues, Option<String>, bool) {
    let mut action = None;
    let mut return_to_check = false;
    let fields = pairs
        .into_iter()
        .filter(|(name, value)| match name.as_str() {
            ACTION => {
                action.get_or_insert_with(|| value.clone());
                false
            }
            RETURN => {
                return_to_check = value == "pruefen";
                false
            }
            _ => true,
        });
    let values = FormValues::from_pairs(fields.collect::<Vec<_>>());
    (values, action, return_to_check)
}

fn parse_action(action: Option<&str>) -> Option<StepAction> {
    match action.unwrap_or("weiter") {
        "weiter" => Some(StepAction::Continue),
        "speichern" => Some(StepAction::SaveForLater),
        other => {
            if let Some(id) = other.strip_prefix("datei-entfernen:") {
                return Some(StepAction::RemoveFile { id: id.to_owned() });
            }
            if let Some(group) = other.strip_prefix("hinzufuegen:") {
                return Some(StepAction::AddItem {
                    group: group.to_owned(),
                });
            }
            let (group, index) = other.strip_prefix("entfernen:")?.rsplit_once(':')?;
            Some(StepAction::RemoveItem {
                group: group.to_owned(),
                index: index.parse().ok()?,
            })
        }
    }
}

/// `POST /antrag/{token}/schritt/{step}/pruefen`: the step's problems with the posted values,
/// as JSON `{"errors": {"<input name>": "<message>"}}`, saving nothing. The enhancements script
/// asks it while a field that had an error is corrected.
pub async fn check_step(
    State(state): State<AppState>,
    page: PageRequest,
    Path((token, step)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let Some(token) = DraftToken::parse(&token) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (posted, _, _) = split_post(pairs);
    let checked = match load(&state, &token).await {
        Ok(current) if current.draft.submission.is_none() => application::check_step(
            &state.portal,
            &state.tenant,
            &current,
            &step,
            &posted,
            page.locale,
        ),
        Ok(_) => return StatusCode::CONFLICT.into_response(),
        Err(error) => Err(error),
    };
    match checked {
        Ok(errors) => {
            let mut messages = serde_json::Map::new();
            for error in errors.iter() {
                messages.entry(error.field.clone()).or_insert_with(|| {
                    i18n::errors::error_text(&state.portal.catalog, page.locale, &error.message)
                        .into()
                });
            }
            let body = serde_json::json!({ "errors": messages });
            (
                [
                    (header::CONTENT_TYPE, "application/json"),
                    (header::CACHE_CONTROL, "no-store"),
                ],
                body.to_string(),
            )
                .into_response()
        }
        Err(ApplicationError::UnknownDraft) => StatusCode::NOT_FOUND.into_response(),
        Err(ApplicationError::StepNotAvailable | ApplicationError::TamperedPost(_)) => {
            StatusCode::BAD_REQUEST.into_response()
        }
        Err(error) => {
            tracing::error!(%error, "checking a step failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `POST /antrag/{token}/schritt/{step}`: saves the step, whatever its errors, then moves on.
pub async fn save_step(
    State(state): State<AppState>,
    page: PageRequest,
    Path((token, step)): Path<(String, String)>,
    StepPost { pairs, files }: StepPost,
) -> Result<Response, AppError> {
    let Some(token) = DraftToken::parse(&token) else {
        return Ok(draft_not_found(&state, &page));
    };
    let (posted, action, return_to_check) = split_post(pairs);
    let Some(action) = parse_action(action.as_deref()) else {
        return Ok(StatusCode::BAD_REQUEST.into_response());
    };
    let current = match load(&state, &token).await {
        Ok(current) => current,
        Err(error) => return refuse(&state, &page, &token, error),
    };
    let outcome = match application::save_step(
        &state.portal,
        &state.tenant,
        &current,
        &step,
        &posted,
        files,
        &action,
        page.locale,
    )
    .await
    {
        Ok(outcome) => outcome,
        Err(error) => return refuse(&state, &page, &token, error),
    };
    let back_to_check = if return_to_check {
        "?zurueck=pruefen"
    } else {
        ""
    };
    Ok(match outcome {
        StepOutcome::Invalid(errors) => {
            let current = match load(&state, &token).await {
                Ok(current) => current,
                Err(error) => return refuse(&state, &page, &token, error),
            };
            let uploads = uploads_of(&state, &current).await?;
            match step_view(
                &current,
                &step,
                errors,
                uploads,
                return_to_check,
                page.locale,
            ) {
                Some(view) => page.render_with_status(
                    &state,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Page::Step { view },
                ),
                None => to(format!("/antrag/{token}")),
            }
        }
        StepOutcome::NextStep(_) | StepOutcome::CheckAnswers if return_to_check => {
            to(format!("/antrag/{token}/pruefen"))
        }
        StepOutcome::NextStep(next) => to(format!("/antrag/{token}/schritt/{next}")),
        StepOutcome::CheckAnswers => to(format!("/antrag/{token}/pruefen")),
        StepOutcome::SameStep { focus } => to(format!(
            "/antrag/{token}/schritt/{step}{back_to_check}#{focus}"
        )),
        StepOutcome::Saved => to(format!("/antrag/{token}/gespeichert")),
    })
}

async fn check_view(
    state: &AppState,
    current: &DraftInContext,
    declaration_missing: bool,
    locale: Locale,
) -> Result<CheckView, AppError> {
    let check = application::check(&state.portal, &state.tenant, current, locale);
    let uploads = uploads_of(state, current).await?;
    Ok(CheckView {
        service: Arc::clone(&current.service),
        token: current.draft.token.to_string(),
        code: current.draft.token.grouped(),
        state: FieldState {
            values: Arc::new(current.draft.values.clone()),
            errors: Arc::new(FormErrors::new()),
            uploads: Arc::new(uploads),
        },
        problems: check.problems,
        computed: check.computed,
        declaration_missing,
        expires_on: expires_on(current, locale),
    })
}

/// `GET /antrag/{token}/pruefen`
pub async fn show_check(
    State(state): State<AppState>,
    page: PageRequest,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let Some(token) = DraftToken::parse(&token) else {
        return Ok(draft_not_found(&state, &page));
    };
    let current = match load(&state, &token).await {
        Ok(current) => current,
        Err(error) => return refuse(&state, &page, &token, error),
    };
    if current.draft.submission.is_some() {
        return Ok(to(format!("/antrag/{token}/eingereicht")));
    }
    let view = check_view(&state, &current, false, page.locale).await?;
    Ok(page.render(&state, Page::Check { view }))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubmitPost {
    erklaerung: Option<String>,
}

/// `POST /antrag/{token}/absenden`: the binding submit; a repeat finds the first submission.
pub async fn submit(
    State(state): State<AppState>,
    page: PageRequest,
    Path(token): Path<String>,
    Form(post): Form<SubmitPost>,
) -> Result<Response, AppError> {
    let Some(token) = DraftToken::parse(&token) else {
        return Ok(draft_not_found(&state, &page));
    };
    let current = match load(&state, &token).await {
        Ok(current) => current,
        Err(error) => return refuse(&state, &page, &token, error),
    };
    let declaration = post.erklaerung.as_deref() == Some("ja");
    match application::submit(
        &state.portal,
        &state.tenant,
        &current,
        declaration,
        page.locale,
    )
    .await
    {
        Ok(_) => Ok(to(format!("/antrag/{token}/eingereicht"))),
        Err(SubmitError::Incomplete) => Ok(to(format!("/antrag/{token}/pruefen"))),
        Err(SubmitError::DeclarationMissing) => {
            let view = check_view(&state, &current, true, page.locale).await?;
            Ok(page.render_with_status(
                &state,
                StatusCode::UNPROCESSABLE_ENTITY,
                Page::Check { view },
            ))
        }
        Err(SubmitError::Application(error)) => refuse(&state, &page, &token, error),
    }
}

/// `GET /antrag/{token}/eingereicht`: the receipt, for whoever holds the draft's token.
pub async fn receipt(
    State(state): State<AppState>,
    page: PageRequest,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let Some(token) = DraftToken::parse(&token) else {
        return Ok(draft_not_found(&state, &page));
    };
    let current = match load(&state, &token).await {
        Ok(current) => current,
        Err(error) => return refuse(&state, &page, &token, error),
    };
    let Some(submission) = state.portal.storage.submission_for_draft(&token).await? else {
        return Ok(to(format!("/antrag/{token}/pruefen")));
    };
    let locale = page.locale;
    let view = ReceiptView {
        service_title: current.service.title.get(locale).to_owned(),
        reference: submission.reference.to_string(),
        access_code: AccessCode::for_draft(&token).grouped(),
        submitted_on: format_date(submission.submitted_at.date(), locale),
        confirmation_mailed: submission.applicant_email.is_some(),
        processing_time: current.service.processing_time.get(locale).to_owned(),
        pdf_href: format!("/antrag/{token}/eingereicht/bestaetigung.pdf"),
    };
    Ok(page.render(&state, Page::Receipt { view }))
}

#[derive(Debug, Deserialize)]
pub struct SavedQuery {
    gesendet: Option<String>,
}

fn saved_view(
    state: &AppState,
    current: &DraftInContext,
    email: String,
    errors: FormErrors,
    sent: bool,
    locale: Locale,
) -> SavedView {
    let token = &current.draft.token;
    SavedView {
        service_title: current.service.title.get(locale).to_owned(),
        token: token.to_string(),
        link: application::resume_url(&state.portal, token),
        code: token.grouped(),
        expires_on: expires_on(current, locale),
        email,
        errors,
        sent,
    }
}

/// `GET /antrag/{token}/gespeichert`: how to come back.
pub async fn saved(
    State(state): State<AppState>,
    page: PageRequest,
    Path(token): Path<String>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let Some(token) = DraftToken::parse(&token) else {
        return Ok(draft_not_found(&state, &page));
    };
    let current = match load(&state, &token).await {
        Ok(current) => current,
        Err(error) => return refuse(&state, &page, &token, error),
    };
    let email = current
        .draft
        .email
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    let view = saved_view(
        &state,
        &current,
        email,
        FormErrors::new(),
        query.gesendet.is_some(),
        page.locale,
    );
    Ok(page.render(&state, Page::Saved { view }))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkPost {
    email: String,
}

/// `POST /antrag/{token}/link-senden`: mails the resume link.
pub async fn send_link(
    State(state): State<AppState>,
    page: PageRequest,
    Path(token): Path<String>,
    Form(post): Form<LinkPost>,
) -> Result<Response, AppError> {
    let Some(token) = DraftToken::parse(&token) else {
        return Ok(draft_not_found(&state, &page));
    };
    let current = match load(&state, &token).await {
        Ok(current) => current,
        Err(error) => return refuse(&state, &page, &token, error),
    };
    let Ok(email) = EmailAddress::parse(&post.email) else {
        let mut errors = FormErrors::new();
        errors.add("email", msg_key("saved-mail-invalid"));
        let view = saved_view(
            &state,
            &current,
            post.email.clone(),
            errors,
            false,
            page.locale,
        );
        return Ok(page.render_with_status(
            &state,
            StatusCode::UNPROCESSABLE_ENTITY,
            Page::Saved { view },
        ));
    };
    if let Err(error) = application::send_resume_link(&state.portal, &current, &email).await {
        return refuse(&state, &page, &token, error);
    }
    Ok(to(format!("/antrag/{token}/gespeichert?gesendet=1")))
}

/// `GET /antrag/fortsetzen`
pub async fn show_resume(State(state): State<AppState>, page: PageRequest) -> Response {
    page.render(
        &state,
        Page::Resume {
            view: ResumeView::default(),
        },
    )
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResumePost {
    code: String,
}

/// `POST /antrag/fortsetzen`: opens the draft whose code was typed.
pub async fn resume_by_code(
    State(state): State<AppState>,
    page: PageRequest,
    Form(post): Form<ResumePost>,
) -> Result<Response, AppError> {
    let mut errors = FormErrors::new();
    match DraftToken::parse(&post.code) {
        None if post.code.trim().is_empty() => errors.add("code", msg_key("resume-code-missing")),
        None => errors.add("code", msg_key("resume-code-invalid")),
        Some(token) => match load(&state, &token).await {
            Ok(_) => return Ok(to(format!("/antrag/{token}"))),
            Err(ApplicationError::UnknownDraft) => {
                let days = state.portal.settings.draft_lifetime_days().to_string();
                errors.add_with("code", msg_key("resume-code-unknown"), vec![("days", days)]);
            }
            Err(error) => return refuse(&state, &page, &token, error),
        },
    }
    let view = ResumeView {
        code: post.code.chars().take(40).collect(),
        errors,
    };
    Ok(page.render_with_status(
        &state,
        StatusCode::UNPROCESSABLE_ENTITY,
        Page::Resume { view },
    ))
}

#[derive(Debug, Deserialize)]
pub struct StatusQuery {
    referenz: Option<String>,
    code: Option<String>,
}

/// `GET /status`: the form, and with reference and code, the status.
pub async fn status(
    State(state): State<AppState>,
    page: PageRequest,
    Query(query): Query<StatusQuery>,
) -> Result<Response, AppError> {
    let reference_text: String = query
        .referenz
        .unwrap_or_default()
        .chars()
        .take(40)
        .collect();
    let code_text: String = query.code.unwrap_or_default().chars().take(40).collect();
    let mut view = StatusView {
        reference: reference_text.clone(),
        code: code_text.clone(),
        ..Default::default()
    };
    if reference_text.trim().is_empty() && code_text.trim().is_empty() {
        return Ok(page.render(&state, Page::Status { view }));
    }
    let reference = Reference::parse(&reference_text).ok();
    let code = AccessCode::parse(&code_text);
    if reference.is_none() {
        view.errors
            .add("referenz", msg_key("status-reference-invalid"));
    }
    if code.is_none() {
        view.errors.add("code", msg_key("status-code-invalid"));
    }
    let (Some(reference), Some(code)) = (reference, code) else {
        return Ok(page.render_with_status(
            &state,
            StatusCode::UNPROCESSABLE_ENTITY,
            Page::Status { view },
        ));
    };
    let locale = page.locale;
    match application::status(
        &state.portal,
        &state.tenant,
        &state.catalogue,
        &reference,
        &code,
    )
    .await
    {
        Ok(Some(found)) => {
            view.result = Some(StatusResult {
                service_title: found.service.title.get(locale).to_owned(),
                reference: found.submission.reference.to_string(),
                submitted_on: format_date(found.submission.submitted_at.date(), locale),
                state_key: found.submission.state.message_key(),
            });
            Ok(page.render(&state, Page::Status { view }))
        }
        Ok(None) => {
            view.not_found = true;
            Ok(page.render_with_status(&state, StatusCode::NOT_FOUND, Page::Status { view }))
        }
        Err(error) => Err(AppError::Internal(error.to_string())),
    }
}
