//! Properties of the validators and parsers that every input must keep: nothing panics on any
//! text, valid values are accepted and survive a round trip, and the checks catch the errors
//! they are for.

use domain::application::upload::clean_file_name;
use domain::application::{AccessCode, DraftToken};
use domain::form::validate::{Context, validate_all};
use domain::form::{DateBound, Decimal, FormValues, iban, navigation};
use domain::service::{SearchIndex, ServiceDefinition};
use domain::{EmailAddress, Locale, PhoneNumber, Postcode};
use proptest::prelude::*;

const DEMO_SERVICES: [&str; 4] = [
    include_str!("../../../demo/services/belehrung-infektionsschutz.json"),
    include_str!("../../../demo/services/erdwaermesonde-anzeigen.json"),
    include_str!("../../../demo/services/hund-anmelden-unna.json"),
    include_str!("../../../demo/services/jagdschein-verlaengern.json"),
];

fn demo_services() -> Vec<ServiceDefinition> {
    DEMO_SERVICES
        .iter()
        .map(|source| ServiceDefinition::from_json("demo.json", source).expect("demo loads"))
        .collect()
}

/// Every input name a form's pages have (with two items for groups).
fn input_names(service: &ServiceDefinition) -> Vec<String> {
    fn names(fields: &[domain::form::Field], prefix: &str, out: &mut Vec<String>) {
        for field in fields {
            let name = format!("{prefix}{}", field.id);
            match &field.kind {
                domain::form::FieldKind::Group { fields, .. } => {
                    out.push(format!("{name}.items"));
                    for index in 0..2 {
                        names(fields, &format!("{name}.{index}."), out);
                    }
                }
                domain::form::FieldKind::Date { .. } => {
                    out.extend(["day", "month", "year"].map(|part| format!("{name}.{part}")));
                }
                domain::form::FieldKind::Address { .. } => {
                    out.extend(["street", "postcode", "city"].map(|part| format!("{name}.{part}")));
                }
                _ => out.push(name),
            }
        }
    }
    let mut out = Vec::new();
    for step in &service.form.steps {
        names(&step.fields, "", &mut out);
    }
    out
}

/// An IBAN with correct check digits for `country` and `bban`.
fn with_check_digits(country: &str, bban: &str) -> String {
    let rearranged = format!("{bban}{country}00");
    let remainder = rearranged.bytes().fold(0_u32, |remainder, byte| {
        let value = if byte.is_ascii_digit() {
            u32::from(byte - b'0')
        } else {
            u32::from(byte - b'A') + 10
        };
        let shift = if value >= 10 { 100 } else { 10 };
        (remainder * shift + value) % 97
    });
    format!("{country}{:02}{bban}", 98 - remainder)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn every_german_iban_with_right_check_digits_passes_and_any_one_digit_typo_fails(
        bban in "[0-9]{18}",
        position in 4usize..22,
        replacement in 0u8..10,
    ) {
        let valid = with_check_digits("DE", &bban);
        prop_assert_eq!(iban::check(&iban::grouped(&valid).to_lowercase()), Ok(valid.clone()));
        let mut typo = valid.clone().into_bytes();
        let original = typo[position];
        let new = b'0' + replacement;
        prop_assume!(original != new);
        typo[position] = new;
        let typo = String::from_utf8(typo).unwrap();
        prop_assert_eq!(iban::check(&typo), Err(iban::IbanError::Checksum));
    }

    #[test]
    fn no_text_makes_a_parser_panic(text in any::<String>()) {
        let _ = iban::check(&text);
        let _ = Decimal::parse(&text);
        let _ = DateBound::parse(&text);
        let _ = EmailAddress::parse(&text);
        let _ = PhoneNumber::parse(&text);
        let _ = Postcode::parse(&text);
        let _ = DraftToken::parse(&text);
        let _ = AccessCode::parse(&text);
        let _ = domain::application::Reference::parse(&text);
        let _ = domain::service::search::normalise(&text);
    }

    #[test]
    fn decimals_survive_formatting_and_arithmetic_never_panics(
        whole in -999_999_999_999_999_999i64..=999_999_999_999_999_999i64,
        fraction in 0u32..1_000_000,
        other in "-?[0-9]{1,18}([.,][0-9]{1,6})?",
    ) {
        let text = format!("{whole}.{fraction:06}");
        let number = Decimal::parse(&text).expect("in range");
        prop_assert_eq!(Decimal::parse(&number.to_string()), Ok(number));
        prop_assert_eq!(Decimal::parse(&number.format(6, ',')), Ok(number));
        let other = Decimal::parse(&other).expect("the pattern is a number");
        for result in [number + other, number - other, number.multiply(other), number.multiply(number).multiply(number)] {
            let _ = result.format(2, ',');
            let _ = result.to_string();
            let _ = result.decimal_places();
        }
    }

    #[test]
    fn cleaned_file_names_are_safe(name in any::<String>()) {
        let cleaned = clean_file_name(&name);
        prop_assert!(!cleaned.is_empty());
        prop_assert!(cleaned.chars().count() <= 100);
        prop_assert!(!cleaned.contains(['/', '\\', ':', '*', '?', '"', '<', '>', '|']));
        prop_assert!(!cleaned.chars().any(char::is_control));
        prop_assert!(!cleaned.starts_with('.'));
    }

    #[test]
    fn tokens_read_back_from_their_grouped_form_in_any_case(bytes in any::<[u8; 13]>()) {
        let token = DraftToken::from_random_bytes(&bytes);
        prop_assert_eq!(DraftToken::parse(&token.grouped().to_lowercase()), Some(token.clone()));
        let code = AccessCode::for_draft(&token);
        prop_assert_eq!(AccessCode::parse(&code.grouped()), Some(code));
    }

    #[test]
    fn postcodes_are_five_digits(text in "[0-9]{5}") {
        prop_assert_eq!(Postcode::parse(&text).is_ok(), !text.starts_with("00"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Whatever is posted into whatever input, validation, navigation and computed values give
    /// answers, never a panic.
    #[test]
    fn any_answers_to_any_demo_form_are_validated_without_panic(
        service_index in 0usize..4,
        values in proptest::collection::vec((any::<prop::sample::Index>(), ".{0,40}"), 0..60),
        today in 0i32..40_000,
    ) {
        let services = demo_services();
        let service = &services[service_index];
        let names = input_names(service);
        let pairs = values.into_iter().map(|(index, value)| (index.get(&names).clone(), value));
        let values = FormValues::from_pairs(pairs);
        let postcodes = [Postcode::parse("59423").unwrap()];
        let context = Context {
            today: time::Date::from_julian_day(2_440_000 + today).unwrap(),
            locale: Locale::Ar,
            tenant_postcodes: &postcodes,
        };
        let _ = validate_all(&service.form, &values, &context);
        for step in navigation::visible_steps(&service.form, &values) {
            let _ = navigation::next_step(&service.form, &values, &step.id);
        }
        let _ = domain::form::answers::computed(&service.form, &values);
        let _ = domain::form::answers::collect(&service.form, &values);
    }

    #[test]
    fn search_answers_any_query(query in ".{0,60}", locale in 0usize..7) {
        let services = demo_services();
        let index = SearchIndex::build(&services.iter().collect::<Vec<_>>());
        let _ = index.search(&query, Locale::ALL[locale]);
    }
}
