//! What a container of the image runs when it starts: the program the config's Entrypoint and
//! Cmd name, the script they hand a shell or an interpreter (`sh -c "/opt/start.sh"`, `bash
//! run.sh`, `exec python app.py`), and, one level deeper, the programs and scripts that a shell
//! script among those names in turn. Names resolve as the runtime resolves them: against
//! WorkingDir, the config's PATH and the final tree's symlinks. A finding on one of these files
//! is judged as part of the start (`findings.rs`): a miner launched through `run.sh` is the
//! image starting a miner.
//!
//! The shell is read, not run: quoting, `$VAR` from the config's Env, `cd`, wrappers (`exec`,
//! `env`, `tini --`, `gosu user`), `&&`/`;`/`|` lists and here-documents are understood; a word
//! whose value is only known at run time (`"$@"`, `$(…)`) is left out.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Read;

use crate::analysis::{Analysis, ImageView};
use crate::layers::entry::EntryKind;
use crate::layers::layer::{self};
use crate::overlay::Version;

/// Started files up to this size are read to see whether they are shell scripts, and this much
/// of a script is read: entrypoint scripts are a few KiB, and reading a large program would
/// decompress its layer for nothing.
const SCRIPT_BYTES: u64 = 256 * 1024;
/// Files recorded per image at most (a script naming thousands of programs stops there).
const MAX_STARTED: usize = 256;
/// Docker's PATH when the config sets none.
const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

const SHELLS: &[&str] = &["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox-sh"];
/// Interpreters whose first operand is the script they run.
const INTERPRETERS: &[&str] = &["perl", "ruby", "node", "nodejs", "php", "lua", "bun", "python", "pypy", "pypy3"];
/// Programs that run the command after their own options and operands, with how many operands
/// they take first and which of their options take a value.
const WRAPPERS: &[(&str, usize, &[&str])] = &[
    ("exec", 0, &["-a"]),
    ("command", 0, &[]),
    ("nohup", 0, &[]),
    ("setsid", 0, &[]),
    ("time", 0, &[]),
    ("nice", 0, &["-n"]),
    ("ionice", 0, &["-c", "-n", "-p"]),
    ("env", 0, &["-u", "-C", "-S"]),
    ("tini", 0, &["-p", "-e", "-k"]),
    ("dumb-init", 0, &["-r"]),
    ("catatonit", 0, &[]),
    ("busybox", 0, &[]),
    ("gosu", 1, &[]),
    ("su-exec", 1, &[]),
    ("chpst", 0, &["-u", "-U"]),
    ("sudo", 0, &["-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U"]),
    ("timeout", 1, &["-s", "-k"]),
    ("stdbuf", 0, &["-i", "-o", "-e"]),
];
/// Shell words that lead into a command without being one.
const KEYWORDS: &[&str] = &["if", "then", "else", "elif", "do", "while", "until", "!", "{", "}"];
/// Shell words whose operands are not commands.
const NOT_COMMANDS: &[&str] = &["for", "case", "select", "function", "fi", "done", "esac", "in"];

/// How the start reaches a file of the final tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartRoute {
    /// `Entrypoint`, `Cmd` or `Entrypoint/Cmd`: the config fields that make up the command.
    pub fields: &'static str,
    /// The started script that names this file, when the fields do not name it themselves.
    pub via: Option<String>,
}

impl StartRoute {
    /// `the image's Cmd`, `the image's Entrypoint/Cmd via /opt/run.sh`.
    pub fn describe(&self) -> String {
        match &self.via {
            None => format!("the image's {}", self.fields),
            Some(script) => format!("the image's {} via {script}", self.fields),
        }
    }
}

/// The files of the final tree the image's start command runs, by path (symlinks resolved),
/// with how it reaches each one. Its scripts are read for what they run only while a path in
/// `wanted` (the files whose start matters) is not found yet.
pub fn started_files(view: &ImageView, analysis: &Analysis, wanted: &BTreeSet<&[u8]>) -> BTreeMap<Vec<u8>, StartRoute> {
    let summary = &view.image.config.summary;
    let entrypoint = summary.entrypoint.clone().unwrap_or_default();
    let cmd = summary.cmd.clone().unwrap_or_default();
    let fields = match (entrypoint.is_empty(), cmd.is_empty()) {
        (true, true) => return BTreeMap::new(),
        (false, true) => "Entrypoint",
        (true, false) => "Cmd",
        // With an Entrypoint, the Cmd is its arguments (a script handed to `tini --` or `sh`).
        (false, false) => "Entrypoint/Cmd",
    };
    let argv: Vec<Option<String>> = entrypoint.into_iter().chain(cmd).map(Some).collect();
    let env: HashMap<String, String> =
        summary.env.iter().filter_map(|pair| pair.split_once('=')).map(|(name, value)| (name.to_string(), value.to_string())).collect();
    let tree = Tree { view, path: env.get("PATH").map_or(DEFAULT_PATH, String::as_str).to_string(), hops: analysis.limits.max_link_hops };
    let cwd = summary.working_dir.clone().filter(|dir| dir.starts_with('/')).unwrap_or_else(|| "/".to_string());

    let mut started: BTreeMap<Vec<u8>, StartRoute> = BTreeMap::new();
    let mut launched = Vec::new();
    launches(&argv, &mut cwd.clone(), &env, &mut launched);
    // The scripts the command runs, to read for what they run in turn.
    let mut scripts: Vec<(Version, String, bool)> = Vec::new();
    for (launch, cwd) in launched {
        let Some(version) = tree.find(&launch, &cwd) else { continue };
        if started.len() < MAX_STARTED && !started.contains_key(&*version.path) {
            started.insert(version.path.to_vec(), StartRoute { fields, via: None });
            if launch.may_be_shell_script() && version.meta.size <= SCRIPT_BYTES {
                scripts.push((version, cwd, matches!(launch, Launch::ShellScript(_))));
            }
        }
    }
    if wanted.iter().all(|path| started.contains_key(*path)) {
        return started;
    }
    let texts = read_heads(view, analysis, scripts.iter().map(|(version, _, _)| version));
    for (version, cwd, handed_to_shell) in &scripts {
        let Some(text) = version.content.and_then(|content| texts.get(&content)) else { continue };
        if !shell_script(text, *handed_to_shell) {
            continue;
        }
        let script = String::from_utf8_lossy(&version.path).into_owned();
        let mut inner = Vec::new();
        let mut cwd = cwd.clone();
        for command in shell_commands(&String::from_utf8_lossy(text), &env) {
            launches(&command, &mut cwd, &env, &mut inner);
        }
        for (launch, cwd) in inner {
            let Some(found) = tree.find(&launch, &cwd) else { continue };
            if started.len() >= MAX_STARTED {
                break;
            }
            started.entry(found.path.to_vec()).or_insert_with(|| StartRoute { fields, via: Some(script.clone()) });
        }
    }
    started
}

/// Whether a started file's first bytes make it a shell script: a `#!` line naming a shell
/// (`#!/bin/sh`, `#!/usr/bin/env bash`), or, for a file handed to a shell (which reads text
/// with no `#!` line itself; the kernel would refuse to run it), text.
fn shell_script(head: &[u8], handed_to_shell: bool) -> bool {
    match head.strip_prefix(b"#!") {
        Some(rest) => {
            let line = String::from_utf8_lossy(rest.split(|b| *b == b'\n').next().unwrap_or_default()).into_owned();
            let mut words = line.split_whitespace().map(|word| word.rsplit('/').next().unwrap_or(word));
            let interpreter = match words.next() {
                Some("env") => words.find(|word| !word.starts_with('-')),
                first => first,
            };
            interpreter.is_some_and(|name| SHELLS.contains(&name))
        }
        None => handed_to_shell && !head.contains(&0) && !head.is_empty(),
    }
}

/// A name the command runs, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Launch {
    /// A program word: looked up in PATH unless it has a slash.
    Program(String),
    /// A script handed to a shell (`bash run.sh`, `. ./env.sh`): WorkingDir first, then PATH.
    ShellScript(String),
    /// A script handed to another interpreter (`python app.py`, `java -jar app.jar`): WorkingDir.
    Script(String),
}

impl Launch {
    /// Whether reading the file could show a shell script that runs more: a script handed to a
    /// shell, or a program that is not itself a known shell or interpreter.
    fn may_be_shell_script(&self) -> bool {
        match self {
            Launch::ShellScript(_) => true,
            Launch::Program(word) => {
                let name = basename(word);
                !SHELLS.contains(&name) && interpreter(name).is_none() && !WRAPPERS.iter().any(|(wrapper, _, _)| *wrapper == name)
            }
            Launch::Script(_) => false,
        }
    }
}

fn basename(word: &str) -> &str {
    word.rsplit('/').next().unwrap_or(word)
}

/// The interpreter a program name is (`python3.11` is `python`), if it is one.
fn interpreter(name: &str) -> Option<&'static str> {
    if name == "java" {
        return Some("java");
    }
    INTERPRETERS
        .iter()
        .copied()
        .find(|known| name.strip_prefix(known).is_some_and(|version| version.bytes().all(|b| b.is_ascii_digit() || b == b'.')))
}

/// The names one simple command runs (after its assignments and wrappers), each with the
/// directory it is resolved against; a `cd` moves `cwd` for the commands after it, and
/// `sh -c TEXT` adds what TEXT runs.
fn launches(words: &[Option<String>], cwd: &mut String, env: &HashMap<String, String>, out: &mut Vec<(Launch, String)>) {
    let mut rest = words;
    // `NAME=value cmd`: assignments before the command.
    while let Some(Some(word)) = rest.first() {
        let is_assignment = word.split_once('=').is_some_and(|(name, _)| {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') && !name.as_bytes()[0].is_ascii_digit()
        });
        if !is_assignment {
            break;
        }
        rest = &rest[1..];
    }
    loop {
        let Some(Some(word)) = rest.first() else { return };
        let name = basename(word);
        if KEYWORDS.contains(&word.as_str()) {
            rest = &rest[1..];
            continue;
        }
        if NOT_COMMANDS.contains(&word.as_str()) {
            return;
        }
        if let Some((_, operands, valued)) = WRAPPERS.iter().find(|(wrapper, _, _)| *wrapper == name) {
            out.push((Launch::Program(word.clone()), cwd.clone()));
            rest = skip_options(&rest[1..], valued, name == "env");
            rest = rest.get(*operands..).unwrap_or_default();
            continue;
        }
        let operands = &rest[1..];
        match name {
            "cd" => {
                if let Some(Some(dir)) = operands.first() {
                    *cwd = join(cwd, dir);
                }
            }
            "." | "source" => {
                if let Some(Some(script)) = operands.first() {
                    out.push((Launch::ShellScript(script.clone()), cwd.clone()));
                }
            }
            _ if SHELLS.contains(&name) => {
                out.push((Launch::Program(word.clone()), cwd.clone()));
                let mut at = 0;
                while let Some(Some(option)) = operands.get(at) {
                    if !(option.starts_with('-') || option.starts_with('+')) || option == "-" || option == "--" {
                        break;
                    }
                    at += if option == "-o" || option == "+o" { 2 } else { 1 };
                    // `-c`, `-ec`, `-xc`: the next operand is the command text itself.
                    if option.starts_with('-') && !option.starts_with("--") && option.contains('c') {
                        if let Some(Some(text)) = operands.get(at) {
                            let mut inner_cwd = cwd.clone();
                            for command in shell_commands(text, env) {
                                launches(&command, &mut inner_cwd, env, out);
                            }
                        }
                        return;
                    }
                }
                let at = if operands.get(at).is_some_and(|word| word.as_deref() == Some("--")) { at + 1 } else { at };
                if let Some(Some(script)) = operands.get(at) {
                    out.push((Launch::ShellScript(script.clone()), cwd.clone()));
                }
            }
            _ => {
                out.push((Launch::Program(word.clone()), cwd.clone()));
                if let Some(script) = interpreter(name).and_then(|kind| interpreted_script(kind, operands)) {
                    out.push((Launch::Script(script), cwd.clone()));
                }
            }
        }
        return;
    }
}

/// The script an interpreter is handed: its first operand, unless the code comes inline or
/// from a module (`python -c`, `python -m`, `perl -e`, `node -e`, `php -r`); `java` only with `-jar`.
fn interpreted_script(kind: &str, operands: &[Option<String>]) -> Option<String> {
    if kind == "java" {
        let at = operands.iter().position(|word| word.as_deref() == Some("-jar"))?;
        return operands.get(at + 1)?.clone();
    }
    let valued: &[&str] = match kind {
        "python" | "pypy" | "pypy3" => &["-W", "-X", "--check-hash-based-pycs"],
        "node" | "nodejs" | "bun" => &["-r", "--require", "--import", "--loader"],
        "perl" => &["-I", "-M"],
        "php" => &["-c", "-d", "-z"],
        _ => &[],
    };
    let inline = ["-c", "-m", "-e", "-E", "-r", "-p", "--eval", "--print"];
    let mut at = 0;
    while let Some(word) = operands.get(at) {
        let word = word.as_deref()?;
        if word == "--" {
            return operands.get(at + 1)?.clone();
        }
        if !word.starts_with('-') || word == "-" {
            return Some(word.to_string());
        }
        // php's -c names a php.ini; elsewhere -c is inline code.
        if inline.contains(&word) && !(kind == "php" && word == "-c") {
            return None;
        }
        at += if valued.contains(&word) { 2 } else { 1 };
    }
    None
}

/// `words` after a wrapper's options (and, for `env`, its `NAME=value` assignments).
fn skip_options<'w>(mut words: &'w [Option<String>], valued: &[&str], assignments: bool) -> &'w [Option<String>] {
    while let Some(Some(word)) = words.first() {
        if word == "--" {
            return &words[1..];
        }
        let option = word.starts_with('-') && word.len() > 1;
        if !(option || (assignments && word.contains('='))) {
            break;
        }
        let taken = if valued.contains(&word.as_str()) { 2 } else { 1 };
        words = words.get(taken..).unwrap_or_default();
    }
    words
}

/// `dir` joined with `word` (`word` itself when absolute).
fn join(dir: &str, word: &str) -> String {
    if word.starts_with('/') {
        word.to_string()
    } else {
        format!("{}/{word}", dir.trim_end_matches('/'))
    }
}

/// The final tree, for looking names up as the runtime does.
struct Tree<'v> {
    view: &'v ImageView,
    path: String,
    hops: usize,
}

impl<'v> Tree<'v> {
    /// The regular file (or hardlink) `launch` names, its symlinks followed in the final tree.
    fn find(&self, launch: &Launch, cwd: &str) -> Option<Version> {
        let (word, in_cwd, in_path) = match launch {
            Launch::Program(word) => (word, false, true),
            Launch::ShellScript(word) => (word, true, true),
            Launch::Script(word) => (word, true, false),
        };
        if word.contains('/') {
            return self.file(&join(cwd, word));
        }
        let cwd = in_cwd.then(|| join(cwd, word));
        let path = self.path.split(':').filter(|dir| in_path && dir.starts_with('/')).map(|dir| join(dir, word));
        cwd.into_iter().chain(path).find_map(|candidate| self.file(&candidate))
    }

    fn file(&self, path: &str) -> Option<Version> {
        let overlay = &self.view.overlay;
        let resolved = overlay.resolve(path.as_bytes(), self.hops)?;
        let version = overlay.version(*overlay.live.get(resolved.as_slice())?);
        matches!(version.meta.kind, EntryKind::File | EntryKind::Hardlink).then_some(version)
    }
}

/// The first [`SCRIPT_BYTES`] of each version, by the (layer, entry) holding its bytes: one
/// pass over each layer involved, stopping at the last entry wanted. A layer that cannot be
/// read leaves its files out (the scan reported why).
fn read_heads<'v>(view: &ImageView, analysis: &Analysis, versions: impl Iterator<Item = &'v Version>) -> HashMap<(usize, u32), Vec<u8>> {
    let mut wanted: BTreeMap<usize, BTreeSet<u32>> = BTreeMap::new();
    for (layer, entry) in versions.filter_map(|version| version.content) {
        wanted.entry(layer).or_default().insert(entry);
    }
    let mut heads = HashMap::new();
    for (layer, entries) in wanted {
        let Some(member) = view.layer_members.get(layer).and_then(Option::as_ref) else { continue };
        let Ok(blob) = analysis.archive.blob(member) else { continue };
        let _ = layer::visit_entries(blob.bytes, &entries, &analysis.limits, &mut |entry, content| {
            let mut head = Vec::new();
            content.take(SCRIPT_BYTES).read_to_end(&mut head)?;
            heads.insert((layer, entry), head);
            Ok(())
        });
    }
    heads
}

/// The simple commands of a shell text, each as its words (None: a word whose value is only
/// known at run time). `$NAME` and `${NAME}` take their value from `env`.
fn shell_commands(text: &str, env: &HashMap<String, String>) -> Vec<Vec<Option<String>>> {
    let mut lexer = Lexer { chars: text.chars().collect(), at: 0, env, commands: Vec::new(), words: Vec::new(), heredocs: Vec::new() };
    lexer.run();
    lexer.commands
}

struct Lexer<'e> {
    chars: Vec<char>,
    at: usize,
    env: &'e HashMap<String, String>,
    commands: Vec<Vec<Option<String>>>,
    words: Vec<Option<String>>,
    /// Here-document delimiters whose bodies start after the current line, and whether leading
    /// tabs are stripped (`<<-`).
    heredocs: Vec<(String, bool)>,
}

impl Lexer<'_> {
    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.at + ahead).copied()
    }

    fn end_command(&mut self) {
        if !self.words.is_empty() {
            self.commands.push(std::mem::take(&mut self.words));
        }
    }

    fn run(&mut self) {
        // A redirection's target is the next word: read and dropped.
        let mut drop_next = false;
        while let Some(c) = self.peek(0) {
            match c {
                ' ' | '\t' | '\r' => self.at += 1,
                // A line continuation between words.
                '\\' if self.peek(1) == Some('\n') => self.at += 2,
                '\n' => {
                    self.at += 1;
                    self.end_command();
                    self.skip_heredocs();
                }
                ';' | '&' | '|' | '(' | ')' | '`' => {
                    self.at += 1;
                    self.end_command();
                }
                '#' => {
                    while self.peek(0).is_some_and(|c| c != '\n') {
                        self.at += 1;
                    }
                }
                '<' | '>' => drop_next = self.redirection(),
                _ => {
                    let word = self.word();
                    // `2>file`: the fd number is part of the redirection, not a word.
                    if matches!(self.peek(0), Some('<' | '>')) && word.as_deref().is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit())) {
                        continue;
                    }
                    if std::mem::take(&mut drop_next) {
                        continue;
                    }
                    self.words.push(word);
                }
            }
        }
        self.end_command();
    }

    /// Reads a redirection operator; true when its target is a word still to come.
    fn redirection(&mut self) -> bool {
        let first = self.peek(0);
        self.at += 1;
        if first == Some('<') && self.peek(0) == Some('<') {
            self.at += 1;
            if self.peek(0) == Some('<') {
                // `<<<word`: a here-string, its word dropped.
                self.at += 1;
                return true;
            }
            let strip_tabs = self.peek(0) == Some('-');
            if strip_tabs {
                self.at += 1;
            }
            while matches!(self.peek(0), Some(' ' | '\t')) {
                self.at += 1;
            }
            // The delimiter as written, its quotes removed (quoting only turns expansion off).
            let start = self.at;
            while self.peek(0).is_some_and(|c| !c.is_whitespace() && !matches!(c, ';' | '&' | '|' | '<' | '>' | '(' | ')')) {
                self.at += 1;
            }
            let delimiter: String = self.chars[start..self.at].iter().filter(|c| !matches!(c, '\'' | '"' | '\\')).collect();
            self.heredocs.push((delimiter, strip_tabs));
            return false;
        }
        while matches!(self.peek(0), Some('>' | '&' | '|')) {
            self.at += 1;
        }
        true
    }

    /// Skips the bodies of the here-documents the line just ended opened.
    fn skip_heredocs(&mut self) {
        for (delimiter, strip_tabs) in std::mem::take(&mut self.heredocs) {
            while self.at < self.chars.len() {
                let end = self.chars[self.at..].iter().position(|c| *c == '\n').map_or(self.chars.len(), |n| self.at + n);
                let line: String = self.chars[self.at..end].iter().collect();
                self.at = (end + 1).min(self.chars.len());
                let line = if strip_tabs { line.trim_start_matches('\t') } else { line.as_str() };
                if line.trim_end_matches('\r') == delimiter {
                    break;
                }
            }
        }
    }

    /// One word, quotes removed and variables expanded; None when part of it is only known at
    /// run time.
    fn word(&mut self) -> Option<String> {
        let mut word = String::new();
        let mut known = true;
        while let Some(c) = self.peek(0) {
            match c {
                ' ' | '\t' | '\r' | '\n' | ';' | '&' | '|' | '(' | ')' | '`' | '<' | '>' => break,
                '\\' => {
                    self.at += 1;
                    match self.peek(0) {
                        // A line continuation joins the lines.
                        Some('\n') => {}
                        Some(escaped) => word.push(escaped),
                        None => {}
                    }
                    self.at += 1;
                }
                '\'' => {
                    self.at += 1;
                    while let Some(c) = self.peek(0) {
                        self.at += 1;
                        if c == '\'' {
                            break;
                        }
                        word.push(c);
                    }
                }
                '"' => {
                    self.at += 1;
                    while let Some(c) = self.peek(0) {
                        match c {
                            '"' => {
                                self.at += 1;
                                break;
                            }
                            '\\' if matches!(self.peek(1), Some('"' | '\\' | '$' | '`')) => {
                                word.extend(self.peek(1));
                                self.at += 2;
                            }
                            '$' => known &= self.expand(&mut word),
                            '`' => {
                                known = false;
                                self.at += 1;
                                while self.peek(0).is_some_and(|c| c != '`') {
                                    self.at += 1;
                                }
                                self.at += 1;
                            }
                            _ => {
                                word.push(c);
                                self.at += 1;
                            }
                        }
                    }
                }
                '$' => known &= self.expand(&mut word),
                _ => {
                    word.push(c);
                    self.at += 1;
                }
            }
        }
        known.then_some(word)
    }

    /// Expands the `$…` at the cursor into `word`; false when its value is only known at run
    /// time (a parameter, a command substitution, a variable the config does not set).
    fn expand(&mut self, word: &mut String) -> bool {
        self.at += 1;
        match self.peek(0) {
            Some('{') => {
                let start = self.at + 1;
                let Some(len) = self.chars[start..].iter().position(|c| *c == '}') else {
                    self.at = self.chars.len();
                    return false;
                };
                self.at = start + len + 1;
                let name: String = self.chars[start..start + len].iter().collect();
                self.lookup(&name, word)
            }
            Some('(') => {
                // `$(…)` (or `$((…))`): skipped to its closing parenthesis.
                let mut depth = 0usize;
                while let Some(c) = self.peek(0) {
                    self.at += 1;
                    match c {
                        '(' => depth += 1,
                        ')' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                false
            }
            Some(c) if c.is_ascii_alphabetic() || c == '_' => {
                let start = self.at;
                while self.peek(0).is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
                    self.at += 1;
                }
                let name: String = self.chars[start..self.at].iter().collect();
                self.lookup(&name, word)
            }
            Some(c) if c.is_ascii_digit() || "@*#?$!-".contains(c) => {
                self.at += 1;
                false
            }
            // A lone `$` is itself.
            _ => {
                word.push('$');
                true
            }
        }
    }

    fn lookup(&self, name: &str, word: &mut String) -> bool {
        match self.env.get(name) {
            Some(value) => {
                word.push_str(value);
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn commands(text: &str) -> Vec<Vec<Option<String>>> {
        let env = HashMap::from([("APP".to_string(), "/srv/app".to_string())]);
        shell_commands(text, &env)
    }

    fn words(list: &[&str]) -> Vec<Option<String>> {
        list.iter().map(|w| Some(w.to_string())).collect()
    }

    fn launched(argv: &[&str], cwd: &str) -> Vec<(Launch, String)> {
        let mut out = Vec::new();
        launches(&words(argv), &mut cwd.to_string(), &HashMap::new(), &mut out);
        out
    }

    #[test]
    fn shell_text_splits_into_simple_commands_with_quotes_removed() {
        let text = "#!/bin/sh\nset -e # comment\nA=1 exec \"$APP/run.sh\" 'x y' >/dev/null 2>&1 && ./b;c|d &\n\
                    cat <<-EOF > /tmp/f\n\t/opt/not-a-command\n\tEOF\necho \"$@\" $(id) `date`\nnext \\\n  arg\n";
        let found = commands(text);
        assert_eq!(
            found,
            vec![
                words(&["set", "-e"]),
                words(&["A=1", "exec", "/srv/app/run.sh", "x y"]),
                words(&["./b"]),
                words(&["c"]),
                words(&["d"]),
                words(&["cat"]),
                vec![Some("echo".into()), None, None],
                // Backquotes run their command too.
                words(&["date"]),
                words(&["next", "arg"]),
            ]
        );
    }

    #[test]
    fn shells_interpreters_and_wrappers_lead_to_the_script() {
        assert_eq!(
            launched(&["/bin/sh", "-c", "cd /opt && ./start.sh"], "/"),
            [(Launch::Program("/bin/sh".into()), "/".into()), (Launch::Program("./start.sh".into()), "/opt".into())]
        );
        assert_eq!(launched(&["bash", "-e", "run.sh"], "/app")[1], (Launch::ShellScript("run.sh".into()), "/app".into()));
        assert_eq!(
            launched(&["tini", "-s", "--", "gosu", "app", "python3.11", "-u", "-W", "ignore", "main.py"], "/w"),
            [
                (Launch::Program("tini".into()), "/w".into()),
                (Launch::Program("gosu".into()), "/w".into()),
                (Launch::Program("python3.11".into()), "/w".into()),
                (Launch::Script("main.py".into()), "/w".into()),
            ]
        );
        assert_eq!(launched(&["python", "-m", "http.server"], "/").len(), 1, "a module is not a file");
        assert_eq!(launched(&["java", "-Xmx1g", "-jar", "app.jar"], "/")[1].0, Launch::Script("app.jar".into()));
        assert_eq!(launched(&["env", "A=1", "-u", "B", "/x"], "/")[1].0, Launch::Program("/x".into()));
        assert!(launched(&["for", "f", "in", "/a", "/b"], "/").is_empty());
        assert_eq!(launched(&["if", "/usr/bin/test", "-f", "x"], "/")[0].0, Launch::Program("/usr/bin/test".into()));
    }

    #[test]
    fn a_shebang_naming_a_shell_makes_a_shell_script() {
        assert!(shell_script(b"#!/bin/sh\nexec x\n", false));
        assert!(shell_script(b"#!/usr/bin/env -S bash -e\nexec x\n", false));
        assert!(shell_script(b"exec x\n", true), "no #! line: the shell it is handed to runs it");
        assert!(!shell_script(b"exec x\n", false), "no #! line: not runnable as a program");
        assert!(!shell_script(b"#!/usr/bin/python3\nimport os\n", true));
        assert!(!shell_script(b"\x7fELF\x02\x01\x01\0", true));
    }
}
