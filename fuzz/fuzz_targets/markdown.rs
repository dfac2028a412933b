//! The Markdown path: rendering with cross-link rewriting and sanitising. Whatever the input,
//! no panic, and nothing dangerous in the output.
#![no_main]

use std::collections::BTreeSet;
use std::path::PathBuf;

use haven::load::{ContentFile, FrontMatter};
use haven::render::markdown::{render, Kind, Targets};
use haven::render::sanitize::Sanitizer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(body) = std::str::from_utf8(data) else { return };
    let file = ContentFile {
        path: PathBuf::from("content/lessons/a/en.md"),
        slug: "a".into(),
        locale: "en".into(),
        front: FrontMatter {
            title: "A".into(),
            summary: "S".into(),
            topic: None,
            age_band: None,
            audience: None,
            duration: None,
            weight: None,
            source_locale: None,
            source_hash: None,
            status: None,
        },
        body: Some(body.to_owned()),
        body_start: 0,
        body_line: 10,
        hash: String::new(),
        media_dir: "lessons/a".into(),
    };
    let lessons: BTreeSet<String> = ["a", "b"].iter().map(|s| s.to_string()).collect();
    let pages: BTreeSet<String> = ["get-help"].iter().map(|s| s.to_string()).collect();
    let media: BTreeSet<String> = ["lessons/a/x.png"].iter().map(|s| s.to_string()).collect();
    let hidden: BTreeSet<String> = ["b"].iter().map(|s| s.to_string()).collect();
    let sanitizer = Sanitizer::default();
    for kind in [Kind::Lesson, Kind::Page] {
        let targets = Targets {
            lessons: &lessons,
            pages: &pages,
            hidden: &hidden,
            media: &media,
            media_dir: "lessons/a",
            sanitizer: Some(&sanitizer),
        };
        let out = render(&file, kind, &targets, "../../../../");
        let html = out.html.as_str();
        let tags = tags(&html.to_ascii_lowercase());
        for tag in &tags {
            assert!(!tag.starts_with("<script") && !tag.starts_with("<iframe"), "{}", html);
            for attr in ["href=\"", "src=\""] {
                for scheme in ["javascript:", "vbscript:", "data:"] {
                    assert!(!tag.contains(&format!("{attr}{scheme}")), "{}", html);
                }
            }
            assert!(!has_event_handler(tag), "{}", html);
        }
        for d in &out.diagnostics {
            assert!(d.location.as_ref().is_some_and(|l| l.line >= 10), "{d}");
        }
    }
});

/// The tags of the output (text between `<` and `>`); text content is escaped, so only tags
/// can carry scripts.
fn tags(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let end = rest[i..].find('>').map_or(rest.len(), |e| i + e + 1);
        out.push(rest[i..end].to_owned());
        rest = &rest[end..];
    }
    out
}

/// An attribute named `on…` (an event handler): attribute names are read outside quoted values.
fn has_event_handler(tag: &str) -> bool {
    let bytes = tag.as_bytes();
    // Skip `<` and the tag name.
    let mut i = 1;
    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
        i += 1;
    }
    while i < bytes.len() {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() && !matches!(bytes[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        if tag[start..i].starts_with("on") && i - start > 2 {
            return true;
        }
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            match bytes.get(i) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    i += 1;
                    while i < bytes.len() && bytes[i] != q {
                        i += 1;
                    }
                    i += 1;
                }
                _ => {
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                        i += 1;
                    }
                }
            }
        } else if i == start {
            i += 1;
        }
    }
    false
}
