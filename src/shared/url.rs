//! A URL's authority (`scheme://[user[:password]@]host[:port]`) as files give it: in scripts,
//! configs and prose, where the URL ends at a blank, a quote or markup as often as at its path.
//! The indicator search reads the host of every URL; the secret scanner names a value's
//! provider from the host of the URL it sits in.

use std::ops::Range;

/// Where the parts of one authority lie, as ranges of the bytes given to [`authority`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authority {
    /// `user[:password]`: everything before the last `@`, as browsers and curl read it (a
    /// password may hold an unescaped `@`).
    pub userinfo: Option<Range<usize>>,
    /// A name, an address, or an IPv6 literal with its brackets; never the port.
    pub host: Range<usize>,
    /// What follows the host's `:`, digits or not (the caller judges).
    pub port: Option<Range<usize>>,
}

/// The authority at the start of `after_scheme` (the bytes just after `://`). It ends where the
/// path, query or fragment starts (`/`, `?`, `#`), or where the URL's text does: a blank, a
/// quote, a backtick or an angle bracket.
pub fn authority(after_scheme: &[u8]) -> Authority {
    let end = after_scheme
        .iter()
        .position(|b| matches!(b, b'/' | b'?' | b'#' | b'"' | b'\'' | b'`' | b'<' | b'>') || b.is_ascii_whitespace())
        .unwrap_or(after_scheme.len());
    let text = &after_scheme[..end];
    let host_start = text.iter().rposition(|b| *b == b'@').map_or(0, |at| at + 1);
    let userinfo = (host_start > 0).then(|| 0..host_start - 1);
    let rest = &text[host_start..];
    // A bracketed IPv6 literal holds colons of its own: its port follows the `]`.
    let host_len = if rest.starts_with(b"[") {
        rest.iter().position(|b| *b == b']').map_or(rest.len(), |close| close + 1)
    } else {
        rest.iter().position(|b| *b == b':').unwrap_or(rest.len())
    };
    let host = host_start..host_start + host_len;
    let port = (text.get(host.end) == Some(&b':')).then(|| host.end + 1..end);
    Authority { userinfo, host, port }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parts as text, for readable expectations.
    fn parts(url: &str) -> (Option<&str>, &str, Option<&str>) {
        let after = &url[url.find("://").map_or(0, |at| at + 3)..];
        let found = authority(after.as_bytes());
        (found.userinfo.map(|r| &after[r]), &after[found.host], found.port.map(|r| &after[r]))
    }

    #[test]
    fn splits_user_host_and_port() {
        assert_eq!(parts("https://api.acme.com/v1?x=1"), (None, "api.acme.com", None));
        assert_eq!(parts("ftp://u:p@files.example.top:21/a"), (Some("u:p"), "files.example.top", Some("21")));
        assert_eq!(parts("https://user@shop.acme.co.uk:8443"), (Some("user"), "shop.acme.co.uk", Some("8443")));
        assert_eq!(parts("redis://:s3cr3t@cache:6379"), (Some(":s3cr3t"), "cache", Some("6379")));
    }

    #[test]
    fn a_password_may_hold_an_at_sign() {
        assert_eq!(parts("mysql://app:p@ss!w0rd@db.internal:3306/shop"), (Some("app:p@ss!w0rd"), "db.internal", Some("3306")));
    }

    #[test]
    fn ends_where_the_text_of_the_url_ends() {
        assert_eq!(parts("see https://evil.tk then"), (None, "evil.tk", None));
        assert_eq!(parts("href=\"http://evil.tk\">x</a>"), (None, "evil.tk", None));
        assert_eq!(parts("`https://a.example`"), (None, "a.example", None));
        assert_eq!(parts("https://a.example#top"), (None, "a.example", None));
        // No `@` before the path: the one after it is the path's.
        assert_eq!(parts("https://a.example/u@b.example"), (None, "a.example", None));
        assert_eq!(parts("https://"), (None, "", None));
    }

    #[test]
    fn an_ipv6_literal_keeps_its_colons() {
        assert_eq!(parts("http://[::1]:8080/x"), (None, "[::1]", Some("8080")));
        assert_eq!(parts("http://u@[fe80::1"), (Some("u"), "[fe80::1", None));
    }
}
