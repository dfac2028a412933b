//! Where words start in text of space-separated scripts, found as bit masks: one bit per byte,
//! 64 bytes to a mask, ASCII bytes classified eight at a time in a `u64`. Only what plain ASCII
//! cannot settle (a character of two or more bytes, a single byte between two word bytes) goes
//! through the character-by-character rules of [`super::is_word_char`] and [`super::joins`].
//! The cuts are those of the scalar tokenizer, which the tests check on mixed text.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Scratch masks for one text, kept between texts so that indexing allocates them once.
#[derive(Default)]
pub struct Masks {
    /// Bytes of word characters: letters, digits, marks and `_`.
    word: Vec<u64>,
    /// Bytes of characters outside ASCII.
    wide: Vec<u64>,
    /// ASCII punctuation that may join words: `'`, `,`, `.`, `:`, `;` and a few more.
    joiner: Vec<u64>,
    /// Word starts that a joining character before them cancels (`it's`, `3.5`).
    joined: Vec<u64>,
}

impl Masks {
    /// Call `f` with where each token of `text` lies: a word with the spaces and punctuation
    /// after it; text before the first word belongs to the first token. Together, the tokens
    /// cover the text. `false`, with no call, when `text` holds a script that needs a dictionary.
    pub fn tokens(&mut self, text: &str, mut f: impl FnMut(std::ops::Range<usize>)) -> bool {
        self.classify(text.as_bytes());
        if !self.widen(text) {
            return false;
        }
        self.join(text);
        let mut last = 0;
        let mut first = true;
        let mut carry = 0;
        for (k, (&word, &joined)) in self.word.iter().zip(&self.joined).enumerate() {
            let mut starts = word & !((word << 1) | carry) & !joined;
            carry = word >> 63;
            while starts != 0 {
                let at = k * 64 + starts.trailing_zeros() as usize;
                starts &= starts - 1;
                if !first {
                    f(last..at);
                    last = at;
                }
                first = false;
            }
        }
        if text.len() > last {
            f(last..text.len());
        }
        true
    }

    /// The ASCII word bytes and the wide bytes of every 64-byte block.
    fn classify(&mut self, bytes: &[u8]) {
        let blocks = bytes.len().div_ceil(64);
        for v in [&mut self.word, &mut self.wide, &mut self.joiner, &mut self.joined] {
            v.clear();
            v.resize(blocks, 0);
        }
        let mut chunks = bytes.chunks_exact(64);
        for (k, chunk) in chunks.by_ref().enumerate() {
            (self.word[k], self.wide[k], self.joiner[k]) = classify_block(chunk);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut padded = [0u8; 64];
            padded[..rest.len()].copy_from_slice(rest);
            (self.word[blocks - 1], self.wide[blocks - 1], self.joiner[blocks - 1]) = classify_block(&padded);
        }
    }

    /// Mark the bytes of wide word characters as word bytes, and cancel the word start after a
    /// wide joining character (`’`, `·`) that joins its neighbours. `false` at the first
    /// character of a script that needs a dictionary.
    fn widen(&mut self, text: &str) -> bool {
        for k in 0..self.wide.len() {
            let mut leads = self.wide[k];
            while leads != 0 {
                let at = k * 64 + leads.trailing_zeros() as usize;
                leads &= leads - 1;
                if !text.is_char_boundary(at) {
                    continue;
                }
                let Some(c) = text[at..].chars().next() else { continue };
                let end = at + c.len_utf8();
                if super::needs_dictionary(c) {
                    return false;
                }
                if super::is_word_char(c) {
                    (at..end).for_each(|i| set(&mut self.word, i));
                } else if joins_at(text, at, end) {
                    set(&mut self.joined, end);
                }
            }
        }
        true
    }

    /// Cancel the word start after a single ASCII joiner between two word bytes when the rules
    /// join the words around it (`it's`, `e.g`, `3.5`, `1,000`).
    fn join(&mut self, text: &str) {
        let n = self.word.len();
        for k in 0..n {
            let word = self.word[k];
            let before = (word << 1) | if k > 0 { self.word[k - 1] >> 63 } else { 0 };
            let after = (word >> 1) | if k + 1 < n { self.word[k + 1] << 63 } else { 0 };
            let mut gaps = self.joiner[k] & before & after;
            while gaps != 0 {
                let at = k * 64 + gaps.trailing_zeros() as usize;
                gaps &= gaps - 1;
                if joins_at(text, at, at + 1) {
                    set(&mut self.joined, at + 1);
                }
            }
        }
    }
}

/// Whether the character at `at..end` joins the characters on either side into one word.
fn joins_at(text: &str, at: usize, end: usize) -> bool {
    let before = text[..at].chars().next_back();
    let mid = text[at..end].chars().next();
    let after = text[end..].chars().next();
    match (before, mid, after) {
        (Some(b), Some(m), Some(a)) => super::joins(b, m, a),
        _ => false,
    }
}

fn set(mask: &mut [u64], i: usize) {
    if let Some(m) = mask.get_mut(i / 64) {
        *m |= 1 << (i % 64);
    }
}

/// One 64-byte block: the bits of its ASCII word bytes, of its bytes outside ASCII and of its
/// ASCII punctuation that may join words.
fn classify_block(block: &[u8]) -> (u64, u64, u64) {
    let (mut word, mut wide, mut joiner) = (0, 0, 0);
    for (i, eight) in block.chunks_exact(8).enumerate() {
        let v = u64::from_le_bytes([eight[0], eight[1], eight[2], eight[3], eight[4], eight[5], eight[6], eight[7]]);
        let (w, h, j) = classify_eight(v);
        word |= gather(w) << (8 * i);
        wide |= gather(h) << (8 * i);
        joiner |= gather(j) << (8 * i);
    }
    (word, wide, joiner)
}

/// Eight bytes at once, as the top bit of each byte: ASCII letters, digits and `_`; bytes
/// outside ASCII; and the ASCII punctuation from `'` to `;` (the joiners `'` `,` `.` `:` `;`
/// among them). With the top bits cleared, no byte's sum carries into the next.
fn classify_eight(v: u64) -> (u64, u64, u64) {
    let wide = v & HIGH;
    let x = v & !HIGH;
    let in_range = |x: u64, lo: u64, hi: u64| (x + ONES * (0x80 - lo)) & !(x + ONES * (0x7f - hi));
    let digit = in_range(x, 0x30, 0x39);
    let letter = in_range(x | (ONES * 0x20), 0x61, 0x7a);
    let underscore = !((x ^ (ONES * 0x5f)) + ONES * 0x7f);
    let ascii = !wide & HIGH;
    let joiner = in_range(x, 0x27, 0x3b) & !digit & ascii;
    ((digit | letter | underscore) & ascii, wide, joiner)
}

/// The top bits of eight bytes as eight bits, byte 0 lowest.
fn gather(top: u64) -> u64 {
    ((top >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gather_takes_each_top_bit() {
        for pattern in 0u64..256 {
            let top = (0..8).filter(|i| pattern >> i & 1 == 1).map(|i| 0x80u64 << (8 * i)).sum();
            assert_eq!(gather(top), pattern);
        }
    }

    #[test]
    fn eight_bytes_are_classified_as_one_at_a_time() {
        for b in 0u8..=255 {
            let (w, h, j) = classify_eight(u64::from_le_bytes([b, b'a', b'.', b, b'_', 0xC3, b, b'9']));
            let word = b.is_ascii_alphanumeric() || b == b'_';
            assert_eq!(gather(w), if word { 0b1101_1011 } else { 0b1001_0010 }, "{b:#x}");
            assert_eq!(gather(h), if b >= 0x80 { 0b0110_1001 } else { 0b0010_0000 }, "{b:#x}");
            let joiner = (b'\''..=b';').contains(&b) && !b.is_ascii_digit();
            assert_eq!(gather(j), if joiner { 0b0100_1101 } else { 0b0000_0100 }, "{b:#x}");
        }
    }
}
