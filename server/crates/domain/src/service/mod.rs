//! A service of the catalogue (Leistung): what citizens can apply for, who decides, what it
//! costs and needs, and its application form. Services are data: one JSON definition file per
//! service and version, checked as a whole before use (see `docs/forms.md`).

mod life_situation;
pub mod search;
mod trust_level;

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

pub use life_situation::LifeSituation;
pub use search::{SearchHit, SearchIndex};
pub use trust_level::TrustLevel;

use crate::form::{DefinitionProblem, FormDefinition};
use crate::{Ags, Locale, LocalizedText, Tenant};

/// A service's stable id, e.g. `jagdschein-verlaengern`: lowercase letters, digits, hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ServiceId(String);

impl ServiceId {
    pub fn parse(input: &str) -> Result<ServiceId, String> {
        let ok = !input.is_empty()
            && input.len() <= 60
            && input.starts_with(|c: char| c.is_ascii_lowercase())
            && input
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if ok {
            Ok(ServiceId(input.to_owned()))
        } else {
            Err(format!("{input:?} is not a service id"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for ServiceId {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        ServiceId::parse(&value)
    }
}

impl From<ServiceId> for String {
    fn from(value: ServiceId) -> Self {
        value.0
    }
}

impl fmt::Display for ServiceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Who decides: the district itself, or one of its towns.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Authority {
    /// The district (Kreis) with one of its units.
    District { unit: String },
    /// A town, by its Gemeindeschlüssel, with the office that handles the service there.
    Town { ags: Ags, office: LocalizedText },
}

/// A service definition, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceDefinition {
    pub id: ServiceId,
    pub version: u32,
    pub title: LocalizedText,
    pub summary: LocalizedText,
    /// Paragraphs separated by blank lines.
    pub description: LocalizedText,
    pub life_situations: Vec<LifeSituation>,
    pub authority: Authority,
    /// More words people use for it, per language (synonyms for search).
    pub keywords: BTreeMap<Locale, Vec<String>>,
    pub required_documents: Vec<LocalizedText>,
    pub fees: LocalizedText,
    pub legal_basis: Vec<LocalizedText>,
    pub processing_time: LocalizedText,
    /// Working days the authority has to decide; the back office escalates after them.
    pub processing_days: u32,
    /// About how long filling in the form takes.
    pub minutes_to_complete: u32,
    pub trust_level: TrustLevel,
    /// The file plan key the back office files applications under, e.g. `32.30.10`.
    pub aktenplan: String,
    pub form: FormDefinition,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    #[serde(rename = "$schema", default)]
    _schema: Option<String>,
    id: ServiceId,
    version: u32,
    title: LocalizedText,
    summary: LocalizedText,
    description: LocalizedText,
    life_situations: Vec<LifeSituation>,
    authority: Authority,
    #[serde(default)]
    keywords: BTreeMap<Locale, Vec<String>>,
    #[serde(default)]
    required_documents: Vec<LocalizedText>,
    fees: LocalizedText,
    legal_basis: Vec<LocalizedText>,
    processing_time: LocalizedText,
    processing_days: u32,
    minutes_to_complete: u32,
    trust_level: TrustLevel,
    aktenplan: String,
    form: serde_json::Value,
}

/// Why a service definition was refused: the file and every problem, each naming its step and
/// field where it has one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
pub struct ServiceDefinitionError {
    pub file: String,
    pub problems: Vec<DefinitionProblem>,
}

impl ServiceDefinition {
    /// Reads and checks a definition. `file` names it in errors.
    pub fn from_json(
        file: &str,
        source: &str,
    ) -> Result<ServiceDefinition, ServiceDefinitionError> {
        let refuse = |problems: Vec<DefinitionProblem>| ServiceDefinitionError {
            file: file.to_owned(),
            problems,
        };
        let raw: RawService = serde_json::from_str(source)
            .map_err(|e| refuse(vec![DefinitionProblem::general(e.to_string())]))?;
        let form = FormDefinition::from_json(raw.form);
        let mut problems = Vec::new();
        if raw.version == 0 {
            problems.push(DefinitionProblem::general("version starts at 1"));
        }
        if raw.life_situations.is_empty() {
            problems.push(DefinitionProblem::general(
                "name at least one life situation",
            ));
        }
        if raw.processing_days == 0 || raw.minutes_to_complete == 0 {
            problems.push(DefinitionProblem::general(
                "processing_days and minutes_to_complete must be above 0",
            ));
        }
        let aktenplan_ok = !raw.aktenplan.is_empty()
            && raw
                .aktenplan
                .split('.')
                .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
        if !aktenplan_ok {
            problems.push(DefinitionProblem::general(format!(
                "aktenplan {:?} is not like 32.30.10",
                raw.aktenplan
            )));
        }
        let form = match form {
            Ok(form) if problems.is_empty() => form,
            Ok(_) => return Err(refuse(problems)),
            Err(form_problems) => {
                problems.extend(form_problems);
                return Err(refuse(problems));
            }
        };
        Ok(ServiceDefinition {
            id: raw.id,
            version: raw.version,
            title: raw.title,
            summary: raw.summary,
            description: raw.description,
            life_situations: raw.life_situations,
            authority: raw.authority,
            keywords: raw.keywords,
            required_documents: raw.required_documents,
            fees: raw.fees,
            legal_basis: raw.legal_basis,
            processing_time: raw.processing_time,
            processing_days: raw.processing_days,
            minutes_to_complete: raw.minutes_to_complete,
            trust_level: raw.trust_level,
            aktenplan: raw.aktenplan,
            form,
        })
    }

    /// Problems that only the tenant can reveal: an unknown unit or town.
    pub fn check_against(&self, tenant: &Tenant) -> Vec<String> {
        match &self.authority {
            Authority::District { unit } if !tenant.units.iter().any(|u| &u.code == unit) => {
                vec![format!("authority: the tenant has no unit {unit}")]
            }
            Authority::Town { ags, .. } if !tenant.towns.iter().any(|t| &t.ags == ags) => {
                vec![format!("authority: the tenant has no town {ags}")]
            }
            _ => vec![],
        }
    }

    /// Whether people in the town `ags` can use this service (district services: everyone).
    pub fn serves_town(&self, ags: &Ags) -> bool {
        match &self.authority {
            Authority::District { .. } => true,
            Authority::Town { ags: own, .. } => own == ags,
        }
    }
}
