//! `haven status`: translation coverage per country and locale, and what each locale needs.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::cli::{Format, Gate, StatusArgs};
use crate::error::{Diagnostics, Error, Result};
use crate::model::{lesson, Campaign, Document};

/// The state of one lesson or page in one locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// The file the others are translated from.
    Source,
    Reviewed,
    Draft,
    /// No file in this locale: the page shows a fallback.
    Missing,
}

/// One lesson or page in one locale.
#[derive(Debug, Serialize)]
pub struct Item {
    pub slug: String,
    pub state: State,
    /// The translation records a source hash that is not its source's any more.
    pub stale: bool,
    /// The hash a new or updated translation records as `source_hash`.
    pub source_hash: String,
}

/// Coverage of one country's locale.
#[derive(Debug, Serialize)]
pub struct Row {
    pub country: String,
    pub locale: String,
    pub total: usize,
    pub source: usize,
    pub reviewed: usize,
    pub draft: usize,
    pub stale: usize,
    pub missing: usize,
    pub items: Vec<Item>,
}

pub fn run(args: &StatusArgs) -> Result<()> {
    let mut diags = Diagnostics::new();
    let campaign = super::build::load_campaign(&args.campaign, &mut diags)?;
    let selected = super::build::select(&campaign, &args.countries)?;
    let rows = coverage(&campaign, &selected);
    match args.format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&rows).unwrap_or_default()),
        Format::Text => print!("{}", table(&rows)),
    }
    gate(&rows, &args.fail_on)
}

/// Coverage of the selected countries, in their locales' order.
pub fn coverage(campaign: &Campaign, selected: &[usize]) -> Vec<Row> {
    let mut rows = Vec::new();
    for &i in selected {
        let country = &campaign.countries[i];
        let docs: Vec<&Document> = campaign.lessons_of(country).into_iter().chain(campaign.pages.values()).collect();
        for locale in &country.locales {
            let items: Vec<Item> = docs.iter().map(|d| item(d, locale)).collect();
            let count = |s: State| items.iter().filter(|i| i.state == s).count();
            rows.push(Row {
                country: country.cc.clone(),
                locale: locale.clone(),
                total: items.len(),
                source: count(State::Source),
                reviewed: count(State::Reviewed),
                draft: count(State::Draft),
                stale: items.iter().filter(|i| i.stale).count(),
                missing: count(State::Missing),
                items,
            });
        }
    }
    rows
}

fn item(doc: &Document, locale: &str) -> Item {
    let source_hash = doc.source().hash.clone();
    let Some(file) = doc.files.get(locale) else {
        return Item { slug: doc.slug.clone(), state: State::Missing, stale: false, source_hash };
    };
    let state = if file.front.source_locale.is_none() {
        State::Source
    } else if lesson::is_draft(file) {
        State::Draft
    } else {
        State::Reviewed
    };
    Item { slug: doc.slug.clone(), state, stale: doc.is_stale(file), source_hash }
}

/// The table, then, per locale, the lessons to translate or update.
pub fn table(rows: &[Row]) -> String {
    let mut out = format!(
        "{:<8} {:<8} {:>6} {:>7} {:>9} {:>6} {:>6} {:>8}\n",
        "country", "locale", "total", "source", "reviewed", "draft", "stale", "missing"
    );
    for r in rows {
        out.push_str(&format!(
            "{:<8} {:<8} {:>6} {:>7} {:>9} {:>6} {:>6} {:>8}\n",
            r.country, r.locale, r.total, r.source, r.reviewed, r.draft, r.stale, r.missing
        ));
    }
    let mut todo: BTreeMap<&str, BTreeMap<&str, String>> = BTreeMap::new();
    for r in rows {
        for i in &r.items {
            let what = match (i.state, i.stale) {
                (State::Missing, _) => "missing",
                (_, true) => "stale",
                _ => continue,
            };
            todo.entry(&r.locale).or_default().insert(&i.slug, format!("{what}, source_hash {}", i.source_hash));
        }
    }
    if !todo.is_empty() {
        out.push_str("\nTo translate or update (slug: state, the source_hash to record):\n");
        for (locale, items) in todo {
            out.push_str(&format!("  {locale}\n"));
            for (slug, what) in items {
                out.push_str(&format!("    {slug}: {what}\n"));
            }
        }
    }
    out
}

fn gate(rows: &[Row], gates: &[Gate]) -> Result<()> {
    let missing: usize = rows.iter().map(|r| r.missing).sum();
    let stale: usize = rows.iter().map(|r| r.stale).sum();
    let mut failed = Vec::new();
    if gates.contains(&Gate::Missing) && missing > 0 {
        failed.push(format!("{missing} missing translation(s)"));
    }
    if gates.contains(&Gate::Stale) && stale > 0 {
        failed.push(format!("{stale} stale translation(s)"));
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(Error::Gate(failed.join(" and ")))
    }
}
