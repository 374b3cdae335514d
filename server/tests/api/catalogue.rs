//! The service catalogue: search, filters, service pages and their bad inputs.

use crate::helpers::{TestApp, title};

fn service_links(html: &str) -> Vec<String> {
    html.match_indices("class=\"service-list__title\"><a href=\"/leistungen/")
        .map(|(start, marker)| {
            let rest = &html[start + marker.len()..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
        .collect()
}

#[tokio::test]
async fn the_catalogue_lists_every_demo_service_from_a_to_z() {
    let app = TestApp::spawn().await;
    let html = app.page("/leistungen").await;
    assert_eq!(title(&html), "Leistungen – Kreisportal Kreis Unna");
    assert_eq!(
        service_links(&html),
        [
            "belehrung-infektionsschutz",
            "erdwaermesonde-anzeigen",
            "hund-anmelden-unna",
            "jagdschein-verlaengern"
        ]
    );
    assert!(html.contains("4 Leistungen"));
    app.finish().await;
}

#[tokio::test]
async fn search_understands_synonyms_typos_and_other_languages() {
    let app = TestApp::spawn().await;
    for (query, expected) in [
        ("W%C3%A4rmepumpe", "erdwaermesonde-anzeigen"),
        ("Jagtschein", "jagdschein-verlaengern"),
        ("rote+Karte", "belehrung-infektionsschutz"),
        ("dog+tax&lang=en", "hund-anmelden-unna"),
        (
            "%D8%B1%D8%AE%D8%B5%D8%A9+%D8%B5%D9%8A%D8%AF&lang=ar",
            "jagdschein-verlaengern",
        ),
    ] {
        let html = app.page(&format!("/leistungen?q={query}")).await;
        assert_eq!(
            service_links(&html).first().map(String::as_str),
            Some(expected),
            "{query}"
        );
    }
    let nothing = app.page("/leistungen?q=Raumfahrt").await;
    assert!(nothing.contains("Keine Leistungen für „Raumfahrt“"));
    assert!(nothing.contains("Wir haben keine passende Leistung gefunden"));
    app.finish().await;
}

#[tokio::test]
async fn filters_by_life_situation_and_town_combine_with_search() {
    let app = TestApp::spawn().await;
    let animals = app.page("/leistungen?lebenslage=tiere-und-jagd").await;
    assert_eq!(
        service_links(&animals),
        ["hund-anmelden-unna", "jagdschein-verlaengern"]
    );
    assert!(
        animals.contains("href=\"/leistungen?lebenslage=tiere-und-jagd\" aria-current=\"true\"")
    );
    let werne = app
        .page("/leistungen?ort=05978040&lebenslage=tiere-und-jagd")
        .await;
    assert_eq!(
        service_links(&werne),
        ["jagdschein-verlaengern"],
        "Unna's dog tax is not Werne's"
    );
    assert!(werne.contains("<option value=\"05978040\" selected>Werne</option>"));
    app.finish().await;
}

#[tokio::test]
async fn unknown_filters_are_a_bad_request_and_long_queries_are_cut() {
    let app = TestApp::spawn().await;
    for path in [
        "/leistungen?lebenslage=weltraum",
        "/leistungen?ort=12345678",
        "/leistungen?ort=%3Cscript%3E",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 400, "{path}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("Die Anfrage ist ungültig")
        );
    }
    let long = "a".repeat(5000);
    let response = app.get(&format!("/leistungen?q={long}")).await;
    assert_eq!(response.status(), 200);
    assert!(!response.text().await.unwrap().contains(&"a".repeat(201)));
    app.finish().await;
}

#[tokio::test]
async fn a_service_page_says_what_you_need_what_it_costs_and_who_decides() {
    let app = TestApp::spawn().await;
    let html = app.page("/leistungen/jagdschein-verlaengern").await;
    assert_eq!(
        title(&html),
        "Jagdschein verlängern – Kreisportal Kreis Unna"
    );
    for part in [
        "Was Sie brauchen",
        "Kosten",
        "Dauer",
        "Zuständig",
        "Rechtsgrundlage",
        "Nachweis der Jagdhaftpflichtversicherung",
        "Untere Jagdbehörde, Kreis Unna",
        "§§ 15 bis 18 Bundesjagdgesetz (BJagdG)",
        "Das Ausfüllen dauert etwa 10 Minuten.",
    ] {
        assert!(html.contains(part), "missing {part}");
    }
    let english = app.page("/leistungen/hund-anmelden-unna?lang=en").await;
    assert!(english.contains("Tax office of the town of Unna"));
    assert_eq!(app.get("/leistungen/gibt-es-nicht").await.status(), 404);
    app.finish().await;
}
