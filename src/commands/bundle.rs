//! `haven bundle`: one zip file per country for schools: the country's site, a short README for
//! teachers in the country's languages, and a manifest of every file with its SHA-256.

use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::cli::BundleArgs;
use crate::error::{Diagnostics, Error, Result};
use crate::model::Campaign;
use crate::render::Renderer;
use crate::write::Staging;
use crate::{load, report};

/// The manifest's file name inside each bundle.
pub const MANIFEST: &str = "MANIFEST-SHA256.txt";

pub fn run(args: &BundleArgs) -> Result<()> {
    let mut diags = Diagnostics::new();
    let campaign = super::build::load_campaign(&args.campaign, &mut diags)?;
    let selected = super::build::select(&campaign, &args.countries)?;
    let out = args.out.clone().unwrap_or_else(|| load::shown(&args.campaign, "bundles"));
    let Some(renderer) = Renderer::new(&campaign, &mut diags) else {
        return Err(Error::Invalid(diags.sorted()));
    };
    std::fs::create_dir_all(&out).map_err(|e| Error::io(&out, e))?;
    let work = tempfile::Builder::new().prefix(".haven-bundle-").tempdir_in(&out).map_err(|e| Error::io(&out, e))?;
    for &i in &selected {
        let cc = &campaign.countries[i].cc;
        let site = work.path().join(format!("haven-{cc}"));
        let staging = Staging::begin(&site, &args.campaign, false)?;
        super::build::write_site(&renderer.view(&campaign), &[i], &staging, true, &mut diags)?;
        staging.write("README.txt", readme(&campaign, &renderer, i).as_bytes())?;
        let site = staging.commit()?;
        std::fs::remove_file(site.join(crate::write::MARKER)).map_err(|e| Error::io(&site, e))?;
        let manifest = manifest(&site)?;
        std::fs::write(site.join(MANIFEST), manifest).map_err(|e| Error::io(&site, e))?;
        let zip = out.join(format!("haven-{cc}.zip"));
        write_zip(&site, &zip)?;
        if !args.quiet {
            eprintln!("wrote {}", zip.display());
        }
    }
    report::print_diagnostics(diags.sorted());
    Ok(())
}

/// The teachers' README: the campaign's text in each of the country's languages.
fn readme(campaign: &Campaign, renderer: &Renderer, country: usize) -> String {
    let c = &campaign.countries[country];
    let mut out = String::new();
    for locale in &c.locales {
        let site = renderer.i18n.format(locale, &campaign.config.name, None).unwrap_or_default();
        let name = renderer.i18n.format(locale, &c.name_key, None).unwrap_or_default();
        let title = renderer
            .i18n
            .format_with(locale, "bundle-readme-title", &[("site", &site), ("country", &name)])
            .unwrap_or_else(|_| format!("{site}: {name}"));
        let body = renderer.i18n.format(locale, "bundle-readme-body", None).unwrap_or_default();
        let title = strip_isolation(&title);
        out.push_str(&format!("{title}\n{}\n\n{}\n\n\n", "=".repeat(title.chars().count()), strip_isolation(&body)));
    }
    out
}

/// Fluent's bidi isolation marks are for HTML; a text file is clearer without them.
fn strip_isolation(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// `sha256sum`-compatible lines for every file below `root`, sorted by path.
pub fn manifest(root: &Path) -> Result<String> {
    let mut lines = Vec::new();
    for path in files(root) {
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        let digest: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        lines.push(format!("{digest}  {}\n", relative(root, &path)));
    }
    Ok(lines.concat())
}

fn files(root: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(std::result::Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .collect();
    out.sort();
    out
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root).unwrap_or(path).to_string_lossy().replace('\\', "/")
}

/// Zip `site` with its folder name as the top folder; written beside and renamed into place.
fn write_zip(site: &Path, zip_path: &Path) -> Result<()> {
    let top = site.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let tmp = zip_path.with_extension("zip.part");
    let file = std::fs::File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
    let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(file));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let fail = |e: zip::result::ZipError| Error::io(zip_path, std::io::Error::other(e));
    for path in files(site) {
        zip.start_file(format!("{top}/{}", relative(site, &path)), options).map_err(fail)?;
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        zip.write_all(&bytes).map_err(|e| Error::io(zip_path, e))?;
    }
    zip.finish().map_err(fail)?.flush().map_err(|e| Error::io(zip_path, e))?;
    std::fs::rename(&tmp, zip_path).map_err(|e| Error::io(zip_path, e))
}
