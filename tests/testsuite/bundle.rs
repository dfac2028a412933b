//! `haven bundle`: a zip per country with the site, a README for teachers and a manifest.

use std::io::Read;

use crate::support::Project;

fn entries(path: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = std::collections::BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        out.insert(f.name().unwrap().into_owned(), bytes);
    }
    out
}

#[test]
fn a_zip_per_country_with_readme_and_a_manifest_that_matches() {
    let p = Project::fixture("basic");
    let run = p.haven(&["bundle", "--country", "ch", "--country", "no"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert!(run.stderr().contains("wrote bundles/haven-ch.zip"), "{}", run.stderr());
    assert!(!p.exists("bundles/haven-lb.zip"));
    let files = entries(&p.root.join("bundles/haven-ch.zip"));
    for name in [
        "haven-ch/index.html",
        "haven-ch/ch/de/lessons/alpha/index.html",
        "haven-ch/assets/haven.css",
        "haven-ch/README.txt",
        "haven-ch/MANIFEST-SHA256.txt",
    ] {
        assert!(files.contains_key(name), "missing {name}");
    }
    assert!(!files.keys().any(|k| k.contains("/lb/") || k.contains(".haven-output")));
    let readme = String::from_utf8(files["haven-ch/README.txt"].clone()).unwrap();
    assert!(readme.contains("Safe Online Together: offline copy for Switzerland\n"), "{readme}");
    assert!(readme.contains("open the file index.html"));
    let manifest = String::from_utf8(files["haven-ch/MANIFEST-SHA256.txt"].clone()).unwrap();
    let mut listed = 0;
    for line in manifest.lines() {
        let (digest, path) = line.split_once("  ").unwrap();
        let bytes = &files[&format!("haven-ch/{path}")];
        use sha2::Digest;
        let actual: String = sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(digest, actual, "{path}");
        listed += 1;
    }
    assert_eq!(listed, files.len() - 1, "every file but the manifest is listed");
}
