//! The Kreisportal server as a library: configuration, start-up and the web layer. The binary
//! (`main.rs`) and the integration tests both build the [`startup::Application`] from here.

pub mod cli;
pub mod config;
mod progress;
pub mod startup;
mod storage_backend;
pub mod telemetry;
pub mod web;
mod webhooks;
