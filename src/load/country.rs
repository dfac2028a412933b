//! `content/countries/<cc>.yaml` as the author wrote it.

use serde::Deserialize;

/// One member country.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryFile {
    /// ISO 3166-1 alpha-2 code, upper case; the same as the file name.
    pub code: String,
    /// The Fluent key of the country's name, e.g. `country-ch`.
    pub name: String,
    /// The site's locales, in the order the ministry wants them; the first is the default.
    pub locales: Vec<String>,
    /// Where "Leave this site" goes; defaults to the campaign's `exit_url`.
    #[serde(default)]
    pub exit_url: Option<String>,
    /// The publisher's name, logo and colour.
    #[serde(default)]
    pub branding: Option<BrandingFile>,
    /// Helplines, hotlines, emergency numbers and reporting links.
    #[serde(default)]
    pub contacts: Vec<ContactFile>,
    /// Which lessons this country shows.
    #[serde(default)]
    pub lessons: LessonSelection,
}

/// Per-country branding.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BrandingFile {
    /// The ministry or organisation that publishes the site.
    pub organisation: String,
    /// A logo file in `content/countries/<cc>/`.
    #[serde(default)]
    pub logo: Option<String>,
    /// One accent colour, `#rrggbb`.
    #[serde(default)]
    pub accent: Option<String>,
}

/// A way to get help.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactFile {
    /// `emergency`, `helpline`, `hotline`, `police` or `other`.
    pub kind: String,
    /// The service's own name.
    pub name: String,
    /// The number as dialled; long numbers in international form.
    #[serde(default)]
    pub phone: Option<String>,
    /// An https address.
    #[serde(default)]
    pub url: Option<String>,
    /// The page this contact was found on.
    pub source: String,
    /// When it was last checked there (YYYY-MM-DD).
    pub verified: String,
}

/// Lesson selection: everything by default.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonSelection {
    /// When given, only these lessons (and the country's own) are shown.
    #[serde(default)]
    pub include: Option<Vec<String>>,
    /// Lessons this country does not show.
    #[serde(default)]
    pub exclude: Vec<String>,
}
