//! Kreisportal's user interface: the document shell, the components and one component per page,
//! written with Leptos and rendered to HTML on the server.
//!
//! Architecture invariants:
//! - Pages receive everything they show as props (view models from the handlers); nothing here
//!   reaches storage or the network, so every page renders the same with JavaScript off.
//! - Every text comes from the Fluent catalogue through [`t`] and [`t_with`].
//! - Server-only code (the renderer) is behind the `ssr` feature; `hydrate` compiles the same
//!   components for a future client build.

pub mod components;
mod context;
mod page;
pub mod pages;
#[cfg(feature = "ssr")]
mod render;

pub use context::{Assets, PageContext, Visitor, error_text, t, t_with};
pub use page::Page;
#[cfg(feature = "ssr")]
pub use render::render_page;
