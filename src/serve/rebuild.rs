//! An incremental rebuild: apply the changes to the model, render the pages that the graph
//! says used what changed, and write them. When anything fails, nothing is written and the
//! model is put back as it was, so that the previous output stays served and the next attempt
//! starts from the state the output shows.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use super::graph::Graph;
use super::incremental::{self, Change};
use crate::error::{Diagnostic, Diagnostics};
use crate::load::{ContentFile, FtlFile};
use crate::model::{Campaign, Country};
use crate::render::i18n::I18n;
use crate::render::inputs::Input;
use crate::render::markdown::{Kind, Rendered};
use crate::render::plan::Job;
use crate::render::{search, templates, Recorded, Renderer, View};

/// The campaign as last built successfully, and what `serve` keeps to rebuild part of it.
pub struct Site {
    pub campaign: Campaign,
    pub renderer: Renderer,
    /// Every search index, kept so that a changed page updates its entry alone.
    pub indexes: HashMap<(usize, String), search::Index>,
    /// What each page used.
    pub graph: Graph,
}

/// What an incremental rebuild did.
#[derive(Debug)]
pub struct Done {
    pub pages: usize,
    pub indexes: usize,
    /// Warnings found on the way.
    pub warnings: Diagnostics,
}

/// What the changes touch, gathered as they are applied.
#[derive(Default)]
struct Edits {
    inputs: Vec<Input>,
    /// Lessons and pages whose file changed: their search entries are replaced.
    docs: Vec<(Kind, String)>,
    /// Files copied as they are: source, and path in the output.
    copies: Vec<(PathBuf, String)>,
    /// Countries whose file changed (their accent stylesheet is written again).
    countries: Vec<usize>,
    /// A locale changed: the search indexes that use it are made again, not patched.
    locales: bool,
    /// Fluent bundles or templates must be compiled again.
    recompile: bool,
}

/// How to put the model back as it was.
enum Undo {
    Content { new: Arc<ContentFile>, old: Option<Arc<ContentFile>>, rendered: Option<Arc<Rendered>> },
    Locale { at: usize, old: FtlFile },
    Country { at: usize, old: Box<Country> },
    Renderer { i18n: Arc<I18n>, templates: Box<templates::Templates> },
}

/// What an incremental rebuild renders, kept only when all of it is written.
struct Output {
    /// Pages, then search index scripts, by path in the output.
    files: Vec<(String, String)>,
    pages: usize,
    /// What each page rendered (and each search index made again) used.
    recorded: Recorded,
    /// The search indexes brought up to date, taken out of [`Site::indexes`] meanwhile.
    indexes: Vec<((usize, String), search::Index)>,
}

impl Site {
    /// Apply `changes` (none of them [`Change::Full`] or [`Change::Broken`]) and bring the
    /// output folder `out` up to date. On an error, the site and `out` are left as they were
    /// (but for the search indexes it was patching, which are made again when next needed).
    pub fn update(&mut self, out: &Path, changes: Vec<Change>) -> Result<Done, Diagnostics> {
        let mut undo = Vec::new();
        let mut diags = Diagnostics::new();
        let edits = self.apply(changes, &mut undo, &mut diags);
        let output = if diags.has_errors() { None } else { self.render(&edits, &mut diags) };
        match output.map(|o| write(out, &o.files, &edits, &self.campaign).map(|()| o)) {
            Some(Ok(o)) => {
                let done = Done { pages: o.pages, indexes: o.files.len() - o.pages, warnings: diags };
                o.recorded.into_iter().for_each(|(job, inputs)| self.graph.record(job, inputs));
                self.indexes.extend(o.indexes);
                Ok(done)
            }
            Some(Err(d)) => {
                diags.push(d);
                self.undo(undo);
                Err(diags)
            }
            None => {
                self.undo(undo);
                Err(diags)
            }
        }
    }

    /// Put each change into the model, and compile Fluent and templates again when needed.
    fn apply(&mut self, changes: Vec<Change>, undo: &mut Vec<Undo>, diags: &mut Diagnostics) -> Edits {
        let mut edits = Edits::default();
        for change in changes {
            edits.inputs.extend(change.inputs());
            match change {
                Change::Content { file, kind, warnings, .. } => {
                    diags.extend(warnings);
                    edits.docs.push((kind, file.slug.clone()));
                    undo.push(self.replace_content(file, kind, diags));
                }
                Change::Locale { at, file } => {
                    edits.locales = true;
                    edits.recompile = true;
                    undo.push(Undo::Locale { at, old: std::mem::replace(&mut self.campaign.ftl[at], file) });
                }
                Change::Country { at, country, warnings } => {
                    diags.extend(warnings);
                    edits.countries.push(at);
                    undo.push(Undo::Country {
                        at,
                        old: Box::new(std::mem::replace(&mut self.campaign.countries[at], *country)),
                    });
                }
                Change::Template(_) => edits.recompile = true,
                Change::Copy { from, to } => edits.copies.push((from, to)),
                Change::Nothing | Change::Broken(_) | Change::Full => {}
            }
        }
        if edits.recompile && !diags.has_errors() {
            self.recompile(edits.locales, undo, diags);
        }
        edits
    }

    /// Put a changed lesson or page file in the model and render its Markdown again.
    fn replace_content(&mut self, file: Arc<ContentFile>, kind: Kind, diags: &mut Diagnostics) -> Undo {
        let rendered = self.renderer.rendered.get(&file.path).ok();
        diags.extend(self.renderer.rerender(&file, kind));
        let old = incremental::replace(&mut self.campaign, &file);
        Undo::Content { new: file, old, rendered }
    }

    /// Build the Fluent bundles (when a locale changed) and the templates again.
    fn recompile(&mut self, locales: bool, undo: &mut Vec<Undo>, diags: &mut Diagnostics) {
        let before = diags.error_count();
        let i18n = if locales { Arc::new(I18n::new(&self.campaign, diags)) } else { self.renderer.i18n.clone() };
        let campaign = &self.campaign;
        let templates = templates::load(&campaign.root, &campaign.config.theme, i18n.clone(), diags);
        if let (Some(templates), true) = (templates, diags.error_count() == before) {
            let r = &mut self.renderer;
            let (i18n, templates) =
                (std::mem::replace(&mut r.i18n, i18n), std::mem::replace(&mut r.templates, templates));
            undo.push(Undo::Renderer { i18n, templates: Box::new(templates) });
        }
    }

    /// Render the pages and search indexes that used what changed. `None` when one fails
    /// (its diagnostics are in `diags`).
    fn render(&mut self, edits: &Edits, diags: &mut Diagnostics) -> Option<Output> {
        let Site { campaign, renderer, indexes, graph } = self;
        let view = renderer.view(campaign).recording();
        let (searches, pages): (Vec<Job>, Vec<Job>) =
            graph.users(&edits.inputs).into_iter().partition(|j| matches!(j, Job::SearchIndex { .. }));
        let rendered: Vec<(String, Result<String, Diagnostic>)> =
            pages.par_iter().map(|job| (job.path(campaign), view.page(job))).collect();
        let taken: Vec<(Job, Option<search::Index>)> =
            searches.into_iter().map(|j| (j.clone(), indexes.remove(&index_key(&j)))).collect();
        let refreshed: Vec<_> =
            taken.into_par_iter().map(|(job, index)| (refresh_index(&view, &job, index, edits), job)).collect();
        let mut out = Output { files: Vec::new(), pages: 0, recorded: view.take_recorded(), indexes: Vec::new() };
        for (path, page) in rendered {
            page.map(|html| out.files.push((path, html))).unwrap_or_else(|d| diags.push(d));
        }
        out.pages = out.files.len();
        for (result, job) in refreshed {
            match result {
                Ok((index, inputs)) => {
                    out.files.push((job.path(campaign), index.script()));
                    out.recorded.extend(inputs.map(|i| (job.clone(), i)));
                    out.indexes.push((index_key(&job), index));
                }
                Err(d) => diags.push(d),
            }
        }
        (!diags.has_errors()).then_some(out)
    }

    /// Put the model back as it was before [`Site::apply`].
    fn undo(&mut self, undo: Vec<Undo>) {
        for step in undo.into_iter().rev() {
            match step {
                Undo::Content { new, old, rendered } => {
                    if let Some(old) = old {
                        incremental::replace(&mut self.campaign, &old);
                    }
                    match rendered {
                        Some(r) => self.renderer.rendered.insert(new.path.clone(), r),
                        None => self.renderer.rendered.remove(&new.path),
                    }
                }
                Undo::Locale { at, old } => self.campaign.ftl[at] = old,
                Undo::Country { at, old } => self.campaign.countries[at] = *old,
                Undo::Renderer { i18n, templates } => {
                    self.renderer.i18n = i18n;
                    self.renderer.templates = *templates;
                }
            }
        }
    }
}

fn index_key(job: &Job) -> (usize, String) {
    match job {
        Job::SearchIndex { country, locale } => (*country, locale.clone()),
        _ => (usize::MAX, String::new()),
    }
}

/// A search index brought up to date: the changed lessons' and pages' entries replaced, or,
/// when a locale changed or the index is not kept, made again (and its inputs recorded).
fn refresh_index(
    view: &View,
    job: &Job,
    index: Option<search::Index>,
    edits: &Edits,
) -> Result<(search::Index, Option<Vec<Input>>), Diagnostic> {
    let (country, locale) = index_key(job);
    let b = view.builder();
    let failed = |m: crate::render::i18n::Missing| {
        Diagnostic::error(format!("{m} (search index {})", job.path(view.campaign)))
            .help("add the message to the locale's .ftl file, or to the default locale's")
    };
    match index {
        Some(mut index) if !edits.locales => {
            for (kind, slug) in &edits.docs {
                if let Some(doc) = view.document(country, *kind, slug) {
                    index.replace(&view.search_entry(&b, &locale, doc, *kind).map_err(failed)?);
                }
            }
            Ok((index, None))
        }
        _ => {
            let index = view.search(&b, country, &locale).map_err(failed)?;
            Ok((index, Some(b.used.take())))
        }
    }
}

/// Write the pages and indexes, copy the files copied as they are, and write the changed
/// countries' accent stylesheets, all inside `out`.
fn write(out: &Path, files: &[(String, String)], edits: &Edits, campaign: &Campaign) -> Result<(), Diagnostic> {
    let io = |path: &Path, e: std::io::Error| Diagnostic::error(format!("cannot write {}: {e}", path.display()));
    for (rel, text) in files {
        let path = inside(out, rel)?;
        std::fs::write(&path, text).map_err(|e| io(&path, e))?;
    }
    for (from, rel) in &edits.copies {
        let path = inside(out, rel)?;
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
        }
        std::fs::copy(from, &path).map_err(|e| io(&path, e))?;
    }
    for &at in &edits.countries {
        let (rel, css) = crate::render::accent_css(&campaign.countries[at]);
        let path = inside(out, &rel)?;
        match css {
            Some(css) if std::fs::read(&path).ok().as_deref() != Some(css.as_bytes()) => {
                std::fs::write(&path, css).map_err(|e| io(&path, e))?;
            }
            Some(_) => {}
            None if path.exists() => std::fs::remove_file(&path).map_err(|e| io(&path, e))?,
            None => {}
        }
    }
    Ok(())
}

/// `rel` inside `out`; anything that could leave it is refused.
fn inside(out: &Path, rel: &str) -> Result<PathBuf, Diagnostic> {
    crate::write::inside(out, rel)
        .ok_or_else(|| Diagnostic::error(format!("refusing to write outside the output folder: `{rel}`")))
}
