//! The authority's staff: creating them (with a one-time initial password and an
//! authenticator secret handed over once), logging in locally with password and one-time code,
//! their sessions, and what administrators change. Every change is in the audit trail.

use domain::account::{SessionId, SessionTimeouts};
use domain::audit::AuditEvent;
use domain::service::TrustLevel;
use domain::staff::{Grants, RoleGrant, RoleGrantError, StaffId, StaffRole, TotpSecret, Username};
use domain::{EmailAddress, FormErrors, Tenant, msg_key};
use storage::{LoginFlow, NewStaff, NewStaffSession, StaffMember, StorageError};
use time::Duration;

use crate::identity::IdentityError;
use crate::{Portal, passwords, random_bytes};

/// How long a staff session lasts: a working day in all, half an hour without a request.
pub const STAFF_SESSION: SessionTimeouts = SessionTimeouts {
    absolute: Duration::hours(10),
    idle: Duration::minutes(30),
};

/// A logged-in staff member.
#[derive(Debug, Clone)]
pub struct ActiveStaff {
    pub id_hash: String,
    pub member: StaffMember,
}

impl Grants for ActiveStaff {
    fn grants(&self) -> &[RoleGrant] {
        &self.member.grants
    }
}

/// What an administrator typed to add a staff member.
#[derive(Debug, Clone, Default)]
pub struct NewStaffInput {
    pub username: String,
    pub display_name: String,
    pub email: String,
    pub role: String,
    pub unit: String,
}

/// What is handed over to the new staff member, once.
#[derive(Debug, Clone)]
pub struct CreatedStaff {
    pub id: StaffId,
    pub username: Username,
    pub initial_password: String,
    pub totp: TotpSecret,
}

#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    /// The form has problems (Fluent keys per field).
    #[error("the input has problems")]
    Invalid(FormErrors),
    #[error("only administrators manage staff")]
    NotAllowed,
    #[error("no such staff member")]
    NotFound,
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("hashing the password failed: {0}")]
    Hashing(String),
}

fn grant_error(errors: &mut FormErrors, error: RoleGrantError) {
    let key = match error {
        RoleGrantError::UnitMissing => msg_key("staff-error-unit-missing"),
        RoleGrantError::UnitNotExpected => msg_key("staff-error-unit-not-expected"),
        RoleGrantError::UnknownUnit => msg_key("staff-error-unit-unknown"),
    };
    errors.add("unit", key);
}

/// A grant from the form's role and unit, or the problems with them.
pub fn grant_from(
    tenant: &Tenant,
    role: &str,
    unit: &str,
    errors: &mut FormErrors,
) -> Option<RoleGrant> {
    let Some(role) = StaffRole::parse(role) else {
        errors.add("role", msg_key("staff-error-role"));
        return None;
    };
    RoleGrant::new(role, Some(unit), &tenant.units)
        .map_err(|error| grant_error(errors, error))
        .ok()
}

/// A password people can type from a note: 20 letters and digits without look-alikes
/// (about 100 bits).
fn initial_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY346789";
    random_bytes::<20>()
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
        .collect()
}

fn audit(actor: &str, action: &str, object: String, purpose: &str) -> AuditEvent {
    AuditEvent {
        actor: actor.to_owned(),
        action: action.to_owned(),
        object,
        purpose: purpose.to_owned(),
        outcome: "success".into(),
    }
}

fn actor_of(by: Option<&ActiveStaff>) -> String {
    by.map_or_else(
        || "system:cli".to_owned(),
        |staff| format!("staff:{}", staff.member.id),
    )
}

/// Adds a staff member with one role. `by` is the administrator doing it (`None`: the command
/// line of the server, which sets up the first administrator).
pub async fn create(
    portal: &Portal,
    tenant: &Tenant,
    by: Option<&ActiveStaff>,
    input: &NewStaffInput,
) -> Result<CreatedStaff, StaffError> {
    if by.is_some_and(|staff| !staff.may_manage_staff()) {
        return Err(StaffError::NotAllowed);
    }
    let mut errors = FormErrors::new();
    let username = Username::parse(&input.username);
    if username.is_none() {
        errors.add("username", msg_key("staff-error-username"));
    }
    let display_name = input.display_name.trim();
    if display_name.is_empty() || display_name.chars().count() > 100 {
        errors.add("display_name", msg_key("staff-error-name"));
    }
    let email = EmailAddress::parse(&input.email).ok();
    if email.is_none() {
        errors.add("email", msg_key("staff-error-email"));
    }
    let grant = grant_from(tenant, &input.role, &input.unit, &mut errors);
    let (Some(username), Some(email), Some(grant), true) =
        (username, email, grant, errors.is_empty())
    else {
        return Err(StaffError::Invalid(errors));
    };
    let initial_password = initial_password();
    let totp = TotpSecret::from_bytes(random_bytes::<20>());
    let created = portal
        .storage
        .create_staff(
            NewStaff {
                tenant_slug: &tenant.slug,
                username: &username,
                display_name,
                email: &email,
                password_hash: &passwords::hash(&initial_password)
                    .await
                    .map_err(|e| StaffError::Hashing(e.to_string()))?,
                totp_secret: &totp.to_base32(),
                grants: std::slice::from_ref(&grant),
                created_at: portal.clock.now(),
            },
            &audit(
                &actor_of(by),
                "staff.create",
                String::new(),
                "Verwaltung der Mitarbeitenden",
            ),
        )
        .await;
    let id = match created {
        Ok(id) => id,
        Err(StorageError::Conflict(_)) => {
            let mut errors = FormErrors::new();
            errors.add("username", msg_key("staff-error-username-taken"));
            return Err(StaffError::Invalid(errors));
        }
        Err(other) => return Err(other.into()),
    };
    tracing::info!(staff.id = %id, "staff member created");
    Ok(CreatedStaff {
        id,
        username,
        initial_password,
        totp,
    })
}

/// Why a login failed. The visitor is told only that it failed, never which part was wrong.
#[derive(Debug, thiserror::Error)]
pub enum StaffLoginError {
    #[error("user name, password or code do not fit")]
    Refused,
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Logs in with user name, password and the authenticator's current code; opens a new session
/// and ends the one the browser had (`previous`), so no session id survives a login.
pub async fn log_in(
    portal: &Portal,
    tenant: &Tenant,
    username: &str,
    password: &str,
    code: &str,
    previous: Option<&SessionId>,
) -> Result<(SessionId, ActiveStaff), StaffLoginError> {
    let member = match Username::parse(username) {
        Some(username) => {
            portal
                .storage
                .staff_by_username(&tenant.slug, &username)
                .await?
        }
        None => None,
    };
    let Some(member) = member.filter(|member| member.active) else {
        // The same work as for a real member, so the answer's time tells nothing.
        let _ = passwords::matches(password, passwords::DUMMY_HASH).await;
        return Err(StaffLoginError::Refused);
    };
    let now = portal.clock.now();
    let step = TotpSecret::parse(&member.totp_secret).and_then(|secret| secret.verify(code, now));
    let password_ok = passwords::matches(password, &member.password_hash).await;
    let Some(step) = step.filter(|_| password_ok) else {
        refused(portal, &member).await?;
        return Err(StaffLoginError::Refused);
    };
    if !portal.storage.use_totp_step(member.id, step).await? {
        refused(portal, &member).await?;
        return Err(StaffLoginError::Refused);
    }
    Ok(open_session(portal, member, "Anmeldung in der Verwaltung", previous).await?)
}

/// Opens a session for `member` and records the login.
async fn open_session(
    portal: &Portal,
    member: StaffMember,
    purpose: &str,
    previous: Option<&SessionId>,
) -> Result<(SessionId, ActiveStaff), StorageError> {
    if let Some(previous) = previous {
        portal.storage.end_staff_session(&previous.hash()).await?;
    }
    let now = portal.clock.now();
    let id = SessionId::from_random_bytes(&random_bytes::<16>());
    let id_hash = id.hash();
    portal
        .storage
        .create_staff_session(&NewStaffSession {
            id_hash: &id_hash,
            staff: member.id,
            created_at: now,
            expires_at: now + STAFF_SESSION.absolute,
            idle: STAFF_SESSION.idle,
        })
        .await?;
    let who = format!("staff:{}", member.id);
    portal
        .storage
        .append_audit(now, &audit(&who, "staff.login", who.clone(), purpose))
        .await?;
    Ok((id, ActiveStaff { id_hash, member }))
}

/// The mark of a staff login's flow (its "return to"): citizen logins never come back here.
pub const STAFF_FLOW: &str = "/verwaltung";

#[derive(Debug, thiserror::Error)]
pub enum ProviderLoginError {
    #[error("no identity provider for staff is configured")]
    NotConfigured,
    /// No staff login is waiting for this answer: replayed, forged, expired or a citizen's.
    #[error("no staff login is waiting for this answer")]
    UnknownState,
    /// The provider knows the person, the portal has no active staff member for them.
    #[error("no active staff member has this e-mail address")]
    NoAccess,
    #[error(transparent)]
    Identity(#[from] IdentityError),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Starts a staff login at the authority's provider; returns where to send the browser.
pub async fn begin_provider_login(portal: &Portal) -> Result<String, ProviderLoginError> {
    let identity = portal
        .staff_identity
        .as_ref()
        .ok_or(ProviderLoginError::NotConfigured)?;
    let start = identity.start(TrustLevel::Basis).await?;
    portal
        .storage
        .begin_login(&LoginFlow {
            state: start.state,
            pkce_verifier: start.pkce_verifier,
            nonce: start.nonce,
            return_to: STAFF_FLOW.to_owned(),
            trust_level: TrustLevel::Basis,
            created_at: portal.clock.now(),
        })
        .await?;
    Ok(start.url)
}

/// Finishes a staff login at the authority's provider. The provider's e-mail address names the
/// staff member (the authority's provider vouches for its own staff's addresses); exactly one
/// active member must have it.
pub async fn finish_provider_login(
    portal: &Portal,
    tenant: &Tenant,
    state: &str,
    code: &str,
    previous: Option<&SessionId>,
) -> Result<(SessionId, ActiveStaff), ProviderLoginError> {
    let identity = portal
        .staff_identity
        .as_ref()
        .ok_or(ProviderLoginError::NotConfigured)?;
    let flow = portal
        .storage
        .take_login(state)
        .await?
        .filter(|flow| flow.return_to == STAFF_FLOW)
        .filter(|flow| portal.clock.now() - flow.created_at <= Duration::minutes(10))
        .ok_or(ProviderLoginError::UnknownState)?;
    let verified = identity
        .finish(code, &flow.pkce_verifier, &flow.nonce)
        .await?;
    let email = verified
        .claims
        .email
        .as_deref()
        .and_then(|email| EmailAddress::parse(email).ok())
        .ok_or(ProviderLoginError::NoAccess)?;
    let mut members: Vec<StaffMember> = portal
        .storage
        .staff_by_email(&tenant.slug, &email)
        .await?
        .into_iter()
        .filter(|member| member.active)
        .collect();
    if members.len() != 1 {
        tracing::warn!(
            found = members.len(),
            "a provider login names no single staff member"
        );
        return Err(ProviderLoginError::NoAccess);
    }
    let member = members.remove(0);
    Ok(open_session(
        portal,
        member,
        "Anmeldung in der Verwaltung über den Anmeldedienst",
        previous,
    )
    .await?)
}

async fn refused(portal: &Portal, member: &StaffMember) -> Result<(), StorageError> {
    let mut event = audit(
        "anonymous",
        "staff.login",
        format!("staff:{}", member.id),
        "Anmeldung in der Verwaltung",
    );
    event.outcome = "refused".into();
    portal
        .storage
        .append_audit(portal.clock.now(), &event)
        .await
        .map(|_| ())
}

/// The staff session of a cookie, if it is live and its member still active.
pub async fn resolve(portal: &Portal, id: &SessionId) -> Result<Option<ActiveStaff>, StorageError> {
    let id_hash = id.hash();
    let Some(session) = portal.storage.staff_session(&id_hash).await? else {
        return Ok(None);
    };
    let now = portal.clock.now();
    if !session.is_live(now) {
        portal.storage.end_staff_session(&id_hash).await?;
        return Ok(None);
    }
    let Some(member) = portal.storage.staff_member(session.staff).await? else {
        return Ok(None);
    };
    if !member.active {
        return Ok(None);
    }
    if now - session.last_seen_at > Duration::seconds(30) {
        portal.storage.touch_staff_session(&id_hash, now).await?;
    }
    Ok(Some(ActiveStaff { id_hash, member }))
}

pub async fn log_out(portal: &Portal, staff: &ActiveStaff) -> Result<(), StorageError> {
    portal.storage.end_staff_session(&staff.id_hash).await
}

/// Every staff member, for administrators.
pub async fn list(
    portal: &Portal,
    tenant: &Tenant,
    by: &ActiveStaff,
) -> Result<Vec<StaffMember>, StaffError> {
    if !by.may_manage_staff() {
        return Err(StaffError::NotAllowed);
    }
    Ok(portal.storage.staff_of_tenant(&tenant.slug).await?)
}

/// One staff member, for administrators.
pub async fn member(
    portal: &Portal,
    by: &ActiveStaff,
    id: StaffId,
) -> Result<StaffMember, StaffError> {
    if !by.may_manage_staff() {
        return Err(StaffError::NotAllowed);
    }
    portal
        .storage
        .staff_member(id)
        .await?
        .ok_or(StaffError::NotFound)
}

/// Gives or takes a role. An administrator cannot take their own administrator role (someone
/// must be left to manage staff).
pub async fn change_grant(
    portal: &Portal,
    tenant: &Tenant,
    by: &ActiveStaff,
    id: StaffId,
    grant: RoleGrant,
    give: bool,
) -> Result<(), StaffError> {
    let member = member(portal, by, id).await?;
    if !give && id == by.member.id && grant.role == StaffRole::Administrator {
        let mut errors = FormErrors::new();
        errors.add("role", msg_key("staff-error-own-admin"));
        return Err(StaffError::Invalid(errors));
    }
    if RoleGrant::new(grant.role, grant.unit.as_deref(), &tenant.units).is_err() {
        let mut errors = FormErrors::new();
        errors.add("unit", msg_key("staff-error-unit-unknown"));
        return Err(StaffError::Invalid(errors));
    }
    let mut grants: Vec<RoleGrant> = member.grants.into_iter().filter(|g| *g != grant).collect();
    if give {
        grants.push(grant);
    }
    let action = if give { "staff.grant" } else { "staff.revoke" };
    portal
        .storage
        .set_staff_grants(
            id,
            &grants,
            &audit(
                &actor_of(Some(by)),
                action,
                format!("staff:{id}"),
                "Verwaltung der Mitarbeitenden",
            ),
            portal.clock.now(),
        )
        .await?;
    Ok(())
}

/// Deactivates (ending their sessions) or reactivates a staff member; not oneself.
pub async fn set_active(
    portal: &Portal,
    by: &ActiveStaff,
    id: StaffId,
    active: bool,
) -> Result<(), StaffError> {
    member(portal, by, id).await?;
    if id == by.member.id {
        let mut errors = FormErrors::new();
        errors.add("active", msg_key("staff-error-own-account"));
        return Err(StaffError::Invalid(errors));
    }
    let action = if active {
        "staff.activate"
    } else {
        "staff.deactivate"
    };
    portal
        .storage
        .set_staff_active(
            id,
            active,
            &audit(
                &actor_of(Some(by)),
                action,
                format!("staff:{id}"),
                "Verwaltung der Mitarbeitenden",
            ),
            portal.clock.now(),
        )
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initial_passwords_are_long_and_differ() {
        let one = initial_password();
        assert_eq!(one.chars().count(), 20);
        assert_ne!(one, initial_password());
    }
}
