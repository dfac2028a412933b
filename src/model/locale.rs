//! Locales: fallback chains and writing direction.

use std::collections::BTreeMap;

/// Text direction of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// The direction a locale is written in, from its script or its language.
pub fn direction(tag: &str) -> Direction {
    const RTL_SCRIPTS: [&str; 6] = ["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm"];
    const RTL_LANGUAGES: [&str; 12] = ["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug", "prs", "syr"];
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    let script = parts.find(|p| p.len() == 4);
    let rtl = match script {
        Some(s) => RTL_SCRIPTS.contains(&s),
        None => RTL_LANGUAGES.contains(&language),
    };
    if rtl {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

/// The locales to try, in order, for `tag`: the tag itself, then its explicit fallbacks (or,
/// without any, the tag with its last subtag removed, repeatedly), then the default locale.
pub fn chain(tag: &str, explicit: &BTreeMap<String, Vec<String>>, default: &str) -> Vec<String> {
    let mut chain = vec![tag.to_owned()];
    match explicit.get(tag) {
        Some(list) => chain.extend(list.iter().cloned()),
        None => {
            let mut t = tag;
            while let Some(i) = t.rfind('-') {
                t = &t[..i];
                chain.push(t.to_owned());
            }
        }
    }
    chain.push(default.to_owned());
    let mut seen = std::collections::HashSet::new();
    chain.retain(|l| seen.insert(l.clone()));
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn implicit_chains_strip_subtags() {
        let none = BTreeMap::new();
        assert_eq!(chain("fr-BE", &none, "en"), ["fr-BE", "fr", "en"]);
        assert_eq!(chain("sr-Latn", &none, "en"), ["sr-Latn", "sr", "en"]);
        assert_eq!(chain("en", &none, "en"), ["en"]);
    }

    #[test]
    fn explicit_chains_win() {
        let mut explicit = BTreeMap::new();
        explicit.insert("cnr".to_owned(), vec!["sr-Latn".to_owned(), "sr".to_owned()]);
        assert_eq!(chain("cnr", &explicit, "en"), ["cnr", "sr-Latn", "sr", "en"]);
    }

    #[test]
    fn directions() {
        assert_eq!(direction("ar"), Direction::Rtl);
        assert_eq!(direction("ar-Latn"), Direction::Ltr);
        assert_eq!(direction("ku-Arab"), Direction::Rtl);
        assert_eq!(direction("fr"), Direction::Ltr);
        assert_eq!(direction("he-IL"), Direction::Rtl);
    }
}
