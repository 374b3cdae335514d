//! The tenant: the authority that runs the portal (by default Kreis Unna), its towns and its
//! organisational units. A tenant comes from a definition file and is checked before it is used.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{EmailAddress, LocalizedText, PhoneNumber, PostalAddress, Postcode};

/// The authority running the portal, with everything the pages and letters need to name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tenant {
    /// Stable identifier in URLs and configuration, e.g. `kreis-unna`.
    pub slug: String,
    /// Whether this is demonstration data; the pages then say so on every page.
    #[serde(default)]
    pub demo: bool,
    /// Short name, e.g. "Kreis Unna".
    pub name: LocalizedText,
    /// The legal body as the imprint names it, e.g. "Kreis Unna – Der Landrat".
    pub authority: LocalizedText,
    /// Who represents the authority in law (imprint).
    pub representative: String,
    /// The authority that supervises this one (imprint).
    pub supervisory_authority: LocalizedText,
    pub address: PostalAddress,
    pub phone: PhoneNumber,
    pub email: EmailAddress,
    pub website: String,
    pub data_protection_officer: Contact,
    pub accessibility_contact: Contact,
    /// Where feedback on accessibility is sent.
    pub feedback_recipient: EmailAddress,
    /// Two to four capital letters starting every submission reference, e.g. `KU`.
    pub reference_prefix: String,
    pub towns: Vec<Town>,
    pub units: Vec<OrgUnit>,
    /// The file plan (Aktenplan) the back office files cases under.
    #[serde(default)]
    pub file_plan: Vec<crate::record::FilePlanEntry>,
    /// The archive Akten are handed to at Aussonderung, e.g. "Kreisarchiv Unna".
    #[serde(default)]
    pub archive: Option<String>,
    /// The account fees are paid to, at the foot of every letter.
    #[serde(default)]
    pub bank: Option<BankAccount>,
    /// The letters' binding texts per kind, overridden per service; when there are any, every
    /// kind needs a default (checked with the definition).
    #[serde(default)]
    pub letter_templates: Vec<crate::letter::LetterTemplate>,
    /// What a letter on paper costs, for the savings digital delivery reports.
    #[serde(default)]
    pub paper_costs: crate::delivery::figures::PaperCosts,
}

/// A bank account as a letter's footer gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BankAccount {
    pub institute: String,
    pub iban: String,
    pub bic: String,
}

impl Tenant {
    /// The file plan entry with `key`, if there is one.
    pub fn plan_entry(&self, key: &str) -> Option<&crate::record::FilePlanEntry> {
        self.file_plan.iter().find(|entry| entry.key == key)
    }
}

/// A person or office to contact, with the channels the pages show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: LocalizedText,
    pub email: EmailAddress,
    pub phone: PhoneNumber,
    pub address: PostalAddress,
}

/// A town (Stadt or Gemeinde) belonging to the tenant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Town {
    pub ags: Ags,
    pub name: LocalizedText,
    pub kind: TownKind,
    pub postcodes: Vec<Postcode>,
    pub website: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TownKind {
    Stadt,
    Gemeinde,
}

impl TownKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TownKind::Stadt => "stadt",
            TownKind::Gemeinde => "gemeinde",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "stadt" => Some(TownKind::Stadt),
            "gemeinde" => Some(TownKind::Gemeinde),
            _ => None,
        }
    }
}

/// An organisational unit of the authority, e.g. `69.2` Untere Wasserbehörde.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgUnit {
    /// The unit's number in the authority's organisation plan, e.g. `69.2`.
    pub code: String,
    pub name: LocalizedText,
    /// The section the unit belongs to, e.g. "Wasser und Boden".
    pub section: Option<LocalizedText>,
    pub email: EmailAddress,
}

/// Amtlicher Gemeindeschlüssel: eight digits identifying a German municipality.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Ags(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("an Amtlicher Gemeindeschlüssel has exactly eight digits")]
pub struct AgsError;

impl Ags {
    pub fn parse(input: &str) -> Result<Self, AgsError> {
        if input.len() == 8 && input.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Ags(input.to_owned()))
        } else {
            Err(AgsError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Ags {
    type Error = AgsError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Ags::parse(&value)
    }
}

impl From<Ags> for String {
    fn from(value: Ags) -> Self {
        value.0
    }
}

impl fmt::Display for Ags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A tenant as read from a definition file, not yet checked as a whole.
#[derive(Debug, Clone, Deserialize)]
#[serde(transparent)]
pub struct TenantDefinition(Tenant);

/// Why a tenant definition was refused; each variant names the offending entry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TenantDefinitionError {
    #[error("slug {0:?} must be lowercase letters, digits and hyphens")]
    Slug(String),
    #[error("the tenant has no towns")]
    NoTowns,
    #[error("town {0} appears twice")]
    DuplicateTown(Ags),
    #[error("town {0} has no postcode")]
    TownWithoutPostcode(Ags),
    #[error("unit code {0:?} is empty or appears twice")]
    UnitCode(String),
    #[error("{0} is not an https:// or http:// address")]
    Website(String),
    #[error("reference_prefix {0:?} must be two to four capital letters")]
    ReferencePrefix(String),
    #[error("file plan key {0:?} is malformed, appears twice or lacks the entry above it")]
    FilePlanKey(String),
    #[error("bank IBAN {0:?} is not valid")]
    Iban(String),
    #[error("letter templates: {0}")]
    LetterTemplates(#[from] crate::letter::TemplateError),
}

impl TenantDefinition {
    /// Checks what single fields cannot: uniqueness, completeness, well-formed slugs and links.
    pub fn validate(self) -> Result<Tenant, TenantDefinitionError> {
        let tenant = self.0;
        let slug_ok = !tenant.slug.is_empty()
            && tenant
                .slug
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !slug_ok {
            return Err(TenantDefinitionError::Slug(tenant.slug));
        }
        let prefix = &tenant.reference_prefix;
        if !(2..=4).contains(&prefix.len()) || !prefix.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(TenantDefinitionError::ReferencePrefix(prefix.clone()));
        }
        if tenant.towns.is_empty() {
            return Err(TenantDefinitionError::NoTowns);
        }
        let mut seen_towns = BTreeSet::new();
        for town in &tenant.towns {
            if !seen_towns.insert(&town.ags) {
                return Err(TenantDefinitionError::DuplicateTown(town.ags.clone()));
            }
            if town.postcodes.is_empty() {
                return Err(TenantDefinitionError::TownWithoutPostcode(town.ags.clone()));
            }
        }
        let mut seen_units = BTreeSet::new();
        for unit in &tenant.units {
            if unit.code.trim().is_empty() || !seen_units.insert(unit.code.as_str()) {
                return Err(TenantDefinitionError::UnitCode(unit.code.clone()));
            }
        }
        let mut seen_keys = BTreeSet::new();
        for entry in &tenant.file_plan {
            let parents_known = crate::record::ancestors(&entry.key)
                .iter()
                .all(|parent| seen_keys.contains(parent.as_str()));
            if !crate::record::is_plan_key(&entry.key)
                || !parents_known
                || !seen_keys.insert(entry.key.as_str())
            {
                return Err(TenantDefinitionError::FilePlanKey(entry.key.clone()));
            }
        }
        if let Some(bank) = &tenant.bank
            && crate::form::iban::check(&bank.iban).is_err()
        {
            return Err(TenantDefinitionError::Iban(bank.iban.clone()));
        }
        if !tenant.letter_templates.is_empty() {
            crate::letter::check_all(&tenant.letter_templates)?;
        }
        let websites =
            std::iter::once(&tenant.website).chain(tenant.towns.iter().map(|t| &t.website));
        for website in websites {
            if !(website.starts_with("https://") || website.starts_with("http://")) {
                return Err(TenantDefinitionError::Website(website.clone()));
            }
        }
        Ok(tenant)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
        slug = "kreis-test"
        name = { de = "Kreis Test" }
        authority = { de = "Kreis Test – Der Landrat" }
        representative = "Landrätin Erika Muster"
        supervisory_authority = { de = "Bezirksregierung Musterstadt" }
        address = { street = "Hauptstraße 1", postcode = "12345", city = "Musterstadt" }
        phone = "+49 1234 555-0"
        email = "post@kreis-test.example"
        website = "https://kreis-test.example"
        feedback_recipient = "barrierefreiheit@kreis-test.example"
        reference_prefix = "KT"
        units = []

        [data_protection_officer]
        name = { de = "Datenschutzbeauftragte" }
        email = "datenschutz@kreis-test.example"
        phone = "+49 1234 555-1"
        address = { street = "Hauptstraße 1", postcode = "12345", city = "Musterstadt" }

        [accessibility_contact]
        name = { de = "Inklusionsbüro" }
        email = "inklusion@kreis-test.example"
        phone = "+49 1234 555-2"
        address = { street = "Hauptstraße 1", postcode = "12345", city = "Musterstadt" }

        [[towns]]
        ags = "01234001"
        name = { de = "Musterstadt" }
        kind = "stadt"
        postcodes = ["12345"]
        website = "https://musterstadt.example"
    "#;

    fn definition(edit: impl FnOnce(&mut toml::Table)) -> Result<Tenant, String> {
        let mut table: toml::Table = toml::from_str(MINIMAL).unwrap();
        edit(&mut table);
        let definition: TenantDefinition = toml::Value::Table(table)
            .try_into()
            .map_err(|e: toml::de::Error| e.to_string())?;
        definition.validate().map_err(|e| e.to_string())
    }

    #[test]
    fn a_minimal_definition_is_accepted() {
        let tenant = definition(|_| {}).unwrap();
        assert_eq!(tenant.towns[0].kind, TownKind::Stadt);
        assert!(!tenant.demo);
    }

    #[test]
    fn letter_templates_are_checked_with_the_definition() {
        let template = |kind: &str, body: &str| {
            let mut table = toml::Table::new();
            table.insert("kind".into(), kind.into());
            table.insert("subject".into(), "Ihr Antrag {referenz}".into());
            table.insert("body".into(), body.into());
            toml::Value::Table(table)
        };
        let all = |body: &str| {
            [
                "bescheid",
                "nachforderung",
                "eingangsbestaetigung",
                "anhoerung",
            ]
            .map(|kind| template(kind, body))
            .to_vec()
        };
        let tenant = definition(|t| {
            t.insert(
                "letter_templates".into(),
                toml::Value::Array(all("{anrede}")),
            );
        })
        .unwrap();
        assert_eq!(tenant.letter_templates.len(), 4);
        let error = definition(|t| {
            t.insert(
                "letter_templates".into(),
                toml::Value::Array(all("{anred}")),
            );
        })
        .unwrap_err();
        assert!(error.contains("{anred}"), "{error}");
        let error = definition(|t| {
            t.insert(
                "letter_templates".into(),
                toml::Value::Array(vec![template("bescheid", "x")]),
            );
        })
        .unwrap_err();
        assert!(error.contains("no default nachforderung"), "{error}");
        let error = definition(|t| {
            let mut bank = toml::Table::new();
            bank.insert("institute".into(), "Sparkasse".into());
            bank.insert("iban".into(), "DE00 1234".into());
            bank.insert("bic".into(), "WELADED1UNN".into());
            t.insert("bank".into(), toml::Value::Table(bank));
        })
        .unwrap_err();
        assert!(error.contains("IBAN"), "{error}");
    }

    #[test]
    fn a_bad_postcode_names_the_field() {
        let error = definition(|t| {
            t["towns"].as_array_mut().unwrap()[0]["postcodes"] =
                toml::Value::Array(vec!["1234".into()]);
        })
        .unwrap_err();
        assert!(error.contains("postcode"), "{error}");
    }

    #[test]
    fn duplicate_towns_and_units_are_refused() {
        let error = definition(|t| {
            let town = t["towns"].as_array().unwrap()[0].clone();
            t["towns"].as_array_mut().unwrap().push(town);
        })
        .unwrap_err();
        assert!(error.contains("01234001 appears twice"), "{error}");

        let unit: toml::Value = toml::from_str::<toml::Table>(
            "code = \"53\"\nname = { de = \"Gesundheitsamt\" }\nemail = \"g@kreis-test.example\"",
        )
        .unwrap()
        .into();
        let error =
            definition(|t| t["units"] = toml::Value::Array(vec![unit.clone(), unit])).unwrap_err();
        assert!(error.contains("\"53\""), "{error}");
    }

    #[test]
    fn the_file_plan_is_a_hierarchy_by_its_keys() {
        let plan = |keys: &[&str]| {
            let entries: Vec<toml::Value> = keys
                .iter()
                .map(|key| {
                    toml::from_str::<toml::Table>(&format!("key = \"{key}\"\ntitle = \"Eintrag\""))
                        .unwrap()
                        .into()
                })
                .collect();
            definition(|t| {
                t.insert("file_plan".into(), toml::Value::Array(entries));
            })
        };
        let tenant = plan(&["53", "53.40", "53.40.20"]).unwrap();
        assert_eq!(tenant.plan_entry("53.40.20").unwrap().title, "Eintrag");
        for bad in [&["53.40"][..], &["53", "53"], &["53", "53.4x"]] {
            let error = plan(bad).unwrap_err();
            assert!(error.contains("file plan key"), "{bad:?}: {error}");
        }
    }

    #[test]
    fn unknown_fields_and_bad_slugs_are_refused() {
        assert!(
            definition(|t| {
                t.insert("colour".into(), "blue".into());
            })
            .is_err()
        );
        assert!(
            definition(|t| {
                t["slug"] = "Kreis Test".into();
            })
            .is_err()
        );
        assert!(
            definition(|t| {
                t["website"] = "ftp://x".into();
            })
            .is_err()
        );
    }

    #[test]
    fn ags_is_eight_digits() {
        assert!(Ags::parse("05978036").is_ok());
        assert!(Ags::parse("5978036").is_err());
        assert!(Ags::parse("0597803x").is_err());
    }
}
