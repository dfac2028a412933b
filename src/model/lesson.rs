//! Lessons and pages: a source file and its translations, merged per country.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use crate::error::{Diagnostic, Diagnostics, Location};
use crate::load::{ContentFile, Status};

/// Who a lesson is written for.
pub const AUDIENCES: [&str; 3] = ["children", "parents", "teachers"];

/// The facts a lesson's source file gives once for all its translations.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Meta {
    pub topic: String,
    pub age_band: String,
    pub audience: String,
    pub duration: u32,
    pub weight: i64,
}

/// A lesson or page: its source file and every translation, by locale.
#[derive(Debug, Clone)]
pub struct Document {
    pub slug: String,
    /// The locale of the file the others are translated from.
    pub source_locale: String,
    /// Lessons only.
    pub meta: Option<Meta>,
    pub files: BTreeMap<String, Arc<ContentFile>>,
}

impl Document {
    /// The file to show for a locale chain: the first locale of the chain with a file, or the
    /// source when none has one.
    pub fn pick(&self, chain: &[String]) -> &Arc<ContentFile> {
        chain.iter().find_map(|l| self.files.get(l)).unwrap_or_else(|| &self.files[&self.source_locale])
    }

    pub fn source(&self) -> &ContentFile {
        &self.files[&self.source_locale]
    }

    /// Whether a translation's recorded hash no longer matches its source.
    pub fn is_stale(&self, file: &ContentFile) -> bool {
        file.front.source_hash.as_deref().is_some_and(|h| h != self.source().hash)
    }
}

/// Whether a file is a draft translation awaiting review.
pub fn is_draft(file: &ContentFile) -> bool {
    file.front.status == Some(Status::Draft)
}

/// Group files by slug into documents. `lessons` says whether the source must carry [`Meta`].
/// Slugs in `broken` had a file that could not be read; a slug whose files do not make a
/// document is added to it, so that nothing else reports it again.
pub fn assemble(
    files: Vec<Arc<ContentFile>>,
    lessons: bool,
    broken: &mut BTreeSet<String>,
    diags: &mut Diagnostics,
) -> BTreeMap<String, Document> {
    let mut by_slug: BTreeMap<String, Vec<Arc<ContentFile>>> = BTreeMap::new();
    for f in files {
        by_slug.entry(f.slug.clone()).or_default().push(f);
    }
    by_slug
        .into_iter()
        .filter_map(|(slug, files)| {
            let doc = document(slug.clone(), files, lessons, broken.contains(&slug), diags);
            if doc.is_none() {
                broken.insert(slug);
            }
            doc.map(|d| (d.slug.clone(), d))
        })
        .collect()
}

fn document(
    slug: String,
    files: Vec<Arc<ContentFile>>,
    lessons: bool,
    has_broken_file: bool,
    diags: &mut Diagnostics,
) -> Option<Document> {
    let sources: Vec<&Arc<ContentFile>> = files.iter().filter(|f| f.front.source_locale.is_none()).collect();
    let source = match sources.as_slice() {
        [one] => (*one).clone(),
        [] if has_broken_file => return None,
        [] => {
            let d = Diagnostic::error(format!("`{slug}` has no source file: every file says it is a translation"))
                .in_file(&files[0].path)
                .help("the file in the original language has no `source_locale` field");
            diags.push(d);
            return None;
        }
        [first, rest @ ..] => {
            for other in rest {
                diags.push(
                    Diagnostic::error(format!(
                        "`{slug}` has two source files ({} and {}); a translation needs `source_locale`",
                        first.locale, other.locale
                    ))
                    .in_file(&other.path),
                );
            }
            return None;
        }
    };
    let meta = if lessons { lesson_meta(&source, diags)? } else { None };
    for f in &files {
        check_translation(f, &source, diags);
    }
    let files = files.into_iter().map(|f| (f.locale.clone(), f)).collect();
    Some(Document { slug, source_locale: source.locale.clone(), meta, files })
}

fn lesson_meta(source: &ContentFile, diags: &mut Diagnostics) -> Option<Option<Meta>> {
    let fm = &source.front;
    let missing: Vec<&str> = [
        ("topic", fm.topic.is_none()),
        ("age_band", fm.age_band.is_none()),
        ("audience", fm.audience.is_none()),
        ("duration", fm.duration.is_none()),
        ("weight", fm.weight.is_none()),
    ]
    .into_iter()
    .filter_map(|(name, absent)| absent.then_some(name))
    .collect();
    let at = Location::at(&source.path, 1, 1);
    if !missing.is_empty() {
        diags.push(
            Diagnostic::error(format!("the lesson's source file lacks {}", missing.join(", ")))
                .at(at)
                .help("the file in the original language gives topic, age_band, audience, duration and weight"),
        );
        return None;
    }
    let meta = Meta {
        topic: fm.topic.clone().unwrap_or_default(),
        age_band: fm.age_band.clone().unwrap_or_default(),
        audience: fm.audience.clone().unwrap_or_default(),
        duration: fm.duration.unwrap_or_default(),
        weight: fm.weight.unwrap_or_default(),
    };
    let mut ok = true;
    if !AUDIENCES.contains(&meta.audience.as_str()) {
        diags.push(
            Diagnostic::error(format!("unknown audience `{}`", meta.audience))
                .at(at.clone())
                .help(format!("use one of: {}", AUDIENCES.join(", "))),
        );
        ok = false;
    }
    for (field, value) in [("topic", &meta.topic), ("age_band", &meta.age_band)] {
        if !crate::load::is_slug(value) {
            diags.push(
                Diagnostic::error(format!("`{value}` is not a valid {field}"))
                    .at(at.clone())
                    .help("use lower-case words, digits and hyphens, e.g. `online-risks` or `11-13`"),
            );
            ok = false;
        }
    }
    ok.then_some(Some(meta))
}

/// Check a file of a document against the document's source (itself, for the source): what a
/// translation must give, and what a source must not.
pub fn check_translation(file: &ContentFile, source: &ContentFile, diags: &mut Diagnostics) {
    let fm = &file.front;
    let at = Location::at(&file.path, 1, 1);
    if fm.source_locale.is_none() {
        if fm.status.is_some() || fm.source_hash.is_some() {
            diags.push(
                Diagnostic::warning("a source file has `status` or `source_hash`; they apply to translations").at(at),
            );
        }
        return;
    }
    if fm.source_locale.as_deref() != Some(source.locale.as_str()) {
        diags.push(
            Diagnostic::error(format!(
                "`source_locale` is `{}`, but the source of this lesson is `{}`",
                fm.source_locale.as_deref().unwrap_or_default(),
                source.locale
            ))
            .at(at.clone()),
        );
    }
    if fm.source_hash.is_none() || fm.status.is_none() {
        diags.push(
            Diagnostic::error("a translation needs `source_hash` and `status`")
                .at(at.clone())
                .help(format!("the source's hash is {}; status is `draft` or `reviewed`", source.hash)),
        );
    }
    if fm.topic.is_some()
        || fm.age_band.is_some()
        || fm.audience.is_some()
        || fm.duration.is_some()
        || fm.weight.is_some()
    {
        diags.push(
            Diagnostic::warning("a translation's topic, age_band, audience, duration and weight are ignored")
                .at(at)
                .help("they come from the source file"),
        );
    }
}
