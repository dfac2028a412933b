//! `haven new lesson` and `haven new translation`: files with their front matter filled in.

use std::path::{Path, PathBuf};

use crate::cli::{NewLessonArgs, NewTranslationArgs};
use crate::error::{Diagnostics, Error, Result};
use crate::load;

/// Write a new lesson in the campaign's default locale.
pub fn lesson(args: &NewLessonArgs) -> Result<()> {
    if !load::is_slug(&args.slug) {
        return Err(Error::Usage(format!(
            "`{}` is not a valid slug: use lower-case letters a-z, digits and single hyphens",
            args.slug
        )));
    }
    for (what, value) in [("topic", &args.topic), ("age band", &args.age_band)] {
        if !load::is_slug(value) {
            return Err(Error::Usage(format!("`{value}` is not a valid {what}")));
        }
    }
    if !crate::model::lesson::AUDIENCES.contains(&args.audience.as_str()) {
        return Err(Error::Usage(format!(
            "unknown audience `{}`: use one of {}",
            args.audience,
            crate::model::lesson::AUDIENCES.join(", ")
        )));
    }
    let mut diags = Diagnostics::new();
    let campaign = super::build::load_campaign(&args.campaign, &mut diags)?;
    if campaign.lessons.contains_key(&args.slug) {
        return Err(Error::Usage(format!("lesson `{}` exists already", args.slug)));
    }
    let path = load::shown(&args.campaign, format!("content/lessons/{}/{}.md", args.slug, campaign.default_locale));
    let weight = campaign.lessons.values().filter_map(|d| d.meta.as_ref()).map(|m| m.weight).max().unwrap_or(0) + 10;
    let text = format!(
        "---\ntitle: {}\nsummary: {}\ntopic: {}\nage_band: \"{}\"\naudience: {}\nduration: 30\nweight: {weight}\n---\n\n\
         ## A first heading\n\nShort paragraphs, one idea each.\n\n\
         ## Where to get help\n\nTalk to an adult you trust. See [where to get help](@/pages/get-help).\n",
        quoted("A new lesson"),
        quoted("One or two sentences that say what the lesson is about."),
        args.topic,
        args.age_band,
        args.audience
    );
    create(&path, &text)?;
    println!("wrote {}: fill in the title, summary and text", path.display());
    Ok(())
}

/// Write a translation of a lesson or page, with the source's text to translate.
pub fn translation(args: &NewTranslationArgs) -> Result<()> {
    load::check_locale_tag(&args.locale)
        .map_err(|d| Error::Usage(format!("{} ({})", d.message, d.help.unwrap_or_default())))?;
    let mut diags = Diagnostics::new();
    let campaign = super::build::load_campaign(&args.campaign, &mut diags)?;
    let (folder, doc) = match (campaign.lessons.get(&args.slug), campaign.pages.get(&args.slug)) {
        (Some(d), _) => ("lessons", d),
        (None, Some(d)) => ("pages", d),
        (None, None) => return Err(Error::Usage(format!("no lesson or page `{}` in this campaign", args.slug))),
    };
    let source = doc.source();
    if source.locale == args.locale {
        return Err(Error::Usage(format!("`{}` is the source locale of `{}`", args.locale, args.slug)));
    }
    let path: PathBuf = load::shown(&args.campaign, format!("content/{folder}/{}/{}.md", args.slug, args.locale));
    let text = format!(
        "---\ntitle: {}\nsummary: {}\nsource_locale: {}\nsource_hash: {}\nstatus: draft\n---\n{}",
        quoted(&source.front.title),
        quoted(&source.front.summary),
        source.locale,
        source.hash,
        source.body().map_err(|d| Error::Invalid(vec![d]))?
    );
    create(&path, &text)?;
    println!(
        "wrote {}: translate the title, summary and text from {}; set `status: reviewed` once a native speaker has checked it",
        path.display(),
        source.locale
    );
    Ok(())
}

/// A YAML double-quoted scalar (JSON string syntax is valid YAML).
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// Create a file that must not exist yet.
fn create(path: &Path, text: &str) -> Result<()> {
    if path.exists() {
        return Err(Error::Usage(format!("{} exists already; haven does not overwrite it", path.display())));
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    std::fs::write(path, text).map_err(|e| Error::io(path, e))
}
