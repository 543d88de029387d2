//! Values base64-wrapped once more: a Kubernetes Secret's `data:`, a `KEY=<base64>` line, a
//! `.dockerconfigjson` held in a manifest. The runs standing alone as a value are found in the
//! keyword windows and decoded (depth 1, bounded); only those that decode to text are scanned.
//! A run may be base64url (`-` and `_` for `+` and `/`, as URLs and tokens carry it) and may be
//! wrapped over several full lines (`base64`'s 76 columns, a YAML `|` block).

use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use base64::Engine;

/// Fewest base64 characters worth decoding (9 bytes: a short password).
const MIN_RUN: usize = 12;
/// The most bytes one run may decode to: a key file or a config, not an archive.
pub const MAX_DECODED: usize = 4096;
const MAX_RUN: usize = MAX_DECODED.div_ceil(3) * 4;
/// Runs tried, and runs decoded to text, per blob: a file of many base64 values (a lock file's
/// hashes, a bundle's inline images) costs no more than this.
const MAX_TRIED: usize = 256;
pub const MAX_DECODED_PER_BLOB: usize = 32;

/// Fewest characters of a line that another line continues: a wrapped value's lines are full
/// (76 columns from `base64`, 64 from PEM-style tools); a short line ends the value.
const MIN_WRAPPED_LINE: usize = 40;

fn base64_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"+/-_".contains(&b)
}

fn blank(b: &u8) -> bool {
    *b == b' ' || *b == b'\t'
}

/// Where a value given on the lines below its key starts: after a YAML block indicator (`|`,
/// `>-`) or a shell line continuation (`\`) and the line break, past the indentation.
fn block_start(bytes: &[u8], at: usize) -> Option<usize> {
    let mut i = at;
    match bytes.get(i)? {
        b'|' | b'>' => {
            i += 1;
            if bytes.get(i).is_some_and(|&b| b == b'-' || b == b'+') {
                i += 1;
            }
        }
        b'\\' => i += 1,
        _ => return None,
    }
    while bytes.get(i).is_some_and(blank) {
        i += 1;
    }
    if bytes.get(i) == Some(&b'\r') {
        i += 1;
    }
    (bytes.get(i) == Some(&b'\n')).then(|| i + 1 + bytes[i + 1..].iter().take_while(|b| blank(b)).count())
}

/// What closes a value: whitespace, a quote, a separator or the end.
fn closes(byte: Option<&u8>) -> bool {
    byte.is_none_or(|&b| b.is_ascii_whitespace() || b"\"',;}]".contains(&b))
}

/// One line's base64 from `at`: (where its characters end, where its `=` padding ends).
fn line_run(bytes: &[u8], at: usize, room: usize) -> (usize, usize) {
    let mut end = at;
    while end < bytes.len() && end - at <= room && base64_char(bytes[end]) {
        end += 1;
    }
    let mut padded = end;
    while padded - end < 2 && bytes.get(padded) == Some(&b'=') {
        padded += 1;
    }
    (end, padded)
}

/// The end of the base64 run from `at` (the line's characters and up to two `=`), following a
/// full line onto the next when that one is base64 alone too (not the next key of a map).
/// Returns (end, base64 characters).
fn run_end(bytes: &[u8], at: usize) -> (usize, usize) {
    let (mut end, mut padded) = line_run(bytes, at, MAX_RUN);
    let mut line_chars = end - at;
    let mut chars = line_chars;
    while padded == end && line_chars >= MIN_WRAPPED_LINE && line_chars.is_multiple_of(4) {
        let mut next = end + usize::from(bytes.get(end) == Some(&b'\r'));
        if bytes.get(next) != Some(&b'\n') {
            break;
        }
        next += 1;
        next += bytes[next..].iter().take_while(|b| blank(b)).count();
        let (next_end, next_padded) = line_run(bytes, next, MAX_RUN.saturating_sub(chars));
        if next_end == next || !closes(bytes.get(next_padded)) {
            break;
        }
        line_chars = next_end - next;
        chars += line_chars;
        (end, padded) = (next_end, next_padded);
    }
    (padded, chars + padded - end)
}

/// The base64 runs standing alone as a value (after `:` or `=`, spaces and one quote; or alone
/// on its line, `base64`'s output in a file, a value below its key) that start inside `spans`
/// (sorted, disjoint), in order of offset, at most `MAX_TRIED`.
pub fn runs(bytes: &[u8], spans: &[(usize, usize)]) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    let mut past = 0;
    for &(start, end) in spans {
        let start = start.max(past);
        if start >= end {
            continue;
        }
        let hay = &bytes[start..end.min(bytes.len())];
        let blob_start = (start == 0).then_some((0, true));
        let delimiters = memchr::memchr3_iter(b':', b'=', b'\n', hay).map(|i| (start + i + 1, hay[i] == b'\n'));
        for (mut at, line_start) in blob_start.into_iter().chain(delimiters) {
            if found.len() >= MAX_TRIED {
                return found;
            }
            if at < past {
                continue;
            }
            while bytes.get(at).is_some_and(blank) {
                at += 1;
            }
            if !line_start {
                if let Some(below) = block_start(bytes, at) {
                    at = below;
                }
                if bytes.get(at).is_some_and(|&b| b == b'"' || b == b'\'') {
                    at += 1;
                }
            }
            let run_start = at;
            let (run_end, chars) = run_end(bytes, at);
            // A value alone on its line is taken when the line is full: a word on a line of
            // its own is not.
            let first_line = memchr::memchr(b'\n', &bytes[run_start..run_end]).unwrap_or(run_end - run_start);
            if line_start && first_line < MIN_WRAPPED_LINE {
                continue;
            }
            // The value ends where the run does: a JWT's `.` or a URL mean it is something else.
            if closes(bytes.get(run_end)) && (MIN_RUN..=MAX_RUN).contains(&chars) {
                found.push(run_start..run_end);
                past = run_end;
            }
        }
    }
    found
}

/// What a run decodes to, when that is text (UTF-8 without control characters but line
/// breaks and tabs): a PNG, a compressed blob, a hash or a word that happens to be base64 is not.
/// A run mixing the two alphabets (`+` and `_`) is neither, and does not decode.
pub fn text(run: &[u8]) -> Option<Vec<u8>> {
    let joined: Vec<u8> = run.iter().copied().filter(|b| !b.is_ascii_whitespace()).collect();
    let unpadded = joined.strip_suffix(b"==").or_else(|| joined.strip_suffix(b"=")).unwrap_or(&joined);
    let engine = if unpadded.iter().any(|b| *b == b'-' || *b == b'_') { &URL_SAFE_NO_PAD } else { &STANDARD_NO_PAD };
    let decoded = engine.decode(unpadded).ok()?;
    let text = std::str::from_utf8(&decoded).ok()?;
    let printable = text.chars().all(|c| !c.is_control() || c == '\n' || c == '\r' || c == '\t');
    (printable && text.trim().len() >= 6 && decoded.len() <= MAX_DECODED).then_some(decoded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<String> {
        let bytes = text.as_bytes();
        runs(bytes, &[(0, bytes.len())])
            .into_iter()
            .filter_map(|run| super::text(&bytes[run]))
            .map(|d| String::from_utf8_lossy(&d).into_owned())
            .collect()
    }

    #[test]
    fn a_value_standing_alone_is_decoded() {
        assert_eq!(values("  password: VGh5akI3dHJpdkxMekpTRw==\n"), ["ThyjB7trivLLzJSG"]);
        assert_eq!(values("DB_PASS=\"VGh5akI3dHJpdkxMekpTRw\"\n"), ["ThyjB7trivLLzJSG"]);
        assert_eq!(values("{\"token\": \"VGh5akI3dHJpdkxMekpTRw==\", \"x\": 1}"), ["ThyjB7trivLLzJSG"]);
    }

    #[test]
    fn base64url_and_wrapped_values_are_decoded() {
        // `{"k":"?>?>?>"}` has `/` in standard base64 and `_` in base64url
        assert_eq!(values("state=eyJrIjoiPz4_Pj8-In0\n"), ["{\"k\":\"?>?>?>\"}"]);
        let wrapped = "c2VydmljZV9hY2NvdW50X3Bhc3N3b3JkOiBacTh2TjJ4VDVtSzlwUjN3LCByZWdpb246IGV1LXdl\nc3QtMSwgdGllcjogZ29sZA==";
        let want = "service_account_password: Zq8vN2xT5mK9pR3w, region: eu-west-1, tier: gold";
        assert_eq!(values(&format!("creds: |\n    {}\n", wrapped.replace('\n', "\n    "))), [want]);
        assert_eq!(values(&format!("BLOB=\\\n{wrapped}\n")), [want]);
        assert_eq!(values(&format!("blob: {wrapped}\n")), [want]);
        // alone on its lines: a file of `base64`'s output, a value below its key
        assert_eq!(values(&format!("{wrapped}\n")), [want]);
        assert_eq!(values(&format!("blob:\n{wrapped}\n")), [want]);
        assert!(values("# notes\nVGh5akI3dHJpdkxMekpTRw==\n").is_empty(), "a short line alone is no value");
        // a short line ends the value; the next line is another key's
        assert_eq!(values("a: VGh5akI3dHJpdkxMekpTRw==\nb_c_d_e_f_g_h_i: x\n"), ["ThyjB7trivLLzJSG"]);
        // a full line (40 characters) followed by the next key of the map
        let full = "  a: ZGVwbG95OlpxOHZOMnhUNW1LOXBSM3dadfSDFdAb\n  b: VGh5akI3dHJpdkxMekpTRw==\n";
        assert!(values(full).contains(&"ThyjB7trivLLzJSG".to_string()), "{:?}", values(full));
        assert_eq!(runs(full.as_bytes(), &[(0, full.len())]).len(), 2);
    }

    #[test]
    fn binary_urls_jwts_and_short_words_are_not() {
        // a PNG's signature and header, base64
        assert!(values("icon: iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA\n").is_empty());
        assert!(values("url: https://example.com/a/b\n").is_empty());
        assert!(values("token: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig\n").is_empty());
        assert!(values("name: abc\nsha: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n").is_empty());
    }
}
