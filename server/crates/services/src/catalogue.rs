//! The service catalogue: definitions imported into storage (every version kept), loaded into
//! memory for browsing and search, and looked up by version for submissions made earlier.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use domain::service::{LifeSituation, SearchIndex, ServiceDefinition};
use domain::{Ags, Locale, Tenant};
use sha2::{Digest, Sha256};
use storage::{ImportOutcome, NewServiceVersion, StorageError};

use crate::Portal;

/// The demo services, compiled into the binary: three of the district and one of a town.
pub const DEMO_SERVICES: &[(&str, &str)] = &[
    (
        "erdwaermesonde-anzeigen.json",
        include_str!("../../../demo/services/erdwaermesonde-anzeigen.json"),
    ),
    (
        "jagdschein-verlaengern.json",
        include_str!("../../../demo/services/jagdschein-verlaengern.json"),
    ),
    (
        "belehrung-infektionsschutz.json",
        include_str!("../../../demo/services/belehrung-infektionsschutz.json"),
    ),
    (
        "hund-anmelden-unna.json",
        include_str!("../../../demo/services/hund-anmelden-unna.json"),
    ),
];

#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    /// A definition file that cannot be used; names the file, step and field.
    #[error("service definition {0}")]
    Definition(String),
    #[error(
        "{file}: version {version} of {service} was imported before with different content; \
         give the changed definition a new version number"
    )]
    Changed {
        file: String,
        service: String,
        version: u32,
    },
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Reads and checks a definition file, also against the tenant (units and towns it names).
pub fn parse_definition(
    tenant: &Tenant,
    file: &str,
    source: &str,
) -> Result<ServiceDefinition, CatalogueError> {
    let definition = ServiceDefinition::from_json(file, source)
        .map_err(|e| CatalogueError::Definition(e.to_string()))?;
    let problems = definition.check_against(tenant);
    if problems.is_empty() {
        Ok(definition)
    } else {
        Err(CatalogueError::Definition(format!(
            "{file}: {}",
            problems.join("; ")
        )))
    }
}

/// Checks and stores definition files; a file whose version is already stored unchanged is
/// skipped. Returns how many versions were new.
pub async fn import(
    portal: &Portal,
    tenant: &Tenant,
    files: &[(&str, &str)],
) -> Result<usize, CatalogueError> {
    let mut stored = 0;
    for (file, source) in files {
        let definition = parse_definition(tenant, file, source)?;
        let sha256: String = Sha256::digest(source.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let outcome = portal
            .storage
            .import_service_version(NewServiceVersion {
                tenant_slug: &tenant.slug,
                service_id: definition.id.as_str(),
                version: definition.version,
                source,
                sha256: &sha256,
                imported_at: portal.clock.now(),
            })
            .await?;
        match outcome {
            ImportOutcome::Stored => {
                stored += 1;
                tracing::info!(service.id = %definition.id, service.version = definition.version, "service definition imported");
            }
            ImportOutcome::Unchanged => {}
            ImportOutcome::Conflict { .. } => {
                return Err(CatalogueError::Changed {
                    file: (*file).to_owned(),
                    service: definition.id.to_string(),
                    version: definition.version,
                });
            }
        }
    }
    Ok(stored)
}

/// The current version of every service, ready to browse.
pub async fn load(portal: &Portal, tenant: &Tenant) -> Result<Catalogue, CatalogueError> {
    let stored = portal
        .storage
        .current_service_versions(&tenant.slug)
        .await?;
    let services = stored
        .iter()
        .map(|version| {
            let file = format!(
                "{} version {} (stored)",
                version.service_id, version.version
            );
            parse_definition(tenant, &file, &version.source)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Catalogue::new(services))
}

/// One version of a service, as a submission made with it needs it.
pub async fn definition_version(
    portal: &Portal,
    tenant: &Tenant,
    service_id: &str,
    version: u32,
) -> Result<Option<ServiceDefinition>, CatalogueError> {
    let Some(stored) = portal.storage.service_version(service_id, version).await? else {
        return Ok(None);
    };
    let file = format!("{service_id} version {version} (stored)");
    parse_definition(tenant, &file, &stored.source).map(Some)
}

/// What a visitor filters the catalogue by.
#[derive(Debug, Clone, Default)]
pub struct CatalogueQuery {
    pub text: Option<String>,
    pub life_situation: Option<LifeSituation>,
    pub town: Option<Ags>,
}

/// The services on offer, in memory, and the older versions drafts and submissions still use.
pub struct Catalogue {
    services: Vec<Arc<ServiceDefinition>>,
    index: SearchIndex,
    older_versions: Mutex<HashMap<(String, u32), Arc<ServiceDefinition>>>,
}

impl Catalogue {
    /// Orders services by their German title, the order of the A–Z list.
    pub fn new(mut services: Vec<ServiceDefinition>) -> Catalogue {
        services.sort_by(|a, b| a.title.get(Locale::De).cmp(b.title.get(Locale::De)));
        let index = SearchIndex::build(&services.iter().collect::<Vec<_>>());
        Catalogue {
            services: services.into_iter().map(Arc::new).collect(),
            index,
            older_versions: Mutex::new(HashMap::new()),
        }
    }

    /// A given version of a service: the current one from memory, an older one from storage
    /// (read once, then kept).
    pub async fn definition(
        &self,
        portal: &Portal,
        tenant: &Tenant,
        service_id: &str,
        version: u32,
    ) -> Result<Option<Arc<ServiceDefinition>>, CatalogueError> {
        if let Some(current) = self.get(service_id).filter(|s| s.version == version) {
            return Ok(Some(Arc::clone(current)));
        }
        let key = (service_id.to_owned(), version);
        if let Some(known) = self
            .older_versions
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&key)
        {
            return Ok(Some(Arc::clone(known)));
        }
        let Some(definition) = definition_version(portal, tenant, service_id, version).await?
        else {
            return Ok(None);
        };
        let definition = Arc::new(definition);
        self.older_versions
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(key, Arc::clone(&definition));
        Ok(Some(definition))
    }

    pub fn all(&self) -> &[Arc<ServiceDefinition>] {
        &self.services
    }

    pub fn get(&self, id: &str) -> Option<&Arc<ServiceDefinition>> {
        self.services
            .iter()
            .find(|service| service.id.as_str() == id)
    }

    /// Services matching the query: by relevance when searching for words, else A–Z.
    pub fn find(&self, query: &CatalogueQuery, locale: Locale) -> Vec<&Arc<ServiceDefinition>> {
        let fits = |service: &ServiceDefinition| {
            query
                .life_situation
                .is_none_or(|situation| service.life_situations.contains(&situation))
                && query
                    .town
                    .as_ref()
                    .is_none_or(|town| service.serves_town(town))
        };
        match query
            .text
            .as_deref()
            .map(str::trim)
            .filter(|text| !text.is_empty())
        {
            Some(text) => self
                .index
                .search(text, locale)
                .into_iter()
                .map(|hit| &self.services[hit.index])
                .filter(|service| fits(service))
                .collect(),
            None => self
                .services
                .iter()
                .filter(|service| fits(service))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Catalogue {
        let tenant = crate::tenant::demo_tenant().unwrap();
        let services = DEMO_SERVICES
            .iter()
            .map(|(file, source)| {
                parse_definition(&tenant, file, source).unwrap_or_else(|e| panic!("{e}"))
            })
            .collect();
        Catalogue::new(services)
    }

    fn ids(found: Vec<&Arc<ServiceDefinition>>) -> Vec<&str> {
        found.into_iter().map(|s| s.id.as_str()).collect()
    }

    fn search(text: &str, locale: Locale) -> Vec<String> {
        let catalogue = demo();
        let query = CatalogueQuery {
            text: Some(text.into()),
            ..Default::default()
        };
        ids(catalogue.find(&query, locale))
            .into_iter()
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn every_demo_definition_is_valid_and_complete_in_every_language() {
        for service in demo().all() {
            let mut texts = vec![
                &service.title,
                &service.summary,
                &service.description,
                &service.fees,
                &service.processing_time,
            ];
            texts.extend(service.required_documents.iter());
            texts.extend(service.legal_basis.iter());
            for (_, field) in service.form.fields() {
                texts.push(&field.label);
                texts.extend(field.hint.iter());
            }
            for step in &service.form.steps {
                texts.push(&step.title);
            }
            for text in texts {
                for locale in Locale::ALL {
                    assert!(
                        text.has(locale),
                        "{}: {:?} lacks {locale:?}",
                        service.id,
                        text.get(Locale::De)
                    );
                }
            }
            for locale in Locale::ALL {
                assert!(
                    service.keywords.get(&locale).is_some_and(|k| !k.is_empty()),
                    "{} keywords {locale:?}",
                    service.id
                );
            }
        }
    }

    #[test]
    fn search_finds_services_by_title_synonym_compound_part_and_typo() {
        assert_eq!(
            search("Jagdschein", Locale::De)[0],
            "jagdschein-verlaengern"
        );
        assert_eq!(
            search("Wärmepumpe", Locale::De)[0],
            "erdwaermesonde-anzeigen",
            "a synonym"
        );
        assert_eq!(
            search("schein", Locale::De)[0],
            "jagdschein-verlaengern",
            "part of a compound"
        );
        assert_eq!(
            search("Jagtschein", Locale::De)[0],
            "jagdschein-verlaengern",
            "a typing error"
        );
        assert_eq!(
            search("hunting licence", Locale::En)[0],
            "jagdschein-verlaengern"
        );
        assert_eq!(search("köpek", Locale::Tr)[0], "hund-anmelden-unna");
        assert_eq!(search("собака", Locale::Ru)[0], "hund-anmelden-unna");
        assert!(search("Raumfahrt", Locale::De).is_empty());
    }

    #[test]
    fn filters_by_life_situation_and_town() {
        let catalogue = demo();
        let animals = CatalogueQuery {
            life_situation: Some(LifeSituation::TiereUndJagd),
            ..Default::default()
        };
        assert_eq!(
            ids(catalogue.find(&animals, Locale::De)),
            ["hund-anmelden-unna", "jagdschein-verlaengern"]
        );
        let werne = CatalogueQuery {
            town: Some(Ags::parse("05978040").unwrap()),
            ..Default::default()
        };
        assert!(
            !ids(catalogue.find(&werne, Locale::De)).contains(&"hund-anmelden-unna"),
            "Unna's service is not Werne's"
        );
        let unna = CatalogueQuery {
            town: Some(Ags::parse("05978036").unwrap()),
            ..Default::default()
        };
        assert_eq!(catalogue.find(&unna, Locale::De).len(), 4);
    }
}
