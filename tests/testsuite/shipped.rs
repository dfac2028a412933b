//! The shipped campaign at the repository root: every country, locale and lesson builds, every
//! locale has every interface message, and plurals follow CLDR.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::references;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn message_ids(path: &Path) -> BTreeSet<String> {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .collect()
}

fn country_locales() -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(repo().join("content/countries")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).unwrap();
            let line = text.lines().find(|l| l.starts_with("locales:")).unwrap();
            let list = line
                .trim_start_matches("locales:")
                .trim()
                .trim_matches(['[', ']']);
            let locales = list.split(',').map(|s| s.trim().to_owned()).collect();
            out.push((
                path.file_stem().unwrap().to_string_lossy().into_owned(),
                locales,
            ));
        }
    }
    out.sort();
    out
}

#[test]
fn the_shipped_campaign_builds_every_country_locale_and_lesson_with_no_broken_link() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let run = Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(["build", "--quiet", "--out"])
        .arg(&out)
        .current_dir(repo())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(!stderr.contains("error:"), "{stderr}");

    let countries = country_locales();
    assert_eq!(countries.len(), 49, "48 founding members and Canada");
    let lessons: Vec<String> = std::fs::read_dir(repo().join("content/lessons"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(lessons.len() >= 15);
    for (cc, locales) in &countries {
        for locale in locales {
            for slug in &lessons {
                let page = out.join(format!("{cc}/{locale}/lessons/{slug}/index.html"));
                assert!(page.exists(), "missing {}", page.display());
            }
        }
    }

    let mut checked = 0;
    for entry in walkdir::WalkDir::new(&out) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = std::fs::read_to_string(entry.path()).unwrap();
        let dir = entry.path().parent().unwrap();
        for r in references(&html) {
            if r.starts_with("https://") || r.starts_with("tel:") || r.starts_with('#') {
                continue;
            }
            let file = r.split('#').next().unwrap();
            assert!(
                dir.join(file).exists(),
                "{}: broken link {r}",
                entry.path().display()
            );
            checked += 1;
        }
    }
    assert!(checked > 10_000, "only {checked} links checked");
}

#[test]
fn every_country_locale_has_every_interface_message() {
    let en = message_ids(&repo().join("locales/en/main.ftl"));
    let used: BTreeSet<String> = country_locales().into_iter().flat_map(|(_, l)| l).collect();
    for locale in used {
        let path = repo().join(format!("locales/{locale}/main.ftl"));
        assert!(path.exists(), "no interface text for {locale}");
        let ids = message_ids(&path);
        let missing: Vec<&String> = en.difference(&ids).collect();
        let extra: Vec<&String> = ids.difference(&en).collect();
        assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{locale} has messages English lacks: {extra:?}"
        );
    }
}
