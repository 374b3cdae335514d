//! Who is responsible for a service, as one line: the unit of the district, or the town's
//! office. Pages, mails and documents say it the same way.

use domain::Tenant;
use domain::service::{Authority, ServiceDefinition};

use crate::{Args, Catalog, Locale};

pub fn responsible_authority(
    catalog: &Catalog,
    locale: Locale,
    tenant: &Tenant,
    service: &ServiceDefinition,
) -> String {
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
            catalog.text_with(locale, "service-responsible-district", &args)
        }
        Authority::Town { office, .. } => office.get(locale).to_owned(),
    }
}
