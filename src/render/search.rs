//! The offline search index: one classic script per country and locale, since pages opened
//! from `file://` cannot `fetch`, import modules or load WASM.
//!
//! Text is cut into words with ICU4X's segmenter (dictionaries for Thai, Lao, Khmer, Burmese,
//! Chinese and Japanese; Unicode word rules elsewhere); the browser cuts the query with
//! `Intl.Segmenter` and folds case and diacritics of both sides with the same code. The index is
//! the text itself, stored once: a vocabulary of tokens (a word with the spaces and punctuation
//! after it) and each page's title, summary and body as a string of fixed-width token numbers.
//! That keeps it smaller than the text it indexes, while snippets can still be cut from it.

use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::WordSegmenter;

mod bits;
mod ids;

use std::ops::Range;

use ids::Ids;

/// Characters that encode token numbers: printable ASCII without `"` and `\`, so the encoded
/// strings need no escaping in JSON.
const ALPHABET: &[u8] = b"!#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";

/// The word-like segments of `text` (words, numbers, CJK and Thai words).
pub fn words(text: &str) -> Vec<&str> {
    segments(text).into_iter().filter(|(_, word)| *word).map(|(s, _)| s).collect()
}

/// Every segment of `text`, with whether it is word-like. Text in scripts that separate words
/// with spaces takes a fast path that follows the same Unicode word rules for them; the others
/// (Thai, Lao, Khmer, Burmese, Chinese, Japanese) need ICU4X's dictionaries.
fn segments(text: &str) -> Vec<(&str, bool)> {
    if has_dictionary_script(text) {
        icu_segments(text)
    } else {
        simple_segments(text)
    }
}

/// Characters of scripts written without spaces between words.
fn needs_dictionary(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF     // Thai, Lao
        | 0x1000..=0x109F   // Myanmar
        | 0x1780..=0x17FF   // Khmer
        | 0x19E0..=0x19FF   // Khmer symbols
        | 0x2E80..=0x2FDF   // CJK radicals
        | 0x3005..=0x3007 | 0x3021..=0x3029 | 0x3031..=0x303C
        | 0x3040..=0x30FF   // Hiragana, Katakana
        | 0x31F0..=0x31FF
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F
        | 0x20000..=0x3FFFF)
}

/// A letter, digit or combining mark: the stuff of words.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        c.is_alphanumeric() || is_mark(c)
    }
}

/// Whether `text` has characters of a script written without spaces. Those scripts all lie at
/// U+0E00 or above, three bytes or more in UTF-8, so most text is ruled out by its bytes alone.
fn has_dictionary_script(text: &str) -> bool {
    has_three_byte_chars(text.as_bytes()) && text.chars().any(needs_dictionary)
}

/// Whether `bytes` hold a byte of 0xE0 or above (the first byte of a character of three bytes
/// or more), eight bytes at a time: such a byte has its top three bits set.
fn has_three_byte_chars(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    let high = 0x8080_8080_8080_8080_u64;
    let found = chunks.by_ref().any(|c| {
        let x = u64::from_le_bytes(c.try_into().unwrap_or_default());
        x & (x << 1) & (x << 2) & high != 0
    });
    found || chunks.remainder().iter().any(|&b| b >= 0xE0)
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C..=0x200D | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Unicode word rules (UAX #29) as they apply to space-separated scripts: a word is a run of
/// letters, digits and marks, which an apostrophe, a middle dot, a colon or a full stop joins
/// when letters stand on both sides, and a comma, full stop or semicolon joins between digits.
fn simple_segments(text: &str) -> Vec<(&str, bool)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start = chars[i].0;
        if is_word_char(chars[i].1) {
            let mut j = i + 1;
            loop {
                while j < chars.len() && is_word_char(chars[j].1) {
                    j += 1;
                }
                let joined = j + 1 < chars.len() && joins(chars[j - 1].1, chars[j].1, chars[j + 1].1);
                if !joined {
                    break;
                }
                j += 2;
            }
            let end = chars.get(j).map_or(text.len(), |c| c.0);
            out.push((&text[start..end], true));
            i = j;
        } else {
            let end = chars.get(i + 1).map_or(text.len(), |c| c.0);
            out.push((&text[start..end], false));
            i += 1;
        }
    }
    out
}

/// Whether `mid` between `before` and `after` keeps them in one word.
fn joins(before: char, mid: char, after: char) -> bool {
    let letter = |c: char| c.is_alphabetic() || is_mark(c);
    match mid {
        '\'' | '’' | '.' => (letter(before) && letter(after)) || (before.is_numeric() && after.is_numeric()),
        ':' | '·' | '\u{0387}' | '\u{05F4}' | '\u{2027}' | '\u{FE13}' | '\u{FE55}' | '\u{FF1A}' => {
            letter(before) && letter(after)
        }
        ',' | ';' | '\u{066C}' | '\u{FE50}' | '\u{FE54}' | '\u{FF0C}' | '\u{FF1B}' => {
            before.is_numeric() && after.is_numeric()
        }
        _ => false,
    }
}

fn icu_segments(text: &str) -> Vec<(&str, bool)> {
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
    let mut out = Vec::new();
    for_each_token(text, &mut bits::Masks::default(), |at| out.push(&text[at]));
    out
}

/// Call `f` with where each token of `text` lies, in order, without collecting them; `masks`
/// is scratch space for the fast path of space-separated scripts.
fn for_each_token(text: &str, masks: &mut bits::Masks, mut f: impl FnMut(Range<usize>)) {
    if masks.tokens(text, &mut f) {
        return;
    }
    let mut start = 0;
    let mut seen_word = false;
    let mut end = 0;
    for (segment, word) in segments(text) {
        if word && seen_word {
            f(start..end);
            start = end;
        }
        seen_word |= word;
        end += segment.len();
    }
    if end > start {
        f(start..end);
    }
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

/// One page of an index, tokenized.
struct Doc {
    /// Token numbers of the title, the summary and the body.
    tokens: [Vec<u32>; 3],
    /// The same, encoded with the current width.
    encoded: [String; 3],
    url: String,
    /// The rest of the page's JSON object: `"u":…,"m":…,"l":…` and `"f":…` when shown in
    /// another language.
    fields: String,
}

impl Doc {
    fn encode(&mut self, width: usize) {
        self.encoded = [0, 1, 2].map(|k| encode(&self.tokens[k], width));
    }
}

/// A country's locale's index, which can take one changed page without being built again:
/// `haven serve` keeps one for each index.
pub struct Index {
    lang: String,
    vocab: Vocab,
    ids: Ids,
    width: usize,
    docs: Vec<Doc>,
    /// "N lessons match your search", for N = 0 ..= the number of pages, in the page's language.
    results: Vec<String>,
    masks: bits::Masks,
}

impl Index {
    pub fn new(lang: &str, entries: Vec<Entry>, results: Vec<String>) -> Index {
        let mut index = Index {
            lang: lang.to_owned(),
            vocab: Vocab::default(),
            ids: Ids::default(),
            width: 1,
            docs: Vec::new(),
            results,
            masks: bits::Masks::default(),
        };
        index.docs = entries.iter().map(|e| index.doc(e)).collect();
        index.reencode();
        index
    }

    /// Replace the page at `entry.url`; `false` when the index has no such page. The index is
    /// then the one [`Index::new`] makes of the same pages, and writes the same script.
    pub fn replace(&mut self, entry: &Entry) -> bool {
        let Some(at) = self.docs.iter().position(|d| d.url == entry.url) else { return false };
        let doc = self.doc(entry);
        self.docs[at] = doc;
        self.renumber(at);
        true
    }

    /// Number the vocabulary again in the order of first use, dropping tokens no page uses any
    /// more, as [`Index::new`] numbers it; encode again the pages whose numbers changed, and
    /// the page at `fresh`.
    fn renumber(&mut self, fresh: usize) {
        const NONE: u32 = u32::MAX;
        let mut map = vec![NONE; self.vocab.len()];
        let mut next = 0;
        let mut changed = vec![false; self.docs.len()];
        changed[fresh] = true;
        for (doc, changed) in self.docs.iter_mut().zip(&mut changed) {
            for id in doc.tokens.iter_mut().flatten() {
                let new = &mut map[*id as usize];
                if *new == NONE {
                    *new = next;
                    next += 1;
                }
                *changed |= *new != *id;
                *id = *new;
            }
        }
        let mut spans = vec![(0, 0); next as usize];
        for (span, &new) in self.vocab.spans.iter().zip(&map) {
            if new != NONE {
                spans[new as usize] = *span;
            }
        }
        self.ids.retain(|id| {
            *id = map[*id as usize];
            *id != NONE
        });
        self.vocab.spans = spans;
        let width = width_for(self.vocab.len());
        for (doc, changed) in self.docs.iter_mut().zip(changed) {
            if changed || width != self.width {
                doc.encode(width);
            }
        }
        self.width = width;
    }

    /// The script: `window.HAVEN_SEARCH={…};`.
    pub fn script(&self) -> String {
        let json = |s: &str| serde_json::to_string(s).unwrap_or_default();
        let size: usize =
            self.docs.iter().map(|d| d.encoded.iter().map(String::len).sum::<usize>() + d.fields.len() + 24).sum();
        let mut out = String::with_capacity(size + self.vocab.text.len() + 3 * self.vocab.len() + 256);
        out.push_str(&format!("window.HAVEN_SEARCH={{\"lang\":{},\"w\":{},\"v\":[", json(&self.lang), self.width));
        for i in 0..self.vocab.len() {
            if i > 0 {
                out.push(',');
            }
            push_json_string(&mut out, self.vocab.get(i));
        }
        out.push_str("],\"d\":[");
        for (i, d) in self.docs.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            // The encoded strings use no character that JSON escapes.
            out.push_str(&format!(
                "{{\"t\":\"{}\",\"s\":\"{}\",\"b\":\"{}\",{}}}",
                d.encoded[0], d.encoded[1], d.encoded[2], d.fields
            ));
        }
        out.push_str("],\"r\":");
        out.push_str(&serde_json::to_string(&self.results).unwrap_or_default());
        out.push_str("};\n");
        out
    }

    fn doc(&mut self, e: &Entry) -> Doc {
        let tokens = [&e.title, &e.summary, &e.body].map(|text| {
            let mut list = Vec::with_capacity(text.len() / 5);
            for_each_token(text, &mut self.masks, |at| {
                list.push(self.ids.get_or_insert(text, at, |token| self.vocab.push(token)));
            });
            list.shrink_to_fit();
            list
        });
        let mut fields = format!(
            "\"u\":{},\"m\":{},\"l\":{}",
            serde_json::to_string(&e.url).unwrap_or_default(),
            serde_json::to_string(&e.meta).unwrap_or_default(),
            serde_json::to_string(&e.lang).unwrap_or_default()
        );
        if let Some(f) = &e.shown_in {
            fields.push_str(&format!(",\"f\":{}", serde_json::to_string(f).unwrap_or_default()));
        }
        Doc { tokens, encoded: Default::default(), url: e.url.clone(), fields }
    }

    fn reencode(&mut self) {
        self.width = width_for(self.vocab.len());
        let width = self.width;
        for doc in &mut self.docs {
            doc.encode(width);
        }
    }
}

/// The tokens, numbered, in one string: a few thousand small strings allocated one by one
/// were a fifth of the time indexing took. A token renumbered away leaves its text unused.
#[derive(Default)]
struct Vocab {
    text: String,
    /// Start and end of each token in `text`.
    spans: Vec<(u32, u32)>,
}

impl Vocab {
    fn push(&mut self, token: &str) -> u32 {
        let start = self.text.len() as u32;
        self.text.push_str(token);
        self.spans.push((start, self.text.len() as u32));
        self.spans.len() as u32 - 1
    }

    fn get(&self, id: usize) -> &str {
        let (start, end) = self.spans[id];
        &self.text[start as usize..end as usize]
    }

    fn len(&self) -> usize {
        self.spans.len()
    }
}

/// `text` as a JSON string.
fn push_json_string(out: &mut String, text: &str) {
    out.push('"');
    if !text.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20) {
        out.push_str(text);
    } else {
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
    }
    out.push('"');
}

/// The index script for one country and locale.
pub fn script(lang: &str, entries: Vec<Entry>, results: Vec<String>) -> String {
    Index::new(lang, entries, results).script()
}

/// Token numbers as fixed-width strings of [`ALPHABET`] characters. Widths of up to three (up
/// to 778,688 tokens) take two digits at a time from a table.
fn encode(ids: &[u32], width: usize) -> String {
    const BASE: usize = ALPHABET.len();
    let mut out = Vec::with_capacity(ids.len() * width);
    for &id in ids {
        let n = id as usize;
        match width {
            1 => out.push(ALPHABET[n % BASE]),
            2 => out.extend_from_slice(&PAIRS[n % (BASE * BASE)]),
            3 => {
                out.push(ALPHABET[n / (BASE * BASE) % BASE]);
                out.extend_from_slice(&PAIRS[n % (BASE * BASE)]);
            }
            _ => out.extend((0..width).rev().map(|place| ALPHABET[n / BASE.pow(place as u32) % BASE])),
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Every two-digit number in [`ALPHABET`] characters.
static PAIRS: [[u8; 2]; ALPHABET.len() * ALPHABET.len()] = {
    let base = ALPHABET.len();
    let mut pairs = [[0; 2]; ALPHABET.len() * ALPHABET.len()];
    let mut n = 0;
    while n < base * base {
        pairs[n] = [ALPHABET[n / base], ALPHABET[n % base]];
        n += 1;
    }
    pairs
};

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
    fn the_fast_path_cuts_words_as_icu4x_does() {
        for text in [
            "Don't panic: e.g. it's 3.5 or 1,000 — l'école, naïve co-operation; snake_case x·y U.S.A.",
            "Це ніколи не твоя провина, обіцяю! Δεν φταις εσύ. ეს შენი ბრალი არ არის.",
            "İstanbul'da, ışık; Źródło: zgłoś to! Ärger über Öl",
            "학교 상담 선생님에게 말해요. 1388번으로 전화해요.",
        ] {
            let icu: Vec<&str> = icu_segments(text).into_iter().filter(|s| s.1).map(|s| s.0).collect();
            let fast: Vec<&str> = simple_segments(text).into_iter().filter(|s| s.1).map(|s| s.0).collect();
            assert_eq!(fast, icu, "{text}");
        }
    }

    /// Tokens as [`simple_segments`] cuts them, one character at a time: the reference for
    /// the bit-mask tokenizer.
    fn tokens_from_segments(text: &str) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let (mut start, mut seen, mut end) = (0, false, 0);
        for (segment, word) in simple_segments(text) {
            if word && seen {
                out.push(&text[start..end]);
                start = end;
            }
            seen |= word;
            end += segment.len();
        }
        if end > start {
            out.push(&text[start..end]);
        }
        out
    }

    #[test]
    fn one_pass_tokens_match_the_segments() {
        for text in ["Don't panic: e.g. it's 3.5 or 1,000 — l'école", "  «hi» there.", "x", "", "a.b. c"] {
            assert_eq!(tokens(text), tokens_from_segments(text), "{text:?}");
        }
    }

    #[test]
    fn bit_mask_tokens_match_the_segments_on_mixed_text() {
        // Pieces that sit on either side of every rule: joiners between letters, digits and
        // others, characters of two, three and four bytes, marks, and block edges.
        let pieces = [
            "a", "Z", "9", "_", " ", "'", ".", ":", ",", ";", "-", "é", "ß", "’", "·", "—", "«", "\u{301}", "İ", "ж",
            "٬", "\n", "!", "𝐀", "ab", "12", "\u{200D}", "\u{FF1A}", "\u{FE50}",
        ];
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let mut masks = bits::Masks::default();
        for _ in 0..3000 {
            let len = next(300);
            let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            let mut fast = Vec::new();
            assert!(masks.tokens(&text, |at| fast.push(&text[at])));
            assert_eq!(fast, tokens_from_segments(&text), "{text:?}");
        }
    }

    /// Every Markdown file of the shipped campaign, with its text.
    fn shipped_texts() -> Vec<(std::path::PathBuf, String)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        walkdir::WalkDir::new(root)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
            .map(|e| (e.path().to_path_buf(), std::fs::read_to_string(e.path()).unwrap()))
            .collect()
    }

    #[test]
    fn bit_mask_tokens_match_the_segments_on_every_shipped_text() {
        let mut checked = 0;
        for (path, text) in shipped_texts() {
            if has_dictionary_script(&text) {
                assert!(!bits::Masks::default().tokens(&text, |_| {}), "{}", path.display());
                continue;
            }
            assert_eq!(tokens(&text), tokens_from_segments(&text), "{}", path.display());
            checked += 1;
        }
        assert!(checked > 400, "{checked}");
    }

    #[test]
    fn the_fast_path_agrees_with_icu4x_on_every_shipped_text() {
        let mut checked = 0;
        for (path, text) in shipped_texts() {
            for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.chars().any(needs_dictionary)) {
                let icu: Vec<&str> = icu_segments(line).into_iter().filter(|s| s.1).map(|s| s.0).collect();
                let fast: Vec<&str> = simple_segments(line).into_iter().filter(|s| s.1).map(|s| s.0).collect();
                assert_eq!(fast, icu, "{}:{}", path.display(), n + 1);
                checked += 1;
            }
        }
        assert!(checked > 10_000, "{checked}");
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
        let js = script("en", vec![e], vec!["none".into(), "one".into()]);
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
    fn replacing_a_page_gives_the_index_built_afresh() {
        let entry = |url: &str, body: &str| Entry {
            title: "T".into(),
            summary: "S".into(),
            body: body.into(),
            url: url.into(),
            meta: "M".into(),
            lang: "en".into(),
            shown_in: None,
        };
        let mut index = Index::new("en", vec![entry("a", "one two"), entry("b", "three")], vec!["r".into()]);
        assert!(index.replace(&entry("b", "four five")));
        assert!(!index.replace(&entry("c", "six")));
        let fresh = Index::new("en", vec![entry("a", "one two"), entry("b", "four five")], vec!["r".into()]);
        let decode = |js: &str| {
            let json: serde_json::Value =
                serde_json::from_str(js.trim_start_matches("window.HAVEN_SEARCH=").trim_end().trim_end_matches(';'))
                    .unwrap();
            let w = json["w"].as_u64().unwrap() as usize;
            let v: Vec<String> = json["v"].as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_owned()).collect();
            json["d"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| {
                    d["b"]
                        .as_str()
                        .unwrap()
                        .as_bytes()
                        .chunks(w)
                        .map(|c| {
                            v[c.iter()
                                .fold(0, |n, ch| n * ALPHABET.len() + ALPHABET.iter().position(|a| a == ch).unwrap())]
                            .clone()
                        })
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(decode(&index.script()), decode(&fresh.script()));
        assert_eq!(decode(&index.script()), ["one two", "four five"]);
        assert_eq!(index.script(), fresh.script(), "the same bytes as an index built afresh");
        assert!(index.replace(&entry("a", "four six")));
        let fresh = Index::new("en", vec![entry("a", "four six"), entry("b", "four five")], vec!["r".into()]);
        assert_eq!(index.script(), fresh.script());
        // Across a change of width, both ways.
        let many: String = (0..120).map(|n| format!("w{n} ")).collect();
        for body in [many.as_str(), "one"] {
            assert!(index.replace(&entry("b", body)));
            let fresh = Index::new("en", vec![entry("a", "four six"), entry("b", body)], vec!["r".into()]);
            assert_eq!(index.script(), fresh.script());
        }
    }

    #[test]
    fn three_byte_characters_are_found_at_any_offset() {
        assert!(!has_three_byte_chars("plain ASCII text, and more of it".as_bytes()));
        assert!(!has_three_byte_chars("Żółć, Ελληνικά, кириллица".as_bytes()));
        for at in 0..20 {
            let text = format!("{}ქ{}", "a".repeat(at), "b".repeat(20 - at));
            assert!(has_three_byte_chars(text.as_bytes()), "at {at}");
        }
        assert!(has_three_byte_chars("ab\u{E00}".as_bytes()));
    }

    #[test]
    fn json_strings_match_serde_json() {
        for text in ["plain", "a \"quoted\" word", "back\\slash", "new\nline\ttab\u{1}", "Žluť ქართ 日本"] {
            let mut out = String::new();
            push_json_string(&mut out, text);
            assert_eq!(serde_json::from_str::<String>(&out).unwrap(), text);
        }
    }

    #[test]
    fn numbers_are_encoded_digit_by_digit_at_every_width() {
        let decode = |code: &[u8]| code.iter().fold(0, |n, c| n * 92 + ALPHABET.iter().position(|a| a == c).unwrap());
        for width in 1..=4 {
            let ids: Vec<u32> = [0, 1, 91, 92, 93, 8463, 8464, 778_687, 778_688, 5_000_000]
                .into_iter()
                .filter(|&id| (id as usize) < 92usize.pow(width as u32))
                .collect();
            let code = encode(&ids, width);
            assert_eq!(code.len(), ids.len() * width);
            let back: Vec<u32> = code.as_bytes().chunks(width).map(|c| decode(c) as u32).collect();
            assert_eq!(back, ids, "width {width}");
        }
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
