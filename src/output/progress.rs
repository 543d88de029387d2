//! Progress on stderr while scanning (inputs done, bytes, throughput, findings so far), drawn
//! only on a terminal; elsewhere the scan's notes are plain lines, and `--quiet` silences both.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use crate::report::InputReport;

pub struct ProgressDisplay {
    bar: Option<ProgressBar>,
    quiet: bool,
    inputs: usize,
    done: usize,
    findings: usize,
}

impl ProgressDisplay {
    pub fn new(quiet: bool) -> ProgressDisplay {
        ProgressDisplay { bar: None, quiet, inputs: 0, done: 0, findings: 0 }
    }

    pub fn started(&mut self, inputs: usize, bytes: u64) {
        self.inputs = inputs;
        if self.quiet || !std::io::stderr().is_terminal() {
            return;
        }
        let bar = ProgressBar::new(bytes);
        let style = ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {bar:30} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} {msg}",
        );
        if let Ok(style) = style {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(120));
        self.bar = Some(bar);
        self.message();
    }

    pub fn note(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.println(format!("layerhound: {line}")),
            None if !self.quiet => eprintln!("layerhound: {line}"),
            None => {}
        }
    }

    pub fn finished(&mut self, input: &InputReport) {
        self.done += 1;
        self.findings += input.images.iter().map(|image| image.findings.len()).sum::<usize>();
        if let Some(bar) = &self.bar {
            bar.inc(input.size);
        }
        self.message();
    }

    fn message(&self) {
        if let Some(bar) = &self.bar {
            bar.set_message(format!("inputs {}/{}, {} findings", self.done, self.inputs, self.findings));
        }
    }

    pub fn clear(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
