//! The back office's first pages: the staff login, the start page, and the administration of
//! staff and their roles.

mod back_office_page;
mod role_fields;
mod staff_created_page;
mod staff_list_page;
mod staff_login_page;
mod staff_member_page;

pub use back_office_page::{BackOfficePage, BackOfficeView};
pub use role_fields::{GrantView, UnitOption};
pub use staff_created_page::{StaffCreatedPage, StaffCreatedView};
pub use staff_list_page::{NewStaffForm, StaffListPage, StaffListView, StaffRow};
pub use staff_login_page::{StaffLoginPage, StaffLoginView};
pub use staff_member_page::{StaffMemberPage, StaffMemberView};

use domain::FormErrors;

use crate::components::SummaryError;
use crate::error_text;

/// The error summary's entries for a form's problems.
fn summary_of(errors: &FormErrors) -> Vec<SummaryError> {
    errors
        .iter()
        .map(|e| SummaryError::at_field(&e.field, error_text(&e.message)))
        .collect()
}
