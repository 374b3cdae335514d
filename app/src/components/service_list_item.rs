//! One service in the catalogue list: its title as a link, its summary, who is responsible.

use std::sync::Arc;

use domain::service::ServiceDefinition;
use leptos::prelude::*;

use crate::components::responsible_authority;
use crate::context::page_context;

#[component]
pub fn ServiceListItem(service: Arc<ServiceDefinition>) -> impl IntoView {
    let context = page_context();
    let locale = context.locale;
    let href = format!("/leistungen/{}", service.id);
    view! {
        <li class="service-list__item">
            <h3 class="service-list__title"><a href=href>{service.title.get(locale).to_owned()}</a></h3>
            <p>{service.summary.get(locale).to_owned()}</p>
            <p class="service-list__meta">{responsible_authority(&service)}</p>
        </li>
    }
}
