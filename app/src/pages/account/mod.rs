//! The account: its page (applications, sessions), the person's data and its deletion, and the
//! pages around logging in and out.

mod account_deleted_page;
mod account_page;
mod delete_account_page;
mod logged_out_page;
mod login_problem_page;
mod login_required_page;
mod message_page;
mod personal_data_page;
mod postfach_page;

pub use account_deleted_page::AccountDeletedPage;
pub use account_page::{
    AccountApplicationView, AccountPage, AccountView, ApplicationStage, SessionView,
};
pub use delete_account_page::{DeleteAccountPage, DeleteAccountView};
pub use logged_out_page::LoggedOutPage;
pub use login_problem_page::{LoginProblem, LoginProblemPage};
pub use login_required_page::{LoginReason, LoginRequiredPage, LoginRequiredView};
pub use message_page::{Announcement, MessagePage, MessageView};
pub use personal_data_page::{PersonalDataPage, PersonalDataView, StoredApplicationView};
pub use postfach_page::{MailboxView, MessageRow, MessageState, PostfachPage, PostfachView};

use domain::service::TrustLevel;

use crate::t;

/// How a trust level is named to people.
pub fn trust_level_name(level: TrustLevel) -> String {
    match level {
        TrustLevel::None | TrustLevel::Basis => t("trust-level-basis"),
        TrustLevel::Substantiell => t("trust-level-substantiell"),
        TrustLevel::Hoch => t("trust-level-hoch"),
    }
}
