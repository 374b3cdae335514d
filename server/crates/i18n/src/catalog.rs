//! Loading and formatting Fluent messages.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use unic_langid::LanguageIdentifier;

use domain::Locale;

/// One `.ftl` file compiled into the binary.
pub struct EmbeddedFile {
    pub locale: &'static str,
    pub name: &'static str,
    pub source: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));

/// Why the catalogue could not be loaded. Each variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("locales/{locale}/{file}: Fluent syntax errors: {errors}")]
    Syntax {
        locale: String,
        file: String,
        errors: String,
    },
    #[error("locales/{locale}/{file}: message {key:?} is defined twice")]
    Duplicate {
        locale: String,
        file: String,
        key: String,
    },
    #[error("locales/{0}: not one of the portal's languages")]
    UnknownLocale(String),
    #[error("locale {0} has no messages")]
    EmptyLocale(&'static str),
}

/// Arguments for a message with placeables, e.g. `{ $town }`.
#[derive(Default)]
pub struct Args<'a>(FluentArgs<'a>);

impl<'a> Args<'a> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a text argument.
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.0.set(name, FluentValue::from(value.into()));
        self
    }

    /// Adds a number argument; it selects plural forms.
    pub fn number(mut self, name: &'static str, value: i64) -> Self {
        self.0.set(name, FluentValue::from(value));
        self
    }
}

struct LocaleCatalog {
    bundle: FluentBundle<Arc<FluentResource>>,
    resources: Vec<Arc<FluentResource>>,
}

/// All messages of all locales, ready to format. Cheap to share behind an `Arc`.
pub struct Catalog {
    locales: BTreeMap<Locale, LocaleCatalog>,
}

impl Catalog {
    /// The catalogue compiled into this binary.
    pub fn embedded() -> Result<Catalog, CatalogError> {
        Catalog::from_files(FILES.iter().map(|f| (f.locale, f.name, f.source)))
    }

    /// Builds a catalogue from `(locale tag, file name, source)` triples.
    pub fn from_files<'s>(
        files: impl IntoIterator<Item = (&'s str, &'s str, &'s str)>,
    ) -> Result<Catalog, CatalogError> {
        let mut locales: BTreeMap<Locale, LocaleCatalog> = BTreeMap::new();
        for (tag, name, source) in files {
            let locale = Locale::from_tag(tag)
                .filter(|l| l.tag() == tag)
                .ok_or_else(|| CatalogError::UnknownLocale(tag.into()))?;
            let resource = FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
                CatalogError::Syntax {
                    locale: tag.into(),
                    file: name.into(),
                    errors: errors
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("; "),
                }
            })?;
            let resource = Arc::new(resource);
            let entry = locales
                .entry(locale)
                .or_insert_with(|| LocaleCatalog::new(locale));
            entry
                .bundle
                .add_resource(Arc::clone(&resource))
                .map_err(|errors| {
                    let key = errors
                        .iter()
                        .map(|e| format!("{e:?}"))
                        .collect::<Vec<_>>()
                        .join("; ");
                    CatalogError::Duplicate {
                        locale: tag.into(),
                        file: name.into(),
                        key,
                    }
                })?;
            entry.resources.push(resource);
        }
        for locale in Locale::ALL {
            if !locales.contains_key(&locale) {
                return Err(CatalogError::EmptyLocale(locale.tag()));
            }
        }
        Ok(Catalog { locales })
    }

    /// The message `key` in `locale`, falling back to German and then to the key itself.
    pub fn text(&self, locale: Locale, key: &str) -> String {
        self.format(locale, key, None)
    }

    /// Like [`Catalog::text`], with arguments for the message's placeables.
    pub fn text_with(&self, locale: Locale, key: &str, args: &Args<'_>) -> String {
        self.format(locale, key, Some(&args.0))
    }

    fn format(&self, locale: Locale, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        for candidate in [locale, Locale::SOURCE] {
            let Some(catalog) = self.locales.get(&candidate) else {
                continue;
            };
            if let Some(pattern) = catalog.bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return catalog
                    .bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        key.to_owned()
    }

    /// Whether `locale` itself (not by fallback) has the message `key`.
    pub fn has(&self, locale: Locale, key: &str) -> bool {
        self.locales
            .get(&locale)
            .is_some_and(|c| c.bundle.has_message(key))
    }

    /// Every message key defined in `locale`.
    pub fn keys(&self, locale: Locale) -> BTreeSet<String> {
        self.messages(locale)
            .map(|(key, _)| key.to_owned())
            .collect()
    }

    /// The variables (`$name`) each message of `locale` uses, by key.
    pub fn variables(&self, locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
        self.messages(locale)
            .map(|(key, pattern)| {
                let mut names = BTreeSet::new();
                if let Some(pattern) = pattern {
                    collect_variables(pattern, &mut names);
                }
                (key.to_owned(), names)
            })
            .collect()
    }

    /// The unformatted source text of every message in `locale`, by key.
    pub fn sources(&self, locale: Locale) -> BTreeMap<String, String> {
        self.locales
            .get(&locale)
            .into_iter()
            .flat_map(|c| c.resources.iter())
            .flat_map(|resource| resource.entries())
            .filter_map(|entry| match entry {
                Entry::Message(message) => Some(message),
                _ => None,
            })
            .map(|message| {
                let text = message.value.as_ref().map(pattern_text).unwrap_or_default();
                (message.id.name.to_owned(), text)
            })
            .collect()
    }

    fn messages(&self, locale: Locale) -> impl Iterator<Item = (&str, Option<&Pattern<&str>>)> {
        self.locales
            .get(&locale)
            .into_iter()
            .flat_map(|c| c.resources.iter())
            .flat_map(|resource| resource.entries())
            .filter_map(|entry| match entry {
                Entry::Message(message) => Some((message.id.name, message.value.as_ref())),
                _ => None,
            })
    }
}

impl LocaleCatalog {
    fn new(locale: Locale) -> Self {
        let language: LanguageIdentifier = locale.tag().parse().expect("our tags are valid BCP 47");
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        // Texts are placed into HTML with the page's own `dir`; Unicode isolation marks around
        // placeables would only show up as invisible characters in titles and tests.
        bundle.set_use_isolating(false);
        LocaleCatalog {
            bundle,
            resources: Vec::new(),
        }
    }
}

fn collect_variables(pattern: &Pattern<&str>, names: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, names);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, names: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => collect_inline(inline, names),
        Expression::Select { selector, variants } => {
            collect_inline(selector, names);
            for variant in variants {
                collect_variables(&variant.value, names);
            }
        }
    }
}

fn collect_inline(inline: &InlineExpression<&str>, names: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            names.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, names),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_inline(argument, names);
            }
        }
        _ => {}
    }
}

fn pattern_text(pattern: &Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .map(|element| match element {
            PatternElement::TextElement { value } => (*value).to_owned(),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => variants
                .iter()
                .map(|variant| pattern_text(&variant.value))
                .collect::<Vec<_>>()
                .join("|"),
            PatternElement::Placeable { .. } => "{}".to_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(extra_de: &str) -> Catalog {
        let de = format!(
            "hello = Hallo {{ $name }}!\nfiles = {{ $count ->\n [one] eine Datei\n *[other] {{ $count }} Dateien\n}}\n{extra_de}"
        );
        let mut files = vec![("de".to_owned(), de)];
        for locale in Locale::ALL.into_iter().skip(1) {
            files.push((
                locale.tag().to_owned(),
                "hello = Hello { $name }!\n".to_owned(),
            ));
        }
        Catalog::from_files(
            files
                .iter()
                .map(|(tag, src)| (tag.as_str(), "test.ftl", src.as_str())),
        )
        .unwrap()
    }

    #[test]
    fn formats_arguments_without_isolation_marks() {
        let text = catalog("").text_with(Locale::En, "hello", &Args::new().text("name", "Unna"));
        assert_eq!(text, "Hello Unna!");
    }

    #[test]
    fn missing_messages_fall_back_to_german_then_to_the_key() {
        let catalog = catalog("");
        assert_eq!(
            catalog.text_with(Locale::Pl, "files", &Args::new().number("count", 1)),
            "eine Datei"
        );
        assert_eq!(
            catalog.text_with(Locale::Pl, "files", &Args::new().number("count", 3)),
            "3 Dateien"
        );
        assert_eq!(catalog.text(Locale::Ar, "no-such-key"), "no-such-key");
        assert!(!catalog.has(Locale::Pl, "files"));
    }

    #[test]
    fn lists_keys_and_variables() {
        let catalog = catalog("");
        assert_eq!(
            catalog.keys(Locale::De),
            ["files".to_owned(), "hello".to_owned()].into()
        );
        assert_eq!(
            catalog.variables(Locale::De)["files"],
            ["count".to_owned()].into()
        );
    }

    #[test]
    fn syntax_errors_and_duplicates_name_the_file() {
        let broken = Catalog::from_files([("de", "broken.ftl", "hello = {")]);
        assert!(matches!(broken, Err(CatalogError::Syntax { file, .. }) if file == "broken.ftl"));
        let twice = Catalog::from_files([("de", "a.ftl", "x = 1"), ("de", "b.ftl", "x = 2")]);
        assert!(matches!(twice, Err(CatalogError::Duplicate { file, .. }) if file == "b.ftl"));
        let unknown = Catalog::from_files([("fr", "a.ftl", "x = 1")]);
        assert!(matches!(unknown, Err(CatalogError::UnknownLocale(tag)) if tag == "fr"));
    }
}
