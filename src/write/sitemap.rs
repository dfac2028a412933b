//! `sitemap.xml` with `hreflang` alternates.

/// One page and its versions in the country's other locales: `(hreflang, path)`.
pub struct Entry {
    pub path: String,
    pub alternates: Vec<(String, String)>,
}

/// The sitemap. With a base URL its addresses are absolute, as search engines need; without
/// one they are relative to the site root.
pub fn render(base_url: Option<&str>, entries: &[Entry]) -> String {
    use rayon::prelude::*;
    let base = base_url.map(|b| format!("{}/", b.trim_end_matches('/'))).unwrap_or_default();
    let urls: Vec<String> = entries.par_iter().map(|e| url_element(&base, e)).collect();
    let mut out = String::with_capacity(urls.iter().map(String::len).sum::<usize>() + 256);
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    urls.iter().for_each(|u| out.push_str(u));
    out.push_str("</urlset>\n");
    out
}

/// One page's `<url>` element.
fn url_element(base: &str, e: &Entry) -> String {
    let url = |p: &str| escape(&format!("{base}{}", p.strip_suffix("index.html").unwrap_or(p)));
    let mut out = format!("  <url>\n    <loc>{}</loc>\n", url(&e.path));
    for (lang, path) in &e.alternates {
        out.push_str(&format!(
            "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
            escape(lang),
            url(path)
        ));
    }
    out.push_str("  </url>\n");
    out
}

fn escape(s: &str) -> String {
    if !s.contains(['&', '<', '>', '"']) {
        return s.to_owned();
    }
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
