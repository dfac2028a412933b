//! Strict YAML into typed structs, with errors that name the file, line and column.
//!
//! haven reads YAML with serde-saphyr rather than the archived serde_yaml: it is maintained,
//! pure Rust, reports duplicate keys, and bounds the work an alias bomb can cause. Booleans are
//! strict (`yes`, `no`, `on` and `off` stay strings), so a country file with `code: NO` is Norway.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{Diagnostic, Location};

/// Parse `text` (which starts on line `first_line` of `path`) into `T`.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &str, first_line: usize) -> Result<T, Diagnostic> {
    let options = serde_saphyr::options! {
        strict_booleans: true,
        budget: Some(budget()),
        with_snippet: false,
    };
    serde_saphyr::from_str_with_options(text, options).map_err(|err| to_diagnostic(path, text, first_line, &err))
}

/// Limits that keep a hostile file from using unbounded memory or time.
fn budget() -> serde_saphyr::Budget {
    let mut b = serde_saphyr::Budget::default();
    b.max_events = 200_000;
    b.max_aliases = 1_000;
    b.max_anchors = 1_000;
    b.max_depth = 64;
    b.max_documents = 1;
    b.max_nodes = 100_000;
    b.max_total_scalar_bytes = 4 * 1024 * 1024;
    b
}

fn to_diagnostic(path: &Path, text: &str, first_line: usize, err: &serde_saphyr::Error) -> Diagnostic {
    let message = clean_message(&err.to_string());
    let Some(loc) = err.location() else {
        return Diagnostic::error(message).in_file(path);
    };
    let line = loc.line() as usize;
    let column = loc.column() as usize;
    let diag = Diagnostic::error(message);
    if line == 0 {
        return diag.in_file(path);
    }
    let source_line = text.lines().nth(line - 1).map(str::to_owned);
    let mut diag = diag.at(Location::at(path, line + first_line - 1, column));
    diag.source_line = source_line;
    diag
}

/// serde-saphyr appends its own " at line X column Y"; haven shows the location separately.
fn clean_message(message: &str) -> String {
    let first = message.lines().next().unwrap_or(message);
    let first = first.split(", set DuplicateKeyPolicy").next().unwrap_or(first);
    match first.find(" at line ") {
        Some(i) => first[..i].to_owned(),
        None => first.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)] // `active` is only parsed, to test strict booleans
    struct Country {
        code: String,
        active: Option<bool>,
    }

    #[test]
    fn norway_stays_a_string() {
        let c: Country = parse(Path::new("no.yaml"), "code: NO\n", 1).unwrap();
        assert_eq!(c.code, "NO");
    }

    #[test]
    fn yes_is_not_a_boolean() {
        let err = parse::<Country>(Path::new("x.yaml"), "code: x\nactive: yes\n", 1).unwrap_err();
        assert_eq!(err.location.unwrap().line, 2);
    }

    #[test]
    fn unknown_field_names_line_and_column() {
        let err = parse::<Country>(Path::new("x.yaml"), "code: AT\ncolour: red\n", 3).unwrap_err();
        let loc = err.location.clone().unwrap();
        assert_eq!(loc.line, 4, "{err}");
        assert!(err.message.contains("colour"), "{err}");
    }

    #[test]
    fn duplicate_keys_are_an_error() {
        let err = parse::<Country>(Path::new("x.yaml"), "code: AT\ncode: DE\n", 1).unwrap_err();
        assert!(err.message.to_lowercase().contains("duplicate"), "{err}");
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        text.push_str("code: AT\n");
        assert!(parse::<Country>(Path::new("x.yaml"), &text, 1).is_err());
    }
}
