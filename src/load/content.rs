//! Lessons and pages: Markdown files with YAML front matter.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{frontmatter, yaml};
use crate::error::Diagnostic;

/// Front matter as the author wrote it. Source files carry the lesson's facts (topic, age band,
/// audience, duration, weight); translations carry where they came from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// The page title.
    pub title: String,
    /// One or two sentences, shown in lists and search results.
    pub summary: String,
    /// `grooming`, `self-produced-images`, `online-risks`, or another topic with a Fluent label.
    #[serde(default)]
    pub topic: Option<String>,
    /// `8-10`, `11-13`, `14-17` or `adults`.
    #[serde(default)]
    pub age_band: Option<String>,
    /// `children`, `parents` or `teachers`.
    #[serde(default)]
    pub audience: Option<String>,
    /// Minutes the lesson takes.
    #[serde(default)]
    pub duration: Option<u32>,
    /// Order within its topic: smaller first.
    #[serde(default)]
    pub weight: Option<i64>,
    /// For a translation: the locale it was translated from.
    #[serde(default)]
    pub source_locale: Option<String>,
    /// For a translation: the hash of the source file it was translated from.
    #[serde(default)]
    pub source_hash: Option<String>,
    /// For a translation: `draft` until a native speaker has reviewed it.
    #[serde(default)]
    pub status: Option<Status>,
}

/// Review status of a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Draft,
    Reviewed,
}

/// One Markdown file of a lesson or page, parsed.
#[derive(Debug, Clone)]
pub struct ContentFile {
    /// The file, as shown in messages.
    pub path: PathBuf,
    /// The folder name: the lesson or page slug.
    pub slug: String,
    /// The file name without `.md`.
    pub locale: String,
    pub front: FrontMatter,
    /// The Markdown body, when it is kept in memory; see [`ContentFile::body`]. A build drops
    /// bodies once it has read the front matter and reads each again when it renders it, so
    /// that a large campaign's text is not held in memory twice (as Markdown and as HTML).
    pub body: Option<String>,
    /// Where the body starts in the file's text.
    pub body_start: usize,
    /// The line of the file the body starts on.
    pub body_line: usize,
    /// The hash translations record as `source_hash`; empty for a translation, since only a
    /// source's hash is ever compared (and hashing every file was 3% of a build).
    pub hash: String,
    /// The folder under the output's `media/` that holds this file's images.
    pub media_dir: String,
}

/// Parse a content file whose text is already read and normalised.
pub fn parse(path: &Path, slug: &str, locale: &str, media_dir: &str, text: &str) -> Result<ContentFile, Diagnostic> {
    let mut file = parse_front(path, slug, locale, media_dir, text)?;
    file.body = Some(text[file.body_start..].to_owned());
    Ok(file)
}

/// Parse a content file's front matter and leave its body on disk (see [`ContentFile::body`]).
pub fn parse_front(
    path: &Path,
    slug: &str,
    locale: &str,
    media_dir: &str,
    text: &str,
) -> Result<ContentFile, Diagnostic> {
    let split = frontmatter::split(path, text)?;
    let front: FrontMatter = yaml::parse(path, split.front_matter, 2)?;
    let hash = if front.source_locale.is_none() { source_hash(text) } else { String::new() };
    Ok(ContentFile {
        path: path.to_path_buf(),
        slug: slug.to_owned(),
        locale: locale.to_owned(),
        front,
        body: None,
        body_start: text.len() - split.body.len(),
        body_line: split.body_line,
        hash,
        media_dir: media_dir.to_owned(),
    })
}

impl ContentFile {
    /// The Markdown body: from memory, or read again from the file.
    pub fn body(&self) -> Result<std::borrow::Cow<'_, str>, Diagnostic> {
        if let Some(body) = &self.body {
            return Ok(std::borrow::Cow::Borrowed(body));
        }
        let mut text = super::read_text(&self.path)?;
        if text.is_char_boundary(self.body_start) {
            text.drain(..self.body_start);
        } else {
            text.clear();
        }
        Ok(std::borrow::Cow::Owned(text))
    }
}

/// The first 16 hex digits of the SHA-256 of the file's text (BOM removed, LF line endings):
/// the same as `sha256sum file | cut -c1-16` on a file saved that way.
pub fn source_hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_matches_sha256sum() {
        // printf 'abc' | sha256sum
        assert_eq!(source_hash("abc"), "ba7816bf8f01cfea");
    }

    #[test]
    fn unknown_front_matter_field_is_reported_at_its_line() {
        let text = "---\ntitle: A\nsummary: B\ncolour: red\n---\nbody";
        let err = parse(Path::new("x/en.md"), "x", "en", "lessons/x", text).unwrap_err();
        assert_eq!(err.location.as_ref().unwrap().line, 4, "{err}");
    }

    #[test]
    fn status_must_be_known() {
        let text = "---\ntitle: A\nsummary: B\nstatus: finished\n---\nbody";
        assert!(parse(Path::new("x/fr.md"), "x", "fr", "lessons/x", text).is_err());
    }
}
