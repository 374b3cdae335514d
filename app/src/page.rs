//! Every page the portal renders, with the data it shows. Handlers build a [`Page`]; the
//! renderer turns it into a document.

use std::sync::Arc;

use domain::organisation::OrganisationId;
use domain::service::ServiceDefinition;
use i18n::Args;
use leptos::prelude::*;

use crate::pages::account::{
    AccountDeletedPage, AccountPage, AccountView, DeleteAccountPage, DeleteAccountView,
    LoggedOutPage, LoginProblem, LoginProblemPage, LoginRequiredPage, LoginRequiredView,
    MessagePage, MessageView, PersonalDataPage, PersonalDataView, PostfachPage, PostfachView,
};
use crate::pages::apply::{
    AnswerPage, AnswerView, CheckPage, CheckView, ReceiptPage, ReceiptView, ResumePage, ResumeView,
    SavedPage, SavedView, StatusPage, StatusView, StepPage, StepView,
};
use crate::pages::back_office::{
    AktePage, AkteView, ApiClientCreatedPage, ApiClientCreatedView, ApiClientsPage, ApiClientsView,
    BackOfficePage, BackOfficeView, CasePage, CaseView, DashboardPage, DashboardView, DisposalPage,
    DisposalView, InboxPage, InboxView, SearchPage, SearchView, StaffCreatedPage, StaffCreatedView,
    StaffListPage, StaffListView, StaffLoginPage, StaffLoginView, StaffMemberPage, StaffMemberView,
    UnitPage, UnitView, UnitsPage, UnitsView,
};
use crate::pages::local_account::{
    ConfirmEmailPage, ConfirmEmailView, ForgotPasswordPage, ForgotPasswordView, LinkGonePage,
    LoginPage, LoginView, MailSentKind, MailSentPage, NewPasswordPage, NewPasswordView,
    RegisterPage, RegisterView,
};
use crate::pages::organisations::{
    InvitationPage, InvitationView, OrganisationPage, OrganisationView, OrganisationsPage,
    OrganisationsView,
};
use crate::pages::{
    AccessibilityPage, CataloguePage, CatalogueView, DraftNotFoundPage, EasyLanguagePage,
    ErrorKind, ErrorPage, FeedbackForm, FeedbackReceivedPage, HomePage, ImprintPage, PrivacyPage,
    ServicePage, SignLanguagePage,
};
use crate::{t, t_with};

pub enum Page {
    Home,
    Catalogue {
        view: CatalogueView,
    },
    Service {
        service: Arc<ServiceDefinition>,
        /// The organisations the logged-in visitor may apply for (id, name).
        apply_for: Vec<(OrganisationId, String)>,
    },
    Step {
        view: StepView,
    },
    Check {
        view: CheckView,
    },
    Answer {
        view: AnswerView,
    },
    Receipt {
        view: ReceiptView,
    },
    Saved {
        view: SavedView,
    },
    Resume {
        view: ResumeView,
    },
    Status {
        view: StatusView,
    },
    /// A draft that does not exist (any more).
    DraftNotFound,
    Account {
        view: AccountView,
    },
    LoginRequired {
        view: LoginRequiredView,
    },
    LoginProblem {
        problem: LoginProblem,
    },
    LoggedOut {
        everywhere: bool,
    },
    PersonalData {
        view: PersonalDataView,
    },
    DeleteAccount {
        view: DeleteAccountView,
    },
    AccountDeleted,
    /// The login page with the identity provider and local accounts side by side.
    Login {
        view: LoginView,
    },
    Register {
        view: RegisterView,
    },
    MailSent {
        kind: MailSentKind,
    },
    ConfirmEmail {
        view: ConfirmEmailView,
    },
    ForgotPassword {
        view: ForgotPasswordView,
    },
    NewPassword {
        view: NewPasswordView,
    },
    /// A mailed link of a local account that was used or has expired.
    AccountLinkGone,
    StaffLogin {
        view: StaffLoginView,
    },
    Organisations {
        view: OrganisationsView,
    },
    Organisation {
        view: OrganisationView,
    },
    Invitation {
        view: InvitationView,
    },
    BackOffice {
        view: BackOfficeView,
    },
    StaffList {
        view: StaffListView,
    },
    StaffCreated {
        view: StaffCreatedView,
    },
    StaffMember {
        view: StaffMemberView,
    },
    Units {
        view: UnitsView,
    },
    Inbox {
        view: InboxView,
    },
    Search {
        view: SearchView,
    },
    Dashboard {
        view: DashboardView,
    },
    Akte {
        view: AkteView,
    },
    Disposal {
        view: DisposalView,
    },
    Postfach {
        view: PostfachView,
    },
    Message {
        view: MessageView,
    },
    ApiClients {
        view: ApiClientsView,
    },
    ApiClientCreated {
        view: ApiClientCreatedView,
    },
    Case {
        /// Boxed: by far the largest page.
        view: Box<CaseView>,
    },
    Unit {
        view: UnitView,
    },
    Accessibility {
        form: FeedbackForm,
    },
    FeedbackReceived {
        number: i64,
    },
    EasyLanguage,
    SignLanguage,
    Imprint,
    Privacy,
    Error {
        kind: ErrorKind,
        request_id: Option<String>,
    },
}

impl Page {
    /// The page's own title, before the portal's name is added. Pages showing form errors start
    /// with "Fehler: " so screen-reader users hear it first.
    pub fn title(&self) -> String {
        match self {
            Page::Home => t("home-title"),
            Page::Catalogue { .. } => t("catalogue-title"),
            Page::Service { service, .. } => service
                .title
                .get(crate::context::page_context().locale)
                .to_owned(),
            Page::Accessibility { form } if form.has_errors() => {
                format!("{} {}", t("title-error-prefix"), t("accessibility-title"))
            }
            Page::Accessibility { .. } => t("accessibility-title"),
            Page::Step { view } => {
                let locale = crate::context::page_context().locale;
                let step = view
                    .service
                    .form
                    .step(&view.step_id)
                    .map(|s| s.title.get(locale).to_owned())
                    .unwrap_or_default();
                let title = format!("{step} – {}", view.service.title.get(locale));
                if view.has_errors() {
                    format!("{} {title}", t("title-error-prefix"))
                } else {
                    title
                }
            }
            Page::Check { view } => {
                let locale = crate::context::page_context().locale;
                let title = format!(
                    "{} – {}",
                    t("apply-check-title"),
                    view.service.title.get(locale)
                );
                if view.has_errors() {
                    format!("{} {title}", t("title-error-prefix"))
                } else {
                    title
                }
            }
            Page::Receipt { view } => format!("{} – {}", t("receipt-title"), view.service_title),
            Page::Answer { view } if view.has_errors() => format!(
                "{} {}",
                t("title-error-prefix"),
                t_with(
                    "answer-title",
                    &Args::new().text("reference", view.reference.clone())
                )
            ),
            Page::Answer { view } if view.question.is_none() && view.sent => t("answer-sent-title"),
            Page::Answer { view } if view.question.is_none() => t("answer-nothing-title"),
            Page::Answer { view } => t_with(
                "answer-title",
                &Args::new().text("reference", view.reference.clone()),
            ),
            Page::Saved { view } if view.has_errors() => {
                format!("{} {}", t("title-error-prefix"), t("saved-title"))
            }
            Page::Saved { .. } => t("saved-title"),
            Page::Resume { view } if view.has_errors() => {
                format!("{} {}", t("title-error-prefix"), t("resume-title"))
            }
            Page::Resume { .. } => t("resume-title"),
            Page::Status { view } if view.has_errors() => {
                format!("{} {}", t("title-error-prefix"), t("status-title"))
            }
            Page::Status { .. } => t("status-title"),
            Page::DraftNotFound => t("draft-not-found-title"),
            Page::Account { .. } => t("account-title"),
            Page::LoginRequired { .. } => t("login-required-title"),
            Page::LoginProblem { problem } => problem.title(),
            Page::LoggedOut { .. } => t("logged-out-title"),
            Page::PersonalData { .. } => t("data-title"),
            Page::DeleteAccount { view } if view.confirmation_missing => {
                format!("{} {}", t("title-error-prefix"), t("delete-title"))
            }
            Page::DeleteAccount { .. } => t("delete-title"),
            Page::AccountDeleted => t("deleted-title"),
            Page::Login { view } if view.has_errors() => {
                format!("{} {}", t("title-error-prefix"), t("local-login-title"))
            }
            Page::Login { .. } => t("local-login-title"),
            Page::Register { view } if view.has_errors() => {
                format!("{} {}", t("title-error-prefix"), t("local-register-title"))
            }
            Page::Register { .. } => t("local-register-title"),
            Page::MailSent { kind } => t(kind.title_key()),
            Page::ConfirmEmail { .. } => t("local-confirm-title"),
            Page::ForgotPassword { view } if view.has_errors() => {
                format!("{} {}", t("title-error-prefix"), t("local-forgot-title"))
            }
            Page::ForgotPassword { .. } => t("local-forgot-title"),
            Page::NewPassword { view } if view.has_errors() => {
                format!(
                    "{} {}",
                    t("title-error-prefix"),
                    t("local-new-password-title")
                )
            }
            Page::NewPassword { .. } => t("local-new-password-title"),
            Page::AccountLinkGone => t("local-link-gone-title"),
            Page::Organisations { view } if view.has_errors() => {
                format!("{} {}", t("title-error-prefix"), t("organisations-title"))
            }
            Page::Organisations { .. } => t("organisations-title"),
            Page::Organisation { view } if view.has_errors() => {
                format!("{} {}", t("title-error-prefix"), view.name)
            }
            Page::Organisation { view } => view.name.clone(),
            Page::Invitation {
                view: InvitationView::Gone,
            } => t("invitation-gone-title"),
            Page::Invitation { .. } => t("invitation-title"),
            Page::StaffLogin { view } if view.problem.is_some() => {
                format!("{} {}", t("title-error-prefix"), t("staff-login-title"))
            }
            Page::StaffLogin { .. } => t("staff-login-title"),
            Page::BackOffice { .. } => t("back-office-title"),
            Page::StaffList { view } if view.has_errors() => {
                format!("{} {}", t("title-error-prefix"), t("staff-list-title"))
            }
            Page::StaffList { .. } => t("staff-list-title"),
            Page::StaffCreated { view } => t_with(
                "staff-created-title",
                &i18n::Args::new().text("name", view.name.clone()),
            ),
            Page::StaffMember { view } if view.has_errors() => {
                format!("{} {}", t("title-error-prefix"), view.name)
            }
            Page::StaffMember { view } => view.name.clone(),
            Page::Units { view } if view.has_errors() => {
                format!("{} {}", t("title-error-prefix"), t("units-title"))
            }
            Page::Units { .. } => t("units-title"),
            Page::Inbox { .. } => t("inbox-title"),
            Page::Search { view } if view.form.error.is_some() => {
                format!("{} {}", t("title-error-prefix"), t("search-title"))
            }
            Page::Search { .. } => t("search-title"),
            Page::Dashboard { .. } => t("dashboard-title"),
            Page::Disposal { view } if view.has_errors() => {
                format!("{} {}", t("title-error-prefix"), t("disposal-title"))
            }
            Page::Disposal { .. } => t("disposal-title"),
            Page::Postfach { .. } => t("postfach-title"),
            Page::Message { view } => view.subject.clone(),
            Page::ApiClients { view } if view.has_errors() => {
                format!("{} {}", t("title-error-prefix"), t("api-clients-title"))
            }
            Page::ApiClients { .. } => t("api-clients-title"),
            Page::ApiClientCreated { view } => t_with(
                "api-client-created-title",
                &Args::new().text("name", view.name.clone()),
            ),
            Page::Akte { view } if view.refusal.is_some() => format!(
                "{} {}",
                t("title-error-prefix"),
                t_with(
                    "akte-title",
                    &Args::new().text("aktenzeichen", view.aktenzeichen.clone()),
                )
            ),
            Page::Akte { view } => t_with(
                "akte-title",
                &Args::new().text("aktenzeichen", view.aktenzeichen.clone()),
            ),
            Page::Case { view } if view.has_errors() => format!(
                "{} {} {}",
                t("title-error-prefix"),
                t("case-title"),
                view.reference
            ),
            Page::Case { view } => format!("{} {}", t("case-title"), view.reference),
            Page::Unit { view } if view.has_errors() => {
                format!("{} {}", t("title-error-prefix"), view.name)
            }
            Page::Unit { view } => view.name.clone(),
            Page::FeedbackReceived { .. } => t("feedback-received-title"),
            Page::EasyLanguage => t("easy-language-title"),
            Page::SignLanguage => t("sign-language-title"),
            Page::Imprint => t("imprint-title"),
            Page::Privacy => t("privacy-title"),
            Page::Error { kind, .. } => kind.title(),
        }
    }

    pub fn into_view(self) -> AnyView {
        match self {
            Page::Home => view! { <HomePage/> }.into_any(),
            Page::Catalogue { view } => view! { <CataloguePage view=view/> }.into_any(),
            Page::Service { service, apply_for } => {
                view! { <ServicePage service=service apply_for=apply_for/> }.into_any()
            }
            Page::Step { view } => view! { <StepPage view=view/> }.into_any(),
            Page::Check { view } => view! { <CheckPage view=view/> }.into_any(),
            Page::Receipt { view } => view! { <ReceiptPage view=view/> }.into_any(),
            Page::Answer { view } => view! { <AnswerPage view=view/> }.into_any(),
            Page::Saved { view } => view! { <SavedPage view=view/> }.into_any(),
            Page::Resume { view } => view! { <ResumePage view=view/> }.into_any(),
            Page::Status { view } => view! { <StatusPage view=view/> }.into_any(),
            Page::DraftNotFound => view! { <DraftNotFoundPage/> }.into_any(),
            Page::Account { view } => view! { <AccountPage view=view/> }.into_any(),
            Page::LoginRequired { view } => view! { <LoginRequiredPage view=view/> }.into_any(),
            Page::LoginProblem { problem } => {
                view! { <LoginProblemPage problem=problem/> }.into_any()
            }
            Page::LoggedOut { everywhere } => {
                view! { <LoggedOutPage everywhere=everywhere/> }.into_any()
            }
            Page::PersonalData { view } => view! { <PersonalDataPage view=view/> }.into_any(),
            Page::DeleteAccount { view } => view! { <DeleteAccountPage view=view/> }.into_any(),
            Page::AccountDeleted => view! { <AccountDeletedPage/> }.into_any(),
            Page::Login { view } => view! { <LoginPage view=view/> }.into_any(),
            Page::Register { view } => view! { <RegisterPage view=view/> }.into_any(),
            Page::MailSent { kind } => view! { <MailSentPage kind=kind/> }.into_any(),
            Page::ConfirmEmail { view } => view! { <ConfirmEmailPage view=view/> }.into_any(),
            Page::ForgotPassword { view } => view! { <ForgotPasswordPage view=view/> }.into_any(),
            Page::NewPassword { view } => view! { <NewPasswordPage view=view/> }.into_any(),
            Page::AccountLinkGone => view! { <LinkGonePage/> }.into_any(),
            Page::StaffLogin { view } => view! { <StaffLoginPage view=view/> }.into_any(),
            Page::Organisations { view } => view! { <OrganisationsPage view=view/> }.into_any(),
            Page::Organisation { view } => view! { <OrganisationPage view=view/> }.into_any(),
            Page::Invitation { view } => view! { <InvitationPage view=view/> }.into_any(),
            Page::BackOffice { view } => view! { <BackOfficePage view=view/> }.into_any(),
            Page::StaffList { view } => view! { <StaffListPage view=view/> }.into_any(),
            Page::StaffCreated { view } => view! { <StaffCreatedPage view=view/> }.into_any(),
            Page::StaffMember { view } => view! { <StaffMemberPage view=view/> }.into_any(),
            Page::Units { view } => view! { <UnitsPage view=view/> }.into_any(),
            Page::Inbox { view } => view! { <InboxPage view=view/> }.into_any(),
            Page::Search { view } => view! { <SearchPage view=view/> }.into_any(),
            Page::Dashboard { view } => view! { <DashboardPage view=view/> }.into_any(),
            Page::Akte { view } => view! { <AktePage view=view/> }.into_any(),
            Page::Disposal { view } => view! { <DisposalPage view=view/> }.into_any(),
            Page::Postfach { view } => view! { <PostfachPage view=view/> }.into_any(),
            Page::Message { view } => view! { <MessagePage view=view/> }.into_any(),
            Page::ApiClients { view } => view! { <ApiClientsPage view=view/> }.into_any(),
            Page::ApiClientCreated { view } => {
                view! { <ApiClientCreatedPage view=view/> }.into_any()
            }
            Page::Case { view } => view! { <CasePage view=*view/> }.into_any(),
            Page::Unit { view } => view! { <UnitPage view=view/> }.into_any(),
            Page::Accessibility { form } => view! { <AccessibilityPage form=form/> }.into_any(),
            Page::FeedbackReceived { number } => {
                view! { <FeedbackReceivedPage number=number/> }.into_any()
            }
            Page::EasyLanguage => view! { <EasyLanguagePage/> }.into_any(),
            Page::SignLanguage => view! { <SignLanguagePage/> }.into_any(),
            Page::Imprint => view! { <ImprintPage/> }.into_any(),
            Page::Privacy => view! { <PrivacyPage/> }.into_any(),
            Page::Error { kind, request_id } => {
                view! { <ErrorPage kind=kind request_id=request_id/> }.into_any()
            }
        }
    }
}
