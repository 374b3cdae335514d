//! Who a letter goes to, from the application itself: the fields that ask for the applicant's
//! name and address (the same `autocomplete` tokens prefill reads), so no form needs extra
//! wiring for letters.

use crate::form::prefill::{Attribute, attribute_of};
use crate::form::values::ADDRESS_PARTS;
use crate::form::{FormDefinition, FormValues};

/// The addressee of a letter as the application gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Addressee {
    /// The applicant's name, if the form asked for it.
    pub name: Option<String>,
    /// Street, then postcode and town: the address lines below the name.
    pub address: Vec<String>,
}

impl Addressee {
    /// The window lines: an organisation acting (its name first), the person, the address.
    pub fn window_lines(&self, organisation: Option<&str>) -> Vec<String> {
        organisation
            .map(str::to_owned)
            .into_iter()
            .chain(self.name.clone())
            .chain(self.address.iter().cloned())
            .collect()
    }

    /// Whether a letter can be posted to it.
    pub fn has_postal_address(&self) -> bool {
        self.address.len() >= 2
    }
}

/// Reads name and address from the top-level fields of `form`.
pub fn addressee(form: &FormDefinition, values: &FormValues) -> Addressee {
    let mut given = None;
    let mut family = None;
    let mut full = None;
    let mut street = None;
    let mut postcode = None;
    let mut city = None;
    let value = |name: &str| {
        let text = values.get(name).trim();
        (!text.is_empty()).then(|| text.to_owned())
    };
    for field in form.steps.iter().flat_map(|step| step.fields.iter()) {
        let id = field.id.as_str();
        match attribute_of(field) {
            Some(Attribute::GivenName) => given = given.or(value(id)),
            Some(Attribute::FamilyName) => family = family.or(value(id)),
            Some(Attribute::FullName) => full = full.or(value(id)),
            Some(Attribute::Street) => street = street.or(value(id)),
            Some(Attribute::Postcode) => postcode = postcode.or(value(id)),
            Some(Attribute::City) => city = city.or(value(id)),
            // Only an address field marked as the person's (`autocomplete`) is where they
            // live; others name a site, a building, a field.
            Some(Attribute::Address) if street.is_none() && field.autocomplete.is_some() => {
                let [s, p, c] = ADDRESS_PARTS.map(|part| value(&format!("{id}.{part}")));
                (street, postcode, city) = (s, p, c);
            }
            _ => {}
        }
    }
    let name = full.or_else(|| {
        let parts: Vec<String> = [given, family].into_iter().flatten().collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    });
    let town = [postcode, city]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    Addressee {
        name,
        address: street
            .into_iter()
            .chain((!town.is_empty()).then_some(town))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(name_fields: serde_json::Value) -> FormDefinition {
        let mut fields = name_fields.as_array().cloned().unwrap_or_default();
        fields.push(serde_json::json!({ "id": "site", "type": "address",
            "label": { "de": "Bohrstelle" } }));
        fields.push(serde_json::json!({ "id": "home", "type": "address",
            "label": { "de": "Anschrift" }, "autocomplete": "street-address" }));
        FormDefinition::from_json(serde_json::json!({
            "steps": [{ "id": "person", "title": { "de": "Person" }, "fields": fields }]
        }))
        .unwrap()
    }

    fn values(pairs: &[(&str, &str)]) -> FormValues {
        FormValues::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
    }

    #[test]
    fn name_and_the_first_address_make_the_window_lines() {
        let form = form(serde_json::json!([
            { "id": "given", "type": "text", "label": { "de": "Vorname" }, "autocomplete": "given-name" },
            { "id": "family", "type": "text", "label": { "de": "Nachname" }, "autocomplete": "family-name" }
        ]));
        let values = values(&[
            ("given", " Selin "),
            ("family", "Brinkhoff"),
            ("site.street", "Am Feld 2"),
            ("site.postcode", "59427"),
            ("site.city", "Unna"),
            ("home.street", "Lindenallee 4"),
            ("home.postcode", "59425"),
            ("home.city", "Unna"),
        ]);
        let addressee = addressee(&form, &values);
        assert_eq!(addressee.name.as_deref(), Some("Selin Brinkhoff"));
        // The borehole's site is no postal address of the applicant.
        assert_eq!(addressee.address, ["Lindenallee 4", "59425 Unna"]);
        assert!(addressee.has_postal_address());
        assert_eq!(
            addressee.window_lines(Some("Brunnenbau Kamen GmbH")),
            [
                "Brunnenbau Kamen GmbH",
                "Selin Brinkhoff",
                "Lindenallee 4",
                "59425 Unna"
            ]
        );
    }

    #[test]
    fn a_form_without_name_or_address_gives_an_empty_addressee() {
        let form = form(serde_json::json!([]));
        let addressee = addressee(&form, &values(&[]));
        assert_eq!(addressee.name, None);
        assert!(addressee.address.is_empty());
        assert!(!addressee.has_postal_address());
    }
}
