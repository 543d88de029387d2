//! tar-split (github.com/vbatts/tar-split), which Docker and containers/storage keep beside each
//! extracted layer: JSON lines of "segments" (tar headers and padding, base64) and "files"
//! (name, size, CRC-64/ISO of the body). Segments in order, with each file's bytes read from
//! the layer's directory between them, give back the layer tar byte for byte: its sha256 is the
//! diff_id the image was pulled with.
//!
//! [`SplitReader`] yields that tar, reading bodies from the layer directory (checked against
//! their CRC-64) or, to learn the headers cheaply, as zeros.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};

use base64::Engine as _;
use serde::Deserialize;

use super::fsread::Root;
use crate::shared::limits::Capped;

/// One JSON line of a tar-split file.
#[derive(Deserialize)]
struct Line {
    #[serde(rename = "type")]
    kind: u8,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    name_raw: Option<String>,
    #[serde(default)]
    size: Option<i64>,
    #[serde(default)]
    payload: Option<String>,
}

/// tar-split's entry types (storage.FileType, storage.SegmentType).
const FILE: u8 = 1;
const SEGMENT: u8 = 2;

/// The longest JSON line read: a segment holds headers (PAX records, long names) and padding.
const MAX_LINE: u64 = 4 << 20;

/// Where the layer directory stops agreeing with the tar-split record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Divergence {
    /// The tar entry's name as recorded.
    pub path: String,
    pub reason: String,
}

/// Where file bodies come from.
pub enum Bodies<'a> {
    /// Zeros of the recorded size: the headers are what is wanted.
    Zeros,
    /// The layer's directory on disk, every body checked against its recorded CRC-64.
    Disk(&'a Root),
}

enum Pending {
    None,
    Bytes(Vec<u8>, usize),
    Zeros(u64),
    File { file: File, left: u64, crc: Crc64, want: Option<[u8; 8]>, name: String },
}

pub struct SplitReader<'a> {
    lines: io::Split<BufReader<Capped<flate2::read::MultiGzDecoder<File>>>>,
    bodies: Bodies<'a>,
    pending: Pending,
    /// Set when a body on disk does not match the record; reading then fails.
    pub divergence: Option<Divergence>,
}

fn bad(message: impl Into<String>) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message.into())
}

impl<'a> SplitReader<'a> {
    /// `file` is `tar-split.json.gz` (gzip of JSON lines), decompressed up to `max_bytes`.
    pub fn new(file: File, max_bytes: u64, bodies: Bodies<'a>) -> SplitReader<'a> {
        let decoder = flate2::read::MultiGzDecoder::new(file);
        let lines = BufReader::new(Capped::new(decoder, max_bytes)).split(b'\n');
        SplitReader { lines, bodies, pending: Pending::None, divergence: None }
    }

    fn diverge(&mut self, path: &str, reason: String) -> io::Error {
        self.divergence = Some(Divergence { path: path.to_string(), reason: reason.clone() });
        bad(format!("{path}: {reason}"))
    }

    /// The next item of the record, as what to yield; false at the end.
    fn advance(&mut self) -> io::Result<bool> {
        loop {
            let Some(line) = self.lines.next() else { return Ok(false) };
            let line = line?;
            if line.len() as u64 > MAX_LINE {
                return Err(bad(format!("a tar-split line of {} bytes, over {MAX_LINE}", line.len())));
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let line: Line = serde_json::from_slice(&line).map_err(|e| bad(format!("tar-split line: {e}")))?;
            let decode =
                |text: &str| base64::engine::general_purpose::STANDARD.decode(text).map_err(|e| bad(format!("tar-split base64: {e}")));
            match line.kind {
                SEGMENT => {
                    let bytes = line.payload.as_deref().map(decode).transpose()?.unwrap_or_default();
                    if !bytes.is_empty() {
                        self.pending = Pending::Bytes(bytes, 0);
                        return Ok(true);
                    }
                }
                FILE => {
                    let size = u64::try_from(line.size.unwrap_or(0)).map_err(|_| bad("tar-split: a negative file size"))?;
                    // Go's tar-split skips empty bodies without opening anything (whiteouts,
                    // directories, links).
                    if size == 0 {
                        continue;
                    }
                    let name = match (&line.name_raw, &line.name) {
                        (Some(raw), _) => decode(raw)?,
                        (None, Some(name)) => name.clone().into_bytes(),
                        (None, None) => return Err(bad("tar-split: a file entry with no name")),
                    };
                    let want = match line.payload.as_deref().map(decode).transpose()? {
                        Some(sum) => {
                            Some(<[u8; 8]>::try_from(sum.as_slice()).map_err(|_| bad("tar-split: a checksum that is not 8 bytes"))?)
                        }
                        None => None,
                    };
                    let shown = String::from_utf8_lossy(&name).into_owned();
                    self.pending = match &self.bodies {
                        Bodies::Zeros => Pending::Zeros(size),
                        Bodies::Disk(root) => match root.open_file(&name) {
                            Ok((file, stat)) if stat.st_size as u64 == size => {
                                Pending::File { file, left: size, crc: Crc64::default(), want, name: shown }
                            }
                            Ok((_, stat)) => {
                                return Err(self.diverge(&shown, format!("{} bytes on disk, {size} when pulled", stat.st_size)))
                            }
                            Err(err) => return Err(self.diverge(&shown, format!("cannot be read from the layer directory: {err}"))),
                        },
                    };
                    return Ok(true);
                }
                other => return Err(bad(format!("tar-split: unknown entry type {other}"))),
            }
        }
    }
}

impl Read for SplitReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            match &mut self.pending {
                Pending::None => {
                    if !self.advance()? {
                        return Ok(0);
                    }
                }
                Pending::Bytes(bytes, at) => {
                    let n = (bytes.len() - *at).min(buf.len());
                    buf[..n].copy_from_slice(&bytes[*at..*at + n]);
                    *at += n;
                    if *at == bytes.len() {
                        self.pending = Pending::None;
                    }
                    return Ok(n);
                }
                Pending::Zeros(left) => {
                    let n = usize::try_from(*left).unwrap_or(usize::MAX).min(buf.len());
                    buf[..n].fill(0);
                    *left -= n as u64;
                    if *left == 0 {
                        self.pending = Pending::None;
                    }
                    return Ok(n);
                }
                Pending::File { file, left, crc, want, name } => {
                    let cap = usize::try_from(*left).unwrap_or(usize::MAX).min(buf.len());
                    let n = file.read(&mut buf[..cap])?;
                    if n == 0 {
                        let (name, left) = (name.clone(), *left);
                        return Err(self.diverge(&name, format!("ended {left} bytes early while read")));
                    }
                    crc.update(&buf[..n]);
                    *left -= n as u64;
                    if *left == 0 {
                        let sum = crc.sum();
                        if want.is_some_and(|want| want != sum) {
                            let name = name.clone();
                            return Err(self.diverge(&name, "its bytes differ from the pulled file's (CRC-64 mismatch)".into()));
                        }
                        self.pending = Pending::None;
                    }
                    return Ok(n);
                }
            }
        }
    }
}

/// CRC-64 with the ISO polynomial, as Go's hash/crc64 computes it (tar-split's checksum).
#[derive(Default)]
pub struct Crc64(u64);

const ISO_REVERSED: u64 = 0xD800_0000_0000_0000;

const fn iso_table() -> [u64; 256] {
    let mut table = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        let mut crc = i as u64;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ ISO_REVERSED } else { crc >> 1 };
            bit += 1;
        }
        table[i] = crc;
        i += 1;
    }
    table
}

static ISO_TABLE: [u64; 256] = iso_table();

impl Crc64 {
    pub fn update(&mut self, bytes: &[u8]) {
        let mut crc = !self.0;
        for byte in bytes {
            crc = ISO_TABLE[((crc as u8) ^ byte) as usize] ^ (crc >> 8);
        }
        self.0 = !crc;
    }

    /// Big-endian, as Go's `Sum(nil)` appends it.
    pub fn sum(&self) -> [u8; 8] {
        self.0.to_be_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc64_iso_matches_go() {
        // The catalogue's check value of CRC-64/GO-ISO (the CRC of "123456789").
        let mut crc = Crc64::default();
        crc.update(b"123456789");
        assert_eq!(crc.sum(), 0xb909_56c7_75a4_1001u64.to_be_bytes());
        let mut split = Crc64::default();
        split.update(b"1234");
        split.update(b"56789");
        assert_eq!(split.sum(), crc.sum());
    }
}
