//! `campaign.yaml` as the author wrote it (the "low-level" configuration).
//! [`crate::model`] validates it into the resolved campaign.

use std::collections::BTreeMap;

use serde::Deserialize;

/// The campaign's settings, from `campaign.yaml` at the campaign root.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CampaignFile {
    /// The Fluent key of the campaign's name, e.g. `campaign-name`.
    pub name: String,
    /// The locale every lesson is written in first, and the last step of every fallback chain.
    pub default_locale: String,
    /// Explicit fallback chains: `fr-BE: [fr]`. Without one, a locale falls back to its
    /// language (`sr-Latn` → `sr`), then to the default locale.
    #[serde(default)]
    pub fallback: BTreeMap<String, Vec<String>>,
    /// The theme folder under `themes/`.
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Where the site will be published, e.g. `https://example.org/safety/`. Used only for the
    /// canonical links and the sitemap; every link inside the site stays relative.
    #[serde(default)]
    pub base_url: Option<String>,
    /// Where "Leave this site" goes when a country does not set its own.
    pub exit_url: String,
    /// International directories the get-help page shows when a country lacks a contact.
    #[serde(default)]
    pub directories: Vec<DirectoryFile>,
    /// Keep raw HTML in lessons as written. Off by default: raw HTML is cleaned against an
    /// allowlist, since lessons may come from outside. Turn on only for HTML you wrote yourself.
    #[serde(default)]
    pub trust_html: bool,
    /// Output options.
    #[serde(default)]
    pub output: OutputFile,
}

impl CampaignFile {
    /// Stands in while the rest of a campaign whose `campaign.yaml` is broken is read for errors.
    pub fn placeholder() -> Self {
        CampaignFile {
            name: String::new(),
            default_locale: "en".to_owned(),
            fallback: BTreeMap::new(),
            theme: default_theme(),
            base_url: None,
            exit_url: String::new(),
            directories: Vec::new(),
            trust_html: false,
            output: OutputFile::default(),
        }
    }
}

fn default_theme() -> String {
    "default".to_owned()
}

/// An international directory of helplines or hotlines.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectoryFile {
    /// Which kind of contact this directory lists: `helpline` or `hotline`.
    pub kind: String,
    /// The directory's own name.
    pub name: String,
    /// Its https address.
    pub url: String,
    /// The page this address was checked on.
    pub source: String,
    /// When it was checked (YYYY-MM-DD).
    pub verified: String,
}

/// Output options.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutputFile {
    /// The output folder, relative to the campaign root.
    #[serde(default = "default_out")]
    pub dir: String,
    /// Write `sitemap.xml` (needs `base_url` to hold absolute addresses).
    #[serde(default = "yes")]
    pub sitemap: bool,
}

impl Default for OutputFile {
    fn default() -> Self {
        OutputFile { dir: default_out(), sitemap: true }
    }
}

fn default_out() -> String {
    "public".to_owned()
}

fn yes() -> bool {
    true
}
