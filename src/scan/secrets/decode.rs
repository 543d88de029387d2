//! Values base64-wrapped once more: a Kubernetes Secret's `data:`, a `KEY=<base64>` line, a
//! `.dockerconfigjson` held in a manifest. The runs standing alone as a value are found in the
//! keyword windows and decoded (depth 1, bounded); only those that decode to text are scanned.

use base64::engine::general_purpose::STANDARD_NO_PAD;
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

fn base64_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'+' || b == b'/'
}

/// The base64 runs standing alone as a value (after `:` or `=`, spaces and one quote) that
/// start inside `spans` (sorted, disjoint), in order of offset, at most `MAX_TRIED`.
pub fn runs(bytes: &[u8], spans: &[(usize, usize)]) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    let mut past = 0;
    for &(start, end) in spans {
        let start = start.max(past);
        if start >= end {
            continue;
        }
        for delimiter in memchr::memchr2_iter(b':', b'=', &bytes[start..end.min(bytes.len())]) {
            if found.len() >= MAX_TRIED {
                return found;
            }
            let mut at = start + delimiter + 1;
            if at < past {
                continue;
            }
            while bytes.get(at).is_some_and(|&b| b == b' ' || b == b'\t') {
                at += 1;
            }
            if bytes.get(at).is_some_and(|&b| b == b'"' || b == b'\'') {
                at += 1;
            }
            let run_start = at;
            while at < bytes.len() && at - run_start <= MAX_RUN && base64_char(bytes[at]) {
                at += 1;
            }
            let mut run_end = at;
            while run_end - at < 2 && bytes.get(run_end) == Some(&b'=') {
                run_end += 1;
            }
            // The value ends where the run does: a JWT's `.`, a URL, a base64url `-` or `_`
            // mean it is something else.
            let closed = bytes.get(run_end).is_none_or(|&b| b.is_ascii_whitespace() || b"\"',;}]".contains(&b));
            if closed && (MIN_RUN..=MAX_RUN).contains(&(run_end - run_start)) {
                found.push(run_start..run_end);
                past = run_end;
            }
        }
    }
    found
}

/// What a run decodes to, when that is text (UTF-8 without control characters but line
/// breaks and tabs): a PNG, a compressed blob, a hash or a word that happens to be base64 is not.
pub fn text(run: &[u8]) -> Option<Vec<u8>> {
    let unpadded = run.strip_suffix(b"==").or_else(|| run.strip_suffix(b"=")).unwrap_or(run);
    let decoded = STANDARD_NO_PAD.decode(unpadded).ok()?;
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
    fn binary_urls_jwts_and_short_words_are_not() {
        // a PNG's signature and header, base64
        assert!(values("icon: iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA\n").is_empty());
        assert!(values("url: https://example.com/a/b\n").is_empty());
        assert!(values("token: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig\n").is_empty());
        assert!(values("name: abc\nsha: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n").is_empty());
    }
}
