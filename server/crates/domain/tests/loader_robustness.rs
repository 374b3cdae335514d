//! The definition loader under broken input, in CI (the coverage-guided fuzz target in
//! `fuzz/` needs nightly): demo definitions with parts deleted or replaced by other JSON, and
//! arbitrary text. It answers with a definition or a message naming the file, never a panic.

use domain::service::ServiceDefinition;
use proptest::prelude::*;
use serde_json::Value;

const DEMO_SERVICES: [&str; 4] = [
    include_str!("../../../demo/services/belehrung-infektionsschutz.json"),
    include_str!("../../../demo/services/erdwaermesonde-anzeigen.json"),
    include_str!("../../../demo/services/hund-anmelden-unna.json"),
    include_str!("../../../demo/services/jagdschein-verlaengern.json"),
];

/// JSON values a broken file might hold where something else belongs.
fn stray_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,20}".prop_map(Value::String),
        prop_oneof![
            Just("today+9999999999y"),
            Just("-0"),
            Just("1e400"),
            Just("0,0000001"),
            Just("[")
        ]
        .prop_map(|s| Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// A mutation: follow `path` (indices into whatever object or array is met) and replace the
/// value there, or delete it.
#[derive(Debug, Clone)]
struct Mutation {
    path: Vec<prop::sample::Index>,
    replacement: Option<Value>,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    (
        prop::collection::vec(any::<prop::sample::Index>(), 1..8),
        prop::option::weighted(0.8, stray_value()),
    )
        .prop_map(|(path, replacement)| Mutation { path, replacement })
}

fn apply(value: &mut Value, path: &[prop::sample::Index], replacement: Option<Value>) {
    let Some((step, rest)) = path.split_first() else {
        return;
    };
    match value {
        Value::Object(map) if !map.is_empty() => {
            let key = map
                .keys()
                .nth(step.index(map.len()))
                .cloned()
                .unwrap_or_default();
            if rest.is_empty() || !matches!(map.get(&key), Some(Value::Object(_) | Value::Array(_)))
            {
                match replacement {
                    Some(new) => {
                        map.insert(key, new);
                    }
                    None => {
                        map.remove(&key);
                    }
                }
            } else if let Some(child) = map.get_mut(&key) {
                apply(child, rest, replacement);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let index = step.index(items.len());
            if rest.is_empty() || !matches!(items[index], Value::Object(_) | Value::Array(_)) {
                match replacement {
                    Some(new) => items[index] = new,
                    None => {
                        items.remove(index);
                    }
                }
            } else {
                apply(&mut items[index], rest, replacement);
            }
        }
        _ => {}
    }
}

fn load(source: &str) {
    if let Err(error) = ServiceDefinition::from_json("broken.json", source) {
        assert!(error.to_string().starts_with("broken.json: "), "{error}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn mutated_definitions_are_refused_or_loaded_never_a_panic(
        demo in 0usize..4,
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let mut definition: Value = serde_json::from_str(DEMO_SERVICES[demo]).unwrap();
        for Mutation { path, replacement } in mutations {
            apply(&mut definition, &path, replacement);
        }
        load(&definition.to_string());
    }

    #[test]
    fn arbitrary_text_is_refused_with_a_message(source in ".{0,200}") {
        load(&source);
    }

    #[test]
    fn cut_off_files_are_refused_with_a_message(demo in 0usize..4, cut in any::<prop::sample::Index>()) {
        let source = DEMO_SERVICES[demo];
        let mut at = cut.index(source.len());
        while !source.is_char_boundary(at) {
            at -= 1;
        }
        load(&source[..at]);
    }
}
