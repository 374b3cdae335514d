use domain::EmailAddress;
use domain::audit::AuditEvent;
use domain::staff::{Grants, RoleGrant, StaffRole, Username};
use time::Duration;

use super::application::{T0, prepare};
use super::fixtures::moment;
use crate::{NewStaff, NewStaffSession, Storage, StorageError};

fn audit(action: &str) -> AuditEvent {
    AuditEvent {
        actor: "staff:1".into(),
        action: action.into(),
        object: "staff:2".into(),
        purpose: "Verwaltung der Mitarbeitenden".into(),
        outcome: "success".into(),
    }
}

fn caseworker_of(unit: &str) -> RoleGrant {
    RoleGrant {
        role: StaffRole::Caseworker,
        unit: Some(unit.into()),
    }
}

pub async fn staff_have_grants_one_time_steps_and_sessions_that_end_with_deactivation(
    storage: &dyn Storage,
) {
    prepare(storage).await;
    let username = Username::parse("k.demir").unwrap();
    let email = EmailAddress::parse("k.demir@kreis-story.example").unwrap();
    let grants = [
        caseworker_of("69.2"),
        RoleGrant {
            role: StaffRole::Auditor,
            unit: None,
        },
    ];
    let new = NewStaff {
        tenant_slug: "kreis-story",
        username: &username,
        display_name: "Kübra Demir",
        email: &email,
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
        totp_secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        grants: &grants,
        created_at: moment(T0),
    };
    let head = storage.audit_head().await.unwrap();
    let id = storage
        .create_staff(new.clone(), &audit("staff.create"))
        .await
        .unwrap();
    assert_eq!(storage.audit_head().await.unwrap(), head + 1);
    assert!(matches!(
        storage
            .create_staff(new.clone(), &audit("staff.create"))
            .await,
        Err(StorageError::Conflict(_))
    ));
    assert!(matches!(
        storage
            .create_staff(
                NewStaff {
                    tenant_slug: "nowhere",
                    ..new
                },
                &audit("staff.create")
            )
            .await,
        Err(StorageError::NotFound)
    ));

    let found = storage
        .staff_by_username("kreis-story", &username)
        .await
        .unwrap()
        .expect("found by name");
    assert_eq!(found.id, id);
    assert_eq!(found.display_name, "Kübra Demir");
    assert!(found.active);
    assert!(found.has_role(StaffRole::Auditor) && !found.may_manage_staff());
    assert_eq!(found.grants.len(), 2);

    storage
        .set_staff_grants(
            id,
            &[caseworker_of("53"), caseworker_of("69.2")],
            &audit("staff.grants"),
            moment(T0 + 10),
        )
        .await
        .unwrap();
    let changed = storage.staff_member(id).await.unwrap().unwrap();
    assert_eq!(
        changed.grants,
        vec![caseworker_of("53"), caseworker_of("69.2")]
    );
    assert_eq!(
        storage.staff_of_tenant("kreis-story").await.unwrap().len(),
        1
    );
    let by_mail = storage
        .staff_by_email(
            "kreis-story",
            &EmailAddress::parse("K.Demir@Kreis-Story.example").unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(by_mail.len(), 1, "found by e-mail, whatever its case");
    assert_eq!(by_mail[0].id, id);

    assert!(storage.use_totp_step(id, 100).await.unwrap());
    assert!(
        !storage.use_totp_step(id, 100).await.unwrap(),
        "the same code twice"
    );
    assert!(
        !storage.use_totp_step(id, 99).await.unwrap(),
        "an older one"
    );
    assert!(storage.use_totp_step(id, 101).await.unwrap());

    storage
        .create_staff_session(&NewStaffSession {
            id_hash: "staff-hash",
            staff: id,
            created_at: moment(T0),
            expires_at: moment(T0) + Duration::hours(10),
            idle: Duration::minutes(30),
        })
        .await
        .unwrap();
    let session = storage.staff_session("staff-hash").await.unwrap().unwrap();
    assert!(session.is_live(moment(T0 + 60)));
    assert!(!session.is_live(moment(T0 + 31 * 60)), "idle");
    storage
        .touch_staff_session("staff-hash", moment(T0 + 25 * 60))
        .await
        .unwrap();
    let touched = storage.staff_session("staff-hash").await.unwrap().unwrap();
    assert!(touched.is_live(moment(T0 + 31 * 60)));

    storage
        .set_staff_active(id, false, &audit("staff.deactivate"), moment(T0 + 40 * 60))
        .await
        .unwrap();
    assert!(!storage.staff_member(id).await.unwrap().unwrap().active);
    assert!(
        storage.staff_session("staff-hash").await.unwrap().is_none(),
        "deactivation ends the sessions"
    );
    assert!(matches!(
        storage
            .set_staff_active(
                domain::staff::StaffId(9999),
                true,
                &audit("staff.activate"),
                moment(T0)
            )
            .await,
        Err(StorageError::NotFound)
    ));
}
