//! `haven serve`: start it on a free port, edit a lesson, see the page change and a reload
//! message, break a file, see the error, fix it, see recovery. Each kind of change re-renders
//! exactly the pages that depend on it, and leaves the output a full build would write.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, SystemTime};

use crate::support::Project;

struct Serve {
    child: Child,
    lines: Receiver<String>,
    port: u16,
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Serve {
    fn start(p: &Project) -> Serve {
        Serve::start_with(p, &[])
    }

    fn start_with(p: &Project, args: &[&str]) -> Serve {
        let mut child = Command::new(env!("CARGO_BIN_EXE_haven"))
            .args(["serve", "--port", "0"])
            .args(args)
            .current_dir(&p.root)
            .env("NO_COLOR", "1")
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let mut serve = Serve { child, lines, port: 0 };
        let line = serve.wait_for("serving http://127.0.0.1:");
        serve.port = line
            .split(':')
            .nth(2)
            .unwrap()
            .trim_end_matches(|c: char| !c.is_ascii_digit())
            .split('/')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        serve
    }

    /// The next stderr line containing `needle`.
    fn wait_for(&self, needle: &str) -> String {
        self.wait_for_any(&[needle])
    }

    /// The next stderr line containing one of `needles`.
    fn wait_for_any(&self, needles: &[&str]) -> String {
        let mut seen = String::new();
        loop {
            let Ok(line) = self.lines.recv_timeout(Duration::from_secs(30)) else {
                panic!("no line with {needles:?}; after:\n{seen}")
            };
            if needles.iter().any(|n| line.contains(n)) {
                return line;
            }
            seen.push_str(&line);
            seen.push('\n');
        }
    }

    /// Wait for the next incremental rebuild, which must succeed: its numbers of pages and of
    /// search indexes.
    fn rebuilt(&self) -> (usize, usize) {
        let line = self.wait_for_any(&["reloading the browser", "did not build"]);
        assert!(line.starts_with("rebuilt "), "not an incremental rebuild: {line}\n{}", self.get("/__haven/state").1);
        let words: Vec<&str> = line.split_whitespace().collect();
        (words[1].parse().unwrap(), words[4].parse().unwrap())
    }

    /// Wait for the next rebuild, which must fail.
    fn failed(&self) {
        let line = self.wait_for_any(&["reloading the browser", "did not build"]);
        assert!(line.contains("did not build"), "{line}");
    }

    fn get(&self, path: &str) -> (u16, String) {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).unwrap();
        let text = String::from_utf8_lossy(&raw).into_owned();
        let status = text.split(' ').nth(1).unwrap().parse().unwrap();
        let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
        (status, body)
    }
}

#[test]
fn serve_rebuilds_what_changed_shows_errors_and_recovers() {
    let p = Project::fixture("basic");
    let serve = Serve::start(&p);
    let (status, page) = serve.get("/ch/de/lessons/beta/index.html");
    assert_eq!(status, 200);
    assert!(page.contains("zebrafish"));
    assert!(page.contains("<script src=\"/__haven/live.js\" defer></script></head>"));
    assert!(page.contains("default-src 'none'; connect-src 'self'"));
    assert_eq!(serve.get("/ch/de/").0, 200, "folders serve their index.html");
    for outside in ["/../campaign.yaml", "/%2e%2e/campaign.yaml", "/ch/../../campaign.yaml"] {
        let (status, body) = serve.get(outside);
        assert_eq!(status, 404, "{outside}");
        assert!(!body.contains("default_locale"));
    }
    assert!(serve.get("/__haven/state").1.contains("\"version\":1"));

    let lesson = p.read("content/lessons/beta/en.md");
    p.write("content/lessons/beta/en.md", &lesson.replace("zebrafish", "seahorse"));
    let line = serve.wait_for("rebuilt");
    let pages: usize = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    assert!(pages > 0 && pages <= 10, "only the lesson's pages and search indexes: {line}");
    assert!(line.contains("reloading the browser"));
    assert!(serve.get("/ch/de/lessons/beta/index.html").1.contains("seahorse"));
    assert!(serve.get("/__haven/state").1.contains("\"version\":2"));

    p.write("content/lessons/beta/en.md", "---\ntitle: [unclosed\n---\n");
    serve.wait_for("the change did not build");
    let state = serve.get("/__haven/state").1;
    assert!(state.contains("content/lessons/beta/en.md"), "{state}");
    assert!(serve.get("/ch/de/lessons/beta/index.html").1.contains("seahorse"), "the previous build is kept");

    p.write("content/lessons/beta/en.md", &lesson.replace("zebrafish", "octopus"));
    serve.wait_for("rebuilt");
    assert!(serve.get("/__haven/state").1.contains("\"error\":null"));
    assert!(serve.get("/ch/fr/lessons/beta/index.html").1.contains("octopus"));

    p.write("locales/de/main.ftl", &(p.read("locales/de/main.ftl") + "nav-lessons = Lektionen\n"));
    serve.rebuilt();
    assert!(serve.get("/ch/de/index.html").1.contains(">Lektionen<"), "interface text reaches the pages");
}

/// A served site with its output folder, for the tests that look at the files.
struct Site {
    _tmp: tempfile::TempDir,
    out: PathBuf,
    serve: Serve,
}

impl Site {
    /// Serve the basic fixture, with Austria added: a country in German only, which shares no
    /// locale with Lebanon and no French with anyone.
    fn start(p: &Project) -> Site {
        p.write(
            "content/countries/at.yaml",
            "code: \"AT\"\nname: country-at\nlocales: [de]\ncontacts:\n  - kind: emergency\n    name: Notruf\n    phone: \"112\"\n    source: https://example.org/emergency\n    verified: 2026-11-01\n",
        );
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        let serve = Serve::start_with(p, &["--out", out.to_str().unwrap()]);
        Site { _tmp: tmp, out, serve }
    }

    /// Mark every output file as old, so that what is written next can be told apart.
    fn age(&self) {
        for file in files(&self.out) {
            let f = std::fs::File::options().write(true).open(self.out.join(&file)).unwrap();
            f.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(1)).unwrap();
        }
    }

    /// The files written since [`Site::age`].
    fn written(&self) -> BTreeSet<String> {
        let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1);
        files(&self.out)
            .into_iter()
            .filter(|f| std::fs::metadata(self.out.join(f)).unwrap().modified().unwrap() != old)
            .collect()
    }

    /// Make an edit and check what it rebuilt: the pages and search indexes in `expected`,
    /// no other file, and the numbers the message gives.
    fn edit(&self, p: &Project, file: &str, from: &str, to: &str, expected: impl Fn(&str) -> bool) {
        self.age();
        let text = p.read(file);
        assert!(text.contains(from), "{file} has no `{from}`");
        save(p, file, &text.replace(from, to));
        let (pages, indexes) = self.serve.rebuilt();
        let written = self.written();
        let wanted: BTreeSet<String> = files(&self.out).into_iter().filter(|f| expected(f)).collect();
        assert_eq!(written, wanted, "files rewritten after {file} changed");
        let count = |ext: &str| written.iter().filter(|f| f.ends_with(ext)).count();
        assert_eq!((pages, indexes), (count(".html"), count("search-index.js")), "after {file} changed");
    }
}

/// Write a campaign file as editors save one: a hidden temporary file renamed over it, so that
/// serve never reads it half written.
fn save(p: &Project, rel: &str, text: &str) {
    let path = p.root.join(rel);
    let tmp = path.with_file_name(format!(".{}.saving", path.file_name().unwrap().to_string_lossy()));
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, &path).unwrap();
}

/// Every file under `dir`, relative to it.
fn files(dir: &Path) -> Vec<String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn each_kind_of_change_rebuilds_exactly_the_pages_that_depend_on_it() {
    let p = Project::fixture("basic");
    let site = Site::start(&p);
    let s = &site.serve;
    let index = |f: &str| f.ends_with("search-index.js");

    // A lesson's text: its pages everywhere (all show the English) and every search index.
    site.edit(&p, "content/lessons/beta/en.md", "zebrafish", "seahorse", |f| {
        f.ends_with("/lessons/beta/index.html") || index(f)
    });
    assert!(s.get("/lb/ar/lessons/beta/index.html").1.contains("seahorse"));

    // A translation's title: where it is shown (German), its lists, its neighbour's link.
    let german = |f: &str| f.starts_with("at/de/") || f.starts_with("ch/de/");
    site.edit(&p, "content/lessons/alpha/de.md", "title: Lektion Alpha", "title: Lektion Anfang", |f| {
        german(f) && !f.contains("get-help")
    });
    assert!(s.get("/ch/de/lessons/index.html").1.contains("Lektion Anfang"));
    assert!(s.get("/ch/de/lessons/beta/index.html").1.contains("Lektion Anfang"), "the previous-lesson link");
    assert!(s.get("/ch/fr/lessons/index.html").1.contains("Leçon alpha"));

    // French interface text: the pages in French, and the other pages of the countries that
    // offer French (their language switcher says "Français"); not Austria's German pages.
    site.edit(&p, "locales/fr/main.ftl", "nav-home = Accueil", "nav-home = Accueil du site", |f| {
        let french = f.starts_with("ch/fr/") || f.starts_with("lb/fr/");
        (f.starts_with("ch/") || f.starts_with("lb/")) && (f.ends_with(".html") || french)
    });
    assert!(s.get("/ch/fr/index.html").1.contains(">Accueil du site<"));
    assert!(!s.get("/at/de/index.html").1.contains("Accueil"));

    // A country's contacts: its pages, and the chooser and 404 pages that list every country.
    site.edit(&p, "content/countries/ch.yaml", "name: Example Helpline", "name: Beispiel-Hilfe", |f| {
        f.ends_with(".html") && (f.starts_with("ch/") || !f.contains('/'))
    });
    assert!(s.get("/ch/de/get-help/index.html").1.contains("Beispiel-Hilfe"));

    // A partial template: the pages whose templates include it (home and lessons, through the
    // help box), not the lists or the get-help pages.
    site.edit(&p, "themes/default/templates/partials/contacts.html", "<", "<!-- contacts -->\n<", |f| {
        let home = f.matches('/').count() == 2 && f.ends_with("/index.html");
        home || (f.contains("/lessons/") && f.ends_with(".html") && !f.ends_with("/lessons/index.html"))
    });
    assert!(s.get("/no/en/lessons/alpha/index.html").1.contains("<!-- contacts -->"));

    // A stylesheet: copied, nothing rendered.
    site.edit(&p, "themes/default/static/haven.css", "}", "} /* edited */", |f| f == "assets/haven.css");
    assert!(s.get("/assets/haven.css").1.contains("/* edited */"));
}

/// Serve's output folder and a full build's of the same campaign, file by file.
fn assert_same_as_a_full_build(p: &Project, out: &Path, after: &str) {
    let build = out.with_file_name("build");
    p.haven(&["build", "--quiet", "--out", build.to_str().unwrap()]).success();
    let read = |dir: &Path| -> BTreeMap<String, Vec<u8>> {
        files(dir).into_iter().map(|f| (f.clone(), std::fs::read(dir.join(&f)).unwrap())).collect()
    };
    let (served, built) = (read(out), read(&build));
    assert_eq!(served.keys().collect::<Vec<_>>(), built.keys().collect::<Vec<_>>(), "files after {after}");
    for (file, bytes) in &built {
        assert!(&served[file] == bytes, "{file} differs from a full build's after {after}");
    }
}

#[test]
fn after_every_kind_of_edit_the_output_is_what_a_full_build_writes() {
    let p = Project::fixture("basic");
    let site = Site::start(&p);
    assert_same_as_a_full_build(&p, &site.out, "the first build");
    let edits = [
        ("content/lessons/beta/en.md", "zebrafish", "seahorse"),
        ("content/lessons/alpha/de.md", "title: Lektion Alpha", "title: Lektion Anfang"),
        ("content/lessons/alpha/en.md", "The first lesson.", "The first lesson, revised."),
        ("content/pages/get-help/en.md", "title: Where to get help", "title: Where to find help"),
        ("locales/fr/main.ftl", "nav-home = Accueil", "nav-home = Accueil du site"),
        ("locales/de/main.ftl", "language-self = Deutsch", "language-self = Deutsch (de)"),
        ("content/countries/ch.yaml", "name: Example Helpline", "name: Beispiel-Hilfe"),
        ("content/countries/ch.yaml", "name: country-ch", "name: country-at"),
        ("content/countries/ch.yaml", "accent: \"#1d4f73\"", "accent: \"#1d4f60\""),
        (
            "themes/default/templates/partials/notices.html",
            "{% if content.draft %}",
            "{% if content.draft %}<!-- d -->",
        ),
        ("themes/default/static/haven.css", "}", "} /* edited */"),
        ("content/lessons/alpha/drawing.svg", "<rect", "<rect x=\"1\""),
    ];
    for (file, from, to) in edits {
        let text = p.read(file);
        assert!(text.contains(from), "{file} has no `{from}`");
        save(&p, file, &text.replace(from, to));
        site.serve.rebuilt();
        assert_same_as_a_full_build(&p, &site.out, &format!("{file} changed"));
    }
}

#[test]
fn a_change_that_fails_is_undone_and_applied_once_fixed() {
    let p = Project::fixture("basic");
    let site = Site::start(&p);
    let s = &site.serve;
    let german = p.read("content/lessons/alpha/de.md");
    let retitled = german.replace("title: Lektion Alpha", "title: Lektion Anfang");
    // A new title and a broken link in one edit: nothing of it is shown.
    save(&p, "content/lessons/alpha/de.md", &(retitled.clone() + "\n[Weg](@/lessons/nowhere)\n"));
    s.failed();
    let state = s.get("/__haven/state").1;
    assert!(state.contains("nowhere"), "{state}");
    assert!(s.get("/ch/de/lessons/index.html").1.contains("Lektion Alpha"));
    // Another file changes meanwhile: the campaign still does not build, and the error stays.
    save(&p, "content/lessons/beta/en.md", &p.read("content/lessons/beta/en.md").replace("zebrafish", "seahorse"));
    s.failed();
    let state = s.get("/__haven/state").1;
    assert!(state.contains("nowhere"), "{state}");
    // Fixed: both changes are applied, the new title in the lists too.
    save(&p, "content/lessons/alpha/de.md", &retitled);
    s.rebuilt();
    assert!(s.get("/__haven/state").1.contains("\"error\":null"));
    assert!(s.get("/ch/de/lessons/index.html").1.contains("Lektion Anfang"));
    assert!(s.get("/ch/de/lessons/beta/index.html").1.contains("seahorse"));
    assert_same_as_a_full_build(&p, &site.out, "the fix");
}
