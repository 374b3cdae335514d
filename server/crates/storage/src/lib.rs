//! The storage seam. Everything the portal keeps goes through the traits here; the backends
//! (`storage-sqlite`, `storage-postgres`) implement them, and `story` holds the scenarios both
//! must pass.
//!
//! Architecture invariant: no SQL here and no backend dependency; only the backend crates talk
//! to a database. Writes that must cause work after commit (mail, intake, …) take the outbox
//! jobs as an argument and store them in the same transaction.

pub mod account;
pub mod application;
pub mod audit;
pub mod case;
pub mod case_request;
pub mod catalogue;
pub mod decision;
mod error;
pub mod feedback;
pub mod integration;
pub mod local_account;
pub mod organisation;
pub mod outbox;
pub mod postfach;
pub mod rate_limit;
pub mod record;
pub mod search;
pub mod staff;
pub mod tenant;
pub mod upload;

#[cfg(feature = "story")]
pub mod story;

use async_trait::async_trait;

pub use account::{
    Account, AccountApplication, AccountStore, CitizenLogin, DeletedAccount, LoginFlow, NewSession,
    Session,
};
pub use application::{
    ApplicationStore, Draft, DraftUpdate, ExpiredDrafts, NewDraft, NewSubmission, Submission,
};
pub use audit::AuditStore;
pub use case::{CaseFilter, CaseMove, CaseNote, CaseStore, CaseSummary, NewCase};
pub use case_request::{InformationRequest, InformationRequestStore, NewInformationRequest};
pub use catalogue::{CatalogueStore, ImportOutcome, NewServiceVersion, StoredServiceVersion};
pub use decision::{Decision, DecisionStore, NewRelease, Release};
pub use error::{StorageError, StorageResult};
pub use feedback::{FeedbackStore, NewFeedback, StoredFeedback};
pub use integration::{ApiClient, ApiClientStore, NewApiClient, Webhook};
pub use local_account::{
    AccountLink, LocalAccountStore, LocalLogin, LocalRegistration, ResetRequest,
};
pub use organisation::{
    Invitation, Member, NewInvitation, Organisation, OrganisationApplication, OrganisationStore,
};
pub use outbox::{ClaimedJob, JobId, NewJob, OutboxCounts, OutboxStore};
pub use postfach::{Mailbox, Message, MessageId, NewMessage, PostfachStore};
pub use rate_limit::RateLimitStore;
pub use record::{
    Akte, Disposal, DocumentVersion, FileInto, NewAkte, NewDocument, RecordDocument, RecordStore,
    VersionContent,
};
pub use search::{
    EntryKind, FacetFilter, Facets, ReadScope, SearchEntry, SearchHit, SearchIndex, SearchQuery,
    SearchResults, SearchSource, SearchSourceStore, SnippetPart,
};
pub use staff::{NewStaff, NewStaffSession, StaffMember, StaffSession, StaffStore};
pub use tenant::TenantStore;
pub use upload::{Upload, UploadStore};

/// Whether a write created something new or found what an earlier identical request created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted<T> {
    Created(T),
    AlreadyThere(T),
}

impl<T> Inserted<T> {
    pub fn into_inner(self) -> T {
        match self {
            Inserted::Created(value) | Inserted::AlreadyThere(value) => value,
        }
    }
}

/// The whole storage seam, as the server holds it: `Arc<dyn Storage>`.
#[async_trait]
pub trait Storage:
    TenantStore
    + AccountStore
    + CatalogueStore
    + ApplicationStore
    + UploadStore
    + AuditStore
    + CaseStore
    + DecisionStore
    + InformationRequestStore
    + FeedbackStore
    + ApiClientStore
    + LocalAccountStore
    + OrganisationStore
    + OutboxStore
    + PostfachStore
    + RateLimitStore
    + RecordStore
    + SearchSourceStore
    + StaffStore
    + Send
    + Sync
{
    /// Which backend this is, for logs and `/ready`.
    fn backend_name(&self) -> &'static str;

    /// Succeeds when the database answers a trivial query.
    async fn ping(&self) -> StorageResult<()>;
}
