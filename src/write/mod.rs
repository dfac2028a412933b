//! Step 4 of the pipeline: write the site into a staging folder beside the output, and swap it
//! in only when the whole build has succeeded. A failed or killed build leaves the previous
//! output as it was.
//!
//! The output replaced by a build is kept beside it as a spare (`.public.haven-spare`), and the
//! next build stages into it: files that did not change are not written again, and no folder
//! or file is created or deleted that need not be. Creating and deleting thousands of files was
//! half of a build's time. A note beside the output (the `listing` module) spares the next
//! build from reading every folder of the spare again to find what to remove.

mod listing;
pub mod sitemap;

use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use crate::error::{Error, Result};
use listing::{Note, Spare};

/// The file that marks a folder as haven's output, safe to replace.
pub const MARKER: &str = ".haven-output";

/// A build's output in progress.
pub struct Staging {
    target: PathBuf,
    tmp: PathBuf,
    /// The staging folder is the previous build's spare, to be pruned of what this build does
    /// not write.
    reused: bool,
    /// What this build wrote, relative to the staging folder.
    written: Mutex<rustc_hash::FxHashSet<PathBuf>>,
    /// What the reused spare held when the build began, listed on a thread of its own while
    /// the site renders, for pruning.
    listing: Option<std::thread::JoinHandle<std::io::Result<Spare>>>,
    done: bool,
}

impl Staging {
    /// Check that `target` may be written and create the staging folder beside it.
    /// `sources` are the campaign's folders that the output must stay out of.
    pub fn begin(target: &Path, campaign_root: &Path, force: bool) -> Result<Staging> {
        let target = absolute(target)?;
        check_target(&target, campaign_root, force)?;
        let parent = target.parent().ok_or_else(|| refuse(&target, "it has no parent folder"))?;
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        let name = target.file_name().unwrap_or_default().to_string_lossy().into_owned();
        remove_leftovers(parent, &name);
        let tmp = parent.join(format!(".{name}.haven-tmp-{}", std::process::id()));
        if tmp.exists() {
            std::fs::remove_dir_all(&tmp).map_err(|e| Error::io(&tmp, e))?;
        }
        let spare = spare_of(&target);
        let reused = spare.join(MARKER).is_file() && std::fs::rename(&spare, &tmp).is_ok();
        if !reused {
            std::fs::create_dir(&tmp).map_err(|e| Error::io(&tmp, e))?;
        }
        let listing = reused.then(|| {
            let root = tmp.clone();
            std::thread::spawn(move || listing::list(&root))
        });
        Ok(Staging { target, tmp, reused, written: Mutex::default(), listing, done: false })
    }

    /// Write a file at `rel` (a relative path with `/` separators) in the staging folder.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let path = self.resolve(rel)?;
        self.record(rel);
        if self.reused && holds(&path, bytes) {
            return Ok(());
        }
        match std::fs::write(&path, bytes) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // Its folder is new: create it, then write. Most folders exist in a reused spare,
                // so they are not checked before every file.
                self.create_parent(&path)?;
                std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))
            }
            other => other.map_err(|e| Error::io(&path, e)),
        }
    }

    /// Copy `source` to `rel`.
    pub fn copy(&self, source: &Path, rel: &str) -> Result<()> {
        let path = self.resolve(rel)?;
        self.record(rel);
        if self.reused && same_file_contents(source, &path) {
            return Ok(());
        }
        self.create_parent(&path)?;
        std::fs::copy(source, &path).map(|_| ()).map_err(|e| Error::io(source, e))
    }

    fn create_parent(&self, path: &Path) -> Result<()> {
        match path.parent() {
            Some(parent) if !parent.is_dir() => std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e)),
            _ => Ok(()),
        }
    }

    /// Note `rel` as written by this build, so that pruning keeps it.
    fn record(&self, rel: &str) {
        self.written.lock().unwrap_or_else(|e| e.into_inner()).insert(PathBuf::from(rel));
    }

    /// Remove what the reused spare held that this build did not write, and the folders that
    /// are left empty. Returns the spare's note when it still holds for the pruned folder: the
    /// note vouched for every folder, nothing was removed and nothing added.
    fn prune(&mut self) -> Result<Option<Vec<u8>>> {
        let Some(listing) = self.listing.take() else { return Ok(None) };
        let spare = listing
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("listing the previous output stopped")))
            .map_err(|e| Error::io(&self.tmp, e))?;
        let written = self.written.lock().unwrap_or_else(|e| e.into_inner());
        // Folders holding a written file stay; only the others are tried (`remove_dir` refuses
        // a folder that is not empty).
        let kept: rustc_hash::FxHashSet<&Path> = written.iter().flat_map(|p| p.ancestors().skip(1)).collect();
        let mut removed = false;
        let mut rewritten = 0;
        for (rel, is_dir) in &spare.entries {
            let path = self.tmp.join(rel);
            if *is_dir {
                if !kept.contains(rel.as_path()) {
                    removed = true;
                    let _ = std::fs::remove_dir(&path);
                }
            } else if written.contains(rel) {
                rewritten += 1;
            } else {
                removed |= rel != Path::new(listing::NOTE);
                std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
            }
        }
        let added = rewritten != written.len();
        Ok(spare.note.filter(|_| !removed && !added))
    }

    /// `rel` inside the staging folder; anything that could leave it is refused.
    fn resolve(&self, rel: &str) -> Result<PathBuf> {
        inside(&self.tmp, rel).ok_or_else(|| refuse(&self.target, &format!("refusing to write outside it: `{rel}`")))
    }

    /// Put the finished output in place of the old one.
    pub fn commit(mut self) -> Result<PathBuf> {
        self.write(MARKER, b"This folder was written by haven; the next build replaces it.\n")?;
        let kept_note = if self.reused { self.prune()? } else { None };
        let note = kept_note.unwrap_or_else(|| {
            let written = self.written.lock().unwrap_or_else(|e| e.into_inner());
            Note::record(&self.tmp, &written.iter().map(PathBuf::as_path).collect::<Vec<_>>())
        });
        // The replaced output becomes the spare the next build stages into.
        let old = spare_of(&self.target);
        if old.exists() {
            std::fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))?;
        }
        let had_old = self.target.exists();
        if had_old {
            std::fs::rename(&self.target, &old).map_err(|e| Error::io(&self.target, e))?;
        }
        if let Err(e) = std::fs::rename(&self.tmp, &self.target) {
            if had_old {
                let _ = std::fs::rename(&old, &self.target);
            }
            return Err(Error::io(&self.target, e));
        }
        self.done = true;
        // The note beside the output goes into it as it becomes the spare; the new output's note
        // takes its place. Neither is needed for a correct build, only for a fast one.
        let beside = note_of(&self.target);
        if had_old && !old.join(MARKER).is_file() {
            // A folder haven did not write (replaced with --force) is not kept.
            let _ = std::fs::remove_dir_all(&old);
        } else if had_old {
            let _ = std::fs::rename(&beside, old.join(listing::NOTE));
        }
        let _ = Note::save(&note, &beside);
        Ok(self.target.clone())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if let Some(listing) = self.listing.take() {
            let _ = listing.join();
        }
        if !self.done {
            let _ = std::fs::remove_dir_all(&self.tmp);
        }
    }
}

/// Whether the file at `path` holds exactly `bytes`: its size is checked before its contents.
fn holds(path: &Path, bytes: &[u8]) -> bool {
    let Ok(mut file) = std::fs::File::open(path) else { return false };
    if file.metadata().map_or(true, |m| m.len() != bytes.len() as u64) {
        return false;
    }
    crate::load::read_size(&mut file, bytes.len()).is_ok_and(|old| old == bytes)
}

/// `rel` (a relative path with `/` separators) below `root`; `None` for anything that could
/// leave it: an empty path, `..`, an absolute path or a backslash.
pub fn inside(root: &Path, rel: &str) -> Option<PathBuf> {
    let p = Path::new(rel);
    let safe = !rel.is_empty() && p.components().all(|c| matches!(c, Component::Normal(_))) && !rel.contains('\\');
    safe.then(|| root.join(p))
}

/// `.<name>.haven-listing.json` beside the output `<name>`: its folders as the build left them.
fn note_of(target: &Path) -> PathBuf {
    target.with_file_name(format!(".{}.haven-listing.json", target.file_name().unwrap_or_default().to_string_lossy()))
}

/// `.<name>.haven-spare` beside the output `<name>`.
fn spare_of(target: &Path) -> PathBuf {
    target.with_file_name(format!(".{}.haven-spare", target.file_name().unwrap_or_default().to_string_lossy()))
}

/// Whether `copy` has the same length as `source` and is no older.
fn same_file_contents(source: &Path, copy: &Path) -> bool {
    match (std::fs::metadata(source), std::fs::metadata(copy)) {
        (Ok(s), Ok(c)) => s.len() == c.len() && matches!((s.modified(), c.modified()), (Ok(sm), Ok(cm)) if cm >= sm),
        _ => false,
    }
}

fn refuse(path: &Path, reason: &str) -> Error {
    Error::Output { path: path.to_path_buf(), reason: reason.to_owned() }
}

fn absolute(path: &Path) -> Result<PathBuf> {
    let abs = std::path::absolute(path).map_err(|e| Error::io(path, e))?;
    // Resolve `..` and symlinks of the part that exists, so comparisons are honest.
    let mut existing = abs.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_owned());
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = existing.canonicalize().map_err(|e| Error::io(&existing, e))?;
    for name in rest.into_iter().rev() {
        if name == ".." || name == "." {
            return Err(refuse(path, "write the output folder without `.` or `..`"));
        }
        out.push(name);
    }
    Ok(out)
}

/// Refuse an output that is, contains or lies inside the campaign's sources, and a non-empty
/// folder haven did not write (unless forced).
fn check_target(target: &Path, campaign_root: &Path, force: bool) -> Result<()> {
    let root = campaign_root.canonicalize().map_err(|e| Error::io(campaign_root, e))?;
    if root.starts_with(target) {
        return Err(refuse(target, "it is, or contains, the campaign folder"));
    }
    for source in ["content", "locales", "themes", "templates", "static", ".git", "src", "tests"] {
        if target.starts_with(root.join(source)) {
            return Err(refuse(target, &format!("it lies inside the campaign's `{source}` folder")));
        }
    }
    if target.is_file() {
        return Err(refuse(target, "it is a file"));
    }
    let non_empty = std::fs::read_dir(target).map(|mut d| d.next().is_some()).unwrap_or(false);
    if non_empty && !target.join(MARKER).exists() && !force {
        return Err(refuse(
            target,
            "it is not empty and haven did not write it; choose another folder, or pass --force to replace it",
        ));
    }
    Ok(())
}

/// Staging folders left by a killed build of the same output.
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let ours = file.starts_with(&format!(".{name}.haven-tmp-")) || file.starts_with(&format!(".{name}.haven-old-"));
        if ours && entry.path().is_dir() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_that_leave_the_output() {
        let dir = tempfile::tempdir().unwrap();
        let campaign = dir.path().join("campaign");
        std::fs::create_dir(&campaign).unwrap();
        let s = Staging::begin(&dir.path().join("out"), &campaign, false).unwrap();
        for bad in ["../x", "/etc/x", "a/../../x", ""] {
            assert!(s.write(bad, b"x").is_err(), "{bad}");
        }
        s.write("a/b.html", b"ok").unwrap();
        let out = s.commit().unwrap();
        assert_eq!(std::fs::read_to_string(out.join("a/b.html")).unwrap(), "ok");
    }

    #[test]
    fn an_abandoned_build_keeps_the_old_output() {
        let dir = tempfile::tempdir().unwrap();
        let campaign = dir.path().join("campaign");
        std::fs::create_dir(&campaign).unwrap();
        let out = dir.path().join("out");
        let s = Staging::begin(&out, &campaign, false).unwrap();
        s.write("index.html", b"first").unwrap();
        s.commit().unwrap();
        let s = Staging::begin(&out, &campaign, false).unwrap();
        s.write("index.html", b"second").unwrap();
        drop(s);
        assert_eq!(std::fs::read_to_string(out.join("index.html")).unwrap(), "first");
        let folders: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().unwrap().is_dir())
            .map(|e| e.file_name())
            .collect();
        assert_eq!(folders.len(), 2, "staging folder left behind: {folders:?}");
    }

    #[test]
    fn refuses_the_campaign_and_foreign_folders() {
        let dir = tempfile::tempdir().unwrap();
        let campaign = dir.path().join("campaign");
        std::fs::create_dir_all(campaign.join("content")).unwrap();
        assert!(Staging::begin(&campaign, &campaign, true).is_err());
        assert!(Staging::begin(dir.path(), &campaign, true).is_err());
        assert!(Staging::begin(&campaign.join("content/out"), &campaign, true).is_err());
        let foreign = dir.path().join("docs");
        std::fs::create_dir(&foreign).unwrap();
        std::fs::write(foreign.join("keep.txt"), "mine").unwrap();
        assert!(Staging::begin(&foreign, &campaign, false).is_err());
        assert!(Staging::begin(&foreign, &campaign, true).is_ok());
    }
}
