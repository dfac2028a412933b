//! haven: a static-site generator for child-online-safety awareness campaigns.
//!
//! The pipeline, one module per step: [`load`] reads a campaign folder as written, [`model`]
//! checks and resolves it, [`render`] turns Markdown and templates into pages, [`write`] puts the
//! output in place atomically. [`commands`] holds one file per command of the binary.

pub mod cli;
pub mod clock;
pub mod commands;
pub mod error;
pub mod load;
pub mod model;
pub mod render;
pub mod report;
pub mod serve;
pub mod write;

pub use clock::today;
