//! Deadline escalation with a clock the test moves: a reminder to the person working on a case
//! two days before its deadline, an escalation to the unit's team leads once it is overdue,
//! each once; a daily digest for everyone with open cases of their own or nobody's.

use std::sync::Arc;

use services::Clock;
use services::clock::ManualClock;
use services::jobs::Worker;
use time::Duration;
use time::macros::datetime;

use crate::apply::{IFSG, fill_ifsg, start};
use crate::back_office::staff_session;
use crate::cases::submit;
use crate::helpers::TestApp;

/// Runs the worker's daily round at the clock's time, and every job it causes.
pub(crate) async fn daily_round(app: &TestApp) {
    Worker::new(Arc::clone(&app.portal))
        .schedule_maintenance()
        .await
        .unwrap();
    app.run_jobs().await;
}

/// How many mails went out whose Message-ID starts with `prefix`.
fn sent(app: &TestApp, prefix: &str) -> usize {
    app.mails()
        .iter()
        .filter(|mail| mail.contains(&format!("Message-ID: <{prefix}")))
        .count()
}

fn to_of(app: &TestApp, prefix: &str) -> Vec<String> {
    app.mails()
        .iter()
        .filter(|mail| mail.contains(&format!("Message-ID: <{prefix}")))
        .filter_map(|mail| {
            mail.lines()
                .find(|line| line.starts_with("To: "))
                .map(str::to_owned)
        })
        .collect()
}

#[tokio::test]
async fn reminders_escalation_and_digest_follow_the_deadline_once_each() {
    let clock = Arc::new(ManualClock::starting_at(datetime!(2026-03-10 11:00 UTC)));
    let app = TestApp::builder()
        .clock(clock.clone())
        .spawn()
        .await
        .expect("SQLite");
    let token = start(&app, IFSG).await;
    fill_ifsg(&app, &token, clock.now().date()).await;
    submit(&app, &token).await;
    app.run_jobs().await;
    let anna = staff_session(&app, "a.berger", "caseworker", "53").await;
    staff_session(&app, "b.schulte", "team_lead", "53").await;
    staff_session(&app, "j.ruhrberg", "caseworker", "69.2").await;
    app.post_form_with("/verwaltung/vorgaenge/1/uebernehmen", &[], &anna)
        .await;

    // Day one: due on 25 March, nothing to remind; Anna's digest lists her case.
    daily_round(&app).await;
    assert_eq!(sent(&app, "erinnerung-") + sent(&app, "eskalation-"), 0);
    assert_eq!(
        to_of(&app, "digest-"),
        ["To: a.berger@kreis-unna.example"],
        "only who has open cases"
    );
    daily_round(&app).await;
    assert_eq!(sent(&app, "digest-"), 1, "once a day");

    // Two days before the deadline: the reminder to Anna, once.
    clock.advance(Duration::days(13) + Duration::hours(1));
    daily_round(&app).await;
    assert_eq!(
        to_of(&app, "erinnerung-1-"),
        ["To: a.berger@kreis-unna.example"]
    );
    let reminder = app
        .mails()
        .into_iter()
        .find(|mail| mail.contains("Message-ID: <erinnerung-1-"))
        .unwrap()
        .replace("=\r\n", "");
    assert!(reminder.contains("KU-2026-000001"));
    assert!(reminder.contains("25.03.2026"));
    assert!(reminder.contains("/verwaltung/vorgaenge/1"));
    assert_eq!(sent(&app, "digest-"), 2, "the new day's digest");
    clock.advance(Duration::days(1));
    daily_round(&app).await;
    assert_eq!(sent(&app, "erinnerung-1-"), 1, "no second reminder");

    // Overdue: the escalation to the team lead, once; Anna is not escalated to.
    clock.advance(Duration::days(2));
    daily_round(&app).await;
    assert_eq!(
        to_of(&app, "eskalation-1-"),
        ["To: b.schulte@kreis-unna.example"]
    );
    clock.advance(Duration::days(1));
    daily_round(&app).await;
    assert_eq!(sent(&app, "eskalation-1-"), 1, "no second escalation");
    app.finish().await;
}

/// The case page's Wiedervorlage form, posted by `cookie`.
async fn resubmit(app: &TestApp, cookie: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    app.post_form_with("/verwaltung/vorgaenge/1/wiedervorlage", fields, cookie)
        .await
}

#[tokio::test]
async fn a_wiedervorlage_brings_the_case_back_on_its_day_once() {
    let clock = Arc::new(ManualClock::starting_at(datetime!(2026-05-04 09:00 UTC)));
    let app = TestApp::builder()
        .clock(clock.clone())
        .spawn()
        .await
        .expect("SQLite");
    let token = start(&app, IFSG).await;
    fill_ifsg(&app, &token, clock.now().date()).await;
    submit(&app, &token).await;
    app.run_jobs().await;
    let anna = staff_session(&app, "a.berger", "caseworker", "53").await;
    let colleague = staff_session(&app, "c.kaya", "caseworker", "53").await;
    let water = staff_session(&app, "j.ruhrberg", "caseworker", "69.2").await;
    app.post_form_with("/verwaltung/vorgaenge/1/uebernehmen", &[], &anna)
        .await;
    let date = |day: &'static str| {
        [
            ("wiedervorlage.day", day),
            ("wiedervorlage.month", "5"),
            ("wiedervorlage.year", "2026"),
        ]
    };

    let past = resubmit(&app, &anna, &date("4")).await;
    assert_eq!(past.status(), 422);
    let html = past.text().await.unwrap();
    assert!(crate::helpers::title(&html).starts_with("Fehler: "));
    assert!(html.contains("Die Wiedervorlage muss nach dem heutigen Tag liegen."));
    assert!(html.contains("href=\"#wiedervorlage.day\""));
    assert!(
        html.contains("name=\"wiedervorlage.day\" type=\"text\" inputmode=\"numeric\" value=\"4\""),
        "typed stays"
    );
    let broken = resubmit(&app, &anna, &date("31x")).await;
    assert_eq!(broken.status(), 422);
    assert_eq!(
        resubmit(&app, &water, &date("7")).await.status(),
        404,
        "need to know"
    );
    let not_hers = resubmit(&app, &colleague, &date("7")).await;
    assert_eq!(
        not_hers.status(),
        409,
        "only who works on it, or a team lead"
    );

    let set = resubmit(&app, &anna, &date("7")).await;
    assert_eq!(
        crate::apply::location(&set),
        "/verwaltung/vorgaenge/1#wiedervorlage-abschnitt"
    );
    let page = app
        .get_with("/verwaltung/vorgaenge/1", &[("cookie", &anna)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Wiedervorlage am 07.05.2026."));
    let due_only = "/verwaltung/posteingang?wiedervorlage=1";
    let inbox = app
        .get_with(due_only, &[("cookie", &anna)])
        .await
        .text()
        .await
        .unwrap();
    assert!(!inbox.contains("/verwaltung/vorgaenge/1\""), "not due yet");
    daily_round(&app).await;
    assert_eq!(sent(&app, "wiedervorlage-"), 0);

    // Its day: a reminder to Anna, once; the inbox marks it and finds it among the due ones.
    clock.advance(Duration::days(3));
    daily_round(&app).await;
    assert_eq!(
        to_of(&app, "wiedervorlage-"),
        ["To: a.berger@kreis-unna.example"]
    );
    let mail = app.mails().concat().replace("=\r\n", "");
    assert!(mail.contains("Subject: Wiedervorlage: Vorgang KU-2026-000001"));
    clock.advance(Duration::days(1));
    daily_round(&app).await;
    assert_eq!(sent(&app, "wiedervorlage-"), 1, "once");
    // Anna's session ended meanwhile; the unit's team lead looks, and may mark it done.
    let lead = staff_session(&app, "b.schulte", "team_lead", "53").await;
    let inbox = app
        .get_with(due_only, &[("cookie", &lead)])
        .await
        .text()
        .await
        .unwrap();
    assert!(inbox.contains("/verwaltung/vorgaenge/1\""), "{inbox}");
    assert!(inbox.contains("Wiedervorlage 07.05.2026"));

    let done = resubmit(&app, &lead, &[("_aktion", "erledigt")]).await;
    assert_eq!(done.status(), 303);
    let page = app
        .get_with("/verwaltung/vorgaenge/1", &[("cookie", &lead)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Keine Wiedervorlage gesetzt."));
    assert!(page.contains("Wiedervorlage gesetzt"), "history");
    assert!(page.contains("Wiedervorlage erledigt"), "history");
    app.finish().await;
}

#[tokio::test]
async fn the_key_figures_count_the_units_cases_by_state_week_and_unit() {
    let clock = Arc::new(ManualClock::starting_at(datetime!(2026-06-03 10:00 UTC)));
    let app = TestApp::builder()
        .clock(clock.clone())
        .spawn()
        .await
        .expect("SQLite");
    for _ in 0..2 {
        let token = start(&app, IFSG).await;
        fill_ifsg(&app, &token, clock.now().date()).await;
        submit(&app, &token).await;
    }
    app.run_jobs().await;
    let anna = staff_session(&app, "a.berger", "caseworker", "53").await;
    let water = staff_session(&app, "j.ruhrberg", "caseworker", "69.2").await;
    app.post_form_with("/verwaltung/vorgaenge/1/uebernehmen", &[], &anna)
        .await;

    let page = app
        .get_with("/verwaltung/kennzahlen", &[("cookie", &anna)])
        .await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert_eq!(
        crate::helpers::title(&html),
        "Kennzahlen – Kreisportal Kreis Unna"
    );
    let svg = &html[html.find("<svg").expect("a chart")..];
    assert!(
        svg.starts_with("<svg role=\"img\" aria-label=\"Balkendiagramm"),
        "{}",
        &svg[..400]
    );
    let row = |label: &str, count: u32| {
        format!("<th scope=\"row\">{label}</th><td class=\"table__number\">{count}</td>")
    };
    assert!(html.contains(&row("Eingegangen", 1)), "{html}");
    assert!(html.contains(&row("In Bearbeitung", 1)));
    assert!(
        html.contains(&row("KW 23 (ab 01.06.2026)", 2)),
        "this week's two"
    );
    assert!(html.contains("<th scope=\"row\">53</th><td class=\"table__number\">2</td>"));
    assert!(html.contains("noch keiner abgeschlossen"));

    let other = app
        .get_with("/verwaltung/kennzahlen", &[("cookie", &water)])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        other.contains(&row("Eingegangen", 0)),
        "another unit's cases are not counted"
    );
    assert!(!other.contains("<th scope=\"row\">53</th>"));
    app.finish().await;
}
