//! Who is responsible for a service, as one line: the unit of the district, or the town's
//! office.

use domain::service::{Authority, ServiceDefinition};
use i18n::Args;

use crate::context::page_context;
use crate::t_with;

pub fn responsible_authority(service: &ServiceDefinition) -> String {
    let context = page_context();
    let locale = context.locale;
    let tenant = &context.tenant;
    match &service.authority {
        Authority::District { unit } => {
            let unit = tenant.units.iter().find(|u| &u.code == unit);
            let args = Args::new()
                .text(
                    "unit",
                    unit.map(|u| u.name.get(locale).to_owned())
                        .unwrap_or_default(),
                )
                .text("authority", tenant.name.get(locale));
            t_with("service-responsible-district", &args)
        }
        Authority::Town { office, .. } => office.get(locale).to_owned(),
    }
}
