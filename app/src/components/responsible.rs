//! Who is responsible for a service, in the page's language.

use domain::service::ServiceDefinition;

use crate::context::page_context;

pub fn responsible_authority(service: &ServiceDefinition) -> String {
    let context = page_context();
    i18n::authority::responsible_authority(
        &context.catalog,
        context.locale,
        &context.tenant,
        service,
    )
}
