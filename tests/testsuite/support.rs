//! Fixture campaigns copied into a temporary folder, and the haven binary run on them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fixture campaign in a temporary folder of its own.
pub struct Project {
    _tmp: tempfile::TempDir,
    pub root: PathBuf,
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

impl Project {
    /// Copy `tests/testsuite/fixtures/<name>`; a fixture without its own theme or English
    /// interface text gets the repository's.
    pub fn fixture(name: &str) -> Project {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("campaign");
        copy_dir(&repo().join("tests/testsuite/fixtures").join(name), &root);
        if !root.join("themes").exists() {
            copy_dir(&repo().join("themes/default"), &root.join("themes/default"));
        }
        let en = root.join("locales/en/main.ftl");
        if !en.exists() {
            std::fs::create_dir_all(en.parent().unwrap()).unwrap();
            std::fs::copy(repo().join("locales/en/main.ftl"), &en).unwrap();
        }
        Project { _tmp: tmp, root }
    }

    /// Run `haven ARGS` in the campaign folder, without colour.
    pub fn haven(&self, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_haven"))
            .args(args)
            .current_dir(&self.root)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        Run(output)
    }

    /// `haven build`, which must succeed.
    pub fn build(&self) -> Run {
        self.haven(&["build"]).success()
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    pub fn out(&self, rel: &str) -> String {
        self.read(&format!("public/{rel}"))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.root.join(rel).exists()
    }

    /// Every HTML file of the output, relative to it.
    pub fn pages(&self) -> Vec<String> {
        let out = self.root.join("public");
        walkdir::WalkDir::new(&out)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
            .map(|e| e.path().strip_prefix(&out).unwrap().to_string_lossy().into_owned())
            .collect()
    }
}

/// A finished run of the binary.
pub struct Run(pub Output);

impl Run {
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).into_owned()
    }

    pub fn code(&self) -> i32 {
        self.0.status.code().unwrap_or(-1)
    }

    pub fn success(self) -> Run {
        assert!(self.0.status.success(), "haven failed:\n{}", self.stderr());
        self
    }

    /// Assert the exit code and that stderr equals `tests/testsuite/expected/<name>.stderr`.
    pub fn expect(&self, code: i32, name: &str) {
        let path = repo().join("tests/testsuite/expected").join(format!("{name}.stderr"));
        let actual = self.stderr();
        if std::env::var_os("HAVEN_BLESS").is_some() {
            std::fs::write(&path, &actual).unwrap();
        }
        let expected = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("missing {}; run with HAVEN_BLESS=1", path.display()));
        assert_eq!(actual, expected, "stderr of `{name}` differs");
        assert_eq!(self.code(), code, "exit code of `{name}`:\n{actual}");
        assert!(!actual.contains("panicked"), "{actual}");
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The `href` and `src` values of an HTML page.
pub fn references(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            let end = rest.find('"').unwrap();
            out.push(rest[..end].replace("&amp;", "&"));
        }
    }
    out
}

/// Fluent wraps arguments in bidi isolation marks; tests compare the text without them.
pub fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// The first 16 hex digits of the SHA-256 of `text`: what translations record.
pub fn sha16(text: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(text.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect()
}
