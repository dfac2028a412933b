//! `haven check`: every problem of a campaign at once, without writing anything.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use crate::cli::{CheckArgs, Format};
use crate::error::{Diagnostic, Diagnostics, Error, Location, Result};
use crate::model::Campaign;
use crate::render::markdown::Kind;
use crate::render::{plan, Renderer};
use crate::{load, model, report};

/// Run every check; print the diagnostics; fail when there are errors.
pub fn run(args: &CheckArgs) -> Result<()> {
    let diags = diagnose(&args.campaign, crate::today());
    let (errors, warnings) = (diags.error_count(), diags.warning_count());
    let list = diags.sorted();
    match args.format {
        Format::Json => {
            let json = serde_json::json!({ "errors": errors, "warnings": warnings, "diagnostics": list });
            println!("{}", serde_json::to_string_pretty(&json).unwrap_or_default());
        }
        Format::Text => {
            report::print_diagnostics(list.clone());
            eprintln!("{}", report::counts(errors, warnings));
        }
    }
    if errors > 0 {
        return Err(Error::Checked(errors));
    }
    Ok(())
}

/// Everything `haven check` finds in the campaign at `dir`, on `today` (YYYY-MM-DD).
pub fn diagnose(dir: &std::path::Path, today: (i32, u32, u32)) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let (sources, found) = load::load(dir);
    diags.extend(found);
    let Some(campaign) = sources.and_then(|s| model::resolve(s, &mut diags)) else {
        return diags;
    };
    if let Some(renderer) = Renderer::new(&campaign, &mut diags) {
        render_everything(&campaign, &renderer, &mut diags);
        check_anchors(&campaign, &renderer, &mut diags);
    }
    check_interface_text(&campaign, &mut diags);
    check_theme_addresses(&campaign, &mut diags);
    check_contacts(&campaign, today, &mut diags);
    diags
}

/// Render every page in memory: missing interface text and template errors show here.
fn render_everything(campaign: &Campaign, renderer: &Renderer, diags: &mut Diagnostics) {
    let all: Vec<usize> = (0..campaign.countries.len()).collect();
    let failures: Vec<Diagnostic> = {
        let view = renderer.view(campaign);
        plan::jobs(campaign, &all).par_iter().filter_map(|job| view.page(job).err()).collect()
    };
    diags.extend(failures);
}

/// A link `@/lessons/x#a` must name a heading of the page it reaches in the same language.
fn check_anchors(campaign: &Campaign, renderer: &Renderer, diags: &mut Diagnostics) {
    let docs = |kind: Kind| match kind {
        Kind::Lesson => &campaign.lessons,
        Kind::Page => &campaign.pages,
    };
    let all = renderer.rendered.snapshot();
    for (path, rendered) in &all {
        let locale = path.file_stem().unwrap_or_default().to_string_lossy();
        for (kind, slug, anchor, at) in &rendered.anchored {
            let Some(target) = docs(*kind).get(slug) else { continue };
            let file = target.pick(&campaign.locale(&locale).chain);
            let Ok(target) = renderer.rendered.get(&file.path) else { continue };
            let headings = &target.headings;
            if !headings.iter().any(|h| &h.id == anchor) {
                let ids: Vec<&str> = headings.iter().map(|h| h.id.as_str()).collect();
                diags.push(
                    Diagnostic::error(format!("`{slug}` ({}) has no heading `#{anchor}`", file.locale))
                        .at(at.clone())
                        .help(format!("its headings are: {}", ids.join(", "))),
                );
            }
        }
    }
}

/// Messages of the default locale missing elsewhere, messages only other locales have, and
/// messages no template or haven itself uses.
fn check_interface_text(campaign: &Campaign, diags: &mut Diagnostics) {
    let mut ids: BTreeMap<&str, BTreeMap<String, Location>> = BTreeMap::new();
    for file in &campaign.ftl {
        for (id, line) in load::locales::message_ids(file) {
            ids.entry(file.locale.as_str()).or_default().insert(id, Location::at(&file.path, line, 1));
        }
    }
    let default = campaign.default_locale.as_str();
    let Some(reference) = ids.get(default) else { return };
    for (locale, own) in &ids {
        if *locale == default {
            continue;
        }
        let folder = load::shown(&campaign.root, format!("locales/{locale}"));
        let missing: Vec<&str> = reference.keys().filter(|k| !own.contains_key(*k)).map(String::as_str).collect();
        if !missing.is_empty() {
            diags.push(
                Diagnostic::warning(format!(
                    "locale `{locale}` lacks {} message(s) of `{default}`: {}",
                    missing.len(),
                    abbreviate(&missing)
                ))
                .in_file(folder)
                .help(format!("until they are added, those texts are shown from the fallback chain of `{locale}`")),
            );
        }
        for (id, at) in own.iter().filter(|(k, _)| !reference.contains_key(*k)) {
            diags.push(Diagnostic::warning(format!("`{id}` is not in the default locale `{default}`")).at(at.clone()));
        }
    }
    let used = used_keys(campaign);
    for (id, at) in reference {
        if !used.is_used(id) {
            diags.push(Diagnostic::warning(format!("`{id}` is not used by any template")).at(at.clone()));
        }
    }
}

fn abbreviate(list: &[&str]) -> String {
    if list.len() <= 8 {
        list.join(", ")
    } else {
        format!("{}, … ({} more)", list[..8].join(", "), list.len() - 8)
    }
}

/// Message ids the templates name literally, and prefixes they complete at render time
/// (`"topic-" ~ topic`).
struct UsedKeys {
    exact: BTreeSet<String>,
    prefixes: BTreeSet<String>,
}

impl UsedKeys {
    fn is_used(&self, id: &str) -> bool {
        self.exact.contains(id) || self.prefixes.iter().any(|p| id.starts_with(p.as_str()))
    }
}

fn used_keys(campaign: &Campaign) -> UsedKeys {
    let mut used = UsedKeys { exact: BTreeSet::new(), prefixes: BTreeSet::new() };
    // haven itself formats these.
    used.exact.insert(campaign.config.name.clone());
    used.exact.extend(campaign.countries.iter().map(|c| c.name_key.clone()));
    used.prefixes.insert("language-".to_owned());
    used.prefixes.insert("bundle-readme-".to_owned());
    used.prefixes.insert("country-".to_owned());
    let theme = load::shown(&campaign.root, format!("themes/{}/templates", campaign.config.theme));
    for dir in [theme, load::shown(&campaign.root, "templates")] {
        for entry in walkdir::WalkDir::new(&dir).into_iter().filter_map(std::result::Result::ok) {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                collect_keys(&text, &mut used);
            }
        }
    }
    used
}

/// Find `key="…"` and `"…" | t` in a template; a literal followed by `~` is a prefix.
fn collect_keys(text: &str, used: &mut UsedKeys) {
    let mut add = |literal: &str, rest: &str| {
        if literal.is_empty() {
            return;
        }
        if rest.trim_start().starts_with('~') {
            used.prefixes.insert(literal.to_owned());
        } else {
            used.exact.insert(literal.to_owned());
        }
    };
    for (i, _) in text.match_indices("key=") {
        let after = &text[i + 4..];
        let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else { continue };
        if let Some(end) = after[1..].find(quote) {
            add(&after[1..1 + end], &after[end + 2..]);
        }
    }
    for (i, _) in text.match_indices('|') {
        let after = text[i + 1..].trim_start();
        let is_t = after.strip_prefix('t').is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric() || c == '_'));
        let before = text[..i].trim_end();
        let Some(quote) = before.chars().last().filter(|c| *c == '"' || *c == '\'') else { continue };
        let body = &before[..before.len() - 1];
        if let (true, Some(start)) = (is_t, body.rfind(quote)) {
            add(&body[start + 1..], "");
        }
    }
}

/// A theme loads nothing from another host: no absolute or external addresses in it.
fn check_theme_addresses(campaign: &Campaign, diags: &mut Diagnostics) {
    let theme = load::shown(&campaign.root, format!("themes/{}", campaign.config.theme));
    for entry in walkdir::WalkDir::new(&theme).into_iter().filter_map(std::result::Result::ok) {
        let Ok(text) = std::fs::read_to_string(entry.path()) else { continue };
        for (n, line) in text.lines().enumerate() {
            for pattern in ["src=\"http", "href=\"http", "src=\"/", "href=\"/", "url(http", "url(//", "@import"] {
                if let Some(col) = line.find(pattern) {
                    let d = Diagnostic::warning(format!(
                        "the theme refers to an absolute or external address (`{pattern}…`)"
                    ))
                    .at(Location::at(entry.path(), n + 1, col + 1))
                    .with_source(&text)
                    .help(
                        "the sites must work offline and from any folder: use relative addresses to files in the theme",
                    );
                    diags.push(d);
                    break;
                }
            }
        }
    }
}

/// Phone numbers in international form, checks newer than a year, a helpline and a hotline.
fn check_contacts(campaign: &Campaign, today: (i32, u32, u32), diags: &mut Diagnostics) {
    for c in &campaign.countries {
        for contact in &c.contacts {
            if let Some(phone) = &contact.phone {
                let digits = phone.chars().filter(char::is_ascii_digit).count();
                if digits > 6 && !phone.trim_start().starts_with('+') {
                    diags.push(
                        Diagnostic::warning(format!("contact `{}`: `{phone}` is not in international form", contact.name))
                            .in_file(&c.path)
                            .help("write it with the country calling code (`+…`), unless it can only be dialled inside the country"),
                    );
                }
            }
            if months_between(&contact.verified, today).is_some_and(|m| m >= 12) {
                diags.push(
                    Diagnostic::warning(format!(
                        "contact `{}` was last verified on {}, more than 12 months ago",
                        contact.name, contact.verified
                    ))
                    .in_file(&c.path)
                    .help("check the number and address at the source again and update `verified`"),
                );
            }
        }
        for gap in &c.gaps {
            diags.push(
                Diagnostic::warning(format!(
                    "country `{}` has no {gap}; its get-help page points to the international directory",
                    c.cc
                ))
                .in_file(&c.path),
            );
        }
    }
}

/// Whole months from a `YYYY-MM-DD` date to `today`.
fn months_between(date: &str, today: (i32, u32, u32)) -> Option<i32> {
    let mut parts = date.split('-').map(|p| p.parse::<i32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    let mut months = (today.0 - y) * 12 + today.1 as i32 - m;
    if (today.2 as i32) < d {
        months -= 1;
    }
    Some(months)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months() {
        assert_eq!(months_between("2025-11-25", (2026, 11, 25)), Some(12));
        assert_eq!(months_between("2025-11-26", (2026, 11, 25)), Some(11));
        assert_eq!(months_between("bad", (2026, 11, 25)), None);
    }

    #[test]
    fn template_keys() {
        let mut used = UsedKeys { exact: BTreeSet::new(), prefixes: BTreeSet::new() };
        let template = r#"<a aria-label="{{ t(key='nav-label') }}">{{ t(key="a-b") }} {{ "c" | t }} {{ "f"|t(n=2) }}
{{ t(key="topic-" ~ x) }} {{ t(key='d', n=1) }} "e" {{ "g" | title }}"#;
        collect_keys(template, &mut used);
        assert_eq!(used.exact, ["a-b", "c", "d", "f", "nav-label"].iter().map(|s| s.to_string()).collect());
        assert!(used.is_used("topic-grooming"));
        assert!(!used.is_used("e"));
    }
}
