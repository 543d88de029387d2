//! Rules by the file class their condition requires. Most community rules test a file's first
//! bytes before anything else (`uint16(0) == 0x5a4d and ...`: 3,300 of signature-base's 5,900
//! rules are for PE files only), yet yara-x searches every rule's atoms in every file. A rule
//! whose condition is a conjunction holding such a test can only match files of that class, so
//! the pack is compiled once more in pieces: the rules for any file, and each class's own; a
//! file is scanned with the first piece and its class's. Anything unsure stays in the first
//! piece, so the matches are those of the whole pack. A piece is compiled on a thread of its
//! own once the files needing it add up to [`PIECE_AFTER_BYTES`]: until then, and while it
//! compiles, files are scanned with the whole pack rather than waiting.
//!
//! The same holds for what a file's name and first bytes decide: a rule `... and not filepath
//! matches /\/doc\//` cannot match a manual, one that requires `extension matches /^php$/`
//! nothing else, one that excludes ELF and PE files no library. Such terms of a condition's
//! top-level conjunction (made only of the externals, literals and fixed-offset reads, so
//! yara-x decides them without searching a byte) are compiled as rules of their own, the
//! gates; each file is run through them first, and the any-file rules whose terms do not all
//! hold are left out of its scan when a piece without them serves enough bytes (the pieces
//! for the commonest sets of rules left out, [`MAX_VARIANTS`] at most, each compiled as above once
//! its files reach [`VARIANT_AFTER_BYTES`]).

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use yara_x_parser::ast::dfs::{DFSEvent, DFSIter};
use yara_x_parser::ast::{Expr, HexToken, MatchAnchor, Pattern, Rule, RuleFlags, WithSpan, AST};
use yara_x_parser::cst::{SyntaxKind, CST};
use yara_x_parser::Parser;

use super::EXTERNALS;

/// Bytes of files a piece would serve before it is compiled. signature-base's any-file piece
/// (2,700 rules) costs about 1.5 CPU-s to compile and saves about 20 ms per MB scanned on the
/// bench image: it pays back after some 80 MB, and a small image never pays for it.
const PIECE_AFTER_BYTES: u64 = 64 << 20;

/// Bytes of files a variant would serve before it is compiled: our pack's variants (40-50 rules)
/// compile in about 0.15 s and save about 8 ms per MiB of manuals scanned.
const VARIANT_AFTER_BYTES: u64 = 16 << 20;

/// Pieces of the any-file rules less those a file's gates leave out: each costs a compile (the
/// built-in pack's rules take 0.1-0.5 s) and memory, so only the commonest sets get one.
const MAX_VARIANTS: usize = 6;

/// Distinct gate terms read (a rule's terms past these are ignored: it runs more often).
const MAX_GATES: usize = 128;

/// Functions that read the file at an offset.
const READS: [&str; 12] =
    ["uint8", "uint16", "uint32", "uint8be", "uint16be", "uint32be", "int8", "int16", "int32", "int8be", "int16be", "int32be"];

/// A kind of file told by its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileClass {
    Pe,
    Elf,
    MachO,
}

impl FileClass {
    pub const ALL: [FileClass; 3] = [FileClass::Pe, FileClass::Elf, FileClass::MachO];

    /// The first bytes of the class's files: the shortest the packs test (ELF rules often test
    /// `uint16(0) == 0x457f`, fat Mach-O ones `uint16(0) == 0xfeca`), so a rule testing more
    /// bytes belongs to the class too.
    fn magics(self) -> &'static [&'static [u8]] {
        match self {
            FileClass::Pe => &[b"MZ"],
            FileClass::Elf => &[b"\x7fE"],
            FileClass::MachO => &[b"\xfe\xed", b"\xce\xfa", b"\xcf\xfa", b"\xca\xfe"],
        }
    }

    pub fn of(bytes: &[u8]) -> Option<FileClass> {
        Self::ALL.into_iter().find(|class| class.magics().iter().any(|magic| bytes.starts_with(magic)))
    }

    fn index(self) -> usize {
        match self {
            FileClass::Pe => 0,
            FileClass::Elf => 1,
            FileClass::MachO => 2,
        }
    }

    /// The class every file starting with one of `prefixes` is in.
    fn holding(prefixes: &[Vec<u8>]) -> Option<FileClass> {
        Self::ALL.into_iter().find(|class| {
            !prefixes.is_empty() && prefixes.iter().all(|prefix| class.magics().iter().any(|magic| prefix.starts_with(magic)))
        })
    }
}

/// One piece of the pack: sources (namespace, text), compiled once a file needs them.
struct Piece {
    sources: Vec<(String, String)>,
    rules: usize,
    /// None inside: it did not compile (every file then meets the whole pack).
    compiled: OnceLock<Option<yara_x::Rules>>,
    /// Bytes of the files that needed it before it was compiled.
    waited: AtomicU64,
    requested: AtomicBool,
}

/// Where a piece stands for a file that would use it.
enum Ready<'r> {
    Compiled(&'r yara_x::Rules),
    /// It did not compile: the whole pack serves.
    Failed,
    /// Not compiled yet (counted towards starting it).
    Waiting,
}

impl Piece {
    fn new(sources: Vec<(String, String)>, rules: usize) -> Piece {
        Piece { sources, rules, compiled: OnceLock::new(), waited: AtomicU64::new(0), requested: AtomicBool::new(false) }
    }

    /// Its rules if compiled; else counts `size` bytes towards `after_bytes`, then calls `start`
    /// once.
    fn ready(&self, size: usize, after_bytes: u64, start: impl FnOnce()) -> Ready<'_> {
        match self.compiled.get() {
            Some(Some(rules)) => Ready::Compiled(rules),
            Some(None) => Ready::Failed,
            None => {
                let waited = self.waited.fetch_add(size as u64, Ordering::Relaxed) + size as u64;
                if waited >= after_bytes && !self.requested.swap(true, Ordering::Relaxed) {
                    start();
                }
                Ready::Waiting
            }
        }
    }
}

/// Compiles a piece's sources; None if they do not compile.
pub type Compile = Arc<dyn Fn(&[(String, String)]) -> Option<yara_x::Rules> + Send + Sync>;

/// The gates: each distinct term of the any-file rules' conditions that a file's name and first
/// bytes decide, compiled as a rule `g<N>`, and what each rule needs of them.
pub struct Gates {
    pub rules: yara_x::Rules,
    /// Per gated any-file rule: its place among them and the gates it needs (bits).
    needs: Vec<(usize, u128)>,
    /// Every rule file, to write a variant's text.
    files: Vec<Layout>,
    /// The variants: the any-file rules they leave out (sorted), and the piece of the rest.
    variants: [OnceLock<(Vec<usize>, Piece)>; MAX_VARIANTS],
    state: Mutex<Demand>,
}

/// A rule file: namespace, text, and each rule's span with its place among the any-file rules
/// (None: a class's rule).
type Layout = (String, String, Vec<(Range<usize>, Option<usize>)>);

/// What files wanted before their variant existed.
#[derive(Default)]
struct Demand {
    /// The any-file rules each set of holding gates leaves out (sorted).
    dropped: HashMap<u128, Arc<[usize]>>,
    /// Sets of rules to leave out that no variant serves yet: what all the files counted for it
    /// leave out, how many its first file left out, and the bytes of those files.
    candidates: Vec<(Vec<usize>, usize, u64)>,
    /// The variant found to serve each set of holding gates, and how many variants existed
    /// then: a file of a set already served is not matched against every variant again.
    served: HashMap<u128, (usize, usize)>,
}

/// Candidates counted at most (files of other sets then meet the any-file piece).
const MAX_CANDIDATES: usize = 64;

/// Which variant serves a file.
enum Pick {
    /// The variant at this index (compiled, compiling, or that failed to).
    Variant(usize),
    /// This variant has just been made: compile it.
    Made(usize),
    /// None: the any-file piece.
    Any,
}

impl Gates {
    /// The gates that hold for a file, from a scan with [`Gates::rules`]: the bits of the
    /// matching rules `g<N>`.
    pub fn holding<'a>(matching: impl Iterator<Item = &'a str>) -> u128 {
        matching
            .filter_map(|id| id.strip_prefix('g')?.parse::<u32>().ok())
            .filter(|&n| (n as usize) < MAX_GATES)
            .fold(0, |bits, n| bits | 1 << n)
    }

    /// The variant for a file of `size` bytes whose holding gates are `holding`: the one leaving
    /// out most of the rules the file's gates leave out (and nothing else). Without one, the
    /// file's bytes count for the candidate sharing most of its set (narrowed to what they
    /// share), which becomes a variant once its files reach `after_bytes`. A set is only
    /// worth a variant if it leaves out a quarter of the any-file rules: fewer save less than
    /// the compile costs.
    fn pick(&self, holding: u128, size: usize, any_rules: usize, after_bytes: u64) -> Pick {
        let worth = |left_out: usize| left_out * 4 >= any_rules && left_out > 0;
        let mut demand = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        // Variants are only added (under this lock): with as many as when a set was served, the
        // same one serves it best.
        let made = self.variants.iter().filter(|slot| slot.get().is_some()).count();
        if let Some(&(made_then, index)) = demand.served.get(&holding) {
            if made_then == made {
                return Pick::Variant(index);
            }
        }
        let dropped = Arc::clone(
            demand
                .dropped
                .entry(holding)
                .or_insert_with(|| self.needs.iter().filter(|(_, needs)| needs & !holding != 0).map(|(rule, _)| *rule).collect()),
        );
        if !worth(dropped.len()) {
            return Pick::Any;
        }
        let serving = self
            .variants
            .iter()
            .enumerate()
            .filter_map(|(index, slot)| {
                slot.get().filter(|(left_out, _)| subset(left_out, &dropped)).map(|(left_out, _)| (left_out.len(), index))
            })
            .max();
        // One that leaves out most of what the file's gates leave out serves it; with a lesser
        // one the file still counts towards a closer variant.
        let fallback = match serving {
            Some((left_out, index)) if left_out * 4 >= dropped.len() * 3 => {
                demand.served.insert(holding, (made, index));
                return Pick::Variant(index);
            }
            Some((_, index)) => Pick::Variant(index),
            None => Pick::Any,
        };
        let best = demand
            .candidates
            .iter()
            .enumerate()
            .map(|(index, (left_out, first, _))| (shared(left_out, &dropped), *first, index))
            // Files whose sets share most of the first one's: narrowing it further would serve
            // everything with a piece that leaves out little.
            .filter(|&(common, first, _)| worth(common) && common * 4 >= first.max(dropped.len()) * 3)
            .max();
        let index = match best {
            Some((_, _, index)) => {
                let candidate = &mut demand.candidates[index];
                candidate.0.retain(|rule| dropped.binary_search(rule).is_ok());
                candidate.2 += size as u64;
                index
            }
            None if demand.candidates.len() < MAX_CANDIDATES => {
                demand.candidates.push((dropped.to_vec(), dropped.len(), size as u64));
                demand.candidates.len() - 1
            }
            None => return fallback,
        };
        if demand.candidates[index].2 < after_bytes {
            return fallback;
        }
        let Some(free) = self.variants.iter().position(|slot| slot.get().is_none()) else { return fallback };
        let (left_out, _, _) = demand.candidates.swap_remove(index);
        let sources = self.files.iter().map(|(namespace, text, rules)| (namespace.clone(), without(text, rules, &left_out))).collect();
        let rules = any_rules - left_out.len();
        let _ = self.variants[free].set((left_out, Piece::new(sources, rules)));
        Pick::Made(free)
    }
}

/// Whether every item of `part` is in `whole` (both sorted).
fn subset(part: &[usize], whole: &[usize]) -> bool {
    part.iter().all(|item| whole.binary_search(item).is_ok())
}

/// How many items the sorted `a` and `b` share.
fn shared(a: &[usize], b: &[usize]) -> usize {
    a.iter().filter(|item| b.binary_search(item).is_ok()).count()
}

/// `text` less the class rules and the any-file rules in `dropped` (sorted).
fn without(text: &str, rules: &[(Range<usize>, Option<usize>)], dropped: &[usize]) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut from = 0;
    for (span, any) in rules {
        if any.is_none_or(|rule| dropped.binary_search(&rule).is_ok()) {
            kept.push_str(&text[from..span.start]);
            from = span.end;
        }
    }
    kept.push_str(&text[from..]);
    kept
}

/// The pack in pieces: the rules for any file, then each class's own.
pub struct Split {
    any: Piece,
    classes: [Piece; 3],
    /// None: no any-file rule has a gate.
    gates: Option<Gates>,
    /// Bytes of files a piece would serve before it is compiled ([`PIECE_AFTER_BYTES`]).
    after_bytes: u64,
    compile: Compile,
}

/// Which rules a file is scanned with.
pub enum Chosen<'r> {
    /// The pieces (slot, rules): any file's (slot 0) first, then the class's (its index + 1).
    Pieces(Vec<(usize, &'r yara_x::Rules)>),
    /// The whole pack (a piece did not compile).
    Whole,
}

impl Split {
    /// Splits `sources` (namespace, text) by the class each rule requires and gates the
    /// any-file rules; None when no rule requires a class and none has a gate. `compile` builds
    /// the gates and every piece.
    pub fn new(sources: &[(&str, &str)], compile: Compile) -> Option<Split> {
        let files: Vec<FileRules> = sources.iter().map(|(_, text)| FileRules::parse(text)).collect();
        let rule_names: HashSet<&str> = files.iter().flat_map(|file| file.names.iter().copied()).collect();
        // A rule named in another's condition is compiled with it: both stay with any file.
        let referenced: HashSet<&str> =
            files.iter().flat_map(|file| file.idents.iter().map(String::as_str)).filter(|ident| rule_names.contains(ident)).collect();
        let alone = |rule: &RuleClass| !referenced.contains(rule.name) && !rule.idents.iter().any(|i| rule_names.contains(i.as_str()));
        let mut any = Vec::new();
        let mut classes: [Vec<(String, String)>; 3] = Default::default();
        let mut counts = [0usize; 4];
        let mut terms: Vec<&str> = Vec::new();
        let mut needs = Vec::new();
        let mut layout = Vec::with_capacity(files.len());
        for ((namespace, text), file) in sources.iter().zip(&files) {
            let chosen: Vec<Option<FileClass>> = file.rules.iter().map(|rule| rule.class.filter(|_| alone(rule))).collect();
            let mut spans = Vec::with_capacity(chosen.len());
            for (rule, class) in file.rules.iter().zip(&chosen) {
                counts[class.map_or(3, FileClass::index)] += 1;
                let place = class.is_none().then(|| counts[3] - 1);
                if let Some(place) = place.filter(|_| alone(rule)) {
                    let mut bits = 0u128;
                    for term in &rule.gates {
                        let index = match terms.iter().position(|t| t == term) {
                            Some(index) => index,
                            None if terms.len() < MAX_GATES => {
                                terms.push(term);
                                terms.len() - 1
                            }
                            None => continue,
                        };
                        bits |= 1 << index;
                    }
                    if bits != 0 {
                        needs.push((place, bits));
                    }
                }
                spans.push((rule.span.clone(), place));
            }
            any.push((namespace.to_string(), file.text_without(text, &chosen, |class| class.is_some())));
            for class in FileClass::ALL {
                if chosen.contains(&Some(class)) {
                    classes[class.index()].push((namespace.to_string(), file.text_without(text, &chosen, |c| c != Some(class))));
                }
            }
            layout.push((namespace.to_string(), text.to_string(), spans));
        }
        // Gates that do not compile (a term read out of its rule that yara-x refuses alone)
        // gate nothing: every rule then runs on every file, as without them.
        let gates = (!needs.is_empty())
            .then(|| {
                let text: String = terms.iter().enumerate().map(|(n, term)| format!("rule g{n} {{ condition: {term}\n}}\n")).collect();
                compile(&[("gates".to_string(), text)])
            })
            .flatten()
            .map(|rules| Gates { rules, needs, files: layout, variants: Default::default(), state: Mutex::default() });
        if counts[..3].iter().all(|&n| n == 0) && gates.is_none() {
            return None;
        }
        let [pe, elf, macho] = classes;
        Some(Split {
            any: Piece::new(any, counts[3]),
            classes: [Piece::new(pe, counts[0]), Piece::new(elf, counts[1]), Piece::new(macho, counts[2])],
            gates,
            after_bytes: PIECE_AFTER_BYTES,
            compile,
        })
    }

    /// The gates, if any rule has one.
    pub fn gates(&self) -> Option<&Gates> {
        self.gates.as_ref()
    }

    /// Whether some rules are for one class of files only.
    pub fn has_classes(&self) -> bool {
        self.classes.iter().any(|piece| piece.rules > 0)
    }

    /// The piece in `slot`: any file's (0), each class's (its index + 1), then each variant's.
    fn piece(&self, slot: usize) -> Option<&Piece> {
        match slot {
            0 => Some(&self.any),
            1..=3 => Some(&self.classes[slot - 1]),
            _ => self.gates.as_ref()?.variants.get(slot - 4)?.get().map(|(_, piece)| piece),
        }
    }

    /// The rules for a file of `class` and `size` bytes whose holding gates are `holding`
    /// (None: the pack has no gates): its pieces if they are compiled, else the whole pack (and
    /// a piece whose files have added up is started).
    pub fn choose(self: &Arc<Self>, class: Option<FileClass>, holding: Option<u128>, size: usize) -> Chosen<'_> {
        let start = |slot: usize| {
            let split = Arc::clone(self);
            // Without a thread the whole pack serves every file: slower, same matches.
            move || {
                let _ = std::thread::Builder::new().name("yara-piece".into()).spawn(move || split.compile(slot));
            }
        };
        let mut chosen = Vec::with_capacity(2);
        let pick = self
            .gates
            .as_ref()
            .zip(holding)
            .map_or(Pick::Any, |(gates, holding)| gates.pick(holding, size, self.any.rules, self.after_bytes.min(VARIANT_AFTER_BYTES)));
        let variant = match pick {
            Pick::Any => None,
            Pick::Variant(index) => Some(index + 4),
            Pick::Made(index) => {
                start(index + 4)();
                Some(index + 4)
            }
        };
        let any_slot = match variant.and_then(|slot| Some((slot, self.piece(slot)?.compiled.get()?.as_ref()?))) {
            Some((slot, rules)) => {
                chosen.push((slot, rules));
                None
            }
            None => Some(0),
        };
        // Without class rules the any-file piece is the whole pack: not compiled again.
        if any_slot.is_some() && !self.has_classes() {
            return Chosen::Whole;
        }
        let mut ready = true;
        for slot in any_slot.into_iter().chain(class.map(|class| class.index() + 1)) {
            let Some(piece) = self.piece(slot).filter(|piece| piece.rules > 0) else { continue };
            match piece.ready(size, self.after_bytes, start(slot)) {
                Ready::Compiled(rules) => chosen.push((slot, rules)),
                Ready::Failed => return Chosen::Whole,
                Ready::Waiting => ready = false,
            }
        }
        if ready {
            Chosen::Pieces(chosen)
        } else {
            Chosen::Whole
        }
    }

    fn compile(&self, slot: usize) {
        if let Some(piece) = self.piece(slot) {
            piece.compiled.get_or_init(|| (self.compile)(&piece.sources));
        }
    }

    /// Every piece made as soon as a file needs it (tests).
    #[cfg(test)]
    pub fn eager(&mut self) {
        self.after_bytes = 0;
    }

    /// How many variants have been made.
    #[cfg(test)]
    pub fn variants(&self) -> usize {
        self.gates.as_ref().map_or(0, |gates| gates.variants.iter().filter(|slot| slot.get().is_some()).count())
    }

    #[cfg(test)]
    pub fn compile_all(&self) {
        for slot in 0..4 + MAX_VARIANTS {
            self.compile(slot);
        }
    }

    /// How many rules each piece holds: any file's, then each class's.
    pub fn counts(&self) -> [usize; 4] {
        [self.any.rules, self.classes[0].rules, self.classes[1].rules, self.classes[2].rules]
    }
}

/// One rule file's rules, in order, with where each is in the text.
struct FileRules<'t> {
    rules: Vec<RuleClass<'t>>,
    names: Vec<&'t str>,
    /// Every identifier the file's conditions use.
    idents: Vec<String>,
}

struct RuleClass<'t> {
    name: &'t str,
    span: Range<usize>,
    /// The class the condition requires (None: any file).
    class: Option<FileClass>,
    idents: Vec<String>,
    /// The terms of its top-level conjunction that the file's name and first bytes decide, as
    /// condition text.
    gates: Vec<String>,
}

impl<'t> FileRules<'t> {
    /// Reads a file's rules with yara-x's parser. A file the parser finds fault with, or that
    /// includes another, keeps all its rules for any file (and its text whole).
    fn parse(text: &'t str) -> FileRules<'t> {
        let unsplit = |rules: Vec<RuleClass<'t>>| FileRules {
            rules: rules.into_iter().map(|rule| RuleClass { class: None, gates: Vec::new(), ..rule }).collect(),
            names: Vec::new(),
            idents: Vec::new(),
        };
        let ast = AST::from(text);
        let Ok(cst) = CST::try_from(Parser::new(text.as_bytes())) else { return unsplit(Vec::new()) };
        let root = cst.root();
        let decls: Vec<Range<usize>> =
            root.children().filter(|node| node.kind() == SyntaxKind::RULE_DECL).map(|node| node.span().range()).collect();
        let includes = root.children().any(|node| node.kind() == SyntaxKind::INCLUDE_STMT);
        let ast_rules: Vec<&Rule<'t>> = ast.rules().collect();
        let mut rules = Vec::with_capacity(decls.len());
        for (rule, span) in ast_rules.iter().zip(&decls) {
            let idents = condition_idents(&rule.condition);
            let global = rule.flags.contains(RuleFlags::Global);
            let class = if global { None } else { required_class(&rule.condition, rule) };
            let mut gates = Vec::new();
            gate_terms(&rule.condition, &mut gates);
            rules.push(RuleClass { name: rule.identifier.name, span: span.clone(), class, idents, gates });
        }
        let aligned = ast_rules.len() == decls.len()
            && ast_rules.iter().zip(&decls).all(|(rule, span)| span.contains(&rule.identifier.span().start()));
        let names: Vec<&str> = rules.iter().map(|rule| rule.name).collect();
        let idents: Vec<String> = rules.iter().flat_map(|rule| rule.idents.iter().cloned()).collect();
        // A global rule gates every rule of its namespace: the namespace stays whole.
        if !ast.errors().is_empty() || includes || !aligned || ast_rules.iter().any(|rule| rule.flags.contains(RuleFlags::Global)) {
            // Its names and references still count: another file's rule may share a name.
            return FileRules { names, idents, ..unsplit(rules) };
        }
        FileRules { rules, names, idents }
    }

    /// The file's text less the rules `drop` says, by their classes.
    fn text_without(&self, text: &str, classes: &[Option<FileClass>], drop: impl Fn(Option<FileClass>) -> bool) -> String {
        let mut kept = String::with_capacity(text.len());
        let mut from = 0;
        for (rule, class) in self.rules.iter().zip(classes) {
            if drop(*class) {
                kept.push_str(&text[from..rule.span.start]);
                from = rule.span.end;
            }
        }
        kept.push_str(&text[from..]);
        kept
    }
}

fn condition_idents(condition: &Expr<'_>) -> Vec<String> {
    DFSIter::new(condition)
        .filter_map(|event| match event {
            DFSEvent::Enter(Expr::Ident(ident)) => Some(ident.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The operands of a condition's top-level conjunction that the file's name and first bytes
/// decide (see [`decided_text`]): if one is false, so is the condition.
fn gate_terms(expr: &Expr<'_>, terms: &mut Vec<String>) {
    match expr {
        Expr::And(and) => and.operands().for_each(|operand| gate_terms(operand, terms)),
        _ => terms.extend(decided_text(expr).map(|(text, _)| text)),
    }
}

/// An expression made only of the externals a scan sets from the file's name and bytes
/// ([`EXTERNALS`]), literals, reads of the file at an offset and operators, written out fully
/// parenthesised (and whether it is one token or call, needing no parentheses); None for
/// anything else: patterns, modules, `filesize` (every file size would make another set of
/// rules), rules, loops.
fn decided_text(expr: &Expr<'_>) -> Option<(String, bool)> {
    let operand = |expr: &Expr<'_>| decided_text(expr).map(|(text, atom)| if atom { text } else { format!("({text})") });
    let binary = |op: &str, expr: &yara_x_parser::ast::BinaryExpr<'_>| {
        Some((format!("{} {op} {}", operand(&expr.lhs)?, operand(&expr.rhs)?), false))
    };
    let nary = |op: &str, expr: &yara_x_parser::ast::NAryExpr<'_>| {
        let operands: Option<Vec<String>> = expr.operands().map(operand).collect();
        Some((operands?.join(&format!(" {op} ")), false))
    };
    let unary = |op: &str, expr: &yara_x_parser::ast::UnaryExpr<'_>| Some((format!("{op}{}", operand(&expr.operand)?), false));
    match expr {
        Expr::True { .. } => Some(("true".to_string(), true)),
        Expr::False { .. } => Some(("false".to_string(), true)),
        Expr::LiteralString(literal) => Some((literal.literal.to_string(), true)),
        Expr::LiteralInteger(literal) => Some((literal.literal.to_string(), true)),
        Expr::LiteralFloat(literal) => Some((literal.literal.to_string(), true)),
        Expr::Regexp(regexp) => Some((regexp.literal.to_string(), true)),
        Expr::Ident(ident) if EXTERNALS.contains(&ident.name) => Some((ident.name.to_string(), true)),
        Expr::FuncCall(call) if call.object.is_none() && READS.contains(&call.identifier.name) => {
            let args: Option<Vec<String>> = call.args.iter().map(operand).collect();
            Some((format!("{}({})", call.identifier.name, args?.join(", ")), true))
        }
        Expr::Not(expr) => unary("not ", expr),
        Expr::Minus(expr) => unary("-", expr),
        Expr::BitwiseNot(expr) => unary("~", expr),
        Expr::And(expr) => nary("and", expr),
        Expr::Or(expr) => nary("or", expr),
        Expr::Add(expr) => nary("+", expr),
        Expr::Sub(expr) => nary("-", expr),
        Expr::Mul(expr) => nary("*", expr),
        Expr::Div(expr) => nary("\\", expr),
        Expr::Mod(expr) => nary("%", expr),
        Expr::Shl(expr) => binary("<<", expr),
        Expr::Shr(expr) => binary(">>", expr),
        Expr::BitwiseAnd(expr) => binary("&", expr),
        Expr::BitwiseOr(expr) => binary("|", expr),
        Expr::BitwiseXor(expr) => binary("^", expr),
        Expr::Eq(expr) => binary("==", expr),
        Expr::Ne(expr) => binary("!=", expr),
        Expr::Lt(expr) => binary("<", expr),
        Expr::Gt(expr) => binary(">", expr),
        Expr::Le(expr) => binary("<=", expr),
        Expr::Ge(expr) => binary(">=", expr),
        Expr::Contains(expr) => binary("contains", expr),
        Expr::IContains(expr) => binary("icontains", expr),
        Expr::StartsWith(expr) => binary("startswith", expr),
        Expr::IStartsWith(expr) => binary("istartswith", expr),
        Expr::EndsWith(expr) => binary("endswith", expr),
        Expr::IEndsWith(expr) => binary("iendswith", expr),
        Expr::IEquals(expr) => binary("iequals", expr),
        Expr::Matches(expr) => binary("matches", expr),
        _ => None,
    }
}

/// The class a condition requires: one of an `and`'s operands does, or every operand of an
/// `or` requires the same.
fn required_class(expr: &Expr<'_>, rule: &Rule<'_>) -> Option<FileClass> {
    match expr {
        Expr::And(and) => and.operands().find_map(|operand| required_class(operand, rule)),
        Expr::Or(or) => {
            let mut classes = or.operands().map(|operand| required_class(operand, rule));
            let first = classes.next()??;
            classes.all(|class| class == Some(first)).then_some(first)
        }
        _ => FileClass::holding(&leading_bytes(expr, rule)?),
    }
}

/// The bytes a file must start with (one of them) for a test of its header to hold:
/// `uint16(0) == 0x5a4d` and the like, `pe.is_pe`, `filetype == "EXE"` (the LOKI external we
/// set from the same bytes), `$mz at 0` for a plain pattern.
fn leading_bytes(expr: &Expr<'_>, rule: &Rule<'_>) -> Option<Vec<Vec<u8>>> {
    match expr {
        Expr::Eq(eq) => {
            let (lhs, rhs) = (&eq.lhs, &eq.rhs);
            read_at_zero(lhs, rhs).or_else(|| read_at_zero(rhs, lhs)).map(|bytes| vec![bytes]).or_else(|| {
                filetype_test(lhs, rhs).or_else(|| filetype_test(rhs, lhs)).map(|magics| magics.iter().map(|m| m.to_vec()).collect())
            })
        }
        Expr::FieldAccess(access) => match access.operands.as_slice() {
            // The PE module's parser sets `is_pe` only past the DOS header's `MZ`.
            [Expr::Ident(module), Expr::Ident(field)] if module.name == "pe" && field.name == "is_pe" => Some(vec![b"MZ".to_vec()]),
            _ => None,
        },
        Expr::PatternMatch(matched) => {
            let Some(MatchAnchor::At(at)) = &matched.anchor else { return None };
            let Expr::LiteralInteger(offset) = &at.expr else { return None };
            if offset.value != 0 {
                return None;
            }
            let pattern = rule.patterns.as_ref()?.iter().find(|p| p.identifier().name == matched.identifier.name)?;
            let plain = pattern.modifiers().iter().all(|modifier| matches!(modifier.as_text(), "ascii" | "private" | "fullword"));
            let bytes: Vec<u8> = match pattern {
                Pattern::Text(text) if plain => text.text.value.to_vec(),
                Pattern::Hex(hex) if plain => hex
                    .sub_patterns
                    .iter()
                    .map_while(|token| match token {
                        HexToken::Byte(byte) if byte.mask == 0xff => Some(byte.value),
                        _ => None,
                    })
                    .collect(),
                _ => return None,
            };
            (!bytes.is_empty()).then(|| vec![bytes])
        }
        _ => None,
    }
}

/// `uintN(0) == value` (`read` and `value`): the bytes the file starts with.
fn read_at_zero(read: &Expr<'_>, value: &Expr<'_>) -> Option<Vec<u8>> {
    let (Expr::FuncCall(call), Expr::LiteralInteger(value)) = (read, value) else { return None };
    let [Expr::LiteralInteger(offset)] = call.args.as_slice() else { return None };
    if call.object.is_some() || offset.value != 0 || value.value < 0 {
        return None;
    }
    let (width, big_endian) = match call.identifier.name {
        "uint8" => (1, false),
        "uint16" => (2, false),
        "uint32" => (4, false),
        "uint16be" => (2, true),
        "uint32be" => (4, true),
        _ => return None,
    };
    let value = u64::try_from(value.value).ok()?;
    // A value wider than the read never equals it: leave such a rule alone.
    if value >> (8 * width) != 0 {
        return None;
    }
    let little = value.to_le_bytes();
    let mut bytes = little[..width].to_vec();
    if big_endian {
        bytes.reverse();
    }
    Some(bytes)
}

/// `filetype == "EXE"`: the magics our `filetype` external gives that name for.
fn filetype_test(external: &Expr<'_>, value: &Expr<'_>) -> Option<Vec<&'static [u8]>> {
    let (Expr::Ident(ident), Expr::LiteralString(name)) = (external, value) else { return None };
    if ident.name != "filetype" {
        return None;
    }
    let name = name.as_str().ok()?;
    let magics: Vec<&[u8]> = super::FILETYPES.iter().filter(|(_, of)| *of == name).map(|(magic, _)| *magic).collect();
    (!magics.is_empty()).then_some(magics)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(text: &str) -> Vec<(String, Option<FileClass>)> {
        let file = FileRules::parse(text);
        file.rules.iter().map(|rule| (rule.name.to_string(), rule.class)).collect()
    }

    #[test]
    fn a_header_test_anded_at_the_top_gives_the_class_and_anything_else_leaves_the_rule_for_any_file() {
        let text = r#"
import "pe"
rule pe_a { strings: $a = "x" condition: uint16(0) == 0x5a4d and $a }
rule pe_b { strings: $a = "x" condition: filesize < 1MB and (pe.is_pe and $a) }
rule elf_a { condition: uint32(0) == 0x464c457f }
rule elf_b { condition: 0x457f == uint16(0) and filesize > 10 }
rule elf_c { condition: uint32be(0) == 0x7f454c46 }
rule macho { condition: uint32(0) == 0xfeedfacf or uint32be(0) == 0xcafebabe or uint16(0) == 0xfacf }
rule mz_at_0 { strings: $mz = { 4D 5A 90 } condition: $mz at 0 }
rule exe { condition: filetype == "EXE" }
rule either { condition: uint16(0) == 0x5a4d or uint32(0) == 0x464c457f }
rule negated { condition: not (uint16(0) == 0x5a4d) }
rule nocase_at_0 { strings: $mz = "mz" nocase condition: $mz at 0 }
rule wide_read { condition: uint16(0) == 0x15a4d }
rule elsewhere { condition: uint16(2) == 0x5a4d }
rule one_byte { condition: uint8(0) == 0x4d }
rule in_or { strings: $a = "x" condition: $a or uint16(0) == 0x5a4d }
"#;
        let found = classes(text);
        let class = |name: &str| found.iter().find(|(n, _)| n == name).unwrap().1;
        for (name, expected) in [
            ("pe_a", Some(FileClass::Pe)),
            ("pe_b", Some(FileClass::Pe)),
            ("elf_a", Some(FileClass::Elf)),
            ("elf_b", Some(FileClass::Elf)),
            ("elf_c", Some(FileClass::Elf)),
            ("macho", Some(FileClass::MachO)),
            ("mz_at_0", Some(FileClass::Pe)),
            ("exe", Some(FileClass::Pe)),
            ("either", None),
            ("negated", None),
            ("nocase_at_0", None),
            ("wide_read", None),
            ("elsewhere", None),
            ("one_byte", None),
            ("in_or", None),
        ] {
            assert_eq!(class(name), expected, "{name}");
        }
    }

    #[test]
    fn the_gates_are_the_terms_of_the_top_level_conjunction_that_name_and_header_decide() {
        let text = r#"
import "pe"
rule r {
    strings: $a = "x"
    condition:
        $a and not filepath matches /\/(doc|man)\// and (uint32(0) == 0x464c457f or extension == "so")
        and filesize < 10 and pe.is_pe and ((filename contains "x") and not (owner iequals "root"))
        and uint8(uint32(0x3c) + 1) \ 2 != -1
}
rule s { strings: $a = "x" condition: $a or not filepath matches /doc/ }
rule t { strings: $a = "x" condition: #a > 1 and filetype == "EXE" }
"#;
        let file = FileRules::parse(text);
        let gates: Vec<Vec<String>> = file.rules.iter().map(|rule| rule.gates.clone()).collect();
        assert_eq!(
            gates,
            [
                vec![
                    r"not (filepath matches /\/(doc|man)\//)".to_string(),
                    r#"(uint32(0) == 0x464c457f) or (extension == "so")"#.to_string(),
                    r#"filename contains "x""#.to_string(),
                    r#"not (owner iequals "root")"#.to_string(),
                    r"(uint8((uint32(0x3c) + 1)) \ 2) != -1".to_string(),
                ],
                vec![],
                vec![r#"filetype == "EXE""#.to_string()],
            ]
        );
        // Every gate compiles alone, as the scan compiles them.
        let mut compiler = super::super::new_compiler().unwrap();
        for (n, gate) in gates.iter().flatten().enumerate() {
            compiler.add_source(format!("rule g{n} {{ condition: {gate}\n}}").as_str()).unwrap();
        }
    }

    #[test]
    fn rules_named_by_others_and_global_rules_stay_for_any_file() {
        let split = |texts: &[&str]| {
            let sources: Vec<(&str, &str)> = texts.iter().map(|text| ("ns", *text)).collect();
            Split::new(&sources, Arc::new(|_| None)).map(|split| split.counts())
        };
        let referenced = "private rule is_pe { condition: uint16(0) == 0x5a4d }\n\
                          rule uses { condition: is_pe and filesize < 10 }\n\
                          rule alone { condition: uint16(0) == 0x5a4d }";
        assert_eq!(split(&[referenced]), Some([2, 1, 0, 0]));
        let global = "global rule small { condition: filesize < 10 }\nrule pe { condition: uint16(0) == 0x5a4d }";
        assert_eq!(split(&[global]), None);
        // A reference across files counts too: both stay.
        assert_eq!(split(&["rule a { condition: uint16(0) == 0x5a4d }", "rule b { condition: a }"]), None);
    }

    #[test]
    fn the_pieces_hold_the_text_of_their_rules_and_the_imports() {
        let text = "import \"pe\"\n// a comment\nrule p { condition: uint16(0) == 0x5a4d }\nrule t { condition: true }\n";
        let file = FileRules::parse(text);
        let classes: Vec<_> = file.rules.iter().map(|rule| rule.class).collect();
        assert_eq!(
            file.text_without(text, &classes, |class| class.is_some()),
            "import \"pe\"\n// a comment\n\nrule t { condition: true }\n"
        );
        assert_eq!(
            file.text_without(text, &classes, |class| class.is_none()),
            "import \"pe\"\n// a comment\nrule p { condition: uint16(0) == 0x5a4d }\n\n"
        );
    }
}
