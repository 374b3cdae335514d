//! Organisational units, as administrators add and change them. The tenant's definition seeds
//! them; the authority's organisation grows in the back office, with every change in the audit
//! trail. A unit's code never changes (grants and services refer to it).

use domain::Tenant;
use domain::audit::AuditEvent;
use domain::staff::Grants;
use domain::unit::RawUnit;
use domain::{FormErrors, msg_key};
use storage::StorageError;

use crate::Portal;
use crate::staff::ActiveStaff;
use crate::tenant::SharedTenant;

#[derive(Debug, thiserror::Error)]
pub enum UnitError {
    #[error("only administrators manage units")]
    NotAllowed,
    #[error("the input has problems")]
    Invalid(FormErrors),
    #[error("no such unit")]
    NotFound,
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// The tenant's units as stored now, for administrators.
pub async fn list(
    portal: &Portal,
    tenant: &SharedTenant,
    by: &ActiveStaff,
) -> Result<std::sync::Arc<Tenant>, UnitError> {
    if !by.may_manage_staff() {
        return Err(UnitError::NotAllowed);
    }
    tenant.refresh(portal).await?;
    Ok(tenant.current())
}

/// Adds a unit (`code` `None`) or changes the unit with `code`; the shared tenant is refreshed
/// from storage afterwards.
pub async fn save(
    portal: &Portal,
    tenant: &SharedTenant,
    by: &ActiveStaff,
    code: Option<&str>,
    raw: &RawUnit,
) -> Result<(), UnitError> {
    let current = list(portal, tenant, by).await?;
    let before = match code {
        Some(code) => Some(
            current
                .units
                .iter()
                .find(|unit| unit.code == code)
                .ok_or(UnitError::NotFound)?,
        ),
        None => None,
    };
    let unit = raw.parse(before).map_err(UnitError::Invalid)?;
    if before.is_none() && current.units.iter().any(|known| known.code == unit.code) {
        let mut errors = FormErrors::new();
        errors.add("code", msg_key("unit-error-code-taken"));
        return Err(UnitError::Invalid(errors));
    }
    let audit = AuditEvent {
        actor: format!("staff:{}", by.member.id),
        action: if before.is_some() {
            "unit.change"
        } else {
            "unit.create"
        }
        .to_owned(),
        object: format!("unit:{}", unit.code),
        purpose: "Verwaltung der Organisationseinheiten".to_owned(),
        outcome: "success".to_owned(),
    };
    portal
        .storage
        .save_unit(&current.slug, &unit, &audit, portal.clock.now())
        .await?;
    tracing::info!(unit = %unit.code, "unit saved");
    tenant.refresh(portal).await?;
    Ok(())
}
