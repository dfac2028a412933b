//! Fluent interface text, fallback translations and their notices.

use crate::support::{plain, Project};

#[test]
fn a_missing_translation_falls_back_and_says_so_in_the_page_language() {
    let p = Project::fixture("basic");
    p.build();
    let html = plain(&p.out("ch/fr/lessons/beta/index.html"));
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\""));
    assert!(
        html.contains("This page is not yet available in français. It is shown in anglais."),
        "notice names both languages in French"
    );
    assert!(html.contains("<div class=\"prose\" lang=\"en\" dir=\"ltr\">"), "the content's lang is the language shown");
}

#[test]
fn draft_translations_carry_a_notice_and_reviewed_ones_do_not() {
    let p = Project::fixture("basic");
    p.build();
    let fr = p.out("ch/fr/lessons/alpha/index.html");
    assert!(fr.contains("notice--draft"));
    assert!(fr.contains("Leçon alpha"));
    let de = p.out("ch/de/lessons/alpha/index.html");
    assert!(!de.contains("notice--draft"));
    assert!(de.contains("has changed since it was translated"), "de records an old source hash: stale");
    assert!(!fr.contains("has changed since it was translated"));
}

#[test]
fn the_language_switcher_keeps_the_same_lesson() {
    let p = Project::fixture("basic");
    p.build();
    let html = p.out("ch/de/lessons/alpha/index.html");
    assert!(
        html.contains(
            "<a href=\"../../../../ch/fr/lessons/alpha/index.html\" hreflang=\"fr\" lang=\"fr\">Français</a>"
        ),
        "{html}"
    );
    assert!(html.contains("<span aria-current=\"page\" lang=\"de\">Deutsch</span>"));
    assert!(html
        .contains("<link rel=\"alternate\" hreflang=\"fr-CH\" href=\"../../../../ch/fr/lessons/alpha/index.html\">"));
}

#[test]
fn interface_text_walks_the_fallback_chain() {
    let p = Project::fixture("basic");
    p.build();
    let html = p.out("ch/de/index.html");
    assert!(html.contains(">Startseite<"), "de has nav-home");
    assert!(html.contains("Leave this site"), "de lacks quick-exit: English, the default locale");
}

#[test]
fn a_key_missing_everywhere_names_the_template_and_line() {
    let p = Project::fixture("basic");
    p.write(
        "templates/404.html",
        "{% extends \"base.html\" %}\n{% block main %}\n<p>{{ t(key=\"no-such-key\") }}</p>\n{% endblock main %}\n",
    );
    p.haven(&["build"]).expect(1, "missing-key");
}
