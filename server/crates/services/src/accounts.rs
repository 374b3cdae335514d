//! Logging in and out, sessions, and what an account sees of its applications.
//!
//! A login goes to the identity provider with a fresh `state`, `nonce` and PKCE verifier that
//! are kept server-side until its answer comes back (once, within ten minutes). The session
//! that results gets a new random id (never one the browser brought: no fixation), lasts as long
//! as its trust level allows, and ends after the idle time without requests.

use domain::Tenant;
use domain::account::{AccountId, PersonClaims, SessionId, SessionTimeouts};
use domain::service::TrustLevel;
use storage::{AccountApplication, CitizenLogin, LoginFlow, NewSession, Session, StorageError};
use time::{Duration, OffsetDateTime};

use crate::identity::IdentityError;
use crate::{Portal, random_bytes};

/// How long an answer from the identity provider is awaited.
const LOGIN_VALIDITY: Duration = Duration::minutes(10);
/// Requests within this time of the last one do not write the session again.
const TOUCH_INTERVAL: Duration = Duration::seconds(30);

/// How long sessions last, per trust level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionPolicy {
    pub basis: SessionTimeouts,
    pub substantiell: SessionTimeouts,
    pub hoch: SessionTimeouts,
}

impl SessionPolicy {
    pub fn for_level(&self, level: TrustLevel) -> SessionTimeouts {
        match level {
            TrustLevel::Hoch => self.hoch,
            TrustLevel::Substantiell => self.substantiell,
            TrustLevel::None | TrustLevel::Basis => self.basis,
        }
    }
}

impl Default for SessionPolicy {
    /// The usual portal rules: the higher the level, the shorter.
    fn default() -> Self {
        let timeouts = |absolute, idle| SessionTimeouts {
            absolute: Duration::minutes(absolute),
            idle: Duration::minutes(idle),
        };
        SessionPolicy {
            basis: timeouts(12 * 60, 60),
            substantiell: timeouts(120, 30),
            hoch: timeouts(30, 5),
        }
    }
}

/// The logged-in visitor of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActiveSession {
    pub id_hash: String,
    pub account: AccountId,
    pub trust_level: TrustLevel,
    /// What the identity provider said about the person at the last login.
    pub claims: PersonClaims,
    /// When the session ends unless another request comes.
    pub idle_ends_at: OffsetDateTime,
    /// When it ends in any case.
    pub ends_at: OffsetDateTime,
}

impl ActiveSession {
    /// The person's name as the identity provider gave it; for a local account, which knows
    /// no name, its e-mail address.
    pub fn name(&self) -> Option<String> {
        self.claims
            .display_name()
            .or_else(|| self.claims.email.clone())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    #[error("no identity provider is configured")]
    NotConfigured,
    #[error(transparent)]
    Identity(#[from] IdentityError),
    /// No login is waiting for this answer: replayed, forged, or already used.
    #[error("no login is waiting for this answer")]
    UnknownState,
    #[error("the login took too long")]
    Expired,
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// `return_to` if it is a path of this portal, else the account page. Keeps logins from
/// becoming redirects to other sites.
pub fn safe_return_path(return_to: &str) -> String {
    let local = return_to.starts_with('/')
        && !return_to.starts_with("//")
        && !return_to.starts_with("/\\")
        && !return_to.contains(['\r', '\n']);
    if local {
        return_to.to_owned()
    } else {
        "/konto".to_owned()
    }
}

/// Starts a login asking for `level`; returns where to send the visitor.
pub async fn begin_login(
    portal: &Portal,
    level: TrustLevel,
    return_to: &str,
) -> Result<String, LoginError> {
    let identity = portal.identity.as_ref().ok_or(LoginError::NotConfigured)?;
    let start = identity.start(level.max(TrustLevel::Basis)).await?;
    portal
        .storage
        .begin_login(&LoginFlow {
            state: start.state,
            pkce_verifier: start.pkce_verifier,
            nonce: start.nonce,
            // The staff flow's mark is never a citizen's way back.
            return_to: Some(safe_return_path(return_to))
                .filter(|path| path != crate::staff::STAFF_FLOW)
                .unwrap_or_else(|| "/konto".to_owned()),
            trust_level: level,
            created_at: portal.clock.now(),
        })
        .await?;
    Ok(start.url)
}

/// A finished login: the new session and where the visitor wanted to go.
#[derive(Debug)]
pub struct LoggedIn {
    pub session: SessionId,
    pub return_to: String,
    pub trust_level: TrustLevel,
    /// The level the login asked for; the provider may have confirmed less.
    pub requested: TrustLevel,
}

/// Completes a login with the provider's answer. `previous` is the session the browser still
/// had, ended here (a step-up replaces it).
pub async fn finish_login(
    portal: &Portal,
    tenant: &Tenant,
    state: &str,
    code: &str,
    label: &str,
    previous: Option<&SessionId>,
) -> Result<LoggedIn, LoginError> {
    let identity = portal.identity.as_ref().ok_or(LoginError::NotConfigured)?;
    let flow = portal
        .storage
        .take_login(state)
        .await?
        .filter(|flow| flow.return_to != crate::staff::STAFF_FLOW)
        .ok_or(LoginError::UnknownState)?;
    let now = portal.clock.now();
    if now - flow.created_at > LOGIN_VALIDITY {
        return Err(LoginError::Expired);
    }
    let verified = identity
        .finish(code, &flow.pkce_verifier, &flow.nonce)
        .await?;
    let account = portal
        .storage
        .upsert_citizen(&CitizenLogin {
            tenant_slug: &tenant.slug,
            issuer: &verified.issuer,
            subject: &verified.subject,
            claims: &verified.claims,
            at: now,
        })
        .await?;
    let session = open_session(portal, account, verified.trust_level, label, previous).await?;
    Ok(LoggedIn {
        session,
        return_to: flow.return_to,
        trust_level: verified.trust_level,
        requested: flow.trust_level,
    })
}

/// Opens a session for `account` at `level` under a new random id, and ends the one the
/// browser had (`previous`): no session id survives a login.
pub(crate) async fn open_session(
    portal: &Portal,
    account: AccountId,
    level: TrustLevel,
    label: &str,
    previous: Option<&SessionId>,
) -> Result<SessionId, StorageError> {
    if let Some(previous) = previous {
        portal.storage.end_session(&previous.hash()).await?;
    }
    let session = SessionId::from_random_bytes(&random_bytes());
    let timeouts = portal.settings.sessions.for_level(level);
    let now = portal.clock.now();
    portal
        .storage
        .create_session(&NewSession {
            id_hash: &session.hash(),
            account,
            trust_level: level,
            label,
            created_at: now,
            expires_at: now + timeouts.absolute,
            idle: timeouts.idle,
        })
        .await?;
    tracing::info!(account = %account, level = level.as_str(), "logged in");
    Ok(session)
}

/// The session of a cookie, if it is still live; records the request in it.
pub async fn resolve(
    portal: &Portal,
    id: &SessionId,
) -> Result<Option<ActiveSession>, StorageError> {
    let hash = id.hash();
    let Some(session) = portal.storage.session(&hash).await? else {
        return Ok(None);
    };
    let now = portal.clock.now();
    if !session.is_live(now) {
        portal.storage.end_session(&hash).await?;
        return Ok(None);
    }
    let mut last_seen = session.last_seen_at;
    if now - last_seen > TOUCH_INTERVAL {
        portal.storage.touch_session(&hash, now).await?;
        last_seen = now;
    }
    let claims = portal
        .storage
        .account(session.account)
        .await?
        .map(|account| account.claims)
        .unwrap_or_default();
    Ok(Some(ActiveSession {
        id_hash: hash,
        account: session.account,
        trust_level: session.trust_level,
        claims,
        idle_ends_at: (last_seen + session.idle).min(session.expires_at),
        ends_at: session.expires_at,
    }))
}

/// Records activity now, so the idle time starts again (the "stay logged in" of the timeout
/// warning). The absolute end stays.
pub async fn keep_alive(portal: &Portal, session: &ActiveSession) -> Result<(), StorageError> {
    portal
        .storage
        .touch_session(&session.id_hash, portal.clock.now())
        .await
}

pub async fn logout(portal: &Portal, session: &ActiveSession) -> Result<(), StorageError> {
    portal.storage.end_session(&session.id_hash).await
}

/// Ends every session of the account, this one included.
pub async fn logout_everywhere(portal: &Portal, account: AccountId) -> Result<u64, StorageError> {
    portal.storage.end_sessions_of(account).await
}

pub async fn sessions(portal: &Portal, account: AccountId) -> Result<Vec<Session>, StorageError> {
    portal
        .storage
        .sessions_of(account, portal.clock.now())
        .await
}

pub async fn applications(
    portal: &Portal,
    account: AccountId,
) -> Result<Vec<AccountApplication>, StorageError> {
    portal.storage.applications_of(account).await
}

/// Whether a visitor can log in at `level` here: through the identity provider, or for
/// "basis" with a local account where those are switched on.
pub fn login_possible(portal: &Portal, level: TrustLevel) -> bool {
    portal.identity.is_some() || (portal.settings.local_accounts && level <= TrustLevel::Basis)
}

/// Whether the visitor may apply for (or submit) a service that needs `required`.
pub fn trusted_enough(required: TrustLevel, session: Option<&ActiveSession>) -> bool {
    required == TrustLevel::None || session.is_some_and(|session| session.trust_level >= required)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_of_the_portal_are_returned_to() {
        assert_eq!(
            safe_return_path("/leistungen/jagdschein-verlaengern"),
            "/leistungen/jagdschein-verlaengern"
        );
        for outside in [
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "konto",
            "/a\r\nSet-Cookie: x",
        ] {
            assert_eq!(safe_return_path(outside), "/konto", "{outside:?}");
        }
    }

    #[test]
    fn higher_levels_have_shorter_sessions_and_none_needs_no_login() {
        let policy = SessionPolicy::default();
        assert!(
            policy.for_level(TrustLevel::Hoch).absolute
                < policy.for_level(TrustLevel::Substantiell).absolute
        );
        assert_eq!(
            policy.for_level(TrustLevel::Hoch).idle,
            Duration::minutes(5)
        );
        assert!(trusted_enough(TrustLevel::None, None));
        assert!(!trusted_enough(TrustLevel::Basis, None));
        let session = ActiveSession {
            id_hash: String::new(),
            account: AccountId(1),
            trust_level: TrustLevel::Substantiell,
            claims: PersonClaims::default(),
            idle_ends_at: OffsetDateTime::UNIX_EPOCH,
            ends_at: OffsetDateTime::UNIX_EPOCH,
        };
        assert!(trusted_enough(TrustLevel::Substantiell, Some(&session)));
        assert!(!trusted_enough(TrustLevel::Hoch, Some(&session)));
    }
}
