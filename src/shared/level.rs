//! How severe a finding is and how sure its detector is: the ordered levels every engine gives
//! its findings. Like `anomaly.rs` they sit below the stages, so rule meta, detector files,
//! indicator lists, triage and every output share one type. On the wire (report, SARIF, CSV,
//! rule meta, detector files) they are the lowercase names; a spelling that is not one of them
//! is refused where it is read, never passed on.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Ordered from the least to the most severe, so `>=` means "at least as severe".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

/// Ordered from the least to the most certain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

/// The least confidence at which a finding leads: below it a finding is still reported (key
/// material inside a library, a documentation example), but summaries count it apart, after
/// the others, and `--fail-on` leaves it out unless asked (`--fail-on high:low`).
pub const ACTIONABLE: Confidence = Confidence::Medium;

/// A spelling that names no level (`crit`, `severe`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {text:?} (known: {known})")]
pub struct UnknownLevel {
    what: &'static str,
    text: String,
    known: &'static str,
}

impl Severity {
    pub const ALL: [Severity; 5] = [Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical];

    pub const fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Low, Confidence::Medium, Confidence::High];

    pub const fn name(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// The level whose name is `text`, ignoring ASCII case (rule authors write `High`).
fn parse<T: Copy>(text: &str, all: &[T], name: fn(T) -> &'static str, what: &'static str, known: &'static str) -> Result<T, UnknownLevel> {
    all.iter().copied().find(|level| name(*level).eq_ignore_ascii_case(text.trim())).ok_or_else(|| UnknownLevel {
        what,
        text: text.to_string(),
        known,
    })
}

impl FromStr for Severity {
    type Err = UnknownLevel;

    fn from_str(text: &str) -> Result<Self, UnknownLevel> {
        parse(text, &Severity::ALL, Severity::name, "severity", "info, low, medium, high, critical")
    }
}

impl FromStr for Confidence {
    type Err = UnknownLevel;

    fn from_str(text: &str) -> Result<Self, UnknownLevel> {
        parse(text, &Confidence::ALL, Confidence::name, "confidence", "low, medium, high")
    }
}

// Written as their names and read back through `FromStr` in every serde format (the layer
// cache's postcard too), so a detector file and a rule's meta accept and refuse the same
// spellings, and serde's error (with the file's line) names the known ones.
impl Serialize for Severity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl Serialize for Confidence {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Severity {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?.parse().map_err(serde::de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for Confidence {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?.parse().map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_order_from_least_to_most() {
        assert!(Severity::Critical > Severity::High && Severity::High > Severity::Medium);
        assert!(Severity::Low > Severity::Info);
        assert!(Confidence::High > Confidence::Medium && Confidence::Medium > Confidence::Low);
    }

    #[test]
    fn names_round_trip_and_unknown_spellings_are_refused() {
        for severity in Severity::ALL {
            assert_eq!(severity.name().parse::<Severity>(), Ok(severity));
            assert_eq!(serde_json::to_string(&severity).ok(), Some(format!("\"{}\"", severity.name())));
        }
        for confidence in Confidence::ALL {
            assert_eq!(confidence.name().parse::<Confidence>(), Ok(confidence));
        }
        assert_eq!("High".parse::<Severity>(), Ok(Severity::High));
        let err = "crit".parse::<Severity>().err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("unknown severity \"crit\"") && err.contains("critical"), "{err}");
        assert!("critical".parse::<Confidence>().is_err());
        assert!(serde_json::from_str::<Severity>("\"severe\"").is_err());
    }
}
