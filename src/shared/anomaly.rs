//! Anomalies: odd things about the input that every stage may meet and the report lists. They
//! live below the stages so that each stage can record them without knowing the report.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::shared::pathbytes::PathRepr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AnomalyLevel {
    Info,
    Warning,
    Error,
}

/// Something odd about the input that is not a finding but an analyst should see.
#[derive(Debug, Clone, Serialize)]
pub struct Anomaly {
    /// Borrowed as the code names it; owned when read back from the layer cache.
    pub kind: Cow<'static, str>,
    pub severity: AnomalyLevel,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub layer: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<PathRepr>,
}

impl Anomaly {
    pub fn new(kind: &'static str, message: impl Into<String>) -> Self {
        Anomaly { kind: Cow::Borrowed(kind), severity: AnomalyLevel::Warning, message: message.into(), layer: None, path: None }
    }

    pub fn info(kind: &'static str, message: impl Into<String>) -> Self {
        Anomaly { severity: AnomalyLevel::Info, ..Anomaly::new(kind, message) }
    }

    pub fn error(kind: &'static str, message: impl Into<String>) -> Self {
        Anomaly { severity: AnomalyLevel::Error, ..Anomaly::new(kind, message) }
    }

    pub fn at_layer(mut self, layer: usize) -> Self {
        self.layer = Some(layer);
        self
    }

    pub fn at_path(mut self, path: PathRepr) -> Self {
        self.path = Some(path);
        self
    }
}
