//! Offline checks that raise or lower a secret's confidence: checksums where the format has one,
//! key material that must decode, and known documentation values. Nothing here touches the
//! network.

use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use base64::Engine;

use crate::shared::level::Severity;

/// What a check concluded about one matched value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The value has the structure a real one has (a checksum that matches, key material that
    /// decodes); `severity` overrides the detector's (an encrypted key is less urgent).
    Confirmed { reason: String, severity: Option<Severity> },
    /// It looks like the format, but is not one the issuer made (wrong checksum, cut key).
    Weak { reason: String },
    /// The format has no check this value could pass or fail: the detector's confidence stands.
    Unconfirmed { reason: String },
    /// Not the format at all: no finding.
    Reject,
}

/// A named check a detector can ask for (`validator = "…"` in its file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validator {
    /// GitHub's and npm's token formats end in a base62 CRC32 of the random part.
    Crc32Base62,
    Jwt,
    PemPrivateKey,
    OpenSshPrivateKey,
    PgpPrivateKey,
    PuttyKey,
    /// base64 of `user:password` (Docker `auths`, `.npmrc` `_auth`, HTTP basic).
    Base64Credentials,
    /// A crypt(3) hash as `/etc/shadow` holds it.
    CryptHash,
    AwsKeyId,
    /// OpenAI keys carry `T3BlbkFJ` (base64 of "OpenAI") in their middle; newer project keys may not.
    OpenAiMarker,
    /// A value a machine generated, not a word, an identifier or a code expression.
    Generated,
    /// A PEM private key, base64-encoded once more (Kubernetes secrets, JSON configs).
    Base64Pem,
    /// A JWT, base64-encoded once more (Kubernetes secrets, JSON configs).
    Base64Jwt,
    /// Jetty's `OBF:` form of a password: obfuscated, not encrypted, so it reads back.
    JettyObfuscated,
}

impl Validator {
    pub const NAMES: &'static [(&'static str, Validator)] = &[
        ("crc32-base62", Validator::Crc32Base62),
        ("jwt", Validator::Jwt),
        ("pem-private-key", Validator::PemPrivateKey),
        ("openssh-private-key", Validator::OpenSshPrivateKey),
        ("pgp-private-key", Validator::PgpPrivateKey),
        ("putty-key", Validator::PuttyKey),
        ("base64-credentials", Validator::Base64Credentials),
        ("crypt-hash", Validator::CryptHash),
        ("aws-key-id", Validator::AwsKeyId),
        ("openai-marker", Validator::OpenAiMarker),
        ("generated", Validator::Generated),
        ("base64-pem", Validator::Base64Pem),
        ("base64-jwt", Validator::Base64Jwt),
        ("jetty-obf", Validator::JettyObfuscated),
    ];

    /// A check of the format's own structure (a checksum, parts that must decode), which a
    /// made-up value in the right layout fails; the others tell a value from a word or code.
    pub fn checks_structure(self) -> bool {
        matches!(
            self,
            Validator::Crc32Base62 | Validator::Jwt | Validator::AwsKeyId | Validator::Base64Credentials | Validator::JettyObfuscated
        )
    }

    pub fn by_name(name: &str) -> Option<Validator> {
        Self::NAMES.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }

    pub fn check(self, value: &[u8]) -> Verdict {
        let text = String::from_utf8_lossy(value);
        match self {
            Validator::Crc32Base62 => crc32_base62(&text),
            Validator::Jwt => jwt(&text),
            Validator::PemPrivateKey => pem_private_key(&text),
            Validator::OpenSshPrivateKey => openssh_private_key(&text),
            Validator::PgpPrivateKey => pgp_private_key(&text),
            Validator::PuttyKey => putty_key(&text),
            Validator::Base64Credentials => base64_credentials(&text),
            Validator::CryptHash => crypt_hash(&text),
            Validator::AwsKeyId => aws_key_id(&text),
            Validator::OpenAiMarker => openai_marker(&text),
            Validator::Generated => generated(value),
            Validator::Base64Pem => base64_pem(&text),
            Validator::Base64Jwt => base64_jwt(&text),
            Validator::JettyObfuscated => jetty_obfuscated(&text),
        }
    }
}

fn confirmed(reason: impl Into<String>) -> Verdict {
    Verdict::Confirmed { reason: reason.into(), severity: None }
}

fn weak(reason: impl Into<String>) -> Verdict {
    Verdict::Weak { reason: reason.into() }
}

/// Letters and digits mixed as a generator mixes them, not a word, a number, a placeholder or a
/// program's identifier (`camellia256_set_decrypt_key`, `Ed25519PublicKey`,
/// `self._lib.NID_aes_256_cbc`): those fill changelogs and source code under key-like names.
fn generated(value: &[u8]) -> Verdict {
    let has_digit = value.iter().any(u8::is_ascii_digit);
    let has_letter = value.iter().any(u8::is_ascii_alphabetic);
    // base64's padding says nothing of the characters before it
    let unpadded = value.strip_suffix(b"==").or_else(|| value.strip_suffix(b"=")).unwrap_or(value);
    // a long value whose classes change as a generator's do is no identifier, whatever words
    // its separators cut it into (`YPtzmBZBThgFVginAOiy_.PirbsD-U5rf=L9HUXS…`)
    let random = value.len() >= 32 && class_runs_per_char(unpadded) >= 0.45;
    if looks_like_code(value, random) {
        return Verdict::Reject;
    }
    // Typed sequences are no generator's, but they are what peers' examples and vendors' pages
    // plant (`ABCD1234-EFGH5678-…`, `zyxwvuts…`): kept, for the decoy check to report them low.
    if has_letter && made_up(value) {
        return Verdict::Unconfirmed { reason: "typed, not generated: its letters and digits run in alphabet order".into() };
    }
    if !random && looks_like_identifier(unpadded) {
        return Verdict::Reject;
    }
    if has_digit && has_letter {
        return Verdict::Unconfirmed { reason: "letters and digits mixed throughout, as in a generated value".into() };
    }
    // Without digits only a long value whose case changes as a generator's does
    // (`wjXKCFzOWEPRqhTmmbWtVQ`), never words in camel case (`getAccessTokenFromCache`).
    if !has_digit && unpadded.len() >= 20 && case_changes_like_random(unpadded) {
        return Verdict::Unconfirmed { reason: "upper and lower case mixed throughout, as in a generated value".into() };
    }
    Verdict::Reject
}

/// A value a person typed: its letters, and apart from them its digits, mostly step to the next
/// or previous in alphabet order (`ab12cd34ef56gh78ij90`, `ABCD1234-EFGH5678-IJKL`, `zyxwvutsrqponm98765`). Random
/// letters do so at about 1 step in 13, random digits 1 in 5, random hex 1 in 4.
pub fn made_up(value: &[u8]) -> bool {
    let steps_in_order = |class: &mut dyn Iterator<Item = u8>, cycle: u8| {
        let (mut steps, mut in_order, mut last) = (0usize, 0usize, None::<u8>);
        for at in class {
            if let Some(last) = last {
                steps += 1;
                let up = (last + 1) % cycle == at;
                let down = (at + 1) % cycle == last;
                in_order += usize::from(up || down);
            }
            last = Some(at);
        }
        (steps, in_order)
    };
    let (letter_steps, letters_in_order) =
        steps_in_order(&mut value.iter().filter(|b| b.is_ascii_alphabetic()).map(|b| b.to_ascii_lowercase() - b'a'), 26);
    let (digit_steps, digits_in_order) = steps_in_order(&mut value.iter().filter(|b| b.is_ascii_digit()).map(|b| b - b'0'), 10);
    let steps = letter_steps + digit_steps;
    steps >= 15 && (letters_in_order + digits_in_order) * 10 >= steps * 6
}

/// A character set written out, each character once (`nbmdltacpsgryh12vfkj0z4eoq3w8u-6x`, a
/// password cracker's charset file in frequency order): letters of one case, digits, `-` or `_`
/// whose last 30 (after a token's prefix, if the shape has one) repeat at most one character.
/// Drawn at random from those 38, 30 characters repeat about 9 times; at most once in about 1
/// draw in 1,000.
pub fn charset_listing(value: &[u8]) -> bool {
    const SPAN: usize = 30;
    let mut seen = [false; 256];
    let mut repeats = 0;
    for &b in value.iter().rev().take(SPAN) {
        repeats += usize::from(seen[usize::from(b)]);
        seen[usize::from(b)] = true;
    }
    // one case: a typed example token in mixed case can avoid repeats, a charset table is not
    // typed that way
    let one_case = !value.iter().any(u8::is_ascii_uppercase) || !value.iter().any(u8::is_ascii_lowercase);
    value.len() >= SPAN && one_case && value.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_')) && repeats <= 1
}

/// A name a person wrote rather than a generated value: a package's or project's name
/// (`discord-rich-presence-typescript`, `auth0-source-control-extension-tools`,
/// `@react-native-firebase/private-tests-helpers`, `authgear-staging.com`), a name in camel case
/// (`SortedLinkedList`) or lower-case words run together (`rankingphrasesmentionsurvivescholar`).
/// Looser than [`generated`]: a provider's documented alphabet may have no digits
/// (`b_ByDfulghxvvmHbArJSFfQhxemJPQHOwplxuydlKEEbfe` is not a name).
pub fn reads_as_name(value: &[u8]) -> bool {
    let reads_as_words = vowels_like_words(value);
    // lower case, capitals, or Capitalised; letters with at most a number among them
    // (`odoo14`, `v1beta`, `Attribute`)
    let word = |part: &[u8]| {
        let upper_after_first = part.iter().skip(1).any(u8::is_ascii_uppercase);
        let one_case = !upper_after_first || !part.iter().any(u8::is_ascii_lowercase);
        let changes = part.windows(2).filter(|w| w[0].is_ascii_digit() != w[1].is_ascii_digit()).count();
        part.iter().all(u8::is_ascii_alphanumeric)
            && part.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 2
            && changes <= 2
            && one_case
    };
    let parts: Vec<&[u8]> = value.split(|b| matches!(b, b'_' | b'-' | b'.' | b'/' | b'@')).filter(|part| !part.is_empty()).collect();
    if reads_as_words && parts.len() >= 2 && parts.iter().all(|part| word(part)) {
        return true;
    }
    let letters_only = value.iter().all(u8::is_ascii_alphabetic);
    let capitals = value.iter().filter(|b| b.is_ascii_uppercase()).count();
    let camel = letters_only && capitals >= 2 && capitals_starting_words(value) >= 0.6;
    let words_run_together = letters_only && capitals == 0 && value.len() >= 12 && reads_as_words;
    camel || words_run_together
}

/// Whether a value's letters hold vowels as words do: English runs about 40 % vowels, random
/// letters 23 %.
fn vowels_like_words(value: &[u8]) -> bool {
    let letters = value.iter().filter(|b| b.is_ascii_alphabetic());
    let (vowels, all) =
        letters.fold((0, 0), |(vowels, all), b| (vowels + usize::from(b"aeiouy".contains(&b.to_ascii_lowercase())), all + 1));
    vowels * 10 >= all * 3
}

/// Runs of one class (lower case, upper case, digits) per character: about 0.5 or more in a
/// random mix of letters and digits, under 0.45 in names made of words (`sha256WithRSAEncryption`
/// 0.26, `getHttpResponseHeaderValue` 0.4), whose lower-case runs are whole words.
fn class_runs_per_char(value: &[u8]) -> f64 {
    let class = |b: &u8| match b {
        b'a'..=b'z' => 1,
        b'A'..=b'Z' => 2,
        _ => 3, // digits, the only others left below
    };
    // separators cut names into words but say nothing of how random the words are
    let (mut chars, mut runs, mut last) = (0usize, 0usize, None);
    for class in value.iter().filter(|b| b.is_ascii_alphanumeric()).map(class) {
        chars += 1;
        runs += usize::from(last != Some(class));
        last = Some(class);
    }
    runs as f64 / chars.max(1) as f64
}

/// Capitals that start a word (followed by two lower-case letters) per capital: nearly all in
/// camel case (`xmlSecKeysMngrGetKey` 1.0, `Ed448PrivateKey` 0.67), about a fifth in a random
/// mix (`okrrdIMzwSl350mcZkrtMkzEJ_xuLaJc` 0.33).
fn capitals_starting_words(value: &[u8]) -> f64 {
    let capitals = value.iter().filter(|b| b.is_ascii_uppercase()).count();
    let starting = value.windows(3).filter(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_lowercase() && w[2].is_ascii_lowercase()).count();
    starting as f64 / capitals.max(1) as f64
}

fn case_changes_like_random(value: &[u8]) -> bool {
    let upper = value.iter().filter(|b| b.is_ascii_uppercase()).count();
    let lower = value.iter().filter(|b| b.is_ascii_lowercase()).count();
    upper >= 4 && lower >= 4 && class_runs_per_char(value) >= 0.42 && capitals_starting_words(value) < 0.6
}

/// A relative or absolute file path (`lib/googlecloudsdk/api_lib/firebase/test/x.py`, `help/man/man1/`):
/// slash-separated names ending in a file's extension or a slash. Base64 holds no `.`, so a
/// generated value with `/` rarely ends so; a file listing (a package manifest) beside a
/// provider's name is made of them. So is a reference into a repository (`owner/repo#assets/creds`,
/// a CI tool's asset): slash-separated names either side of one `#`.
pub fn looks_like_path(value: &[u8]) -> bool {
    let name_byte = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.');
    if let Some(hash) = memchr::memchr(b'#', value) {
        let names = |part: &[u8]| !part.is_empty() && part.split(|b| *b == b'/').all(|name| !name.is_empty() && name.iter().all(name_byte));
        let (repository, inside) = (&value[..hash], &value[hash + 1..]);
        return repository.contains(&b'/') && names(repository) && names(inside);
    }
    let mut segments: Vec<&[u8]> = value.split(|b| *b == b'/').collect();
    let directory = segments.last().is_some_and(|last| last.is_empty());
    if directory {
        segments.pop();
    }
    let inner = segments.get(usize::from(segments.first().is_some_and(|first| first.is_empty()))..).unwrap_or_default();
    let extension = |name: &[u8]| {
        name.iter().rposition(|b| *b == b'.').is_some_and(|dot| {
            let ext = &name[dot + 1..];
            dot > 0 && (1..=6).contains(&ext.len()) && ext.iter().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
    };
    inner.len() >= 2
        && inner.iter().all(|segment| !segment.is_empty() && segment.iter().all(name_byte))
        && (directory || inner.last().is_some_and(|last| extension(last)))
}

/// A name qualified by its modules or packages, as code and binaries spell them beside a
/// provider's name: `Lcom/google/firebase/rules/v1/Source` (a JVM type), `github.com/x/y`,
/// `firebase.remoteconfig.update`, `//console.firebase.google.com/project`. Three or more
/// segments between `/` and `.`, each a word (capitals only before its lower-case letters or
/// starting words; two letters or more, or a short version like `v1`), their letters as
/// vowel-rich as words. A generated value's `/` and `.` separate mixed-case runs.
pub fn looks_like_qualified_name(value: &[u8]) -> bool {
    let start = value.iter().position(u8::is_ascii_alphanumeric).unwrap_or(value.len());
    let end = value.iter().rposition(u8::is_ascii_alphanumeric).map_or(start, |at| at + 1);
    let value = &value[start..end.max(start)];
    let segments: Vec<&[u8]> = value.split(|b| matches!(b, b'/' | b'.')).collect();
    let word = |segment: &[u8]| {
        // capitals only before the first lower-case letter (`Source`, `ZLcom`, `HTTP`), or
        // capitals starting words (`FirebaseRulesLexer`)
        let capital_after_lower = segment.windows(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
        let letters = segment.iter().filter(|b| b.is_ascii_alphabetic()).count();
        segment.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
            && (letters >= 2 || (1..=3).contains(&segment.len()))
            && (!capital_after_lower || capitals_starting_words(segment) >= 0.6)
    };
    segments.len() >= 3 && segments.iter().all(|segment| !segment.is_empty() && word(segment)) && vowels_like_words(value)
}

/// Names joined as code and markup join them: `exports.FirebaseNamespaceInternals`,
/// `AuthErrorCode.MFA_INFO_NOT_FOUND`, `sourceMappingURL=index.esm.js.map`,
/// `a&&b.messageType===rO.PUSH_RECEIVED`, `args.sasl_password,`, `2#.google.firebase.rules.v1.TestSuite`.
/// Every run of letters, digits, `_` and `-` is short or a word or identifier, one of them six
/// letters or more, something other than `_`, `-` and `%` joins them, and their letters are as
/// vowel-rich as words. A generated value's runs between such characters are random
/// (`k3Pq9xL2/mW7vR4tZ8nB1cH6j.Qx9`); a slug (`super-secret-jwt-token-with-32-chars`) has no joiner.
pub fn reads_as_code(value: &[u8]) -> bool {
    // `%` stays inside a run: a percent-escape (`p%40ss`) is a character of a URL's password
    let run_byte = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'%');
    let trim = |run: &[u8]| {
        let start = run.iter().position(u8::is_ascii_alphanumeric).unwrap_or(run.len());
        let end = run.iter().rposition(u8::is_ascii_alphanumeric).map_or(start, |at| at + 1);
        run[start..end.max(start)].to_vec()
    };
    let runs: Vec<Vec<u8>> = value.split(|b| !run_byte(b)).map(trim).filter(|run| !run.is_empty()).collect();
    // a short word (`args`, `docs`) is letters in one case or Capitalised; in camel case
    // (`authToken`, `SignIn`) each capital starts a word
    let plain_word = |run: &[u8]| {
        let camel = run.windows(2).all(|w| !w[0].is_ascii_uppercase() || w[1].is_ascii_lowercase())
            && run.last().is_some_and(u8::is_ascii_lowercase);
        run.iter().all(u8::is_ascii_alphabetic) && (camel || run.iter().all(u8::is_ascii_uppercase))
    };
    // a run holding a percent-escape is part of an encoded value (`a%20secret`), never a name
    let word =
        |run: &Vec<u8>| !run.contains(&b'%') && (run.len() <= 3 || plain_word(run) || looks_like_identifier(run) || reads_as_name(run));
    let long = runs.iter().any(|run| run.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 6);
    // code abbreviates (`smtp`, `sasl`, `args`): a quarter of its letters are vowels, fewer
    // than words have but more than random letters (23 %) in runs that already read as words
    let letters = value.iter().filter(|b| b.is_ascii_alphabetic());
    let (vowels, all) =
        letters.fold((0, 0), |(vowels, all), b| (vowels + usize::from(b"aeiouy".contains(&b.to_ascii_lowercase())), all + 1));
    value.iter().any(|b| !run_byte(b)) && runs.len() >= 2 && long && runs.iter().all(word) && vowels * 4 >= all
}

/// One identifier, as code names a function, a constant or a field (`_internalQueryToProtoQueryTarget`,
/// `FIREBASE_RULES_EXECUTABLE_V2_VALUE`, `internal_static_firebase_rules_v1_Source_descriptor`),
/// its letters as vowel-rich as words; punctuation at its ends (`*`, `!`, `__`) aside.
pub fn reads_as_identifier(value: &[u8]) -> bool {
    let start = value.iter().position(u8::is_ascii_alphanumeric).unwrap_or(value.len());
    let end = value.iter().rposition(u8::is_ascii_alphanumeric).map_or(start, |at| at + 1);
    let inner = &value[start..end.max(start)];
    inner.len() >= 8
        && inner.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_')
        && looks_like_identifier(inner)
        && vowels_like_words(inner)
}

/// The words of a key or a name, lowercased: split at anything but letters and digits and where
/// camelCase starts a word (`myOktaToken`: my, okta, token).
pub fn key_words(text: &[u8]) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut previous = b' ';
    for &byte in text.iter().chain(b" ") {
        let boundary = !byte.is_ascii_alphanumeric() || (previous.is_ascii_lowercase() && byte.is_ascii_uppercase());
        if boundary && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if byte.is_ascii_alphanumeric() {
            word.push(byte.to_ascii_lowercase() as char);
        }
        previous = byte;
    }
    words
}

/// A credential's name written where its value belongs (`oauth2ClientSecretSha256`,
/// `OAUTH2-CLIENT-SECRET`, `MAIL_SMTP_PASSWORD,`, `clientSecretValue`): a variable or setting
/// name, lower camel case or words of one case joined by `_`/`-`, one of its words a credential
/// word. A typed password opens with a capital or ends in digits and symbols (`MySecretPass1!`),
/// and a generated value's camel-case parts are no words (`xTokenQ9`).
pub fn names_a_credential(value: &[u8]) -> bool {
    const CREDENTIAL: &[&str] = &[
        "secret",
        "secrets",
        "password",
        "passwords",
        "passwd",
        "passphrase",
        "token",
        "tokens",
        "credential",
        "credentials",
        "apikey",
        "pwd",
    ];
    let start = value.iter().position(u8::is_ascii_alphanumeric).unwrap_or(value.len());
    let end = value.iter().rposition(u8::is_ascii_alphanumeric).map_or(start, |at| at + 1);
    let inner = &value[start..end.max(start)];
    if inner.len() < 8 || !inner.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-')) {
        return false;
    }
    let joined = inner.contains(&b'_') || inner.contains(&b'-');
    let one_case = !inner.iter().any(u8::is_ascii_uppercase) || !inner.iter().any(u8::is_ascii_lowercase);
    // lower camel case (`clientSecretValue`), or one case joined (`MAIL_SMTP_PASSWORD`)
    if !(inner[0].is_ascii_lowercase() && !joined || joined && one_case) {
        return false;
    }
    // words: a key's words (`key_words`), each cut again between letters and digits
    let mut words: Vec<String> = Vec::new();
    for word in key_words(inner) {
        let mut rest = word.as_str();
        while let Some(first) = rest.bytes().next() {
            let run = rest.bytes().position(|b| b.is_ascii_digit() != first.is_ascii_digit()).unwrap_or(rest.len());
            words.push(rest[..run].to_string());
            rest = &rest[run..];
        }
    }
    // every part a word of two letters or more, or a short number (`oauth2`, `sha256`)
    let wordlike = |w: &String| if w.as_bytes()[0].is_ascii_digit() { w.len() <= 4 } else { w.len() >= 2 };
    let credential = words.iter().any(|w| CREDENTIAL.contains(&w.as_str()))
        || words.windows(2).any(|pair| matches!((pair[0].as_str(), pair[1].as_str()), ("api" | "private" | "access" | "secret", "key")));
    // names abbreviate one word at most (`db_password`); a random run cut at its case changes
    // leaves many short parts
    let short = words.iter().filter(|w| w.as_bytes()[0].is_ascii_alphabetic() && w.len() <= 2).count();
    words.len() >= 2 && words.iter().all(wordlike) && short <= 1 && credential
}

/// The name a value opens with when it is itself `name=…` or `name:…` (`sha256=EWGw8Kw…`, a pip
/// RECORD's digest after a file name that holds a provider's or a key's name).
pub fn leading_name(value: &[u8]) -> Option<&[u8]> {
    let end = value.iter().position(|b| matches!(b, b'=' | b':'))?;
    let name = &value[..end];
    (end > 0
        && end + 1 < value.len()
        && name[0].is_ascii_alphabetic()
        && name.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-')))
    .then_some(name)
}

/// `module.ClassName`, `self._private`, a hex literal or a nested `name=value`, where the
/// name before the dot or `=` reads as one (a generator's `…AOiy_.PirbsD` or `…U5rf=L9` does
/// not); in a value `random` as a whole, a dot before a capital is the generator's.
fn looks_like_code(value: &[u8], random: bool) -> bool {
    let named = |name: &[u8]| {
        let one_case = !name.iter().any(u8::is_ascii_uppercase) || !name.iter().any(u8::is_ascii_lowercase);
        name.len() <= 8 || one_case || capitals_starting_words(name) >= 0.6
    };
    let attribute = !random
        && value.windows(3).enumerate().any(|(at, w)| {
            let owner = value[..at].rsplit(|b| !(b.is_ascii_alphanumeric() || *b == b'_')).next().unwrap_or_default();
            w[0] == b'.' && (w[1] == b'_' || (w[1].is_ascii_uppercase() && w[2].is_ascii_lowercase())) && named(owner)
        });
    let hex_literal = value.len() > 2 && value[..2].eq_ignore_ascii_case(b"0x") && value[2..].iter().all(u8::is_ascii_hexdigit);
    let nested = value.iter().position(|&b| b == b'=').is_some_and(|at| {
        value[0].is_ascii_alphabetic()
            && value[..at].iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_')
            && named(&value[..at])
            && value[at..].iter().any(|b| *b != b'=')
    });
    attribute || hex_literal || nested
}

/// Words joined by `_`, `-` or `.` with at most a number beside each (`gnutls_x509_crt_verify_data2`),
/// or a name with its digits in one or two places (`Ed25519PublicKey`, `sha256WithRSAEncryption`).
/// A generator changes between letters and digits far more often (3 % of random base62 strings
/// of 20 characters look like this, 2 % of lower-case ones, no hex string).
fn looks_like_identifier(value: &[u8]) -> bool {
    let word = |part: &[u8]| {
        // a part whose case changes as a generator's does is no word (`Mid-server-WFsLGiwPhj_KTeoO`),
        // a name in camel case or capitals is (`HTTPServer`, `getAccessToken`)
        if part.len() >= 8 && case_changes_like_random(part) {
            return false;
        }
        let letters = part.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let digits = part.iter().take_while(|b| b.is_ascii_digit()).count();
        let rest = |from: usize, pred: fn(&u8) -> bool| part[from..].iter().all(pred);
        (letters > 0 && rest(letters, u8::is_ascii_digit))
            || (digits > 0 && rest(digits, u8::is_ascii_alphabetic) && (digits < part.len() || digits <= 4))
    };
    let parts: Vec<&[u8]> = value.split(|b| matches!(b, b'_' | b'-' | b'.')).filter(|part| !part.is_empty()).collect();
    if parts.len() >= 2 && parts.iter().all(|part| word(part)) {
        return true;
    }
    let changes =
        value.windows(2).filter(|w| w[0].is_ascii_digit() != w[1].is_ascii_digit() && w.iter().all(u8::is_ascii_alphanumeric)).count();
    let lower_run = value.split(|b| !b.is_ascii_lowercase()).any(|run| run.len() >= 5);
    // a mixed-case value with digits in one place is still random when its case changes as a
    // generator's does (`okrrdIMzwSl350mcZkrtMkzEJ_xuLaJc`)
    changes <= 2 && lower_run && (class_runs_per_char(value) < 0.45 || capitals_starting_words(value) >= 0.6)
}

/// Shannon entropy in bits per byte.
pub fn entropy(value: &[u8]) -> f64 {
    if value.is_empty() {
        return 0.0;
    }
    let mut counts = [0usize; 256];
    for &byte in value {
        counts[byte as usize] += 1;
    }
    let len = value.len() as f64;
    counts.iter().filter(|&&c| c > 0).map(|&c| c as f64 / len).map(|p| -p * p.log2()).sum()
}

const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// `prefix_` + 30 random characters + 6 characters of base62 CRC32 over the random part.
fn crc32_base62(token: &str) -> Verdict {
    let Some((_, body)) = token.rsplit_once('_') else { return Verdict::Reject };
    if body.len() != 36 || !body.is_ascii() {
        return Verdict::Reject;
    }
    let (random, checksum) = body.split_at(30);
    let mut n = crc32fast::hash(random.as_bytes());
    let mut encoded = [b'0'; 6];
    for slot in encoded.iter_mut().rev() {
        *slot = BASE62[(n % 62) as usize];
        n /= 62;
    }
    if checksum.as_bytes() == encoded {
        confirmed("its built-in CRC32 checksum matches: a token the issuer generated")
    } else {
        weak("its built-in CRC32 checksum does not match: made up, altered or a placeholder")
    }
}

fn openai_marker(key: &str) -> Verdict {
    if key.contains("T3BlbkFJ") {
        confirmed("carries OpenAI's T3BlbkFJ marker")
    } else {
        Verdict::Unconfirmed { reason: "no T3BlbkFJ marker (newer project keys omit it): the prefix and length alone say OpenAI".into() }
    }
}

/// One part of a JWT (header or claims): base64url of a JSON object.
fn jwt_part(part: &str) -> Option<serde_json::Value> {
    let bytes = URL_SAFE_NO_PAD.decode(part.trim_end_matches('=')).ok()?;
    serde_json::from_slice::<serde_json::Value>(&bytes).ok().filter(serde_json::Value::is_object)
}

/// The claims of a JWT (`header.claims[.signature]`), if its header and claims decode.
pub fn jwt_claims(token: &str) -> Option<serde_json::Value> {
    let mut parts = token.split('.');
    jwt_part(parts.next()?)?;
    jwt_part(parts.next()?)
}

/// The shortest third part read as a JWT's signature: the `jwt` detector's own floor.
const MIN_JWT_SIGNATURE: usize = 10;

fn jwt(token: &str) -> Verdict {
    let mut parts = token.split('.');
    let (Some(header), Some(payload)) = (parts.next(), parts.next()) else { return Verdict::Reject };
    // A third part shorter than any algorithm's signature (HS256's is 43 characters) is a stub
    // written in its place (`.sig`, `.signature`), not a signature.
    let signed = parts.next().is_some_and(|signature| signature.len() >= MIN_JWT_SIGNATURE);
    let (Some(header), Some(payload)) = (jwt_part(header), jwt_part(payload)) else { return Verdict::Reject };
    let Some(alg) = header.get("alg").and_then(|a| a.as_str()) else { return Verdict::Reject };
    let subject = payload.get("iss").or_else(|| payload.get("sub")).and_then(|v| v.as_str()).unwrap_or("-");
    let decoded = format!("header and payload decode (alg {alg}, issuer or subject {})", truncate(subject, 60));
    if signed {
        confirmed(decoded)
    } else {
        // An unsecured token (RFC 7519 `alg: none`) or one cut after its claims: a token, but
        // nothing shows an issuer signed it.
        Verdict::Weak { reason: format!("{decoded}, without a signature") }
    }
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max).collect::<String>())
    }
}

/// The armoured body of a PEM-style block: the base64 lines between its BEGIN and END lines,
/// without RFC 1421 headers (`Proc-Type:`, `DEK-Info:`) or an OpenPGP checksum line. JSON and
/// shell strings carry the newlines as `\n`.
fn armoured_body(block: &str) -> (String, Option<&str>) {
    let unescaped = block.replace("\\r", "").replace("\\n", "\n");
    let mut body = String::new();
    let mut checksum = None;
    for line in unescaped.lines().map(str::trim) {
        if line.starts_with("-----") || line.contains(':') || line.is_empty() {
            continue;
        }
        if let Some(crc) = line.strip_prefix('=') {
            if crc.len() == 4 {
                checksum = block.find(line).map(|at| &block[at + 1..at + 5]);
                continue;
            }
        }
        body.push_str(line.trim_matches(|c| c == '"' || c == '\\'));
    }
    (body, checksum)
}

fn pem_private_key(block: &str) -> Verdict {
    let encrypted = block.contains("ENCRYPTED");
    let (body, _) = armoured_body(block);
    let Ok(der) = STANDARD.decode(body.as_bytes()) else {
        return weak("the key body is not valid base64: a cut, elided or placeholder key");
    };
    // Every PEM private key (PKCS#1, PKCS#8, SEC1, DSA) is one DER SEQUENCE.
    if der.len() < 32 || der[0] != 0x30 {
        return weak("the key body does not decode to key material (a DER sequence): a cut or placeholder key");
    }
    if encrypted {
        Verdict::Confirmed {
            reason: format!("{} bytes of key material that decode; encrypted with a passphrase", der.len()),
            severity: Some(Severity::Medium),
        }
    } else {
        confirmed(format!("{} bytes of unencrypted key material that decode", der.len()))
    }
}

/// base64 of a PEM block: a private key's is checked as the key itself; a certificate or a
/// public key is no secret.
fn base64_pem(encoded: &str) -> Verdict {
    let Ok(decoded) = STANDARD_NO_PAD.decode(encoded.trim_end_matches('=')) else {
        return weak("the base64 does not decode: a cut or elided key");
    };
    let pem = String::from_utf8_lossy(&decoded);
    let header = pem.lines().next().unwrap_or_default();
    if !header.contains("PRIVATE KEY") {
        return Verdict::Reject;
    }
    match header.contains("OPENSSH") {
        true => openssh_private_key(&pem),
        false => pem_private_key(&pem),
    }
}

/// base64 of `header.claims.signature`: the header must decode to a JSON object that holds a
/// header parameter JOSE registers (RFC 7515/7516: `alg`, `typ`, `kid`, `jku`, …), so that base64
/// of any other base64-encoded JSON (a `.dockerconfigjson` encoded twice) is no JWT. Never
/// confirmed: nothing shows whether it is an issued token or an example copied into a manifest;
/// a header without `alg` (which a JWS must name) or a token cut before its signature is weak.
fn base64_jwt(encoded: &str) -> Verdict {
    const JOSE: [&str; 13] = ["alg", "typ", "kid", "cty", "jku", "jwk", "x5u", "x5c", "x5t", "x5t#S256", "crit", "enc", "zip"];
    let unpadded = encoded.trim_end_matches('=').as_bytes();
    // a value cut mid-quantum still decodes up to its last whole quantum
    let whole = &unpadded[..unpadded.len() - unpadded.len() % 4];
    let Ok(decoded) = STANDARD_NO_PAD.decode(whole) else { return Verdict::Reject };
    let token = String::from_utf8_lossy(&decoded);
    let mut parts = token.trim().split('.');
    let (Some(header), claims, signature) = (parts.next(), parts.next(), parts.next()) else { return Verdict::Reject };
    let Some(header) = jwt_part(header) else { return Verdict::Reject };
    if !JOSE.iter().any(|name| header.get(name).is_some()) {
        return Verdict::Reject;
    }
    let named = header.get("alg").and_then(|a| a.as_str()).is_some();
    match (claims.and_then(jwt_part), signature.is_some_and(|s| !s.is_empty()), named) {
        (Some(_), true, true) => Verdict::Unconfirmed { reason: "a JWT, base64-encoded once more: header and claims decode".into() },
        (Some(_), true, false) => weak("a JWT, base64-encoded once more, whose header names no alg"),
        _ => weak("a JWT's header, base64-encoded once more, cut or without claims and a signature"),
    }
}

/// The JWT a base64-encoded JWT (`ZXlK…`) decodes to, for the known-value check; None for any
/// other value.
pub fn base64_encoded_jwt(value: &[u8]) -> Option<Vec<u8>> {
    if !value.starts_with(b"ZXlK") {
        return None;
    }
    let unpadded = value.iter().position(|&b| b == b'=').map_or(value, |at| &value[..at]);
    let whole = &unpadded[..unpadded.len() - unpadded.len() % 4];
    let decoded = STANDARD_NO_PAD.decode(whole).ok()?;
    let end = decoded.iter().position(|b| b.is_ascii_whitespace()).unwrap_or(decoded.len());
    let token = decoded[..end].to_vec();
    token.starts_with(b"eyJ").then_some(token)
}

fn openssh_private_key(block: &str) -> Verdict {
    let (body, _) = armoured_body(block);
    let Ok(raw) = STANDARD.decode(body.as_bytes()) else {
        return weak("the key body is not valid base64: a cut, elided or placeholder key");
    };
    let Some(rest) = raw.strip_prefix(b"openssh-key-v1\0") else {
        return weak("the key body does not start with the openssh-key-v1 magic: not a real key");
    };
    let cipher = rest
        .get(..4)
        .map(|len| u32::from_be_bytes([len[0], len[1], len[2], len[3]]) as usize)
        .and_then(|len| rest.get(4..len.checked_add(4)?));
    match cipher {
        Some(b"none") => confirmed("an OpenSSH key that decodes, not encrypted (cipher none)"),
        Some(cipher) => Verdict::Confirmed {
            reason: format!("an OpenSSH key that decodes, encrypted with {}", String::from_utf8_lossy(cipher)),
            severity: Some(Severity::Medium),
        },
        None => weak("the OpenSSH key is cut short"),
    }
}

/// OpenPGP's CRC-24 (RFC 4880, 6.1), over the decoded packets.
fn crc24(data: &[u8]) -> u32 {
    let mut crc: u32 = 0xB7_04CE;
    for &byte in data {
        crc ^= (byte as u32) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x100_0000 != 0 {
                crc ^= 0x186_4CFB;
            }
        }
    }
    crc & 0xFF_FFFF
}

fn pgp_private_key(block: &str) -> Verdict {
    let (body, checksum) = armoured_body(block);
    let Ok(packets) = STANDARD.decode(body.as_bytes()) else {
        return weak("the armoured body is not valid base64: a cut or placeholder key");
    };
    // The first byte of an OpenPGP packet always has its top bit set.
    if packets.len() < 32 || packets[0] & 0x80 == 0 {
        return weak("the armoured body does not decode to OpenPGP packets");
    }
    let expected = checksum.and_then(|c| STANDARD.decode(c).ok()).filter(|c| c.len() == 3);
    match expected {
        Some(c) if u32::from_be_bytes([0, c[0], c[1], c[2]]) != crc24(&packets) => {
            weak("the armour's CRC-24 checksum does not match: the key was altered or cut")
        }
        Some(_) => confirmed("OpenPGP secret-key packets whose armour checksum matches"),
        None => confirmed("OpenPGP secret-key packets that decode"),
    }
}

fn putty_key(text: &str) -> Verdict {
    let field = |name: &str| text.lines().find_map(|line| line.strip_prefix(name).map(|v| v.trim().to_string()));
    let Some(encryption) = field("Encryption:") else { return weak("no Encryption line: a cut PuTTY key") };
    if field("Private-Lines:").is_none() {
        return weak("no Private-Lines: the private part is missing");
    }
    if encryption == "none" {
        confirmed("a PuTTY private key, not encrypted")
    } else {
        Verdict::Confirmed { reason: format!("a PuTTY private key, encrypted ({encryption})"), severity: Some(Severity::Medium) }
    }
}

fn base64_credentials(encoded: &str) -> Verdict {
    let Ok(decoded) = STANDARD.decode(encoded.trim().as_bytes()) else { return Verdict::Reject };
    let Ok(text) = String::from_utf8(decoded) else { return Verdict::Reject };
    // `echo user:pass | base64` encodes echo's line feed too: one at the end is still the pair
    let text = text.strip_suffix('\n').unwrap_or(&text);
    match text.split_once(':') {
        Some((user, password)) if !user.is_empty() && !password.is_empty() && !text.contains('\n') => {
            confirmed(format!("decodes to user:password for user {:?}", truncate(user, 40)))
        }
        _ => Verdict::Reject,
    }
}

/// Jetty's `Password.obfuscate` read back (`org.eclipse.jetty.util.security.Password`): four
/// base-36 digits a byte (`U` and four for a byte above 127). Jetty's own documented sample
/// passwords (`storepwd`, `keypwd`, `changeit`, …) are kept low; another value is the password
/// itself, only its length is said.
fn jetty_obfuscated(value: &str) -> Verdict {
    const SAMPLES: &[&str] = &["storepwd", "keypwd", "password", "changeit", "OBF", "secret"];
    let Some(digits) = value.strip_prefix("OBF:") else { return Verdict::Reject };
    let mut bytes = Vec::with_capacity(digits.len() / 4);
    let mut rest = digits;
    while !rest.is_empty() {
        let (high, group) = match rest.strip_prefix('U') {
            Some(after) => (true, after),
            None => (false, rest),
        };
        let Some(chunk) = group.get(..4) else { return Verdict::Reject };
        let Ok(number) = u32::from_str_radix(chunk, 36) else { return Verdict::Reject };
        let byte = if high { number >> 8 } else { (number / 256 + number % 256).wrapping_sub(254) / 2 };
        bytes.push((byte & 0xff) as u8);
        rest = &group[4..];
    }
    let Ok(text) = String::from_utf8(bytes) else { return Verdict::Reject };
    if text.is_empty() || text.chars().any(char::is_control) {
        return Verdict::Reject;
    }
    if SAMPLES.contains(&text.as_str()) {
        return Verdict::Weak { reason: format!("Jetty-obfuscated {text:?}, a sample password Jetty's documentation and modules ship") };
    }
    confirmed(format!("a Jetty-obfuscated password (reversible, not encrypted) of {} characters", text.chars().count()))
}

fn crypt_hash(hash: &str) -> Verdict {
    const SCHEMES: &[(&str, &str)] = &[
        ("$y$", "yescrypt"),
        ("$gy$", "gost-yescrypt"),
        ("$7$", "scrypt"),
        ("$6$", "SHA-512 crypt"),
        ("$5$", "SHA-256 crypt"),
        ("$2b$", "bcrypt"),
        ("$2a$", "bcrypt"),
        ("$2y$", "bcrypt"),
        ("$1$", "MD5 crypt"),
        ("$apr1$", "Apache MD5"),
        ("$sha1$", "SHA-1 crypt"),
        ("{SHA}", "unsalted SHA-1"),
    ];
    if let Some((_, name)) = SCHEMES.iter().find(|(prefix, _)| hash.starts_with(prefix)) {
        return confirmed(format!("a set password ({name} hash): crackable offline"));
    }
    if hash.len() == 13 && hash.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'/') {
        return confirmed("a set password (DES crypt hash): crackable in minutes");
    }
    Verdict::Reject
}

fn aws_key_id(id: &str) -> Verdict {
    const PREFIXES: &[&str] = &["AKIA", "ASIA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "APKA", "ABIA", "ACCA"];
    let well_formed =
        id.len() == 20 && PREFIXES.iter().any(|p| id.starts_with(p)) && id[4..].bytes().all(|b| matches!(b, b'A'..=b'Z' | b'2'..=b'7'));
    if well_formed {
        confirmed("a well-formed AWS key id (known prefix, base32 body)")
    } else {
        Verdict::Reject
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_path_is_told_from_a_generated_value_holding_slashes() {
        for path in [
            "lib/googlecloudsdk/api_lib/firebase/test/ctrl_c_handler.py",
            "help/man/man1/gcloud_firebase_test.1",
            "/usr/share/doc/firebase/",
            "a/b.tar.gz",
            "yegor256/home#assets/crates-credentials",
        ] {
            assert!(looks_like_path(path.as_bytes()), "{path}");
        }
        for value in [
            "WvQ5A0k5NSZAeS915OVpIs/BAtX3JNJd0k8w95uxZ",
            "q8/Xz+Lm4T/w==",
            "firebase.json",
            "k3Pq9xL2/mW7vR4tZ8nB1cH6j.",
            "a//b.py",
            "ab/cd/EFGH",
            "Xq7#mP2vR9kLw4Zt",
            "Xq/7#mP2v!R9kLw4Zt",
        ] {
            assert!(!looks_like_path(value.as_bytes()), "{value}");
        }
    }

    #[test]
    fn a_qualified_name_is_told_from_a_generated_value_holding_dots_and_slashes() {
        for name in [
            "Lcom/google/firebase/rules/v1/Source",
            "github.com/hashicorp/terraform-provider-google-beta/google-beta/firebaserules",
            "firebase.remoteconfig.update",
            "//console.firebase.google.com/project",
            "firebasedataconnect.v1beta.FirebaseDataConnect",
            "ZLcom/google/cloud/datastore/core/auth/rules/Evaluator",
            ".eq.github.com/x",
        ] {
            assert!(looks_like_qualified_name(name.as_bytes()), "{name}");
        }
        for value in [
            "WvQ5A0k5NSZAeS915OVpIs/BAtX3JNJd0k8w95uxZ",
            "k3Pq9xL2/mW7vR4tZ8nB1cH6j.Qx9",
            "super-secret-jwt-token-with-at-least-32-characters-long",
            "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.ZopqoUt20nEV9cklpv9e3yw3PVyZLmKs5qLD6nGL1SI",
            "xk7q/zt9w/prmv/bcdf",
        ] {
            assert!(!looks_like_qualified_name(value.as_bytes()), "{value}");
        }
    }

    #[test]
    fn code_is_told_from_a_generated_value_holding_punctuation() {
        for code in [
            "exports.FirebaseNamespaceInternals",
            "AuthErrorCode.MFA_INFO_NOT_FOUND",
            "sourceMappingURL=index.esm.js.map",
            "e.onMessageHandler&&n.messageType===rO.PUSH_RECEIVED&&",
            "this.lastSentAuthToken=this._authToken",
            "2#.google.firebase.rules.v1.TestSuiteJ",
            "//firebase.google.com/docs/web/setup#multiple-projects",
            "args.sasl_password,",
            "console_io.PromptPassword(",
            "options.smtp_password,",
            "args.salesforce_oauth2_client_secret",
            "this.lastSentAuthToken=this._authToken",
            "stringr.SignIn.PhoneNumber.Enabled",
            "//console.firebase.google.com/project/%%project%%/hosting/sites/%%config.siteId%%",
        ] {
            assert!(reads_as_code(code.as_bytes()), "{code}");
        }
        // one name with punctuation at an end is an identifier, not code (code joins two or more)
        for name in [
            "_internalQueryToProtoQueryTarget",
            "FIREBASE_RULES_EXECUTABLE_V2_VALUE",
            "!EVENT_FLOW_TRIGGERS_EXECUTABLE_V1",
            "*updateReleaseUpdateReleaseOperation",
        ] {
            assert!(!reads_as_code(name.as_bytes()), "{name}");
            assert!(reads_as_identifier(name.as_bytes()), "{name}");
        }
        for value in ["WvQ5A0k5NSZAeS915OVpIsBAtX3JNJd0k8w95uxZ", "qzkxwvbnmrtplkjhgfdsxcvbnmqwrtzp", "Q3kv9TbX2mLp7RzWvQ5A0k5NSZAeS915"] {
            assert!(!reads_as_identifier(value.as_bytes()), "{value}");
        }
        for value in [
            "WvQ5A0k5NSZAeS915OVpIs/BAtX3JNJd0k8w95uxZ",
            "k3Pq9xL2/mW7vR4tZ8nB1cH6j.Qx9",
            "super-secret-jwt-token-with-at-least-32-characters-long",
            "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.ZopqoUt20nEV9cklpv9e3yw3PVyZLmKs5qLD6nGL1SI",
            "sha256=EWGw8KwSFBDV4ClBO9P6YjB_Uf1lRYZ1_eUatCXjuuo",
            "P@ssw0rd!2024",
            "a%20secret.phrase",
            "xkqwrtzp.bcdfgh",
            "FirebaseNamespaceInternals",
        ] {
            assert!(!reads_as_code(value.as_bytes()), "{value}");
        }
        assert_eq!(leading_name(b"sha256=EWGw8KwSFBDV4ClBO9P6YjB"), Some(&b"sha256"[..]));
        assert_eq!(leading_name(b"=r.FIREBASE"), None);
        assert_eq!(leading_name(b"WvQ5A0k5NSZAeS915OVpIs="), None);
    }

    #[test]
    fn a_charset_written_out_is_told_from_a_generated_value() {
        // shapes of a cracker's charset tables: every letter and digit once, in frequency order
        for listing in ["cioeaiu0njc13bdkslr25m78fghtpw69qxvz", "NBMDLTACPSGRYH12VFKJ0Z4EOQ3W8U-6X", "ciocaeiu0njbdkslr25m78fghtpw69qxvz"] {
            assert!(charset_listing(listing.as_bytes()), "{listing}");
        }
        for value in ["cioxEEsAoCaA2QTqpOoast0vQj8VMtbYo9M", "WvQ5A0k5NSZAeS915OVpIsBAtX3JNJd0k8w95uxZ", "abcdefghij"] {
            assert!(!charset_listing(value.as_bytes()), "{value}");
        }
    }

    fn github_token(random: &str) -> String {
        let mut n = crc32fast::hash(random.as_bytes());
        let mut check = [b'0'; 6];
        for slot in check.iter_mut().rev() {
            *slot = BASE62[(n % 62) as usize];
            n /= 62;
        }
        format!("ghp_{random}{}", String::from_utf8_lossy(&check))
    }

    #[test]
    fn a_base64_encoded_jwt_is_told_from_other_base64() {
        let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXBsb3kifQ.Xk7pQ2mR9tW4vB8nL3sH6jD1fG5aZ0cVn4";
        let encoded = STANDARD.encode(jwt);
        assert!(matches!(Validator::Base64Jwt.check(encoded.as_bytes()), Verdict::Unconfirmed { .. }), "{encoded}");
        // cut mid-way: the header still decodes
        assert!(matches!(Validator::Base64Jwt.check(&encoded.as_bytes()[..30]), Verdict::Weak { .. }));
        // RFC 7515's example header names no alg: found, but weak (2ms's test value)
        let no_alg = STANDARD
            .encode("eyJqa3UiOiJodHRwczovL2MyaWQuY29tL2p3a3MuanNvbiJ9.eyJpc3MiOiJqb2UifQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        assert!(matches!(Validator::Base64Jwt.check(no_alg.as_bytes()), Verdict::Weak { .. }), "{no_alg}");
        // base64 of other base64-encoded JSON: a Docker config encoded twice
        let docker = STANDARD.encode(STANDARD.encode(r#"{"auths":{"registry.example.com":{"auth":"dXNlcjpwYXNz"}}}"#));
        assert!(docker.starts_with("ZXlK"), "{docker}");
        assert_eq!(Validator::Base64Jwt.check(docker.as_bytes()), Verdict::Reject);
        let other = STANDARD.encode("eyJ is how a JSON object starts in base64url.");
        assert_eq!(Validator::Base64Jwt.check(other.as_bytes()), Verdict::Reject);
        assert_eq!(Validator::Base64Jwt.check("ZXlK\u{e9}\u{e9}".as_bytes()), Verdict::Reject);
    }

    #[test]
    fn github_checksum_tells_issued_tokens_from_made_up_ones() {
        let good = github_token("Zq81mFvT0pXh4LcA9sWd2EbKy7NjRu");
        assert!(matches!(Validator::Crc32Base62.check(good.as_bytes()), Verdict::Confirmed { .. }), "{good}");
        let mut bad = good.clone().into_bytes();
        bad[10] = if bad[10] == b'a' { b'b' } else { b'a' };
        assert!(matches!(Validator::Crc32Base62.check(&bad), Verdict::Weak { .. }));
    }

    #[test]
    fn crc24_matches_rfc4880_reference() {
        // RFC 4880's CRC-24 of the empty input is its initial value.
        assert_eq!(crc24(b""), 0xB704CE);
        assert_ne!(crc24(b"a"), crc24(b"b"));
    }

    #[test]
    fn entropy_of_uniform_and_constant_values() {
        assert_eq!(entropy(b"aaaaaaaa"), 0.0);
        assert!((entropy(b"abcdefgh") - 3.0).abs() < 1e-9);
    }

    #[test]
    fn generated_values_mix_letters_and_digits_throughout() {
        for token in [
            &b"sgwl5uv4mk24b5nhf1i78ezm"[..],
            b"fb49d1feafedd08374344d4608b45789",
            b"2YotnFZFEjr1zCsicMWpAA",
            b"a65b0146-769d-433a-835f-36660881db50",
            b"1ms414kkgg7_qpuklv6wbd874sinssnv",
            b"AGE-SECRET-KEY-1HJCRJVK7EE3A5N8CRP8YSEUGZKNW90Y5UR2RGYAS8L279LFP6LCQU5ADNR",
            // mixed case with few or no digits, as generators write it
            b"okrrdIMzwSl350mcZkrtMkzEJ_xuLaJc",
            b"wjXKCFzOWEPRqhTmmbWtVQ",
            b"dFZqvIPCmhFhwNuGSZyboxnWjFLrzDrSimrUF8UaYbY",
            b"YPtzmBZBThgFVginAOiy_.PirbsD-U5rf=L9HUXS-ZdKhyqACHEig8n0raz9ucrqyXp",
            b"YPtzmBZBThgFVginAOiyPirbsDU5rf=L9HUXS",
            // a provider's prefix and a digitless random part cut by `_` (Betterleaks' Midtrans test)
            b"Mid-server-WFsLGiwPhj_KTeoO",
        ] {
            assert!(matches!(Validator::Generated.check(token), Verdict::Unconfirmed { .. }), "{}", String::from_utf8_lossy(token));
        }
        for other in [
            &b"sha256WithRSAEncryption"[..],
            b"self.config.secret_key",
            b"your_api_key_here",
            b"1234567890123456",
            b"ed25519.Ed25519PrivateKey",
            b"self._lib.NID_aes_256_cbc",
            b"camellia256_set_decrypt_key",
            b"gnutls_x509_crt_verify_data2",
            b"Ed25519PublicKey",
            b"hmac_gosthash94cp_update",
            b"0x7EC2DBB6F4DBF434",
            b"uuid=7f468c16-cb7f-11e1-824d-b3a4f4b20343",
            b"AUTH0_CLIENT_ID=",
            // words in camel case, with or without a number
            b"getAccessTokenFromCache",
            b"XMLHttpRequestUploadEventTarget",
            b"getHttpResponseHeaderValue2",
            b"Ed448PrivateKey",
            b"xmlSecKeysMngrGetKey",
            b"self._lib.NID_pbe_WithSHA1And3_Key_TripleDES_CBC",
            b"HTTPServer_ConnectionPool_maxIdle",
            b"org.apache.XMLHttpClientFactory",
        ] {
            assert_eq!(Validator::Generated.check(other), Verdict::Reject, "{}", String::from_utf8_lossy(other));
        }
    }

    #[test]
    fn names_beside_a_provider_are_not_its_values() {
        for name in [
            "discord-rich-presence-typescript",
            "auth0-source-control-extension-tools",
            "@react-native-firebase/private-tests-helpers",
            "odoo14-addon-product-supplierinfo-intercompany-multi-company",
            "authgear-staging.com",
            "SortedLinkedList",
            "rankingphrasesmentionsurvivescholar",
            "@maxim_mazurok/gapi.client.firebasestorage-v1beta",
            "Entity-Attribute-Value",
        ] {
            assert!(reads_as_name(name.as_bytes()), "{name}");
        }
        for value in [
            "b_ByDfulghxvvmHbArJSFfQhxemJPQHOwplxuydlKEEbfe",
            "ecedd1dce3592adcd72ee4c61481972c32dcfad7",
            "9QeWJKY40uvSwMFLZDe1f8r-SQedUStP",
            "xkqzvbnmwplrtsdfghjc",
            "dp.st.dev.Zq9kR2mXv8",
            "kdjw-8fhw-qmzp-2rtx",
        ] {
            assert!(!reads_as_name(value.as_bytes()), "{value}");
        }
    }

    #[test]
    fn typed_sequences_are_made_up_and_random_values_are_not() {
        for typed in [
            &b"abcdefghijklmnopqrstuvwxyz"[..],
            b"ABCD1234-EFGH5678-IJKL9101-MNOP1121",
            b"ZYXWVUTSRQPONMLKJIHGFEDC",
            b"ab12cd34ef56gh78ij90kl12mn34op56",
            b"3456cdef7890abcd1234f67e8901abcd",
            b"zyxwvutsrqponmlkjihgfedcba098765",
        ] {
            assert!(made_up(typed), "{}", String::from_utf8_lossy(typed));
            assert!(matches!(Validator::Generated.check(typed), Verdict::Unconfirmed { .. }), "{}", String::from_utf8_lossy(typed));
        }
        for random in [
            &b"fb49d1feafedd08374344d4608b45789"[..],
            b"a65b0146-769d-433a-835f-36660881db50",
            b"okrrdIMzwSl350mcZkrtMkzEJ_xuLaJc",
            b"2YotnFZFEjr1zCsicMWpAA",
            b"0123",
        ] {
            assert!(!made_up(random), "{}", String::from_utf8_lossy(random));
        }
    }

    #[test]
    fn jetty_obfuscation_reads_back() {
        assert!(matches!(
            Validator::JettyObfuscated.check(b"OBF:1tgb1ltq166h1yte1ugi1j671j8v1uh81yt8165x1lq81tib"),
            Verdict::Confirmed { .. }
        ));
        // Jetty's ssl.mod default, `storepwd`
        assert!(matches!(Validator::JettyObfuscated.check(b"OBF:1vny1zlo1x8e1vnw1vn61x8g1zlu1vn4"), Verdict::Weak { .. }));
        assert_eq!(Validator::JettyObfuscated.check(b"OBF:1vny1zl"), Verdict::Reject);
        assert_eq!(Validator::JettyObfuscated.check(b"MD5:1vny1zlo"), Verdict::Reject);
    }

    #[test]
    fn a_credentials_name_is_no_credential() {
        for name in [
            &b"oauth2ClientSecretSha256"[..],
            b"OAUTH2-CLIENT-SECRET",
            b"MAIL_SMTP_PASSWORD,",
            b"clientSecretValue",
            b"db_password",
            b"githubApiKey",
        ] {
            assert!(names_a_credential(name), "{}", String::from_utf8_lossy(name));
        }
        // typed passwords, generated values, and names holding no credential word
        for value in [
            &b"MySecretPassword1!"[..],
            b"SQLSpringPassword",
            b"xTokenQ9mW4rV8sL1nB5",
            b"Mqdu2Wo2FzpsjF8C5eYb5fah6jeo7K2r",
            b"getHttpResponseHeaderValue",
            b"tokenizer",
            b"k3Pq9xL2_mW7vR4tZ8nB1cH6j",
        ] {
            assert!(!names_a_credential(value), "{}", String::from_utf8_lossy(value));
        }
    }

    #[test]
    fn base64_credentials_need_a_user_and_a_password() {
        let encoded = STANDARD.encode("deploy:s3cr3t-Pa55");
        assert!(matches!(Validator::Base64Credentials.check(encoded.as_bytes()), Verdict::Confirmed { .. }));
        assert_eq!(Validator::Base64Credentials.check(STANDARD.encode("no-colon").as_bytes()), Verdict::Reject);
        assert_eq!(Validator::Base64Credentials.check(b"!!!"), Verdict::Reject);
        // echo's line feed at the end is the shell's, not the password's; one inside is no pair
        let echoed = STANDARD.encode("deploy:s3cr3t-Pa55\n");
        assert!(matches!(Validator::Base64Credentials.check(echoed.as_bytes()), Verdict::Confirmed { .. }));
        assert_eq!(Validator::Base64Credentials.check(STANDARD.encode("deploy:a\nb:c\n").as_bytes()), Verdict::Reject);
    }
}
