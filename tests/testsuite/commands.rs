//! `haven check`, `haven status` and `haven new`.

use crate::support::Project;

fn check(p: &Project, args: &[&str]) -> crate::support::Run {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(&all)
        .current_dir(&p.root)
        .env("NO_COLOR", "1")
        .env("HAVEN_TODAY", "2027-12-01")
        .output()
        .unwrap();
    crate::support::Run(output)
}

#[test]
fn check_reports_every_problem_with_warnings_and_errors_apart() {
    let p = Project::fixture("basic");
    let text = p
        .read("content/lessons/alpha/en.md")
        .replace("(@/lessons/beta#what-to-do)", "(@/lessons/beta#nowhere)")
        .replace("![A drawing of a helpline](drawing.svg)", "![](drawing.svg)\n\n<script>alert(1)</script>");
    p.write("content/lessons/alpha/en.md", &text);
    p.write("themes/default/templates/partials/extra.html", "<img src=\"https://tracker.example/x.gif\" alt=\"\">\n");
    check(&p, &[]).expect(1, "check");
    assert!(!p.exists("public"), "check writes nothing");
}

#[test]
fn check_as_json() {
    let p = Project::fixture("basic");
    let run = check(&p, &["--format", "json"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let json: serde_json::Value = serde_json::from_slice(&run.0.stdout).unwrap();
    assert_eq!(json["errors"], 0);
    let diags = json["diagnostics"].as_array().unwrap();
    assert!(diags.iter().any(|d| d["message"].as_str().unwrap().contains("more than 12 months ago")));
    assert!(diags.iter().all(|d| d["severity"] == "warning"));
    assert!(diags.iter().any(|d| d["location"]["path"] == "content/countries/ch.yaml"));
}

#[test]
fn status_table_and_gates() {
    let p = Project::fixture("basic");
    let run = p.haven(&["status", "--country", "ch"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let table = String::from_utf8(run.0.stdout).unwrap();
    let hash = crate::support::sha16(&p.read("content/lessons/alpha/en.md"));
    let beta = crate::support::sha16(&p.read("content/lessons/beta/en.md"));
    let help = crate::support::sha16(&p.read("content/pages/get-help/en.md"));
    let expected = format!(
        "country  locale    total  source  reviewed  draft  stale  missing
ch       de            3       0         1      0      1        2
ch       fr            3       0         0      1      0        2

To translate or update (slug: state, the source_hash to record):
  de
    alpha: stale, source_hash {hash}
    beta: missing, source_hash {beta}
    get-help: missing, source_hash {help}
  fr
    beta: missing, source_hash {beta}
    get-help: missing, source_hash {help}
"
    );
    assert_eq!(table, expected);
    let run = p.haven(&["status", "--fail-on", "stale"]);
    assert_eq!(run.code(), 1);
    assert!(run.stderr().contains("error: 1 stale translation(s)"), "{}", run.stderr());
    let run = p.haven(&["status", "--country", "no", "--fail-on", "missing", "--fail-on", "stale"]);
    assert_eq!(run.code(), 0, "English only: nothing missing");
    let json = p.haven(&["status", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_slice(&json.0.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 5);
}

#[test]
fn new_translation_fills_in_the_source_hash_and_builds() {
    let p = Project::fixture("basic");
    let run = p.haven(&["new", "translation", "beta", "fr"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let out = String::from_utf8(run.0.stdout).unwrap();
    assert!(out.starts_with("wrote content/lessons/beta/fr.md"), "{out}");
    let text = p.read("content/lessons/beta/fr.md");
    let hash = crate::support::sha16(&p.read("content/lessons/beta/en.md"));
    assert!(text.starts_with(&format!("---\ntitle: \"Beta lesson\"\nsummary: \"The second lesson, in English only.\"\nsource_locale: en\nsource_hash: {hash}\nstatus: draft\n---\n")), "{text}");
    p.build();
    assert!(!p.out("ch/fr/lessons/beta/index.html").contains("is not yet available"));
    let again = p.haven(&["new", "translation", "beta", "fr"]);
    assert_eq!(again.code(), 2);
    assert!(again.stderr().contains("exists already; haven does not overwrite it"));
    assert_eq!(p.haven(&["new", "translation", "nope", "fr"]).code(), 2);
    assert_eq!(p.haven(&["new", "translation", "beta", "fr_FR"]).code(), 2);
}

#[test]
fn new_lesson_writes_a_source_that_builds() {
    let p = Project::fixture("basic");
    let run = p.haven(&["new", "lesson", "gamma", "--topic", "online-risks", "--age-band", "14-17"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert!(p
        .read("content/lessons/gamma/en.md")
        .contains("topic: online-risks\nage_band: \"14-17\"\naudience: children\n"));
    p.write("locales/en/topics.ftl", "topic-online-risks-extra = unused\n");
    p.build();
    assert!(p.exists("public/ch/de/lessons/gamma/index.html"));
    assert_eq!(p.haven(&["new", "lesson", "Bad_Slug"]).code(), 2);
}
