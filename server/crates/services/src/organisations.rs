//! Organisation accounts: a logged-in citizen founds an organisation and administers it,
//! invites members by e-mail (a link valid for 14 days, the mail sent through the outbox), and
//! members leave or are removed; an organisation always keeps an administrator. Non-members
//! learn nothing about an organisation, not even that it exists.

use domain::account::AccountId;
use domain::audit::AuditEvent;
use domain::organisation::{
    InvitationToken, MemberRole, OrganisationDetails, OrganisationId, RawOrganisation,
};
use domain::{EmailAddress, FormErrors, Locale, Tenant, msg_key};
use i18n::Args;
use storage::{
    Invitation, Member, NewInvitation, Organisation, OrganisationApplication, StorageError,
};
use time::Duration;

use crate::accounts::ActiveSession;
use crate::jobs::{Job, JobError};
use crate::mailer::OutgoingMail;
use crate::{Portal, random_bytes};

/// How long an invitation's link works.
pub const INVITATION_LIFETIME: Duration = Duration::days(14);

#[derive(Debug, thiserror::Error)]
pub enum OrganisationError {
    /// The form has problems (Fluent keys per field).
    #[error("the input has problems")]
    Invalid(FormErrors),
    /// Not a member (or no such organisation): the same answer for both.
    #[error("no such organisation")]
    NotFound,
    #[error("only the organisation's administrators may do this")]
    NotAdmin,
    /// It would leave the organisation without an administrator.
    #[error("the organisation would have no administrator")]
    LastAdmin,
    #[error("the invitation is unknown, used or expired")]
    UnknownInvitation,
    #[error("already a member")]
    AlreadyMember,
    #[error(transparent)]
    Storage(#[from] StorageError),
}

fn audit(session: &ActiveSession, action: &str, organisation: OrganisationId) -> AuditEvent {
    AuditEvent {
        actor: format!("citizen:{}", session.account),
        action: action.to_owned(),
        object: format!("organisation:{organisation}"),
        purpose: "Verwaltung eines Organisationskontos".into(),
        outcome: "success".into(),
    }
}

/// Founds an organisation with the logged-in person as its administrator.
pub async fn create(
    portal: &Portal,
    tenant: &Tenant,
    session: &ActiveSession,
    raw: &RawOrganisation,
) -> Result<OrganisationId, OrganisationError> {
    let details = OrganisationDetails::parse(raw).map_err(OrganisationError::Invalid)?;
    let event = AuditEvent {
        object: String::new(),
        ..audit(session, "organisation.create", OrganisationId(0))
    };
    Ok(portal
        .storage
        .create_organisation(
            &tenant.slug,
            &details,
            session.account,
            &event,
            portal.clock.now(),
        )
        .await?)
}

/// The organisations of the logged-in person, with their role in each.
pub async fn mine(
    portal: &Portal,
    session: &ActiveSession,
) -> Result<Vec<(Organisation, MemberRole)>, StorageError> {
    portal.storage.organisations_of(session.account).await
}

/// An organisation as its members see it.
#[derive(Debug, Clone)]
pub struct OrganisationPage {
    pub organisation: Organisation,
    pub my_role: MemberRole,
    pub members: Vec<Member>,
    /// Open invitations; only administrators see them.
    pub invitations: Vec<Invitation>,
    /// What members applied for on the organisation's behalf.
    pub applications: Vec<OrganisationApplication>,
}

async fn role_in(
    portal: &Portal,
    session: &ActiveSession,
    id: OrganisationId,
) -> Result<MemberRole, OrganisationError> {
    portal
        .storage
        .membership(id, session.account)
        .await?
        .ok_or(OrganisationError::NotFound)
}

async fn require_admin(
    portal: &Portal,
    session: &ActiveSession,
    id: OrganisationId,
) -> Result<(), OrganisationError> {
    match role_in(portal, session, id).await? {
        MemberRole::Admin => Ok(()),
        MemberRole::Member => Err(OrganisationError::NotAdmin),
    }
}

pub async fn page(
    portal: &Portal,
    session: &ActiveSession,
    id: OrganisationId,
) -> Result<OrganisationPage, OrganisationError> {
    let my_role = role_in(portal, session, id).await?;
    let organisation = portal
        .storage
        .organisation(id)
        .await?
        .ok_or(OrganisationError::NotFound)?;
    let invitations = match my_role {
        MemberRole::Admin => portal.storage.invitations(id).await?,
        MemberRole::Member => Vec::new(),
    };
    Ok(OrganisationPage {
        organisation,
        my_role,
        members: portal.storage.members(id).await?,
        invitations,
        applications: portal.storage.applications_of_organisation(id).await?,
    })
}

/// Invites someone by e-mail (administrators only); the mail goes out through the outbox in
/// the inviter's language.
pub async fn invite(
    portal: &Portal,
    session: &ActiveSession,
    id: OrganisationId,
    email: &str,
    role: &str,
    locale: Locale,
) -> Result<(), OrganisationError> {
    require_admin(portal, session, id).await?;
    let mut errors = FormErrors::new();
    let email = EmailAddress::parse(email).ok();
    if email.is_none() {
        errors.add("email", msg_key("organisation-error-email"));
    }
    let role = MemberRole::parse(role);
    if role.is_none() {
        errors.add("role", msg_key("organisation-error-role"));
    }
    let (Some(email), Some(role)) = (email, role) else {
        return Err(OrganisationError::Invalid(errors));
    };
    let token = InvitationToken::from_random_bytes(&random_bytes::<16>());
    let now = portal.clock.now();
    let job = Job::OrganisationInvitation {
        token: token.as_str().to_owned(),
        locale,
    };
    portal
        .storage
        .invite(
            &NewInvitation {
                organisation: id,
                token_hash: &token.hash(),
                email: &email,
                role,
                invited_by: session.account,
                created_at: now,
                expires_at: now + INVITATION_LIFETIME,
            },
            &[job.to_new_job(now)],
        )
        .await?;
    portal.jobs_enqueued.notify_one();
    Ok(())
}

/// Job: mails an invitation's link; skipped when the invitation was accepted or withdrawn.
pub(crate) async fn send_invitation(
    portal: &Portal,
    token: &str,
    locale: Locale,
) -> Result<(), JobError> {
    let Some(token) = InvitationToken::parse(token) else {
        return Err(JobError::Permanent(
            "an invitation job without a token".into(),
        ));
    };
    let Some(invitation) = portal.storage.invitation(&token.hash()).await? else {
        return Ok(());
    };
    let Some(organisation) = portal.storage.organisation(invitation.organisation).await? else {
        return Ok(());
    };
    let args = Args::new()
        .text("organisation", organisation.details.name)
        .text(
            "link",
            format!(
                "{}/organisationen/einladung/{}",
                portal.settings.public_url,
                token.as_str()
            ),
        )
        .number("days", INVITATION_LIFETIME.whole_days());
    let mail = OutgoingMail {
        message_id: portal
            .settings
            .message_id("invitation", &token.hash()[..32]),
        to: invitation.email,
        reply_to: None,
        subject: portal
            .catalog
            .text_with(locale, "mail-invitation-subject", &args),
        text_body: portal
            .catalog
            .text_with(locale, "mail-invitation-body", &args),
    };
    portal.mailer.send(&mail).await.map_err(JobError::from)
}

/// The invitation of a link and its organisation, when it is still open.
pub async fn invitation(
    portal: &Portal,
    token: &InvitationToken,
) -> Result<Option<(Invitation, Organisation)>, StorageError> {
    let Some(invitation) = portal
        .storage
        .invitation(&token.hash())
        .await?
        .filter(|invitation| invitation.expires_at > portal.clock.now())
    else {
        return Ok(None);
    };
    let organisation = portal.storage.organisation(invitation.organisation).await?;
    Ok(organisation.map(|organisation| (invitation, organisation)))
}

/// Accepts an invitation for the logged-in person.
pub async fn accept(
    portal: &Portal,
    session: &ActiveSession,
    token: &InvitationToken,
) -> Result<OrganisationId, OrganisationError> {
    match portal
        .storage
        .accept_invitation(&token.hash(), session.account, portal.clock.now())
        .await
    {
        Ok(id) => {
            portal
                .storage
                .append_audit(portal.clock.now(), &audit(session, "organisation.join", id))
                .await?;
            Ok(id)
        }
        Err(StorageError::NotFound) => Err(OrganisationError::UnknownInvitation),
        Err(StorageError::Conflict(_)) => Err(OrganisationError::AlreadyMember),
        Err(other) => Err(other.into()),
    }
}

/// Withdraws an open invitation (administrators only).
pub async fn withdraw(
    portal: &Portal,
    session: &ActiveSession,
    id: OrganisationId,
    token_hash: &str,
) -> Result<(), OrganisationError> {
    require_admin(portal, session, id).await?;
    match portal.storage.withdraw_invitation(id, token_hash).await {
        Err(StorageError::NotFound) => Err(OrganisationError::UnknownInvitation),
        other => Ok(other?),
    }
}

fn last_admin(error: StorageError) -> OrganisationError {
    match error {
        StorageError::Conflict(_) => OrganisationError::LastAdmin,
        StorageError::NotFound => OrganisationError::NotFound,
        other => other.into(),
    }
}

/// Changes a member's role (administrators only).
pub async fn set_role(
    portal: &Portal,
    session: &ActiveSession,
    id: OrganisationId,
    member: AccountId,
    role: MemberRole,
) -> Result<(), OrganisationError> {
    require_admin(portal, session, id).await?;
    portal
        .storage
        .set_member_role(
            id,
            member,
            role,
            &audit(session, "organisation.role", id),
            portal.clock.now(),
        )
        .await
        .map_err(last_admin)
}

/// Removes a member (administrators), or lets the logged-in person leave.
pub async fn remove(
    portal: &Portal,
    session: &ActiveSession,
    id: OrganisationId,
    member: AccountId,
) -> Result<(), OrganisationError> {
    if member != session.account {
        require_admin(portal, session, id).await?;
    } else {
        role_in(portal, session, id).await?;
    }
    let action = if member == session.account {
        "organisation.leave"
    } else {
        "organisation.remove"
    };
    portal
        .storage
        .remove_member(id, member, &audit(session, action, id), portal.clock.now())
        .await
        .map_err(last_admin)
}
