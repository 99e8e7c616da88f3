//! dossier: a terminal reader for multilingual news dossiers.
//!
//! The core (`corpus`, `export`, `model`) knows nothing of terminals; `tui` is a thin reader on
//! top of the immutable [`model::Dossier`] it builds.

pub mod align;
pub mod brief;
pub mod config;
pub mod corpus;
pub mod error;
pub mod export;
pub mod extract;
pub mod fold;
pub mod model;
pub mod parallel;
pub mod search;
pub mod tui;
