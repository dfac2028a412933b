//! Token numbers by token: one lookup for every word of every page, the inner loop of indexing.
//!
//! Most tokens are short. Those of up to 15 bytes are keyed by their bytes in two numbers and
//! kept in an open-addressing table of their own: one multiplication to hash, and a key that is
//! compared without following a pointer. The few longer tokens go to an ordinary hash map.

use std::ops::Range;

use rustc_hash::FxHashMap;

#[derive(Default)]
pub struct Ids {
    short: ShortMap,
    long: FxHashMap<String, u32>,
}

impl Ids {
    /// The number of the token at `at` in `text`; for a token not seen before, the one `new`
    /// gives it, which is kept.
    pub fn get_or_insert(&mut self, text: &str, at: Range<usize>, new: impl FnOnce(&str) -> u32) -> u32 {
        match key_within(text.as_bytes(), at.clone()) {
            Some(key) => self.short.get_or_insert(key, || new(&text[at])),
            None => {
                let token = &text[at];
                match self.long.get(token) {
                    Some(&id) => id,
                    None => {
                        let id = new(token);
                        self.long.insert(token.to_owned(), id);
                        id
                    }
                }
            }
        }
    }

    /// Keep the tokens for which `keep` is true, with the number it leaves.
    pub fn retain(&mut self, mut keep: impl FnMut(&mut u32) -> bool) {
        self.short.retain(&mut keep);
        self.long.retain(|_, id| keep(id));
    }
}

/// A short token's key: its first eight bytes, then the rest with the length in the top byte.
/// A real key is never all zeros (its length is at least one), which marks an empty slot.
type Key = [u64; 2];

const EMPTY: Key = [0, 0];

/// Keys and numbers in one array, found by linear probing; at most half full.
struct ShortMap {
    slots: Vec<(Key, u32)>,
    len: usize,
    /// log2 of the number of slots.
    bits: u32,
}

impl Default for ShortMap {
    fn default() -> ShortMap {
        ShortMap { slots: vec![(EMPTY, 0); 1 << 10], len: 0, bits: 10 }
    }
}

impl ShortMap {
    fn get_or_insert(&mut self, key: Key, new: impl FnOnce() -> u32) -> u32 {
        let at = match self.find(key) {
            Ok(at) => return self.slots[at].1,
            Err(at) => at,
        };
        let id = new();
        self.slots[at] = (key, id);
        self.len += 1;
        if 2 * self.len > self.slots.len() {
            self.grow_to(self.len);
        }
        id
    }

    /// The slot holding `key`, or the empty slot where it belongs.
    fn find(&self, key: Key) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut at = hash(key, self.bits);
        loop {
            let (k, _) = self.slots[at];
            if k == key {
                return Ok(at);
            }
            if k == EMPTY {
                return Err(at);
            }
            at = (at + 1) & mask;
        }
    }

    /// Room for `n` keys at most half full: every key placed again in a larger table.
    fn grow_to(&mut self, n: usize) {
        let bits = (2 * n + 1).next_power_of_two().trailing_zeros().max(self.bits);
        if bits > self.bits {
            self.rebuild(bits, |_| true);
        }
    }

    fn retain(&mut self, keep: &mut impl FnMut(&mut u32) -> bool) {
        self.rebuild(self.bits, |id| keep(id));
    }

    /// The table again with `1 << bits` slots, holding the entries `keep` keeps.
    fn rebuild(&mut self, bits: u32, mut keep: impl FnMut(&mut u32) -> bool) {
        let old = std::mem::replace(&mut self.slots, vec![(EMPTY, 0); 1 << bits]);
        self.bits = bits;
        self.len = 0;
        for (key, mut id) in old {
            if key != EMPTY && keep(&mut id) {
                if let Err(at) = self.find(key) {
                    self.slots[at] = (key, id);
                    self.len += 1;
                }
            }
        }
    }
}

/// The top `bits` bits of a folded multiplication of the key's two halves.
fn hash(key: Key, bits: u32) -> usize {
    let product = u128::from(key[0] ^ 0x243F_6A88_85A3_08D3) * u128::from(key[1] ^ 0x1319_8A2E_0370_7344);
    let folded = (product as u64) ^ ((product >> 64) as u64);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}

/// The key of the token at `at` in `text`, if it is short. Away from the end of the text, its
/// sixteen bytes are read at once and the bytes past the token masked off: no branch on the
/// token's length, which the processor could not predict.
fn key_within(text: &[u8], at: Range<usize>) -> Option<Key> {
    let n = at.len();
    if n > 15 {
        return None;
    }
    match text.get(at.start..at.start + 16) {
        Some(s) => {
            let low = u64::from_le_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]]);
            let high = u64::from_le_bytes([s[8], s[9], s[10], s[11], s[12], s[13], s[14], s[15]]);
            let [keep_low, keep_high] = KEEP[n];
            Some([low & keep_low, (high & keep_high) | (n as u64) << 56])
        }
        None => short_key(&text[at]),
    }
}

/// For a token of `n` bytes, the masks that keep its bytes of a sixteen-byte read.
const KEEP: [[u64; 2]; 16] = {
    const fn ones(bytes: usize) -> u64 {
        if bytes >= 8 {
            u64::MAX
        } else {
            (1 << (8 * bytes)) - 1
        }
    }
    let mut masks = [[0; 2]; 16];
    let mut n = 0;
    while n < 16 {
        masks[n] = [ones(n), ones(n.saturating_sub(8))];
        n += 1;
    }
    masks
};

/// A token of up to 15 bytes as a key: its bytes, and its length in the top byte.
fn short_key(token: &[u8]) -> Option<Key> {
    let bytes = token;
    let n = bytes.len();
    if n > 15 {
        return None;
    }
    let (low, high) = if n > 8 { (load_le(&bytes[..8]), load_le(&bytes[8..])) } else { (load_le(bytes), 0) };
    Some([low, high | (n as u64) << 56])
}

/// Up to eight bytes as a little-endian number, read straight from the slice: copying them
/// to the stack first and reading them back stalled the processor on every token. Overlapping
/// reads of the first and last bytes put each byte in its place (one read twice lands on
/// itself).
fn load_le(s: &[u8]) -> u64 {
    let n = s.len();
    let word = |at: usize| u64::from(u32::from_le_bytes([s[at], s[at + 1], s[at + 2], s[at + 3]]));
    match n {
        0 => 0,
        1..=3 => u64::from(s[0]) | u64::from(s[n / 2]) << (8 * (n / 2)) | u64::from(s[n - 1]) << (8 * (n - 1)),
        4..=7 => word(0) | word(n - 4) << (8 * (n - 4)),
        _ => u64::from_le_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_keys_are_the_bytes_and_the_length() {
        let text = "abcdefghijklmnopé";
        for end in 0..=15 {
            let token = &text[..end];
            let mut bytes = [0u8; 16];
            bytes[..end].copy_from_slice(token.as_bytes());
            bytes[15] = end as u8;
            let expected = [
                u64::from_le_bytes(bytes[..8].try_into().unwrap()),
                u64::from_le_bytes(bytes[8..].try_into().unwrap()),
            ];
            assert_eq!(short_key(token.as_bytes()), Some(expected), "{token:?}");
            // Read from within a longer text, at any offset, the key is the same.
            let long = format!("xyz{token}{text}{text}");
            assert_eq!(key_within(long.as_bytes(), 3..3 + end), Some(expected), "{token:?}");
            let tail = format!("xyz{token}");
            assert_eq!(key_within(tail.as_bytes(), 3..3 + end), Some(expected), "{token:?}");
        }
        assert_eq!(short_key(&text.as_bytes()[..16]), None);
        assert_eq!(key_within(text.as_bytes(), 0..16), None);
    }

    #[test]
    fn numbers_are_kept_through_growth_and_retain() {
        let mut ids = Ids::default();
        let tokens: Vec<String> = (0..5000).map(|n| format!("w{n} ")).chain(["a-rather-long-token ".into()]).collect();
        let all = |t: &str| 0..t.len();
        for (n, t) in tokens.iter().enumerate() {
            assert_eq!(ids.get_or_insert(t, all(t), |_| n as u32), n as u32);
        }
        for (n, t) in tokens.iter().enumerate() {
            assert_eq!(ids.get_or_insert(t, all(t), |_| panic!("{t} is known")), n as u32);
        }
        // Keep the even numbers, halved.
        ids.retain(|id| {
            let keep = *id % 2 == 0;
            *id /= 2;
            keep
        });
        for (n, t) in tokens.iter().enumerate() {
            let got = ids.get_or_insert(t, all(t), |_| u32::MAX);
            assert_eq!(got, if n % 2 == 0 { n as u32 / 2 } else { u32::MAX }, "{t}");
        }
    }
}
