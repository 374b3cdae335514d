//! Local citizen accounts, where the authority switches them on: registering with an e-mail
//! address and a password, confirming the address by a mailed link, logging in, and setting a
//! new password by a mailed link.
//!
//! Nothing here tells a visitor whether an address has an account: registering and "Passwort
//! vergessen" answer alike for every address, and only the mail, which reaches the mailbox's
//! owner, says more. Logins count as trust level "basis".

use domain::account::SessionId;
use domain::account::local::{
    AccountLinkToken, LinkPurpose, LoginEmail, Registration, password_problem,
};
use domain::audit::AuditEvent;
use domain::service::TrustLevel;
use domain::{EmailAddress, FormErrors, Locale, Tenant, msg_key};
use i18n::Args;
use storage::{AccountLink, CitizenLogin, LocalRegistration, ResetRequest, StorageError};
use time::Duration;

use crate::accounts::open_session;
use crate::jobs::{Job, JobError};
use crate::mailer::OutgoingMail;
use crate::passwords::{self, HashingError};
use crate::{Portal, random_bytes, random_token};

/// How long the link confirming an address works.
pub const CONFIRMATION_LIFETIME: Duration = Duration::days(2);
/// How long a link to set a new password works.
pub const RESET_LIFETIME: Duration = Duration::hours(1);
/// Registrations never confirmed are deleted after this time.
pub const UNCONFIRMED_KEPT: Duration = Duration::days(7);

#[derive(Debug, thiserror::Error)]
pub enum LocalAccountError {
    #[error("local accounts are switched off")]
    Disabled,
    #[error("the input has problems")]
    Invalid(FormErrors),
    /// The address is unknown or the password wrong; the visitor is not told which.
    #[error("address or password do not fit")]
    Refused,
    /// The password is right but the address was never confirmed.
    #[error("the address is not confirmed yet")]
    NotConfirmed,
    /// The link is unknown, used or expired.
    #[error("the link does not work any more")]
    LinkGone,
    #[error(transparent)]
    Hashing(#[from] HashingError),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

fn enabled(portal: &Portal) -> Result<(), LocalAccountError> {
    if portal.settings.local_accounts {
        Ok(())
    } else {
        Err(LocalAccountError::Disabled)
    }
}

fn audit(account: domain::account::AccountId, action: &str) -> AuditEvent {
    AuditEvent {
        actor: format!("citizen:{account}"),
        action: action.to_owned(),
        object: format!("account:{account}"),
        purpose: "Anmeldung mit E-Mail-Adresse und Passwort".to_owned(),
        outcome: "success".to_owned(),
    }
}

/// Registers an address; the mail confirms it (or, for an address with an account, says so).
pub async fn register(
    portal: &Portal,
    tenant: &Tenant,
    email: &str,
    password: &str,
    locale: Locale,
) -> Result<(), LocalAccountError> {
    enabled(portal)?;
    let registration = Registration::parse(email, password).map_err(LocalAccountError::Invalid)?;
    let password_hash = passwords::hash(&registration.password).await?;
    // A registration racing another of the same address (several instances) ends in a
    // conflict on the address; the second try finds the first one's account.
    let mut attempts = 0;
    loop {
        let token = AccountLinkToken::from_random_bytes(&random_bytes());
        let now = portal.clock.now();
        let job = Job::LocalAccountMail {
            token: token.as_str().to_owned(),
            locale,
        };
        let stored = portal
            .storage
            .register_local(
                &LocalRegistration {
                    tenant_slug: &tenant.slug,
                    email: &registration.email,
                    password_hash: &password_hash,
                    subject: &random_token(),
                    link_hash: &token.hash(),
                    at: now,
                    link_expires_at: now + CONFIRMATION_LIFETIME,
                },
                &job.to_new_job(now),
            )
            .await;
        match stored {
            Ok(purpose) => {
                tracing::info!(purpose = purpose.as_str(), "local registration stored");
                portal.jobs_enqueued.notify_one();
                return Ok(());
            }
            Err(StorageError::Conflict(_)) if attempts == 0 => attempts += 1,
            Err(error) => return Err(error.into()),
        }
    }
}

/// Logs in with address and password; opens a session at trust level "basis" and ends the one
/// the browser had.
pub async fn log_in(
    portal: &Portal,
    tenant: &Tenant,
    email: &str,
    password: &str,
    label: &str,
    previous: Option<&SessionId>,
) -> Result<SessionId, LocalAccountError> {
    enabled(portal)?;
    let login = match LoginEmail::parse(email) {
        Some(email) => portal.storage.local_login(&tenant.slug, &email).await?,
        None => None,
    };
    let Some(login) = login else {
        // As much work as for a real account, so the answer's time tells nothing.
        let _ = passwords::matches(password, passwords::DUMMY_HASH).await;
        return Err(LocalAccountError::Refused);
    };
    if !passwords::matches(password, &login.password_hash).await {
        return Err(LocalAccountError::Refused);
    }
    if login.verified_at.is_none() {
        return Err(LocalAccountError::NotConfirmed);
    }
    record_login(portal, tenant, login.account).await?;
    Ok(open_session(portal, login.account, TrustLevel::Basis, label, previous).await?)
}

/// Notes the time of the login on the account, as logins through the provider do.
async fn record_login(
    portal: &Portal,
    tenant: &Tenant,
    account: domain::account::AccountId,
) -> Result<(), StorageError> {
    let Some(stored) = portal.storage.account(account).await? else {
        return Err(StorageError::NotFound);
    };
    portal
        .storage
        .upsert_citizen(&CitizenLogin {
            tenant_slug: &tenant.slug,
            issuer: &stored.issuer,
            subject: &stored.subject,
            claims: &stored.claims,
            at: portal.clock.now(),
        })
        .await?;
    Ok(())
}

/// The live link of a mailed token, for the page it opens.
pub async fn link(portal: &Portal, token: &str) -> Result<AccountLink, LocalAccountError> {
    enabled(portal)?;
    let token = AccountLinkToken::parse(token).ok_or(LocalAccountError::LinkGone)?;
    portal
        .storage
        .account_link(&token.hash(), portal.clock.now())
        .await?
        .ok_or(LocalAccountError::LinkGone)
}

/// Confirms the address of a registration by its link and logs the person in.
pub async fn confirm(
    portal: &Portal,
    tenant: &Tenant,
    token: &str,
    label: &str,
    previous: Option<&SessionId>,
) -> Result<SessionId, LocalAccountError> {
    enabled(portal)?;
    let token = AccountLinkToken::parse(token).ok_or(LocalAccountError::LinkGone)?;
    let now = portal.clock.now();
    let account = match portal.storage.confirm_local(&token.hash(), now).await {
        Ok(account) => account,
        Err(StorageError::NotFound) => return Err(LocalAccountError::LinkGone),
        Err(error) => return Err(error.into()),
    };
    portal
        .storage
        .append_audit(now, &audit(account, "account.confirm"))
        .await?;
    record_login(portal, tenant, account).await?;
    Ok(open_session(portal, account, TrustLevel::Basis, label, previous).await?)
}

/// Mails a link to set a new password when the address has an account; answers alike either way.
pub async fn request_reset(
    portal: &Portal,
    tenant: &Tenant,
    email: &str,
    locale: Locale,
) -> Result<(), LocalAccountError> {
    enabled(portal)?;
    let Some(email) = LoginEmail::parse(email) else {
        let mut errors = FormErrors::new();
        let key = if email.trim().is_empty() {
            msg_key("local-error-email-missing")
        } else {
            msg_key("local-error-email-invalid")
        };
        errors.add("email", key);
        return Err(LocalAccountError::Invalid(errors));
    };
    let token = AccountLinkToken::from_random_bytes(&random_bytes());
    let now = portal.clock.now();
    let job = Job::LocalAccountMail {
        token: token.as_str().to_owned(),
        locale,
    };
    let known = portal
        .storage
        .request_password_reset(
            &ResetRequest {
                tenant_slug: &tenant.slug,
                email: &email,
                link_hash: &token.hash(),
                at: now,
                link_expires_at: now + RESET_LIFETIME,
            },
            &job.to_new_job(now),
        )
        .await?;
    if known {
        portal.jobs_enqueued.notify_one();
    }
    Ok(())
}

/// Sets a new password by a mailed link; every session of the account ends.
pub async fn set_password(
    portal: &Portal,
    token: &str,
    password: &str,
) -> Result<(), LocalAccountError> {
    let link = link(portal, token).await?;
    if !link.purpose.sets_password() {
        return Err(LocalAccountError::LinkGone);
    }
    if let Some(problem) = password_problem(password, Some(&link.email)) {
        let mut errors = FormErrors::new();
        errors.add("password", problem);
        return Err(LocalAccountError::Invalid(errors));
    }
    let password_hash = passwords::hash(password).await?;
    let token = AccountLinkToken::parse(token).ok_or(LocalAccountError::LinkGone)?;
    let now = portal.clock.now();
    let account = match portal
        .storage
        .set_local_password(&token.hash(), &password_hash, now)
        .await
    {
        Ok(account) => account,
        Err(StorageError::NotFound) => return Err(LocalAccountError::LinkGone),
        Err(error) => return Err(error.into()),
    };
    portal
        .storage
        .append_audit(now, &audit(account, "account.password-set"))
        .await?;
    Ok(())
}

/// Hours rounded up, at least one: a link valid for 47 h 59 min "works for 48 hours".
fn whole_hours_up(left: Duration) -> i64 {
    ((left.whole_minutes() + 59) / 60).max(1)
}

/// Job: mails the link of a registration or a reset, in the visitor's language; nothing when
/// the link was used or expired meanwhile.
pub(crate) async fn send_link_mail(
    portal: &Portal,
    token: &str,
    locale: Locale,
) -> Result<(), JobError> {
    let Some(token) = AccountLinkToken::parse(token) else {
        return Err(JobError::Permanent(
            "an account mail job without a token".into(),
        ));
    };
    let Some(link) = portal
        .storage
        .account_link(&token.hash(), portal.clock.now())
        .await?
    else {
        return Ok(());
    };
    let base = &portal.settings.public_url;
    let (subject, body, path) = match link.purpose {
        LinkPurpose::Verify => (
            msg_key("mail-local-confirm-subject"),
            msg_key("mail-local-confirm-body"),
            "konto/bestaetigen",
        ),
        LinkPurpose::Reset => (
            msg_key("mail-local-reset-subject"),
            msg_key("mail-local-reset-body"),
            "passwort-neu",
        ),
        LinkPurpose::RegisteredAgain => (
            msg_key("mail-local-again-subject"),
            msg_key("mail-local-again-body"),
            "passwort-neu",
        ),
    };
    let args = Args::new()
        .text("link", format!("{base}/{path}/{}", token.as_str()))
        .text("login", format!("{base}/anmelden"))
        .number(
            "hours",
            whole_hours_up(link.expires_at - portal.clock.now()),
        );
    let to = EmailAddress::parse(link.email.as_str())
        .map_err(|_| JobError::Permanent("a stored address does not parse".into()))?;
    let mail = OutgoingMail {
        message_id: portal
            .settings
            .message_id("account-link", &token.hash()[..32]),
        to,
        reply_to: None,
        subject: portal.catalog.text_with(locale, subject, &args),
        text_body: portal.catalog.text_with(locale, body, &args),
    };
    portal.mailer.send(&mail).await.map_err(JobError::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_left_are_rounded_up() {
        assert_eq!(
            whole_hours_up(Duration::hours(48) - Duration::seconds(5)),
            48
        );
        assert_eq!(whole_hours_up(Duration::minutes(61)), 2);
        assert_eq!(whole_hours_up(Duration::seconds(10)), 1);
        assert_eq!(whole_hours_up(Duration::seconds(-10)), 1);
    }
}
