//! Which pages a changed file affects, so that `haven serve` re-renders only those.
//!
//! A lesson's or page's Markdown is the common edit. Its pages and the search index in every
//! country and locale that show it depend on it (a fallback shows it too), and so do its
//! translations' pages when it is their source (their "out of date" notice); when its title or
//! summary change, so do the
//! lesson lists, the home pages and its neighbours' previous/next links. Anything else (a
//! country, a locale, a template, campaign.yaml, a new or deleted file, a changed topic or
//! weight) rebuilds the whole site.

use std::path::Path;
use std::sync::Arc;

use crate::error::Diagnostic;
use crate::load::{self, ContentFile};
use crate::model::{Campaign, Document};
use crate::render::markdown::Kind;
use crate::render::plan::Job;

/// What a change to one file needs.
#[derive(Debug)]
pub enum Plan {
    /// Replace the file in the model, re-render its Markdown, then render these pages.
    Pages { file: Arc<ContentFile>, kind: Kind, jobs: Vec<Job> },
    /// Rebuild everything.
    Full,
    /// The file cannot be read; keep the previous output.
    Broken(Vec<Diagnostic>),
}

/// Plan the work for a changed `path`.
pub fn plan(campaign: &Campaign, path: &Path) -> Plan {
    let Some((kind, slug, locale)) = content_file(campaign, path) else { return Plan::Full };
    let Some(old) = find(campaign, kind, &slug, path) else { return Plan::Full };
    // Parse under the path the model knows, so that messages and lookups stay the same.
    let shown = &old.path;
    let parsed = load::read_text(shown).and_then(|text| {
        load::content::parse(shown, &slug, &locale, &old.media_dir, &text).map_err(|d| d.with_source(&text))
    });
    let new = match parsed {
        Ok(f) => Arc::new(f),
        Err(d) => return Plan::Broken(vec![d]),
    };
    let (a, b) = (&old.front, &new.front);
    let same_facts = (&a.topic, &a.age_band, &a.audience, a.duration, a.weight, &a.source_locale)
        == (&b.topic, &b.age_band, &b.audience, b.duration, b.weight, &b.source_locale);
    let same_card = a.title == b.title && a.summary == b.summary && a.status == b.status;
    if !same_facts || (kind == Kind::Page && !same_card) {
        return Plan::Full;
    }
    let jobs = jobs(campaign, kind, &slug, &old, !same_card);
    Plan::Pages { file: new, kind, jobs }
}

/// Put a changed file in every document that holds it.
pub fn replace(campaign: &mut Campaign, file: &Arc<ContentFile>) {
    let swap = |doc: &mut Document| {
        if doc.files.get(&file.locale).is_some_and(|f| f.path == file.path) {
            doc.files.insert(file.locale.clone(), file.clone());
        }
    };
    campaign.lessons.values_mut().for_each(swap);
    campaign.pages.values_mut().for_each(swap);
    campaign.country_lessons.values_mut().flat_map(|m| m.values_mut()).for_each(swap);
}

/// `(kind, slug, locale)` of a lesson or page file of the campaign.
fn content_file(campaign: &Campaign, path: &Path) -> Option<(Kind, String, String)> {
    if path.extension().is_none_or(|e| e != "md") {
        return None;
    }
    let root = campaign.root.canonicalize().unwrap_or_else(|_| campaign.root.clone());
    let rel = path.strip_prefix(&root).or_else(|_| path.strip_prefix(&campaign.root)).unwrap_or(path);
    let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    let locale = path.file_stem()?.to_string_lossy().into_owned();
    let kind = match parts.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["content", "lessons", _, _] | ["content", "countries", _, "lessons", _, _] => Kind::Lesson,
        ["content", "pages", _, _] => Kind::Page,
        _ => return None,
    };
    Some((kind, parts[parts.len() - 2].clone(), locale))
}

/// The file currently in the model at `path`.
fn find(campaign: &Campaign, kind: Kind, slug: &str, path: &Path) -> Option<Arc<ContentFile>> {
    let docs: Vec<&Document> = match kind {
        Kind::Page => campaign.pages.get(slug).into_iter().collect(),
        Kind::Lesson => campaign
            .lessons
            .get(slug)
            .into_iter()
            .chain(campaign.country_lessons.values().filter_map(|m| m.get(slug)))
            .collect(),
    };
    docs.iter().flat_map(|d| d.files.values()).find(|f| same_file(&f.path, path)).cloned()
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}

/// The pages that show `file` (of `slug`) and the search indexes that hold it; when it is the
/// source, every translation's page (whose "out of date" notice may change); when its card
/// changed, the pages that list it.
fn jobs(campaign: &Campaign, kind: Kind, slug: &str, file: &ContentFile, card_changed: bool) -> Vec<Job> {
    let mut jobs = Vec::new();
    for (country, c) in campaign.countries.iter().enumerate() {
        let shown = campaign.lessons_of(c);
        let doc = match kind {
            Kind::Page => campaign.pages.get(slug),
            Kind::Lesson => shown.iter().find(|d| d.slug == slug).copied(),
        };
        let Some(doc) = doc else { continue };
        let is_source = doc.source().path == file.path;
        let topic = doc.meta.as_ref().map(|m| &m.topic);
        for locale in &c.locales {
            let picked = doc.pick(&campaign.locale(locale).chain).path == file.path;
            let locale = locale.clone();
            if picked {
                jobs.push(Job::SearchIndex { country, locale: locale.clone() });
            }
            if !(picked || is_source) {
                continue;
            }
            if kind == Kind::Page {
                jobs.push(Job::Page { country, locale, slug: slug.to_owned() });
                continue;
            }
            jobs.push(Job::Lesson { country, locale: locale.clone(), slug: slug.to_owned() });
            if card_changed && picked {
                // Its previous and next lessons in the topic show its title.
                let at = shown.iter().position(|d| d.slug == slug).unwrap_or(0);
                let neighbours = [at.checked_sub(1), Some(at + 1)].into_iter().flatten().filter_map(|i| shown.get(i));
                for d in neighbours.filter(|d| d.meta.as_ref().map(|m| &m.topic) == topic) {
                    jobs.push(Job::Lesson { country, locale: locale.clone(), slug: d.slug.clone() });
                }
                jobs.push(Job::LessonList { country, locale: locale.clone() });
                jobs.push(Job::Home { country, locale });
            }
        }
    }
    jobs
}
