//! The portal's texts: Fluent catalogues for the seven locales, embedded at build time from
//! `locales/<tag>/*.ftl`. German is the source; a message missing in another locale falls back
//! to German (and the catalogue tests make sure that never ships).

pub mod answers;
pub mod authority;
mod catalog;
pub mod errors;

pub use catalog::{Args, Catalog, CatalogError, EmbeddedFile};
pub use domain::{Direction, Locale};
