//! One component per page. Each takes the data it shows as props.

mod accessibility;
pub mod account;
pub mod apply;
pub mod back_office;
mod catalogue;
mod draft_not_found;
mod easy_language;
mod error;
mod feedback_received;
mod home;
mod imprint;
pub mod local_account;
pub mod organisations;
mod privacy;
mod service;
mod sign_language;

pub use accessibility::{AccessibilityPage, FeedbackForm};
pub use catalogue::{CataloguePage, CatalogueView};
pub use draft_not_found::DraftNotFoundPage;
pub use easy_language::EasyLanguagePage;
pub use error::{ErrorKind, ErrorPage};
pub use feedback_received::FeedbackReceivedPage;
pub use home::HomePage;
pub use imprint::ImprintPage;
pub use privacy::PrivacyPage;
pub use service::ServicePage;
pub use sign_language::SignLanguagePage;
