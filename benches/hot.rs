//! `cargo bench`: the hot functions of a build, on the shipped campaign's text.
//! The whole-build benchmark against Hugo is `python3 bench/bench.py` (see the README).

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion};
use haven::render::markdown::{self, Kind};
use haven::render::plan::Job;
use haven::render::search;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn lesson_text() -> String {
    haven::load::read_text(&repo().join("content/lessons/grooming-11-13/en.md")).unwrap()
}

fn front_matter(c: &mut Criterion) {
    let text = lesson_text();
    let path = Path::new("content/lessons/grooming-11-13/en.md");
    c.bench_function("front matter: split and parse a lesson", |b| {
        b.iter(|| {
            haven::load::content::parse(path, "grooming-11-13", "en", "lessons/grooming-11-13", black_box(&text))
                .unwrap()
        })
    });
}

fn campaign() -> haven::model::Campaign {
    let mut diags = haven::error::Diagnostics::new();
    let (sources, _) = haven::load::load(&repo());
    haven::model::resolve(sources.unwrap(), &mut diags).unwrap()
}

fn rendering(c: &mut Criterion) {
    let campaign = campaign();
    let mut diags = haven::error::Diagnostics::new();
    let renderer = haven::render::Renderer::new(&campaign, &mut diags).unwrap();
    let file = campaign.lessons["grooming-11-13"].files["en"].clone();
    c.bench_function("markdown: render a lesson with links and sanitising", |b| {
        b.iter(|| renderer.scope.render(black_box(&file), Kind::Lesson, &Default::default()))
    });
    let view = renderer.view(&campaign);
    let ch = campaign.countries.iter().position(|c| c.cc == "ch").unwrap();
    let job = Job::Lesson { country: ch, locale: "fr".into(), slug: "grooming-11-13".into() };
    c.bench_function("template: render a lesson page", |b| b.iter(|| view.page(black_box(&job)).unwrap()));
    let index = Job::SearchIndex { country: ch, locale: "fr".into() };
    c.bench_function("search: build a locale's index (18 pages)", |b| b.iter(|| view.page(black_box(&index)).unwrap()));
    let rendered = renderer.rendered.get(&file.path).unwrap();
    let html = rendered.html.as_str();
    c.bench_function("search: plain text of a rendered lesson", |b| b.iter(|| markdown::plain_text(black_box(html))));
    let text = markdown::plain_text(html);
    c.bench_function("search: tokens of a lesson", |b| b.iter(|| search::tokens(black_box(&text)).len()));
}

criterion_group!(benches, front_matter, rendering);
criterion_main!(benches);
