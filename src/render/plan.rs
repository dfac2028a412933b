//! Which pages a build writes, and where.

use crate::model::{Campaign, Country};

/// One output page.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Job {
    /// `index.html`: the country chooser.
    Countries,
    /// `<cc>/index.html`: the language chooser.
    Languages { country: usize },
    /// `<cc>/<locale>/index.html`.
    Home { country: usize, locale: String },
    /// `<cc>/<locale>/lessons/index.html`.
    LessonList { country: usize, locale: String },
    /// `<cc>/<locale>/lessons/<slug>/index.html`.
    Lesson { country: usize, locale: String, slug: String },
    /// `<cc>/<locale>/<slug>/index.html`.
    Page { country: usize, locale: String, slug: String },
    /// `404.html`.
    NotFound,
    /// `<cc>/<locale>/search-index.js`: the offline search index.
    SearchIndex { country: usize, locale: String },
}

impl Job {
    /// The page's path in the output folder.
    pub fn path(&self, campaign: &Campaign) -> String {
        let cc = |i: &usize| &campaign.countries[*i].cc;
        match self {
            Job::Countries => "index.html".to_owned(),
            Job::Languages { country } => format!("{}/index.html", cc(country)),
            Job::Home { country, locale } => format!("{}/{locale}/index.html", cc(country)),
            Job::LessonList { country, locale } => {
                format!("{}/{locale}/lessons/index.html", cc(country))
            }
            Job::Lesson { country, locale, slug } => format!("{}/{locale}/lessons/{slug}/index.html", cc(country)),
            Job::Page { country, locale, slug } => format!("{}/{locale}/{slug}/index.html", cc(country)),
            Job::NotFound => "404.html".to_owned(),
            Job::SearchIndex { country, locale } => format!("{}/{locale}/search-index.js", cc(country)),
        }
    }

    /// The same page in another locale of its country, if the page has locales; for the
    /// language chooser, that locale's home page.
    pub fn in_locale(&self, other: &str) -> Option<Job> {
        let l = other.to_owned();
        Some(match self {
            Job::Languages { country } => Job::Home { country: *country, locale: l },
            Job::Home { country, .. } => Job::Home { country: *country, locale: l },
            Job::LessonList { country, .. } => Job::LessonList { country: *country, locale: l },
            Job::Lesson { country, slug, .. } => Job::Lesson { country: *country, locale: l, slug: slug.clone() },
            Job::Page { country, slug, .. } => Job::Page { country: *country, locale: l, slug: slug.clone() },
            _ => return None,
        })
    }

    pub fn country<'c>(&self, campaign: &'c Campaign) -> Option<&'c Country> {
        match self {
            Job::Languages { country }
            | Job::Home { country, .. }
            | Job::LessonList { country, .. }
            | Job::Lesson { country, .. }
            | Job::Page { country, .. }
            | Job::SearchIndex { country, .. } => Some(&campaign.countries[*country]),
            _ => None,
        }
    }

    pub fn locale(&self) -> Option<&str> {
        match self {
            Job::Home { locale, .. }
            | Job::LessonList { locale, .. }
            | Job::Lesson { locale, .. }
            | Job::Page { locale, .. }
            | Job::SearchIndex { locale, .. } => Some(locale),
            _ => None,
        }
    }
}

/// `../` once for every folder between a page and the site root.
pub fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// Every page of the countries at `selected` (indexes into `campaign.countries`).
pub fn jobs(campaign: &Campaign, selected: &[usize]) -> Vec<Job> {
    let mut jobs = vec![Job::Countries, Job::NotFound];
    for &country in selected {
        let c = &campaign.countries[country];
        jobs.push(Job::Languages { country });
        for locale in &c.locales {
            let locale = locale.clone();
            jobs.push(Job::Home { country, locale: locale.clone() });
            jobs.push(Job::LessonList { country, locale: locale.clone() });
            jobs.push(Job::SearchIndex { country, locale: locale.clone() });
            for doc in campaign.lessons_of(c) {
                jobs.push(Job::Lesson { country, locale: locale.clone(), slug: doc.slug.clone() });
            }
            for slug in campaign.pages.keys() {
                jobs.push(Job::Page { country, locale: locale.clone(), slug: slug.clone() });
            }
        }
    }
    jobs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots() {
        assert_eq!(root_of("index.html"), "");
        assert_eq!(root_of("ch/de/lessons/x/index.html"), "../../../../");
    }
}
