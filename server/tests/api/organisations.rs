//! Organisation accounts: founding one, inviting by e-mail (the mail goes through the outbox),
//! accepting after a login, roles, leaving, and that an organisation always keeps an
//! administrator; non-members learn nothing.

use identity::testing::TestProvider;

use crate::apply::{IFSG, location};
use crate::helpers::{TestApp, login_redirect_uri};

fn bakery() -> Vec<(&'static str, &'static str)> {
    vec![
        ("name", "Backstube am Markt GmbH"),
        ("legal_form", "gmbh"),
        ("register_number", "HRB 4711, Amtsgericht Hamm"),
        ("street", "Markt 3"),
        ("postcode", "59423"),
        ("city", "Unna"),
    ]
}

#[tokio::test]
async fn a_citizen_founds_an_organisation_invites_a_colleague_and_hands_over() {
    let Some(provider) = TestProvider::start(&[&login_redirect_uri()]) else {
        return;
    };
    let app = TestApp::builder().login(&provider).spawn().await.unwrap();
    let jonas = app
        .log_in(&provider, "jonas", "elster", "substantiell")
        .await;
    let erika = app.log_in(&provider, "erika", "passwort", "basis").await;
    let selin = app.log_in(&provider, "selin", "eid", "hoch").await;

    let anonymous = app.get("/organisationen").await;
    assert!(location(&anonymous).starts_with("/anmelden?weiter=/organisationen"));
    let none = app
        .get_with("/organisationen", &[("cookie", &jonas)])
        .await
        .text()
        .await
        .unwrap();
    assert!(none.contains("Sie gehören noch zu keiner Organisation."));

    let wrong = app
        .post_form_with(
            "/organisationen",
            &[
                ("name", " "),
                ("legal_form", "limited"),
                ("register_number", ""),
                ("street", "Markt 3"),
                ("postcode", "123"),
                ("city", "Unna"),
            ],
            &jonas,
        )
        .await;
    assert_eq!(wrong.status(), 422);
    let html = wrong.text().await.unwrap();
    for field in ["#name", "#legal_form", "#postcode"] {
        assert!(html.contains(&format!("href=\"{field}\"")), "{field}");
    }
    assert!(html.contains("value=\"Markt 3\""), "what was typed stays");

    let founded = app
        .post_form_with("/organisationen", &bakery(), &jonas)
        .await;
    let page_path = location(&founded);
    assert!(page_path.starts_with("/organisationen/"));
    let page = app
        .get_with(&page_path, &[("cookie", &jonas)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("<h1>Backstube am Markt GmbH</h1>"));
    assert!(page.contains("Ihre Rolle: Administration"));
    assert!(page.contains("Markt 3, 59423 Unna"));

    let invited = app
        .post_form_with(
            &format!("{page_path}/einladungen"),
            &[("email", "erika.lindqvist@example.org"), ("role", "member")],
            &jonas,
        )
        .await;
    assert_eq!(location(&invited), page_path);
    app.run_jobs().await;
    // Quoted-printable bodies break long lines with a trailing "=".
    let mail = app
        .mails()
        .into_iter()
        .map(|mail| mail.replace("=\r\n", "").replace("=\n", ""))
        .find(|mail| mail.contains("/organisationen/einladung/"))
        .unwrap_or_else(|| panic!("the invitation mail: {:?}", app.mails()));
    let start = mail.find("/organisationen/einladung/").expect("a link");
    let link: String = mail[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    assert!(mail.contains("14 Tage") && mail.contains("Backstube am Markt GmbH"));

    let for_nobody = app.page(&link).await;
    assert!(
        for_nobody
            .contains("Sie sind eingeladen, „Backstube am Markt GmbH“ als Mitglied beizutreten.")
    );
    assert!(for_nobody.contains(&format!("/anmelden?weiter={link}")));
    let for_erika = app
        .get_with(&link, &[("cookie", &erika)])
        .await
        .text()
        .await
        .unwrap();
    assert!(for_erika.contains(&format!("action=\"{link}/annehmen\"")));
    let joined = app
        .post_form_with(&format!("{link}/annehmen"), &[], &erika)
        .await;
    assert_eq!(location(&joined), page_path);
    let used = app.get(&link).await;
    assert_eq!(used.status(), 404, "an invitation is taken once");

    let as_member = app
        .get_with(&page_path, &[("cookie", &erika)])
        .await
        .text()
        .await
        .unwrap();
    assert!(as_member.contains("Ihre Rolle: Mitglied"));
    assert!(
        !as_member.contains("Person einladen"),
        "members do not invite"
    );
    let member_id = as_member
        .split("/mitglieder/")
        .nth(1)
        .map(|rest| rest[..rest.find('/').unwrap()].to_owned());
    assert_eq!(member_id, None, "members see no role forms");
    let page = app
        .get_with(&page_path, &[("cookie", &jonas)])
        .await
        .text()
        .await
        .unwrap();
    let erika_id = page
        .split("/mitglieder/")
        .nth(1)
        .map(|rest| rest[..rest.find('/').unwrap()].to_owned())
        .expect("Erika's row has forms for the administrator");
    let not_allowed = app
        .post_form_with(
            &format!("{page_path}/mitglieder/{erika_id}/rolle"),
            &[("role", "admin")],
            &erika,
        )
        .await;
    assert_eq!(not_allowed.status(), 403, "a member cannot promote herself");

    // Jonas applies for the organisation; Erika, a colleague, may work on it, a stranger not.
    let organisation_id = page_path.trim_start_matches("/organisationen/").to_owned();
    let choice = format!("organisation:{organisation_id}");
    let service_page = app
        .get_with(&format!("/leistungen/{IFSG}"), &[("cookie", &jonas)])
        .await
        .text()
        .await
        .unwrap();
    assert!(service_page.contains("Für wen stellen Sie den Antrag?"));
    assert!(service_page.contains(&format!("value=\"{choice}\"")));
    let stranger_start = app
        .post_form_with(
            &format!("/leistungen/{IFSG}/antrag"),
            &[("fuer", &choice)],
            &selin,
        )
        .await;
    assert_eq!(stranger_start.status(), 403, "only members apply for it");
    let started = app
        .post_form_with(
            &format!("/leistungen/{IFSG}/antrag"),
            &[("fuer", &choice)],
            &jonas,
        )
        .await;
    let step = location(&started);
    assert_eq!(
        app.get_with(&step, &[("cookie", &erika)]).await.status(),
        200
    );
    assert_eq!(
        app.get_with(&step, &[("cookie", &selin)]).await.status(),
        404
    );
    let listed = app
        .get_with(&page_path, &[("cookie", &erika)])
        .await
        .text()
        .await
        .unwrap();
    assert!(listed.contains("Begonnen von Jonas Weber"));
    assert!(listed.contains("Belehrung nach § 43 Infektionsschutzgesetz"));

    // Alone administering an organisation with members, Jonas cannot delete his account yet.
    let delete_page = app
        .get_with("/konto/loeschen", &[("cookie", &jonas)])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        delete_page.contains("Sie sind die einzige Administration von: Backstube am Markt GmbH")
    );
    let refused = app
        .post_form_with("/konto/loeschen", &[("bestaetigung", "ja")], &jonas)
        .await;
    assert_eq!(refused.status(), 409);
    assert_eq!(
        app.get_with("/konto", &[("cookie", &jonas)]).await.status(),
        200
    );

    let lonely = app
        .post_form_with(&format!("{page_path}/verlassen"), &[], &jonas)
        .await;
    assert_eq!(lonely.status(), 422);
    assert!(
        lonely
            .text()
            .await
            .unwrap()
            .contains("mindestens eine Administration")
    );
    let promoted = app
        .post_form_with(
            &format!("{page_path}/mitglieder/{erika_id}/rolle"),
            &[("role", "admin")],
            &jonas,
        )
        .await;
    assert_eq!(location(&promoted), page_path);
    let left = app
        .post_form_with(&format!("{page_path}/verlassen"), &[], &jonas)
        .await;
    assert_eq!(location(&left), "/organisationen");
    assert_eq!(
        app.get_with(&page_path, &[("cookie", &jonas)])
            .await
            .status(),
        404,
        "no longer a member"
    );
    assert_eq!(
        app.get_with(&page_path, &[("cookie", &selin)])
            .await
            .status(),
        404,
        "a stranger learns nothing"
    );
    let hers = app
        .get_with("/organisationen", &[("cookie", &erika)])
        .await
        .text()
        .await
        .unwrap();
    assert!(hers.contains("Ihre Rolle: Administration"));
    app.finish().await;
}
