//! Where tar-rs and Go's archive/tar (which Docker and containerd use) read the same bytes
//! differently, this reader rewrites the stream so tar-rs sees what a container runtime sees.
//!
//! Go reads no body for header-only entries (links, symlinks, devices, directories, FIFOs),
//! whatever their size field says; tar-rs skips `size` bytes. A hostile layer can hide whole
//! entries in the "body" of a directory header (a runtime extracts them; tar-rs would not see
//! them), and an honest writer that leaves a size on a hardlink breaks tar-rs's reading. So the
//! size of such headers (and of a PAX `size` record in front of them) is rewritten to zero and
//! counted. Likewise a PAX header or GNU long name followed by another of its kind before its
//! entry is dropped: Go keeps the last, tar-rs refuses the pair. A header checksum summed over signed bytes (old
//! writers; Go accepts it, tar-rs does not) is rewritten to the unsigned sum. Anything this reader does not
//! understand passes through untouched.

use std::cell::{Cell, RefCell};
use std::io::{self, Read, Seek, SeekFrom};
use std::rc::Rc;

use crate::evidence::input::read_up_to;
use crate::shared::anomaly::Anomaly;

const BLOCK: usize = 512;

/// The report's word on `count` headers read the Go way in a `scope` ("layer", "outer tar").
pub fn anomaly(log: &StreamLog, scope: &str) -> Option<Anomaly> {
    let count = log.rewritten.get();
    (count > 0).then(|| {
        Anomaly::new(
            "tar-read-as-go-does",
            format!(
                "{count} {scope} tar headers read as Docker and containerd read them (a link, directory or device header claiming a \
                 body is read without one; a PAX header or long name followed by another of its kind gives way to it; a checksum \
                 summed over signed bytes is accepted): other tar tools see different entries here"
            ),
        )
    })
}
/// Tar members found after a layer's end-of-archive marker. Docker, containerd, GNU tar and
/// Python's tarfile stop at the marker and never show them; `tar --ignore-zeros` lists and
/// extracts them: a place to carry files past every scanner that reads the layer as a runtime does.
#[derive(Debug, Default)]
pub struct HiddenMembers {
    pub count: u64,
    /// The first few names, lossy UTF-8.
    pub names: Vec<String>,
    /// The first member follows a single zero block: Go's reader refuses such a layer.
    pub after_lone_zero_block: bool,
}

/// Names kept in [`HiddenMembers::names`].
const HIDDEN_NAMES_KEPT: usize = 8;

/// Walks the bytes after the end-of-archive marker (from the block after tar-rs's first zero
/// block) as `tar --ignore-zeros` does: zero blocks skipped, each valid header's body skipped by
/// its size. Stops at the first block that is not a header. Memory: one block.
#[derive(Default)]
pub struct TrailingMembers {
    block: Vec<u8>,
    skip: u64,
    blocks_seen: u64,
    stopped: bool,
    pub found: HiddenMembers,
}

impl TrailingMembers {
    pub fn feed(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() && !self.stopped {
            if self.skip > 0 {
                let n = (self.skip.min(bytes.len() as u64)) as usize;
                self.skip -= n as u64;
                bytes = &bytes[n..];
                continue;
            }
            let n = (BLOCK - self.block.len()).min(bytes.len());
            self.block.extend_from_slice(&bytes[..n]);
            bytes = &bytes[n..];
            if self.block.len() == BLOCK {
                self.header_block();
                self.block.clear();
            }
        }
    }

    fn header_block(&mut self) {
        let first = self.blocks_seen == 0;
        self.blocks_seen += 1;
        let block = &self.block;
        if block.iter().all(|b| *b == 0) {
            return;
        }
        let valid = checksum_ok(block) || signed_checksum_ok(block);
        let Some(size) = valid.then(|| octal_or_binary(&block[124..136])).flatten() else {
            self.stopped = true;
            return;
        };
        self.skip = padded(size);
        if matches!(block[156], b'x' | b'g' | b'L' | b'K') {
            return;
        }
        if self.found.count == 0 {
            self.found.after_lone_zero_block = first;
        }
        self.found.count += 1;
        if self.found.names.len() < HIDDEN_NAMES_KEPT {
            let field = |range: std::ops::Range<usize>| {
                let raw = &block[range];
                String::from_utf8_lossy(&raw[..raw.iter().position(|b| *b == 0).unwrap_or(raw.len())]).into_owned()
            };
            let name = field(0..100);
            let prefix = if &block[257..263] == b"ustar\0" { field(345..500) } else { String::new() };
            self.found.names.push(if prefix.is_empty() { name } else { format!("{prefix}/{name}") });
        }
    }
}

/// The report's word on members hidden after the end-of-archive marker.
pub fn hidden_members_anomaly(hidden: &HiddenMembers) -> Option<Anomaly> {
    (hidden.count > 0).then(|| {
        let more = hidden.count.saturating_sub(hidden.names.len() as u64);
        Anomaly::new(
            "tar-members-after-end-marker",
            format!(
                "{} tar members after the end-of-archive marker ({}{}): Docker, containerd, GNU tar and Python's tarfile stop \
                 at the marker and never show them, `tar --ignore-zeros` extracts them{}",
                hidden.count,
                hidden.names.join(", "),
                if more > 0 { format!(" and {more} more") } else { String::new() },
                if hidden.after_lone_zero_block {
                    "; they follow a single zero block, which Go's archive/tar refuses (a runtime cannot unpack this layer)"
                } else {
                    ""
                }
            ),
        )
    })
}

/// PAX and long-name bodies larger than this pass through unheld (the layer's header budget
/// applies to them).
const MAX_HELD_BODY: u64 = 1 << 20;

/// `size` rounded up to whole blocks; a size near 2^64 (base-256 allows it) saturates.
fn padded(size: u64) -> u64 {
    size.div_ceil(BLOCK as u64).saturating_mul(BLOCK as u64)
}

fn octal_or_binary(field: &[u8]) -> Option<u64> {
    if field.first().is_some_and(|b| b & 0x80 != 0) {
        // base-256: big-endian, sign bit clear for sizes we accept.
        if field[0] & 0x40 != 0 {
            return None;
        }
        return field.iter().enumerate().try_fold(0u64, |acc, (i, b)| {
            let byte = if i == 0 { b & 0x3f } else { *b };
            acc.checked_mul(256)?.checked_add(u64::from(byte))
        });
    }
    let text = std::str::from_utf8(field).ok()?;
    let text = text.trim_matches(|c: char| c == '\0' || c == ' ');
    if text.is_empty() {
        return Some(0);
    }
    u64::from_str_radix(text, 8).ok()
}

/// A numeric header field (size, mtime, uid, gid) read in full, as Go's archive/tar reads it:
/// octal text, or base-256 of the whole field width with its sign. tar-rs reads only the last 8
/// bytes of a base-256 field and no sign, so it sees another number for the ones past 64 bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numeric {
    Value(u64),
    /// A base-256 value below zero (a time before 1970, a uid of -1): Go takes it.
    Negative(i128),
    /// Past what Go's int64 holds: Go refuses the header.
    TooLarge,
    /// Neither octal text nor base-256.
    Invalid,
}

pub fn numeric_field(field: &[u8]) -> Numeric {
    let Some(&first) = field.first() else { return Numeric::Invalid };
    if first & 0x80 == 0 {
        let Ok(text) = std::str::from_utf8(field) else { return Numeric::Invalid };
        let text = text.trim_matches(|c: char| c == '\0' || c == ' ');
        if text.is_empty() {
            return Numeric::Value(0);
        }
        return u64::from_str_radix(text, 8).map_or(Numeric::Invalid, Numeric::Value);
    }
    let invert = if first & 0x40 != 0 { 0xff } else { 0 };
    let mut magnitude: u128 = 0;
    for (i, byte) in field.iter().enumerate() {
        let byte = if i == 0 { (byte ^ invert) & 0x7f } else { byte ^ invert };
        // Go's test: past 63 bits is an overflow; checked so a longer field cannot wrap here.
        match magnitude.checked_mul(256).and_then(|m| m.checked_add(u128::from(byte))) {
            Some(next) if next >> 63 == 0 => magnitude = next,
            _ => return Numeric::TooLarge,
        }
    }
    if invert == 0 {
        u64::try_from(magnitude).map_or(Numeric::TooLarge, Numeric::Value)
    } else {
        Numeric::Negative(-i128::try_from(magnitude).unwrap_or(i128::MAX) - 1)
    }
}

fn checksum_ok(block: &[u8]) -> bool {
    let Some(stored) = octal_or_binary(&block[148..156]) else { return false };
    let sum: u64 = block.iter().enumerate().map(|(i, b)| if (148..156).contains(&i) { 32 } else { u64::from(*b) }).sum();
    stored == sum
}

/// The sum old writers stored: over signed chars. Go, GNU tar and Python accept it as well;
/// tar-rs does not.
fn signed_checksum_ok(block: &[u8]) -> bool {
    let Some(stored) = octal_or_binary(&block[148..156]) else { return false };
    let sum: i64 = block.iter().enumerate().map(|(i, b)| if (148..156).contains(&i) { 32 } else { i64::from(*b as i8) }).sum();
    i64::try_from(stored).is_ok_and(|stored| stored == sum)
}

fn set_checksum(block: &mut [u8]) {
    block[148..156].fill(b' ');
    let sum: u64 = block.iter().map(|b| u64::from(*b)).sum();
    let text = format!("{sum:06o}\0 ");
    block[148..156].copy_from_slice(text.as_bytes());
}

fn header_only(typeflag: u8) -> bool {
    matches!(typeflag, b'1' | b'2' | b'3' | b'4' | b'5' | b'6')
}

/// A PAX record that Go's archive/tar refuses (its `parsePAXRecord` returns ErrHeader, and
/// Docker and containerd then refuse the whole layer). `at` is the record's offset in the body.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PaxError {
    #[error("PAX record at byte {at}: no length field (no space)")]
    NoLength { at: usize },
    #[error("PAX record at byte {at}: length field {length:?} is out of range (not a number, overflowing, under 5, or past the end of the header)")]
    LengthOutOfRange { at: usize, length: String },
    #[error("PAX record at byte {at}: does not end in a newline where its length says")]
    NoNewline { at: usize },
    #[error("PAX record at byte {at}: no '=' between key and value")]
    NoEquals { at: usize },
    #[error("PAX record at byte {at}: an empty key, or a NUL byte where Go allows none")]
    InvalidKey { at: usize },
}

/// One PAX record: its key, its value, and where each starts in the body.
pub struct PaxRecord<'a> {
    pub key: &'a [u8],
    pub key_at: usize,
    pub value: &'a [u8],
    pub value_at: usize,
}

/// The records of a PAX body (the header's `size` bytes, padding excluded), read as Go's
/// archive/tar reads them: each length is checked against what is left before it is used, so
/// no field read from the evidence can make it slice out of bounds. Stops after an error.
pub struct PaxRecords<'a> {
    body: &'a [u8],
    at: usize,
    failed: bool,
}

impl<'a> PaxRecords<'a> {
    pub fn new(body: &'a [u8]) -> Self {
        PaxRecords { body, at: 0, failed: false }
    }

    fn record(&self) -> Result<(PaxRecord<'a>, usize), PaxError> {
        let at = self.at;
        let rest = self.body.get(at..).unwrap_or_default();
        let space = rest.iter().position(|b| *b == b' ').ok_or(PaxError::NoLength { at })?;
        let length_field = rest.get(..space).unwrap_or_default();
        let out_of_range =
            || PaxError::LengthOutOfRange { at, length: String::from_utf8_lossy(&length_field[..length_field.len().min(24)]).into_owned() };
        // Go parses the field as a signed decimal (a leading '+' or '-' is allowed) and wants 5 or more.
        let length = std::str::from_utf8(length_field)
            .ok()
            .and_then(|text| text.parse::<i64>().ok())
            .and_then(|n| usize::try_from(n).ok())
            .filter(|n| *n >= 5 && *n <= rest.len() && *n > space + 1)
            .ok_or_else(out_of_range)?;
        let record = rest.get(space + 1..length).ok_or_else(out_of_range)?;
        let text = record.strip_suffix(b"\n").ok_or(PaxError::NoNewline { at })?;
        let equals = text.iter().position(|b| *b == b'=').ok_or(PaxError::NoEquals { at })?;
        let (key, value) = (&text[..equals], &text[equals + 1..]);
        let nul_forbidden = if matches!(key, b"path" | b"linkpath" | b"uname" | b"gname") { value } else { key };
        if key.is_empty() || nul_forbidden.contains(&0) {
            return Err(PaxError::InvalidKey { at });
        }
        Ok((PaxRecord { key, key_at: at + space + 1, value, value_at: at + space + 1 + equals + 1 }, at + length))
    }
}

impl<'a> Iterator for PaxRecords<'a> {
    type Item = Result<PaxRecord<'a>, PaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.at >= self.body.len() {
            return None;
        }
        match self.record() {
            Ok((record, next)) => {
                self.at = next;
                Some(Ok(record))
            }
            Err(err) => {
                self.failed = true;
                Some(Err(err))
            }
        }
    }
}

/// The `size` records of a PAX body before its first malformed record (where each value sits),
/// and the size tar-rs takes: the first record's (Go would take the last, or refuse the header
/// at a malformed record).
fn pax_sizes(body: &[u8]) -> (Vec<(usize, usize)>, Option<u64>, Option<PaxError>) {
    let mut places = Vec::new();
    let mut value = None;
    for record in PaxRecords::new(body) {
        match record {
            Ok(record) if record.key == b"size" => {
                places.push((record.value_at, record.value_at + record.value.len()));
                if places.len() == 1 {
                    value = std::str::from_utf8(record.value).ok().and_then(|text| text.parse().ok());
                }
            }
            Ok(_) => {}
            Err(err) => return (places, value, Some(err)),
        }
    }
    (places, value, None)
}

/// Makes tar-rs, which takes a PAX key's first record, take its last as Go does: the earlier
/// records of a repeated key get a key of underscores (the same length, so every record
/// length stays true), which no reader applies. GNU sparse maps are lists: Go keeps every
/// `GNU.sparse.offset`/`numbytes`, and so are they left. Returns the repeated keys.
fn last_record_wins(header: &mut [u8], size: u64) -> Vec<String> {
    let end = usize::try_from(size).ok().and_then(|size| size.checked_add(BLOCK)).unwrap_or(usize::MAX).min(header.len());
    let Some(body) = header.get(BLOCK..end) else { return Vec::new() };
    let records: Vec<(&[u8], usize)> = PaxRecords::new(body).map_while(Result::ok).map(|record| (record.key, record.key_at)).collect();
    let last: std::collections::HashMap<&[u8], usize> = records.iter().map(|(key, key_at)| (*key, *key_at)).collect();
    let mut blank = Vec::new();
    // The first few repeated keys by name, for the anomaly.
    let mut named = std::collections::HashSet::new();
    let mut repeated: Vec<String> = Vec::new();
    for (key, key_at) in &records {
        let list = matches!(*key, b"GNU.sparse.offset" | b"GNU.sparse.numbytes");
        if list || last.get(key) == Some(key_at) {
            continue;
        }
        if named.insert(*key) && repeated.len() < 8 {
            repeated.push(String::from_utf8_lossy(key).into_owned());
        }
        blank.push(BLOCK + key_at..BLOCK + key_at + key.len());
    }
    for range in blank {
        if let Some(bytes) = header.get_mut(range) {
            bytes.fill(b'_');
        }
    }
    repeated
}

/// A header field Go's archive/tar refuses, with the entry it came before (counted as the layer
/// reader counts entries: metadata records are not entries).
#[derive(Debug, Clone, thiserror::Error)]
#[error("entry {entry}: {field}: {error}")]
pub struct HeaderFault {
    pub entry: u64,
    pub field: &'static str,
    pub error: PaxError,
}

/// Faults kept per stream; the rest are counted.
const FAULTS_KEPT: usize = 16;

/// What the Go-style reader did to a stream and what it could not read the Go way; shared with
/// whoever reads the stream through it.
#[derive(Default)]
pub struct StreamLog {
    /// Headers changed or dropped so tar-rs reads what Go reads.
    pub rewritten: Cell<u64>,
    faults: RefCell<Vec<HeaderFault>>,
    faults_total: Cell<u64>,
    /// PAX headers that give a key more than once: (entry, the keys).
    duplicates: RefCell<Vec<(u64, Vec<String>)>>,
    duplicates_total: Cell<u64>,
}

impl StreamLog {
    fn rewrote(&self) {
        self.rewritten.set(self.rewritten.get() + 1);
    }

    fn fault(&self, fault: HeaderFault) {
        self.faults_total.set(self.faults_total.get() + 1);
        let mut faults = self.faults.borrow_mut();
        if faults.len() < FAULTS_KEPT {
            faults.push(fault);
        }
    }

    fn duplicate(&self, entry: u64, keys: Vec<String>) {
        self.duplicates_total.set(self.duplicates_total.get() + 1);
        let mut duplicates = self.duplicates.borrow_mut();
        if duplicates.len() < FAULTS_KEPT {
            duplicates.push((entry, keys));
        }
    }

    /// One anomaly per PAX header that repeats a key, and one for those only counted.
    pub fn duplicate_anomalies(&self, scope: &str) -> Vec<Anomaly> {
        let duplicates = self.duplicates.borrow();
        let mut anomalies: Vec<Anomaly> = duplicates
            .iter()
            .map(|(entry, keys)| {
                Anomaly::new(
                    "tar-pax-duplicate-key",
                    format!(
                        "{scope} entry {entry}: its PAX header gives {} more than once: Go's archive/tar (Docker, containerd) and \
                         layerhound take the last value; tar-rs, and readers like it, take the first and see another entry",
                        keys.join(", ")
                    ),
                )
            })
            .collect();
        let more = self.duplicates_total.get().saturating_sub(duplicates.len() as u64);
        if more > 0 {
            anomalies.push(Anomaly::new("tar-pax-duplicate-key", format!("{more} more {scope} PAX headers repeat a key")));
        }
        anomalies
    }

    /// One anomaly per fault kept, and one for those only counted.
    pub fn fault_anomalies(&self, scope: &str) -> Vec<Anomaly> {
        let faults = self.faults.borrow();
        let mut anomalies: Vec<Anomaly> = faults
            .iter()
            .map(|fault| {
                Anomaly::error(
                    "tar-header-invalid",
                    format!(
                        "{scope} {fault}: Go's archive/tar refuses the header here, so Docker and containerd cannot unpack \
                         this layer; layerhound and tar-rs read on, taking the records before the malformed one"
                    ),
                )
            })
            .collect();
        let more = self.faults_total.get().saturating_sub(faults.len() as u64);
        if more > 0 {
            anomalies.push(Anomaly::error("tar-header-invalid", format!("{more} more malformed {scope} headers")));
        }
        anomalies
    }
}

enum State {
    Header,
    /// Bytes to pass through before the next header.
    Body(u64),
    /// Sparse extension blocks follow, then a body.
    SparseExtension(u64),
    Passthrough,
}

pub struct GoTarReader<R> {
    inner: R,
    state: State,
    out: Vec<u8>,
    at: usize,
    /// PAX headers and GNU long names (typeflag, block + body) held until the entry they
    /// describe is seen.
    held: Vec<(u8, Vec<u8>)>,
    /// Drop such a record when another of its kind replaces it (changes stream offsets; off
    /// for the outer tar, whose members are sliced from the file at the offsets tar-rs reports).
    drop_replaced: bool,
    log: Rc<StreamLog>,
    /// Entries (headers other than PAX and long-name records) handed out so far.
    entries: u64,
    /// Bytes handed out or skipped: the position in the stream as tar-rs sees it.
    position: u64,
}

impl<R: Read> GoTarReader<R> {
    /// `log` counts the headers changed or dropped and keeps the faults met.
    pub fn new(inner: R, log: Rc<StreamLog>) -> Self {
        GoTarReader {
            inner,
            state: State::Header,
            out: Vec::new(),
            at: 0,
            held: Vec::new(),
            drop_replaced: true,
            log,
            entries: 0,
            position: 0,
        }
    }

    /// Rewrites only in place, so every byte keeps its offset in the original stream.
    pub fn keeping_offsets(inner: R, log: Rc<StreamLog>) -> Self {
        GoTarReader { drop_replaced: false, ..GoTarReader::new(inner, log) }
    }

    pub fn into_inner(self) -> R {
        self.inner
    }

    /// Produces the next stretch of output; false at the end of the stream.
    fn refill(&mut self) -> io::Result<bool> {
        self.out.clear();
        self.at = 0;
        match self.state {
            State::Passthrough => {
                self.out.resize(64 << 10, 0);
                let n = self.inner.read(&mut self.out)?;
                self.out.truncate(n);
                Ok(n > 0)
            }
            State::Body(0) => {
                self.state = State::Header;
                self.next_header()
            }
            State::Body(left) => {
                let want = left.min(64 << 10) as usize;
                self.out.resize(want, 0);
                let n = self.inner.read(&mut self.out)?;
                self.out.truncate(n);
                self.state = if n == 0 || left == n as u64 { State::Header } else { State::Body(left - n as u64) };
                if n == 0 {
                    self.state = State::Passthrough;
                }
                Ok(n > 0)
            }
            State::SparseExtension(body) => {
                let mut block = [0u8; BLOCK];
                let n = read_up_to(&mut self.inner, &mut block)?;
                self.out.extend_from_slice(&block[..n]);
                self.state = if n < BLOCK {
                    State::Passthrough
                } else if block[504] != 0 {
                    State::SparseExtension(body)
                } else {
                    State::Body(padded(body))
                };
                Ok(n > 0)
            }
            State::Header => self.next_header(),
        }
    }

    fn next_header(&mut self) -> io::Result<bool> {
        loop {
            let mut block = vec![0u8; BLOCK];
            let n = read_up_to(&mut self.inner, &mut block)?;
            block.truncate(n);
            let nonzero = n == BLOCK && block.iter().any(|b| *b != 0);
            if nonzero && !checksum_ok(&block) && signed_checksum_ok(&block) {
                set_checksum(&mut block);
                self.log.rewrote();
            }
            let understood = nonzero && checksum_ok(&block);
            let Some(size) = understood.then(|| octal_or_binary(&block[124..136])).flatten() else {
                self.release_held();
                self.out.extend_from_slice(&block);
                self.state = State::Passthrough;
                return Ok(!self.out.is_empty());
            };
            let typeflag = block[156];
            let already_held = self.held.iter().any(|(held, _)| *held == typeflag);
            if matches!(typeflag, b'x' | b'L' | b'K') && size <= MAX_HELD_BODY && (self.drop_replaced || !already_held) {
                // A second record of a kind replaces the first, as in Go (tar-rs refuses both).
                if already_held {
                    self.held.retain(|(held, _)| *held != typeflag);
                    self.log.rewrote();
                }
                let mut body = vec![0u8; padded(size) as usize];
                let got = read_up_to(&mut self.inner, &mut body)?;
                body.truncate(got);
                block.extend(body);
                if typeflag == b'x' {
                    let repeated = last_record_wins(&mut block, size);
                    if !repeated.is_empty() {
                        self.log.rewrote();
                        self.log.duplicate(self.entries, repeated);
                    }
                }
                if got as u64 == padded(size) {
                    self.held.push((typeflag, block));
                    continue;
                }
                self.release_held();
                self.out.extend(block);
                self.state = State::Passthrough;
                return Ok(true);
            }
            let (places, pax_size) = self.held_pax_size();
            if header_only(typeflag) {
                if size > 0 || pax_size.is_some_and(|value| value > 0) {
                    block[124..136].copy_from_slice(b"00000000000\0");
                    set_checksum(&mut block);
                    if let Some((_, pax)) = self.held.iter_mut().find(|(held, _)| *held == b'x') {
                        for (start, end) in places {
                            if let Some(value) = pax.get_mut(BLOCK + start..BLOCK + end) {
                                value.fill(b'0');
                            }
                        }
                    }
                    self.log.rewrote();
                }
                self.release_held();
                self.out.extend(block);
                self.entries += 1;
                self.state = State::Header;
                return Ok(true);
            }
            // Metadata records describe the next entry; a PAX size does not apply to them.
            let metadata = matches!(typeflag, b'L' | b'K' | b'g' | b'x');
            let body = if metadata { size } else { pax_size.unwrap_or(size) };
            let extended = typeflag == b'S' && block[482] != 0;
            self.release_held();
            self.out.extend(block);
            if !metadata {
                self.entries += 1;
            }
            self.state = if extended { State::SparseExtension(body) } else { State::Body(padded(body)) };
            return Ok(true);
        }
    }

    /// The `size` records of a held PAX header (where each value sits) and the size tar-rs will
    /// take; a malformed record is logged as a fault against the entry it precedes.
    fn held_pax_size(&self) -> (Vec<(usize, usize)>, Option<u64>) {
        let Some((_, pax)) = self.held.iter().find(|(held, _)| *held == b'x') else { return (Vec::new(), None) };
        // The body is the header's size, not its padding.
        let length = pax.get(124..136).and_then(octal_or_binary).unwrap_or(0);
        let end = usize::try_from(length).ok().and_then(|length| length.checked_add(BLOCK)).unwrap_or(usize::MAX).min(pax.len());
        let (places, value, error) = pax_sizes(pax.get(BLOCK..end).unwrap_or_default());
        if let Some(error) = error {
            self.log.fault(HeaderFault { entry: self.entries, field: "PAX extended header", error });
        }
        (places, value)
    }

    fn release_held(&mut self) {
        for (_, bytes) in std::mem::take(&mut self.held) {
            self.out.extend(bytes);
        }
    }
}

/// Lets tar-rs skip a body by seeking (the outer archive, read from memory) instead of reading
/// it through; only forward skips from the current position, which is all tar-rs asks for.
impl<R: Read + Seek> Seek for GoTarReader<R> {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        let SeekFrom::Current(distance) = pos else {
            return Err(io::Error::new(io::ErrorKind::Unsupported, "only relative seeks"));
        };
        let mut left = u64::try_from(distance).map_err(|_| io::Error::new(io::ErrorKind::Unsupported, "only forward seeks"))?;
        let target = self.position + left;
        let buffered = ((self.out.len() - self.at) as u64).min(left);
        self.at += buffered as usize;
        left -= buffered;
        match self.state {
            State::Body(body) if left <= body => {
                self.inner.seek(SeekFrom::Current(i64::try_from(left).map_err(io::Error::other)?))?;
                self.state = State::Body(body - left);
            }
            _ => {
                io::copy(&mut Read::by_ref(self).take(left), &mut io::sink())?;
            }
        }
        self.position = target;
        Ok(target)
    }
}

impl<R: Read> Read for GoTarReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at >= self.out.len() {
            if !self.refill()? {
                return Ok(0);
            }
        }
        let n = buf.len().min(self.out.len() - self.at);
        buf[..n].copy_from_slice(&self.out[self.at..self.at + n]);
        self.at += n;
        self.position += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(name: &str, kind: tar::EntryType, size: u64) -> tar::Header {
        let mut header = tar::Header::new_ustar();
        header.set_path(name).unwrap();
        header.set_entry_type(kind);
        header.set_size(size);
        header.set_cksum();
        header
    }

    fn names(bytes: &[u8]) -> Vec<String> {
        let mut archive = tar::Archive::new(GoTarReader::new(bytes, Rc::default()));
        archive.entries().unwrap().map(|e| String::from_utf8_lossy(&e.unwrap().path_bytes()).into_owned()).collect()
    }

    #[test]
    fn entries_hidden_in_a_directory_body_are_read_like_go_does() {
        let mut smuggled = header("etc/cron.d/backdoor", tar::EntryType::Regular, 3).as_bytes().to_vec();
        smuggled.extend(b"pwn");
        smuggled.resize(1024, 0);
        let mut bytes = header("etc/cron.d/", tar::EntryType::Directory, smuggled.len() as u64).as_bytes().to_vec();
        bytes.extend(&smuggled);
        bytes.extend(header("etc/hostname", tar::EntryType::Regular, 0).as_bytes());
        bytes.extend([0u8; 1024]);
        assert_eq!(names(&bytes), ["etc/cron.d/", "etc/cron.d/backdoor", "etc/hostname"]);
    }

    #[test]
    fn a_pax_size_on_a_hardlink_is_zeroed_and_regular_bodies_keep_theirs() {
        let mut builder = tar::Builder::new(Vec::new());
        builder.append_pax_extensions([("size", b"700".as_slice())]).unwrap();
        builder.append(&header("link", tar::EntryType::Link, 0), &[][..]).unwrap();
        builder.append_pax_extensions([("size", b"5".as_slice())]).unwrap();
        builder.append(&header("file", tar::EntryType::Regular, 99), &b"hello"[..]).unwrap();
        builder.append(&header("after", tar::EntryType::Regular, 0), &[][..]).unwrap();
        let bytes = builder.into_inner().unwrap();
        let log = Rc::new(StreamLog::default());
        let mut archive = tar::Archive::new(GoTarReader::new(bytes.as_slice(), Rc::clone(&log)));
        let read: Vec<(String, u64)> = archive
            .entries()
            .unwrap()
            .map(|e| e.unwrap())
            .map(|e| (String::from_utf8_lossy(&e.path_bytes()).into_owned(), e.size()))
            .collect();
        assert_eq!(read, [("link".to_string(), 0), ("file".to_string(), 5), ("after".to_string(), 0)]);
        assert_eq!(log.rewritten.get(), 1);
    }

    #[test]
    fn a_second_pax_header_replaces_the_first() {
        let mut builder = tar::Builder::new(Vec::new());
        builder.append_pax_extensions([("path", b"etc/evil".as_slice())]).unwrap();
        builder.append_pax_extensions([("mtime", b"1".as_slice())]).unwrap();
        builder.append(&header("benign", tar::EntryType::Regular, 0), &[][..]).unwrap();
        assert_eq!(names(&builder.into_inner().unwrap()), ["benign"]);
    }

    #[test]
    fn a_second_gnu_long_name_replaces_the_first() {
        let mut bytes = Vec::new();
        for name in [b"first-long-name".as_slice(), b"second-long-name"] {
            let mut long = header("././@LongLink", tar::EntryType::GNULongName, name.len() as u64 + 1);
            long.set_cksum();
            bytes.extend(long.as_bytes());
            let mut body = name.to_vec();
            body.push(0);
            body.resize(512, 0);
            bytes.extend(body);
        }
        bytes.extend(header("short", tar::EntryType::Regular, 0).as_bytes());
        bytes.extend([0u8; 1024]);
        assert_eq!(names(&bytes), ["second-long-name"]);
    }

    #[test]
    fn pax_records_with_lengths_out_of_range_are_errors_not_panics() {
        for body in [
            b"99999999999999999999999 size=1\n".as_slice(),
            b"-5 size=1\n",
            b"0 size=1\n",
            b"2 \n",
            b"4 a=\n",
            b"500 size=1\n",
            b"+9 size=1\n".as_slice(),
            b"9size=1\n",
            b"11 size=1\0\0",
            b"8 size1\n",
            b"5 =1\n",
        ] {
            let parsed: Vec<_> = PaxRecords::new(body).collect();
            assert!(matches!(parsed.last(), Some(Err(_))), "{:?} parsed as {} records", String::from_utf8_lossy(body), parsed.len());
        }
        let records: Vec<_> =
            PaxRecords::new(b"9 size=1\n13 mtime=1.5\n").map(Result::unwrap).map(|r| (r.key, r.value, r.value_at)).collect();
        assert_eq!(records, [(b"size".as_slice(), b"1".as_slice(), 7), (b"mtime", b"1.5", 18)]);
    }

    #[test]
    fn a_malformed_pax_record_is_a_fault_naming_the_entry_and_the_reader_goes_on() {
        let mut bytes = header("first", tar::EntryType::Regular, 0).as_bytes().to_vec();
        let record = b"2 size=5\n";
        let mut pax = header("PaxHeaders/second", tar::EntryType::XHeader, record.len() as u64).as_bytes().to_vec();
        pax.extend(record);
        pax.resize(1024, 0);
        bytes.extend(pax);
        bytes.extend(header("second", tar::EntryType::Regular, 0).as_bytes());
        bytes.extend(header("third", tar::EntryType::Regular, 0).as_bytes());
        bytes.extend([0u8; 1024]);
        let log = Rc::new(StreamLog::default());
        let mut archive = tar::Archive::new(GoTarReader::new(bytes.as_slice(), Rc::clone(&log)));
        let names: Vec<String> =
            archive.entries().unwrap().map(|e| String::from_utf8_lossy(&e.unwrap().path_bytes()).into_owned()).collect();
        assert_eq!(names, ["first", "second", "third"]);
        let anomalies = log.fault_anomalies("layer");
        assert_eq!(anomalies.len(), 1);
        assert!(
            anomalies[0].message.contains("entry 1: PAX extended header") && anomalies[0].message.contains("\"2\""),
            "{}",
            anomalies[0].message
        );
    }

    #[test]
    fn numeric_fields_are_read_in_full_with_their_sign() {
        let base256 = |bytes: &[u8]| {
            let mut field = [0u8; 12];
            field[12 - bytes.len()..].copy_from_slice(bytes);
            field[0] |= 0x80;
            field
        };
        assert_eq!(numeric_field(b"00000000017\0"), Numeric::Value(15));
        assert_eq!(numeric_field(&base256(&[1, 0, 0, 0, 0, 0, 0, 0])), Numeric::Value(1 << 56));
        assert_eq!(numeric_field(&base256(&[1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])), Numeric::TooLarge, "2^80");
        assert_eq!(numeric_field(&[0xff; 12]), Numeric::Negative(-1));
        assert_eq!(numeric_field(&base256(&[0x80, 0, 0, 0, 0, 0, 0, 0])), Numeric::TooLarge, "2^63");
        assert_eq!(numeric_field(b"12345678901x"), Numeric::Invalid);
    }
}
