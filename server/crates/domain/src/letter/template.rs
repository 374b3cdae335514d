//! Letter templates: the binding German text per kind and service, with `{placeholder}`s filled
//! from the case.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::LetterKind;

/// One template from the tenant's definition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LetterTemplate {
    pub kind: LetterKind,
    /// The service it is for; none for the tenant's default of its kind.
    #[serde(default)]
    pub service: Option<String>,
    pub subject: String,
    /// Paragraphs separated by blank lines.
    pub body: String,
    /// The letter must go on paper (e.g. a formal Zustellung), never into the Postfach.
    #[serde(default)]
    pub paper_only: bool,
}

/// The names a template may use.
pub const PLACEHOLDERS: [&str; 12] = [
    "anrede",
    "name",
    "aktenzeichen",
    "referenz",
    "leistung",
    "eingangsdatum",
    "datum",
    "entscheidung",
    "begruendung",
    "stelle",
    "behoerde",
    "frist",
];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error("unknown placeholder {{{0}}} (known: {known})", known = PLACEHOLDERS.join(", "))]
    Unknown(String),
    #[error("a '{{' without its '}}'")]
    Unclosed,
    #[error("no default {0} template (one without a service)")]
    MissingDefault(&'static str),
    #[error("two {0} templates for the same service")]
    Duplicate(&'static str),
}

/// The values for one letter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Placeholders(BTreeMap<&'static str, String>);

impl Placeholders {
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets a value; names outside [`PLACEHOLDERS`] are a programming error and ignored.
    pub fn set(mut self, name: &'static str, value: impl Into<String>) -> Self {
        if PLACEHOLDERS.contains(&name) {
            self.0.insert(name, value.into());
        }
        self
    }
}

/// The placeholder names in `text`, in order; an error for an unknown or unclosed one.
fn names(text: &str) -> Result<Vec<&str>, TemplateError> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let end = after.find('}').ok_or(TemplateError::Unclosed)?;
        let name = &after[..end];
        if !PLACEHOLDERS.contains(&name) {
            return Err(TemplateError::Unknown(name.to_owned()));
        }
        found.push(name);
        rest = &after[end + 1..];
    }
    Ok(found)
}

impl LetterTemplate {
    /// Refuses unknown or unclosed placeholders in subject and body.
    pub fn check(&self) -> Result<(), TemplateError> {
        names(&self.subject)?;
        names(&self.body)?;
        Ok(())
    }
}

/// Checks a tenant's templates: each valid, a default for every kind, one per kind and service.
pub fn check_all(templates: &[LetterTemplate]) -> Result<(), TemplateError> {
    let mut seen = std::collections::BTreeSet::new();
    for template in templates {
        template.check()?;
        if !seen.insert((template.kind.as_str(), template.service.as_deref())) {
            return Err(TemplateError::Duplicate(template.kind.as_str()));
        }
    }
    for kind in LetterKind::ALL {
        if !seen.contains(&(kind.as_str(), None)) {
            return Err(TemplateError::MissingDefault(kind.as_str()));
        }
    }
    Ok(())
}

/// Fills the placeholders of a checked template text; a name without a value becomes empty.
pub fn fill(text: &str, values: &Placeholders) -> String {
    let mut filled = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            break;
        };
        filled.push_str(&rest[..start]);
        if let Some(value) = values.0.get(&after[..end]) {
            filled.push_str(value);
        }
        rest = &after[end + 1..];
    }
    filled.push_str(rest);
    filled
}

/// The template for a letter of `kind` about `service`: the service's own, else the default.
pub fn template_for<'a>(
    templates: &'a [LetterTemplate],
    kind: LetterKind,
    service: &str,
) -> Option<&'a LetterTemplate> {
    let of_kind = || templates.iter().filter(move |t| t.kind == kind);
    of_kind()
        .find(|t| t.service.as_deref() == Some(service))
        .or_else(|| of_kind().find(|t| t.service.is_none()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template(kind: LetterKind, service: Option<&str>, body: &str) -> LetterTemplate {
        LetterTemplate {
            kind,
            service: service.map(str::to_owned),
            subject: "Ihr Antrag {referenz}".into(),
            body: body.into(),
            paper_only: false,
        }
    }

    fn defaults() -> Vec<LetterTemplate> {
        LetterKind::ALL
            .into_iter()
            .map(|kind| template(kind, None, "{anrede}"))
            .collect()
    }

    #[test]
    fn placeholders_are_filled_and_unknown_ones_refused() {
        let values = Placeholders::new()
            .set("anrede", "Sehr geehrte Frau Yıldız,")
            .set("aktenzeichen", "66.10-2026-0007");
        assert_eq!(
            fill("{anrede}\n\nAz. {aktenzeichen}, {frist}.", &values),
            "Sehr geehrte Frau Yıldız,\n\nAz. 66.10-2026-0007, ."
        );
        let typo = template(LetterKind::Bescheid, None, "Az. {aktenzeichn}");
        assert_eq!(
            typo.check(),
            Err(TemplateError::Unknown("aktenzeichn".into()))
        );
        let open = template(LetterKind::Bescheid, None, "Az. {aktenzeichen");
        assert_eq!(open.check(), Err(TemplateError::Unclosed));
        assert_eq!(fill("Az. {aktenzeichen", &values), "Az. {aktenzeichen");
    }

    #[test]
    fn every_kind_needs_a_default_and_a_service_overrides_it() {
        let mut templates = defaults();
        assert_eq!(check_all(&templates), Ok(()));
        templates.push(template(LetterKind::Bescheid, Some("erdwaerme"), "eigen"));
        assert_eq!(check_all(&templates), Ok(()));
        let chosen = template_for(&templates, LetterKind::Bescheid, "erdwaerme").unwrap();
        assert_eq!(chosen.body, "eigen");
        let other = template_for(&templates, LetterKind::Bescheid, "hund").unwrap();
        assert_eq!(other.body, "{anrede}");
        templates.push(template(LetterKind::Bescheid, Some("erdwaerme"), "zweites"));
        assert_eq!(
            check_all(&templates),
            Err(TemplateError::Duplicate("bescheid"))
        );
        let without_hearing: Vec<_> = defaults()
            .into_iter()
            .filter(|t| t.kind != LetterKind::Anhoerung)
            .collect();
        assert_eq!(
            check_all(&without_hearing),
            Err(TemplateError::MissingDefault("anhoerung"))
        );
    }
}
