//! Getting the tenant into the database: the demo tenant (Kreis Unna) ships with the binary and
//! is seeded into an empty database unless that is switched off.

use std::sync::{Arc, RwLock};

use domain::{Tenant, TenantDefinition};
use storage::StorageError;

use crate::Portal;

/// The demo tenant's definition: Kreis Unna with its ten towns and the units citizens write to.
/// All people, telephone numbers and addresses of persons in it are invented.
pub const DEMO_DEFINITION: &str = include_str!("../../../demo/kreis-unna.toml");

#[derive(Debug, thiserror::Error)]
pub enum TenantError {
    #[error("tenant definition {file}: {reason}")]
    Definition { file: String, reason: String },
    #[error(
        "tenant {0:?} is not in the database; run `server seed-demo` for the demo tenant, \
         or set demo.seed_on_empty = true"
    )]
    Missing(String),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Parses and checks a tenant definition (TOML); `file` names it in errors.
pub fn parse_definition(file: &str, source: &str) -> Result<Tenant, TenantError> {
    let definition: TenantDefinition =
        toml::from_str(source).map_err(|e| TenantError::Definition {
            file: file.into(),
            reason: e.to_string(),
        })?;
    definition.validate().map_err(|e| TenantError::Definition {
        file: file.into(),
        reason: e.to_string(),
    })
}

pub fn demo_tenant() -> Result<Tenant, TenantError> {
    parse_definition("server/demo/kreis-unna.toml", DEMO_DEFINITION)
}

/// Stores (or refreshes) the demo tenant. Idempotent.
pub async fn seed_demo(portal: &Portal) -> Result<Tenant, TenantError> {
    let tenant = demo_tenant()?;
    portal.storage.save_tenant(&tenant).await?;
    tracing::info!(tenant.slug = %tenant.slug, towns = tenant.towns.len(), units = tenant.units.len(), "demo tenant seeded");
    Ok(tenant)
}

/// The configured tenant, seeding the demo tenant first when the database holds no tenant at
/// all and `seed_on_empty` allows it.
pub async fn load_tenant(portal: &Portal, seed_on_empty: bool) -> Result<Tenant, TenantError> {
    let slug = &portal.settings.tenant_slug;
    if let Some(tenant) = portal.storage.tenant(slug).await? {
        return Ok(tenant);
    }
    if seed_on_empty && portal.storage.tenant_count().await? == 0 {
        let tenant = seed_demo(portal).await?;
        if &tenant.slug == slug {
            return Ok(tenant);
        }
    }
    Err(TenantError::Missing(slug.clone()))
}

/// The tenant as this instance serves it. Administrators add and change units at run time:
/// the instance where that happens takes the change at once, the others at their next
/// [`SharedTenant::refresh`] (the server refreshes every minute).
pub struct SharedTenant(RwLock<Arc<Tenant>>);

impl SharedTenant {
    pub fn new(tenant: Tenant) -> SharedTenant {
        SharedTenant(RwLock::new(Arc::new(tenant)))
    }

    pub fn current(&self) -> Arc<Tenant> {
        // A writer cannot leave a half-written `Arc` behind: a poisoned lock still holds a
        // whole tenant.
        Arc::clone(
            &self
                .0
                .read()
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
        )
    }

    pub fn replace(&self, tenant: Tenant) {
        *self
            .0
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Arc::new(tenant);
    }

    /// Reads the tenant from storage again.
    pub async fn refresh(&self, portal: &Portal) -> Result<(), StorageError> {
        let slug = self.current().slug.clone();
        if let Some(tenant) = portal.storage.tenant(&slug).await? {
            self.replace(tenant);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use domain::Locale;

    use super::*;

    #[test]
    fn the_demo_tenant_is_kreis_unna_with_its_ten_towns() {
        let tenant = demo_tenant().unwrap();
        assert_eq!(tenant.slug, "kreis-unna");
        assert!(tenant.demo);
        let towns: Vec<&str> = tenant
            .towns
            .iter()
            .map(|t| t.name.get(Locale::De))
            .collect();
        assert_eq!(
            towns,
            [
                "Bergkamen",
                "Bönen",
                "Fröndenberg/Ruhr",
                "Holzwickede",
                "Kamen",
                "Lünen",
                "Schwerte",
                "Selm",
                "Unna",
                "Werne"
            ]
        );
    }

    #[test]
    fn the_demo_tenant_has_the_units_citizens_write_to() {
        let tenant = demo_tenant().unwrap();
        let units: Vec<&str> = tenant
            .units
            .iter()
            .map(|u| u.name.get(Locale::De))
            .collect();
        for expected in [
            "Untere Wasserbehörde",
            "Untere Jagdbehörde",
            "Gesundheitsamt",
            "Straßenverkehrsamt",
            "Ausländerbehörde",
            "Bauaufsicht",
            "Veterinäramt",
            "Jugendamt",
            "Sozialamt",
            "Untere Naturschutzbehörde",
        ] {
            assert!(units.contains(&expected), "missing unit {expected}");
        }
        let water = tenant
            .units
            .iter()
            .find(|u| u.code == "69.2")
            .expect("unit 69.2");
        assert_eq!(
            water.section.as_ref().unwrap().get(Locale::De),
            "Wasser und Boden"
        );
    }

    #[test]
    fn every_demo_text_exists_in_every_locale() {
        let tenant = demo_tenant().unwrap();
        let mut texts = vec![
            &tenant.name,
            &tenant.authority,
            &tenant.supervisory_authority,
            &tenant.data_protection_officer.name,
            &tenant.accessibility_contact.name,
        ];
        texts.extend(tenant.towns.iter().map(|t| &t.name));
        texts.extend(tenant.units.iter().map(|u| &u.name));
        texts.extend(tenant.units.iter().filter_map(|u| u.section.as_ref()));
        for text in texts {
            for locale in Locale::ALL {
                assert!(
                    text.has(locale),
                    "{:?} lacks {locale:?}",
                    text.get(Locale::De)
                );
            }
        }
    }

    #[test]
    fn a_broken_definition_names_the_file() {
        let error = parse_definition("tenant.toml", "slug = 5")
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with("tenant definition tenant.toml:"),
            "{error}"
        );
    }
}
