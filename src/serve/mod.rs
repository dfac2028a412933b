//! `haven serve`: the local server with live reload, and incremental rebuilds through a
//! dependency graph from each page to the inputs it used.

pub mod graph;
pub mod http;
pub mod incremental;
pub mod rebuild;
