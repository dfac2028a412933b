//! Raw HTML in lessons is untrusted: NGOs send content from outside. It is cleaned with ammonia
//! against an allowlist that keeps what Markdown itself produces (ids and classes for anchors
//! and footnotes, task-list checkboxes), and every removal is reported.

use std::collections::HashSet;

/// Elements raw HTML may use: ammonia's defaults plus what pulldown-cmark writes.
const EXTRA_TAGS: [&str; 5] = ["input", "section", "mark", "figure", "figcaption"];

/// Cleans rendered HTML. Built once per build and shared by the threads.
pub struct Sanitizer {
    builder: ammonia::Builder<'static>,
    allowed: HashSet<&'static str>,
}

impl Default for Sanitizer {
    fn default() -> Self {
        let mut builder = ammonia::Builder::default();
        builder
            .add_tags(EXTRA_TAGS)
            .add_tag_attributes("input", ["type", "checked", "disabled"])
            .add_generic_attributes(["id", "class", "dir"])
            .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
            .link_rel(None)
            .attribute_filter(|element, attribute, value| {
                if element == "img" && attribute == "src" && is_remote(value) {
                    None
                } else {
                    Some(value.into())
                }
            });
        let allowed = ammonia::Builder::default().clone_tags().into_iter().chain(EXTRA_TAGS).collect();
        Sanitizer { builder, allowed }
    }
}

impl Sanitizer {
    pub fn clean(&self, html: &str) -> String {
        self.builder.clean(html).to_string()
    }

    /// What cleaning would remove from a fragment of raw HTML, in words, for a warning.
    pub fn findings(&self, fragment: &str) -> Vec<String> {
        let lower = fragment.to_ascii_lowercase();
        let mut found = Vec::new();
        for name in tag_names(&lower) {
            if !self.allowed.contains(name.as_str()) {
                found.push(format!("the <{name}> element"));
            }
        }
        for handler in event_handlers(&lower) {
            found.push(format!("the event handler `{handler}`"));
        }
        for scheme in ["javascript:", "vbscript:", "data:"] {
            if lower.contains(scheme) {
                found.push(format!("a `{scheme}` address"));
            }
        }
        if lower.contains("<img")
            && (lower.contains("src=\"http")
                || lower.contains("src='http")
                || lower.contains("src=http")
                || lower.contains("src=\"//"))
        {
            found.push("an image from another host".to_owned());
        }
        found.sort();
        found.dedup();
        found
    }
}

/// An address on another host: a scheme or a protocol-relative `//`.
pub fn is_remote(url: &str) -> bool {
    let url = url.trim();
    url.starts_with("//") || url.split(['/', '?', '#']).next().is_some_and(|first| first.contains(':'))
}

fn tag_names(html: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let name: String =
            rest.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
        if !name.is_empty() {
            names.push(name);
        }
    }
    names
}

fn event_handlers(html: &str) -> Vec<String> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    for (i, _) in html.match_indices("on") {
        let boundary = i > 0
            && (bytes[i - 1].is_ascii_whitespace()
                || bytes[i - 1] == b'/'
                || bytes[i - 1] == b'"'
                || bytes[i - 1] == b'\'');
        let name: String = html[i..].chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        let after = html[i + name.len()..].trim_start();
        if boundary && name.len() > 2 && after.starts_with('=') && inside_tag(html, i) {
            out.push(name);
        }
    }
    out
}

/// Whether position `i` is inside a tag (after a `<`, before its `>`).
fn inside_tag(html: &str, i: usize) -> bool {
    let before = &html[..i];
    matches!((before.rfind('<'), before.rfind('>')), (Some(open), close) if close.is_none_or(|c| c < open))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_what_is_dangerous_and_keeps_what_markdown_needs() {
        let s = Sanitizer::default();
        let html = concat!(
            "<h2 id=\"a\">A</h2><p class=\"x\" onclick=\"steal()\">t<script>alert(1)</script></p>",
            "<a href=\"javascript:alert(1)\">j</a><a href=\"../b/index.html\">b</a>",
            "<iframe src=\"https://evil.example\"></iframe><form><input name=q></form>",
            "<img src=\"https://tracker.example/p.gif\" alt=\"t\"><img src=\"../../media/x.png\" alt=\"x\">",
            "<ul><li><input disabled=\"\" type=\"checkbox\"> task</li></ul>"
        );
        let clean = s.clean(html);
        for gone in ["onclick", "<script", "alert", "javascript:", "<iframe", "<form", "tracker.example"] {
            assert!(!clean.contains(gone), "{gone} survived: {clean}");
        }
        for kept in [
            "<h2 id=\"a\">",
            "class=\"x\"",
            "href=\"../b/index.html\"",
            "src=\"../../media/x.png\"",
            "type=\"checkbox\"",
        ] {
            assert!(clean.contains(kept), "{kept} lost: {clean}");
        }
    }

    #[test]
    fn findings_name_what_is_removed() {
        let s = Sanitizer::default();
        assert_eq!(s.findings("<div class=\"note\">ok</div>"), Vec::<String>::new());
        assert_eq!(s.findings("<script>alert(1)</script>"), ["the <script> element"]);
        assert_eq!(s.findings("<p onmouseover=\"x()\">"), ["the event handler `onmouseover`"]);
        assert_eq!(s.findings("<a href=\"javascript:x()\">"), ["a `javascript:` address"]);
        assert_eq!(s.findings("<img src=\"https://x.example/a.png\">"), ["an image from another host"]);
        assert_eq!(s.findings("<p>on = off</p>"), Vec::<String>::new());
    }

    #[test]
    fn remote() {
        assert!(is_remote("https://x.example/a"));
        assert!(is_remote("//x.example/a"));
        assert!(is_remote("data:image/png;base64,AAAA"));
        assert!(!is_remote("../media/a.png"));
        assert!(!is_remote("a.png?x=1:2"));
    }
}
