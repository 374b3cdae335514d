//! Integration tests: the real server on a free port with a fresh database per test, driven
//! over HTTP. One test binary for the whole crate (faster to link).

mod access;
mod account;
mod apply;
mod back_office;
mod cases;
mod catalogue;
mod cli;
mod crash;
mod deadlines;
mod decisions;
mod disposal;
mod errors;
mod feedback;
mod helpers;
mod information_requests;
mod integration;
mod local_accounts;
mod notifications;
mod operations;
mod organisations;
mod pages;
mod personal_data;
mod postfach;
mod postgres;
mod rate_limits;
mod records;
mod search;
mod security;
mod uploads;
