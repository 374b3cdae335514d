//! The definition file's shape: strict (unknown keys are errors) and flat (a field's type-
//! specific settings sit beside its `type`), turned into the typed form with messages that name
//! the step and field.

use serde::Deserialize;

use super::definition::{
    Choice, Computed, Field, FieldKind, FileType, FormDefinition, Prefill, Rule, Step, TextPattern,
};
use super::{Condition, DateBound, Decimal};
use crate::LocalizedText;

/// Texts longer than this need a long-text field.
const DEFAULT_TEXT_MAX: u32 = 200;
const DEFAULT_LONG_TEXT_MAX: u32 = 5000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawForm {
    steps: Vec<RawStep>,
    #[serde(default)]
    rules: Vec<Rule>,
    #[serde(default)]
    computed: Vec<Computed>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: String,
    title: LocalizedText,
    #[serde(default)]
    intro: Option<LocalizedText>,
    #[serde(default)]
    visible_if: Option<Condition>,
    fields: Vec<RawField>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawField {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    label: LocalizedText,
    #[serde(default)]
    hint: Option<LocalizedText>,
    #[serde(default)]
    required: bool,
    #[serde(default)]
    visible_if: Option<Condition>,
    #[serde(default)]
    autocomplete: Option<String>,
    #[serde(default)]
    prefill: Option<Prefill>,
    #[serde(default)]
    min_length: Option<u32>,
    #[serde(default)]
    max_length: Option<u32>,
    #[serde(default)]
    pattern: Option<TextPattern>,
    #[serde(default)]
    min: Option<Decimal>,
    #[serde(default)]
    max: Option<Decimal>,
    #[serde(default)]
    decimals: Option<u8>,
    #[serde(default)]
    unit: Option<LocalizedText>,
    #[serde(default)]
    not_before: Option<DateBound>,
    #[serde(default)]
    not_after: Option<DateBound>,
    #[serde(default)]
    options: Option<Vec<Choice>>,
    #[serde(default)]
    min_selected: Option<u32>,
    #[serde(default)]
    max_selected: Option<u32>,
    #[serde(default)]
    in_tenant: Option<bool>,
    #[serde(default)]
    accept: Option<Vec<FileType>>,
    #[serde(default)]
    max_size_kb: Option<u32>,
    #[serde(default)]
    max_files: Option<u32>,
    #[serde(default)]
    item_label: Option<LocalizedText>,
    #[serde(default)]
    fields: Option<Vec<RawField>>,
    #[serde(default)]
    min_items: Option<u32>,
    #[serde(default)]
    max_items: Option<u32>,
    #[serde(default)]
    text: Option<LocalizedText>,
}

impl RawField {
    /// The type-specific settings this field sets.
    fn settings(&self) -> Vec<&'static str> {
        [
            ("min_length", self.min_length.is_some()),
            ("max_length", self.max_length.is_some()),
            ("pattern", self.pattern.is_some()),
            ("min", self.min.is_some()),
            ("max", self.max.is_some()),
            ("decimals", self.decimals.is_some()),
            ("unit", self.unit.is_some()),
            ("not_before", self.not_before.is_some()),
            ("not_after", self.not_after.is_some()),
            ("options", self.options.is_some()),
            ("min_selected", self.min_selected.is_some()),
            ("max_selected", self.max_selected.is_some()),
            ("in_tenant", self.in_tenant.is_some()),
            ("accept", self.accept.is_some()),
            ("max_size_kb", self.max_size_kb.is_some()),
            ("max_files", self.max_files.is_some()),
            ("item_label", self.item_label.is_some()),
            ("fields", self.fields.is_some()),
            ("min_items", self.min_items.is_some()),
            ("max_items", self.max_items.is_some()),
            ("text", self.text.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, set)| set.then_some(name))
        .collect()
    }
}

/// The settings each type allows.
fn allowed_settings(kind: &str) -> Option<&'static [&'static str]> {
    Some(match kind {
        "text" => &["min_length", "max_length", "pattern"],
        "long_text" => &["max_length"],
        "number" => &["min", "max", "unit"],
        "decimal" => &["min", "max", "decimals", "unit"],
        "date" => &["not_before", "not_after"],
        "select" | "radio" => &["options"],
        "checkboxes" => &["options", "min_selected", "max_selected"],
        "yes_no" | "email" | "phone" | "iban" => &[],
        "postcode" | "address" => &["in_tenant"],
        "file" => &["accept", "max_size_kb", "max_files"],
        "group" => &["item_label", "fields", "min_items", "max_items"],
        "info" => &["text"],
        _ => return None,
    })
}

fn missing(setting: &str) -> String {
    format!("needs \"{setting}\"")
}

impl TryFrom<RawField> for Field {
    type Error = String;

    fn try_from(raw: RawField) -> Result<Field, String> {
        let id = raw.id.clone();
        let in_field = |problem: String| format!("field {id}: {problem}");
        let allowed = allowed_settings(&raw.kind)
            .ok_or_else(|| in_field(format!("unknown type \"{}\"", raw.kind)))?;
        if let Some(setting) = raw.settings().into_iter().find(|s| !allowed.contains(s)) {
            return Err(in_field(format!(
                "\"{setting}\" is not a setting of type \"{}\"",
                raw.kind
            )));
        }
        let kind = match raw.kind.as_str() {
            "text" => FieldKind::Text {
                min_length: raw.min_length,
                max_length: raw.max_length.unwrap_or(DEFAULT_TEXT_MAX),
                pattern: raw.pattern,
            },
            "long_text" => FieldKind::LongText {
                max_length: raw.max_length.unwrap_or(DEFAULT_LONG_TEXT_MAX),
            },
            "number" => FieldKind::Number {
                min: raw.min,
                max: raw.max,
                unit: raw.unit,
            },
            "decimal" => FieldKind::Decimal {
                min: raw.min,
                max: raw.max,
                decimals: raw.decimals.unwrap_or(2),
                unit: raw.unit,
            },
            "date" => FieldKind::Date {
                not_before: raw.not_before,
                not_after: raw.not_after,
            },
            "select" => FieldKind::Select {
                options: raw.options.ok_or_else(|| in_field(missing("options")))?,
            },
            "radio" => FieldKind::Radio {
                options: raw.options.ok_or_else(|| in_field(missing("options")))?,
            },
            "checkboxes" => FieldKind::Checkboxes {
                options: raw.options.ok_or_else(|| in_field(missing("options")))?,
                min_selected: raw.min_selected,
                max_selected: raw.max_selected,
            },
            "yes_no" => FieldKind::YesNo,
            "email" => FieldKind::Email,
            "phone" => FieldKind::Phone,
            "iban" => FieldKind::Iban,
            "postcode" => FieldKind::Postcode {
                in_tenant: raw.in_tenant.unwrap_or(false),
            },
            "address" => FieldKind::Address {
                in_tenant: raw.in_tenant.unwrap_or(false),
            },
            "file" => FieldKind::File {
                accept: raw.accept.ok_or_else(|| in_field(missing("accept")))?,
                max_size_kb: raw.max_size_kb.unwrap_or(10 * 1024),
                max_files: raw.max_files.unwrap_or(1),
            },
            "group" => {
                let fields = raw
                    .fields
                    .ok_or_else(|| in_field(missing("fields")))?
                    .into_iter()
                    .map(Field::try_from)
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(in_field)?;
                FieldKind::Group {
                    item_label: raw
                        .item_label
                        .ok_or_else(|| in_field(missing("item_label")))?,
                    fields,
                    min_items: raw.min_items.unwrap_or(0),
                    max_items: raw.max_items.unwrap_or(20),
                }
            }
            "info" => FieldKind::Info {
                text: raw.text.ok_or_else(|| in_field(missing("text")))?,
            },
            other => return Err(in_field(format!("unknown type \"{other}\""))),
        };
        Ok(Field {
            id: raw.id,
            label: raw.label,
            hint: raw.hint,
            required: raw.required,
            visible_if: raw.visible_if,
            autocomplete: raw.autocomplete,
            prefill: raw.prefill,
            kind,
        })
    }
}

impl TryFrom<RawForm> for FormDefinition {
    type Error = String;

    fn try_from(raw: RawForm) -> Result<FormDefinition, String> {
        let steps = raw
            .steps
            .into_iter()
            .map(|step| {
                let id = step.id;
                let fields = step
                    .fields
                    .into_iter()
                    .map(Field::try_from)
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|problem| format!("step {id}, {problem}"))?;
                Ok(Step {
                    id,
                    title: step.title,
                    intro: step.intro,
                    visible_if: step.visible_if,
                    fields,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok(FormDefinition {
            steps,
            rules: raw.rules,
            computed: raw.computed,
        })
    }
}
