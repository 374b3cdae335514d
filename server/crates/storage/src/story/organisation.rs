use domain::audit::AuditEvent;
use domain::organisation::{MemberRole, OrganisationDetails, RawOrganisation};
use domain::{EmailAddress, Locale};
use time::Duration;

use super::application::{T0, prepare, token_number};
use super::fixtures::moment;
use crate::{CitizenLogin, NewDraft, NewInvitation, Storage, StorageError};

fn audit(action: &str) -> AuditEvent {
    AuditEvent {
        actor: "citizen:1".into(),
        action: action.into(),
        object: String::new(),
        purpose: "Verwaltung der Organisation".into(),
        outcome: "success".into(),
    }
}

pub(super) async fn citizen(
    storage: &dyn Storage,
    subject: &str,
    given_name: &str,
) -> domain::account::AccountId {
    storage
        .upsert_citizen(&CitizenLogin {
            tenant_slug: "kreis-story",
            issuer: "https://id.kreis-story.example",
            subject,
            claims: &domain::account::PersonClaims {
                given_name: Some(given_name.into()),
                family_name: Some("Story".into()),
                ..Default::default()
            },
            at: moment(T0),
        })
        .await
        .unwrap()
}

pub(super) fn bakery() -> OrganisationDetails {
    OrganisationDetails::parse(&RawOrganisation {
        name: "Backstube am Markt GmbH".into(),
        legal_form: "gmbh".into(),
        register_number: "HRB 4711".into(),
        street: "Markt 3".into(),
        postcode: "59423".into(),
        city: "Unna".into(),
    })
    .unwrap()
}

pub async fn organisations_keep_an_administrator_and_invitations_are_taken_once(
    storage: &dyn Storage,
) {
    prepare(storage).await;
    let founder = citizen(storage, "pseudonym-1", "Selin").await;
    let invited = citizen(storage, "pseudonym-2", "Jonas").await;
    let head = storage.audit_head().await.unwrap();
    let organisation = storage
        .create_organisation(
            "kreis-story",
            &bakery(),
            founder,
            &audit("organisation.create"),
            moment(T0),
        )
        .await
        .unwrap();
    assert_eq!(storage.audit_head().await.unwrap(), head + 1);
    let stored = storage.organisation(organisation).await.unwrap().unwrap();
    assert_eq!(stored.details, bakery());
    assert_eq!(
        storage.membership(organisation, founder).await.unwrap(),
        Some(MemberRole::Admin),
        "the founder administers it"
    );
    assert!(matches!(
        storage
            .create_organisation(
                "nowhere",
                &bakery(),
                founder,
                &audit("organisation.create"),
                moment(T0)
            )
            .await,
        Err(StorageError::NotFound)
    ));

    let email = EmailAddress::parse("jonas@kreis-story.example").unwrap();
    storage
        .invite(
            &NewInvitation {
                organisation,
                token_hash: "invitation-hash",
                email: &email,
                role: MemberRole::Member,
                invited_by: founder,
                created_at: moment(T0),
                expires_at: moment(T0) + Duration::days(14),
            },
            &[],
        )
        .await
        .unwrap();
    assert_eq!(storage.invitations(organisation).await.unwrap().len(), 1);
    assert!(
        matches!(
            storage
                .accept_invitation("invitation-hash", invited, moment(T0) + Duration::days(15))
                .await,
            Err(StorageError::NotFound)
        ),
        "expired"
    );
    assert_eq!(
        storage
            .accept_invitation("invitation-hash", invited, moment(T0 + 60))
            .await
            .unwrap(),
        organisation
    );
    assert!(
        matches!(
            storage
                .accept_invitation("invitation-hash", invited, moment(T0 + 61))
                .await,
            Err(StorageError::NotFound)
        ),
        "taken once"
    );
    assert!(storage.invitations(organisation).await.unwrap().is_empty());

    let members = storage.members(organisation).await.unwrap();
    let names: Vec<_> = members
        .iter()
        .map(|m| (m.name.clone().unwrap(), m.role))
        .collect();
    assert_eq!(
        names,
        [
            ("Selin Story".to_owned(), MemberRole::Admin),
            ("Jonas Story".to_owned(), MemberRole::Member)
        ]
    );
    assert_eq!(storage.organisations_of(invited).await.unwrap().len(), 1);

    assert!(
        matches!(
            storage
                .set_member_role(
                    organisation,
                    founder,
                    MemberRole::Member,
                    &audit("organisation.role"),
                    moment(T0 + 70)
                )
                .await,
            Err(StorageError::Conflict(_))
        ),
        "the last administrator stays one"
    );
    assert!(
        matches!(
            storage
                .remove_member(
                    organisation,
                    founder,
                    &audit("organisation.leave"),
                    moment(T0 + 70)
                )
                .await,
            Err(StorageError::Conflict(_))
        ),
        "and cannot leave"
    );
    assert_eq!(
        storage.membership(organisation, founder).await.unwrap(),
        Some(MemberRole::Admin),
        "a refused change changes nothing"
    );
    storage
        .set_member_role(
            organisation,
            invited,
            MemberRole::Admin,
            &audit("organisation.role"),
            moment(T0 + 80),
        )
        .await
        .unwrap();
    storage
        .remove_member(
            organisation,
            founder,
            &audit("organisation.leave"),
            moment(T0 + 90),
        )
        .await
        .unwrap();
    assert_eq!(
        storage.membership(organisation, founder).await.unwrap(),
        None
    );
    assert!(matches!(
        storage
            .remove_member(
                organisation,
                founder,
                &audit("organisation.leave"),
                moment(T0 + 91)
            )
            .await,
        Err(StorageError::NotFound)
    ));
    assert!(matches!(
        storage.withdraw_invitation(organisation, "unknown").await,
        Err(StorageError::NotFound)
    ));

    // Jonas applies for the organisation: it is the legal subject, he the acting person.
    storage
        .create_draft(NewDraft {
            token: &token_number(1),
            tenant_slug: "kreis-story",
            service_id: "hund",
            service_version: 1,
            locale: Locale::De,
            account: Some(invited),
            organisation: Some(organisation),
            created_at: moment(T0 + 100),
            expires_at: moment(T0 + 100) + Duration::days(30),
        })
        .await
        .unwrap();
    let draft = storage.draft(&token_number(1)).await.unwrap().unwrap();
    assert_eq!(
        (draft.account, draft.organisation),
        (Some(invited), Some(organisation))
    );
    let listed = storage
        .applications_of_organisation(organisation)
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].application.token, token_number(1));
    assert_eq!(listed[0].started_by.as_deref(), Some("Jonas Story"));
}
