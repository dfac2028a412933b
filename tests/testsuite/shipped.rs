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
            let list = line.trim_start_matches("locales:").trim().trim_matches(['[', ']']);
            let locales = list.split(',').map(|s| s.trim().to_owned()).collect();
            out.push((path.file_stem().unwrap().to_string_lossy().into_owned(), locales));
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
            assert!(dir.join(file).exists(), "{}: broken link {r}", entry.path().display());
            checked += 1;
        }
    }
    assert!(checked > 10_000, "only {checked} links checked");

    privacy_audit(&out);

    // Every country's locale has a search index, no larger than the text it indexes.
    for (cc, locales) in &countries {
        for locale in locales {
            let path = out.join(format!("{cc}/{locale}/search-index.js"));
            let js = std::fs::read_to_string(&path).unwrap();
            let text = indexed_text_bytes(&js);
            assert!(js.len() <= text, "{}: {} bytes for {text} bytes of text", path.display(), js.len());
        }
    }
}

/// Addresses on other hosts the sites may name: the contacts, their sources, the directories
/// and the exit sites of the country files and campaign.yaml.
fn allowed_addresses() -> BTreeSet<String> {
    let mut files = vec![repo().join("campaign.yaml")];
    for entry in std::fs::read_dir(repo().join("content/countries")).unwrap() {
        files.push(entry.unwrap().path());
    }
    let mut out = BTreeSet::new();
    for file in files.iter().filter(|f| f.extension().is_some_and(|e| e == "yaml")) {
        for line in std::fs::read_to_string(file).unwrap().lines() {
            let value = line.trim().trim_start_matches("- ");
            for key in ["url:", "source:", "exit_url:"] {
                if let Some(v) = value.strip_prefix(key) {
                    out.insert(v.trim().trim_matches('"').to_owned());
                }
            }
        }
    }
    out
}

/// No reference to another host but contact and source links; no cookies or storage; the
/// Content-Security-Policy and referrer policy on every page.
fn privacy_audit(out: &Path) {
    let allowed = allowed_addresses();
    for entry in walkdir::WalkDir::new(out).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
        let path = entry.path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(ext, "html" | "js" | "css") {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        for word in ["document.cookie", "localStorage", "sessionStorage", "indexedDB", "navigator.sendBeacon"] {
            assert!(!text.contains(word), "{}: uses {word}", path.display());
        }
        if ext == "html" {
            assert!(
                text.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'\">"),
                "{}: no CSP",
                path.display()
            );
            assert!(text.contains("<meta name=\"referrer\" content=\"no-referrer\">"), "{}", path.display());
        }
        for (i, _) in text.match_indices("http") {
            let rest = &text[i..];
            if !(rest.starts_with("https://") || rest.starts_with("http://")) {
                continue;
            }
            let url: String = rest.chars().take_while(|c| !matches!(c, '"' | '<' | ' ' | ')' | '\'')).collect();
            let before = &text[..i];
            let in_href = before.ends_with("href=\"")
                && before.rfind("<a ").is_some_and(|a| before.rfind('>').is_none_or(|g| g < a));
            let printed = before.ends_with("<span class=\"print-url\"> (");
            assert!(
                (in_href || printed) && allowed.contains(url.replace("&amp;", "&").as_str()),
                "{}: another host is named outside a contact or source link: {url}",
                path.display()
            );
        }
    }
}

/// The size of the text a search index holds, decoded from its vocabulary and token numbers.
fn indexed_text_bytes(js: &str) -> usize {
    const ALPHABET: &[u8] =
        b"!#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";
    let json: serde_json::Value =
        serde_json::from_str(js.trim_start_matches("window.HAVEN_SEARCH=").trim_end().trim_end_matches(';')).unwrap();
    let width = json["w"].as_u64().unwrap() as usize;
    let vocab: Vec<&str> = json["v"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    let mut total = 0;
    for doc in json["d"].as_array().unwrap() {
        for field in ["t", "s", "b"] {
            for chunk in doc[field].as_str().unwrap().as_bytes().chunks(width) {
                let id =
                    chunk.iter().fold(0, |n, c| n * ALPHABET.len() + ALPHABET.iter().position(|a| a == c).unwrap());
                total += vocab[id].len();
            }
        }
    }
    total
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
        assert!(extra.is_empty(), "{locale} has messages English lacks: {extra:?}");
    }
}

/// `message` of `locale`'s shipped interface text formatted with `arg` = `n`, digits removed, so
/// that numbers do not hide which plural variant was chosen.
fn words(locale: &str, message: &str, arg: &str, n: i64) -> String {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    let text = std::fs::read_to_string(repo().join(format!("locales/{locale}/main.ftl"))).unwrap();
    let resource = FluentResource::try_new(text).unwrap();
    let mut bundle = FluentBundle::new(vec![locale.parse().unwrap()]);
    bundle.add_resource(resource).unwrap();
    let pattern = bundle.get_message(message).unwrap().value().unwrap();
    let mut args = FluentArgs::new();
    args.set(arg, n);
    let mut errors = vec![];
    let out = bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
    assert!(errors.is_empty(), "{errors:?}");
    out.chars()
        .filter(|c| !c.is_ascii_digit() && !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Assert that the numbers in each group take the same form, and different groups different
/// forms: the CLDR plural categories of the locale.
fn assert_plural_groups(locale: &str, groups: &[&[i64]]) {
    assert_plural_groups_of(locale, "lesson-count", "count", groups);
}

fn assert_plural_groups_of(locale: &str, message: &str, arg: &str, groups: &[&[i64]]) {
    let forms: Vec<Vec<String>> =
        groups.iter().map(|g| g.iter().map(|&n| words(locale, message, arg, n)).collect()).collect();
    for (group, words) in groups.iter().zip(&forms) {
        assert!(words.windows(2).all(|w| w[0] == w[1]), "{locale}: {group:?} should share one form: {words:?}");
    }
    for i in 0..forms.len() {
        for j in i + 1..forms.len() {
            assert_ne!(forms[i][0], forms[j][0], "{locale}: {:?} and {:?} should differ", groups[i], groups[j]);
        }
    }
}

#[test]
fn plurals_follow_cldr() {
    // Polish: one (1), few (2-4, 22-24), many (5-21, 25...).
    assert_plural_groups("pl", &[&[1], &[2, 3, 4, 22, 23], &[5, 11, 12, 21, 25]]);
    // Czech: one (1), few (2-4), other (5+); "lekce" is the same for 1 and 2, "minuta" is not.
    assert_plural_groups_of("cs", "duration-minutes", "minutes", &[&[1], &[2, 3, 4], &[5, 10, 22]]);
    // Lithuanian: one (1, 21, 31), few (2-9), other (10-20, 30). CLDR also puts 22-29 in `few`,
    // but intl_pluralrules 7.0.2, which Fluent uses, tests `i` where CLDR tests `i % 10`, and
    // so gives 22-29 `other`: an upstream bug, noted in the README.
    assert_plural_groups("lt", &[&[1, 21, 31], &[2, 5, 9], &[10, 11, 20, 30]]);
    // Ukrainian: one (1, 21), few (2-4, 22-24), many (5-20, 25).
    assert_plural_groups("uk", &[&[1, 21], &[2, 4, 22], &[5, 11, 20, 25]]);
    // Irish: one (1), two (2), few (3-6), many (7-10), other (11+). "ceacht" is lenited after
    // 1-6 and eclipsed after 7-10, so three forms show.
    assert_plural_groups("ga", &[&[1, 2, 3, 6], &[7, 10], &[11, 20]]);
    // Japanese: a single form.
    assert_plural_groups("ja", &[&[1, 2, 5, 100]]);
}
