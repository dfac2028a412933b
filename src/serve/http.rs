//! The local web server of `haven serve`: files of the output folder only, with a live-reload
//! script added to every HTML page.

use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};

/// What the browser polls: the build's version, and the error to show, if any.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct LiveState {
    pub version: u64,
    pub error: Option<String>,
}

/// The script every served page loads: it polls the state, shows build errors over the page
/// and reloads it after a successful rebuild.
const LIVE_JS: &str = r#"(function () {
  "use strict";
  var seen = null;
  function overlay(error) {
    var box = document.getElementById("haven-build-error");
    if (!error) { if (box) { box.remove(); } return; }
    if (!box) {
      box = document.createElement("div");
      box.id = "haven-build-error";
      box.setAttribute("role", "alert");
      box.className = "haven-build-error";
      document.body.prepend(box);
    }
    box.textContent = "haven: the last change did not build. The page shows the previous build.\n\n" + error;
  }
  function poll() {
    fetch("/__haven/state", { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (state) {
        if (seen !== null && state.version !== seen) { window.location.reload(); return; }
        seen = state.version;
        overlay(state.error);
      })
      .catch(function () {})
      .then(function () { window.setTimeout(poll, 300); });
  }
  poll();
}());
"#;

const LIVE_CSS: &str = ".haven-build-error{position:fixed;inset:0 0 auto 0;z-index:99;max-height:70vh;overflow:auto;\
margin:0;padding:1rem;background:#0b0c0c;color:#fff;font:14px/1.4 monospace;white-space:pre-wrap;border-bottom:6px solid #d4351c}";

/// Serve `root` on `listener` until the process ends: one thread a connection, one request a
/// connection (HTTP/1.1 with `Connection: close`), so that no request waits behind another.
pub fn serve(listener: TcpListener, root: PathBuf, state: Arc<Mutex<LiveState>>) {
    let root = Arc::new(root);
    for stream in listener.incoming().flatten() {
        let (root, state) = (root.clone(), state.clone());
        std::thread::spawn(move || handle(stream, &root, &state));
    }
}

fn handle(mut stream: TcpStream, root: &Path, state: &Mutex<LiveState>) {
    let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(10)));
    let Some(path) = read_request_path(&mut stream) else { return };
    let (status, kind, body) = respond(&path, root, state);
    let reason = if status == 200 { "OK" } else { "Not Found" };
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(&body)).and_then(|()| stream.flush());
}

/// The path of a `GET` request, its headers read and ignored.
fn read_request_path(stream: &mut TcpStream) -> Option<String> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next()?, parts.next()?);
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
    }
    (method == "GET" || method == "HEAD").then(|| target.to_owned())
}

fn respond(target: &str, root: &Path, state: &Mutex<LiveState>) -> (u16, &'static str, Vec<u8>) {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    match path {
        "/__haven/state" => {
            let body = serde_json::to_vec(&*state.lock().unwrap_or_else(|e| e.into_inner())).unwrap_or_default();
            return (200, "application/json", body);
        }
        "/__haven/live.js" => return (200, "text/javascript", LIVE_JS.as_bytes().to_vec()),
        "/__haven/live.css" => return (200, "text/css", LIVE_CSS.as_bytes().to_vec()),
        _ => {}
    }
    match resolve(root, path).and_then(|file| std::fs::read(&file).ok().map(|bytes| (file, bytes))) {
        Some((file, bytes)) => file_response(&file, bytes, 200),
        None => not_found(root),
    }
}

fn not_found(root: &Path) -> (u16, &'static str, Vec<u8>) {
    let page = root.join("404.html");
    match std::fs::read(&page) {
        Ok(bytes) => file_response(&page, bytes, 404),
        Err(_) => (404, "text/plain", b"not found".to_vec()),
    }
}

fn file_response(file: &Path, bytes: Vec<u8>, status: u16) -> (u16, &'static str, Vec<u8>) {
    let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
    let body = if ext == "html" { inject(bytes) } else { bytes };
    let kind = match ext {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css",
        "js" => "text/javascript",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
    (status, kind, body)
}

/// Add the live-reload script and style, and let the page's policy allow polling this server.
fn inject(bytes: Vec<u8>) -> Vec<u8> {
    let Ok(html) = String::from_utf8(bytes.clone()) else { return bytes };
    html.replacen("default-src 'none'", "default-src 'none'; connect-src 'self'", 1)
        .replacen(
            "</head>",
            "<link rel=\"stylesheet\" href=\"/__haven/live.css\"><script src=\"/__haven/live.js\" defer></script></head>",
            1,
        )
        .into_bytes()
}

/// The file a URL path names inside `root`, or `None`: nothing outside `root` is ever served.
pub fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path)?;
    let rel = Path::new(decoded.trim_start_matches('/'));
    if decoded.contains('\0') || decoded.contains('\\') || !rel.components().all(|c| matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let mut file = root.join(rel);
    if file.is_dir() {
        file = file.join("index.html");
    }
    let canonical = file.canonicalize().ok()?;
    let root = root.canonicalize().ok()?;
    (canonical.starts_with(&root) && canonical.is_file()).then_some(canonical)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_resolves_outside_the_root() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("out");
        std::fs::create_dir_all(root.join("a")).unwrap();
        std::fs::write(root.join("a/index.html"), "x").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "no").unwrap();
        std::os::unix::fs::symlink(dir.path().join("secret.txt"), root.join("link.txt")).unwrap();
        assert!(resolve(&root, "/a/").is_some());
        assert!(resolve(&root, "/a/index.html").is_some());
        for bad in [
            "/../secret.txt",
            "/a/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/link.txt",
            "/a%00",
            "/..%5csecret.txt",
            "/nope",
        ] {
            assert!(resolve(&root, bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn injection_keeps_the_policy_strict_but_for_polling() {
        let html = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'\"></head>";
        let out = String::from_utf8(inject(html.as_bytes().to_vec())).unwrap();
        assert!(out.contains("default-src 'none'; connect-src 'self'; script-src 'self'"));
        assert!(out.contains("<script src=\"/__haven/live.js\" defer></script></head>"));
    }
}
