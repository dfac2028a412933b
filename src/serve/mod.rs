//! `haven serve`: the local server with live reload, and incremental rebuilds.

pub mod http;
pub mod incremental;
