//! Step 2 of the pipeline: check that the loaded pieces fit together, and resolve them into a
//! [`Campaign`] ready to render (the "high-level" model; [`crate::load`] holds the raw one).

pub mod country;
pub mod lesson;
pub mod locale;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

pub use country::{Contact, Country};
pub use lesson::{Document, Meta};
pub use locale::Direction;

use crate::error::{Diagnostic, Diagnostics};
use crate::load::{Asset, CampaignFile, FtlFile, Sources};

/// A campaign, checked and ready to render.
#[derive(Debug)]
pub struct Campaign {
    pub root: PathBuf,
    pub config: CampaignFile,
    pub default_locale: String,
    /// Every locale a country uses or the campaign has interface text for.
    pub locales: BTreeMap<String, Locale>,
    /// Sorted by code.
    pub countries: Vec<Country>,
    /// Lessons every country may show, by slug.
    pub lessons: BTreeMap<String, Document>,
    pub pages: BTreeMap<String, Document>,
    /// Per country (lower-case code): its lessons, with its own files laid over the shared ones.
    pub country_lessons: BTreeMap<String, BTreeMap<String, Document>>,
    pub assets: Vec<Asset>,
    pub ftl: Vec<FtlFile>,
    pub directories: Vec<Contact>,
}

/// A locale: its fallback chain and direction.
#[derive(Debug, Clone)]
pub struct Locale {
    pub tag: String,
    pub chain: Vec<String>,
    pub dir: Direction,
}

impl Campaign {
    /// The lessons a country shows, by slug, in the order of their topic, weight and slug.
    pub fn lessons_of(&self, country: &Country) -> Vec<&Document> {
        let own = self.country_lessons.get(&country.cc);
        let mut list: Vec<&Document> = self
            .lessons
            .keys()
            .chain(own.into_iter().flat_map(|m| m.keys()))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .filter(|slug| {
                is_selected(
                    country,
                    slug,
                    own.is_some_and(|m| m.contains_key(*slug) && !self.lessons.contains_key(*slug)),
                )
            })
            .filter_map(|slug| own.and_then(|m| m.get(slug)).or_else(|| self.lessons.get(slug)))
            .collect();
        list.sort_by(|a, b| {
            let (ma, mb) = (a.meta.as_ref(), b.meta.as_ref());
            (ma.map(|m| &m.topic), ma.map(|m| m.weight), &a.slug).cmp(&(
                mb.map(|m| &m.topic),
                mb.map(|m| m.weight),
                &b.slug,
            ))
        });
        list
    }

    pub fn locale(&self, tag: &str) -> &Locale {
        &self.locales[tag]
    }

    /// Every slug that names a lesson somewhere in the campaign.
    pub fn all_lesson_slugs(&self) -> BTreeSet<&str> {
        self.lessons.keys().chain(self.country_lessons.values().flat_map(|m| m.keys())).map(String::as_str).collect()
    }
}

fn is_selected(country: &Country, slug: &str, own_only: bool) -> bool {
    if country.exclude.iter().any(|s| s == slug) {
        return false;
    }
    own_only || country.include.as_ref().is_none_or(|inc| inc.iter().any(|s| s == slug))
}

/// Resolve loaded sources into a campaign. Returns `None` when there are errors; all are in
/// `diags`.
pub fn resolve(sources: Sources, diags: &mut Diagnostics) -> Option<Campaign> {
    let before = diags.error_count();
    let config = sources.config;
    let cfg_path = crate::load::shown(&sources.root, "campaign.yaml");
    check_config(&config, &cfg_path, diags);
    let media: BTreeMap<String, ()> = sources.assets.iter().map(|a| (a.media_path.clone(), ())).collect();
    let mut countries: Vec<Country> = sources
        .countries
        .into_iter()
        .filter_map(|(path, file)| country::resolve(&path, file, &config.exit_url, &media, diags))
        .collect();
    countries.sort_by(|a, b| a.cc.cmp(&b.cc));
    if countries.is_empty() && diags.error_count() == before {
        diags.push(
            Diagnostic::error("the campaign has no countries")
                .in_file(crate::load::shown(&sources.root, "content/countries"))
                .help("add a file such as content/countries/ch.yaml"),
        );
    }
    let mut broken = sources.broken;
    let lessons = lesson::assemble(sources.lessons.into_iter().map(Arc::new).collect(), true, &mut broken, diags);
    let pages = lesson::assemble(sources.pages.into_iter().map(Arc::new).collect(), false, &mut broken, diags);
    let country_lessons = overlay_country_lessons(&lessons, sources.country_lessons, &mut broken, diags);
    let locales = collect_locales(&config, &countries, &sources.ftl);
    check_selections(&countries, &lessons, &country_lessons, &broken, diags);
    check_default_locale_has_text(&config, &sources.ftl, &cfg_path, diags);
    let directories = config
        .directories
        .iter()
        .map(|d| Contact {
            kind: d.kind.clone(),
            name: d.name.clone(),
            phone: None,
            tel: None,
            url: Some(d.url.clone()),
            source: d.source.clone(),
            verified: d.verified.clone(),
        })
        .collect();
    if diags.error_count() > before {
        return None;
    }
    Some(Campaign {
        root: sources.root,
        default_locale: config.default_locale.clone(),
        config,
        locales,
        countries,
        lessons,
        pages,
        country_lessons,
        assets: sources.assets,
        ftl: sources.ftl,
        directories,
    })
}

fn check_config(config: &CampaignFile, path: &std::path::Path, diags: &mut Diagnostics) {
    if let Err(d) = crate::load::check_locale_tag(&config.default_locale) {
        diags.push(d.in_file(path));
    }
    for (from, to) in &config.fallback {
        for tag in std::iter::once(from).chain(to) {
            if let Err(d) = crate::load::check_locale_tag(tag) {
                diags.push(d.in_file(path));
            }
        }
    }
    country::check_https(&config.exit_url, "exit_url", path, diags);
    if let Some(base) = &config.base_url {
        country::check_https(base, "base_url", path, diags);
    }
    for d in &config.directories {
        country::check_https(&d.url, &format!("directory `{}`", d.name), path, diags);
        country::check_https(&d.source, &format!("directory `{}`: source", d.name), path, diags);
    }
    if !crate::load::is_slug(&config.theme) {
        diags.push(Diagnostic::error(format!("theme `{}` is not a valid folder name", config.theme)).in_file(path));
    }
}

fn check_default_locale_has_text(
    config: &CampaignFile,
    ftl: &[FtlFile],
    path: &std::path::Path,
    diags: &mut Diagnostics,
) {
    if !ftl.iter().any(|f| f.locale == config.default_locale) {
        diags.push(
            Diagnostic::error(format!("the default locale `{}` has no interface text", config.default_locale))
                .in_file(path)
                .help(format!("add locales/{}/main.ftl", config.default_locale)),
        );
    }
}

/// Lay each country's own lesson files over the shared lessons with the same slug.
fn overlay_country_lessons(
    shared: &BTreeMap<String, Document>,
    own: Vec<(String, crate::load::ContentFile)>,
    broken: &mut BTreeSet<String>,
    diags: &mut Diagnostics,
) -> BTreeMap<String, BTreeMap<String, Document>> {
    let mut by_country: BTreeMap<String, Vec<Arc<crate::load::ContentFile>>> = BTreeMap::new();
    for (cc, file) in own {
        by_country.entry(cc).or_default().push(Arc::new(file));
    }
    by_country
        .into_iter()
        .map(|(cc, files)| {
            let slugs: BTreeSet<String> = files.iter().map(|f| f.slug.clone()).collect();
            let mut merged: Vec<Arc<crate::load::ContentFile>> = files.clone();
            for slug in &slugs {
                if let Some(doc) = shared.get(slug) {
                    let replaced: BTreeSet<&str> =
                        files.iter().filter(|f| &f.slug == slug).map(|f| f.locale.as_str()).collect();
                    merged.extend(doc.files.values().filter(|f| !replaced.contains(f.locale.as_str())).cloned());
                }
            }
            (cc, lesson::assemble(merged, true, broken, diags))
        })
        .collect()
}

fn collect_locales(config: &CampaignFile, countries: &[Country], ftl: &[FtlFile]) -> BTreeMap<String, Locale> {
    let tags: BTreeSet<&str> = countries
        .iter()
        .flat_map(|c| c.locales.iter().map(String::as_str))
        .chain(ftl.iter().map(|f| f.locale.as_str()))
        .chain(std::iter::once(config.default_locale.as_str()))
        .collect();
    tags.into_iter()
        .map(|tag| {
            let chain = locale::chain(tag, &config.fallback, &config.default_locale);
            (tag.to_owned(), Locale { tag: tag.to_owned(), chain, dir: locale::direction(tag) })
        })
        .collect()
}

fn check_selections(
    countries: &[Country],
    lessons: &BTreeMap<String, Document>,
    own: &BTreeMap<String, BTreeMap<String, Document>>,
    broken: &BTreeSet<String>,
    diags: &mut Diagnostics,
) {
    for c in countries {
        let known = |s: &String| lessons.contains_key(s) || own.get(&c.cc).is_some_and(|m| m.contains_key(s));
        for slug in c.exclude.iter().chain(c.include.iter().flatten()) {
            if !known(slug) && !broken.contains(slug) {
                diags.push(
                    Diagnostic::error(format!("country `{}` selects lesson `{slug}`, which does not exist", c.cc))
                        .in_file(&c.path),
                );
            }
        }
    }
}
