//! Tests of the form engine on a form shaped like the demo services: conditions across steps,
//! a repeating group, a computed fee, a cross-field rule and most field types.

use serde_json::json;
use time::macros::date;

use super::*;
use crate::form::answers::{self, AnswerValue};
use crate::form::{FormDefinition, FormValues};
use crate::{ErrorMessage, Locale, Postcode};

fn t(de: &str) -> serde_json::Value {
    json!({ "de": de, "en": format!("{de} (en)") })
}

fn form() -> FormDefinition {
    FormDefinition::from_json(json!({
        "steps": [
            { "id": "applicant", "title": t("Antragsteller"), "fields": [
                { "id": "name", "type": "text", "label": t("Name"), "required": true, "min_length": 2, "max_length": 50 },
                { "id": "birth", "type": "date", "label": t("Geburtsdatum"), "required": true, "not_after": "today-18y" },
                { "id": "email", "type": "email", "label": t("E-Mail") },
                { "id": "iban", "type": "iban", "label": t("IBAN") },
                { "id": "postcode", "type": "postcode", "label": t("PLZ"), "in_tenant": true, "required": true },
                { "id": "use", "type": "radio", "label": t("Nutzung"), "required": true, "options": [
                    { "value": "heating", "label": t("Heizung") }, { "value": "cooling", "label": t("Kühlung") } ] }
            ]},
            { "id": "drilling", "title": t("Bohrungen"),
              "visible_if": { "equals": { "field": "use", "value": "heating" } },
              "fields": [
                { "id": "boreholes", "type": "group", "label": t("Bohrungen"), "item_label": t("Bohrung"),
                  "min_items": 1, "max_items": 5, "fields": [
                    { "id": "depth", "type": "decimal", "label": t("Tiefe"), "required": true,
                      "min": "1", "max": "100", "decimals": 1 },
                    { "id": "start", "type": "date", "label": t("Beginn") } ] },
                { "id": "driller", "type": "text", "label": t("Bohrfirma"), "required": true,
                  "pattern": { "regex": "[A-Za-zÄÖÜäöüß .&-]+", "message": t("Nur Buchstaben") } },
                { "id": "extras", "type": "checkboxes", "label": t("Extras"), "max_selected": 1, "options": [
                    { "value": "a", "label": t("A") }, { "value": "b", "label": t("B") } ] }
            ]},
            { "id": "dates", "title": t("Zeitraum"), "fields": [
                { "id": "from", "type": "number", "label": t("Von Jahr"), "min": "2000" },
                { "id": "until", "type": "number", "label": t("Bis Jahr") } ] }
        ],
        "rules": [ { "id": "order", "check": { "compare": { "left": "from", "op": "lte", "right": "until" } },
                     "when": { "all": [ { "filled": "from" }, { "filled": "until" } ] },
                     "fields": ["until"], "message": t("Bis muss nach Von liegen") } ],
        "computed": [ { "id": "fee", "label": t("Gebühr"), "format": "currency",
            "expression": { "sum": [ { "number": "50" },
                { "product": [ { "number": "12.5" }, { "field": "boreholes" } ] },
                { "sum_over": { "group": "boreholes", "expression": {
                    "if": { "condition": { "greater_than": { "field": "depth", "value": "99" } },
                            "then": { "number": "100" }, "else": { "number": "0" } } } } } ] } } ]
    }))
    .expect("the test form is valid")
}

const TODAY: time::Date = date!(2026 - 11 - 28);

fn postcodes() -> Vec<Postcode> {
    vec![Postcode::parse("59425").unwrap()]
}

fn values(pairs: &[(&str, &str)]) -> FormValues {
    FormValues::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
}

fn keys(errors: &crate::FormErrors) -> Vec<(String, String)> {
    errors
        .iter()
        .map(|e| {
            let message = match &e.message {
                ErrorMessage::Key { key, .. } => key.to_string(),
                ErrorMessage::Text(text) => text.get(Locale::De).to_owned(),
            };
            (e.field.clone(), message)
        })
        .collect()
}

fn step_errors(values: &FormValues, step: &str) -> Vec<(String, String)> {
    let form = form();
    let postcodes = postcodes();
    let context = Context {
        today: TODAY,
        locale: Locale::De,
        tenant_postcodes: &postcodes,
    };
    keys(&validate_step(
        &form,
        form.step(step).unwrap(),
        values,
        &context,
    ))
}

fn pair(field: &str, message: &str) -> (String, String) {
    (field.to_owned(), message.to_owned())
}

#[test]
fn an_empty_first_step_asks_for_every_required_field_in_order() {
    assert_eq!(
        step_errors(&FormValues::new(), "applicant"),
        [
            pair("name", "form-error-required"),
            pair("birth.day", "form-error-required"),
            pair("postcode", "form-error-required"),
            pair("use", "form-error-choose"),
        ]
    );
}

#[test]
fn each_field_type_refuses_what_it_cannot_accept() {
    let typed = values(&[
        ("name", "X"),
        ("birth.day", "31"),
        ("birth.month", "2"),
        ("birth.year", "1990"),
        ("email", "not-an-address"),
        ("iban", "DE89 3704 0044 0532 0130 01"),
        ("postcode", "10115"),
        ("use", "nuclear"),
    ]);
    assert_eq!(
        step_errors(&typed, "applicant"),
        [
            pair("name", "form-error-too-short"),
            pair("birth.day", "form-error-date-invalid"),
            pair("email", "form-error-email"),
            pair("iban", "form-error-iban-checksum"),
            pair("postcode", "form-error-postcode-outside"),
            pair("use", "form-error-unknown-choice"),
        ]
    );
}

#[test]
fn dates_must_be_complete_and_within_their_bounds() {
    let incomplete = values(&[("birth.day", "3"), ("birth.year", "1990")]);
    assert!(
        step_errors(&incomplete, "applicant")
            .contains(&pair("birth.month", "form-error-date-incomplete"))
    );
    let too_young = values(&[
        ("birth.day", "29"),
        ("birth.month", "11"),
        ("birth.year", "2008"),
    ]);
    assert!(
        step_errors(&too_young, "applicant")
            .contains(&pair("birth.day", "form-error-date-too-late"))
    );
    let just_adult = values(&[
        ("birth.day", "28"),
        ("birth.month", "11"),
        ("birth.year", "2008"),
    ]);
    assert!(
        !step_errors(&just_adult, "applicant")
            .iter()
            .any(|(f, _)| f.starts_with("birth"))
    );
}

#[test]
fn group_items_are_validated_one_by_one_and_named_by_item() {
    let form = form();
    let postcodes = postcodes();
    let typed = values(&[
        ("boreholes.items", "2"),
        ("boreholes.0.depth", "99,5"),
        ("boreholes.1.depth", "120,25"),
        ("driller", "Bohr & Söhne GmbH 2"),
        ("extras", "a"),
        ("extras", "b"),
    ]);
    let context = Context {
        today: TODAY,
        locale: Locale::En,
        tenant_postcodes: &postcodes,
    };
    let errors = validate_step(&form, form.step("drilling").unwrap(), &typed, &context);
    assert_eq!(
        keys(&errors),
        [
            pair("boreholes.1.depth", "form-error-too-many-decimals"),
            pair("driller", "Nur Buchstaben"),
            pair("extras", "form-error-too-many-selected"),
        ]
    );
    let ErrorMessage::Key { args, .. } = errors.for_field("boreholes.1.depth").unwrap() else {
        panic!()
    };
    assert_eq!(args[0], ("label", "Bohrung (en) 2: Tiefe (en)".to_owned()));
}

#[test]
fn hidden_steps_are_neither_validated_nor_submitted() {
    let form = form();
    let postcodes = postcodes();
    let context = Context {
        today: TODAY,
        locale: Locale::De,
        tenant_postcodes: &postcodes,
    };
    let cooling = values(&[
        ("name", "Erika Beispiel"),
        ("birth.day", "1"),
        ("birth.month", "2"),
        ("birth.year", "1980"),
        ("postcode", "59425"),
        ("use", "cooling"),
        ("driller", "!!!"),
    ]);
    assert!(
        validate_all(&form, &cooling, &context).is_empty(),
        "the drilling step is hidden"
    );
    let answers = answers::collect(&form, &cooling);
    assert!(
        answers.get("driller").is_none(),
        "hidden answers are not submitted"
    );
    assert_eq!(
        answers.get("birth"),
        Some(&AnswerValue::Date("1980-02-01".into()))
    );
    assert_eq!(
        answers.get("use"),
        Some(&AnswerValue::Choice("cooling".into()))
    );

    let heating = values(&[
        ("name", "Erika Beispiel"),
        ("birth.day", "1"),
        ("birth.month", "2"),
        ("birth.year", "1980"),
        ("postcode", "59425"),
        ("use", "heating"),
        ("driller", "!!!"),
    ]);
    let all = validate_all(&form, &heating, &context);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].0, "drilling");
    assert_eq!(
        keys(&all[0].1),
        [
            pair("boreholes.0.depth", "form-error-required"),
            pair("driller", "Nur Buchstaben")
        ]
    );
}

#[test]
fn cross_field_rules_wait_until_their_fields_are_answered() {
    assert_eq!(step_errors(&values(&[("from", "2020")]), "dates"), []);
    assert_eq!(
        step_errors(&values(&[("from", "2020"), ("until", "2019")]), "dates"),
        [pair("until", "Bis muss nach Von liegen")]
    );
    assert_eq!(
        step_errors(&values(&[("from", "2020"), ("until", "2020")]), "dates"),
        []
    );
    assert_eq!(
        step_errors(&values(&[("from", "1999,5")]), "dates"),
        [pair("from", "form-error-not-whole")]
    );
}

#[test]
fn the_fee_is_computed_from_the_items() {
    let form = form();
    let three = values(&[
        ("use", "heating"),
        ("boreholes.items", "3"),
        ("boreholes.0.depth", "100"),
        ("boreholes.1.depth", "80"),
        ("boreholes.2.depth", "99,5"),
    ]);
    let fee = answers::computed(&form, &three);
    assert_eq!(
        fee,
        [("fee".to_owned(), Decimal::parse("287.5").unwrap())],
        "50 + 3 × 12.50 + 2 × 100"
    );
}

#[test]
fn removing_an_item_moves_the_later_ones_down_and_keeps_other_answers() {
    let mut typed = values(&[
        ("name", "Erika"),
        ("boreholes.items", "3"),
        ("boreholes.0.depth", "10"),
        ("boreholes.1.depth", "20"),
        ("boreholes.2.depth", "30"),
        ("boreholes.2.start.day", "1"),
    ]);
    typed.remove_item("boreholes", 1, 3);
    assert_eq!(typed.get("boreholes.items"), "2");
    assert_eq!(typed.get("boreholes.0.depth"), "10");
    assert_eq!(typed.get("boreholes.1.depth"), "30");
    assert_eq!(typed.get("boreholes.1.start.day"), "1");
    assert_eq!(typed.get("boreholes.2.depth"), "");
    assert_eq!(typed.get("name"), "Erika");
}

#[test]
fn saving_a_step_replaces_only_that_steps_values_and_clears_unchecked_boxes() {
    let form = form();
    let mut draft = values(&[
        ("name", "Erika"),
        ("extras", "a"),
        ("boreholes.0.depth", "5"),
        ("driller", "Alt"),
    ]);
    let posted = values(&[("driller", "Neu"), ("boreholes.0.depth", "6")]);
    draft.replace_step(form.step("drilling").unwrap(), &posted);
    assert_eq!(draft.get("name"), "Erika");
    assert_eq!(draft.get("driller"), "Neu");
    assert_eq!(draft.get("boreholes.0.depth"), "6");
    assert!(
        draft.all("extras").is_empty(),
        "an unchecked box is posted as nothing"
    );
}
