//! Building blocks shared by the pages: the document shell and layout, and form fields that
//! follow the GOV.UK patterns (label, hint, error message, error summary).

mod bar_chart;
mod contact_card;
mod demo_banner;
mod document;
mod error_summary;
mod field_error;
mod field_hint;
pub mod fields;
mod language_switcher;
mod responsible;
mod service_list_item;
mod site_footer;
mod site_header;
mod skip_link;
mod text_area;
mod text_input;
mod timeout_dialog;

pub use bar_chart::BarChart;
pub use contact_card::ContactCard;
pub use demo_banner::DemoBanner;
pub use document::Document;
pub use error_summary::{ErrorSummary, SummaryError, summary_of};
pub use field_error::FieldError;
pub use field_hint::FieldHint;
pub use language_switcher::LanguageSwitcher;
pub use responsible::responsible_authority;
pub use service_list_item::ServiceListItem;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
pub use text_area::TextArea;
pub use text_input::TextInput;
pub use timeout_dialog::TimeoutDialog;

/// The `aria-describedby` value for a field: its hint and its error, when present.
pub(crate) fn described_by(id: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let parts: Vec<String> = [(has_hint, "hint"), (has_error, "error")]
        .into_iter()
        .filter(|(present, _)| *present)
        .map(|(_, suffix)| format!("{id}-{suffix}"))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}
