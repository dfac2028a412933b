//! The data each template sees. Every address in it is relative to the page being rendered.

use std::sync::Arc;

use serde::Serialize;

use super::i18n::{I18n, Missing};
use super::inputs::{Input, Recorder};
use super::markdown::{Heading, Rendered, SafeHtml};
use super::plan::{root_of, Job};
use crate::load::ContentFile;
use crate::model::{lesson, Campaign, Contact, Country, Document, Meta};

/// Shared by every page.
#[derive(Serialize)]
pub struct Common {
    /// The interface locale; `t` formats in it.
    pub lang: String,
    pub dir: &'static str,
    /// `../` up to the site root.
    pub root: String,
    pub page: PageInfo,
    pub site_name: String,
    pub alternates: Vec<Alternate>,
}

/// Shared by every page of a country's locale at one depth: its country and navigation.
#[derive(Serialize)]
pub struct Shared {
    pub country: Option<CountryInfo>,
    pub nav: Vec<NavLink>,
}

/// The page itself.
#[derive(Serialize)]
pub struct PageInfo {
    pub kind: &'static str,
    pub path: String,
    pub canonical: Option<String>,
}

/// The country a page belongs to.
#[derive(Serialize)]
pub struct CountryInfo {
    pub cc: String,
    pub code: String,
    pub name: String,
    pub exit_url: String,
    pub branding: Option<crate::model::country::Branding>,
    /// The locale's home page, the lesson list, the get-help page, the language chooser.
    pub home_url: String,
    pub lessons_url: String,
    pub get_help_url: Option<String>,
    pub languages_url: String,
    pub contacts: Vec<Contact>,
    /// The contacts by kind, in the order of [`crate::model::country::CONTACT_KINDS`].
    pub contact_groups: Vec<ContactGroup>,
    pub emergency: Vec<Contact>,
    /// Contact kinds the country lacks (`helpline`, `hotline`), with the directories to use.
    pub gaps: Vec<String>,
    pub directories: Vec<Contact>,
}

/// Contacts of one kind.
#[derive(Serialize)]
pub struct ContactGroup {
    pub kind: &'static str,
    pub contacts: Vec<Contact>,
}

/// The same page in another language.
#[derive(Serialize)]
pub struct Alternate {
    pub lang: String,
    pub hreflang: String,
    pub name: String,
    pub url: String,
    pub current: bool,
}

#[derive(Serialize)]
pub struct NavLink {
    pub slug: String,
    pub title: String,
    pub url: String,
}

/// A lesson or page's text, as shown.
#[derive(Serialize)]
pub struct ContentInfo {
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// The lesson's HTML, shown as it is (no `| safe` needed).
    pub body: SafeHtml,
    pub headings: Vec<Heading>,
    /// The language the text is in, and its direction.
    pub lang: String,
    pub dir: &'static str,
    /// Shown from a fallback locale, and the names of both languages in the page's language.
    pub fallback: bool,
    pub requested_language: String,
    pub shown_language: String,
    pub draft: bool,
    pub stale: bool,
    pub meta: Option<Meta>,
    pub url: String,
}

/// A lesson in a list.
#[derive(Serialize, Clone)]
pub struct LessonCard {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub lang: String,
    pub fallback: bool,
    pub draft: bool,
    pub meta: Option<Meta>,
    pub url: String,
}

/// Lessons of one topic, also grouped by audience.
#[derive(Serialize)]
pub struct TopicGroup {
    pub topic: String,
    pub lessons: Vec<LessonCard>,
    pub audiences: Vec<AudienceGroup>,
}

/// Lessons of one topic for one audience.
#[derive(Serialize)]
pub struct AudienceGroup {
    pub audience: &'static str,
    pub lessons: Vec<LessonCard>,
}

/// Everything needed to build one page's context, and what the page used.
pub struct Builder<'a> {
    pub campaign: &'a Campaign,
    pub i18n: &'a I18n,
    pub rendered: &'a super::Cache,
    /// The page's inputs, when the view records them.
    pub used: Recorder,
}

impl Builder<'_> {
    /// Interface text in `lang`, through its fallback chain.
    pub fn text(&self, lang: &str, key: &str) -> Result<String, Missing> {
        self.format(lang, key, None)
    }

    /// Interface text with arguments.
    pub fn format(&self, lang: &str, key: &str, args: Option<&fluent_bundle::FluentArgs>) -> Result<String, Missing> {
        self.uses_locale(lang);
        self.i18n.format(lang, key, args)
    }

    /// Interface text with string arguments.
    pub fn text_with(&self, lang: &str, key: &str, args: &[(&str, &str)]) -> Result<String, Missing> {
        self.uses_locale(lang);
        self.i18n.format_with(lang, key, args)
    }

    /// The page formats text in `lang`: it uses every locale of its chain.
    pub fn uses_locale(&self, lang: &str) {
        self.used.add(|l| l.extend(self.i18n.chain(lang).iter().cloned().map(Input::Locale)));
    }

    /// The page shows `file`'s card (title, summary, status).
    pub fn uses_card(&self, file: &ContentFile) {
        self.used.add(|l| l.push(Input::Card(file.path.clone())));
    }

    /// The page is made with these templates.
    pub fn uses_templates(&self, names: &[String]) {
        self.used.add(|l| l.extend(names.iter().cloned().map(Input::Template)));
    }

    /// The page shows something of the country `cc`'s file.
    pub fn uses_country(&self, cc: &str) {
        self.used.add(|l| l.push(Input::Country(cc.to_owned())));
    }

    /// The page shows `file`'s text and card.
    pub fn uses_text(&self, file: &ContentFile) {
        self.used.add(|l| l.extend([Input::Body(file.path.clone()), Input::Card(file.path.clone())]));
    }

    /// The page shows `file` of `doc`: its text, its card and, for a translation, whether its
    /// source changed since.
    pub fn uses_content(&self, doc: &Document, file: &ContentFile) {
        self.uses_text(file);
        if file.front.source_hash.is_some() {
            self.used.add(|l| l.push(Input::Source(doc.source().path.clone())));
        }
    }

    /// The parts every page shares.
    pub fn common(&self, job: &Job, lang: &str) -> Result<Common, Missing> {
        let path = job.path(self.campaign);
        let root = root_of(&path);
        let canonical = self.campaign.config.base_url.as_ref().map(|b| canonical(b, &path));
        // The templates' `t` formats in the page's locale.
        self.uses_locale(lang);
        Ok(Common {
            lang: lang.to_owned(),
            dir: dir_of(self.campaign, lang),
            root: root.clone(),
            page: PageInfo { kind: kind_of(job), path, canonical },
            site_name: self.text(lang, &self.campaign.config.name)?,
            alternates: self.alternates(job, &root)?,
        })
    }

    /// The country and navigation of `job`, a page `root` below the site root.
    pub fn shared(&self, job: &Job, lang: &str, root: &str) -> Result<Shared, Missing> {
        let country = match job.country(self.campaign) {
            Some(c) => Some(self.country_info(c, lang, job.locale().unwrap_or(&c.locales[0]), root)?),
            None => None,
        };
        let nav = match (job.country(self.campaign), job.locale()) {
            (Some(_), Some(locale)) => self.nav(locale, root, job),
            _ => Vec::new(),
        };
        Ok(Shared { country, nav })
    }

    fn country_info(&self, c: &Country, lang: &str, locale: &str, root: &str) -> Result<CountryInfo, Missing> {
        let base = format!("{root}{}/{locale}/", c.cc);
        let get_help = self.campaign.pages.contains_key("get-help").then(|| format!("{base}get-help/index.html"));
        self.uses_country(&c.cc);
        Ok(CountryInfo {
            cc: c.cc.clone(),
            code: c.code.clone(),
            name: self.text(lang, &c.name_key)?,
            exit_url: c.exit_url.clone(),
            branding: c.branding.clone().map(|mut b| {
                b.logo = b.logo.map(|l| format!("{root}media/{l}"));
                b
            }),
            home_url: format!("{base}index.html"),
            lessons_url: format!("{base}lessons/index.html"),
            get_help_url: get_help,
            languages_url: format!("{root}{}/index.html", c.cc),
            contacts: c.contacts.clone(),
            contact_groups: crate::model::country::CONTACT_KINDS
                .iter()
                .map(|kind| ContactGroup {
                    kind,
                    contacts: c.contacts.iter().filter(|k| k.kind == *kind).cloned().collect(),
                })
                .filter(|g| !g.contacts.is_empty())
                .collect(),
            emergency: c.contacts.iter().filter(|k| k.kind == "emergency").cloned().collect(),
            gaps: c.gaps.clone(),
            directories: self.campaign.directories.iter().filter(|d| c.gaps.contains(&d.kind)).cloned().collect(),
        })
    }

    /// The same page in each locale of its country; each named in its own language.
    fn alternates(&self, job: &Job, root: &str) -> Result<Vec<Alternate>, Missing> {
        let Some(country) = job.country(self.campaign) else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for locale in &country.locales {
            let Some(other) = job.in_locale(locale) else {
                continue;
            };
            out.push(Alternate {
                lang: locale.clone(),
                hreflang: format!("{locale}-{}", country.code),
                name: self.text(locale, "language-self")?,
                url: format!("{root}{}", other.path(self.campaign)),
                current: job.locale() == Some(locale.as_str()),
            });
        }
        Ok(out)
    }

    /// The site's pages, for the navigation, in the page's locale.
    fn nav(&self, locale: &str, root: &str, job: &Job) -> Vec<NavLink> {
        let Some(country) = job.country(self.campaign) else {
            return Vec::new();
        };
        let chain = self.i18n.chain(locale);
        self.campaign
            .pages
            .values()
            .map(|doc| {
                let file = doc.pick(&chain);
                self.uses_card(file);
                NavLink {
                    slug: doc.slug.clone(),
                    title: file.front.title.clone(),
                    url: format!("{root}{}/{locale}/{}/index.html", country.cc, doc.slug),
                }
            })
            .collect()
    }

    /// A lesson or page as shown in `locale`, possibly from a fallback translation.
    pub fn content(
        &self,
        doc: &Document,
        locale: &str,
        url: String,
        hidden_render: Option<Arc<Rendered>>,
    ) -> Result<ContentInfo, Missing> {
        let chain = self.i18n.chain(locale);
        let file: &ContentFile = doc.pick(&chain);
        self.uses_content(doc, file);
        let rendered = match hidden_render {
            Some(r) => r,
            None => self.rendered.get(&file.path)?,
        };
        let fallback = file.locale != locale;
        Ok(ContentInfo {
            slug: doc.slug.clone(),
            title: file.front.title.clone(),
            summary: file.front.summary.clone(),
            body: rendered.html.clone(),
            headings: rendered.headings.clone(),
            lang: file.locale.clone(),
            dir: dir_of(self.campaign, &file.locale),
            fallback,
            requested_language: self.text(locale, &format!("language-{locale}"))?,
            shown_language: self.text(locale, &format!("language-{}", file.locale))?,
            draft: lesson::is_draft(file),
            stale: doc.is_stale(file),
            meta: doc.meta.clone(),
            url,
        })
    }

    /// A lesson's card for lists.
    pub fn card(&self, doc: &Document, locale: &str, url: String) -> LessonCard {
        let file = doc.pick(&self.i18n.chain(locale));
        self.uses_card(file);
        LessonCard {
            slug: doc.slug.clone(),
            title: file.front.title.clone(),
            summary: file.front.summary.clone(),
            lang: file.locale.clone(),
            fallback: file.locale != locale,
            draft: lesson::is_draft(file),
            meta: doc.meta.clone(),
            url,
        }
    }

    /// A country's lessons grouped by topic, in the order the lessons are sorted.
    pub fn groups(&self, country: &Country, shown: &[&Document], locale: &str, root: &str) -> Vec<TopicGroup> {
        let mut groups: Vec<TopicGroup> = Vec::new();
        for doc in shown {
            let topic = doc.meta.as_ref().map(|m| m.topic.clone()).unwrap_or_default();
            let url = format!("{root}{}/{locale}/lessons/{}/index.html", country.cc, doc.slug);
            let card = self.card(doc, locale, url);
            match groups.last_mut() {
                Some(g) if g.topic == topic => g.lessons.push(card),
                _ => groups.push(TopicGroup { topic, lessons: vec![card], audiences: Vec::new() }),
            }
        }
        for g in &mut groups {
            g.audiences = lesson::AUDIENCES
                .iter()
                .map(|audience| AudienceGroup {
                    audience,
                    lessons: g
                        .lessons
                        .iter()
                        .filter(|c| c.meta.as_ref().is_some_and(|m| m.audience == *audience))
                        .cloned()
                        .collect(),
                })
                .filter(|a| !a.lessons.is_empty())
                .collect();
        }
        groups
    }
}

fn kind_of(job: &Job) -> &'static str {
    match job {
        Job::Countries => "countries",
        Job::Languages { .. } => "languages",
        Job::Home { .. } => "home",
        Job::LessonList { .. } => "lessons",
        Job::Lesson { .. } => "lesson",
        Job::Page { slug, .. } if slug == "get-help" => "get-help",
        Job::Page { .. } => "page",
        Job::NotFound => "not-found",
        Job::SearchIndex { .. } => "search-index",
    }
}

pub fn dir_of(campaign: &Campaign, lang: &str) -> &'static str {
    match campaign.locales.get(lang).map(|l| l.dir) {
        Some(crate::model::Direction::Rtl) => "rtl",
        _ => "ltr",
    }
}

/// The published address of a page: the base URL and its folder.
pub fn canonical(base: &str, path: &str) -> String {
    let base = base.trim_end_matches('/');
    let path = path.strip_suffix("index.html").unwrap_or(path);
    format!("{base}/{path}")
}
