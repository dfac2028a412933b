//! What a changed file means for the last build, so that `haven serve` re-renders only the
//! pages that depend on it.
//!
//! Every page of a build records the inputs it used ([`crate::render::inputs`]); `serve` keeps
//! them as a graph ([`super::graph`]). A changed file is mapped here to the inputs it changes:
//!
//! - a lesson's or page's Markdown: its text (`Body`), its card when its title, summary or
//!   status changed (`Card`: lists, neighbours, navigation, search), and when it is a source,
//!   its translations' "out of date" notices (`Source`). A changed topic, age band, audience,
//!   duration, weight or `source_locale` changes which pages exist or their order: full rebuild;
//! - a locale's `.ftl` file: the pages that format text in that locale (their chain holds it, or
//!   they name it, as the language switcher does);
//! - a country file: that country's pages, the country chooser and the 404 page; a change to its
//!   locales or lesson selection rebuilds everything;
//! - a template: the pages whose template extends, includes or takes a component from it;
//! - a static theme file, a lesson's image or a logo: copied into the output as it is;
//! - a file of another theme than the campaign's: nothing.
//!
//! `campaign.yaml`, a new or deleted file or folder, and anything else rebuild the whole site.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::error::{Diagnostic, Diagnostics};
use crate::load::{self, ContentFile, CountryFile, FtlFile};
use crate::model::{Campaign, Country, Document};
use crate::render::inputs::Input;
use crate::render::markdown::Kind;
use crate::render::templates::Templates;

/// What a change to one file needs.
#[derive(Debug)]
pub enum Change {
    /// A lesson's or page's Markdown, parsed and checked again, with the warnings that gave;
    /// `card` when its title, summary or status changed, `hash` when its text did.
    Content { file: Arc<ContentFile>, kind: Kind, card: bool, hash: bool, warnings: Vec<Diagnostic> },
    /// A locale's Fluent file (at `at` in the campaign's list), parsed again.
    Locale { at: usize, file: FtlFile },
    /// A country file (at `at` in the campaign's list), checked again, with the warnings that
    /// gave.
    Country { at: usize, country: Box<Country>, warnings: Vec<Diagnostic> },
    /// A template in use, by name.
    Template(String),
    /// A file copied into the output as it is, at `to`.
    Copy { from: PathBuf, to: String },
    /// Nothing the build used: a file that came and went.
    Nothing,
    /// The file cannot be read or is wrong; keep the previous output.
    Broken(Vec<Diagnostic>),
    /// Rebuild everything.
    Full,
}

impl Change {
    /// The inputs the change changes.
    pub fn inputs(&self) -> Vec<Input> {
        match self {
            Change::Content { file, card, hash, .. } => {
                let p = &file.path;
                let mut inputs = vec![Input::Body(p.clone())];
                inputs.extend(card.then(|| Input::Card(p.clone())));
                inputs.extend(hash.then(|| Input::Source(p.clone())));
                inputs
            }
            Change::Locale { file, .. } => vec![Input::Locale(file.locale.clone())],
            Change::Country { country, .. } => vec![Input::Country(country.cc.clone())],
            Change::Template(name) => vec![Input::Template(name.clone())],
            Change::Copy { .. } | Change::Nothing | Change::Broken(_) | Change::Full => Vec::new(),
        }
    }
}

/// What the change of `path` needs, against the last build (its campaign, its templates, and
/// its output folder `out`).
pub fn classify(campaign: &Campaign, templates: &Templates, out: &Path, path: &Path) -> Change {
    let root = campaign.root.canonicalize().unwrap_or_else(|_| campaign.root.clone());
    let Ok(rel) = path.strip_prefix(&root).or_else(|_| path.strip_prefix(&campaign.root)) else {
        return Change::Full;
    };
    let shown = load::shown(&campaign.root, rel);
    if shown.is_dir() {
        return Change::Full;
    }
    let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let ext = |e: &str| shown.extension().is_some_and(|x| x == e);
    match parts.as_slice() {
        ["content", "lessons", slug, _] | ["content", "countries", _, "lessons", slug, _] if ext("md") => {
            content(campaign, &shown, Kind::Lesson, slug)
        }
        ["content", "pages", slug, _] if ext("md") => content(campaign, &shown, Kind::Page, slug),
        ["content", "countries", _] if ext("yaml") => country(campaign, &shown),
        ["locales", _, _] if ext("ftl") => locale(campaign, &shown),
        ["themes", theme, ..] if *theme != campaign.config.theme => Change::Nothing,
        ["themes", _, "templates", ..] | ["templates", ..] => match templates.name_of(&shown) {
            Some(name) if shown.is_file() => Change::Template(name.to_owned()),
            Some(_) => Change::Full,
            None => new_or_gone(&shown),
        },
        ["themes", _, "static", rest @ ..] => copy_static(campaign, out, &shown, &rest.join("/")),
        ["static", rest @ ..] => copy_static(campaign, out, &shown, &rest.join("/")),
        ["content", ..] => match campaign.assets.iter().find(|a| a.path == shown) {
            Some(a) if shown.is_file() => Change::Copy { from: shown, to: format!("media/{}", a.media_path) },
            Some(_) => Change::Full,
            None => new_or_gone(&shown),
        },
        _ => Change::Full,
    }
}

/// A file the build did not use: new (rebuild everything) or already gone again (nothing).
fn new_or_gone(path: &Path) -> Change {
    if path.exists() {
        Change::Full
    } else {
        Change::Nothing
    }
}

/// A lesson's or page's Markdown file, parsed and checked again, and compared with the one in
/// the model.
fn content(campaign: &Campaign, path: &Path, kind: Kind, slug: &str) -> Change {
    let Some((doc, old)) = find(campaign, kind, slug, path) else { return new_or_gone(path) };
    if !path.is_file() {
        return Change::Full;
    }
    let parsed = load::read_text(path).and_then(|text| {
        load::content::parse(path, slug, &old.locale, &old.media_dir, &text).map_err(|d| d.with_source(&text))
    });
    let new = match parsed {
        Ok(f) => Arc::new(f),
        Err(d) => return Change::Broken(vec![d]),
    };
    let (a, b) = (&old.front, &new.front);
    let same_facts = (&a.topic, &a.age_band, &a.audience, a.duration, a.weight, &a.source_locale)
        == (&b.topic, &b.age_band, &b.audience, b.duration, b.weight, &b.source_locale);
    if !same_facts {
        return Change::Full;
    }
    let mut diags = Diagnostics::new();
    let source = if doc.source_locale == new.locale { &new } else { doc.source() };
    crate::model::lesson::check_translation(&new, source, &mut diags);
    if diags.has_errors() {
        return Change::Broken(diags.sorted());
    }
    let card = (&a.title, &a.summary, a.status) != (&b.title, &b.summary, b.status);
    let hash = old.hash != new.hash;
    Change::Content { file: new, kind, card, hash, warnings: diags.sorted() }
}

/// The file at `path` in the model, and a document that holds it.
fn find<'c>(campaign: &'c Campaign, kind: Kind, slug: &str, path: &Path) -> Option<(&'c Document, Arc<ContentFile>)> {
    let docs: Vec<&Document> = match kind {
        Kind::Page => campaign.pages.get(slug).into_iter().collect(),
        Kind::Lesson => campaign
            .lessons
            .get(slug)
            .into_iter()
            .chain(campaign.country_lessons.values().filter_map(|m| m.get(slug)))
            .collect(),
    };
    docs.into_iter().find_map(|d| d.files.values().find(|f| f.path == path).map(|f| (d, f.clone())))
}

/// Put a changed file in every document that holds a file at its path; returns the file it
/// replaced.
pub fn replace(campaign: &mut Campaign, file: &Arc<ContentFile>) -> Option<Arc<ContentFile>> {
    let mut old = None;
    let mut swap = |doc: &mut Document| {
        if doc.files.get(&file.locale).is_some_and(|f| f.path == file.path) {
            old = doc.files.insert(file.locale.clone(), file.clone());
        }
    };
    campaign.lessons.values_mut().for_each(&mut swap);
    campaign.pages.values_mut().for_each(&mut swap);
    campaign.country_lessons.values_mut().flat_map(|m| m.values_mut()).for_each(&mut swap);
    old
}

/// A country file, read and checked again: its pages change, unless its code, locales or lesson
/// selection did, which changes which pages exist.
fn country(campaign: &Campaign, path: &Path) -> Change {
    let Some(at) = campaign.countries.iter().position(|c| c.path == path) else { return new_or_gone(path) };
    if !path.is_file() {
        return Change::Full;
    }
    let parsed = load::read_text(path)
        .and_then(|text| load::yaml::parse::<CountryFile>(path, &text, 1).map_err(|d| d.with_source(&text)));
    let file = match parsed {
        Ok(f) => f,
        Err(d) => return Change::Broken(vec![d]),
    };
    let media = campaign.assets.iter().map(|a| (a.media_path.clone(), ())).collect();
    let mut diags = Diagnostics::new();
    let Some(new) = crate::model::country::resolve(path, file, &campaign.config.exit_url, &media, &mut diags) else {
        return Change::Broken(diags.sorted());
    };
    let old = &campaign.countries[at];
    if (&old.code, &old.locales, &old.include, &old.exclude) != (&new.code, &new.locales, &new.include, &new.exclude) {
        return Change::Full;
    }
    let warnings = diags.into_iter().chain(new.gap_warning()).collect();
    Change::Country { at, country: Box::new(new), warnings }
}

/// A locale's Fluent file, parsed again.
fn locale(campaign: &Campaign, path: &Path) -> Change {
    let Some(at) = campaign.ftl.iter().position(|f| f.path == path) else { return new_or_gone(path) };
    if !path.is_file() {
        return Change::Full;
    }
    let text = match load::read_text(path) {
        Ok(t) => t,
        Err(d) => return Change::Broken(vec![d]),
    };
    match load::locales::parse(path, &campaign.ftl[at].locale, text) {
        Ok(file) => Change::Locale { at, file },
        Err(diags) => Change::Broken(diags),
    }
}

/// A static file at `rel` under the theme's or the campaign's `static/`: copied to `assets/`,
/// unless the campaign's own file overrides the theme's.
fn copy_static(campaign: &Campaign, out: &Path, path: &Path, rel: &str) -> Change {
    let to = format!("assets/{rel}");
    if !path.is_file() {
        return if out.join(&to).exists() { Change::Full } else { Change::Nothing };
    }
    let own = load::shown(&campaign.root, Path::new("static").join(rel));
    if own.is_file() && own != path {
        return Change::Nothing;
    }
    Change::Copy { from: path.to_path_buf(), to }
}
