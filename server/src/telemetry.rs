//! Structured logs with `tracing`.
//!
//! What never to log (this is a DSGVO system): names, addresses, e-mail addresses, IP
//! addresses, form answers, document text, tokens, passwords, session ids, query strings. Log
//! ids (`feedback.id`, `job.id`), route templates, status codes and durations instead.

use tracing_subscriber::EnvFilter;

use crate::config::{LogConfig, LogFormat};

/// Installs the global subscriber. `RUST_LOG`, when set, overrides the configured filter.
pub fn init(config: &LogConfig) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(&config.filter));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false);
    let result = match config.format {
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .try_init(),
        LogFormat::Pretty => builder.compact().try_init(),
    };
    // A second call (tests build several applications) keeps the first subscriber.
    drop(result);
}
