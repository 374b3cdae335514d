//! What an administrator types to add or change an organisational unit. Units come with the
//! tenant's definition and grow with the authority; only their German texts are edited here.
//! When the German name (or section) changes, its translations are dropped rather than kept
//! out of date: the other languages show the German text until someone translates it again.

use std::collections::BTreeMap;

use crate::{EmailAddress, FormErrors, Locale, LocalizedText, OrgUnit, msg_key};

/// Longest name or section an administrator may give.
const MAX_TEXT_CHARS: usize = 120;

/// The unit form as posted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawUnit {
    pub code: String,
    pub name: String,
    pub section: String,
    pub email: String,
}

/// Whether `code` is a unit number of the organisation plan: one to four groups of one to
/// three digits, separated by dots (`69`, `69.2`, `32.3.1`).
pub fn is_unit_code(code: &str) -> bool {
    let groups: Vec<&str> = code.split('.').collect();
    (1..=4).contains(&groups.len())
        && groups.iter().all(|group| {
            (1..=3).contains(&group.len()) && group.bytes().all(|b| b.is_ascii_digit())
        })
}

/// The German text, keeping the other languages only when the German text stays the same.
fn german(text: &str, before: Option<&LocalizedText>) -> Option<LocalizedText> {
    if let Some(before) = before.filter(|before| before.get(Locale::SOURCE) == text) {
        return Some(before.clone());
    }
    LocalizedText::try_from(BTreeMap::from([(Locale::SOURCE, text.to_owned())])).ok()
}

impl RawUnit {
    /// The form of an existing unit, for changing it.
    pub fn of(unit: &OrgUnit) -> RawUnit {
        RawUnit {
            code: unit.code.clone(),
            name: unit.name.get(Locale::SOURCE).to_owned(),
            section: unit
                .section
                .as_ref()
                .map(|section| section.get(Locale::SOURCE).to_owned())
                .unwrap_or_default(),
            email: unit.email.to_string(),
        }
    }

    /// Checks the form. `before` is the unit being changed (its code stays), `None` for a new
    /// one.
    pub fn parse(&self, before: Option<&OrgUnit>) -> Result<OrgUnit, FormErrors> {
        let mut errors = FormErrors::new();
        let code = match before {
            Some(unit) => unit.code.clone(),
            None => self.code.trim().to_owned(),
        };
        if before.is_none() && !is_unit_code(&code) {
            errors.add("code", msg_key("unit-error-code"));
        }
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > MAX_TEXT_CHARS {
            errors.add("name", msg_key("unit-error-name"));
        }
        let section = self.section.trim();
        if section.chars().count() > MAX_TEXT_CHARS {
            errors.add("section", msg_key("unit-error-section"));
        }
        let email = EmailAddress::parse(&self.email).ok();
        if email.is_none() {
            errors.add("email", msg_key("unit-error-email"));
        }
        let name = german(name, before.map(|unit| &unit.name));
        let section = (!section.is_empty())
            .then(|| german(section, before.and_then(|unit| unit.section.as_ref())))
            .flatten();
        match (name, email) {
            (Some(name), Some(email)) if errors.is_empty() => Ok(OrgUnit {
                code,
                name,
                section,
                email,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn water() -> OrgUnit {
        let name = LocalizedText::try_from(BTreeMap::from([
            (Locale::De, "Wasser und Boden".to_owned()),
            (Locale::En, "Water and soil".to_owned()),
        ]))
        .unwrap();
        OrgUnit {
            code: "69.2".into(),
            name,
            section: None,
            email: EmailAddress::parse("wasser@kreis-unna.example").unwrap(),
        }
    }

    #[test]
    fn unit_codes_follow_the_organisation_plan() {
        for good in ["69", "69.2", "32.3.1", "1.2.3.4"] {
            assert!(is_unit_code(good), "{good}");
        }
        for bad in ["", "69.", ".2", "6a", "1234", "1.2.3.4.5", "69 2"] {
            assert!(!is_unit_code(bad), "{bad}");
        }
    }

    #[test]
    fn a_new_unit_needs_code_name_and_address() {
        let errors = RawUnit::default().parse(None).unwrap_err();
        for field in ["code", "name", "email"] {
            assert!(errors.for_field(field).is_some(), "{field}");
        }
        let unit = RawUnit {
            code: " 70.1 ".into(),
            name: "Abfallwirtschaft".into(),
            section: "Umwelt".into(),
            email: "abfall@kreis-unna.example".into(),
        }
        .parse(None)
        .unwrap();
        assert_eq!(unit.code, "70.1");
        assert_eq!(
            unit.section.unwrap().get(Locale::Tr),
            "Umwelt",
            "German for all"
        );
    }

    #[test]
    fn translations_stay_while_the_german_name_stays_and_the_code_never_changes() {
        let before = water();
        let mut raw = RawUnit::of(&before);
        raw.code = "99".into();
        raw.email = "boden@kreis-unna.example".into();
        let same_name = raw.parse(Some(&before)).unwrap();
        assert_eq!(same_name.code, "69.2");
        assert_eq!(same_name.name.get(Locale::En), "Water and soil");
        raw.name = "Wasser, Boden und Altlasten".into();
        let renamed = raw.parse(Some(&before)).unwrap();
        assert_eq!(renamed.name.get(Locale::En), "Wasser, Boden und Altlasten");
        assert!(!renamed.name.has(Locale::En));
    }
}
