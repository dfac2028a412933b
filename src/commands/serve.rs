//! `haven serve`: build, serve on 127.0.0.1, watch the campaign, rebuild what a change affects
//! (the pages that used the changed file, by the dependency graph the build recorded: see
//! [`crate::serve::incremental`]) and reload the browser. A broken change shows in the browser
//! and on the terminal; the server keeps the previous build, looks at the broken file again
//! with each change, and recovers when it is fixed.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use crate::cli::ServeArgs;
use crate::error::{Diagnostic, Diagnostics, Error, Result};
use crate::render::Renderer;
use crate::serve::graph::Graph;
use crate::serve::http::{self, LiveState};
use crate::serve::incremental::{self, Change};
use crate::serve::rebuild::Site;
use crate::write::Staging;
use crate::{load, report};

/// Everything the watch loop needs.
struct Server {
    campaign_dir: PathBuf,
    out: PathBuf,
    state: Arc<Mutex<LiveState>>,
    /// The last successful build.
    site: Option<Site>,
    /// Files whose change did not build: looked at again with the next change, so that the
    /// error stays shown until they are fixed and their change is applied then.
    retry: BTreeSet<PathBuf>,
}

pub fn run(args: &ServeArgs) -> Result<()> {
    let temp =
        tempfile::Builder::new().prefix("haven-serve-").tempdir().map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let out = args.out.clone().unwrap_or_else(|| temp.path().join("site"));
    let mut server =
        Server { campaign_dir: args.campaign.clone(), out, state: Arc::default(), site: None, retry: BTreeSet::new() };
    server.full_rebuild(Instant::now(), "first build", &[]);
    let http = std::net::TcpListener::bind(("127.0.0.1", args.port))
        .map_err(|e| Error::Usage(format!("cannot listen on 127.0.0.1:{}: {e}", args.port)))?;
    let port = http.local_addr().map_or(args.port, |a| a.port());
    let (root, state) = (server.out.clone(), server.state.clone());
    std::thread::spawn(move || http::serve(http, root, state));
    // Watch before saying so: a change made right after the address is printed is seen.
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(tx).map_err(|e| Error::Usage(format!("cannot watch files: {e}")))?;
    for (dir, mode) in watched(&server.campaign_dir) {
        watcher.watch(&dir, mode).map_err(|e| Error::io(&dir, std::io::Error::other(e)))?;
    }
    eprintln!("serving http://127.0.0.1:{port}/ (press Ctrl-C to stop)");
    server.watch(&rx);
    Ok(())
}

impl Server {
    /// Wait for changes, gather those that arrive together, and rebuild.
    fn watch(&mut self, rx: &mpsc::Receiver<notify::Result<notify::Event>>) {
        while let Ok(first) = rx.recv() {
            let started = Instant::now();
            let mut changed = BTreeSet::new();
            collect(first, &mut changed);
            while let Ok(more) = rx.recv_timeout(Duration::from_millis(5)) {
                collect(more, &mut changed);
            }
            let changed: Vec<PathBuf> = changed.into_iter().filter(|p| relevant(&self.campaign_dir, p)).collect();
            if !changed.is_empty() {
                self.rebuild(&changed, started);
            }
        }
    }

    fn rebuild(&mut self, changed: &[PathBuf], started: Instant) {
        let root = self.campaign_dir.canonicalize().unwrap_or_else(|_| self.campaign_dir.clone());
        let what = changed
            .iter()
            .map(|p| load::shown(&self.campaign_dir, p.strip_prefix(&root).unwrap_or(p)).display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let Some(site) = self.site.as_mut() else {
            return self.full_rebuild(started, &what, changed);
        };
        let retrying = !self.retry.is_empty();
        let paths: BTreeSet<PathBuf> = changed.iter().cloned().chain(std::mem::take(&mut self.retry)).collect();
        let (campaign, templates) = (&site.campaign, &site.renderer.templates);
        let mut changes: Vec<Change> =
            paths.iter().map(|p| incremental::classify(campaign, templates, &self.out, p)).collect();
        if changes.iter().any(|c| matches!(c, Change::Full)) {
            return self.full_rebuild(started, &what, &paths.into_iter().collect::<Vec<_>>());
        }
        if !retrying && changes.iter().all(|c| matches!(c, Change::Nothing)) {
            return;
        }
        let mut broken = Diagnostics::new();
        for change in &mut changes {
            if let Change::Broken(d) = change {
                broken.extend(std::mem::take(d));
            }
        }
        let result = if broken.has_errors() { Err(broken) } else { site.update(&self.out, changes) };
        match result {
            Ok(done) => {
                report::print_diagnostics(done.warnings.sorted());
                self.succeeded(&format!(
                    "rebuilt {} pages and {} search indexes in {} ms after {what} changed",
                    done.pages,
                    done.indexes,
                    started.elapsed().as_millis()
                ));
            }
            Err(diags) => {
                self.retry = paths;
                self.failed(diags);
            }
        }
    }

    /// Build everything again; on failure, `changed` is looked at again with the next change.
    fn full_rebuild(&mut self, started: Instant, what: &str, changed: &[PathBuf]) {
        let mut diags = Diagnostics::new();
        match build(&self.campaign_dir, &self.out, &mut diags) {
            Some((site, pages)) => {
                self.site = Some(site);
                self.retry.clear();
                report::print_diagnostics(diags.sorted());
                self.succeeded(&format!("built {pages} pages in {} ms ({what})", started.elapsed().as_millis()));
            }
            None => {
                self.retry.extend(changed.iter().cloned());
                self.failed(diags);
            }
        }
    }

    fn succeeded(&self, message: &str) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.version += 1;
        state.error = None;
        eprintln!("{message}; reloading the browser");
    }

    fn failed(&self, diags: Diagnostics) {
        let list = diags.sorted();
        let text: String = list.iter().filter(|d| d.is_error()).map(ToString::to_string).collect();
        // The browser's state first, so that whoever reads the message finds the error there.
        self.state.lock().unwrap_or_else(|e| e.into_inner()).error = Some(text);
        report::print_diagnostics(list);
        eprintln!("the change did not build; still serving the previous build");
    }
}

/// Load, render and write the whole campaign into `out`, recording what each page used.
fn build(dir: &Path, out: &Path, diags: &mut Diagnostics) -> Option<(Site, usize)> {
    let campaign = super::build::load_campaign(dir, diags).map_err(|e| absorb(e, diags)).ok()?;
    let renderer = Renderer::new(&campaign, diags)?;
    let all: Vec<usize> = (0..campaign.countries.len()).collect();
    let staging = Staging::begin(out, dir, false).map_err(|e| absorb(e, diags)).ok()?;
    let view = renderer.view(&campaign).recording();
    let pages = super::build::write_site(&view, &all, &staging, true, diags).map_err(|e| absorb(e, diags)).ok()?;
    staging.commit().map_err(|e| absorb(e, diags)).ok()?;
    let graph = Graph::new(view.take_recorded());
    // The indexes the build wrote, kept to be patched when a page changes.
    let indexes = view.take_indexes().into_iter().collect();
    drop(view);
    Some((Site { campaign, renderer, indexes, graph }, pages))
}

/// Keep an error's diagnostics (or the error itself) in `diags`.
fn absorb(err: Error, diags: &mut Diagnostics) {
    match err {
        Error::Invalid(list) => diags.extend(list),
        other => diags.push(Diagnostic::error(other.to_string())),
    }
}

/// The campaign's folders, and the campaign root itself for campaign.yaml.
fn watched(dir: &Path) -> Vec<(PathBuf, RecursiveMode)> {
    let mut out = vec![(dir.to_path_buf(), RecursiveMode::NonRecursive)];
    for sub in ["content", "locales", "themes", "templates", "static"] {
        let path = load::shown(dir, sub);
        if path.is_dir() {
            out.push((path, RecursiveMode::Recursive));
        }
    }
    out
}

fn collect(event: notify::Result<notify::Event>, into: &mut BTreeSet<PathBuf>) {
    if let Ok(e) = event {
        if !matches!(e.kind, notify::EventKind::Access(_)) {
            into.extend(e.paths);
        }
    }
}

/// Sources of the campaign, not editor scratch files or the output.
fn relevant(dir: &Path, path: &Path) -> bool {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    if name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") {
        return false;
    }
    // A file that came and went without an extension is an editor's or a tool's scratch file.
    if !path.exists() && path.extension().is_none() {
        return false;
    }
    let root = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let rel = path.strip_prefix(&root).or_else(|_| path.strip_prefix(dir)).unwrap_or(path);
    let first = rel.components().next().map(|c| c.as_os_str().to_string_lossy().into_owned()).unwrap_or_default();
    matches!(first.as_str(), "content" | "locales" | "themes" | "templates" | "static" | "campaign.yaml")
}
