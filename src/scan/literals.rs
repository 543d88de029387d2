//! Literal search for every position where one of a set of words starts (secret keywords,
//! listed domain names), ASCII case optionally ignored, at the speed of a case-sensitive search.
//! aho-corasick gives an ASCII-case-insensitive automaton no SIMD prefilter (every byte goes
//! through the automaton: 1.6 s of CPU for the secret keywords on the 723 MB bench image); a
//! case-sensitive automaton over lowercase patterns, run on a lowercased copy of the blob, gets
//! its packed (Teddy) prefilter. The copy is made a chunk at a time, so memory stays bounded.

use aho_corasick::{packed, AhoCorasick, AhoCorasickBuilder, BuildError, MatchKind, Span};

/// Bytes lowercased per chunk: large enough that the overlap and the call cost vanish, small
/// enough to stay in the CPU's cache.
const CHUNK: usize = 64 * 1024;

/// Calls `each(offset, folded, owned)` for consecutive chunks of `bytes`: `folded` is
/// `bytes[offset..]` lowercased, `owned` long plus up to `longest_pattern - 1` bytes of the
/// next chunk, so every pattern occurrence starting in the first `owned` bytes is whole in
/// `folded`. Each occurrence starts in exactly one chunk's owned part. `each` returns false to
/// stop early.
fn for_each_lowercased_chunk(bytes: &[u8], longest_pattern: usize, mut each: impl FnMut(usize, &[u8], usize) -> bool) {
    let overlap = longest_pattern.saturating_sub(1);
    let mut folded = Vec::with_capacity(bytes.len().min(CHUNK + overlap));
    let mut offset = 0;
    while offset < bytes.len() {
        let owned = CHUNK.min(bytes.len() - offset);
        let end = (offset + owned).saturating_add(overlap).min(bytes.len());
        folded.clear();
        folded.extend_from_slice(&bytes[offset..end]);
        folded.make_ascii_lowercase();
        if !each(offset, &folded, owned) {
            return;
        }
        offset += owned;
    }
}

/// How a word set is searched: leftmost-longest, case-sensitive (over lowercased words and bytes
/// when case is ignored).
enum Search {
    /// Teddy alone, whenever it can take the words: the automaton would pick a rare-byte
    /// prefilter for domain names (`.` is rare in its table), slower on text.
    Teddy(packed::Searcher),
    /// Too many or too short words for Teddy.
    Automaton(AhoCorasick),
}

/// Distinct words, searched for every position where one starts.
pub struct Literals {
    /// Case-sensitive, so that it gets its SIMD prefilter; with `ignore_case` its patterns are
    /// lowercase and it runs over a lowercased copy of the blob.
    search: Search,
    ignore_case: bool,
    lengths: Vec<usize>,
    longest: usize,
    /// Per pattern, every pattern that is a prefix of it (itself included), longest first: a
    /// leftmost-longest search reports only the longest word starting at a position.
    prefixes: Vec<Vec<usize>>,
}

impl Literals {
    /// Whether the words got Teddy: past 64 words the automaton runs instead, several times slower.
    #[cfg(test)]
    pub fn uses_teddy(&self) -> bool {
        matches!(self.search, Search::Teddy(_))
    }

    /// Pattern ids are positions in `words`, which must be distinct (lowercase if `ignore_case`).
    pub fn new<S: AsRef<str>>(words: &[S], ignore_case: bool) -> Result<Literals, BuildError> {
        let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
        // Leftmost-longest lets the searchers use their prefilters, which an overlapping search
        // cannot (a dozen detectors' keywords: 1.7 s of CPU less on the large bench image).
        let teddy = packed::Config::new().match_kind(packed::MatchKind::LeftmostLongest).only_teddy(true).builder().extend(&words).build();
        let search = match teddy {
            Some(teddy) => Search::Teddy(teddy),
            None => Search::Automaton(AhoCorasickBuilder::new().match_kind(MatchKind::LeftmostLongest).build(&words)?),
        };
        let prefixes = words
            .iter()
            .map(|word| {
                let mut shorter: Vec<usize> = (0..words.len()).filter(|&other| word.starts_with(words[other])).collect();
                shorter.sort_by_key(|&other| std::cmp::Reverse(words[other].len()));
                shorter
            })
            .collect();
        let lengths: Vec<usize> = words.iter().map(|w| w.len()).collect();
        let longest = lengths.iter().copied().max().unwrap_or(0);
        Ok(Literals { search, ignore_case, lengths, longest, prefixes })
    }

    /// Pattern `id`'s length in bytes.
    pub fn len_of(&self, id: usize) -> usize {
        self.lengths[id]
    }

    /// The patterns that are prefixes of pattern `id`, itself included, longest first.
    pub fn prefixes_of(&self, id: usize) -> &[usize] {
        &self.prefixes[id]
    }

    /// Calls `each(start, id)` for every position where a word starts, in order, with the
    /// longest word there (shorter ones there: [`Literals::prefixes_of`]). `each` returns
    /// false to stop.
    pub fn for_each_start(&self, bytes: &[u8], mut each: impl FnMut(usize, usize) -> bool) {
        if self.ignore_case {
            for_each_lowercased_chunk(bytes, self.longest, |offset, folded, owned| {
                self.starts_in(folded, owned, |start, id| each(offset + start, id))
            });
        } else {
            self.starts_in(bytes, bytes.len(), each);
        }
    }

    /// The starts in `bytes[..starts_before]`; false when `each` asked to stop.
    fn starts_in(&self, bytes: &[u8], starts_before: usize, mut each: impl FnMut(usize, usize) -> bool) -> bool {
        let mut from = 0;
        while from < starts_before {
            let span = Span::from(from..bytes.len());
            let found = match &self.search {
                Search::Teddy(teddy) => teddy.find_in(bytes, span),
                Search::Automaton(automaton) => automaton.find(aho_corasick::Input::new(bytes).span(span)),
            };
            let Some(found) = found else { break };
            if found.start() >= starts_before {
                break;
            }
            if !each(found.start(), found.pattern().as_usize()) {
                return false;
            }
            // Resume one byte on: a word may start inside this one.
            from = found.start() + 1;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every start of `needle` in `haystack` ignoring ASCII case, found chunk by chunk.
    fn starts(haystack: &[u8], needle: &[u8]) -> Vec<usize> {
        let mut found = Vec::new();
        for_each_lowercased_chunk(haystack, needle.len(), |offset, folded, owned| {
            for start in 0..owned {
                if folded[start..].starts_with(needle) {
                    found.push(offset + start);
                }
            }
            true
        });
        found
    }

    #[test]
    fn an_occurrence_across_a_chunk_boundary_is_found_once() {
        let mut haystack = vec![b'x'; CHUNK * 2 + 10];
        let planted = [0, CHUNK - 3, CHUNK + 2, 2 * CHUNK - 1, 2 * CHUNK + 5];
        for at in planted {
            haystack[at..at + 5].copy_from_slice(b"ToKeN");
        }
        assert_eq!(starts(&haystack, b"token"), planted);
    }

    #[test]
    fn empty_and_short_blobs() {
        assert!(starts(b"", b"token").is_empty());
        assert_eq!(starts(b"TOKEN", b"token"), [0]);
        assert!(starts(b"TOKE", b"token").is_empty());
    }

    #[test]
    fn every_start_with_the_words_that_end_there_ignoring_case() {
        let words = ["pass", "password", "word", "sword"];
        let literals = Literals::new(&words, true).unwrap();
        let mut blob = b"x PassWord, SWORD".to_vec();
        blob.splice(0..0, vec![b' '; CHUNK - 4]);
        let mut found = Vec::new();
        literals.for_each_start(&blob, |start, id| {
            let all: Vec<&str> = literals.prefixes_of(id).iter().map(|&p| words[p]).collect();
            found.push((start - (CHUNK - 4), all));
            true
        });
        assert_eq!(
            found,
            [(2, vec!["password", "pass"]), (5, vec!["sword"]), (6, vec!["word"]), (12, vec!["sword"]), (13, vec!["word"])],
            "overlapping words are all found, across a chunk boundary"
        );
        let exact = Literals::new(&["AKIA"], false).unwrap();
        let mut starts = Vec::new();
        exact.for_each_start(b"akia AKIA", |start, _| {
            starts.push(start);
            true
        });
        assert_eq!(starts, [5]);
    }

    #[test]
    fn stopping_early() {
        let haystack = vec![b'a'; CHUNK * 3];
        let mut calls = 0;
        for_each_lowercased_chunk(&haystack, 4, |_, _, _| {
            calls += 1;
            false
        });
        assert_eq!(calls, 1);
    }
}
