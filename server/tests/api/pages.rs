//! Every page in every language: the right `lang` and `dir`, a unique title, the layout
//! landmarks, and the skip link first.

use std::collections::BTreeSet;

use domain::Locale;

use crate::helpers::{TestApp, html_lang_dir, title};

/// Every page a visitor can reach without submitting a form.
pub const PAGES: &[&str] = &[
    "/",
    "/barrierefreiheit",
    "/leichte-sprache",
    "/gebaerdensprache",
    "/impressum",
    "/datenschutz",
];

#[tokio::test]
async fn the_start_page_is_german_by_default() {
    let app = TestApp::spawn().await;
    let html = app.page("/").await;
    assert_eq!(html_lang_dir(&html), ("de".into(), "ltr".into()));
    assert_eq!(title(&html), "Startseite – Kreisportal Kreis Unna");
    assert!(html.contains("Willkommen im Kreisportal Kreis Unna"));
    app.finish().await;
}

#[tokio::test]
async fn arabic_browsers_get_arabic_right_to_left() {
    let app = TestApp::spawn().await;
    let response = app
        .get_with("/", &[("accept-language", "ar,de;q=0.5")])
        .await;
    let html = response.text().await.unwrap();
    assert_eq!(html_lang_dir(&html), ("ar".into(), "rtl".into()));
    assert!(
        html.contains("الانتقال إلى المحتوى"),
        "the skip link is in Arabic"
    );
    app.finish().await;
}

#[tokio::test]
async fn every_page_renders_in_every_language_with_a_unique_title() {
    let app = TestApp::spawn().await;
    for locale in Locale::ALL {
        let tenant = app
            .portal
            .storage
            .tenant("kreis-unna")
            .await
            .unwrap()
            .unwrap();
        let suffix = format!(" – Kreisportal {}", tenant.name.get(locale));
        let mut titles = BTreeSet::new();
        for path in PAGES {
            let html = app.page(&format!("{path}?lang={}", locale.tag())).await;
            let (lang, dir) = html_lang_dir(&html);
            assert_eq!(lang, locale.tag(), "{path}");
            assert_eq!(dir, locale.direction().as_str(), "{path}");
            let page_title = title(&html);
            assert!(
                page_title.ends_with(&suffix),
                "{path} in {lang}: {page_title}"
            );
            assert!(
                titles.insert(page_title.clone()),
                "title used twice: {page_title}"
            );
            for landmark in ["<header", "<main id=\"main\"", "<footer", "<nav"] {
                assert!(html.contains(landmark), "{path} in {lang} lacks {landmark}");
            }
            let body = &html[html.find("<body>").unwrap()..];
            assert!(
                body.starts_with("<body><a href=\"#main\" class=\"skip-link\">"),
                "{path}: skip link first"
            );
        }
    }
    app.finish().await;
}

#[tokio::test]
async fn the_language_switcher_names_each_language_in_itself() {
    let app = TestApp::spawn().await;
    let html = app.page("/impressum?lang=tr").await;
    for locale in Locale::ALL {
        let link = format!(
            "<a href=\"/impressum?lang={tag}\" lang=\"{tag}\" hreflang=\"{tag}\"",
            tag = locale.tag()
        );
        assert!(html.contains(&link), "missing {link}");
        assert!(html.contains(locale.endonym()));
    }
    assert!(html.contains("hreflang=\"tr\" dir=\"ltr\" aria-current=\"true\">Türkçe"));
    app.finish().await;
}

#[tokio::test]
async fn a_chosen_language_is_remembered_in_a_cookie() {
    let app = TestApp::spawn().await;
    let response = app.get("/?lang=uk").await;
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("kp_lang=uk; Path=/;"), "{cookie}");
    for flag in ["SameSite=Lax", "HttpOnly"] {
        assert!(cookie.contains(flag), "{cookie}");
    }
    assert!(!cookie.contains("Secure"), "plain http in tests: {cookie}");

    let html = app
        .get_with(
            "/impressum",
            &[("cookie", "kp_lang=uk"), ("accept-language", "en")],
        )
        .await;
    assert_eq!(html_lang_dir(&html.text().await.unwrap()).0, "uk");
    app.finish().await;
}

#[tokio::test]
async fn the_demo_tenant_shows_its_towns_and_says_it_is_a_demo() {
    let app = TestApp::spawn().await;
    let html = app.page("/").await;
    for town in [
        "Stadt Bergkamen",
        "Gemeinde Bönen",
        "Stadt Fröndenberg/Ruhr",
        "Gemeinde Holzwickede",
        "Stadt Kamen",
        "Stadt Lünen",
        "Stadt Schwerte",
        "Stadt Selm",
        "Stadt Unna",
        "Stadt Werne",
    ] {
        assert!(html.contains(town), "{town}");
    }
    assert!(html.contains("class=\"demo-banner\""));
    assert!(
        app.page("/impressum")
            .await
            .contains("Landrätin Dr. Miriam Feldhaus")
    );
    app.finish().await;
}

#[tokio::test]
async fn the_report_a_barrier_link_names_the_page_it_was_followed_from() {
    let app = TestApp::spawn().await;
    let html = app.page("/datenschutz").await;
    assert!(html.contains("href=\"/barrierefreiheit?seite=/datenschutz#rueckmeldung\""));
    let form = app.page("/barrierefreiheit?seite=/datenschutz").await;
    assert!(
        form.contains("name=\"page\" type=\"text\" value=\"/datenschutz\""),
        "prefilled"
    );
    app.finish().await;
}

#[tokio::test]
async fn assets_are_served_with_long_caching_and_unknown_ones_are_not() {
    let app = TestApp::spawn().await;
    let html = app.page("/").await;
    let start = html.find("/assets/kreisportal.").unwrap();
    let href = &html[start..start + html[start..].find('"').unwrap()];
    let css = app.get(href).await;
    assert_eq!(css.status(), 200);
    assert_eq!(css.headers()["content-type"], "text/css; charset=utf-8");
    assert_eq!(
        css.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert!(css.text().await.unwrap().contains("--colour-focus"));
    assert_eq!(
        app.get("/assets/kreisportal.0000000000000000.css")
            .await
            .status(),
        404
    );
    app.finish().await;
}
