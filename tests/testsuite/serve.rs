//! `haven serve`: start it on a free port, edit a lesson, see the page change and a reload
//! message, break a file, see the error, fix it, see recovery.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

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
        let mut child = Command::new(env!("CARGO_BIN_EXE_haven"))
            .args(["serve", "--port", "0"])
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
        loop {
            let line =
                self.lines.recv_timeout(Duration::from_secs(30)).unwrap_or_else(|_| panic!("no line with `{needle}`"));
            if line.contains(needle) {
                return line;
            }
        }
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
    serve.wait_for("built");
    assert!(serve.get("/ch/de/index.html").1.contains(">Lektionen<"), "other changes rebuild everything");
}
