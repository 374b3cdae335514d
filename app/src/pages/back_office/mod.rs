//! The back office's first pages: the staff login, the start page, and the administration of
//! staff, their roles and the organisational units.

mod akte_page;
mod api_client_created_page;
mod api_clients_page;
mod back_office_page;
mod case_assign;
mod case_decision;
mod case_document_item;
mod case_filing;
mod case_notes;
mod case_page;
mod case_requests;
mod case_resubmission;
mod dashboard_page;
mod disposal_page;
mod inbox_page;
mod role_fields;
mod search_page;
mod staff_created_page;
mod staff_list_page;
mod staff_login_page;
mod staff_member_page;
mod unit_fields;
mod unit_page;
mod units_page;

pub use akte_page::{AkteDocumentRow, AktePage, AkteVersionRow, AkteView};
pub use api_client_created_page::{ApiClientCreatedPage, ApiClientCreatedView};
pub use api_clients_page::{
    ApiClientForm, ApiClientRow, ApiClientsPage, ApiClientsView, SCOPES as API_SCOPES,
};
pub use back_office_page::{BackOfficePage, BackOfficeView};
pub use case_assign::{CaseAssign, Colleague};
pub use case_decision::{CaseDecision, DecisionForm, DecisionSummary, ReleaseSummary};
pub use case_document_item::CaseDocumentItem;
pub use case_filing::{AkteChoice, CaseFiling, CaseFilingSection, FilingForm};
pub use case_notes::{CaseNotes, HistoryRow, NoteForm, NoteRow};
pub use case_page::{CaseDocument, CasePage, CaseView};
pub use case_requests::{AskForm, CaseRequest, CaseRequests};
pub use case_resubmission::{CaseResubmission, ResubmissionForm};
pub use dashboard_page::{DashboardPage, DashboardView};
pub use disposal_page::{DisposalCandidateView, DisposalPage, DisposalProblem, DisposalView};
pub use inbox_page::{InboxFilter, InboxPage, InboxRow, InboxView};
pub use role_fields::{GrantView, UnitOption};
pub use search_page::{
    FacetView, KIND_PARAM, STATE_PARAM, SearchForm, SearchHitView, SearchPage, SearchResultsView,
    SearchView, UNIT_PARAM, YEAR_PARAM,
};
pub use staff_created_page::{StaffCreatedPage, StaffCreatedView};
pub use staff_list_page::{NewStaffForm, StaffListPage, StaffListView, StaffRow};
pub use staff_login_page::{StaffLoginPage, StaffLoginView};
pub use staff_member_page::{StaffMemberPage, StaffMemberView};
pub use unit_page::{UnitPage, UnitView};
pub use units_page::{UnitRow, UnitsPage, UnitsView};
