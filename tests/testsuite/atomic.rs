//! Atomic output: a build that is killed part way leaves the previous output complete and
//! unchanged; the next build clears what the killed one left.

use std::collections::BTreeMap;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{sha16, Project};

fn snapshot(p: &Project) -> BTreeMap<String, String> {
    let out = p.root.join("public");
    walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(&out).unwrap().to_string_lossy().into_owned();
            (rel, sha16(&String::from_utf8_lossy(&std::fs::read(e.path()).unwrap())))
        })
        .collect()
}

fn staging_folders(p: &Project) -> Vec<String> {
    std::fs::read_dir(&p.root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".haven-tmp-"))
        .collect()
}

#[test]
fn a_killed_build_leaves_the_previous_output_complete() {
    let p = Project::fixture("basic");
    p.build();
    let before = snapshot(&p);
    // Enough lessons that the build takes a while.
    let lesson = p.read("content/lessons/beta/en.md");
    for i in 0..800 {
        p.write(&format!("content/lessons/many-{i}/en.md"), &lesson.replace("zebrafish", &format!("word{i}")));
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(["build", "--quiet"])
        .current_dir(&p.root)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while staging_folders(&p).is_empty() {
        assert!(started.elapsed() < Duration::from_secs(30), "the build never started writing");
        assert!(child.try_wait().unwrap().is_none(), "the build finished before it could be killed");
        std::thread::sleep(Duration::from_millis(2));
    }
    std::thread::sleep(Duration::from_millis(20));
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(snapshot(&p), before, "the previous output changed");
    assert!(!staging_folders(&p).is_empty(), "the killed build left its staging folder");
    p.haven(&["build", "--quiet"]).success();
    assert!(staging_folders(&p).is_empty(), "the next build cleared it");
    assert!(p.exists("public/ch/de/lessons/many-799/index.html"));
}
