//! The storage story: scenarios every backend must pass, run by each backend's tests through
//! [`story_tests!`](crate::story_tests). A scenario gets a freshly migrated, empty database.

mod account;
mod application;
mod case;
mod case_request;
mod catalogue;
mod decision;
mod disposal;
mod feedback;
mod fixtures;
mod integration;
mod local_account;
mod organisation;
mod outbox;
mod postfach;
mod rate_limit;
mod record;
mod search;
mod staff;
mod tenant;

use async_trait::async_trait;

use crate::Storage;

pub use account::*;
pub use application::*;
pub use case::*;
pub use case_request::*;
pub use catalogue::*;
pub use decision::*;
pub use disposal::*;
pub use feedback::*;
pub use integration::*;
pub use local_account::*;
pub use organisation::*;
pub use outbox::*;
pub use postfach::*;
pub use rate_limit::*;
pub use record::*;
pub use search::*;
pub use staff::*;
pub use tenant::*;

/// A backend under test: a fresh storage and a way to throw it away afterwards.
#[async_trait]
pub trait StoryBackend: Sized + Send {
    fn storage(&self) -> &dyn Storage;
    async fn dispose(self);
}

/// A search engine under test: an empty index and a way to throw it away afterwards.
#[async_trait]
pub trait SearchStoryBackend: Sized + Send {
    fn index(&self) -> &dyn crate::SearchIndex;
    async fn dispose(self);
}

/// Generates one `#[tokio::test]` per search scenario for an engine, like [`story_tests!`].
#[macro_export]
macro_rules! search_story_tests {
    ($fresh:path) => {
        $crate::search_story_tests!(@each $fresh;
            german_words_are_found_by_their_stem_and_titles_rank_first,
            the_scope_hides_other_units_and_confidential_entries,
            facets_count_every_match_and_filters_narrow,
            matches_are_marked_in_a_snippet_of_the_body,
            entries_are_replaced_by_key_and_removed_with_their_documents,
            any_typed_text_is_a_query_and_never_an_error
        );
    };
    (@each $fresh:path; $($scenario:ident),* $(,)?) => {
        $(
            #[tokio::test]
            async fn $scenario() {
                use $crate::story::SearchStoryBackend as _;
                let Some(backend) = $fresh().await else { return };
                $crate::story::$scenario(backend.index()).await;
                backend.dispose().await;
            }
        )*
    };
}

/// Generates one `#[tokio::test]` per scenario for a backend. `$fresh` is an async function
/// returning `Option<impl StoryBackend>`; `None` skips (only allowed outside CI, see the
/// PostgreSQL backend's tests).
#[macro_export]
macro_rules! story_tests {
    ($fresh:path) => {
        $crate::story_tests!(@each $fresh;
            a_fresh_database_is_empty_and_answers,
            a_tenant_round_trips_and_is_replaced_when_saved_again,
            units_are_added_at_the_end_and_changed_in_place_with_an_audit_entry,
            feedback_is_stored_once_per_key_together_with_its_jobs,
            feedback_for_an_unknown_tenant_is_refused,
            jobs_are_claimed_when_due_and_held_under_a_lease,
            a_job_whose_lease_was_lost_cannot_be_completed_by_the_old_worker,
            retried_jobs_wait_and_failed_jobs_stop,
            enqueuing_the_same_job_twice_keeps_one,
            concurrent_workers_never_claim_the_same_job,
            service_versions_are_kept_and_the_highest_is_current,
            services_of_an_unknown_tenant_are_refused,
            drafts_keep_every_value_as_typed,
            a_draft_is_submitted_once_with_its_number_jobs_and_audit_entry,
            references_count_per_year_and_never_repeat,
            concurrent_submissions_get_distinct_numbers,
            expired_drafts_are_deleted_and_submitted_ones_kept,
            audit_appends_chain_even_when_concurrent,
            uploads_belong_to_their_draft_until_it_is_submitted,
            a_citizen_is_found_again_by_issuer_and_subject,
            sessions_end_at_their_absolute_or_idle_time_or_on_request,
            a_login_in_progress_can_be_taken_once,
            an_accounts_applications_are_listed_with_their_submission,
            deleting_an_account_removes_its_drafts_and_sessions_and_keeps_submissions,
            rate_windows_count_per_key_and_window_even_when_concurrent,
            staff_have_grants_one_time_steps_and_sessions_that_end_with_deactivation,
            organisations_keep_an_administrator_and_invitations_are_taken_once,
            local_accounts_are_confirmed_by_their_link_and_reset_once,
            unconfirmed_local_accounts_and_dead_links_are_swept,
            a_submission_becomes_one_case_in_its_inbox_and_is_taken_up,
            a_nachforderung_waits_for_one_answer_that_lands_in_the_case,
            cases_are_filed_with_aktenzeichen_and_filed_versions_never_change,
            an_exported_closed_akte_is_ausgesondert_leaving_only_its_proof,
            api_clients_open_by_token_until_revoked_and_cases_raise_events,
            postfach_messages_record_notice_retrieval_and_paper_fallback_once,
            consent_to_digital_delivery_is_given_kept_and_withdrawn,
            a_decision_is_prepared_with_its_step_and_released_once
        );
    };
    (@each $fresh:path; $($scenario:ident),* $(,)?) => {
        $(
            #[tokio::test]
            async fn $scenario() {
                use $crate::story::StoryBackend as _;
                let Some(backend) = $fresh().await else { return };
                $crate::story::$scenario(backend.storage()).await;
                backend.dispose().await;
            }
        )*
    };
}
