//! Filling in a form from the logged-in person's account: what the identity provider said
//! (name, birth date, address, e-mail) goes into the fields that ask for it. A field asks with
//! `prefill` and names the attribute with its `autocomplete` token (an address field takes the
//! whole address). `locked` fields keep the account's value whatever is posted: the service
//! relies on the identity the provider confirmed.

use std::collections::BTreeMap;

use super::values::{ADDRESS_PARTS, DATE_PARTS};
use super::{Field, FieldKind, FormDefinition, FormValues, Prefill};
use crate::account::PersonClaims;

/// Why a definition's `prefill` is refused.
pub const UNSUPPORTED: &str = "prefill needs an address field, a bday date, an e-mail field or a \
     text field with the autocomplete token given-name, family-name, name, email, \
     street-address, postal-code or address-level2";

/// The account attribute a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attribute {
    GivenName,
    FamilyName,
    FullName,
    Email,
    BirthDate,
    Street,
    Postcode,
    City,
    Address,
}

/// The attribute a field would be filled with, from its kind and `autocomplete` token.
pub fn attribute_of(field: &Field) -> Option<Attribute> {
    let token = field.autocomplete.as_deref();
    match (&field.kind, token) {
        (FieldKind::Address { .. }, _) => Some(Attribute::Address),
        (FieldKind::Date { .. }, Some("bday")) => Some(Attribute::BirthDate),
        (FieldKind::Email, None | Some("email")) | (FieldKind::Text { .. }, Some("email")) => {
            Some(Attribute::Email)
        }
        (FieldKind::Postcode { .. }, None | Some("postal-code"))
        | (FieldKind::Text { .. }, Some("postal-code")) => Some(Attribute::Postcode),
        (FieldKind::Text { .. }, Some("given-name")) => Some(Attribute::GivenName),
        (FieldKind::Text { .. }, Some("family-name")) => Some(Attribute::FamilyName),
        (FieldKind::Text { .. }, Some("name")) => Some(Attribute::FullName),
        (FieldKind::Text { .. }, Some("street-address" | "address-line1")) => {
            Some(Attribute::Street)
        }
        (FieldKind::Text { .. }, Some("address-level2")) => Some(Attribute::City),
        _ => None,
    }
}

/// The inputs (name → value) the account fills for a top-level field; `None` when the field
/// does not ask or the account does not know the attribute.
fn inputs_for(field: &Field, claims: &PersonClaims) -> Option<Vec<(String, String)>> {
    field.prefill?;
    let id = &field.id;
    let one = |value: &Option<String>| {
        value
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(|v| vec![(id.clone(), v.to_owned())])
    };
    match attribute_of(field)? {
        Attribute::GivenName => one(&claims.given_name),
        Attribute::FamilyName => one(&claims.family_name),
        Attribute::FullName => one(&claims.display_name()),
        Attribute::Email => one(&claims.email),
        Attribute::Street => one(&claims.street),
        Attribute::Postcode => one(&claims.postcode),
        Attribute::City => one(&claims.city),
        Attribute::BirthDate => {
            let date = claims.birth_date.as_deref()?;
            let mut parts = date.splitn(3, '-').map(|p| p.parse::<u32>().ok());
            let (year, month, day) = (parts.next()??, parts.next()??, parts.next()??);
            Some(
                DATE_PARTS
                    .iter()
                    .zip([day, month, year])
                    .map(|(part, value)| (format!("{id}.{part}"), value.to_string()))
                    .collect(),
            )
        }
        Attribute::Address => {
            let parts = [&claims.street, &claims.postcode, &claims.city];
            let values: Vec<&str> = parts
                .iter()
                .map(|p| p.as_deref().map(str::trim).unwrap_or_default())
                .collect();
            // Half an address would be worse than none: the applicant types it whole.
            if values.iter().any(|v| v.is_empty()) {
                return None;
            }
            Some(
                ADDRESS_PARTS
                    .iter()
                    .zip(values)
                    .map(|(part, value)| (format!("{id}.{part}"), value.to_owned()))
                    .collect(),
            )
        }
    }
}

fn top_level_fields(form: &FormDefinition) -> impl Iterator<Item = &Field> {
    form.steps.iter().flat_map(|step| step.fields.iter())
}

/// The values a new draft starts with for this person.
pub fn initial_values(form: &FormDefinition, claims: &PersonClaims) -> FormValues {
    let mut values = FormValues::new();
    for inputs in top_level_fields(form).filter_map(|field| inputs_for(field, claims)) {
        for (name, value) in inputs {
            values.set(name, vec![value]);
        }
    }
    values
}

/// Puts the account's values back into every locked field, whatever was posted.
pub fn keep_locked(form: &FormDefinition, claims: &PersonClaims, values: &mut FormValues) {
    let locked = top_level_fields(form).filter(|field| field.prefill == Some(Prefill::Locked));
    for inputs in locked.filter_map(|field| inputs_for(field, claims)) {
        for (name, value) in inputs {
            values.set(name, vec![value]);
        }
    }
}

/// The fields (by id) that show the account's value right now, and whether they are locked:
/// an editable field the applicant changed is no longer "from the account".
pub fn from_account(
    form: &FormDefinition,
    claims: &PersonClaims,
    values: &FormValues,
) -> BTreeMap<String, Prefill> {
    top_level_fields(form)
        .filter_map(|field| {
            let inputs = inputs_for(field, claims)?;
            let unchanged = inputs
                .iter()
                .all(|(name, value)| values.get(name).trim() == value);
            let prefill = field.prefill?;
            (unchanged || prefill == Prefill::Locked).then(|| (field.id.clone(), prefill))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> FormDefinition {
        FormDefinition::from_json(serde_json::json!({
            "steps": [{
                "id": "person",
                "title": { "de": "Person" },
                "fields": [
                    { "id": "given", "type": "text", "label": { "de": "Vorname" },
                      "autocomplete": "given-name", "prefill": "locked" },
                    { "id": "family", "type": "text", "label": { "de": "Nachname" },
                      "autocomplete": "family-name", "prefill": "editable" },
                    { "id": "born", "type": "date", "label": { "de": "Geboren" },
                      "autocomplete": "bday", "prefill": "editable" },
                    { "id": "home", "type": "address", "label": { "de": "Anschrift" },
                      "autocomplete": "street-address", "prefill": "editable" },
                    { "id": "mail", "type": "email", "label": { "de": "E-Mail" },
                      "prefill": "editable" },
                    { "id": "note", "type": "text", "label": { "de": "Notiz" },
                      "autocomplete": "given-name" }
                ]
            }]
        }))
        .unwrap()
    }

    fn selin() -> PersonClaims {
        PersonClaims {
            given_name: Some("Selin".into()),
            family_name: Some("Brinkhoff".into()),
            email: None,
            birth_date: Some("1987-03-09".into()),
            street: Some("Lindenallee 4".into()),
            postcode: Some("59425".into()),
            city: Some("Unna".into()),
        }
    }

    #[test]
    fn a_new_draft_gets_what_the_account_knows_for_the_fields_that_ask() {
        let values = initial_values(&form(), &selin());
        assert_eq!(values.get("given"), "Selin");
        assert_eq!(values.get("family"), "Brinkhoff");
        assert_eq!(
            [
                values.get("born.day"),
                values.get("born.month"),
                values.get("born.year")
            ],
            ["9", "3", "1987"]
        );
        assert_eq!(values.get("home.street"), "Lindenallee 4");
        assert_eq!(values.get("home.city"), "Unna");
        assert_eq!(values.get("mail"), "", "the account has no e-mail");
        assert_eq!(
            values.get("note"),
            "",
            "a field without prefill stays empty"
        );
    }

    #[test]
    fn locked_fields_keep_the_accounts_value_and_changed_ones_lose_the_mark() {
        let form = form();
        let mut values = initial_values(&form, &selin());
        values.set("given".into(), vec!["Mallory".into()]);
        values.set("family".into(), vec!["Brinkhoff-Yilmaz".into()]);
        keep_locked(&form, &selin(), &mut values);
        assert_eq!(values.get("given"), "Selin");
        assert_eq!(
            values.get("family"),
            "Brinkhoff-Yilmaz",
            "editable stays as typed"
        );

        let marks = from_account(&form, &selin(), &values);
        assert_eq!(marks.get("given"), Some(&Prefill::Locked));
        assert_eq!(marks.get("family"), None, "changed by the applicant");
        assert_eq!(marks.get("born"), Some(&Prefill::Editable));
        assert_eq!(marks.get("home"), Some(&Prefill::Editable));
        assert_eq!(marks.get("mail"), None, "nothing came from the account");
    }

    #[test]
    fn half_an_address_or_a_broken_birth_date_fills_nothing() {
        let claims = PersonClaims {
            city: None,
            birth_date: Some("09.03.1987".into()),
            ..selin()
        };
        let values = initial_values(&form(), &claims);
        assert_eq!(values.get("home.street"), "");
        assert_eq!(values.get("born.day"), "");
    }

    #[test]
    fn prefill_needs_a_field_that_names_an_attribute_of_the_account() {
        let refused = FormDefinition::from_json(serde_json::json!({
            "steps": [{
                "id": "s",
                "title": { "de": "S" },
                "fields": [{ "id": "pet", "type": "text", "label": { "de": "Tier" },
                             "prefill": "locked" }]
            }]
        }))
        .unwrap_err();
        assert!(
            refused
                .iter()
                .any(|problem| problem.to_string().contains("prefill needs")),
            "{refused:?}"
        );
    }
}
