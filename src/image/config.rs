//! The image configuration: what the container runs with, and the history of its layers.
//! Parsed leniently from JSON values: a field of the wrong type is reported, not fatal.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

#[derive(Debug, Clone, Default, Serialize)]
pub struct ConfigSummary {
    pub architecture: Option<String>,
    pub os: Option<String>,
    pub variant: Option<String>,
    pub created: Option<String>,
    pub author: Option<String>,
    pub user: Option<String>,
    pub env: Vec<String>,
    pub entrypoint: Option<Vec<String>>,
    pub cmd: Option<Vec<String>>,
    pub working_dir: Option<String>,
    pub exposed_ports: Vec<String>,
    pub volumes: Vec<String>,
    pub labels: BTreeMap<String, String>,
    pub stop_signal: Option<String>,
    pub shell: Option<Vec<String>>,
    pub onbuild: Vec<String>,
    pub healthcheck: Option<Value>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct HistoryEntry {
    pub created: Option<String>,
    pub created_by: Option<String>,
    pub author: Option<String>,
    pub comment: Option<String>,
    pub empty_layer: bool,
    /// The layer this entry produced (None for `empty_layer` entries or when out of layers).
    pub layer: Option<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct ParsedConfig {
    pub summary: ConfigSummary,
    pub history: Vec<HistoryEntry>,
    pub diff_ids: Option<Vec<String>>,
    /// Fields present with a type the spec does not allow.
    pub problems: Vec<String>,
}

struct Reader<'a> {
    problems: &'a mut Vec<String>,
}

impl Reader<'_> {
    fn string(&mut self, obj: &Value, key: &str, at: &str) -> Option<String> {
        match obj.get(key)? {
            Value::String(s) => Some(s.clone()),
            Value::Null => None,
            other => {
                self.problems.push(format!("{at}{key}: expected a string, found {}", type_name(other)));
                None
            }
        }
    }

    fn strings(&mut self, obj: &Value, key: &str, at: &str) -> Option<Vec<String>> {
        match obj.get(key)? {
            Value::Array(items) => Some(
                items
                    .iter()
                    .filter_map(|item| match item {
                        Value::String(s) => Some(s.clone()),
                        other => {
                            self.problems.push(format!("{at}{key}[]: expected a string, found {}", type_name(other)));
                            None
                        }
                    })
                    .collect(),
            ),
            // Docker accepts a bare string for Cmd/Entrypoint in some writers.
            Value::String(s) => Some(vec![s.clone()]),
            Value::Null => None,
            other => {
                self.problems.push(format!("{at}{key}: expected a list of strings, found {}", type_name(other)));
                None
            }
        }
    }

    fn keys(&mut self, obj: &Value, key: &str, at: &str) -> Vec<String> {
        match obj.get(key) {
            Some(Value::Object(map)) => map.keys().cloned().collect(),
            None | Some(Value::Null) => Vec::new(),
            Some(other) => {
                self.problems.push(format!("{at}{key}: expected an object, found {}", type_name(other)));
                Vec::new()
            }
        }
    }
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

pub fn parse(value: &Value) -> ParsedConfig {
    let mut parsed = ParsedConfig::default();
    let mut problems = Vec::new();
    let mut r = Reader { problems: &mut problems };
    let s = &mut parsed.summary;
    s.architecture = r.string(value, "architecture", "");
    s.os = r.string(value, "os", "");
    s.variant = r.string(value, "variant", "");
    s.created = r.string(value, "created", "");
    s.author = r.string(value, "author", "");
    // Docker v1 image JSON and OCI configs both keep the runtime settings under "config".
    if let Some(cfg) = value.get("config").filter(|v| !v.is_null()) {
        let at = "config.";
        s.user = r.string(cfg, "User", at);
        s.env = r.strings(cfg, "Env", at).unwrap_or_default();
        s.entrypoint = r.strings(cfg, "Entrypoint", at);
        s.cmd = r.strings(cfg, "Cmd", at);
        s.working_dir = r.string(cfg, "WorkingDir", at);
        s.exposed_ports = r.keys(cfg, "ExposedPorts", at);
        s.volumes = r.keys(cfg, "Volumes", at);
        s.stop_signal = r.string(cfg, "StopSignal", at);
        s.shell = r.strings(cfg, "Shell", at);
        s.onbuild = r.strings(cfg, "OnBuild", at).unwrap_or_default();
        s.healthcheck = cfg.get("Healthcheck").filter(|v| !v.is_null()).cloned();
        match cfg.get("Labels") {
            Some(Value::Object(map)) => {
                for (key, val) in map {
                    match val {
                        Value::String(text) => {
                            s.labels.insert(key.clone(), text.clone());
                        }
                        other => r.problems.push(format!("config.Labels.{key}: expected a string, found {}", type_name(other))),
                    }
                }
            }
            None | Some(Value::Null) => {}
            Some(other) => r.problems.push(format!("config.Labels: expected an object, found {}", type_name(other))),
        }
    }
    if let Some(rootfs) = value.get("rootfs") {
        parsed.diff_ids = r.strings(rootfs, "diff_ids", "rootfs.");
    }
    match value.get("history") {
        Some(Value::Array(items)) => {
            for item in items {
                if !item.is_object() {
                    r.problems.push(format!("history[]: expected an object, found {}", type_name(item)));
                    continue;
                }
                parsed.history.push(HistoryEntry {
                    created: r.string(item, "created", "history[]."),
                    created_by: r.string(item, "created_by", "history[]."),
                    author: r.string(item, "author", "history[]."),
                    comment: r.string(item, "comment", "history[]."),
                    empty_layer: item.get("empty_layer").and_then(Value::as_bool).unwrap_or(false),
                    layer: None,
                });
            }
        }
        None | Some(Value::Null) => {}
        Some(other) => r.problems.push(format!("history: expected a list, found {}", type_name(other))),
    }
    parsed.problems = problems;
    parsed
}

/// Assigns each non-empty history entry to the next layer, in order. Returns, per layer, the
/// index of its history entry.
pub fn align_history(history: &mut [HistoryEntry], layer_count: usize) -> Vec<Option<usize>> {
    let mut per_layer = vec![None; layer_count];
    let mut next = 0;
    for (i, entry) in history.iter_mut().enumerate() {
        if entry.empty_layer {
            continue;
        }
        if next < layer_count {
            entry.layer = Some(next);
            per_layer[next] = Some(i);
        }
        next += 1;
    }
    per_layer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_types_are_problems_not_failures() {
        let value = serde_json::json!({
            "architecture": "amd64",
            "config": {"Env": ["A=1", 5], "Cmd": "sh", "Labels": {"x": 1, "y": "z"}, "User": 7},
            "history": [{"created_by": "a"}, {"created_by": "b", "empty_layer": true}, 3, {"created_by": "c"}],
            "rootfs": {"diff_ids": ["sha256:00"]}
        });
        let mut parsed = parse(&value);
        assert_eq!(parsed.summary.env, vec!["A=1"]);
        assert_eq!(parsed.summary.cmd, Some(vec!["sh".to_string()]));
        assert_eq!(parsed.summary.labels.len(), 1);
        assert_eq!(parsed.problems.len(), 4, "{:?}", parsed.problems);
        let per_layer = align_history(&mut parsed.history, 2);
        assert_eq!(per_layer, vec![Some(0), Some(2)]);
        assert_eq!(parsed.history[1].layer, None);
    }
}
