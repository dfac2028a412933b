//! `haven build`: the output's layout, the summary, country selection, sitemap.

use crate::support::{plain, Project};

#[test]
fn writes_every_page_of_every_country_and_locale() {
    let p = Project::fixture("basic");
    let run = p.build();
    for page in [
        "index.html",
        "404.html",
        "sitemap.xml",
        "ch/index.html",
        "ch/de/index.html",
        "ch/de/lessons/index.html",
        "ch/de/lessons/alpha/index.html",
        "ch/fr/lessons/beta/index.html",
        "ch/fr/get-help/index.html",
        "lb/ar/index.html",
        "no/en/lessons/alpha/index.html",
        "assets/haven.css",
        "assets/haven.js",
        "assets/country-ch.css",
        "media/lessons/alpha/drawing.svg",
        "media/countries/ch/logo.svg",
        ".haven-output",
    ] {
        assert!(p.exists(&format!("public/{page}")), "missing {page}");
    }
    assert!(!p.exists("public/lb/ar/lessons/alpha/index.html"), "lb excludes alpha");
    let summary = run.stderr();
    assert!(summary.contains("built 3 countries, 5 locale sites,"), "{summary}");
}

#[test]
fn norway_code_is_a_string() {
    let p = Project::fixture("basic");
    p.build();
    assert!(p.out("index.html").contains("Norway"));
}

#[test]
fn country_option_builds_only_those_countries() {
    let p = Project::fixture("basic");
    p.haven(&["build", "--country", "CH"]).success();
    assert!(p.exists("public/ch/de/index.html"));
    assert!(!p.exists("public/lb"));
    let run = p.haven(&["build", "--country", "xx"]);
    assert_eq!(run.code(), 2);
    assert!(
        run.stderr().contains("--country xx: no such country in this campaign (it has: ch lb no)"),
        "{}",
        run.stderr()
    );
}

#[test]
fn out_option_writes_elsewhere() {
    let p = Project::fixture("basic");
    let out = p.root.parent().unwrap().join("site");
    p.haven(&["build", "--out", out.to_str().unwrap()]).success();
    assert!(out.join("ch/de/index.html").exists());
    assert!(!p.exists("public"));
}

#[test]
fn sitemap_has_hreflang_alternates_and_absolute_addresses() {
    let p = Project::fixture("basic");
    p.build();
    let xml = p.out("sitemap.xml");
    assert!(xml.contains("<loc>https://example.org/safety/ch/de/lessons/alpha/</loc>"), "{xml}");
    assert!(xml.contains("hreflang=\"fr-CH\" href=\"https://example.org/safety/ch/fr/lessons/alpha/\""));
    let canonical = p.out("ch/de/lessons/alpha/index.html");
    assert!(canonical.contains("<link rel=\"canonical\" href=\"https://example.org/safety/ch/de/lessons/alpha/\">"));
}

#[test]
fn lesson_list_groups_by_topic_with_plurals() {
    let p = Project::fixture("basic");
    p.build();
    let home = plain(&p.out("ch/de/index.html"));
    assert!(home.contains("2 Lektionen"), "German plural from the de bundle");
    let en = plain(&p.out("no/en/index.html"));
    assert!(en.contains("2 lessons"));
    let list = p.out("ch/de/lessons/index.html");
    assert!(list.contains("id=\"topic-grooming\""));
    let alpha = list.find("Lektion Alpha").unwrap();
    let beta = list.find("Beta lesson").unwrap();
    assert!(alpha < beta, "weight orders lessons");
}

#[test]
fn markdown_features_render() {
    let p = Project::fixture("basic");
    p.build();
    let html = p.out("no/en/lessons/alpha/index.html");
    assert!(html.contains("<h2 id=\"trusted-adults\">Trusted adults</h2>"), "heading ids");
    assert!(html.contains("<table>"), "tables");
    assert!(html.contains("type=\"checkbox\""), "task lists");
    assert!(html.contains("class=\"footnote-definition\""), "footnotes");
    assert!(
        html.contains("src=\"../../../../media/lessons/alpha/drawing.svg\" alt=\"A drawing of a helpline\""),
        "{html}"
    );
}

#[test]
fn rtl_locales_set_dir_on_the_page() {
    let p = Project::fixture("basic");
    p.build();
    let ar = p.out("lb/ar/lessons/beta/index.html");
    assert!(ar.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"), "{}", &ar[..80]);
    assert!(
        ar.contains("<div class=\"prose\" lang=\"en\" dir=\"ltr\">"),
        "English content keeps ltr inside an rtl page"
    );
}

/// Every file and folder below `rel`, relative to it; folders end with `/`.
fn tree(p: &crate::support::Project, rel: &str) -> Vec<String> {
    let root = p.root.join(rel);
    let mut all: Vec<String> = walkdir::WalkDir::new(&root)
        .min_depth(1)
        .into_iter()
        .map(|e| e.unwrap())
        .map(|e| {
            let name = e.path().strip_prefix(&root).unwrap().to_string_lossy().into_owned();
            if e.file_type().is_dir() {
                format!("{name}/")
            } else {
                name
            }
        })
        .collect();
    all.sort();
    all
}

#[test]
fn rebuilds_hold_exactly_what_a_fresh_build_writes() {
    let p = Project::fixture("basic");
    // Builds a moment apart, so that the outputs' notes vouch for their folders.
    let settle = || std::thread::sleep(std::time::Duration::from_millis(120));
    p.write("content/lessons/gamma/en.md", &p.read("content/lessons/beta/en.md"));
    for _ in 0..3 {
        p.build();
        settle();
    }
    assert!(p.exists(".public.haven-spare/.haven-listing.json"), "the spare carries its note");
    // Changes made by hand to the output, and a lesson taken away.
    p.write("public/ch/en/lessons/alpha/notes.txt", "mine");
    p.write("public/ch/extra/deep/file.txt", "mine");
    p.write("public/stray.html", "mine");
    std::fs::remove_dir_all(p.root.join("content/lessons/gamma")).unwrap();
    for round in 0..3 {
        p.build();
        settle();
        p.haven(&["build", "--quiet", "--out", "fresh"]).success();
        assert_eq!(tree(&p, "public"), tree(&p, "fresh"), "round {round}");
        for gone in ["fresh", ".fresh.haven-spare"] {
            let _ = std::fs::remove_dir_all(p.root.join(gone));
        }
    }
    assert!(!p.exists("public/ch/en/lessons/alpha/notes.txt") && !p.exists("public/ch/extra"));
    assert!(!p.exists("public/ch/en/lessons/gamma"));
}
