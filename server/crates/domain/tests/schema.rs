//! The published JSON Schema (`docs/service-definition.schema.json`) and the loader agree: every
//! field type and setting the schema allows loads, every setting it forbids is refused, and
//! the demo services validate against the schema with a real validator (Python's jsonschema).

use std::path::PathBuf;
use std::process::Command;

use domain::service::ServiceDefinition;
use serde_json::{Value, json};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

fn schema() -> Value {
    let text = std::fs::read_to_string(repo().join("docs/service-definition.schema.json"))
        .expect("the schema is in docs/");
    serde_json::from_str(&text).expect("the schema is JSON")
}

fn text(de: &str) -> Value {
    json!({ "de": de })
}

/// A complete service whose only step has `field`.
fn service_with(field: Value) -> Value {
    json!({
        "id": "probe", "version": 1, "title": text("Probe"), "summary": text("Probe"),
        "description": text("Probe"), "life_situations": ["soziales"],
        "authority": { "district": { "unit": "32" } }, "fees": text("keine"),
        "legal_basis": [], "processing_time": text("eine Woche"), "processing_days": 5,
        "minutes_to_complete": 5, "trust_level": "none", "aktenplan": "00.00",
        "form": { "steps": [ { "id": "one", "title": text("Eins"), "fields": [field] } ] }
    })
}

/// The smallest valid value of each setting.
fn sample_setting(setting: &str) -> Value {
    match setting {
        "min_length" | "min_selected" | "min_items" => json!(1),
        "max_length" | "max_selected" | "max_items" | "max_files" => json!(3),
        "pattern" => json!({ "regex": "[0-9]+", "message": text("Nur Ziffern") }),
        "min" => json!("1"),
        "max" => json!("9"),
        "decimals" => json!(1),
        "unit" | "item_label" | "text" => text("Einheit"),
        "not_before" => json!("today-1y"),
        "not_after" => json!("today+1y"),
        "options" => json!([
            { "value": "a", "label": text("A") },
            { "value": "b", "label": text("B") },
            { "value": "c", "label": text("C") }
        ]),
        "in_tenant" => json!(false),
        "accept" => json!(["pdf"]),
        "max_size_kb" => json!(1024),
        "fields" => json!([{ "id": "inner", "type": "text", "label": text("Innen") }]),
        "prefill" => json!("locked"),
        other => panic!("no sample for {other}"),
    }
}

/// An `autocomplete` token naming an account attribute a field of `kind` can take.
fn account_attribute_token(kind: &str) -> &'static str {
    match kind {
        "text" => "family-name",
        "email" => "email",
        "postcode" => "postal-code",
        "date" => "bday",
        "address" => "street-address",
        other => panic!("{other} cannot be filled in from the account"),
    }
}

/// The field types of the schema with the settings each allows beyond the common ones.
fn types_and_settings(schema: &Value) -> Vec<(String, Vec<String>)> {
    let common = [
        "id",
        "type",
        "label",
        "hint",
        "required",
        "visible_if",
        "autocomplete",
    ];
    schema["$defs"]["field"]["allOf"]
        .as_array()
        .expect("one if/then per type")
        .iter()
        .map(|rule| {
            let kind = rule["if"]["properties"]["type"]["const"]
                .as_str()
                .unwrap()
                .to_owned();
            let settings = rule["then"]["propertyNames"]["enum"]
                .as_array()
                .unwrap()
                .iter()
                .map(|name| name.as_str().unwrap().to_owned())
                .filter(|name| !common.contains(&name.as_str()))
                .collect();
            (kind, settings)
        })
        .collect()
}

#[test]
fn every_type_and_setting_the_schema_allows_loads_and_others_are_refused() {
    let schema = schema();
    let types = types_and_settings(&schema);
    assert_eq!(types.len(), 17, "the field types of docs/forms.md");
    let all_settings: Vec<String> = {
        let mut all: Vec<String> = types.iter().flat_map(|(_, s)| s.clone()).collect();
        all.sort();
        all.dedup();
        all
    };
    for (kind, settings) in &types {
        let mut field = json!({ "id": "probe_field", "type": kind, "label": text("Frage") });
        if settings.iter().any(|s| s == "prefill") {
            field["autocomplete"] = json!(account_attribute_token(kind));
        }
        for setting in settings {
            field[setting] = sample_setting(setting);
        }
        let source = service_with(field.clone()).to_string();
        if let Err(error) = ServiceDefinition::from_json("probe.json", &source) {
            panic!("type {kind} with {settings:?} is refused: {error}");
        }
        for foreign in all_settings.iter().filter(|s| !settings.contains(s)) {
            let mut wrong = field.clone();
            wrong[foreign] = sample_setting(foreign);
            let source = service_with(wrong).to_string();
            let error = ServiceDefinition::from_json("probe.json", &source)
                .expect_err(&format!("{kind} must refuse {foreign}"));
            assert!(error.to_string().contains("probe_field"), "{error}");
        }
    }
}

/// Runs Python's jsonschema on each file; `None` outside CI when it is not installed.
fn validate_with_python(files: &[PathBuf]) -> Option<Vec<(PathBuf, bool)>> {
    let script = "import json, sys, jsonschema\n\
        schema = json.load(open(sys.argv[1]))\n\
        jsonschema.Draft202012Validator.check_schema(schema)\n\
        validator = jsonschema.Draft202012Validator(schema)\n\
        for path in sys.argv[2:]:\n    \
            errors = list(validator.iter_errors(json.load(open(path))))\n    \
            print('ok' if not errors else 'invalid', path)\n";
    let available = Command::new("python3")
        .args(["-c", "import jsonschema"])
        .status();
    if !available.is_ok_and(|status| status.success()) {
        if std::env::var_os("CI").is_some() {
            panic!("CI needs Python's jsonschema (python3 -m pip install jsonschema)");
        }
        eprintln!("SKIPPED: python3 -m pip install jsonschema to validate against the schema");
        return None;
    }
    let output = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(repo().join("docs/service-definition.schema.json"))
        .args(files)
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .map(|line| {
                let (verdict, path) = line.split_once(' ').expect("verdict and path");
                (PathBuf::from(path), verdict == "ok")
            })
            .collect(),
    )
}

#[test]
fn the_demo_services_validate_against_the_schema_and_a_broken_one_does_not() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join("server/demo/services"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 4);
    let folder = std::env::temp_dir().join(format!("kp-schema-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let broken = folder.join("broken.json");
    let mut service =
        service_with(json!({ "id": "colour", "type": "colour", "label": text("Farbe") }));
    service["form"]["steps"][0]["fields"][0]["max_files"] = json!(2);
    std::fs::write(&broken, service.to_string()).unwrap();
    files.push(broken.clone());

    let Some(verdicts) = validate_with_python(&files) else {
        return;
    };
    std::fs::remove_dir_all(&folder).ok();
    for (path, valid) in verdicts {
        assert_eq!(valid, path != broken, "{}", path.display());
    }
}
