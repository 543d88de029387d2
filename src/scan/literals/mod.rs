//! Literal search for every occurrence of a set of words (secret keywords, listed domain
//! names), each word matched exactly or ignoring ASCII case, in one call per blob.
//!
//! Two engines, same results. With Vectorscan linked (`build.rs`), one pass takes every word,
//! hundreds of them, exact and caseless together. Without it the words are searched in groups
//! of at most 64 with aho-corasick's packed (Teddy) searcher, which takes no more: exact words
//! over the blob, caseless ones over a lowercased copy made 64 KiB at a time (aho-corasick gives
//! a caseless automaton no SIMD prefilter: every byte through the automaton cost 1.6 s of CPU for
//! the secret keywords on the 723 MB bench image). Both run over the same chunks, so hits come
//! out in order of their start whatever the engine.

#[cfg(vectorscan)]
mod vectorscan;

use aho_corasick::{packed, AhoCorasick, AhoCorasickBuilder, BuildError, MatchKind, Span};

/// Bytes searched per chunk: large enough that the overlap and the call cost vanish, small
/// enough to stay in the CPU's cache.
const CHUNK: usize = 64 * 1024;
/// Words per Teddy group: past 64 aho-corasick refuses Teddy (its buckets fill and every
/// position needs checking).
const TEDDY_WORDS: usize = 64;

#[derive(Debug, thiserror::Error)]
pub enum LiteralsError {
    #[error("an empty word")]
    EmptyWord,
    #[error("word search: {0}")]
    Build(#[from] BuildError),
    #[cfg(vectorscan)]
    #[error("word search (vectorscan): {0}")]
    Vectorscan(String),
}

/// Calls `each(offset, chunk, owned)` for consecutive chunks of `bytes`: `chunk` is
/// `bytes[offset..]`, `owned` long plus up to `longest_pattern - 1` bytes of the next chunk, so
/// every word occurrence starting in the first `owned` bytes is whole in `chunk`. Each
/// occurrence starts in exactly one chunk's owned part. `each` returns false to stop early.
fn for_each_chunk<'a>(bytes: &'a [u8], longest_pattern: usize, mut each: impl FnMut(usize, &'a [u8], usize) -> bool) {
    let overlap = longest_pattern.saturating_sub(1);
    let mut offset = 0;
    while offset < bytes.len() {
        let owned = CHUNK.min(bytes.len() - offset);
        let end = (offset + owned).saturating_add(overlap).min(bytes.len());
        if !each(offset, &bytes[offset..end], owned) {
            return;
        }
        offset += owned;
    }
}

/// Up to 64 words of one kind (exact or caseless), searched leftmost-longest: each word id is
/// the caller's.
struct Group {
    search: Search,
    ignore_case: bool,
    /// The caller's id of each of this group's patterns.
    ids: Vec<usize>,
    /// Per pattern, every pattern of the group that is a prefix of it (itself included): a
    /// leftmost-longest search reports only the longest word starting at a position.
    prefixes: Vec<Vec<usize>>,
}

enum Search {
    /// Teddy alone, whenever it takes the words: the automaton would pick a rare-byte
    /// prefilter for domain names (`.` is rare in its table), slower on text.
    Teddy(packed::Searcher),
    /// Words Teddy refuses (shorter than it can fingerprint).
    Automaton(AhoCorasick),
}

impl Group {
    /// `words` as (caller's id, bytes), lowercase if `ignore_case`.
    fn new(words: &[(usize, Vec<u8>)], ignore_case: bool) -> Result<Group, LiteralsError> {
        let patterns: Vec<&[u8]> = words.iter().map(|(_, word)| word.as_slice()).collect();
        // Leftmost-longest lets the searchers use their prefilters, which an overlapping search
        // cannot (a dozen detectors' keywords: 1.7 s of CPU less on the large bench image).
        let teddy =
            packed::Config::new().match_kind(packed::MatchKind::LeftmostLongest).only_teddy(true).builder().extend(&patterns).build();
        let search = match teddy {
            Some(teddy) => Search::Teddy(teddy),
            None => Search::Automaton(AhoCorasickBuilder::new().match_kind(MatchKind::LeftmostLongest).build(&patterns)?),
        };
        let prefixes =
            patterns.iter().map(|word| (0..patterns.len()).filter(|&other| word.starts_with(patterns[other])).collect()).collect();
        Ok(Group { search, ignore_case, ids: words.iter().map(|(id, _)| *id).collect(), prefixes })
    }

    /// Every occurrence (caller's id, start) of the group's words starting in `bytes[..owned]`.
    fn occurrences(&self, bytes: &[u8], owned: usize, hits: &mut Vec<(usize, usize)>) {
        let mut from = 0;
        while from < owned {
            let span = Span::from(from..bytes.len());
            let found = match &self.search {
                Search::Teddy(teddy) => teddy.find_in(bytes, span),
                Search::Automaton(automaton) => automaton.find(aho_corasick::Input::new(bytes).span(span)),
            };
            let Some(found) = found else { break };
            if found.start() >= owned {
                break;
            }
            hits.extend(self.prefixes[found.pattern().as_usize()].iter().map(|&pattern| (found.start(), self.ids[pattern])));
            // Resume one byte on: a word may start inside this one.
            from = found.start() + 1;
        }
    }
}

/// Distinct words, searched for every occurrence.
pub struct Literals {
    /// None for no words (Vectorscan refuses an empty set).
    #[cfg(vectorscan)]
    vectorscan: Option<vectorscan::Database>,
    /// The groups of 64: the engine without Vectorscan, and the fallback should a Vectorscan
    /// scan fail (no scratch memory) so that no blob goes unsearched.
    groups: Vec<Group>,
    /// Each word's length: Vectorscan reports where a match ends.
    #[cfg(vectorscan)]
    lengths: Vec<usize>,
    longest: usize,
}

impl Literals {
    /// Word ids are positions in `words`: (word, whether its ASCII case is ignored). A word may
    /// come twice, once exact and once caseless (one detector's prefix, another's name).
    pub fn new<S: AsRef<[u8]>>(words: &[(S, bool)]) -> Result<Literals, LiteralsError> {
        if words.iter().any(|(word, _)| word.as_ref().is_empty()) {
            return Err(LiteralsError::EmptyWord);
        }
        let lengths: Vec<usize> = words.iter().map(|(word, _)| word.as_ref().len()).collect();
        let longest = lengths.iter().copied().max().unwrap_or(0);
        let mut groups = Vec::new();
        for ignore_case in [false, true] {
            // Sorted, so that words sharing a prefix share a group and Teddy's buckets.
            let mut kind: Vec<(usize, Vec<u8>)> = words
                .iter()
                .enumerate()
                .filter(|(_, (_, caseless))| *caseless == ignore_case)
                .map(|(id, (word, _))| (id, if ignore_case { word.as_ref().to_ascii_lowercase() } else { word.as_ref().to_vec() }))
                .collect();
            kind.sort_by(|a, b| a.1.cmp(&b.1));
            for group in kind.chunks(TEDDY_WORDS) {
                groups.push(Group::new(group, ignore_case)?);
            }
        }
        Ok(Literals {
            #[cfg(vectorscan)]
            vectorscan: match words.is_empty() {
                true => None,
                false => {
                    let words: Vec<(&[u8], bool)> = words.iter().map(|(word, caseless)| (word.as_ref(), *caseless)).collect();
                    Some(vectorscan::Database::literals(&words).map_err(LiteralsError::Vectorscan)?)
                }
            },
            groups,
            #[cfg(vectorscan)]
            lengths,
            longest,
        })
    }

    /// Which engine searches, for `layerhound rules` and the benchmark: one Vectorscan pass, or
    /// the number of Teddy groups.
    pub fn engine(&self) -> String {
        if cfg!(vectorscan) {
            "vectorscan".into()
        } else {
            format!("{} Teddy group(s)", self.groups.len())
        }
    }

    /// Calls `each(start, id)` for every occurrence of every word (overlapping ones too), in
    /// order of start. `each` returns false to stop.
    pub fn for_each_match(&self, bytes: &[u8], each: impl FnMut(usize, usize) -> bool) {
        self.for_each_match_by(bytes, cfg!(vectorscan), each)
    }

    fn for_each_match_by(&self, bytes: &[u8], by_vectorscan: bool, mut each: impl FnMut(usize, usize) -> bool) {
        let mut hits = Vec::new();
        let mut folded = Vec::new();
        for_each_chunk(bytes, self.longest, |offset, chunk, owned| {
            hits.clear();
            if by_vectorscan {
                self.occurrences(chunk, owned, &mut folded, &mut hits);
            } else {
                self.group_occurrences(chunk, owned, &mut folded, &mut hits);
            }
            hits.sort_unstable();
            hits.iter().all(|&(start, id)| each(offset + start, id))
        });
    }

    /// The (start, id) of every occurrence starting in `chunk[..owned]`.
    fn occurrences(&self, chunk: &[u8], owned: usize, folded: &mut Vec<u8>, hits: &mut Vec<(usize, usize)>) {
        #[cfg(vectorscan)]
        if let Some(database) = &self.vectorscan {
            let scanned = database.scan(chunk, |id, end| {
                if let Some(start) = end.checked_sub(self.lengths[id]).filter(|&start| start < owned) {
                    hits.push((start, id));
                }
                true
            });
            if scanned.is_ok() {
                return;
            }
            hits.clear();
        }
        self.group_occurrences(chunk, owned, folded, hits);
    }

    fn group_occurrences(&self, chunk: &[u8], owned: usize, folded: &mut Vec<u8>, hits: &mut Vec<(usize, usize)>) {
        if self.groups.iter().any(|group| group.ignore_case) {
            folded.clear();
            folded.extend_from_slice(chunk);
            folded.make_ascii_lowercase();
        }
        for group in &self.groups {
            group.occurrences(if group.ignore_case { folded } else { chunk }, owned, hits);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every (start, word) the engine finds; the groups of 64 unless `by_vectorscan`.
    fn found(literals: &Literals, bytes: &[u8], by_vectorscan: bool) -> Vec<(usize, usize)> {
        let mut all = Vec::new();
        literals.for_each_match_by(bytes, by_vectorscan, |start, id| {
            all.push((start, id));
            true
        });
        all
    }

    /// Both engines where Vectorscan is linked, the groups alone where it is not.
    fn engines() -> Vec<bool> {
        if cfg!(vectorscan) {
            vec![false, true]
        } else {
            vec![false]
        }
    }

    #[test]
    fn an_occurrence_across_a_chunk_boundary_is_found_once() {
        let literals = Literals::new(&[("token", true)]).unwrap();
        let mut haystack = vec![b'x'; CHUNK * 2 + 10];
        let planted = [0, CHUNK - 3, CHUNK + 2, 2 * CHUNK - 1, 2 * CHUNK + 5];
        for at in planted {
            haystack[at..at + 5].copy_from_slice(b"ToKeN");
        }
        for by_vectorscan in engines() {
            assert_eq!(found(&literals, &haystack, by_vectorscan), planted.map(|at| (at, 0)));
        }
    }

    #[test]
    fn empty_and_short_blobs() {
        let literals = Literals::new(&[("token", true)]).unwrap();
        for by_vectorscan in engines() {
            assert!(found(&literals, b"", by_vectorscan).is_empty());
            assert_eq!(found(&literals, b"TOKEN", by_vectorscan), [(0, 0)]);
            assert!(found(&literals, b"TOKE", by_vectorscan).is_empty());
        }
        assert!(matches!(Literals::new(&[("", false)]), Err(LiteralsError::EmptyWord)));
        let none = Literals::new::<&str>(&[]).unwrap();
        for by_vectorscan in engines() {
            assert!(found(&none, b"anything", by_vectorscan).is_empty(), "no words, no hits");
        }
    }

    #[test]
    fn every_occurrence_of_every_word_exact_or_caseless() {
        let words = [("pass", true), ("password", true), ("word", true), ("sword", true), ("AKIA", false)];
        let literals = Literals::new(&words).unwrap();
        let mut blob = b"x PassWord, SWORD akia AKIA".to_vec();
        blob.splice(0..0, vec![b' '; CHUNK - 4]);
        for by_vectorscan in engines() {
            let mut hits: Vec<(usize, &str)> =
                found(&literals, &blob, by_vectorscan).into_iter().map(|(start, id)| (start - (CHUNK - 4), words[id].0)).collect();
            hits.sort_unstable();
            assert_eq!(
                hits,
                [(2, "pass"), (2, "password"), (5, "sword"), (6, "word"), (12, "sword"), (13, "word"), (23, "AKIA")],
                "overlapping words are all found, across a chunk boundary; AKIA only in its case"
            );
        }
    }

    #[test]
    fn hundreds_of_words_in_groups_and_in_one_pass_agree() {
        // 300 words (five Teddy groups): what the secret keywords have grown to.
        let words: Vec<(String, bool)> = (0..300).map(|n| (format!("kw{n:03}_{}", n % 7), n % 3 == 0)).collect();
        let literals = Literals::new(&words).unwrap();
        let mut blob = Vec::new();
        for n in (0..300).rev() {
            blob.extend_from_slice(format!("{} = KW{n:03}_{} and kw{n:03}_{}\n", n * 7, n % 7, n % 7).as_bytes());
        }
        let expected: usize = (0..300).map(|n| if n % 3 == 0 { 2 } else { 1 }).sum();
        let by_groups = found(&literals, &blob, false);
        assert_eq!(by_groups.len(), expected);
        assert!(by_groups.windows(2).all(|pair| pair[0].0 <= pair[1].0), "in order of start");
        if cfg!(vectorscan) {
            assert_eq!(found(&literals, &blob, true), by_groups);
        }
    }

    #[test]
    fn stopping_early() {
        let literals = Literals::new(&[("aaaa", false)]).unwrap();
        let haystack = vec![b'a'; CHUNK * 3];
        for by_vectorscan in engines() {
            let mut calls = 0;
            literals.for_each_match_by(&haystack, by_vectorscan, |_, _| {
                calls += 1;
                calls < 3
            });
            assert_eq!(calls, 3);
        }
    }
}
