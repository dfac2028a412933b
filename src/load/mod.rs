//! Step 1 of the pipeline: read a campaign folder into [`Sources`], exactly as written.
//!
//! Every problem becomes a [`Diagnostic`]; loading goes on past a bad file so that one run
//! reports them all. Nothing here judges whether the pieces fit together: that is
//! [`crate::model`]'s job.

pub mod config;
pub mod content;
pub mod country;
pub mod frontmatter;
pub mod locales;
pub mod yaml;

use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Diagnostics, Location};
pub use config::CampaignFile;
pub use content::{ContentFile, FrontMatter, Status};
pub use country::CountryFile;
pub use locales::FtlFile;

/// The largest text file haven reads.
pub const MAX_TEXT_BYTES: u64 = 8 * 1024 * 1024;

/// Everything a campaign folder holds, parsed but not yet checked for consistency.
#[derive(Debug)]
pub struct Sources {
    /// The campaign folder as given on the command line.
    pub root: PathBuf,
    pub config: CampaignFile,
    pub lessons: Vec<ContentFile>,
    pub pages: Vec<ContentFile>,
    pub countries: Vec<(PathBuf, CountryFile)>,
    /// A country's own lessons and its versions of shared ones, with its lower-case code.
    pub country_lessons: Vec<(String, ContentFile)>,
    pub assets: Vec<Asset>,
    pub ftl: Vec<FtlFile>,
    /// Slugs of lessons and pages with a file that could not be read: their error is reported
    /// once, here, and not again as a missing lesson.
    pub broken: std::collections::BTreeSet<String>,
}

/// A file beside a lesson (an image, a worksheet) or a country's logo, copied to the output.
#[derive(Debug, Clone)]
pub struct Asset {
    /// Where it is read from.
    pub path: PathBuf,
    /// Its path inside the output's `media/` folder.
    pub media_path: String,
}

/// Read the campaign at `root`. Returns the sources (when `campaign.yaml` could be read) and
/// every diagnostic found on the way.
pub fn load(root: &Path) -> (Option<Sources>, Diagnostics) {
    let mut diags = Diagnostics::new();
    let campaign = Campaign { root, canonical: root.canonicalize().ok() };
    if campaign.canonical.is_none() {
        diags.push(Diagnostic::error(format!("campaign folder {} does not exist", root.display())));
        return (None, diags);
    }
    if !campaign.shown("campaign.yaml").is_file() {
        diags.push(
            Diagnostic::error("no campaign.yaml: this folder is not a haven campaign")
                .in_file(campaign.shown("campaign.yaml"))
                .help("run haven in a campaign folder, or name one: `haven build path/to/campaign`"),
        );
        return (None, diags);
    }
    // Read everything even when campaign.yaml is broken, so that one run reports every problem.
    let config = campaign.read_config(&mut diags);
    let mut sources = Sources {
        root: root.to_path_buf(),
        config: config.clone().unwrap_or_else(CampaignFile::placeholder),
        lessons: Vec::new(),
        pages: Vec::new(),
        countries: Vec::new(),
        country_lessons: Vec::new(),
        assets: Vec::new(),
        ftl: Vec::new(),
        broken: Default::default(),
    };
    let lessons = campaign.content_folders("content/lessons", "lessons", &mut diags);
    sources.lessons = lessons.files;
    sources.assets.extend(lessons.assets);
    sources.broken.extend(lessons.broken);
    let pages = campaign.content_folders("content/pages", "pages", &mut diags);
    sources.pages = pages.files;
    sources.assets.extend(pages.assets);
    sources.broken.extend(pages.broken);
    campaign.read_countries(&mut sources, &mut diags);
    sources.ftl = campaign.read_locales(&mut diags);
    (config.map(|_| sources), diags)
}

/// The campaign folder, for reading files in it.
struct Campaign<'a> {
    root: &'a Path,
    canonical: Option<PathBuf>,
}

/// Markdown files and assets found under a content folder.
#[derive(Default)]
struct Found {
    files: Vec<ContentFile>,
    assets: Vec<Asset>,
    broken: std::collections::BTreeSet<String>,
    /// Markdown files found, to be read and parsed in parallel: path, slug, locale, media folder.
    pending: Vec<(PathBuf, String, String, String)>,
}

impl Found {
    /// Read and parse the pending files on every core, keeping their order.
    fn parse_pending(&mut self, diags: &mut Diagnostics) {
        use rayon::prelude::*;
        let parsed: Vec<Result<ContentFile, Diagnostic>> = std::mem::take(&mut self.pending)
            .into_par_iter()
            .map(|(path, slug, locale, media)| {
                read_text(&path).and_then(|text| {
                    content::parse_front(&path, &slug, &locale, &media, &text).map_err(|d| d.with_source(&text))
                })
            })
            .collect();
        for result in parsed {
            match result {
                Ok(file) => self.files.push(file),
                Err(d) => {
                    if let Some(slug) = d.location.as_ref().and_then(|l| l.path.parent()).and_then(|p| p.file_name()) {
                        self.broken.insert(slug.to_string_lossy().into_owned());
                    }
                    diags.push(d);
                }
            }
        }
    }
}

/// `rel` inside the campaign `root`, as shown to the user: without a leading `./`.
pub fn shown(root: &Path, rel: impl AsRef<Path>) -> PathBuf {
    if root == Path::new(".") {
        rel.as_ref().to_path_buf()
    } else {
        root.join(rel)
    }
}

impl Campaign<'_> {
    fn shown(&self, rel: &str) -> PathBuf {
        shown(self.root, rel)
    }

    fn read_config(&self, diags: &mut Diagnostics) -> Option<CampaignFile> {
        let path = self.shown("campaign.yaml");
        let text = record(diags, read_text(&path))?;
        record(diags, yaml::parse(&path, &text, 1).map_err(|d| d.with_source(&text)))
    }

    /// Read `<dir>/<slug>/<locale>.md` and the assets beside them.
    fn content_folders(&self, dir: &str, media_prefix: &str, diags: &mut Diagnostics) -> Found {
        use rayon::prelude::*;
        // Each lesson's folder is listed on any core: a thousand folders one after another were
        // a tenth of a build's loading.
        let parts: Vec<(Found, Diagnostics)> = self
            .subfolders(dir, diags)
            .par_iter()
            .map(|(slug, folder)| {
                let (mut found, mut found_diags) = (Found::default(), Diagnostics::new());
                match check_slug(slug, folder) {
                    Err(d) => found_diags.push(d),
                    Ok(()) => {
                        let media = format!("{media_prefix}/{slug}");
                        self.read_content_folder(folder, slug, &media, &mut found, &mut found_diags);
                    }
                }
                (found, found_diags)
            })
            .collect();
        let mut found = Found::default();
        for (part, part_diags) in parts {
            found.assets.extend(part.assets);
            found.pending.extend(part.pending);
            diags.extend(part_diags);
        }
        found.parse_pending(diags);
        found
    }

    fn read_content_folder(&self, folder: &Path, slug: &str, media: &str, found: &mut Found, diags: &mut Diagnostics) {
        for path in self.files_under(folder, diags) {
            let rel = path.strip_prefix(folder).unwrap_or(&path);
            let is_md = rel.components().count() == 1 && path.extension().is_some_and(|e| e == "md");
            if !is_md {
                let media_path = format!("{media}/{}", rel.to_string_lossy().replace('\\', "/"));
                found.assets.push(Asset { path, media_path });
                continue;
            }
            let locale = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            if let Err(d) = check_locale_tag(&locale) {
                diags.push(d.in_file(&path));
                continue;
            }
            found.pending.push((path, slug.to_owned(), locale, media.to_owned()));
        }
    }

    fn read_countries(&self, sources: &mut Sources, diags: &mut Diagnostics) {
        let dir = self.shown("content/countries");
        for path in self.files_in(&dir, diags) {
            if path.extension().is_some_and(|e| e == "yaml") {
                let parsed = read_text(&path)
                    .and_then(|text| yaml::parse::<CountryFile>(&path, &text, 1).map_err(|d| d.with_source(&text)));
                if let Some(country) = record(diags, parsed) {
                    sources.countries.push((path, country));
                }
            }
        }
        for (cc, folder) in self.subfolders("content/countries", diags) {
            for (name, sub) in self.subfolders_of(&folder, diags) {
                if name == "lessons" {
                    let mut found = Found::default();
                    for (slug, lesson_dir) in self.subfolders_of(&sub, diags) {
                        if let Err(d) = check_slug(&slug, &lesson_dir) {
                            diags.push(d);
                            continue;
                        }
                        let media = format!("countries/{cc}/lessons/{slug}");
                        self.read_content_folder(&lesson_dir, &slug, &media, &mut found, diags);
                    }
                    found.parse_pending(diags);
                    sources.country_lessons.extend(found.files.into_iter().map(|f| (cc.clone(), f)));
                    sources.broken.extend(found.broken);
                    sources.assets.extend(found.assets);
                }
            }
            for path in self.files_in(&folder, diags) {
                let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
                sources.assets.push(Asset { path, media_path: format!("countries/{cc}/{name}") });
            }
        }
    }

    fn read_locales(&self, diags: &mut Diagnostics) -> Vec<FtlFile> {
        let mut files = Vec::new();
        for (locale, folder) in self.subfolders("locales", diags) {
            if let Err(d) = check_locale_tag(&locale) {
                diags.push(d.in_file(&folder));
                continue;
            }
            for path in self.files_in(&folder, diags) {
                if path.extension().is_none_or(|e| e != "ftl") {
                    continue;
                }
                let Some(text) = record(diags, read_text(&path)) else {
                    continue;
                };
                match locales::parse(&path, &locale, text) {
                    Ok(file) => files.push(file),
                    Err(errors) => diags.extend(errors),
                }
            }
        }
        files
    }

    /// The sub-folders of `rel`, sorted by name; a missing folder has none.
    fn subfolders(&self, rel: &str, diags: &mut Diagnostics) -> Vec<(String, PathBuf)> {
        self.subfolders_of(&self.shown(rel), diags)
    }

    fn subfolders_of(&self, dir: &Path, diags: &mut Diagnostics) -> Vec<(String, PathBuf)> {
        self.entries(dir, diags)
            .into_iter()
            .filter(|(_, is_dir)| *is_dir)
            .map(|(p, _)| (p.file_name().unwrap_or_default().to_string_lossy().into_owned(), p))
            .collect()
    }

    /// The files directly in `dir`, sorted.
    fn files_in(&self, dir: &Path, diags: &mut Diagnostics) -> Vec<PathBuf> {
        self.entries(dir, diags).into_iter().filter(|(_, is_dir)| !is_dir).map(|(p, _)| p).collect()
    }

    /// Entries of `dir` with whether each is a folder; symlinks are checked to stay inside the
    /// campaign. Hidden entries (`.git`, `.DS_Store`) are skipped.
    fn entries(&self, dir: &Path, diags: &mut Diagnostics) -> Vec<(PathBuf, bool)> {
        let Ok(read) = std::fs::read_dir(dir) else {
            if dir.exists() {
                diags.push(Diagnostic::error("cannot read this folder").in_file(dir));
            }
            return Vec::new();
        };
        let mut out = Vec::new();
        for entry in read {
            match entry {
                Ok(entry) if entry.file_name().to_string_lossy().starts_with('.') => {}
                Ok(entry) => {
                    let path = entry.path();
                    // The folder listing says what most entries are, without a `stat` each.
                    let kind = match entry.file_type() {
                        Ok(t) if !t.is_symlink() => Ok(t.is_dir()),
                        _ => self.kind_of(&path),
                    };
                    if let Some(kind) = record(diags, kind) {
                        out.push((path, kind));
                    }
                }
                Err(e) => diags.push(Diagnostic::error(format!("cannot read this folder: {e}")).in_file(dir)),
            }
        }
        out.sort();
        out
    }

    /// Whether `path` is a folder, refusing symlinks that leave the campaign or loop.
    fn kind_of(&self, path: &Path) -> Result<bool, Diagnostic> {
        let meta = std::fs::symlink_metadata(path).map_err(|e| Diagnostic::error(e.to_string()).in_file(path))?;
        if !meta.file_type().is_symlink() {
            return Ok(meta.is_dir());
        }
        let target = path
            .canonicalize()
            .map_err(|e| Diagnostic::error(format!("broken or looping symbolic link: {e}")).in_file(path))?;
        let root = self.canonical.as_deref().unwrap_or(self.root);
        if !target.starts_with(root) {
            return Err(Diagnostic::error("symbolic link points outside the campaign folder").in_file(path));
        }
        Ok(target.is_dir())
    }

    /// All files below `dir`, recursively, sorted. Loops are caught by [`Campaign::kind_of`].
    fn files_under(&self, dir: &Path, diags: &mut Diagnostics) -> Vec<PathBuf> {
        let mut files = Vec::new();
        let mut stack = vec![(dir.to_path_buf(), 0usize)];
        while let Some((folder, depth)) = stack.pop() {
            if depth > 16 {
                diags.push(Diagnostic::error("folders nested too deeply (more than 16 levels)").in_file(&folder));
                continue;
            }
            for (path, is_dir) in self.entries(&folder, diags) {
                if is_dir {
                    stack.push((path, depth + 1));
                } else {
                    files.push(path);
                }
            }
        }
        files.sort();
        files
    }
}

/// Keep the value, or record the diagnostic and return `None`.
fn record<T>(diags: &mut Diagnostics, result: Result<T, Diagnostic>) -> Option<T> {
    result.map_err(|d| diags.push(d)).ok()
}

/// Read a text file: UTF-8 only, no NUL bytes, at most [`MAX_TEXT_BYTES`]; a byte-order mark
/// is dropped and CRLF line endings become LF.
pub fn read_text(path: &Path) -> Result<String, Diagnostic> {
    let fail = |e: std::io::Error| Diagnostic::error(e.to_string()).in_file(path);
    // One open and one `fstat` a file: a build reads thousands.
    let mut file = std::fs::File::open(path).map_err(fail)?;
    let size = file.metadata().map_err(fail)?.len();
    if size > MAX_TEXT_BYTES {
        return Err(
            Diagnostic::error(format!("file is too large ({size} bytes; the limit is {MAX_TEXT_BYTES})")).in_file(path)
        );
    }
    let bytes = read_size(&mut file, size as usize).map_err(fail)?;
    let text = decode(path, bytes)?;
    let text = text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text);
    Ok(if memchr::memchr(b'\r', text.as_bytes()).is_some() { text.replace("\r\n", "\n") } else { text })
}

/// Up to `size` bytes of `file`, in as few reads as the system allows (usually one).
pub fn read_size(file: &mut std::fs::File, size: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = vec![0; size];
    let mut filled = 0;
    while filled < size {
        match file.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    bytes.truncate(filled);
    Ok(bytes)
}

fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    if let Some(i) = memchr::memchr(0, &bytes) {
        let valid = String::from_utf8_lossy(&bytes[..i]);
        return Err(Diagnostic::error("this is a binary file, not text (it contains a NUL byte)")
            .at(Location::of_offset(path, &valid, valid.len(), 1)));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid_up_to = e.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&e.as_bytes()[..valid_up_to]).into_owned();
        Diagnostic::error("the file is not valid UTF-8 text")
            .at(Location::of_offset(path, &valid, valid.len(), 1))
            .help("save the file as UTF-8 in your editor")
    })
}

/// A slug: lower-case ASCII letters and digits in hyphen-separated words.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

fn check_slug(slug: &str, folder: &Path) -> Result<(), Diagnostic> {
    if is_slug(slug) {
        Ok(())
    } else {
        Err(Diagnostic::error(format!("`{slug}` is not a valid slug"))
            .in_file(folder)
            .help("use lower-case letters a-z, digits and single hyphens, e.g. `grooming-11-13`"))
    }
}

/// A locale tag as haven uses it: BCP 47, in its canonical spelling (`sr-Latn`, `fr-BE`).
pub fn check_locale_tag(tag: &str) -> Result<(), Diagnostic> {
    let canonical = tag
        .parse::<unic_langid::LanguageIdentifier>()
        .ok()
        .filter(|_| tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        .map(|id| id.to_string());
    match canonical {
        Some(c) if c == tag => Ok(()),
        Some(c) => {
            Err(Diagnostic::error(format!("locale `{tag}` is not written canonically"))
                .help(format!("write it as `{c}`")))
        }
        None => Err(Diagnostic::error(format!("`{tag}` is not a valid locale tag"))
            .help("use a BCP 47 tag such as `en`, `fr-BE` or `sr-Latn`")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("grooming-11-13"));
        for bad in ["", "A", "a--b", "-a", "a-", "../x", "a/b", "é", "a b"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }

    #[test]
    fn locale_tags() {
        for ok in ["en", "fr-BE", "sr-Latn", "nb", "fil"] {
            assert!(check_locale_tag(ok).is_ok(), "{ok}");
        }
        assert!(check_locale_tag("fr_BE").is_err());
        assert!(check_locale_tag("sr-latn").unwrap_err().help.unwrap().contains("sr-Latn"));
        assert!(check_locale_tag("..").is_err());
    }

    #[test]
    fn invalid_utf8_is_located() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.md");
        std::fs::write(&path, b"ok\nab\xffc").unwrap();
        let err = read_text(&path).unwrap_err();
        let loc = err.location.unwrap();
        assert_eq!((loc.line, loc.column), (2, 3));
    }

    #[test]
    fn crlf_and_bom_are_normalised() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.md");
        std::fs::write(&path, "\u{feff}a\r\nb\r\n").unwrap();
        assert_eq!(read_text(&path).unwrap(), "a\nb\n");
    }
}
