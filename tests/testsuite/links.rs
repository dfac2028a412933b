//! Every internal link is relative, names its file, and resolves; nothing is loaded from
//! another host.

use std::path::Path;

use crate::support::{references, Project};

#[test]
fn every_internal_link_resolves_to_a_file() {
    let p = Project::fixture("basic");
    p.build();
    let out = p.root.join("public");
    let pages = p.pages();
    assert!(pages.len() > 20);
    for page in &pages {
        let html = std::fs::read_to_string(out.join(page)).unwrap();
        let dir = Path::new(page).parent().unwrap();
        for r in references(&html) {
            if r.starts_with("https://") || r.starts_with("tel:") || r.starts_with('#') {
                continue;
            }
            assert!(!r.starts_with('/') && !r.contains("://"), "{page}: not relative: {r}");
            let file = r.split('#').next().unwrap();
            assert!(
                file.ends_with(".html") || file.ends_with(".css") || file.ends_with(".js") || file.ends_with(".svg"),
                "{page}: {r} does not name a file"
            );
            let target = out.join(dir).join(file);
            assert!(target.exists(), "{page}: broken link {r}");
        }
    }
}

#[test]
fn cross_links_point_at_the_same_country_and_locale() {
    let p = Project::fixture("basic");
    p.build();
    let html = p.out("ch/fr/lessons/alpha/index.html");
    assert!(html.contains("href=\"../../get-help/index.html\""), "lesson → page");
    let beta = p.out("ch/de/lessons/beta/index.html");
    assert!(beta.contains("href=\"../alpha/index.html\""), "lesson → lesson");
    let en = p.out("no/en/lessons/alpha/index.html");
    assert!(en.contains("href=\"../beta/index.html#what-to-do\""), "anchors are kept");
}

#[test]
fn links_to_a_lesson_a_country_excludes_become_text() {
    let p = Project::fixture("basic");
    p.build();
    let beta = p.out("lb/ar/lessons/beta/index.html");
    assert!(beta.contains("Back to alpha."), "{beta}");
    assert!(!beta.contains("alpha/index.html"));
}

#[test]
fn pages_load_nothing_from_other_hosts() {
    let p = Project::fixture("basic");
    p.build();
    for page in p.pages() {
        let html = p.out(&page);
        for (attr, what) in [("src=\"http", "script or image"), ("<link rel=\"stylesheet\" href=\"http", "stylesheet")]
        {
            assert!(!html.contains(attr), "{page} loads a {what} from another host");
        }
        assert!(html.contains("Content-Security-Policy"), "{page} has no CSP");
    }
}
