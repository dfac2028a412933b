//! Step 3 of the pipeline: Markdown and templates into pages.

pub mod context;
pub mod i18n;
pub mod inputs;
pub mod markdown;
pub mod plan;
pub mod sanitize;
pub mod search;
pub mod templates;

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::{Mutex, RwLock};

use rayon::prelude::*;

use crate::error::{Diagnostic, Diagnostics};
use crate::model::{Campaign, Country, Document};
use context::Builder;
use i18n::I18n;
use inputs::{Input, Recorder};
use markdown::{Kind, Rendered, Targets};
use plan::Job;

/// Everything compiled once per build and shared by every page: Fluent bundles, templates,
/// and every content file rendered from Markdown.
pub struct Renderer {
    pub i18n: Arc<I18n>,
    pub templates: templates::Templates,
    /// What Markdown may link to, and how its raw HTML is cleaned.
    pub scope: Scope,
    /// Content files rendered, by path.
    pub rendered: Cache,
}

/// Rendered content files by path. `check` and `serve` hold every file; a build renders them
/// a batch at a time and lets go of those no later page needs, so that a large campaign's HTML
/// is never all in memory at once.
#[derive(Default)]
pub struct Cache(RwLock<rustc_hash::FxHashMap<PathBuf, Arc<Rendered>>>);

impl Cache {
    pub fn get(&self, path: &std::path::Path) -> Result<Arc<Rendered>, i18n::Missing> {
        let map = self.0.read().unwrap_or_else(|e| e.into_inner());
        map.get(path).cloned().ok_or_else(|| i18n::Missing::NotRendered(path.to_path_buf()))
    }

    pub fn contains(&self, path: &std::path::Path) -> bool {
        self.0.read().unwrap_or_else(|e| e.into_inner()).contains_key(path)
    }

    pub fn insert(&self, path: PathBuf, rendered: Arc<Rendered>) {
        self.0.write().unwrap_or_else(|e| e.into_inner()).insert(path, rendered);
    }

    pub fn remove(&self, path: &std::path::Path) {
        self.0.write().unwrap_or_else(|e| e.into_inner()).remove(path);
    }

    /// Every file held, sorted by path.
    pub fn snapshot(&self) -> Vec<(PathBuf, Arc<Rendered>)> {
        let map = self.0.read().unwrap_or_else(|e| e.into_inner());
        let mut all: Vec<_> = map.iter().map(|(p, r)| (p.clone(), r.clone())).collect();
        all.sort_by(|a, b| a.0.cmp(&b.0));
        all
    }
}

/// What cross-links and images may point at, and the sanitizer for raw HTML (none when the
/// campaign trusts its own HTML).
pub struct Scope {
    lessons: BTreeSet<String>,
    pages: BTreeSet<String>,
    media: BTreeSet<String>,
    sanitizer: Option<sanitize::Sanitizer>,
}

impl Scope {
    pub fn of(campaign: &Campaign) -> Scope {
        Scope {
            lessons: campaign.all_lesson_slugs().into_iter().map(str::to_owned).collect(),
            pages: campaign.pages.keys().cloned().collect(),
            media: campaign.assets.iter().map(|a| a.media_path.clone()).collect(),
            sanitizer: (!campaign.config.trust_html).then(sanitize::Sanitizer::default),
        }
    }

    /// Render a content file; links to the `hidden` lessons become plain text.
    pub fn render(&self, file: &crate::load::ContentFile, kind: Kind, hidden: &BTreeSet<String>) -> Rendered {
        let targets = Targets {
            lessons: &self.lessons,
            pages: &self.pages,
            hidden,
            media: &self.media,
            media_dir: &file.media_dir,
            sanitizer: self.sanitizer.as_ref(),
        };
        markdown::render(file, kind, &targets, root_of_kind(kind))
    }
}

impl Renderer {
    /// Compile Fluent bundles and templates and render every Markdown file, in parallel.
    pub fn new(campaign: &Campaign, diags: &mut Diagnostics) -> Option<Renderer> {
        let renderer = Renderer::compile(campaign, diags)?;
        let all = all_files(campaign);
        let before = diags.error_count();
        diags.extend(renderer.render_files(&all));
        (diags.error_count() == before).then_some(renderer)
    }

    /// Compile Fluent bundles and templates; render no Markdown yet (see [`Renderer::render_files`]).
    pub fn compile(campaign: &Campaign, diags: &mut Diagnostics) -> Option<Renderer> {
        let before = diags.error_count();
        let i18n = Arc::new(I18n::new(campaign, diags));
        let templates = templates::load(&campaign.root, &campaign.config.theme, i18n.clone(), diags);
        let scope = Scope::of(campaign);
        let templates = templates?;
        (diags.error_count() == before).then_some(Renderer { i18n, templates, scope, rendered: Cache::default() })
    }

    /// Render the files not rendered yet, in parallel; returns their diagnostics.
    pub fn render_files(&self, files: &[(&crate::load::ContentFile, Kind)]) -> Vec<Diagnostic> {
        let none = BTreeSet::new();
        let todo: Vec<&(&crate::load::ContentFile, Kind)> =
            files.iter().filter(|(f, _)| !self.rendered.contains(&f.path)).collect();
        let results: Vec<(PathBuf, Rendered)> =
            todo.par_iter().map(|(file, kind)| (file.path.clone(), self.scope.render(file, *kind, &none))).collect();
        let mut diags = Vec::new();
        for (path, mut r) in results {
            diags.append(&mut r.diagnostics);
            self.rendered.insert(path, Arc::new(r));
        }
        diags
    }

    /// The renderer bound to the campaign it was made for.
    pub fn view<'a>(&'a self, campaign: &'a Campaign) -> View<'a> {
        let shown = campaign
            .countries
            .iter()
            .map(|c| {
                let docs = campaign.lessons_of(c);
                let index = docs.iter().enumerate().map(|(i, d)| (d.slug.as_str(), i)).collect();
                Shown { docs, index }
            })
            .collect();
        View { campaign, renderer: self, shown, recorded: None, indexes: None, shared: RwLock::default() }
    }

    /// Render one content file again after it changed; returns its diagnostics.
    pub fn rerender(&mut self, file: &crate::load::ContentFile, kind: Kind) -> Vec<Diagnostic> {
        let mut r = self.scope.render(file, kind, &BTreeSet::new());
        let diags = std::mem::take(&mut r.diagnostics);
        self.rendered.insert(file.path.clone(), Arc::new(r));
        diags
    }
}

fn root_of_kind(kind: Kind) -> &'static str {
    match kind {
        Kind::Lesson => "../../../../",
        Kind::Page => "../../../",
    }
}

/// A renderer and its campaign: what renders pages.
pub struct View<'a> {
    pub campaign: &'a Campaign,
    pub renderer: &'a Renderer,
    /// Each country's lessons, in order, computed once rather than for every page.
    shown: Vec<Shown<'a>>,
    /// Each rendered page's inputs, when asked for with [`View::recording`].
    recorded: Option<Mutex<Recorded>>,
    /// The search indexes it built, when recording: `haven serve` keeps them to patch.
    indexes: Option<Mutex<Indexes>>,
    /// The country and navigation as template values, by country, locale, language and depth:
    /// the same on every page there, so converted once (a third of a page's template time).
    shared: RwLock<rustc_hash::FxHashMap<String, (tera::Value, tera::Value)>>,
}

/// Search indexes by country (its position) and locale.
pub type Indexes = Vec<((usize, String), search::Index)>;

/// Pages and the inputs each one used.
pub type Recorded = Vec<(Job, Vec<Input>)>;

/// One country's lessons in the order they are listed, and each one's position.
struct Shown<'a> {
    docs: Vec<&'a Document>,
    index: HashMap<&'a str, usize>,
}

impl<'a> View<'a> {
    /// The same view, keeping the inputs of every page it renders (see [`View::take_recorded`]).
    /// The search indexes it also keeps (see [`View::take_indexes`]).
    pub fn recording(mut self) -> View<'a> {
        self.recorded = Some(Mutex::default());
        self.indexes = Some(Mutex::default());
        self
    }

    /// The search indexes built since the last call, by country and locale, when recording.
    pub fn take_indexes(&self) -> Indexes {
        let Some(list) = &self.indexes else { return Vec::new() };
        std::mem::take(&mut *list.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// The inputs of the pages rendered since the last call, when recording.
    pub fn take_recorded(&self) -> Recorded {
        let Some(list) = &self.recorded else { return Vec::new() };
        std::mem::take(&mut *list.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// A context builder for one page, recording its inputs when the view records.
    pub fn builder(&self) -> Builder<'a> {
        let r = self.renderer;
        let used = if self.recorded.is_some() { Recorder::on() } else { Recorder::default() };
        Builder { campaign: self.campaign, i18n: &r.i18n, rendered: &r.rendered, used }
    }

    /// Render one page (or the search index, which is a script).
    pub fn page(&self, job: &Job) -> Result<String, Diagnostic> {
        let builder = self.builder();
        let page = self.render(&builder, job);
        if let (Some(list), Ok(_)) = (&self.recorded, &page) {
            list.lock().unwrap_or_else(|e| e.into_inner()).push((job.clone(), builder.used.take()));
        }
        page
    }

    fn render(&self, b: &Builder, job: &Job) -> Result<String, Diagnostic> {
        let help = "add the message to the locale's .ftl file, or to the default locale's";
        if let Job::SearchIndex { country, locale } = job {
            let index = self
                .search(b, *country, locale)
                .map_err(|m| Diagnostic::error(format!("{m} (search index {})", job.path(self.campaign))).help(help))?;
            let script = index.script();
            if let Some(kept) = &self.indexes {
                kept.lock().unwrap_or_else(|e| e.into_inner()).push(((*country, locale.clone()), index));
            }
            return Ok(script);
        }
        let (template, context) = self
            .context(b, job)
            .map_err(|m| Diagnostic::error(format!("{m} (page {})", job.path(self.campaign))).help(help))?;
        let templates = &self.renderer.templates;
        if b.used.is_on() {
            b.uses_templates(templates.uses(template));
        }
        templates.render(template, &context)
    }

    /// `job`'s country and navigation as template values; from the cache unless this page's
    /// inputs are being recorded (a cached value would not record them).
    fn shared(
        &self,
        b: &Builder,
        job: &Job,
        lang: &str,
        root: &str,
    ) -> Result<(tera::Value, tera::Value), i18n::Missing> {
        let cc = job.country(self.campaign).map_or("", |c| c.cc.as_str());
        let key = format!("{cc}/{}/{lang}/{root}", job.locale().unwrap_or(""));
        let cache = !b.used.is_on();
        if cache {
            if let Some(values) = self.shared.read().unwrap_or_else(|e| e.into_inner()).get(&key) {
                return Ok(values.clone());
            }
        }
        let shared = b.shared(job, lang, root)?;
        let values = (
            tera::Value::try_from_serializable(&shared.country).unwrap_or_else(|_| tera::Value::none()),
            tera::Value::try_from_serializable(&shared.nav).unwrap_or_else(|_| tera::Value::none()),
        );
        if cache {
            self.shared.write().unwrap_or_else(|e| e.into_inner()).insert(key, values.clone());
        }
        Ok(values)
    }

    fn context(&self, b: &Builder, job: &Job) -> Result<(&'static str, tera::Context), i18n::Missing> {
        let lang = job.locale().map(str::to_owned).unwrap_or_else(|| match job.country(self.campaign) {
            Some(c) => c.locales[0].clone(),
            None => self.campaign.default_locale.clone(),
        });
        let common = b.common(job, &lang)?;
        let mut ctx = tera::Context::from_serialize(&common).unwrap_or_default();
        let root = common.root.clone();
        let (country, nav) = self.shared(b, job, &lang, &root)?;
        ctx.insert_value("country", country);
        ctx.insert_value("nav", nav);
        let template = match job {
            Job::Countries | Job::NotFound => {
                ctx.insert("countries", &self.country_list(b, &lang, &root)?);
                if matches!(job, Job::Countries) {
                    "countries.html"
                } else {
                    "404.html"
                }
            }
            Job::Languages { .. } => "languages.html",
            Job::Home { country, locale } | Job::LessonList { country, locale } => {
                let c = &self.campaign.countries[*country];
                ctx.insert("groups", &b.groups(c, &self.shown[*country].docs, locale, &root));
                if matches!(job, Job::Home { .. }) {
                    "home.html"
                } else {
                    "lessons.html"
                }
            }
            Job::Lesson { country, locale, slug } => {
                let c = &self.campaign.countries[*country];
                let doc = self.lesson(c, slug);
                let url = format!("{root}{}", job.path(self.campaign));
                let content = b.content(doc, locale, url, self.variant(*country, doc, locale))?;
                let (prev, next) = self.neighbours(b, *country, doc, locale, &root);
                ctx.insert("content", &content);
                ctx.insert("prev", &prev);
                ctx.insert("next", &next);
                "lesson.html"
            }
            Job::SearchIndex { .. } => unreachable!("the search index is a script, not a template"),
            Job::Page { locale, slug, .. } => {
                let doc = &self.campaign.pages[slug];
                let url = format!("{root}{}", job.path(self.campaign));
                ctx.insert("content", &b.content(doc, locale, url, None)?);
                if slug == "get-help" {
                    "get-help.html"
                } else {
                    "page.html"
                }
            }
        };
        Ok((template, ctx))
    }

    /// The search index of a country's locale, its lessons and pages as shown there: to write,
    /// or to keep and update.
    pub fn search(&self, b: &Builder, country: usize, locale: &str) -> Result<search::Index, i18n::Missing> {
        let lessons = self.shown[country].docs.iter().map(|d| (*d, Kind::Lesson));
        let pages = self.campaign.pages.values().map(|d| (d, Kind::Page));
        let entries = lessons
            .chain(pages)
            .map(|(doc, kind)| self.search_entry(b, locale, doc, kind))
            .collect::<Result<Vec<_>, _>>()?;
        let mut results = Vec::new();
        for n in 0..=entries.len() {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("count", n);
            results.push(strip_isolation(&b.format(locale, "search-results", Some(&args))?));
        }
        Ok(search::Index::new(locale, entries, results))
    }

    /// A lesson or page as the search index of `locale` holds it.
    pub fn search_entry(
        &self,
        b: &Builder,
        locale: &str,
        doc: &Document,
        kind: Kind,
    ) -> Result<search::Entry, i18n::Missing> {
        let file = doc.pick(&self.renderer.i18n.chain(locale));
        b.uses_text(file);
        let rendered = self.renderer.rendered.get(&file.path)?;
        let meta = match &doc.meta {
            Some(m) => format!(
                "{} · {}",
                b.text(locale, &format!("topic-{}", m.topic))?,
                b.text(locale, &format!("age-band-{}", m.age_band))?
            ),
            None => String::new(),
        };
        let shown_in = if file.locale == locale {
            None
        } else {
            let language = b.text(locale, &format!("language-{}", file.locale))?;
            Some(b.text_with(locale, "search-shown-in", &[("language", &language)])?)
        };
        let prefix = if kind == Kind::Lesson { "lessons/" } else { "" };
        Ok(search::Entry {
            title: file.front.title.clone(),
            summary: file.front.summary.clone(),
            body: markdown::plain_text(rendered.html.as_str()),
            url: format!("{prefix}{}/index.html", doc.slug),
            meta: strip_isolation(&meta),
            lang: file.locale.clone(),
            shown_in: shown_in.map(|s| strip_isolation(&s)),
        })
    }

    /// The content files the pages of `jobs` show, each once, with its kind.
    pub fn files_for(&self, jobs: &[&Job]) -> Vec<(&'a crate::load::ContentFile, Kind)> {
        let chain = |locale: &str| self.renderer.i18n.chain(locale);
        let mut files: Vec<(&'a crate::load::ContentFile, Kind)> = Vec::new();
        for job in jobs {
            match job {
                Job::Lesson { country, locale, slug } => {
                    if let Some(doc) = self.document(*country, Kind::Lesson, slug) {
                        files.push((doc.pick(&chain(locale)), Kind::Lesson));
                    }
                }
                Job::Page { locale, slug, .. } => {
                    if let Some(doc) = self.campaign.pages.get(slug) {
                        files.push((doc.pick(&chain(locale)), Kind::Page));
                    }
                }
                Job::SearchIndex { country, locale } => {
                    let chain = chain(locale);
                    files.extend(self.shown[*country].docs.iter().map(|d| (d.pick(&chain).as_ref(), Kind::Lesson)));
                    files.extend(self.campaign.pages.values().map(|d| (d.pick(&chain).as_ref(), Kind::Page)));
                }
                _ => {}
            }
        }
        files.sort_by(|a, b| a.0.path.cmp(&b.0.path));
        files.dedup_by(|a, b| a.0.path == b.0.path);
        files
    }

    /// A country's lesson or page by slug, as it shows it.
    pub fn document(&self, country: usize, kind: Kind, slug: &str) -> Option<&'a Document> {
        match kind {
            Kind::Page => self.campaign.pages.get(slug),
            Kind::Lesson => self.shown[country].index.get(slug).map(|&i| self.shown[country].docs[i]),
        }
    }

    fn lesson(&self, country: &Country, slug: &str) -> &Document {
        self.campaign
            .country_lessons
            .get(&country.cc)
            .and_then(|m| m.get(slug))
            .unwrap_or_else(|| &self.campaign.lessons[slug])
    }

    /// A lesson whose links reach lessons this country does not show is rendered again for it,
    /// with those links as plain text.
    fn variant(&self, country: usize, doc: &Document, locale: &str) -> Option<Arc<Rendered>> {
        let file = doc.pick(&self.renderer.i18n.chain(locale));
        let base = self.renderer.rendered.get(&file.path).ok()?;
        let shown = &self.shown[country].index;
        let hidden: BTreeSet<String> = base.links.iter().filter(|l| !shown.contains_key(l.as_str())).cloned().collect();
        if hidden.is_empty() {
            return None;
        }
        Some(Arc::new(self.renderer.scope.render(file, Kind::Lesson, &hidden)))
    }

    /// The previous and next lesson of the same topic: its neighbours in the country's order,
    /// which sorts lessons by topic first.
    fn neighbours(
        &self,
        b: &Builder,
        country: usize,
        doc: &Document,
        locale: &str,
        root: &str,
    ) -> (Option<context::LessonCard>, Option<context::LessonCard>) {
        let shown = &self.shown[country];
        let cc = &self.campaign.countries[country].cc;
        let Some(&i) = shown.index.get(doc.slug.as_str()) else { return (None, None) };
        let topic = |d: &Document| d.meta.as_ref().map(|m| m.topic.clone());
        let card = |d: &Document| b.card(d, locale, format!("{root}{cc}/{locale}/lessons/{}/index.html", d.slug));
        let same = |j: usize| shown.docs.get(j).filter(|d| topic(d) == topic(doc)).map(|d| card(d));
        (i.checked_sub(1).and_then(same), same(i + 1))
    }

    fn country_list(&self, b: &Builder, lang: &str, root: &str) -> Result<Vec<CountryCard>, i18n::Missing> {
        let mut list = Vec::new();
        for c in &self.campaign.countries {
            b.uses_country(&c.cc);
            list.push(CountryCard {
                cc: c.cc.clone(),
                name: b.text(lang, &c.name_key)?,
                native_name: b.text(&c.locales[0], &c.name_key)?,
                native_lang: c.locales[0].clone(),
                url: format!("{root}{}/index.html", c.cc),
            });
        }
        list.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(list)
    }
}

/// Fluent's bidi isolation marks suit HTML; the search script shows text with `textContent`,
/// where the page's `dir` already applies.
fn strip_isolation(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// A country in the chooser: its name in the page's language and in its own first language.
#[derive(serde::Serialize)]
struct CountryCard {
    cc: String,
    name: String,
    native_name: String,
    native_lang: String,
    url: String,
}

/// Where a country's accent colour goes as a stylesheet, and the stylesheet when it has one.
pub fn accent_css(country: &Country) -> (String, Option<String>) {
    let accent = country.branding.as_ref().and_then(|b| b.accent.as_ref());
    (format!("assets/country-{}.css", country.cc), accent.map(|a| format!(":root {{ --accent: {a}; }}\n")))
}

/// Every lesson and page file of the campaign, each once, with its kind.
pub fn all_files(campaign: &Campaign) -> Vec<(&crate::load::ContentFile, Kind)> {
    let lessons = campaign.lessons.values().chain(campaign.country_lessons.values().flat_map(|m| m.values()));
    let mut files: Vec<(&crate::load::ContentFile, Kind)> =
        lessons.flat_map(|d| d.files.values().map(|f| (f.as_ref(), Kind::Lesson))).collect();
    files.extend(campaign.pages.values().flat_map(|d| d.files.values().map(|f| (f.as_ref(), Kind::Page))));
    files.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    files.dedup_by(|a, b| a.0.path == b.0.path);
    files
}
