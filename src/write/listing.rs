//! What a reused spare holds, for pruning it: listed without reading every folder again.
//!
//! Listing the spare folder by folder was a tenth of a rebuild's time (thousands of folders, one
//! per page, whose blocks the system had often let go of). So when a build puts its output in
//! place, it notes each folder's entries with the folder's inode and change time. When that
//! output comes back as the spare, a folder whose inode and change time are the same still holds
//! exactly those entries (adding, removing or renaming an entry changes them); only the folders
//! that changed, and the top folder, are read again. A note that is missing, unreadable or made
//! for another folder costs time, never a file: every folder it does not vouch for is read.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Where a folder's note is kept inside the spare; pruned with everything else the build did not
/// write.
pub const NOTE: &str = ".haven-listing.json";

/// A change time this recent is not trusted: on file systems that keep coarse times, a change
/// made within the same tick would leave it as it was.
const SETTLED: Duration = Duration::from_millis(50);

/// What the spare held when the build began.
pub struct Spare {
    /// Everything in it, deepest first: paths relative to it, and whether each is a folder.
    pub entries: Vec<(PathBuf, bool)>,
    /// Its note as read, when the note vouched for every folder but the top one: if the build
    /// then writes exactly what the spare held, the note still holds for the new output.
    pub note: Option<Vec<u8>>,
}

/// The folders of an output as a build left them.
#[derive(Serialize, Deserialize, Default, Debug)]
pub struct Note {
    folders: BTreeMap<String, Folder>,
}

#[derive(Serialize, Deserialize, Debug)]
struct Folder {
    /// Inode and change time (seconds, nanoseconds).
    id: (u64, i64, i64),
    /// Names of the files and folders in it, and whether each is a folder.
    entries: Vec<(String, bool)>,
}

impl Note {
    /// The note of the folders below `root` that hold the files `written` (relative paths),
    /// with their entries, as they are now. Folders changed too recently to be trusted are left
    /// out.
    pub fn record(root: &Path, written: &[&Path]) -> Vec<u8> {
        let mut entries: BTreeMap<String, BTreeMap<String, bool>> = BTreeMap::new();
        for path in written {
            let mut is_dir = false;
            let mut child = *path;
            while let Some(parent) = child.parent().filter(|p| !p.as_os_str().is_empty()) {
                let (Some(dir), Some(name)) = (parent.to_str(), child.file_name().and_then(|n| n.to_str())) else {
                    break;
                };
                entries.entry(dir.to_owned()).or_default().insert(name.to_owned(), is_dir);
                is_dir = true;
                child = parent;
            }
        }
        let now = SystemTime::now();
        let folders = entries
            .into_par_iter()
            .filter_map(|(dir, entries)| {
                let id = std::fs::symlink_metadata(root.join(&dir)).ok().and_then(|m| identity(&m))?;
                let changed = SystemTime::UNIX_EPOCH + Duration::new(u64::try_from(id.1).ok()?, id.2 as u32);
                let settled = now.duration_since(changed).is_ok_and(|age| age >= SETTLED);
                settled.then(|| (dir, Folder { id, entries: entries.into_iter().collect() }))
            })
            .collect();
        serde_json::to_vec(&Note { folders }).unwrap_or_default()
    }

    /// Put a note at `path` whole, or not at all.
    pub fn save(note: &[u8], path: &Path) -> std::io::Result<()> {
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, note)?;
        std::fs::rename(&tmp, path)
    }
}

/// Everything in the spare at `root`, with the help of the note it holds ([`NOTE`]) if any.
pub fn list(root: &Path) -> std::io::Result<Spare> {
    let bytes = std::fs::read(root.join(NOTE)).ok();
    let note: Note = bytes.as_deref().and_then(|b| serde_json::from_slice(b).ok()).unwrap_or_default();
    let mut entries = Vec::new();
    let mut read = 0;
    let mut todo = vec![PathBuf::new()];
    while let Some(dir) = todo.pop() {
        let (names, was_read) = folder(root, &dir, &note)?;
        read += usize::from(was_read);
        for (name, is_dir) in names {
            let rel = dir.join(name);
            if is_dir {
                todo.push(rel.clone());
            }
            entries.push((rel, is_dir));
        }
    }
    entries.sort_by_key(|(rel, _)| std::cmp::Reverse(rel.components().count()));
    Ok(Spare { entries, note: bytes.filter(|_| read == 1 && !note.folders.is_empty()) })
}

/// The entries of the folder `dir` (relative to `root`), and whether they were read: they come
/// from the note when the folder is as it was noted.
fn folder(root: &Path, dir: &Path, note: &Note) -> std::io::Result<(Vec<(OsString, bool)>, bool)> {
    let path = root.join(dir);
    if let Some(folder) = dir.to_str().and_then(|d| note.folders.get(d)) {
        let unchanged = std::fs::symlink_metadata(&path).ok().and_then(|m| identity(&m)) == Some(folder.id);
        if unchanged {
            return Ok((folder.entries.iter().map(|(name, is_dir)| (OsString::from(name), *is_dir)).collect(), false));
        }
    }
    let names = std::fs::read_dir(&path)?
        .map(|entry| entry.and_then(|e| Ok((e.file_name(), e.file_type()?.is_dir()))))
        .collect::<std::io::Result<_>>()?;
    Ok((names, true))
}

#[cfg(unix)]
fn identity(meta: &std::fs::Metadata) -> Option<(u64, i64, i64)> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.ino(), meta.ctime(), meta.ctime_nsec()))
}

#[cfg(not(unix))]
fn identity(_: &std::fs::Metadata) -> Option<(u64, i64, i64)> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Everything below `root` by a plain walk, as the listing should find it.
    fn walk(root: &Path) -> Vec<(PathBuf, bool)> {
        let mut all: Vec<(PathBuf, bool)> = walkdir::WalkDir::new(root)
            .min_depth(1)
            .into_iter()
            .map(|e| e.unwrap())
            .map(|e| (e.path().strip_prefix(root).unwrap().to_path_buf(), e.file_type().is_dir()))
            .collect();
        all.sort();
        all
    }

    fn sorted(spare: &Spare) -> Vec<(PathBuf, bool)> {
        let mut all = spare.entries.clone();
        all.sort();
        all
    }

    fn put(root: &Path, rel: &str) {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, rel).unwrap();
    }

    #[test]
    fn noted_folders_are_not_read_and_changed_ones_are() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let files = ["index.html", "a/x.html", "a/b/y.html", "a/b/c/z.html", "d/w.html"];
        files.iter().for_each(|f| put(root, f));
        std::thread::sleep(SETTLED * 2);
        let written: Vec<&Path> = files.iter().map(Path::new).collect();
        Note::save(&Note::record(root, &written), &root.join(NOTE)).unwrap();
        let spare = list(root).unwrap();
        assert_eq!(sorted(&spare), walk(root));
        assert!(spare.note.is_some(), "the note vouched for every folder below the top");
        // Deepest first: nothing comes after the folder that holds it.
        for (i, (rel, _)) in spare.entries.iter().enumerate() {
            assert!(spare.entries[i + 1..].iter().all(|(later, _)| !later.starts_with(rel) || later == rel), "{rel:?}");
        }
        // Changes by hand: a file beside a noted one, a new folder in a noted folder, a folder
        // removed, a file replaced by a folder.
        put(root, "a/b/notes.txt");
        put(root, "a/new/deep/file.txt");
        std::fs::remove_dir_all(root.join("a/b/c")).unwrap();
        std::fs::remove_file(root.join("d/w.html")).unwrap();
        put(root, "d/w.html/inside.txt");
        let spare = list(root).unwrap();
        assert_eq!(sorted(&spare), walk(root));
        assert!(spare.note.is_none(), "changed folders were read");
    }

    #[test]
    fn a_folder_changed_just_before_its_note_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        put(root, "a/x.html");
        let note: Note = serde_json::from_slice(&Note::record(root, &[Path::new("a/x.html")])).unwrap();
        assert!(note.folders.is_empty(), "a folder changed {SETTLED:?} ago or less is not trusted");
    }

    #[test]
    fn a_missing_or_broken_note_means_reading_every_folder() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        put(root, "a/x.html");
        put(root, "a/b/y.html");
        let spare = list(root).unwrap();
        assert_eq!(sorted(&spare), walk(root));
        assert!(spare.note.is_none());
        std::fs::write(root.join(NOTE), "{ not json").unwrap();
        let spare = list(root).unwrap();
        assert_eq!(sorted(&spare), walk(root));
        assert!(spare.note.is_none());
    }

    #[test]
    fn a_note_of_another_folder_vouches_for_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let (first, second) = (dir.path().join("first"), dir.path().join("second"));
        for root in [&first, &second] {
            put(root, "a/x.html");
        }
        put(&second, "a/only-here.html");
        std::thread::sleep(SETTLED * 2);
        // Noted in one folder, read in another with the same names: the inodes differ.
        Note::save(&Note::record(&first, &[Path::new("a/x.html")]), &second.join(NOTE)).unwrap();
        let spare = list(&second).unwrap();
        assert_eq!(sorted(&spare), walk(&second));
        assert!(spare.note.is_none());
    }
}
