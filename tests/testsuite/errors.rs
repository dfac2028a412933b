//! Bad input: a clear message with file, line and column, a non-zero exit, the previous output
//! kept.

use crate::support::Project;

#[test]
fn a_broken_cross_link_is_an_error_with_its_line() {
    let p = Project::fixture("basic");
    let text = p.read("content/lessons/beta/en.md").replace("[alpha](@/lessons/alpha)", "[alpha](@/lessons/alpa)");
    p.write("content/lessons/beta/en.md", &text);
    p.haven(&["build"]).expect(1, "broken-link");
}

#[test]
fn unknown_fields_and_duplicate_keys_are_errors() {
    let p = Project::fixture("basic");
    p.write("campaign.yaml", &(p.read("campaign.yaml") + "colour: blue\n"));
    p.write("content/countries/no.yaml", &(p.read("content/countries/no.yaml") + "name: country-no\n"));
    p.haven(&["build"]).expect(1, "yaml-errors");
}

#[test]
fn all_errors_of_a_campaign_are_reported_at_once() {
    let p = Project::fixture("basic");
    p.write(
        "content/lessons/alpha/fr.md",
        "---\ntitle: x\nsummary: y\nsource_locale: en\nsource_hash: 1\nstatus: done\n---\n",
    );
    p.write("content/lessons/beta/en.md", "no front matter\n");
    p.write("locales/de/broken.ftl", "ok = fine\nbroken line\n");
    p.write("content/countries/xx.yaml", "code: \"XY\"\nname: country-xx\nlocales: []\n");
    p.haven(&["build"]).expect(1, "many-errors");
}

#[test]
fn a_failed_build_keeps_the_previous_output() {
    let p = Project::fixture("basic");
    p.build();
    let before = p.out("ch/de/lessons/alpha/index.html");
    p.write("content/lessons/beta/en.md", "---\ntitle: [unclosed\n---\n");
    let run = p.haven(&["build"]);
    assert_eq!(run.code(), 1);
    assert_eq!(p.out("ch/de/lessons/alpha/index.html"), before);
    let leftovers: Vec<_> = std::fs::read_dir(&p.root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("haven-tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn the_output_must_not_be_the_sources_or_a_foreign_folder() {
    let p = Project::fixture("basic");
    let run = p.haven(&["build", "--out", "content"]);
    assert_eq!(run.code(), 3);
    assert!(
        run.stderr().contains("it lies inside the campaign's `content` folder")
            || run.stderr().contains("it is, or contains"),
        "{}",
        run.stderr()
    );
    p.write("mine/notes.txt", "keep me");
    let run = p.haven(&["build", "--out", "mine"]);
    assert_eq!(run.code(), 3);
    assert!(run.stderr().contains("pass --force"), "{}", run.stderr());
    assert_eq!(p.read("mine/notes.txt"), "keep me");
}

#[test]
fn not_a_campaign() {
    let p = Project::fixture("basic");
    let run = p.haven(&["build", "content"]);
    assert_eq!(run.code(), 1);
    assert!(run.stderr().contains("no campaign.yaml: this folder is not a haven campaign"), "{}", run.stderr());
}
