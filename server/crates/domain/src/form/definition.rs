//! The typed form definition. Built only through [`FormDefinition::from_json`], which reads the
//! definition strictly (unknown keys are errors) and checks it as a whole.

use serde::{Deserialize, Serialize};

use super::check::{self, DefinitionProblem};
use super::{Condition, DateBound, Decimal, Expression};
use crate::LocalizedText;

/// A form: steps shown one per page, rules across fields, values computed from answers.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(try_from = "super::raw::RawForm")]
pub struct FormDefinition {
    pub steps: Vec<Step>,
    pub rules: Vec<Rule>,
    pub computed: Vec<Computed>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub id: String,
    pub title: LocalizedText,
    pub intro: Option<LocalizedText>,
    pub visible_if: Option<Condition>,
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub id: String,
    pub label: LocalizedText,
    pub hint: Option<LocalizedText>,
    pub required: bool,
    pub visible_if: Option<Condition>,
    /// An HTML `autocomplete` token for personal data (WCAG 1.3.5), e.g. `given-name`.
    pub autocomplete: Option<String>,
    /// Filled in from the logged-in person's account (the attribute named by `autocomplete`).
    pub prefill: Option<Prefill>,
    pub kind: FieldKind,
}

/// Whether the applicant may change what the account filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Prefill {
    Editable,
    /// The value is the one the identity provider confirmed, e.g. the name for a licence.
    Locked,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    Text {
        min_length: Option<u32>,
        max_length: u32,
        pattern: Option<TextPattern>,
    },
    LongText {
        max_length: u32,
    },
    /// Whole numbers.
    Number {
        min: Option<Decimal>,
        max: Option<Decimal>,
        unit: Option<LocalizedText>,
    },
    /// Numbers with decimal places, e.g. amounts of money or depths in metres.
    Decimal {
        min: Option<Decimal>,
        max: Option<Decimal>,
        decimals: u8,
        unit: Option<LocalizedText>,
    },
    /// Entered as day, month and year (the GOV.UK memorable-date pattern).
    Date {
        not_before: Option<DateBound>,
        not_after: Option<DateBound>,
    },
    Select {
        options: Vec<Choice>,
    },
    Radio {
        options: Vec<Choice>,
    },
    Checkboxes {
        options: Vec<Choice>,
        min_selected: Option<u32>,
        max_selected: Option<u32>,
    },
    YesNo,
    Email,
    Phone,
    /// Checked with the ISO 13616 checksum.
    Iban,
    /// A German postcode; with `in_tenant`, one of the tenant's towns'.
    Postcode {
        in_tenant: bool,
    },
    /// Street and number, postcode, place; with `in_tenant`, the postcode must be the tenant's.
    Address {
        in_tenant: bool,
    },
    File {
        accept: Vec<FileType>,
        max_size_kb: u32,
        max_files: u32,
    },
    /// Items the visitor adds and removes, each with the same fields (e.g. boreholes).
    Group {
        item_label: LocalizedText,
        fields: Vec<Field>,
        min_items: u32,
        max_items: u32,
    },
    /// Text shown between fields; asks nothing.
    Info {
        text: LocalizedText,
    },
}

impl FieldKind {
    /// The name used in definition files.
    pub fn type_name(&self) -> &'static str {
        match self {
            FieldKind::Text { .. } => "text",
            FieldKind::LongText { .. } => "long_text",
            FieldKind::Number { .. } => "number",
            FieldKind::Decimal { .. } => "decimal",
            FieldKind::Date { .. } => "date",
            FieldKind::Select { .. } => "select",
            FieldKind::Radio { .. } => "radio",
            FieldKind::Checkboxes { .. } => "checkboxes",
            FieldKind::YesNo => "yes_no",
            FieldKind::Email => "email",
            FieldKind::Phone => "phone",
            FieldKind::Iban => "iban",
            FieldKind::Postcode { .. } => "postcode",
            FieldKind::Address { .. } => "address",
            FieldKind::File { .. } => "file",
            FieldKind::Group { .. } => "group",
            FieldKind::Info { .. } => "info",
        }
    }

    /// The choices of a select, radio or checkboxes field.
    pub fn options(&self) -> &[Choice] {
        match self {
            FieldKind::Select { options }
            | FieldKind::Radio { options }
            | FieldKind::Checkboxes { options, .. } => options,
            _ => &[],
        }
    }

    /// Whether answers of this kind count (groups, checkboxes, files) rather than have a value.
    pub fn is_countable(&self) -> bool {
        matches!(
            self,
            FieldKind::Group { .. } | FieldKind::Checkboxes { .. } | FieldKind::File { .. }
        )
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, FieldKind::Number { .. } | FieldKind::Decimal { .. })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub value: String,
    pub label: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<LocalizedText>,
}

/// A regular expression a text answer must match, with the message shown when it does not.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextPattern {
    pub regex: String,
    pub message: LocalizedText,
}

impl PartialEq for TextPattern {
    fn eq(&self, other: &Self) -> bool {
        self.regex == other.regex && self.message == other.message
    }
}

impl TextPattern {
    /// Whether the whole `text` matches (the pattern is anchored at both ends).
    pub fn matches(&self, text: &str) -> bool {
        regex::Regex::new(&format!("^(?:{})$", self.regex)).is_ok_and(|re| re.is_match(text))
    }
}

/// File types an upload field accepts, each recognised by its first bytes, not its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FileType {
    Pdf,
    Jpeg,
    Png,
}

impl FileType {
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            FileType::Pdf => &["pdf"],
            FileType::Jpeg => &["jpg", "jpeg"],
            FileType::Png => &["png"],
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            FileType::Pdf => "application/pdf",
            FileType::Jpeg => "image/jpeg",
            FileType::Png => "image/png",
        }
    }

    /// The type the content's first bytes announce, if it is one of ours.
    pub fn sniff(content: &[u8]) -> Option<FileType> {
        if content.starts_with(b"%PDF-") {
            Some(FileType::Pdf)
        } else if content.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(FileType::Jpeg)
        } else if content.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
            Some(FileType::Png)
        } else {
            None
        }
    }
}

/// A rule across fields: when `when` holds (or always), `check` must hold; otherwise `message`
/// is shown at `fields`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    pub check: Condition,
    pub fields: Vec<String>,
    pub message: LocalizedText,
}

/// A value computed from the answers, e.g. a fee; shown on the check-your-answers page and
/// frozen with the submission.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Computed {
    pub id: String,
    pub label: LocalizedText,
    pub expression: Expression,
    pub format: ComputedFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ComputedFormat {
    /// Euro with two decimal places.
    Currency,
    Number,
}

impl FormDefinition {
    /// Reads a form definition from JSON and checks it as a whole. Problems name the step and
    /// field they concern.
    pub fn from_json(value: serde_json::Value) -> Result<FormDefinition, Vec<DefinitionProblem>> {
        let form: FormDefinition = serde_json::from_value(value)
            .map_err(|e| vec![DefinitionProblem::general(e.to_string())])?;
        let problems = check::check(&form);
        if problems.is_empty() {
            Ok(form)
        } else {
            Err(problems)
        }
    }

    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|step| step.id == id)
    }

    /// Every top-level field of every step.
    pub fn fields(&self) -> impl Iterator<Item = (&Step, &Field)> {
        self.steps
            .iter()
            .flat_map(|step| step.fields.iter().map(move |field| (step, field)))
    }

    /// The top-level field with this id.
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields()
            .map(|(_, field)| field)
            .find(|field| field.id == id)
    }
}
