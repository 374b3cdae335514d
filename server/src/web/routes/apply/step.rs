//! A step of the form: shown, checked for the page's script, saved.

use std::sync::Arc;

use app::Page;
use app::components::fields::{FieldState, UploadedFile};
use app::pages::apply::StepView;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::application::DraftToken;
use domain::form::{FormValues, navigation};
use domain::{FormErrors, Locale};
use serde::Deserialize;
use services::application::{self, ApplicationError, DraftInContext, StepAction, StepOutcome};

use crate::web::draft::{Draft, OpenDraft, refuse, to};
use crate::web::page::PageRequest;
use crate::web::step_post::StepPost;
use crate::web::{AppError, AppState};

use super::{expires_on, load, uploads_of};

/// Names of the control inputs of a step's form; field ids never start with `_`.
const ACTION: &str = "_aktion";
const RETURN: &str = "_zurueck";

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
            from_account: Arc::new(current.from_account()),
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
    OpenDraft(current): OpenDraft,
    Path((_, step)): Path<(String, String)>,
    Query(query): Query<StepQuery>,
) -> Result<Response, AppError> {
    let token = current.draft.token.clone();
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
    let checked = match load(&state, &page, &token).await {
        Ok(current) if current.draft.submission.is_none() => application::check_step(
            &state.portal,
            &state.tenant(),
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
        // The script only asks on a page the owner opened: a session that ended meanwhile.
        Err(ApplicationError::OwnerMustLogIn | ApplicationError::TrustLevelTooLow(_)) => {
            StatusCode::FORBIDDEN.into_response()
        }
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
    Draft(current): Draft,
    Path((_, step)): Path<(String, String)>,
    StepPost { pairs, files }: StepPost,
) -> Result<Response, AppError> {
    let token = current.draft.token.clone();
    let (posted, action, return_to_check) = split_post(pairs);
    let Some(action) = parse_action(action.as_deref()) else {
        return Ok(StatusCode::BAD_REQUEST.into_response());
    };
    let outcome = match application::save_step(
        &state.portal,
        &state.tenant(),
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
            let current = match load(&state, &page, &token).await {
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
