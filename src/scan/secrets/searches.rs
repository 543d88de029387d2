//! The detectors' regexes as a scan runs them: compiled when first woken, searched with
//! caches that each scan thread holds within a memory budget.
//!
//! A `regex::bytes::Regex` keeps a search cache (lazy DFA, PikeVM and backtracker state) per
//! thread that ever used it, for as long as the regex lives: on the bench image 276 woken
//! detectors held about 80 MiB of caches by the end of a scan, most of them for detectors woken
//! a handful of times. Here each thread keeps the caches of the regexes it used last, up to
//! [`CACHE_BUDGET`] bytes in all; a cache dropped is made again when its regex is next used.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, PoisonError, RwLock};

use regex_automata::util::captures::Captures;
use regex_automata::util::syntax;
use regex_automata::{meta, Input, MatchKind, PatternID};

/// The caches one thread keeps, in bytes (`meta::Cache::memory_usage`). A cache that alone
/// goes over it is still kept while its regex runs, and dropped once another is needed.
const CACHE_BUDGET: usize = 6 << 20;

/// Compiled size allowed for a community pack's regex (the built-in detectors' take the
/// `regex` crate's default, 10 MiB).
pub(super) const PACK_REGEX_SIZE_LIMIT: usize = 32 << 20;

/// A detector's regex, compiled when a scan first wakes the detector: 500 compiled regexes held
/// about 150 MiB through a scan in which a few dozen ever run. The pattern was checked when the
/// set was built (compiled, or for a built-in detector by a test), so compiling it succeeds.
/// [`LazyRegex::release`] drops the compiled form once the files are scanned (the few the image
/// pass wakes again are compiled again).
pub(super) struct LazyRegex {
    pattern: String,
    from_pack: bool,
    compiled: RwLock<State>,
}

enum State {
    Unused,
    Broken,
    Ready(Arc<Compiled>),
}

impl State {
    /// None while not compiled yet.
    fn ready(&self) -> Option<Option<Arc<Compiled>>> {
        match self {
            State::Unused => None,
            State::Broken => Some(None),
            State::Ready(compiled) => Some(Some(Arc::clone(compiled))),
        }
    }
}

struct Compiled {
    /// Which thread-held caches are this compilation's: a regex compiled again gets a new one,
    /// so a cache kept from the last is never used with it.
    id: usize,
    regex: meta::Regex,
    groups: NamedGroups,
}

/// Where the groups a detector's regex may name are (a `near` form adds the provider's).
#[derive(Clone, Copy)]
pub(super) struct NamedGroups {
    pub secret: Option<usize>,
    pub near_name: Option<usize>,
    pub near_camel: Option<usize>,
}

static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

impl LazyRegex {
    pub(super) fn new(pattern: String, from_pack: bool) -> Self {
        LazyRegex { pattern, from_pack, compiled: RwLock::new(State::Unused) }
    }

    #[cfg(test)]
    pub(super) fn pattern(&self) -> &str {
        &self.pattern
    }

    /// The regex ready to search, None if it does not compile (it was checked when the set was
    /// built).
    pub(super) fn searcher(&self) -> Option<Searcher> {
        let found = self.compiled.read().unwrap_or_else(PoisonError::into_inner).ready();
        let compiled = match found {
            Some(compiled) => compiled?,
            None => {
                let mut state = self.compiled.write().unwrap_or_else(PoisonError::into_inner);
                match state.ready() {
                    Some(compiled) => compiled?,
                    None => {
                        let Some(regex) = compile(&self.pattern, self.from_pack) else {
                            *state = State::Broken;
                            return None;
                        };
                        let group = |name: &str| regex.group_info().to_index(PatternID::ZERO, name);
                        let groups =
                            NamedGroups { secret: group("secret"), near_name: group("near_name"), near_camel: group("near_camel") };
                        let compiled = Arc::new(Compiled { id: NEXT_ID.fetch_add(1, Ordering::Relaxed), regex, groups });
                        *state = State::Ready(Arc::clone(&compiled));
                        compiled
                    }
                }
            }
        };
        let cache = CACHES.with_borrow_mut(|caches| caches.take(compiled.id)).unwrap_or_else(|| Box::new(compiled.regex.create_cache()));
        let caps = compiled.regex.create_captures();
        Some(Searcher { groups: compiled.groups, compiled, cache: Some(cache), caps })
    }

    /// Drops the compiled regex: compiled again if it is searched with again.
    pub(super) fn release(&self) {
        let mut state = self.compiled.write().unwrap_or_else(PoisonError::into_inner);
        if matches!(*state, State::Ready(_)) {
            *state = State::Unused;
        }
    }
}

/// The pattern compiled with the settings `regex::bytes::RegexBuilder` gives it here
/// (`compile_for` in mod.rs, `packs::compile`): ASCII classes unless the pattern needs
/// Unicode, no UTF-8 requirement on the haystack, leftmost-first.
fn compile(pattern: &str, from_pack: bool) -> Option<meta::Regex> {
    let size_limit = if from_pack { PACK_REGEX_SIZE_LIMIT } else { 10 << 20 };
    let build = |unicode: bool| {
        let config = meta::Config::new()
            .match_kind(MatchKind::LeftmostFirst)
            .utf8_empty(false)
            .nfa_size_limit(Some(size_limit))
            .hybrid_cache_capacity(2 << 20);
        meta::Builder::new().configure(config).syntax(syntax::Config::new().unicode(unicode).utf8(false)).build(pattern).ok()
    };
    build(false).or_else(|| build(true))
}

/// A regex with this thread's cache for it, for the searches of one window; the cache goes
/// back to the thread's store when this is dropped.
pub(super) struct Searcher {
    compiled: Arc<Compiled>,
    pub groups: NamedGroups,
    /// Boxed: a `meta::Cache` holds its engines' caches inline, and moving it in and out of the
    /// store for each window showed as memcpy in profiles.
    cache: Option<Box<meta::Cache>>,
    caps: Captures,
}

impl Searcher {
    /// The leftmost-first match starting at or after `start` in `haystack`, with its groups
    /// (as `regex::bytes::Regex::captures_at`); [`Searcher::caps`] holds them until the next
    /// search.
    pub(super) fn captures_at(&mut self, haystack: &[u8], start: usize) -> Option<&Captures> {
        let regex = &self.compiled.regex;
        let cache = self.cache.get_or_insert_with(|| Box::new(regex.create_cache()));
        let input = Input::new(haystack).span(start..haystack.len());
        regex.search_captures_with(cache, &input, &mut self.caps);
        self.caps.is_match().then_some(&self.caps)
    }

    /// The groups of the last search's match.
    pub(super) fn caps(&self) -> &Captures {
        &self.caps
    }
}

impl Drop for Searcher {
    fn drop(&mut self) {
        if let Some(cache) = self.cache.take() {
            // A thread being torn down has no store left: the cache is simply dropped.
            let _ = CACHES.try_with(|caches| caches.borrow_mut().put(self.compiled.id, cache));
        }
    }
}

thread_local! {
    static CACHES: RefCell<Caches> = RefCell::new(Caches::new(CACHE_BUDGET));
}

/// One thread's caches, by regex id, with when each was last used.
struct Caches {
    entries: HashMap<usize, Held>,
    bytes: usize,
    budget: usize,
    clock: u64,
}

struct Held {
    cache: Box<meta::Cache>,
    bytes: usize,
    used: u64,
}

impl Caches {
    fn new(budget: usize) -> Self {
        Caches { entries: HashMap::new(), bytes: 0, budget, clock: 0 }
    }

    fn take(&mut self, id: usize) -> Option<Box<meta::Cache>> {
        let held = self.entries.remove(&id)?;
        self.bytes -= held.bytes;
        Some(held.cache)
    }

    /// Keeps `cache`, then drops the least recently used others while over the budget.
    fn put(&mut self, id: usize, cache: Box<meta::Cache>) {
        self.clock += 1;
        let bytes = cache.memory_usage();
        self.bytes += bytes;
        if let Some(old) = self.entries.insert(id, Held { cache, bytes, used: self.clock }) {
            self.bytes -= old.bytes;
        }
        while self.bytes > self.budget && self.entries.len() > 1 {
            let Some(oldest) =
                self.entries.iter().filter(|(&other, _)| other != id).min_by_key(|(_, held)| held.used).map(|(&other, _)| other)
            else {
                break;
            };
            if let Some(dropped) = self.entries.remove(&oldest) {
                self.bytes -= dropped.bytes;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_match_the_regex_crate() {
        let text = (0..8).map(|n| format!("key{n} = {}\n", "ab12".repeat(8))).collect::<String>();
        for n in 0..8 {
            let pattern = format!(r"(?i)key{n}\s*=\s*(?P<secret>[a-z0-9]{{20,40}})\b");
            let ours = LazyRegex::new(pattern.clone(), false);
            let theirs = regex::bytes::RegexBuilder::new(&pattern).unicode(false).build().unwrap();
            let mut searcher = ours.searcher().unwrap();
            let secret = searcher.groups.secret.unwrap();
            for start in [0, 5, text.len() / 2] {
                let expected = theirs.captures_at(text.as_bytes(), start).map(|caps| caps.name("secret").unwrap().range());
                let found = searcher.captures_at(text.as_bytes(), start).and_then(|caps| caps.get_group(secret)).map(|span| span.range());
                assert_eq!(found, expected, "{pattern} from {start}");
            }
        }
        // A pattern that needs Unicode still compiles, as with the regex crate.
        assert!(LazyRegex::new(r"\p{L}+".into(), false).searcher().is_some());
    }

    #[test]
    fn a_thread_keeps_the_caches_used_last_within_its_budget() {
        let regexes: Vec<LazyRegex> =
            (0..6).map(|n| LazyRegex::new(format!(r"(?i)key{n}\s*=\s*(?P<secret>[a-z0-9]{{20,40}})\b"), false)).collect();
        // A cache that has searched, as the store gets them (a fresh one holds nothing yet, and
        // a small regex's full DFA needs none).
        let cache = |n: usize| {
            let mut searcher = regexes[n].searcher()?;
            searcher.captures_at(format!("key{n} = {}", "ab12".repeat(8)).as_bytes(), 0)?;
            searcher.cache.take()
        };
        let ids: Vec<usize> = regexes.iter().map(|regex| regex.searcher().unwrap().compiled.id).collect();
        let sizes: Vec<usize> = (0..6).map(|n| cache(n).unwrap().memory_usage()).collect();
        assert!(sizes.iter().all(|&size| size > 0 && size == sizes[0]), "{sizes:?}");
        let budget = sizes[0] * 3;
        let mut caches = Caches::new(budget);
        for (n, &id) in ids.iter().enumerate() {
            caches.put(id, cache(n).unwrap());
            assert!(caches.bytes <= budget, "{} bytes held after {n}", caches.bytes);
        }
        assert_eq!(caches.entries.len(), 3);
        // The three used last are kept; using one again keeps it over the others.
        assert!(caches.take(ids[0]).is_none());
        let kept = caches.take(ids[3]).unwrap();
        caches.put(ids[3], kept);
        caches.put(ids[0], cache(0).unwrap());
        assert!(caches.take(ids[3]).is_some());
        assert!(caches.take(ids[4]).is_none(), "the least recently used was dropped");
        assert_eq!(caches.bytes, caches.entries.values().map(|held| held.bytes).sum::<usize>());
    }

    #[test]
    fn a_released_regex_compiles_again_with_caches_of_its_own() {
        let regex = LazyRegex::new(r"(?i)key\s*=\s*(?P<secret>[a-z0-9]{20,40})\b".into(), false);
        let text = format!("key = {}", "ab12".repeat(8));
        let first = {
            let mut searcher = regex.searcher().unwrap();
            assert!(searcher.captures_at(text.as_bytes(), 0).is_some());
            searcher.compiled.id
        };
        regex.release();
        assert!(matches!(*regex.compiled.read().unwrap(), State::Unused));
        let mut searcher = regex.searcher().unwrap();
        assert_ne!(searcher.compiled.id, first, "a cache kept for the first compilation is not this one's");
        let secret = searcher.groups.secret.unwrap();
        let found = searcher.captures_at(text.as_bytes(), 0).and_then(|caps| caps.get_group(secret)).map(|span| span.range());
        assert_eq!(found, Some(6..text.len()));
    }
}
