//! The route table. Paths are German, as the portal's citizens read them.

mod account;
mod akten;
mod api;
mod api_clients;
mod apply;
mod back_office;
mod case_decision;
mod cases;
mod catalogue;
mod content;
mod dashboard;
mod disposal;
mod download;
mod feedback;
mod health;
mod home;
mod local_account;
mod organisations;
mod personal_data;
mod postfach;
mod search;
mod units;

use axum::Router;
use axum::http::StatusCode;
use axum::routing::{get, post};

use super::{AppState, assets, metrics};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::show))
        .route("/leistungen", get(catalogue::list))
        .route("/leistungen/{id}", get(catalogue::show))
        .route("/leistungen/{id}/antrag", post(apply::start))
        .route(
            "/antrag/fortsetzen",
            get(apply::show_resume).post(apply::resume_by_code),
        )
        .route("/antrag/{token}", get(apply::resume))
        .route("/antrag/{token}/pruefen", get(apply::show_check))
        .route(
            "/antrag/{token}/schritt/{step}/pruefen",
            post(apply::check_step),
        )
        .route("/antrag/{token}/absenden", post(apply::submit))
        .route("/antrag/{token}/eingereicht", get(apply::receipt))
        .route(
            "/antrag/{token}/eingereicht/bestaetigung.pdf",
            get(download::receipt),
        )
        .route("/antrag/{token}/gespeichert", get(apply::saved))
        .route("/antrag/{token}/link-senden", post(apply::send_link))
        .route("/antrag/{token}/datei/{id}", get(download::upload))
        .route("/status", get(apply::status))
        .route("/anmelden", get(account::log_in))
        .route("/anmelden/rueckkehr", get(account::callback))
        .route("/anmelden/servicekonto", get(account::provider_login))
        .route("/anmelden/passwort", post(local_account::log_in))
        .route(
            "/registrieren",
            get(local_account::show_register).post(local_account::register),
        )
        .route(
            "/registrieren/gesendet",
            get(local_account::registration_sent),
        )
        .route(
            "/konto/bestaetigen/{token}",
            get(local_account::show_confirm).post(local_account::confirm),
        )
        .route(
            "/passwort-vergessen",
            get(local_account::show_forgot).post(local_account::forgot),
        )
        .route(
            "/passwort-vergessen/gesendet",
            get(local_account::reset_sent),
        )
        .route(
            "/passwort-neu/{token}",
            get(local_account::show_new_password).post(local_account::set_password),
        )
        .route("/abmelden", post(account::log_out))
        .route("/abgemeldet", get(account::logged_out))
        .route("/konto", get(account::show))
        .route("/sitzung/verlaengern", post(account::keep_alive))
        .route(
            "/konto/sitzungen-beenden",
            post(account::log_out_everywhere),
        )
        .route("/konto/postfach", get(postfach::list))
        .route("/konto/postfach/einwilligung", post(postfach::set_consent))
        .route("/konto/postfach/{id}", get(postfach::show))
        .route("/konto/postfach/{id}/brief", get(postfach::letter))
        .route("/konto/daten", get(personal_data::show))
        .route("/konto/daten.json", get(personal_data::download))
        .route(
            "/konto/loeschen",
            get(personal_data::show_delete).post(personal_data::delete),
        )
        .route("/konto-geloescht", get(personal_data::deleted))
        .route(
            "/organisationen",
            get(organisations::list).post(organisations::create),
        )
        .route("/organisationen/{id}", get(organisations::show))
        .route(
            "/organisationen/{id}/einladungen",
            post(organisations::invite),
        )
        .route(
            "/organisationen/{id}/einladungen/zurueckziehen",
            post(organisations::withdraw),
        )
        .route(
            "/organisationen/{id}/mitglieder/{member}/rolle",
            post(organisations::set_role),
        )
        .route(
            "/organisationen/{id}/mitglieder/{member}/entfernen",
            post(organisations::remove),
        )
        .route("/organisationen/{id}/verlassen", post(organisations::leave))
        .route(
            "/organisationen/einladung/{token}",
            get(organisations::show_invitation),
        )
        .route(
            "/organisationen/einladung/{token}/annehmen",
            post(organisations::accept),
        )
        .route("/verwaltung", get(back_office::home))
        .route(
            "/verwaltung/anmelden",
            get(back_office::show_login).post(back_office::log_in),
        )
        .route(
            "/verwaltung/anmelden/dienst",
            get(back_office::provider_login),
        )
        .route(
            "/verwaltung/anmelden/rueckkehr",
            get(back_office::provider_callback),
        )
        .route("/verwaltung/abmelden", post(back_office::log_out))
        .route(
            "/verwaltung/mitarbeitende",
            get(back_office::list).post(back_office::create),
        )
        .route(
            "/verwaltung/mitarbeitende/{id}",
            get(back_office::show_member),
        )
        .route(
            "/verwaltung/mitarbeitende/{id}/rollen",
            post(back_office::grant),
        )
        .route(
            "/verwaltung/mitarbeitende/{id}/rollen/entfernen",
            post(back_office::revoke),
        )
        .route(
            "/verwaltung/mitarbeitende/{id}/aktiv",
            post(back_office::set_active),
        )
        .route(
            "/verwaltung/einheiten",
            get(units::list).post(units::create),
        )
        .route(
            "/verwaltung/einheiten/{code}",
            get(units::show).post(units::update),
        )
        .route("/verwaltung/posteingang", get(cases::inbox))
        .route("/verwaltung/suche", get(search::search))
        .route("/verwaltung/kennzahlen", get(dashboard::show))
        .route("/offene-daten/bescheide.csv", get(dashboard::open_data_csv))
        .route(
            "/offene-daten/bescheide.json",
            get(dashboard::open_data_json),
        )
        .route("/verwaltung/vorgaenge/{id}", get(cases::show))
        .route("/verwaltung/vorgaenge/{id}/uebernehmen", post(cases::take))
        .route("/verwaltung/vorgaenge/{id}/schritt", post(cases::step))
        .route("/verwaltung/vorgaenge/{id}/nachforderung", post(cases::ask))
        .route("/verwaltung/vorgaenge/{id}/zda", post(cases::file))
        .route("/verwaltung/vorgaenge/{id}/vermerk", post(cases::note))
        .route(
            "/verwaltung/vorgaenge/{id}/entscheidung",
            post(case_decision::prepare),
        )
        .route("/verwaltung/vorgaenge/{id}/zuweisen", post(cases::assign))
        .route(
            "/verwaltung/vorgaenge/{id}/wiedervorlage",
            post(cases::resubmit),
        )
        .route("/verwaltung/akten/{id}", get(akten::show))
        .route("/verwaltung/akten/{id}/schliessen", post(akten::close))
        .route("/verwaltung/akten/{id}/xdomea", get(akten::export_xdomea))
        .route("/verwaltung/akten/{id}/aussondern", post(disposal::dispose))
        .route("/verwaltung/aussonderung", get(disposal::list))
        .route(
            "/verwaltung/anbindungen",
            get(api_clients::list).post(api_clients::create),
        )
        .route(
            "/verwaltung/anbindungen/{id}/widerrufen",
            post(api_clients::revoke),
        )
        .route(
            "/verwaltung/akten/{id}/dokumente/{document}/{version}",
            get(akten::download),
        )
        .route(
            "/verwaltung/vorgaenge/{id}/datei/{upload}",
            get(cases::download),
        )
        .route(
            "/verwaltung/vorgaenge/{id}/datei/{upload}/vorschau",
            get(cases::preview),
        )
        .route("/barrierefreiheit", get(feedback::show_statement))
        .route("/barrierefreiheit/rueckmeldung", post(feedback::submit))
        .route(
            "/barrierefreiheit/rueckmeldung/{key}",
            get(feedback::received),
        )
        .route("/leichte-sprache", get(content::easy_language))
        .route("/gebaerdensprache", get(content::sign_language))
        .route("/impressum", get(content::imprint))
        .route("/datenschutz", get(content::privacy))
        .route("/health", get(health::alive))
        .route("/ready", get(health::ready))
        .route("/metrics", get(metrics::export))
        .route("/assets/{file}", get(assets::serve))
        .fallback(|| async { StatusCode::NOT_FOUND })
}

/// Routes that take files, with their own body limit and timeout.
pub fn upload_routes() -> Router<AppState> {
    Router::new()
        .route(
            "/antrag/{token}/schritt/{step}",
            get(apply::show_step).post(apply::save_step),
        )
        .route(
            "/antrag/{token}/nachforderung",
            get(apply::show_answer).post(apply::answer),
        )
}

/// The REST API for Fachverfahren; documents come as request bodies, so it has its own limit.
pub fn api_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/openapi.json", get(api::openapi))
        .route("/api/v1/cases", get(api::list))
        .route("/api/v1/cases/{id}", get(api::show))
        .route("/api/v1/cases/{id}/files/{file}", get(api::file))
        .route("/api/v1/cases/{id}/state", post(api::report_state))
        .route("/api/v1/cases/{id}/documents", post(api::add_document))
}
