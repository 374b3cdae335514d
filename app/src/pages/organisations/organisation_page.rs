//! One organisation, as its members see it: its details, the members (administrators change
//! roles and remove members), leaving, and for administrators the open invitations and the
//! form to invite someone.

use domain::FormErrors;
use domain::account::AccountId;
use domain::organisation::{MemberRole, OrganisationId, legal_form_key};
use i18n::Args;
use leptos::prelude::*;

use super::role_options;
use crate::components::{ErrorSummary, SummaryError, TextInput};
use crate::pages::account::ApplicationStage;
use crate::{error_text, t, t_with};

pub struct MemberRow {
    pub account: AccountId,
    pub name: String,
    pub role: MemberRole,
    pub joined_on: String,
    /// The person looking at the page.
    pub is_me: bool,
}

pub struct InvitationRow {
    pub token_hash: String,
    pub email: String,
    pub role: MemberRole,
    pub expires_on: String,
}

/// An application made for the organisation.
pub struct OrganisationApplicationRow {
    pub service_title: String,
    pub stage: ApplicationStage,
    pub started_by: String,
}

pub struct OrganisationView {
    pub id: OrganisationId,
    pub name: String,
    pub legal_form: String,
    pub register_number: Option<String>,
    /// Street, postcode and place on one line.
    pub address: String,
    pub my_role: MemberRole,
    pub members: Vec<MemberRow>,
    pub invitations: Vec<InvitationRow>,
    pub applications: Vec<OrganisationApplicationRow>,
    /// Problems with the last change or invitation.
    pub errors: FormErrors,
    /// The invitation form as typed.
    pub invite_email: String,
}

impl OrganisationView {
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

fn fact(label: String, value: String) -> impl IntoView {
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{label}</dt>
            <dd class="summary-list__value">{value}</dd>
        </div>
    }
}

#[component]
pub fn OrganisationPage(view: OrganisationView) -> impl IntoView {
    let base = format!("/organisationen/{}", view.id);
    let admin = view.my_role == MemberRole::Admin;
    let summary: Vec<SummaryError> = view
        .errors
        .iter()
        .map(|e| SummaryError::at_field(&e.field, error_text(&e.message)))
        .collect();
    let members = view
        .members
        .into_iter()
        .map(|member| {
            let name = member.name.clone();
            let actions = (admin && !member.is_me).then(|| {
                let select_id = format!("rolle-{}", member.account);
                view! {
                    <form method="post" action=format!("{base}/mitglieder/{}/rolle", member.account) class="inline-form">
                        <label class="visually-hidden" for=select_id.clone()>
                            {t_with("organisation-role-of", &Args::new().text("name", name.clone()))}
                        </label>
                        <select class="select" id=select_id name="role">{role_options(Some(member.role))}</select>
                        <button class="button button--secondary button--small" type="submit">
                            {t("organisation-role-change")}<span class="visually-hidden">": "{name.clone()}</span>
                        </button>
                    </form>
                    <form method="post" action=format!("{base}/mitglieder/{}/entfernen", member.account) class="inline-form">
                        <button class="button button--secondary button--small" type="submit">
                            {t("organisation-remove")}<span class="visually-hidden">": "{name.clone()}</span>
                        </button>
                    </form>
                }
            });
            view! {
                <tr>
                    <th scope="row">{member.name}</th>
                    <td>{t(member.role.message_key())}</td>
                    <td>{member.joined_on}</td>
                    <td>{actions}</td>
                </tr>
            }
        })
        .collect_view();
    let invitations = (admin && !view.invitations.is_empty()).then(|| {
        let items = view
            .invitations
            .into_iter()
            .map(|invitation| {
                let line = t_with(
                    "organisation-invitation-line",
                    &Args::new()
                        .text("email", invitation.email.clone())
                        .text("role", t(invitation.role.message_key()))
                        .text("date", invitation.expires_on),
                );
                view! {
                    <li class="grant-list__item">
                        <span>{line}</span>
                        <form method="post" action=format!("{base}/einladungen/zurueckziehen")>
                            <input type="hidden" name="einladung" value=invitation.token_hash/>
                            <button class="button button--secondary button--small" type="submit">
                                {t("organisation-withdraw")}<span class="visually-hidden">": "{invitation.email}</span>
                            </button>
                        </form>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>{t("organisation-invitations-heading")}</h2>
            <ul class="grant-list">{items}</ul>
        }
    });
    let invite = admin.then(|| {
        let email_error = view.errors.for_field("email").map(error_text);
        view! {
            <h2>{t("organisation-invite-heading")}</h2>
            <form method="post" action=format!("{base}/einladungen") novalidate=true>
                <TextInput name="email" label=t("organisation-invite-email-label") value=view.invite_email.clone()
                    error=email_error input_type="email" required=true width="input--half" autocomplete="off"/>
                <div class="field">
                    <label class="field__label" for="role">{t("organisation-invite-role-label")}</label>
                    <select class="select" id="role" name="role">{role_options(Some(MemberRole::Member))}</select>
                </div>
                <button class="button" type="submit">{t("organisation-invite-submit")}</button>
            </form>
        }
    });
    let applications = if view.applications.is_empty() {
        view! { <p>{t("organisation-applications-none")}</p> }.into_any()
    } else {
        let items = view
            .applications
            .into_iter()
            .map(|application| {
                let title = application.service_title.clone();
                let (detail, href, link) = match application.stage {
                    ApplicationStage::Draft { continue_href, expires_on } => (
                        t_with("account-application-draft", &Args::new().text("date", expires_on)),
                        continue_href,
                        t("account-application-continue"),
                    ),
                    ApplicationStage::Submitted { reference, submitted_on, state_key, receipt_href } => (
                        t_with(
                            "account-application-submitted",
                            &Args::new()
                                .text("date", submitted_on)
                                .text("reference", reference)
                                .text("state", t(state_key)),
                        ),
                        receipt_href,
                        t("account-application-receipt"),
                    ),
                };
                view! {
                    <li class="account-list__item">
                        <h3 class="account-list__title">{application.service_title}</h3>
                        <p>{detail}<br/>{t_with("organisation-application-started-by", &Args::new().text("name", application.started_by))}</p>
                        <p><a href=href>{link}<span class="visually-hidden">": "{title}</span></a></p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="account-list">{items}</ul> }.into_any()
    };
    let legal_form = legal_form_key(&view.legal_form).map(t).unwrap_or_default();
    view! {
        <a class="back-link" href="/organisationen">{t("organisations-title")}</a>
        <ErrorSummary errors=summary/>
        <h1>{view.name.clone()}</h1>
        <p class="lead">{t_with("organisation-your-role", &Args::new().text("role", t(view.my_role.message_key())))}</p>
        <h2>{t("organisation-details-heading")}</h2>
        <dl class="summary-list">
            {fact(t("organisation-legal-form-label"), legal_form)}
            {view.register_number.map(|number| fact(t("organisation-register-label"), number))}
            {fact(t("organisation-address-label"), view.address)}
        </dl>
        <h2>{t("organisation-members-heading")}</h2>
        <div class="table-wrapper">
            <table class="table">
                <caption class="visually-hidden">{t("organisation-members-heading")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("organisation-member-name")}</th>
                        <th scope="col">{t("organisation-member-role")}</th>
                        <th scope="col">{t("organisation-member-since")}</th>
                        <th scope="col">{t("organisation-member-actions")}</th>
                    </tr>
                </thead>
                <tbody>{members}</tbody>
            </table>
        </div>
        <h2>{t("organisation-applications-heading")}</h2>
        {applications}
        {invitations}
        {invite}
        <h2>{t("organisation-leave-heading")}</h2>
        <form method="post" action=format!("{base}/verlassen")>
            <button class="button button--secondary" type="submit">{t("organisation-leave")}</button>
        </form>
    }
}
