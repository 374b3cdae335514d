//! The Posteingang and the case pages of the back office. Thin callers of `services::cases`;
//! a case outside the staff member's units answers 404, as if it did not exist.

use app::Page;
use app::pages::back_office::{
    AkteChoice, AskForm, CaseDocument, CaseFiling, CaseRequest, CaseView, Colleague, DecisionForm,
    FilingForm, HistoryRow, InboxFilter, InboxRow, InboxView, NoteForm, NoteRow, ResubmissionForm,
};
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::application::CaseState;
use domain::case::CaseId;
use domain::case::note::NoteText;
use domain::case::request::{Question, answer_files_field};
use domain::case::resubmission::{self, RESUBMISSION_FIELD, parse_resubmission};
use domain::case::workflow::{self, Refusal, Step};
use domain::form::validate::format_date;
use domain::record::{AkteId, Confidentiality, parse_title};
use domain::{FormErrors, Locale};
use serde::Deserialize;
use services::cases::{self, CaseError, InboxQuery};
use services::information_requests;
use services::records::{self, Filing, FilingOptions};
use services::staff::ActiveStaff;
use storage::{CaseSummary, Upload};
use time::OffsetDateTime;

use super::download::file_response;
use crate::web::page::PageRequest;
use crate::web::staff_session::Staff;
use crate::web::{AppError, AppState};

pub(super) fn refused(error: CaseError) -> Result<Response, AppError> {
    match error {
        CaseError::NoInbox => Ok(StatusCode::FORBIDDEN.into_response()),
        CaseError::NotFound => Ok(StatusCode::NOT_FOUND.into_response()),
        CaseError::Storage(error) => Err(error.into()),
        CaseError::Refused(_) => Err(AppError::Internal("unhandled refusal".into())),
    }
}

fn service_title(state: &AppState, service_id: &str, locale: Locale) -> String {
    state.catalogue.get(service_id).map_or_else(
        || service_id.to_owned(),
        |service| service.title.get(locale).to_owned(),
    )
}

fn is_overdue(case: &CaseSummary, now: OffsetDateTime) -> bool {
    case.state != CaseState::Abgeschlossen && case.due_at < now
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InboxParams {
    stand: String,
    meine: String,
    referenz: String,
    wiedervorlage: String,
}

/// `GET /verwaltung/posteingang`
pub async fn inbox(
    State(state): State<AppState>,
    page: PageRequest,
    Staff(staff): Staff,
    Query(params): Query<InboxParams>,
) -> Result<Response, AppError> {
    let reference: String = params.referenz.trim().chars().take(20).collect();
    let query = InboxQuery {
        state: CaseState::parse(&params.stand),
        only_mine: !params.meine.is_empty(),
        reference_prefix: (!reference.is_empty()).then(|| reference.to_uppercase()),
        resubmission_due: !params.wiedervorlage.is_empty(),
    };
    let cases = match cases::inbox(&state.portal, &state.tenant().slug, &staff, &query).await {
        Ok(cases) => cases,
        Err(error) => return refused(error),
    };
    let now = state.portal.clock.now();
    let locale = page.locale;
    let view = InboxView {
        rows: cases
            .iter()
            .map(|case| InboxRow {
                id: case.id,
                reference: case.reference.to_string(),
                service: service_title(&state, &case.service_id, locale),
                received: format_date(case.received_at.date(), locale),
                due: format_date(case.due_at.date(), locale),
                overdue: is_overdue(case, now),
                state: case.state,
                assignee: case.assignee.as_ref().map(|(_, name)| name.clone()),
                resubmission: case.resubmit_on.map(|day| {
                    (
                        format_date(day, locale),
                        resubmission::is_due(Some(day), now.date()),
                    )
                }),
            })
            .collect(),
        filter: InboxFilter {
            state: query.state,
            only_mine: query.only_mine,
            reference,
            resubmission_due: query.resubmission_due,
        },
    };
    Ok(page.render(&state, Page::Inbox { view }))
}

/// The size of a file as people read it.
pub(super) fn size(bytes: u64) -> String {
    match bytes {
        0..1_024 => format!("{bytes} B"),
        1_024..1_048_576 => format!("{} KB", bytes.div_ceil(1_024)),
        _ => format!("{:.1} MB", bytes as f64 / 1_048_576.0),
    }
}

/// `GET /verwaltung/vorgaenge/{id}`
pub async fn show(
    State(state): State<AppState>,
    page: PageRequest,
    Staff(staff): Staff,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let Some(id) = CaseId::parse(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    case_page(&state, &page, &staff, id, None, Typed::default()).await
}

fn document(case: CaseId, upload: &Upload, renders_pages: bool) -> CaseDocument {
    let href = format!("/verwaltung/vorgaenge/{case}/datei/{}", upload.id);
    CaseDocument {
        name: upload.file_name.clone(),
        media_type: upload.media_type.clone(),
        size: size(upload.size_bytes),
        preview: cases::has_preview(upload, renders_pages).then(|| format!("{href}/vorschau")),
        href,
    }
}

/// What a refused form post typed, shown again on the case page.
#[derive(Default)]
pub(super) struct Typed {
    pub ask: Option<AskForm>,
    pub filing: Option<FilingForm>,
    pub note: Option<NoteForm>,
    pub resubmission: Option<ResubmissionForm>,
    pub decision: Option<DecisionForm>,
}

/// The case page; with a refused step's explanation (409), or a refused form with what was
/// typed (422), when there is one.
pub(super) async fn case_page(
    state: &AppState,
    page: &PageRequest,
    staff: &ActiveStaff,
    id: CaseId,
    refusal: Option<&'static str>,
    typed: Typed,
) -> Result<Response, AppError> {
    let Typed {
        ask: typed_ask,
        filing: typed_filing,
        note: typed_note,
        resubmission: typed_resubmission,
        decision: typed_decision,
    } = typed;
    let file = match cases::case_file(&state.portal, staff, id).await {
        Ok(file) => file,
        Err(error) => return refused(error),
    };
    let case = &file.case;
    let tenant = state.tenant();
    let service = state
        .catalogue
        .definition(
            &state.portal,
            &tenant,
            &case.service_id,
            case.service_version,
        )
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .ok_or_else(|| AppError::Internal("the case's service version is gone".into()))?;
    let file_name = |upload_id: &str| {
        file.uploads
            .iter()
            .find(|upload| upload.id == upload_id)
            .map(|upload| upload.file_name.clone())
    };
    // The file is kept in German, whatever language the staff member reads the page in.
    let answers = i18n::answers::summary(
        &state.portal.catalog,
        Locale::De,
        &service.form,
        &file.draft.values,
        &file_name,
    );
    let locale = page.locale;
    let renders_pages = state.portal.text.renders_pages();
    let steps = workflow::available(&cases::facts(case), staff.member.id);
    let requests = information_requests::of_case(&state.portal, id)
        .await?
        .into_iter()
        .map(|request| {
            let field = answer_files_field(request.id);
            CaseRequest {
                question: request.question,
                asked_by: request.asked_by.1,
                asked_on: format_date(request.asked_at.date(), locale),
                answer: request
                    .answer
                    .map(|(text, at)| (text, format_date(at.date(), locale))),
                files: file
                    .uploads
                    .iter()
                    .filter(|upload| upload.field == field)
                    .map(|upload| document(id, upload, renders_pages))
                    .collect(),
            }
        })
        .collect();
    let rejected_question = typed_ask.is_some()
        || typed_filing.is_some()
        || typed_note.is_some()
        || typed_resubmission.is_some()
        || typed_decision.is_some();
    let decision = match super::case_decision::summary(state, staff, id, locale).await {
        Ok(decision) => decision,
        Err(error) => return refused(error),
    };
    let decision_form = steps.contains(&Step::PrepareDecision).then(|| {
        typed_decision.unwrap_or_else(|| super::case_decision::form_for(decision.as_ref()))
    });
    let filing = match records::akte_of_case(&state.portal, id).await? {
        Some(akte) => CaseFiling::Filed {
            aktenzeichen: akte.aktenzeichen,
            href: format!("/verwaltung/akten/{}", akte.id),
        },
        None => match typed_filing {
            Some(form) => CaseFiling::Form(form),
            None => match records::options(&state.portal, &tenant, staff, id).await {
                Ok(options) => CaseFiling::Form(filing_form(
                    options,
                    "neu".to_owned(),
                    format!("{} – {}", service.title.get(Locale::De), case.reference),
                    Confidentiality::Normal,
                    FormErrors::new(),
                )),
                Err(CaseError::Refused(_)) => CaseFiling::NotYet,
                Err(error) => return refused(error),
            },
        },
    };
    let ask = steps.contains(&Step::RequestInformation).then(|| {
        typed_ask.unwrap_or(AskForm {
            question: String::new(),
            errors: FormErrors::new(),
        })
    });
    let (notes, history) = match cases::notes_and_history(&state.portal, &tenant.slug, id).await {
        Ok(found) => found,
        Err(error) => return refused(error),
    };
    let may_hand_over = case
        .assignee
        .as_ref()
        .is_some_and(|(assignee, _)| *assignee == staff.member.id)
        || staff.member.grants.iter().any(|grant| {
            grant.role == domain::staff::StaffRole::TeamLead
                && grant.unit.as_deref() == Some(case.inbox.as_str())
        });
    let colleagues = if may_hand_over && case.state != CaseState::Abgeschlossen {
        match cases::colleagues(&state.portal, &tenant.slug, case).await {
            Ok(members) => members
                .into_iter()
                .map(|member| Colleague {
                    id: member.id.0,
                    name: member.display_name,
                })
                .collect(),
            Err(error) => return refused(error),
        }
    } else {
        Vec::new()
    };
    let today = state.portal.clock.now().date();
    let resubmission = case.resubmit_on.map(|day| {
        (
            format_date(day, locale),
            resubmission::is_due(Some(day), today),
        )
    });
    let may_set_resubmission = case.state != CaseState::Abgeschlossen
        && resubmission::may_set(
            staff,
            staff.member.id,
            case.assignee.as_ref().map(|(id, _)| *id),
            &case.inbox,
        );
    let resubmission_form = may_set_resubmission.then(|| typed_resubmission.unwrap_or_default());
    let view = CaseView {
        resubmission,
        resubmission_form,
        id: case.id,
        reference: case.reference.to_string(),
        service: service.title.get(locale).to_owned(),
        received: format_date(case.received_at.date(), locale),
        due: format_date(case.due_at.date(), locale),
        overdue: is_overdue(case, state.portal.clock.now()),
        state: case.state,
        assignee: case.assignee.as_ref().map(|(_, name)| name.clone()),
        mine: case
            .assignee
            .as_ref()
            .is_some_and(|(assignee, _)| *assignee == staff.member.id),
        steps,
        refusal,
        answers,
        documents: file
            .uploads
            .iter()
            .map(|upload| document(id, upload, renders_pages))
            .collect(),
        requests,
        ask,
        filing,
        notes: notes
            .into_iter()
            .map(|note| NoteRow {
                by: note.author.1,
                on: format_date(note.at.date(), locale),
                text: note.text,
            })
            .collect(),
        note_form: typed_note.unwrap_or_default(),
        history: history
            .into_iter()
            .map(|entry| HistoryRow {
                on: format_date(entry.at.date(), locale),
                by: entry.by,
                by_applicant: entry.by_applicant,
                what: entry.what,
            })
            .collect(),
        colleagues,
        assignee_id: case.assignee.as_ref().map(|(assignee, _)| assignee.0),
        decision,
        decision_form,
    };
    let status = if refusal.is_some() {
        StatusCode::CONFLICT
    } else if rejected_question {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok(page.render_with_status(
        state,
        status,
        Page::Case {
            view: Box::new(view),
        },
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StepPost {
    schritt: String,
}

/// `POST /verwaltung/vorgaenge/{id}/schritt`: a step of the workflow; a refused one is
/// explained on the case page.
pub async fn step(
    State(state): State<AppState>,
    page: PageRequest,
    Staff(staff): Staff,
    Path(id): Path<String>,
    Form(post): Form<StepPost>,
) -> Result<Response, AppError> {
    let (Some(id), Some(step)) = (CaseId::parse(&id), Step::parse(&post.schritt)) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    match cases::take_step(&state.portal, &staff, id, step).await {
        Ok(()) => Ok(Redirect::to(&format!("/verwaltung/vorgaenge/{id}")).into_response()),
        Err(CaseError::Refused(Refusal(key))) => {
            case_page(&state, &page, &staff, id, Some(key), Typed::default()).await
        }
        Err(error) => refused(error),
    }
}

fn filing_form(
    options: FilingOptions,
    chosen: String,
    title: String,
    confidentiality: Confidentiality,
    errors: FormErrors,
) -> FilingForm {
    FilingForm {
        plan_key: options.plan_key,
        plan_title: options.plan_title,
        open_akten: options
            .open_akten
            .into_iter()
            .map(|akte| AkteChoice {
                id: akte.id.0,
                aktenzeichen: akte.aktenzeichen,
                title: akte.title,
            })
            .collect(),
        chosen,
        title,
        confidentiality,
        errors,
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FilePost {
    akte: String,
    titel: String,
    vertraulichkeit: String,
}

/// `POST /verwaltung/vorgaenge/{id}/zda`: files the case into a new or an open Akte; a missing
/// choice or title is shown again with what was typed, a refusal says why.
pub async fn file(
    State(state): State<AppState>,
    page: PageRequest,
    Staff(staff): Staff,
    Path(id): Path<String>,
    Form(post): Form<FilePost>,
) -> Result<Response, AppError> {
    let Some(id) = CaseId::parse(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let tenant = state.tenant();
    let confidentiality =
        Confidentiality::parse(&post.vertraulichkeit).unwrap_or(Confidentiality::Normal);
    let mut errors = FormErrors::new();
    let filing = match post.akte.as_str() {
        "neu" => match parse_title(&post.titel) {
            Ok(title) => Some(Filing::New {
                title,
                confidentiality,
            }),
            Err(title_errors) => {
                errors.extend(title_errors);
                None
            }
        },
        other => match AkteId::parse(other) {
            Some(akte) => Some(Filing::Existing(akte)),
            None => {
                errors.add("akte", domain::msg_key("case-file-akte-missing"));
                None
            }
        },
    };
    let Some(filing) = filing else {
        let options = match records::options(&state.portal, &tenant, &staff, id).await {
            Ok(options) => options,
            Err(CaseError::Refused(Refusal(key))) => {
                return case_page(&state, &page, &staff, id, Some(key), Typed::default()).await;
            }
            Err(error) => return refused(error),
        };
        let typed: String = post.titel.chars().take(1_000).collect();
        let form = filing_form(options, post.akte, typed, confidentiality, errors);
        return case_page(
            &state,
            &page,
            &staff,
            id,
            None,
            Typed {
                filing: Some(form),
                ..Typed::default()
            },
        )
        .await;
    };
    match records::file(&state.portal, &tenant, &staff, id, &filing).await {
        Ok(_) => {
            Ok(Redirect::to(&format!("/verwaltung/vorgaenge/{id}#akte-abschnitt")).into_response())
        }
        Err(CaseError::Refused(Refusal(key))) => {
            case_page(&state, &page, &staff, id, Some(key), Typed::default()).await
        }
        Err(error) => refused(error),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AskPost {
    frage: String,
}

/// `POST /verwaltung/vorgaenge/{id}/nachforderung`: asks the applicant something; a missing
/// or too long question is shown again with what was typed.
pub async fn ask(
    State(state): State<AppState>,
    page: PageRequest,
    Staff(staff): Staff,
    Path(id): Path<String>,
    Form(post): Form<AskPost>,
) -> Result<Response, AppError> {
    let Some(id) = CaseId::parse(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let question = match Question::parse(&post.frage) {
        Ok(question) => question,
        Err(errors) => {
            let typed: String = post.frage.chars().take(10_000).collect();
            let form = AskForm {
                question: typed,
                errors,
            };
            return case_page(
                &state,
                &page,
                &staff,
                id,
                None,
                Typed {
                    ask: Some(form),
                    ..Typed::default()
                },
            )
            .await;
        }
    };
    match information_requests::ask(&state.portal, &staff, id, &question).await {
        Ok(()) => Ok(
            Redirect::to(&format!("/verwaltung/vorgaenge/{id}#nachforderungen")).into_response(),
        ),
        Err(CaseError::Refused(Refusal(key))) => {
            case_page(&state, &page, &staff, id, Some(key), Typed::default()).await
        }
        Err(error) => refused(error),
    }
}

/// `POST /verwaltung/vorgaenge/{id}/uebernehmen`
pub async fn take(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let Some(id) = CaseId::parse(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    match cases::take(&state.portal, &staff, id).await {
        Ok(()) => Ok(Redirect::to(&format!("/verwaltung/vorgaenge/{id}")).into_response()),
        Err(error) => refused(error),
    }
}

/// `GET /verwaltung/vorgaenge/{id}/datei/{upload}`: a document of the case, as a download.
pub async fn download(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path((id, upload)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let Some(id) = CaseId::parse(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let file = match cases::case_file(&state.portal, &staff, id).await {
        Ok(file) => file,
        Err(error) => return refused(error),
    };
    match file.uploads.iter().find(|candidate| candidate.id == upload) {
        Some(upload) => file_response(&state, upload).await,
        None => Ok(StatusCode::NOT_FOUND.into_response()),
    }
}

/// `GET /verwaltung/vorgaenge/{id}/datei/{upload}/vorschau`: a picture of the file, shown on the
/// case page; 404 when there is none.
pub async fn preview(
    State(state): State<AppState>,
    Staff(staff): Staff,
    Path((id, upload)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let Some(id) = CaseId::parse(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    match cases::preview(&state.portal, &staff, id, &upload).await {
        Ok(Some((bytes, media_type))) => Ok(super::download::preview_response(bytes, media_type)),
        Ok(None) => Ok(StatusCode::NOT_FOUND.into_response()),
        Err(error) => refused(error),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NotePost {
    vermerk: String,
}

/// `POST /verwaltung/vorgaenge/{id}/vermerk`: writes a Vermerk; an empty or too long one is
/// shown again with what was typed.
pub async fn note(
    State(state): State<AppState>,
    page: PageRequest,
    Staff(staff): Staff,
    Path(id): Path<String>,
    Form(post): Form<NotePost>,
) -> Result<Response, AppError> {
    let Some(id) = CaseId::parse(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let text = match NoteText::parse(&post.vermerk) {
        Ok(text) => text,
        Err(errors) => {
            let form = NoteForm {
                text: post.vermerk.chars().take(10_000).collect(),
                errors,
            };
            let typed = Typed {
                note: Some(form),
                ..Typed::default()
            };
            return case_page(&state, &page, &staff, id, None, typed).await;
        }
    };
    match cases::add_note(&state.portal, &staff, id, &text).await {
        Ok(()) => Ok(Redirect::to(&format!("/verwaltung/vorgaenge/{id}#vermerke")).into_response()),
        Err(error) => refused(error),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AssignPost {
    an: String,
}

/// `POST /verwaltung/vorgaenge/{id}/zuweisen`: hands the case to a colleague of its unit; a
/// refusal says why.
pub async fn assign(
    State(state): State<AppState>,
    page: PageRequest,
    Staff(staff): Staff,
    Path(id): Path<String>,
    Form(post): Form<AssignPost>,
) -> Result<Response, AppError> {
    let Some(id) = CaseId::parse(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let colleague = domain::staff::StaffId(post.an.trim().parse().unwrap_or(0));
    match cases::assign_to(&state.portal, &state.tenant().slug, &staff, id, colleague).await {
        Ok(()) => Ok(Redirect::to(&format!("/verwaltung/vorgaenge/{id}")).into_response()),
        Err(CaseError::Refused(Refusal(key))) => {
            case_page(&state, &page, &staff, id, Some(key), Typed::default()).await
        }
        Err(error) => refused(error),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResubmissionPost {
    #[serde(rename = "wiedervorlage.day")]
    day: String,
    #[serde(rename = "wiedervorlage.month")]
    month: String,
    #[serde(rename = "wiedervorlage.year")]
    year: String,
    /// `erledigt` marks the Wiedervorlage done.
    #[serde(rename = "_aktion")]
    action: String,
}

/// `POST /verwaltung/vorgaenge/{id}/wiedervorlage`: sets, moves or clears the case's
/// Wiedervorlage; a date that cannot be one comes back with what was typed.
pub async fn resubmit(
    State(state): State<AppState>,
    page: PageRequest,
    Staff(staff): Staff,
    Path(id): Path<String>,
    Form(post): Form<ResubmissionPost>,
) -> Result<Response, AppError> {
    let Some(id) = CaseId::parse(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let on = if post.action == "erledigt" {
        None
    } else {
        let short = |text: &str| text.trim().chars().take(10).collect::<String>();
        let (day, month, year) = (short(&post.day), short(&post.month), short(&post.year));
        let values = domain::form::FormValues::from_pairs([
            (format!("{RESUBMISSION_FIELD}.day"), day.clone()),
            (format!("{RESUBMISSION_FIELD}.month"), month.clone()),
            (format!("{RESUBMISSION_FIELD}.year"), year.clone()),
        ]);
        match parse_resubmission(&values, state.portal.clock.now().date()) {
            Ok(on) => Some(on),
            Err(errors) => {
                let typed = Typed {
                    resubmission: Some(ResubmissionForm {
                        day,
                        month,
                        year,
                        errors,
                    }),
                    ..Typed::default()
                };
                return case_page(&state, &page, &staff, id, None, typed).await;
            }
        }
    };
    match cases::set_resubmission(&state.portal, &staff, id, on).await {
        Ok(()) => Ok(Redirect::to(&format!(
            "/verwaltung/vorgaenge/{id}#wiedervorlage-abschnitt"
        ))
        .into_response()),
        Err(CaseError::Refused(Refusal(key))) => {
            case_page(&state, &page, &staff, id, Some(key), Typed::default()).await
        }
        Err(error) => refused(error),
    }
}
