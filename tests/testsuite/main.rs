//! End-to-end tests: the haven binary run on small fixture campaigns, one file per feature.

mod support;

mod atomic;
mod bad_input;
mod build;
mod bundle;
mod commands;
mod errors;
mod i18n;
mod links;
mod serve;
mod shipped;
