//! The bad-input suite: small broken campaigns, each built from the fixture with one thing
//! wrong, with its expected message (`expected/bad/<name>.stderr`) and exit code, and no panic.
//! Builds run with `--quiet`, so stderr holds only diagnostics.

use crate::support::Project;

fn run(name: &str, code: i32, break_it: impl Fn(&Project)) -> Project {
    let p = Project::fixture("basic");
    break_it(&p);
    p.haven(&["build", "--quiet"]).expect(code, &format!("bad/{name}"));
    p
}

fn edit(p: &Project, rel: &str, from: &str, to: &str) {
    let text = p.read(rel);
    assert!(text.contains(from), "{rel} lacks {from:?}");
    p.write(rel, &text.replacen(from, to, 1));
}

macro_rules! bad {
    ($name:ident, $code:expr, $break_it:expr) => {
        #[test]
        fn $name() {
            run(stringify!($name), $code, $break_it);
        }
    };
}

const ALPHA: &str = "content/lessons/alpha/en.md";
const CH: &str = "content/countries/ch.yaml";

// YAML: syntax, types, duplicates, unknown fields, resource limits.
bad!(malformed_campaign_yaml, 1, |p| p.write("campaign.yaml", "name: [unclosed\ndefault_locale: en\n"));
bad!(empty_campaign_yaml, 1, |p| p.write("campaign.yaml", ""));
bad!(campaign_is_a_list, 1, |p| p.write("campaign.yaml", "- name\n- en\n"));
bad!(unknown_campaign_field, 1, |p| edit(p, "campaign.yaml", "default_locale: en", "default_locale: en\nlanguage: en"));
bad!(wrong_type_locales, 1, |p| edit(p, CH, "locales: [de, fr]", "locales: de"));
bad!(wrong_type_duration, 1, |p| edit(p, ALPHA, "duration: 20", "duration: -5"));
bad!(title_is_a_list, 1, |p| edit(p, ALPHA, "title: Alpha lesson", "title: [Alpha, lesson]"));
bad!(duplicate_front_matter_key, 1, |p| edit(p, ALPHA, "weight: 10", "weight: 10\nweight: 20"));
bad!(unknown_front_matter_field, 1, |p| edit(p, ALPHA, "weight: 10", "weight: 10\nauthor: me"));
bad!(unknown_country_field, 1, |p| edit(p, CH, "code: \"CH\"", "code: \"CH\"\nflag: red"));
bad!(yaml_alias_bomb, 1, |p| {
    let mut text = String::from(
        "code: \"CH\"\nname: country-ch\nlocales: [de]\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
    );
    for i in 1..10 {
        text.push_str(&format!("x{i}: &a{i} [{}]\n", vec![format!("*a{}", i - 1); 10].join(", ")));
    }
    p.write(CH, &text);
});
bad!(front_matter_not_closed, 1, |p| p.write(ALPHA, "---\ntitle: A\nsummary: B\n"));
bad!(no_front_matter, 1, |p| p.write(ALPHA, "Just text.\n"));
bad!(empty_lesson_file, 1, |p| p.write(ALPHA, ""));
bad!(empty_country_file, 1, |p| p.write(CH, ""));

// Encodings and sizes.
bad!(byte_order_mark_is_fine, 0, |p| p.write(ALPHA, &format!("\u{feff}{}", p.read(ALPHA))));
bad!(crlf_line_endings_are_fine, 0, |p| p.write(ALPHA, &p.read(ALPHA).replace('\n', "\r\n")));
bad!(not_utf8, 1, |p| std::fs::write(p.root.join(ALPHA), b"---\ntitle: Caf\xe9\n---\n").unwrap());
bad!(binary_file, 1, |p| std::fs::write(p.root.join(ALPHA), b"---\ntitle: x\0y\n---\n").unwrap());
bad!(huge_file, 1, |p| {
    let f = std::fs::File::create(p.root.join(ALPHA)).unwrap();
    f.set_len(9 * 1024 * 1024).unwrap();
});
bad!(deeply_nested_markdown, 0, |p| p
    .write(ALPHA, &(p.read(ALPHA) + &">".repeat(20_000) + " deep\n\n" + &"[".repeat(20_000) + "\n")));

// Lessons and translations.
bad!(translation_without_source, 1, |p| edit(
    p,
    "content/lessons/beta/en.md",
    "weight: 20",
    "weight: 20\nsource_locale: fr"
));
bad!(two_source_files, 1, |p| p.write(
    "content/lessons/alpha/de.md",
    "---\ntitle: A\nsummary: B\ntopic: grooming\nage_band: \"8-10\"\naudience: children\nduration: 1\nweight: 1\n---\n"
));
bad!(translation_without_hash_or_status, 1, |p| p
    .write("content/lessons/beta/fr.md", "---\ntitle: B\nsummary: S\nsource_locale: en\n---\nx\n"));
bad!(unknown_status, 1, |p| edit(p, "content/lessons/alpha/fr.md", "status: draft", "status: done"));
bad!(source_lacks_topic, 1, |p| edit(p, ALPHA, "topic: grooming\n", ""));
bad!(unknown_audience, 1, |p| edit(p, ALPHA, "audience: children", "audience: pupils"));
bad!(bad_age_band, 1, |p| edit(p, ALPHA, "age_band: \"8-10\"", "age_band: \"8 to 10\""));
bad!(broken_lesson_link, 1, |p| edit(p, ALPHA, "(@/lessons/beta#what-to-do)", "(@/lessons/gamma)"));
bad!(broken_page_link, 1, |p| edit(p, ALPHA, "(@/pages/get-help)", "(@/pages/helpline)"));
bad!(unknown_cross_link, 1, |p| edit(p, ALPHA, "(@/pages/get-help)", "(@/countries/ch)"));
bad!(missing_image, 1, |p| edit(p, ALPHA, "(drawing.svg)", "(diagram.png)"));
bad!(image_traversal, 1, |p| edit(p, ALPHA, "(drawing.svg)", "(../beta/../../../campaign.yaml)"));

// Paths: slugs, locales, codes, links.
bad!(traversal_slug, 1, |p| p.write("content/lessons/Evil..Slug/en.md", &p.read(ALPHA)));
bad!(slug_with_spaces, 1, |p| p.write("content/lessons/my lesson/en.md", &p.read(ALPHA)));
bad!(invalid_locale_file_name, 1, |p| p
    .write("content/lessons/alpha/fr_FR.md", &p.read("content/lessons/alpha/fr.md")));
bad!(locale_not_canonical, 1, |p| edit(p, CH, "locales: [de, fr]", "locales: [de, sr-latn]"));
bad!(invalid_country_file_name, 1, |p| p.write("content/countries/che.yaml", &p.read(CH)));
bad!(country_code_mismatch, 1, |p| edit(p, CH, "code: \"CH\"", "code: \"DE\""));
bad!(symlink_loop, 1, |p| std::os::unix::fs::symlink("loop", p.root.join("content/lessons/loop")).unwrap());
bad!(symlink_outside, 1, |p| std::os::unix::fs::symlink(
    "/etc/hostname",
    p.root.join("content/lessons/alpha/hostname.txt")
)
.unwrap());
bad!(fallback_with_invalid_tag, 1, |p| edit(
    p,
    "campaign.yaml",
    "default_locale: en",
    "default_locale: en\nfallback:\n  fr-CH: [fr_FR]"
));

// Untrusted HTML and addresses: removed, with warnings; the build succeeds.
bad!(script_injection, 0, |p| edit(
    p,
    ALPHA,
    "## Trusted adults",
    "## Trusted adults\n\n<script>alert(1)</script>\n\n<p onclick=\"steal()\">Hi</p>"
));
bad!(javascript_link, 0, |p| edit(p, ALPHA, "(@/pages/get-help)", "(javascript:alert(1))"));
bad!(outside_image, 0, |p| edit(p, ALPHA, "(drawing.svg)", "(https://tracker.example/pixel.gif)"));
bad!(iframe_and_form, 0, |p| {
    edit(p, ALPHA, "## Trusted adults", "## Trusted adults\n\n<iframe src=\"https://x.example\"></iframe>\n<form action=\"https://x.example\"><input name=\"q\"></form>")
});

// Fluent and templates.
bad!(invalid_fluent, 1, |p| p.write("locales/fr/main.ftl", "nav-home = Accueil\nnav-lessons = { $\n"));
bad!(fluent_bad_unicode_escape, 1, |p| p.write("locales/fr/main.ftl", "nav-home = { \"\\u12é\" }\n"));
bad!(duplicate_message, 1, |p| p.write("locales/fr/more.ftl", "nav-home = Maison\n"));
bad!(missing_key_in_template, 1, |p| p.write(
    "templates/404.html",
    "{% extends \"base.html\" %}{% block main %}{{ t(key=\"nowhere\") }}{% endblock main %}"
));
bad!(bad_template_syntax, 1, |p| p
    .write("templates/404.html", "{% extends \"base.html\" %}\n{% block main %}\n{% if %}\n{% endblock main %}\n"));
bad!(unknown_theme, 1, |p| edit(p, "campaign.yaml", "name: campaign-name", "name: campaign-name\ntheme: sparkle"));
bad!(default_locale_without_text, 1, |p| edit(p, "campaign.yaml", "default_locale: en", "default_locale: de-AT"));

// Countries and contacts.
bad!(contact_without_phone_or_url, 1, |p| edit(p, CH, "    phone: \"112\"\n", ""));
bad!(contact_http_url, 1, |p| edit(p, CH, "url: https://example.org/helpline", "url: http://example.org/helpline"));
bad!(contact_bad_phone, 1, |p| edit(p, CH, "phone: \"112\"", "phone: \"call 112\""));
bad!(contact_bad_date, 1, |p| edit(p, CH, "verified: 2026-11-01", "verified: 1 November 2026"));
bad!(low_contrast_accent, 1, |p| edit(p, CH, "accent: \"#1d4f73\"", "accent: \"#ffdd00\""));
bad!(missing_logo, 1, |p| edit(p, CH, "logo: logo.svg", "logo: crest.png"));
bad!(exclude_unknown_lesson, 1, |p| edit(p, "content/countries/lb.yaml", "exclude: [alpha]", "exclude: [omega]"));
bad!(javascript_exit_url, 1, |p| edit(
    p,
    "campaign.yaml",
    "exit_url: https://example.org/weather",
    "exit_url: javascript:history.back()"
));
bad!(no_countries, 1, |p| {
    for cc in ["ch", "lb", "no"] {
        std::fs::remove_file(p.root.join(format!("content/countries/{cc}.yaml"))).unwrap();
    }
});

#[test]
fn injected_script_never_reaches_the_output() {
    let p = run("script_injection_output", 0, |p| {
        edit(p, ALPHA, "## Trusted adults", "## Trusted adults\n\n<script>alert(1)</script>\n\n<a href=\"javascript:alert(2)\" onmouseover=\"x()\">x</a>")
    });
    for page in p.pages() {
        let html = p.out(&page);
        assert!(!html.contains("alert("), "{page}");
        assert!(!html.contains("onmouseover"), "{page}");
    }
}

#[test]
fn front_matter_and_fluent_arguments_are_escaped() {
    let p = Project::fixture("basic");
    edit(&p, ALPHA, "title: Alpha lesson", "title: \"<img src=x onerror=alert(1)>\"");
    edit(&p, CH, "organisation: Example Ministry", "organisation: \"<b>Ministry</b>\"");
    p.haven(&["build", "--quiet"]).success();
    let html = p.out("no/en/lessons/alpha/index.html");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "title escaped");
    assert!(!html.contains("<img src=x"));
    let ch = p.out("ch/de/index.html");
    assert!(
        ch.contains("&lt;b&gt;Ministry&lt;&#x2F;b&gt;") || ch.contains("&lt;b&gt;Ministry&lt;/b&gt;"),
        "Fluent argument escaped"
    );
}

#[test]
fn the_output_cannot_be_the_sources() {
    let p = Project::fixture("basic");
    for out in [".", "content", "content/lessons/site", "themes/x", ".."] {
        let run = p.haven(&["build", "--quiet", "--out", out]);
        assert_eq!(run.code(), 3, "{out}: {}", run.stderr());
    }
    assert!(p.exists("content/lessons/alpha/en.md"));
}
