//! Test data for the story, invented like all demo data.

use domain::{Tenant, TenantDefinition};
use time::OffsetDateTime;

pub fn tenant(slug: &str) -> Tenant {
    let address =
        serde_json::json!({ "street": "Musterweg 3", "postcode": "59425", "city": "Unna" });
    let contact = |name: &str| {
        serde_json::json!({
            "name": { "de": name, "en": format!("{name} (en)") },
            "email": "kontakt@kreis-story.example",
            "phone": "+49 2303 555-10",
            "address": address,
        })
    };
    let definition: TenantDefinition = serde_json::from_value(serde_json::json!({
        "slug": slug,
        "demo": true,
        "name": { "de": "Kreis Story", "ar": "مقاطعة ستوري" },
        "authority": { "de": "Kreis Story – Der Landrat" },
        "representative": "Landrätin Erika Muster",
        "supervisory_authority": { "de": "Bezirksregierung Beispiel" },
        "address": address,
        "phone": "+49 2303 555-0",
        "email": "post@kreis-story.example",
        "website": "https://kreis-story.example",
        "data_protection_officer": contact("Datenschutz"),
        "accessibility_contact": contact("Inklusion"),
        "feedback_recipient": "barrierefreiheit@kreis-story.example",
        "reference_prefix": "KS",
        "towns": [
            { "ags": "05978036", "name": { "de": "Unna", "uk": "Унна" }, "kind": "stadt",
              "postcodes": ["59423", "59425", "59427"], "website": "https://unna.example" },
            { "ags": "05978008", "name": { "de": "Bönen" }, "kind": "gemeinde",
              "postcodes": ["59199"], "website": "https://boenen.example" }
        ],
        "units": [
            { "code": "69.2", "name": { "de": "Untere Wasserbehörde" },
              "section": { "de": "Wasser und Boden" }, "email": "wasser@kreis-story.example" },
            { "code": "53", "name": { "de": "Gesundheitsamt", "tr": "Sağlık Dairesi" },
              "section": null, "email": "gesundheit@kreis-story.example" }
        ]
    }))
    .expect("fixture tenant deserializes");
    definition.validate().expect("fixture tenant is valid")
}

/// A moment with microsecond precision, which every backend stores exactly.
pub fn moment(unix_seconds: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(unix_seconds).expect("in range")
        + time::Duration::microseconds(123_456)
}
