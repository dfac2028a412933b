//! `haven build`: load → model → render → write.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::cli::BuildArgs;
use crate::error::{Diagnostic, Diagnostics, Error, Result};
use crate::load::ContentFile;
use crate::render::markdown::Kind;
use crate::render::plan::{self, Job};
use crate::render::{Renderer, View};
use crate::write::{sitemap, Staging};
use crate::{load, model, report};

/// What a successful build did.
#[derive(Debug)]
pub struct Summary {
    pub out: PathBuf,
    pub countries: usize,
    pub locales: usize,
    pub pages: usize,
    pub warnings: usize,
}

pub fn run(args: &BuildArgs) -> Result<Summary> {
    let started = Instant::now();
    let mut diags = Diagnostics::new();
    let campaign = load_campaign(&args.campaign, &mut diags)?;
    let selected = select(&campaign, &args.countries)?;
    let out = args.out.clone().unwrap_or_else(|| args.campaign.join(&campaign.config.output.dir));
    let staging = Staging::begin(&out, &args.campaign, args.force)?;
    let Some(renderer) = Renderer::compile(&campaign, &mut diags) else {
        return fail(diags);
    };
    let pages = write_site(&renderer.view(&campaign), &selected, &staging, args.quiet, &mut diags)?;
    let warnings = diags.warning_count();
    report::print_diagnostics(diags.sorted());
    let out = staging.commit()?;
    let summary = Summary {
        out,
        countries: selected.len(),
        locales: selected.iter().map(|&i| campaign.countries[i].locales.len()).sum(),
        pages,
        warnings,
    };
    if !args.quiet {
        report::summary(&summary, started.elapsed());
    }
    Ok(summary)
}

/// Render the selected countries' pages into `staging`, with assets, media and the sitemap.
/// Returns the number of pages; on errors, every diagnostic.
pub fn write_site(
    site: &View,
    selected: &[usize],
    staging: &Staging,
    quiet: bool,
    diags: &mut Diagnostics,
) -> Result<usize> {
    let campaign = site.campaign;
    let jobs = plan::jobs(campaign, selected);
    let progress = report::Progress::new(jobs.len() as u64, quiet);
    // The sitemap needs only the list of pages: it is made while they render.
    let sitemap = std::thread::scope(|scope| {
        let sitemap = scope.spawn(|| campaign.config.output.sitemap.then(|| sitemap_xml(campaign, &jobs)));
        render_pages(site, &jobs, staging, &progress, diags);
        sitemap.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    });
    progress.finish();
    copy_files(campaign, staging, diags);
    if diags.has_errors() {
        return fail(std::mem::take(diags));
    }
    if let Some(xml) = sitemap {
        staging.write("sitemap.xml", xml.as_bytes())?;
    }
    report_gaps(campaign, selected, diags);
    Ok(jobs.len())
}

/// Render the pages of `jobs` into `staging`, a batch at a time, and check the files no page
/// shows; every problem goes to `diags`.
fn render_pages(site: &View, jobs: &[Job], staging: &Staging, progress: &report::Progress, diags: &mut Diagnostics) {
    let campaign = site.campaign;
    let (batches, needs) = merge_batches(site, batches(jobs));
    let mut last_use: FxHashMap<&Path, usize> = FxHashMap::default();
    for (i, files) in needs.iter().enumerate() {
        for (f, _) in files {
            last_use.insert(&f.path, i);
        }
    }
    // Each batch renders the Markdown its pages need and lets go of what no later batch needs.
    let cache = &site.renderer.rendered;
    let mut rendered_here: FxHashSet<&Path> = FxHashSet::default();
    for (i, batch) in batches.iter().enumerate() {
        let todo: Vec<(&ContentFile, Kind)> =
            needs[i].iter().filter(|(f, _)| !cache.contains(&f.path)).copied().collect();
        diags.extend(site.renderer.render_files(&todo));
        rendered_here.extend(todo.iter().map(|(f, _)| f.path.as_path()));
        let failures: Vec<Diagnostic> = batch
            .par_iter()
            .filter_map(|job| {
                let result = site.page(job).and_then(|html| {
                    staging.write(&job.path(campaign), html.as_bytes()).map_err(|e| Diagnostic::error(e.to_string()))
                });
                progress.tick();
                result.err()
            })
            .collect();
        diags.extend(failures);
        for (f, _) in &needs[i] {
            if last_use.get(f.path.as_path()) == Some(&i) && rendered_here.contains(f.path.as_path()) {
                cache.remove(&f.path);
            }
        }
    }
    // Files no page shows are still checked: a broken link is an error wherever it is.
    let unshown: Vec<(&ContentFile, Kind)> = crate::render::all_files(campaign)
        .into_iter()
        .filter(|(f, _)| !last_use.contains_key(f.path.as_path()) && !cache.contains(&f.path))
        .collect();
    diags.extend(site.renderer.render_files(&unshown));
    for (f, _) in &unshown {
        cache.remove(&f.path);
    }
}

/// How many content files a batch may render before its pages are written: the HTML held in
/// memory at once. A campaign this small is rendered in one batch, on every core.
const BATCH_FILES: usize = 4000;

/// Consecutive batches merged while the files they need stay under [`BATCH_FILES`]; with the
/// files each merged batch needs.
#[allow(clippy::type_complexity)]
fn merge_batches<'a>(
    site: &View<'a>,
    batches: Vec<Vec<&'a Job>>,
) -> (Vec<Vec<&'a Job>>, Vec<Vec<(&'a ContentFile, Kind)>>) {
    let mut merged: Vec<Vec<&Job>> = Vec::new();
    let mut needs: Vec<Vec<(&ContentFile, Kind)>> = Vec::new();
    for batch in batches {
        let files = site.files_for(&batch);
        match (merged.last_mut(), needs.last_mut()) {
            (Some(jobs), Some(have)) if have.len() + files.len() <= BATCH_FILES => {
                jobs.extend(batch);
                have.extend(files);
                have.sort_by(|a, b| a.0.path.cmp(&b.0.path));
                have.dedup_by(|a, b| a.0.path == b.0.path);
            }
            _ => {
                merged.push(batch);
                needs.push(files);
            }
        }
    }
    // A search index is a batch's longest job by far: it goes first, so that no core is left
    // waiting for one at the end of the batch.
    for jobs in &mut merged {
        jobs.sort_by_key(|job| !matches!(job, Job::SearchIndex { .. }));
    }
    (merged, needs)
}

/// Jobs grouped by country and locale, in order; the jobs of no locale first.
fn batches(jobs: &[Job]) -> Vec<Vec<&Job>> {
    let mut out: Vec<Vec<&Job>> = vec![Vec::new()];
    let mut keys: HashMap<(usize, &str), usize> = HashMap::new();
    for job in jobs {
        match (job, job.locale()) {
            (
                Job::Home { country, .. }
                | Job::LessonList { country, .. }
                | Job::Lesson { country, .. }
                | Job::Page { country, .. }
                | Job::SearchIndex { country, .. },
                Some(locale),
            ) => {
                let at = *keys.entry((*country, locale)).or_insert_with(|| {
                    out.push(Vec::new());
                    out.len() - 1
                });
                out[at].push(job);
            }
            _ => out[0].push(job),
        }
    }
    out
}

pub fn load_campaign(dir: &std::path::Path, diags: &mut Diagnostics) -> Result<model::Campaign> {
    let (sources, found) = load::load(dir);
    diags.extend(found);
    let campaign = sources.and_then(|s| model::resolve(s, diags));
    match campaign {
        Some(c) if !diags.has_errors() => Ok(c),
        _ => Err(Error::Invalid(std::mem::take(diags).sorted())),
    }
}

fn fail<T>(diags: Diagnostics) -> Result<T> {
    Err(Error::Invalid(diags.sorted()))
}

/// The countries to build: all, or those named with `--country`.
pub fn select(campaign: &model::Campaign, wanted: &[String]) -> Result<Vec<usize>> {
    if wanted.is_empty() {
        return Ok((0..campaign.countries.len()).collect());
    }
    wanted
        .iter()
        .map(|w| {
            let cc = w.to_ascii_lowercase();
            campaign.countries.iter().position(|c| c.cc == cc).ok_or_else(|| {
                let known: Vec<&str> = campaign.countries.iter().map(|c| c.cc.as_str()).collect();
                Error::Usage(format!("--country {w}: no such country in this campaign (it has: {})", known.join(" ")))
            })
        })
        .collect()
}

/// Theme static files to `assets/`, the campaign's `static/` over them, and lesson media.
fn copy_files(campaign: &model::Campaign, staging: &Staging, diags: &mut Diagnostics) {
    let theme_static = campaign.root.join("themes").join(&campaign.config.theme).join("static");
    for dir in [theme_static, campaign.root.join("static")] {
        for entry in walkdir::WalkDir::new(&dir).follow_links(false).into_iter() {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    let rel = e.path().strip_prefix(&dir).unwrap_or(e.path()).to_string_lossy().replace('\\', "/");
                    if let Err(err) = staging.copy(e.path(), &format!("assets/{rel}")) {
                        diags.push(Diagnostic::error(err.to_string()));
                    }
                }
                Ok(_) => {}
                Err(err) if err.io_error().is_some_and(|io| io.kind() == std::io::ErrorKind::NotFound) => {}
                Err(err) => diags.push(Diagnostic::error(format!("cannot read {}: {err}", dir.display()))),
            }
        }
    }
    for c in &campaign.countries {
        if let (path, Some(css)) = crate::render::accent_css(c) {
            if let Err(err) = staging.write(&path, css.as_bytes()) {
                diags.push(Diagnostic::error(err.to_string()));
            }
        }
    }
    for asset in &campaign.assets {
        if let Err(err) = staging.copy(&asset.path, &format!("media/{}", asset.media_path)) {
            diags.push(Diagnostic::error(err.to_string()));
        }
    }
}

/// The sitemap of the pages of `jobs`, with each page's versions in its country's other locales.
fn sitemap_xml(campaign: &model::Campaign, jobs: &[Job]) -> String {
    let entries: Vec<sitemap::Entry> = jobs
        .iter()
        .filter(|j| j.locale().is_some() && !matches!(j, Job::SearchIndex { .. }))
        .map(|job| {
            let country = job.country(campaign);
            let alternates = country
                .map(|c| {
                    c.locales
                        .iter()
                        .filter_map(|l| job.in_locale(l).map(|j| (format!("{l}-{}", c.code), j.path(campaign))))
                        .collect()
                })
                .unwrap_or_default();
            sitemap::Entry { path: job.path(campaign), alternates }
        })
        .collect();
    sitemap::render(campaign.config.base_url.as_deref(), &entries)
}

/// A country without a national helpline or hotline is shown the international directories;
/// say so, so that a ministry can fill the gap.
fn report_gaps(campaign: &model::Campaign, selected: &[usize], diags: &mut Diagnostics) {
    diags.extend(selected.iter().filter_map(|&i| campaign.countries[i].gap_warning()));
}
