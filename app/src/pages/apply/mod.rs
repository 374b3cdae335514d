//! The application assistant's pages: one step per page, the check of all answers, the receipt,
//! and the pages around a draft (saved, resume, not found) and a submission (status, the
//! answer to a Nachforderung).

mod answer_page;
mod check_page;
mod draft_info;
mod receipt_page;
mod resume_page;
mod saved_page;
mod status_page;
mod step_page;

pub use answer_page::{AnswerPage, AnswerView, AskedQuestion};
pub use check_page::{CheckPage, CheckView};
pub use draft_info::DraftInfo;
pub use receipt_page::{ReceiptPage, ReceiptView};
pub use resume_page::{ResumePage, ResumeView};
pub use saved_page::{SavedPage, SavedView};
pub use status_page::{StatusPage, StatusResult, StatusView};
pub use step_page::{StepPage, StepView};
