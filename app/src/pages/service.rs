//! A service's page: what it is, what you need, what it costs, how long it takes, who decides,
//! the legal basis, and the way in.

use std::sync::Arc;

use domain::organisation::OrganisationId;
use domain::service::ServiceDefinition;
use i18n::Args;
use leptos::prelude::*;

use crate::components::responsible_authority;
use crate::context::page_context;
use crate::{t, t_with};

#[component]
pub fn ServicePage(
    service: Arc<ServiceDefinition>,
    /// Organisations the visitor may apply for; with any, they choose for whom.
    apply_for: Vec<(OrganisationId, String)>,
) -> impl IntoView {
    let for_whom = (!apply_for.is_empty()).then(|| {
        let organisations = apply_for
            .into_iter()
            .map(|(id, name)| {
                let input_id = format!("fuer-{id}");
                view! {
                    <div class="choices__item">
                        <input class="choices__input" type="radio" id=input_id.clone() name="fuer"
                            value=format!("organisation:{id}")/>
                        <label class="choices__label" for=input_id>{name}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{t("service-apply-for")}</legend>
                <div class="choices">
                    <div class="choices__item">
                        <input class="choices__input" type="radio" id="fuer-person" name="fuer" value="person" checked=true/>
                        <label class="choices__label" for="fuer-person">{t("service-apply-for-self")}</label>
                    </div>
                    {organisations}
                </div>
            </fieldset>
        }
    });
    let locale = page_context().locale;
    let paragraphs = service
        .description
        .get(locale)
        .split("\n\n")
        .map(|paragraph| view! { <p>{paragraph.trim().to_owned()}</p> })
        .collect_view();
    let documents = if service.required_documents.is_empty() {
        view! { <p>{t("service-no-documents")}</p> }.into_any()
    } else {
        let items = service
            .required_documents
            .iter()
            .map(|document| view! { <li>{document.get(locale).to_owned()}</li> })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    let legal_basis = service
        .legal_basis
        .iter()
        .map(|law| view! { <li>{law.get(locale).to_owned()}</li> })
        .collect_view();
    let minutes = Args::new().number("minutes", i64::from(service.minutes_to_complete));

    view! {
        <nav class="breadcrumbs" aria-label=t("breadcrumbs-label")>
            <ol>
                <li><a href="/">{t("nav-home")}</a></li>
                <li><a href="/leistungen">{t("catalogue-title")}</a></li>
            </ol>
        </nav>
        <h1>{service.title.get(locale).to_owned()}</h1>
        <p class="lead">{service.summary.get(locale).to_owned()}</p>
        {paragraphs}

        <h2>{t("service-what-you-need")}</h2>
        {documents}

        <h2>{t("service-costs")}</h2>
        <p>{service.fees.get(locale).to_owned()}</p>

        <h2>{t("service-duration")}</h2>
        <p>{t_with("service-processing-time", &Args::new().text("time", service.processing_time.get(locale)))}</p>
        <p>{t_with("service-minutes-to-complete", &minutes)}</p>

        <form class="start-form" method="post" action=format!("/leistungen/{}/antrag", service.id)>
            {for_whom}
            <button class="button button--start" type="submit">{t("service-apply")}</button>
        </form>
        <p>{t("service-resume-hint")}" "<a href="/antrag/fortsetzen">{t("service-resume-link")}</a></p>

        <h2>{t("service-responsible")}</h2>
        <p>{responsible_authority(&service)}</p>

        <h2>{t("service-legal-basis")}</h2>
        <ul>{legal_basis}</ul>
    }
}
