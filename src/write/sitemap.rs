//! `sitemap.xml` with `hreflang` alternates.

/// One page and its versions in the country's other locales: `(hreflang, path)`.
pub struct Entry {
    pub path: String,
    pub alternates: Vec<(String, String)>,
}

/// The sitemap. With a base URL its addresses are absolute, as search engines need; without
/// one they are relative to the site root.
pub fn render(base_url: Option<&str>, entries: &[Entry]) -> String {
    let base = base_url.map(|b| format!("{}/", b.trim_end_matches('/'))).unwrap_or_default();
    let url = |p: &str| escape(&format!("{base}{}", p.strip_suffix("index.html").unwrap_or(p)));
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for e in entries {
        out.push_str(&format!("  <url>\n    <loc>{}</loc>\n", url(&e.path)));
        for (lang, path) in &e.alternates {
            out.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                escape(lang),
                url(path)
            ));
        }
        out.push_str("  </url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_with_alternates() {
        let e =
            Entry { path: "ch/de/index.html".into(), alternates: vec![("fr-CH".into(), "ch/fr/index.html".into())] };
        let xml = render(Some("https://example.org/safety/"), &[e]);
        assert!(xml.contains("<loc>https://example.org/safety/ch/de/</loc>"));
        assert!(xml.contains("hreflang=\"fr-CH\" href=\"https://example.org/safety/ch/fr/\""));
    }
}
