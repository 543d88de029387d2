//! The evidence report: the serde types are the schema (`docs/report.schema.json`); and the
//! comparison of two images' reports (`diff`).

mod build;
pub mod diff;
mod documentation;
pub mod findings;
pub mod merge;
mod model;
mod runtime;
mod start;
pub mod write;

pub use build::{add_analysis, input_report};

pub use model::*;
