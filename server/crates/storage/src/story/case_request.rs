use domain::application::CaseState;
use domain::case::CaseId;
use time::Duration;

use super::application::{T0, draft, prepare, submission, upload};
use super::case::{audit, staff_member};
use super::fixtures::moment;
use crate::{NewCase, NewInformationRequest, NewJob, Storage, StorageError, Upload};

fn notice(case: CaseId) -> NewJob {
    NewJob {
        kind: "information-request-notice".into(),
        payload: serde_json::json!({ "case": case.0 }),
        idempotency_key: format!("information-request-notice:{case}"),
        run_at: moment(T0),
    }
}

async fn notices(storage: &dyn Storage) -> u64 {
    storage
        .pending_jobs_of_kind("information-request-notice")
        .await
        .unwrap()
}

pub async fn a_nachforderung_waits_for_one_answer_that_lands_in_the_case(storage: &dyn Storage) {
    prepare(storage).await;
    let token = draft(storage, 50, T0).await;
    storage
        .submit_draft(submission(&token, T0 + 10), &[])
        .await
        .unwrap();
    let case = storage
        .open_case(
            &NewCase {
                draft_token: &token,
                inbox: "53",
                opened_at: moment(T0 + 20),
                due_at: moment(T0 + 20) + Duration::days(14),
            },
            &audit("case.open"),
        )
        .await
        .unwrap()
        .into_inner();
    let search_jobs = || async { storage.pending_jobs_of_kind("search-index").await.unwrap() };
    assert_eq!(search_jobs().await, 1, "a new case is indexed");
    let lena = staff_member(storage, "l.brandt", "Lena Brandt").await;
    let ask = |at| NewInformationRequest {
        case_id: case,
        question: "Bitte reichen Sie das ärztliche Attest nach.",
        asked_by: lena,
        at: moment(at),
    };
    assert!(
        matches!(
            storage
                .request_information(&ask(T0 + 30), &[notice(case)], &audit("case.request"))
                .await,
            Err(StorageError::Conflict(_))
        ),
        "only a case in Bearbeitung can wait for the applicant"
    );
    assert_eq!(notices(storage).await, 0, "no notice then");
    storage
        .assign_case(case, lena, &audit("case.assign"), moment(T0 + 40))
        .await
        .unwrap();
    let head = storage.audit_head().await.unwrap();
    let asked = storage
        .request_information(&ask(T0 + 50), &[notice(case)], &audit("case.request"))
        .await
        .unwrap();
    assert_eq!(storage.audit_head().await.unwrap(), head + 1);
    assert_eq!(notices(storage).await, 1, "the notice");
    assert!(
        search_jobs().await >= 3,
        "assigning and asking changed the case: it is indexed again"
    );
    assert_eq!(
        storage.case_summary(case).await.unwrap().unwrap().state,
        CaseState::Nachforderung
    );
    assert!(matches!(
        storage
            .request_information(&ask(T0 + 60), &[], &audit("case.request"))
            .await,
        Err(StorageError::Conflict(_))
    ));
    let open = storage
        .open_information_request(&token)
        .await
        .unwrap()
        .expect("the open request");
    assert_eq!(open.id, asked);
    assert_eq!(open.case_id, case);
    assert_eq!(open.asked_by, (lena, "Lena Brandt".to_owned()));
    assert_eq!(open.asked_at, moment(T0 + 50));
    assert_eq!(open.answer, None);

    let attest = Upload {
        field: domain::case::request::answer_files_field(asked),
        ..upload("answer-1", &token)
    };
    storage
        .answer_information_request(
            asked,
            "Das Attest liegt bei.",
            std::slice::from_ref(&attest),
            &audit("case.answer"),
            moment(T0 + 70),
        )
        .await
        .unwrap();
    assert!(
        matches!(
            storage
                .answer_information_request(
                    asked,
                    "Noch einmal",
                    &[],
                    &audit("case.answer"),
                    moment(T0 + 80)
                )
                .await,
            Err(StorageError::Conflict(_))
        ),
        "a request is answered once"
    );
    assert!(matches!(
        storage
            .answer_information_request(9_999, "?", &[], &audit("case.answer"), moment(T0))
            .await,
        Err(StorageError::NotFound)
    ));
    assert_eq!(
        storage.open_information_request(&token).await.unwrap(),
        None
    );
    assert_eq!(
        storage.case_summary(case).await.unwrap().unwrap().state,
        CaseState::InBearbeitung,
        "the answer brings the case back"
    );
    let requests = storage.information_requests(case).await.unwrap();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0].answer,
        Some(("Das Attest liegt bei.".to_owned(), moment(T0 + 70)))
    );
    assert_eq!(
        storage.uploads_for_draft(&token).await.unwrap(),
        vec![attest],
        "the answer's file is the case's"
    );
    assert!(
        storage
            .information_requests(CaseId(9_999))
            .await
            .unwrap()
            .is_empty()
    );
}
