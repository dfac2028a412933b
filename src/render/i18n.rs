//! Interface text: one Fluent bundle per locale, built once and shared across threads, and
//! lookups that walk a locale's fallback chain.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use rustc_hash::FxHashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::error::{Diagnostic, Diagnostics, Location};
use crate::load::FtlFile;
use crate::model::Campaign;

/// Every locale's bundle, and every locale's chain.
pub struct I18n {
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    chains: HashMap<String, Vec<String>>,
    /// Messages that need no arguments, formatted once, by locale and key: most of a page's
    /// interface text is the same on every page of its locale. Read without locks by every
    /// thread (a lock taken for each message cost more than formatting saved).
    plain: HashMap<String, FxHashMap<String, String>>,
}

/// A message that could not be formatted.
#[derive(Debug)]
pub enum Missing {
    /// No locale of the chain has the key.
    Key { key: String, chain: Vec<String> },
    /// The message exists, but formatting it failed (a missing argument, say).
    Format { key: String, locale: String, errors: String },
    /// A page needed a content file that was not rendered first (a bug in haven).
    NotRendered(std::path::PathBuf),
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Missing::Key { key, chain } => write!(f, "no interface text `{key}` in any of {}", chain.join(" → ")),
            Missing::Format { key, locale, errors } => write!(f, "interface text `{key}` ({locale}): {errors}"),
            Missing::NotRendered(path) => {
                write!(f, "internal error: {} was not rendered before its page", path.display())
            }
        }
    }
}

impl I18n {
    /// Build a bundle per locale. A message defined twice for one locale is an error.
    pub fn new(campaign: &Campaign, diags: &mut Diagnostics) -> I18n {
        let mut by_locale: BTreeMap<&str, Vec<&FtlFile>> = BTreeMap::new();
        for f in &campaign.ftl {
            by_locale.entry(f.locale.as_str()).or_default().push(f);
        }
        let mut bundles = HashMap::new();
        for (locale, files) in by_locale {
            bundles.insert(locale.to_owned(), bundle(locale, &files, diags));
        }
        let chains: HashMap<String, Vec<String>> =
            campaign.locales.values().map(|l| (l.tag.clone(), l.chain.clone())).collect();
        let mut i18n = I18n { bundles, chains, plain: HashMap::new() };
        i18n.plain = i18n.format_plain(campaign);
        i18n
    }

    /// Every message that needs no arguments, formatted for every locale, in parallel.
    fn format_plain(&self, campaign: &Campaign) -> HashMap<String, FxHashMap<String, String>> {
        use rayon::prelude::*;
        let mut ids: HashMap<&str, Vec<String>> = HashMap::new();
        for f in &campaign.ftl {
            ids.entry(f.locale.as_str())
                .or_default()
                .extend(crate::load::locales::message_ids(f).into_iter().map(|(id, _)| id));
        }
        self.chains
            .par_iter()
            .map(|(tag, chain)| {
                let keys: BTreeSet<&String> = chain.iter().filter_map(|t| ids.get(t.as_str())).flatten().collect();
                let texts = keys
                    .into_iter()
                    .filter_map(|key| self.format_uncached(tag, key, None).ok().map(|text| (key.clone(), text)))
                    .collect();
                (tag.clone(), texts)
            })
            .collect()
    }

    /// The chain for a locale (the locale alone when it is unknown).
    pub fn chain(&self, locale: &str) -> Cow<'_, [String]> {
        match self.chains.get(locale) {
            Some(chain) => Cow::Borrowed(chain),
            None => Cow::Owned(vec![locale.to_owned()]),
        }
    }

    /// Format `key` for `locale`, walking its fallback chain.
    pub fn format(&self, locale: &str, key: &str, args: Option<&FluentArgs>) -> Result<String, Missing> {
        let plain = args.is_none_or(|a| a.iter().next().is_none());
        match self.plain.get(locale).and_then(|texts| texts.get(key)) {
            Some(text) if plain => Ok(text.clone()),
            _ => self.format_uncached(locale, key, args),
        }
    }

    fn format_uncached(&self, locale: &str, key: &str, args: Option<&FluentArgs>) -> Result<String, Missing> {
        let chain = self.chain(locale);
        for tag in chain.iter() {
            let Some(bundle) = self.bundles.get(tag) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            return format_guarded(bundle, pattern, args).map_err(|errors| Missing::Format {
                key: key.to_owned(),
                locale: tag.clone(),
                errors,
            });
        }
        Err(Missing::Key { key: key.to_owned(), chain: chain.into_owned() })
    }

    /// Format with string arguments, for Rust callers.
    pub fn format_with(&self, locale: &str, key: &str, args: &[(&str, &str)]) -> Result<String, Missing> {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, FluentValue::from(*v));
        }
        self.format(locale, key, Some(&fa))
    }
}

/// Format a pattern; a formatting error, or a panic inside fluent-bundle (0.16 reaches an
/// `unreachable!` while reporting some cyclic references, as the fuzzer found), is an error.
pub fn format_guarded<R, M>(
    bundle: &fluent_bundle::bundle::FluentBundle<R, M>,
    pattern: &fluent_syntax::ast::Pattern<&str>,
    args: Option<&FluentArgs>,
) -> Result<String, String>
where
    R: std::borrow::Borrow<FluentResource>,
    M: fluent_bundle::memoizer::MemoizerKind,
{
    let run = std::panic::AssertUnwindSafe(|| {
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
        (text, errors.iter().map(ToString::to_string).collect::<Vec<_>>())
    });
    match std::panic::catch_unwind(run) {
        Ok((text, errors)) if errors.is_empty() => Ok(text),
        Ok((_, errors)) => Err(errors.join("; ")),
        Err(_) => Err("the message cannot be formatted (it refers to itself in a way Fluent cannot report)".to_owned()),
    }
}

fn bundle(locale: &str, files: &[&FtlFile], diags: &mut Diagnostics) -> FluentBundle<FluentResource> {
    let langid = locale.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    let mut defined: HashMap<String, Location> = HashMap::new();
    for file in files {
        for (id, line) in crate::load::locales::message_ids(file) {
            let here = Location::at(&file.path, line, 1);
            if let Some(first) = defined.get(&id) {
                diags.push(
                    Diagnostic::error(format!("`{id}` is defined twice for `{locale}` (first at {first})")).at(here),
                );
            } else {
                defined.insert(id, here);
            }
        }
        let copy = FluentResource::try_new(file.resource.source().to_owned()).unwrap_or_else(|(r, _)| r);
        bundle.add_resource_overriding(copy);
    }
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An input the fuzzer found on which fluent-bundle 0.16 panics while formatting.
    #[test]
    fn a_message_fluent_cannot_format_is_an_error_not_a_crash() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions/fluent-unreachable.ftl");
        let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
        let resource = FluentResource::try_new(text).unwrap_or_else(|(r, _)| r);
        let ids: Vec<String> = resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect();
        let mut bundle = fluent_bundle::FluentBundle::new(vec!["en".parse().unwrap()]);
        bundle.add_resource_overriding(resource);
        let mut failed = 0;
        for id in ids {
            if let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) {
                failed += usize::from(format_guarded(&bundle, pattern, None).is_err());
            }
        }
        assert!(failed > 0);
    }
}
