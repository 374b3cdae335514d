//! Any bytes as a service definition file: the loader answers with a definition or a
//! message, and never panics or hangs.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        if let Err(error) = domain::service::ServiceDefinition::from_json("fuzz.json", source) {
            assert!(error.to_string().starts_with("fuzz.json: "));
        }
    }
});
