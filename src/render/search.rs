//! The offline search index: one classic script per country and locale, since pages opened
//! from `file://` cannot `fetch`, import modules or load WASM.
//!
//! Text is cut into words with ICU4X's segmenter (dictionaries for Thai, Lao, Khmer, Burmese,
//! Chinese and Japanese; Unicode word rules elsewhere); the browser cuts the query with
//! `Intl.Segmenter` and folds case and diacritics of both sides with the same code. The index is
//! the text itself, stored once: a vocabulary of tokens (a word with the spaces and punctuation
//! after it) and each page's title, summary and body as a string of fixed-width token numbers.
//! That keeps it smaller than the text it indexes, while snippets can still be cut from it.

use std::collections::HashMap;

use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::WordSegmenter;
use serde::Serialize;

/// Characters that encode token numbers: printable ASCII without `"` and `\`, so the encoded
/// strings need no escaping in JSON.
const ALPHABET: &[u8] = b"!#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";

/// The word-like segments of `text` (words, numbers, CJK and Thai words).
pub fn words(text: &str) -> Vec<&str> {
    segments(text).into_iter().filter(|(_, word)| *word).map(|(s, _)| s).collect()
}

/// Every segment of `text`, with whether it is word-like.
fn segments(text: &str) -> Vec<(&str, bool)> {
    let segmenter = WordSegmenter::new_auto(WordBreakInvariantOptions::default());
    let mut out = Vec::new();
    let mut last = 0;
    for (i, kind) in segmenter.segment_str(text).iter_with_word_type() {
        if i > last {
            out.push((&text[last..i], kind.is_word_like()));
        }
        last = i;
    }
    out
}

/// Tokens: each word with the spaces and punctuation that follow it; text before the first word
/// is a token of its own. Concatenated, the tokens are the text.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut start = 0;
    let mut seen_word = false;
    let mut end = 0;
    for (segment, word) in segments(text) {
        if word && seen_word {
            out.push(&text[start..end]);
            start = end;
        }
        seen_word |= word;
        end += segment.len();
    }
    if end > start {
        out.push(&text[start..end]);
    }
    out
}

/// One page in the index.
pub struct Entry {
    pub title: String,
    pub summary: String,
    /// Headings and body text.
    pub body: String,
    /// Relative to the locale's folder: `lessons/x/index.html`.
    pub url: String,
    /// Topic and age band, in the page's language.
    pub meta: String,
    /// The language the text is in.
    pub lang: String,
    /// "Shown in …", when that is not the page's language.
    pub shown_in: Option<String>,
}

#[derive(Serialize)]
struct Doc<'a> {
    t: String,
    s: String,
    b: String,
    u: &'a str,
    m: &'a str,
    l: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    f: Option<&'a str>,
}

#[derive(Serialize)]
struct Index<'a> {
    /// The page's language, for `Intl.Segmenter` and case folding.
    lang: &'a str,
    /// Width of a token number, in characters.
    w: usize,
    /// The vocabulary.
    v: Vec<&'a str>,
    d: Vec<Doc<'a>>,
    /// "N lessons match your search", for N = 0 ..= the number of pages, in the page's language.
    r: &'a [String],
}

/// The index script for one country and locale.
pub fn script(lang: &str, entries: &[Entry], results: &[String]) -> String {
    let mut vocab: Vec<&str> = Vec::new();
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let tokenized: Vec<[Vec<usize>; 3]> = entries
        .iter()
        .map(|e| {
            [&e.title, &e.summary, &e.body].map(|text| {
                tokens(text)
                    .into_iter()
                    .map(|t| {
                        *ids.entry(t).or_insert_with(|| {
                            vocab.push(t);
                            vocab.len() - 1
                        })
                    })
                    .collect()
            })
        })
        .collect();
    let width = width_for(vocab.len());
    let encode = |list: &Vec<usize>| list.iter().map(|&id| encode_id(id, width)).collect::<String>();
    let docs = entries
        .iter()
        .zip(&tokenized)
        .map(|(e, [t, s, b])| Doc {
            t: encode(t),
            s: encode(s),
            b: encode(b),
            u: &e.url,
            m: &e.meta,
            l: &e.lang,
            f: e.shown_in.as_deref(),
        })
        .collect();
    let index = Index { lang, w: width, v: vocab, d: docs, r: results };
    format!("window.HAVEN_SEARCH={};\n", serde_json::to_string(&index).unwrap_or_default())
}

fn width_for(count: usize) -> usize {
    let base = ALPHABET.len();
    let mut width = 1;
    let mut capacity = base;
    while capacity < count {
        width += 1;
        capacity *= base;
    }
    width
}

fn encode_id(mut id: usize, width: usize) -> String {
    let base = ALPHABET.len();
    let mut out = vec![0u8; width];
    for slot in out.iter_mut().rev() {
        *slot = ALPHABET[id % base];
        id /= base;
    }
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_cyrillic_and_greek_split_on_spaces_and_punctuation() {
        assert_eq!(words("Tell an adult, today."), ["Tell", "an", "adult", "today"]);
        assert_eq!(words("Źródło: zgłoś to!"), ["Źródło", "zgłoś", "to"]);
        assert_eq!(words("Це ніколи не твоя провина."), ["Це", "ніколи", "не", "твоя", "провина"]);
        assert_eq!(words("Δεν φταις εσύ."), ["Δεν", "φταις", "εσύ"]);
        assert_eq!(words("ეს შენი ბრალი არ არის"), ["ეს", "შენი", "ბრალი", "არ", "არის"]);
    }

    #[test]
    fn thai_is_cut_into_words_without_spaces() {
        let w = words("ความปลอดภัยออนไลน์");
        assert!(w.len() >= 2, "{w:?}");
        assert_eq!(w.concat(), "ความปลอดภัยออนไลน์");
        assert!(w.contains(&"ความ") || w.contains(&"ความปลอดภัย"), "{w:?}");
    }

    #[test]
    fn khmer_is_cut_into_words() {
        let w = words("សុវត្ថិភាពលើអ៊ីនធឺណិត");
        assert!(w.len() >= 2, "{w:?}");
        assert_eq!(w.concat(), "សុវត្ថិភាពលើអ៊ីនធឺណិត");
    }

    #[test]
    fn japanese_and_chinese_are_cut_with_a_dictionary() {
        let w = words("子どものための相談窓口");
        assert!(w.len() >= 3, "{w:?}");
        assert!(w.contains(&"相談"), "{w:?}");
        let zh = words("儿童网络安全");
        assert!(zh.len() >= 2, "{zh:?}");
    }

    #[test]
    fn korean_splits_on_spaces() {
        assert_eq!(words("학교 상담 선생님"), ["학교", "상담", "선생님"]);
    }

    #[test]
    fn tokens_rebuild_the_text() {
        let text = "  Hello, world! Say «hi».";
        let t = tokens(text);
        assert_eq!(t.concat(), text);
        assert_eq!(t, ["  Hello, ", "world! ", "Say «", "hi»."]);
    }

    #[test]
    fn the_index_is_smaller_than_its_text_and_decodes() {
        let body = "Talk to a trusted adult. A trusted adult listens. ".repeat(40);
        let e = Entry {
            title: "Trusted adults".into(),
            summary: "Who can help.".into(),
            body: body.clone(),
            url: "lessons/a/index.html".into(),
            meta: "Grooming".into(),
            lang: "en".into(),
            shown_in: None,
        };
        let js = script("en", &[e], &["none".into(), "one".into()]);
        assert!(js.len() < body.len(), "{} >= {}", js.len(), body.len());
        let json: serde_json::Value =
            serde_json::from_str(js.trim_start_matches("window.HAVEN_SEARCH=").trim_end_matches(";\n")).unwrap();
        let w = json["w"].as_u64().unwrap() as usize;
        let vocab: Vec<&str> = json["v"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        let b = json["d"][0]["b"].as_str().unwrap().as_bytes();
        let decoded: String = b
            .chunks(w)
            .map(|c| c.iter().fold(0, |n, ch| n * ALPHABET.len() + ALPHABET.iter().position(|a| a == ch).unwrap()))
            .map(|id| vocab[id])
            .collect();
        assert_eq!(decoded, body);
    }

    #[test]
    fn widths() {
        assert_eq!(width_for(10), 1);
        assert_eq!(width_for(92), 1);
        assert_eq!(width_for(93), 2);
        assert_eq!(width_for(92 * 92 + 1), 3);
        assert_eq!(ALPHABET.len(), 92);
    }
}
