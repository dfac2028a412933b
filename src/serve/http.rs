//! The local web server of `haven serve`: files of the output folder only, with a live-reload
//! script added to every HTML page.

use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

use tiny_http::{Header, Request, Response, Server};

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

/// Serve `root` on `server` until the process ends.
pub fn serve(server: Server, root: PathBuf, state: Arc<Mutex<LiveState>>) {
    for request in server.incoming_requests() {
        let response = respond(&request, &root, &state);
        let _ = request.respond(response);
    }
}

fn respond(request: &Request, root: &Path, state: &Mutex<LiveState>) -> Response<std::io::Cursor<Vec<u8>>> {
    let path = request.url().split(['?', '#']).next().unwrap_or("/");
    match path {
        "/__haven/state" => {
            let body = serde_json::to_vec(&*state.lock().unwrap_or_else(|e| e.into_inner())).unwrap_or_default();
            return with_type(Response::from_data(body), "application/json");
        }
        "/__haven/live.js" => return with_type(Response::from_data(LIVE_JS.as_bytes().to_vec()), "text/javascript"),
        "/__haven/live.css" => return with_type(Response::from_data(LIVE_CSS.as_bytes().to_vec()), "text/css"),
        _ => {}
    }
    match resolve(root, path) {
        Some(file) => match std::fs::read(&file) {
            Ok(bytes) => file_response(&file, bytes, 200),
            Err(_) => not_found(root),
        },
        None => not_found(root),
    }
}

fn not_found(root: &Path) -> Response<std::io::Cursor<Vec<u8>>> {
    let page = root.join("404.html");
    match std::fs::read(&page) {
        Ok(bytes) => file_response(&page, bytes, 404),
        Err(_) => Response::from_string("not found").with_status_code(404),
    }
}

fn file_response(file: &Path, bytes: Vec<u8>, status: u16) -> Response<std::io::Cursor<Vec<u8>>> {
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
    with_type(Response::from_data(body), kind).with_status_code(status)
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

fn with_type<R: std::io::Read>(r: Response<R>, kind: &str) -> Response<R> {
    match Header::from_bytes("Content-Type", kind) {
        Ok(h) => r.with_header(h).with_header(no_store()),
        Err(()) => r,
    }
}

fn no_store() -> Header {
    Header::from_bytes("Cache-Control", "no-store")
        .unwrap_or_else(|()| Header::from_bytes("X", "x").unwrap_or_else(|()| unreachable!()))
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
