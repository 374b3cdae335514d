//! Nachforderung: the caseworker asks, the applicant is told without content and answers in
//! the portal with text and files, the answer lands in the case, which is in Bearbeitung again.
//! Bad input on either side is explained and loses nothing.

use crate::apply::{IFSG, fill_ifsg, location, start};
use crate::back_office::staff_session;
use crate::helpers::{Part, TestApp, title};
use crate::uploads::pdf;

const CASE: &str = "/verwaltung/vorgaenge/1";

/// Submits an IfSG instruction (with the applicant's address) and opens its case; the token.
async fn submitted_case(app: &TestApp) -> String {
    let token = start(app, IFSG).await;
    fill_ifsg(app, &token, time::OffsetDateTime::now_utc().date()).await;
    let submitted = app
        .post_form(
            &format!("/antrag/{token}/absenden"),
            &[("erklaerung", "ja")],
        )
        .await;
    assert_eq!(location(&submitted), format!("/antrag/{token}/eingereicht"));
    app.run_jobs().await;
    token
}

#[tokio::test]
async fn a_question_is_answered_in_the_portal_and_lands_in_the_case() {
    let app = TestApp::spawn().await;
    let token = submitted_case(&app).await;
    let anna = staff_session(&app, "a.berger", "caseworker", "53").await;
    let ben = staff_session(&app, "b.schulte", "team_lead", "53").await;
    let ask = |cookie: &str, question: &str| {
        let (cookie, question) = (cookie.to_owned(), question.to_owned());
        let app = &app;
        async move {
            app.post_form_with(
                &format!("{CASE}/nachforderung"),
                &[("frage", &question)],
                &cookie,
            )
            .await
        }
    };

    let page = app
        .get_with(CASE, &[("cookie", &anna)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Es wurde noch nichts nachgefordert."));
    assert!(
        !page.contains("name=\"frage\""),
        "not before the case is taken up"
    );
    let too_early = ask(&anna, "Bitte das Attest nachreichen.").await;
    assert_eq!(too_early.status(), 409);
    assert!(
        too_early
            .text()
            .await
            .unwrap()
            .contains("passt nicht zum Stand")
    );

    app.post_form_with(&format!("{CASE}/uebernehmen"), &[], &anna)
        .await;
    let page = app
        .get_with(CASE, &[("cookie", &anna)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("name=\"frage\""), "the assignee's form");
    assert!(!page.contains("value=\"nachfordern\""), "not a bare button");
    let by_other = ask(&ben, "Bitte das Attest nachreichen.").await;
    assert_eq!(by_other.status(), 409, "only the assignee asks");

    let empty = ask(&anna, "   ").await;
    assert_eq!(empty.status(), 422);
    let html = empty.text().await.unwrap();
    assert!(title(&html).starts_with("Fehler: "));
    assert!(html.contains("href=\"#frage\""));
    assert!(html.contains("Schreiben Sie, was die antragstellende Person"));
    let long = "Bitte erläutern Sie <genauer> & ausführlich. ".repeat(60);
    let too_long = ask(&anna, &long).await;
    assert_eq!(too_long.status(), 422);
    let html = too_long.text().await.unwrap();
    assert!(html.contains("höchstens 2000 Zeichen"));
    assert!(
        html.contains("Bitte erläutern Sie &lt;genauer&gt; &amp; ausführlich."),
        "what was typed comes back, escaped once for the text area"
    );

    let question = "Bitte reichen Sie die Teilnahmebescheinigung der Belehrung nach.\nDanke!";
    let asked = ask(&anna, question).await;
    assert_eq!(location(&asked), format!("{CASE}#nachforderungen"));
    let page = app
        .get_with(CASE, &[("cookie", &anna)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Nachforderung von Testperson a.berger"));
    assert!(page.contains("Noch keine Antwort."));
    assert!(page.contains("Teilnahmebescheinigung der Belehrung nach."));
    assert!(!page.contains("name=\"frage\""), "one question at a time");
    assert_eq!(ask(&anna, "Noch etwas?").await.status(), 409);

    // The notice says that there is a question and where, never what it is.
    let outcomes = app.run_jobs().await;
    assert!(
        format!("{outcomes:?}").contains("information-request-notice"),
        "{outcomes:?}"
    );
    // Quoted-printable, its soft line breaks taken out.
    let mails: Vec<String> = app
        .mails()
        .iter()
        .map(|mail| mail.replace("=\r\n", ""))
        .collect();
    let notice = mails
        .iter()
        .find(|mail| mail.contains(&format!("/antrag/{token}/nachforderung")))
        .unwrap_or_else(|| panic!("the notice in {mails:#?}"));
    assert!(notice.contains("To: selin.brinkhoff@example.org"));
    assert!(!notice.contains("Teilnahmebescheinigung"), "{notice}");

    let receipt = app.page(&format!("/antrag/{token}/eingereicht")).await;
    assert!(receipt.contains(&format!("href=\"/antrag/{token}/nachforderung\"")));
    let answer_page = format!("/antrag/{token}/nachforderung");
    let form = app.page(&answer_page).await;
    assert!(form.contains("Teilnahmebescheinigung der Belehrung nach."));
    assert!(form.contains("enctype=\"multipart/form-data\""));

    // Nothing at all, a file of the wrong type: explained, the text typed kept.
    let nothing = app
        .post_multipart(&answer_page, &[Part::Field("antwort", " ")])
        .await;
    assert_eq!(nothing.status(), 422);
    let html = nothing.text().await.unwrap();
    assert!(html.contains("Schreiben Sie eine Antwort oder wählen Sie mindestens eine Datei"));
    assert!(html.contains("href=\"#antwort\""));
    let wrong = app
        .post_multipart(
            &answer_page,
            &[
                Part::Field("antwort", "Anbei die Bescheinigung."),
                Part::File(
                    "antwort-dateien",
                    "bescheinigung.exe",
                    b"MZ\x90\x00not a pdf",
                ),
            ],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    let html = wrong.text().await.unwrap();
    assert!(
        html.contains("bescheinigung.exe hat kein passendes Format"),
        "{html}"
    );
    assert!(html.contains("Anbei die Bescheinigung."), "the text stays");
    assert!(html.contains("href=\"#antwort-dateien\""));
    assert!(
        app.portal
            .storage
            .open_information_request(&domain::application::DraftToken::parse(&token).unwrap())
            .await
            .unwrap()
            .is_some(),
        "still open"
    );

    let sent = app
        .post_multipart(
            &answer_page,
            &[
                Part::Field("antwort", "Anbei die Bescheinigung."),
                Part::File(
                    "antwort-dateien",
                    "Bescheinigung Belehrung.pdf",
                    &pdf("Belehrung"),
                ),
            ],
        )
        .await;
    assert_eq!(sent.status(), 200);
    let html = sent.text().await.unwrap();
    assert!(html.contains("Ihre Antwort ist angekommen"));
    let twice = app
        .post_multipart(&answer_page, &[Part::Field("antwort", "Noch einmal.")])
        .await;
    assert_eq!(twice.status(), 409, "answered is answered");
    assert!(
        twice
            .text()
            .await
            .unwrap()
            .contains("Keine offene Rückfrage")
    );
    assert!(
        !app.page(&format!("/antrag/{token}/eingereicht"))
            .await
            .contains("/nachforderung\""),
        "no question left on the receipt"
    );

    let page = app
        .get_with(CASE, &[("cookie", &anna)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("In Bearbeitung"), "back to work");
    assert!(page.contains("Antwort vom"));
    assert!(page.contains("Anbei die Bescheinigung."));
    assert!(page.contains("Bescheinigung Belehrung.pdf"));
    assert!(
        page.contains("name=\"frage\""),
        "another question may follow"
    );
    let href_start = page
        .find("/verwaltung/vorgaenge/1/datei/")
        .expect("the answer's file");
    let href = &page[href_start..href_start + page[href_start..].find('"').unwrap()];
    let file = app.get_with(href, &[("cookie", &anna)]).await;
    assert_eq!(file.status(), 200);
    assert!(file.bytes().await.unwrap().starts_with(b"%PDF"));

    let storage = &app.portal.storage;
    let head = storage.audit_head().await.unwrap();
    let actions: Vec<String> = storage
        .audit_events(0, u32::try_from(head).unwrap())
        .await
        .unwrap()
        .into_iter()
        .map(|entry| entry.event.action)
        .collect();
    for action in ["case.nachfordern", "case.answer"] {
        assert!(
            actions.iter().any(|a| a == action),
            "{action} in {actions:?}"
        );
    }
    app.finish().await;
}

#[tokio::test]
async fn nobody_answers_without_an_open_question_or_for_a_draft() {
    let app = TestApp::spawn().await;
    let token = submitted_case(&app).await;
    let answer_page = format!("/antrag/{token}/nachforderung");
    let page = app.get(&answer_page).await;
    assert_eq!(page.status(), 200);
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("Keine offene Rückfrage")
    );
    let refused = app
        .post_multipart(&answer_page, &[Part::Field("antwort", "Hallo?")])
        .await;
    assert_eq!(refused.status(), 409);
    let tampered = app
        .post_multipart(&answer_page, &[Part::Field("status", "abgeschlossen")])
        .await;
    assert_eq!(tampered.status(), 400);

    let draft = start(&app, IFSG).await;
    assert_eq!(
        location(&app.get(&format!("/antrag/{draft}/nachforderung")).await),
        format!("/antrag/{draft}"),
        "a draft has nothing to answer yet"
    );
    app.finish().await;
}
