//! Uploads in the assistant: posted with the step (multipart, no JavaScript), checked by content
//! and name, size and count, scanned by a real clamd, kept under generated keys, downloadable
//! only with the draft's token, removable until the submit.

use std::path::Path;

use domain::application::DraftToken;
use files::testing::{Clamd, EICAR};

use crate::apply::{location, start};
use crate::helpers::{Part, TestApp};

pub const GEOTHERMAL: &str = "erdwaermesonde-anzeigen";

pub fn pdf(text: &str) -> Vec<u8> {
    format!("%PDF-1.7\n% {text}\n%%EOF\n").into_bytes()
}

const PNG: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D,
];

/// Posts the company step with these files for the site plan.
pub async fn post_company(
    app: &TestApp,
    token: &str,
    kept: &[&str],
    files: &[(&str, &[u8])],
    action: &str,
) -> reqwest::Response {
    let mut parts = vec![
        Part::Field("company_name", "Bohrtechnik Hellweg GmbH"),
        Part::Field("certified", "yes"),
    ];
    parts.extend(kept.iter().map(|id| Part::Field("site_plan", id)));
    parts.extend(
        files
            .iter()
            .map(|(name, content)| Part::File("site_plan", name, content)),
    );
    parts.push(Part::Field("_aktion", action));
    app.post_multipart(&format!("/antrag/{token}/schritt/company"), &parts)
        .await
}

/// The ids of the files listed for the site plan on the company step.
async fn uploaded_ids(app: &TestApp, token: &str) -> Vec<String> {
    let page = app.page(&format!("/antrag/{token}/schritt/company")).await;
    let marker = "<input type=\"hidden\" name=\"site_plan\" value=\"";
    page.match_indices(marker)
        .map(|(start, _)| {
            let rest = &page[start + marker.len()..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
        .collect()
}

pub fn files_in(folder: &Path) -> usize {
    walk(folder)
}

fn walk(folder: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return 0;
    };
    entries
        .map(|entry| entry.unwrap().path())
        .map(|path| if path.is_dir() { walk(&path) } else { 1 })
        .sum()
}

#[tokio::test]
async fn a_file_goes_up_with_its_step_comes_back_as_a_download_and_can_be_removed() {
    let app = TestApp::spawn().await;
    let token = start(&app, GEOTHERMAL).await;
    let content = pdf("Lageplan");
    let response = post_company(
        &app,
        &token,
        &[],
        &[("C:\\Users\\kim\\Lageplan Grundstück.pdf", &content)],
        "weiter",
    )
    .await;
    assert_eq!(location(&response), format!("/antrag/{token}/pruefen"));

    let page = app.page(&format!("/antrag/{token}/schritt/company")).await;
    assert!(
        page.contains("Lageplan Grundstück.pdf"),
        "the name without the path"
    );
    let meta = &page[page.find("uploads__meta").expect("a file list")..][..80];
    assert!(
        page.contains("1 KB, hochgeladen"),
        "no scanner configured: said so: {meta}"
    );
    assert!(page.contains("Lageplan Grundstück.pdf entfernen"));
    let ids = uploaded_ids(&app, &token).await;
    assert_eq!(ids.len(), 1);
    let check = app.page(&format!("/antrag/{token}/pruefen")).await;
    assert!(check.contains("Lageplan Grundstück.pdf"));

    let download = app.get(&format!("/antrag/{token}/datei/{}", ids[0])).await;
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()["content-type"], "application/pdf");
    assert_eq!(
        download.headers()["content-disposition"],
        "attachment; filename=\"Lageplan_Grundst_ck.pdf\"; filename*=UTF-8''Lageplan%20Grundst%C3%BCck.pdf"
    );
    assert_eq!(download.headers()["cache-control"], "no-store");
    assert_eq!(download.bytes().await.unwrap().as_ref(), content.as_slice());

    // Another draft's token does not open it.
    let other = start(&app, GEOTHERMAL).await;
    let refused = app.get(&format!("/antrag/{other}/datei/{}", ids[0])).await;
    assert_eq!(refused.status(), 404);

    let removed = post_company(
        &app,
        &token,
        &ids.iter().map(String::as_str).collect::<Vec<_>>(),
        &[],
        &format!("datei-entfernen:{}", ids[0]),
    )
    .await;
    assert_eq!(
        location(&removed),
        format!("/antrag/{token}/schritt/company#site_plan")
    );
    assert!(uploaded_ids(&app, &token).await.is_empty());
    assert_eq!(
        files_in(&app.files_folder),
        0,
        "the file is deleted, not only unlisted"
    );
    let gone = app.get(&format!("/antrag/{token}/datei/{}", ids[0])).await;
    assert_eq!(gone.status(), 404);
    app.finish().await;
}

#[tokio::test]
async fn files_that_do_not_fit_the_field_are_refused_with_the_reason_and_not_kept() {
    let app = TestApp::spawn().await;
    let token = start(&app, GEOTHERMAL).await;
    let mut too_large = pdf("gross");
    too_large.resize(20 * 1024 * 1024 + 1, b' ');
    for (name, content, message) in [
        (
            "leer.pdf",
            Vec::new(),
            "Die Datei leer.pdf ist leer; wählen Sie bei „Lageplan mit den Bohrpunkten“ eine andere Datei",
        ),
        (
            "programm.exe",
            b"MZ\x90\x00 a program".to_vec(),
            "Die Datei programm.exe hat kein passendes Format; laden Sie bei „Lageplan mit den Bohrpunkten“ eine Datei im Format PDF, JPG, PNG hoch",
        ),
        (
            "getarnt.pdf",
            b"<html><script>alert(1)</script></html>".to_vec(),
            "Die Datei getarnt.pdf hat kein passendes Format",
        ),
        (
            "bild.pdf",
            PNG.to_vec(),
            "Die Datei bild.pdf hat kein passendes Format",
        ),
        (
            "riesig.pdf",
            too_large,
            "Die Datei riesig.pdf ist zu groß; bei „Lageplan mit den Bohrpunkten“ sind höchstens 20 MB je Datei möglich",
        ),
    ] {
        let response = post_company(&app, &token, &[], &[(name, &content)], "weiter").await;
        assert_eq!(response.status(), 422, "{name}");
        let html = response.text().await.unwrap();
        assert!(html.contains(message), "{name}: {message}");
        assert!(
            html.contains("href=\"#site_plan\""),
            "{name}: the summary leads to the field"
        );
        assert!(
            html.contains("value=\"Bohrtechnik Hellweg GmbH\""),
            "{name}: the rest is kept"
        );
    }
    assert_eq!(
        files_in(&app.files_folder),
        0,
        "nothing refused stays on disk"
    );

    let four: Vec<(String, Vec<u8>)> = (1..=4)
        .map(|n| (format!("plan-{n}.pdf"), pdf(&format!("Plan {n}"))))
        .collect();
    let posted: Vec<(&str, &[u8])> = four
        .iter()
        .map(|(name, content)| (name.as_str(), content.as_slice()))
        .collect();
    let response = post_company(&app, &token, &[], &posted, "weiter").await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Bei „Lageplan mit den Bohrpunkten“ können Sie höchstens 3 Dateien hochladen; entfernen Sie erst eine, um plan-4.pdf hinzuzufügen"));
    assert_eq!(
        uploaded_ids(&app, &token).await.len(),
        3,
        "the first three are kept"
    );
    assert_eq!(files_in(&app.files_folder), 3);
    app.finish().await;
}

#[tokio::test]
async fn malware_is_refused_and_clean_files_are_marked_checked() {
    let Some(clamd) = Clamd::start() else { return };
    let app = TestApp::builder()
        .clamd(&format!("tcp:{}", clamd.address()))
        .spawn()
        .await
        .expect("SQLite");
    let token = start(&app, GEOTHERMAL).await;
    let infected = [b"%PDF-1.7\n%".as_slice(), EICAR, b"\n%%EOF\n"].concat();
    let response = post_company(&app, &token, &[], &[("rechnung.pdf", &infected)], "weiter").await;
    assert_eq!(response.status(), 422);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Die Datei rechnung.pdf enthält Schadsoftware und wurde nicht angenommen")
    );
    assert_eq!(files_in(&app.files_folder), 0);

    let response = post_company(
        &app,
        &token,
        &[],
        &[("lageplan.pdf", &pdf("sauber"))],
        "weiter",
    )
    .await;
    assert_eq!(response.status(), 303);
    let page = app.page(&format!("/antrag/{token}/schritt/company")).await;
    assert!(page.contains("auf Schadsoftware geprüft"));
    app.finish().await;
}

#[tokio::test]
async fn when_the_scanner_is_down_files_are_kept_in_quarantine_not_waved_through() {
    let unused = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = TestApp::builder()
        .clamd(&format!("tcp:127.0.0.1:{unused}"))
        .spawn()
        .await
        .expect("SQLite");
    let token = start(&app, GEOTHERMAL).await;
    let response = post_company(&app, &token, &[], &[("lageplan.pdf", &pdf("x"))], "weiter").await;
    assert_eq!(response.status(), 303, "the applicant is not stopped");
    let page = app.page(&format!("/antrag/{token}/schritt/company")).await;
    assert!(page.contains("wird noch auf Schadsoftware geprüft"));
    let draft = DraftToken::parse(&token).unwrap();
    let uploads = app.portal.storage.uploads_for_draft(&draft).await.unwrap();
    assert_eq!(uploads[0].scan_state.as_str(), "quarantined");
    app.finish().await;
}

#[tokio::test]
async fn another_drafts_files_and_unknown_file_inputs_are_refused() {
    let app = TestApp::spawn().await;
    let owner = start(&app, GEOTHERMAL).await;
    post_company(&app, &owner, &[], &[("plan.pdf", &pdf("a"))], "weiter").await;
    let ids = uploaded_ids(&app, &owner).await;

    let intruder = start(&app, GEOTHERMAL).await;
    let claimed = post_company(&app, &intruder, &[&ids[0]], &[], "weiter").await;
    assert_eq!(claimed.status(), 400, "naming another draft's upload");
    let removal = post_company(
        &app,
        &intruder,
        &[],
        &[],
        &format!("datei-entfernen:{}", ids[0]),
    )
    .await;
    assert_eq!(removal.status(), 400, "removing another draft's upload");
    assert_eq!(
        uploaded_ids(&app, &owner).await,
        ids,
        "the owner's file is untouched"
    );

    let stray = app
        .post_multipart(
            &format!("/antrag/{intruder}/schritt/company"),
            &[Part::File("company_name", "x.pdf", &pdf("b"))],
        )
        .await;
    assert_eq!(stray.status(), 400, "a file for a field that takes none");
    let garbled = app
        .client
        .post(app.url(&format!("/antrag/{intruder}/schritt/company")))
        .header("sec-fetch-site", "same-origin")
        .header("content-type", "multipart/form-data; boundary=xyz")
        .body("--xyz\r\nContent-Disposition: form-data; name=\"site_plan\"; filename=\"a.pdf\"\r\n\r\n%PDF-")
        .send()
        .await
        .unwrap();
    assert_eq!(garbled.status(), 400, "a body cut off in the middle");
    assert_eq!(
        files_in(&app.files_folder.join("staging")),
        0,
        "nothing half-received stays"
    );
    assert_eq!(files_in(&app.files_folder), 1);
    app.finish().await;
}

/// Fills the geothermal notice's steps before the company step.
async fn fill_geothermal(app: &TestApp, token: &str) {
    let start = time::OffsetDateTime::now_utc().date() + time::Duration::days(30);
    let (day, month, year) = (
        start.day().to_string(),
        u8::from(start.month()).to_string(),
        start.year().to_string(),
    );
    for (step, fields) in [
        (
            "applicant",
            vec![
                ("name", "Kim Osterholt"),
                ("address.street", "Bahnhofstraße 12"),
                ("address.postcode", "59423"),
                ("address.city", "Unna"),
                ("email", "kim.osterholt@example.org"),
                ("phone", ""),
            ],
        ),
        (
            "property",
            vec![
                ("site.street", "Am Mühlenbach 3"),
                ("site.postcode", "59423"),
                ("site.city", "Unna"),
                ("parcel", "Gemarkung Unna, Flur 7, Flurstück 112"),
                ("owner", "yes"),
            ],
        ),
        (
            "drilling",
            vec![
                ("boreholes.items", "1"),
                ("boreholes.0.depth", "99,5"),
                ("boreholes.0.easting", "404150"),
                ("boreholes.0.northing", "5716420"),
                ("heat_output", "9,5"),
                ("start.day", &day),
                ("start.month", &month),
                ("start.year", &year),
            ],
        ),
    ] {
        let response = crate::apply::post_step(app, token, step, &fields).await;
        assert_eq!(
            response.status(),
            303,
            "{step}: {}",
            response.text().await.unwrap()
        );
    }
}

#[tokio::test]
async fn submitted_files_stay_with_the_submission_and_can_no_longer_be_removed() {
    let app = TestApp::spawn().await;
    let token = start(&app, GEOTHERMAL).await;
    fill_geothermal(&app, &token).await;
    let response = post_company(&app, &token, &[], &[("plan.pdf", &pdf("a"))], "weiter").await;
    assert_eq!(location(&response), format!("/antrag/{token}/pruefen"));
    let ids = uploaded_ids(&app, &token).await;
    let upload = app.portal.storage.upload(&ids[0]).await.unwrap().unwrap();
    assert!(upload.storage_key.starts_with(&format!("drafts/{token}/")));
    assert!(
        !upload.storage_key.contains("plan"),
        "keys are generated, names are data"
    );

    let submitted = app
        .post_form(
            &format!("/antrag/{token}/absenden"),
            &[("erklaerung", "ja")],
        )
        .await;
    assert_eq!(location(&submitted), format!("/antrag/{token}/eingereicht"));
    let removal = post_company(
        &app,
        &token,
        &ids.iter().map(String::as_str).collect::<Vec<_>>(),
        &[],
        &format!("datei-entfernen:{}", ids[0]),
    )
    .await;
    assert_eq!(location(&removal), format!("/antrag/{token}/eingereicht"));
    assert_eq!(files_in(&app.files_folder), 1, "the submitted file stays");
    let download = app.get(&format!("/antrag/{token}/datei/{}", ids[0])).await;
    assert_eq!(
        download.status(),
        200,
        "the applicant can still see what was sent"
    );
    app.run_jobs().await;
    app.finish().await;
}

/// Used by the PostgreSQL journey: a file up, listed, and down again.
pub async fn upload_a_site_plan_on_postgres(app: &TestApp) {
    let token = start(app, GEOTHERMAL).await;
    let content = pdf("Lageplan");
    let response = post_company(app, &token, &[], &[("lageplan.pdf", &content)], "weiter").await;
    assert_eq!(response.status(), 303);
    let ids = uploaded_ids(app, &token).await;
    let download = app.get(&format!("/antrag/{token}/datei/{}", ids[0])).await;
    assert_eq!(download.bytes().await.unwrap().as_ref(), content.as_slice());
}

#[tokio::test]
async fn with_the_s3_store_files_go_to_the_bucket_and_come_back_from_it() {
    use files::testing::MockS3;
    use files::{Credentials, S3Location, S3Store};
    use server::config::{FileStoreKind, Secret};
    use services::uploads::FileStore;

    let Some(s3) = MockS3::start() else { return };
    let endpoint = s3.endpoint();
    let place = S3Location {
        endpoint: endpoint.clone(),
        bucket: "kreisportal".into(),
        credentials: Credentials {
            access_key: "kreisportal-test".into(),
            secret_key: "not-a-real-secret".into(),
            region: "us-east-1".into(),
        },
    };
    let bucket = S3Store::new(place, std::env::temp_dir()).unwrap();
    bucket.create_bucket().await.unwrap();
    let app = TestApp::builder()
        .configure(move |config| {
            config.uploads.store = FileStoreKind::S3;
            config.uploads.s3.endpoint = endpoint;
            config.uploads.s3.access_key = "kreisportal-test".into();
            config.uploads.s3.secret_key = Some(Secret::new("not-a-real-secret"));
        })
        .spawn()
        .await
        .expect("SQLite");
    let token = start(&app, GEOTHERMAL).await;
    let content = pdf("Lageplan im Bucket");
    let response = post_company(&app, &token, &[], &[("lageplan.pdf", &content)], "weiter").await;
    assert_eq!(location(&response), format!("/antrag/{token}/pruefen"));
    let ids = uploaded_ids(&app, &token).await;
    let upload = app.portal.storage.upload(&ids[0]).await.unwrap().unwrap();
    assert_eq!(
        bucket.read(&upload.storage_key).await.unwrap(),
        content,
        "in the bucket"
    );
    assert_eq!(
        files_in(&app.files_folder),
        0,
        "nothing stays on the instance's disk"
    );
    let download = app.get(&format!("/antrag/{token}/datei/{}", ids[0])).await;
    assert_eq!(download.bytes().await.unwrap().as_ref(), content.as_slice());
    app.finish().await;
}
