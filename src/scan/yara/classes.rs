//! Rules by the file class their condition requires. Most community rules test a file's first
//! bytes before anything else (`uint16(0) == 0x5a4d and ...`: 3,300 of signature-base's 5,900
//! rules are for PE files only), yet yara-x searches every rule's atoms in every file. A rule
//! whose condition is a conjunction holding such a test can only match files of that class, so
//! the pack is compiled once more in pieces: the rules for any file, and each class's own; a
//! file is scanned with the first piece and its class's. Anything unsure stays in the first
//! piece, so the matches are those of the whole pack. A piece is compiled on a thread of its
//! own once the files needing it add up to [`PIECE_AFTER_BYTES`]: until then, and while it
//! compiles, files are scanned with the whole pack rather than waiting.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use yara_x_parser::ast::dfs::{DFSEvent, DFSIter};
use yara_x_parser::ast::{Expr, HexToken, MatchAnchor, Pattern, Rule, RuleFlags, WithSpan, AST};
use yara_x_parser::cst::{SyntaxKind, CST};
use yara_x_parser::Parser;

/// Bytes of files a piece would serve before it is compiled. signature-base's any-file piece
/// (2,700 rules) costs about 1.5 CPU-s to compile and saves about 20 ms per MB scanned on the
/// bench image: it pays back after some 80 MB, and a small image never pays for it.
const PIECE_AFTER_BYTES: u64 = 64 << 20;

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

/// Compiles a piece's sources; None if they do not compile.
pub type Compile = fn(&[(String, String)]) -> Option<yara_x::Rules>;

/// The pack in pieces: the rules for any file, then each class's own.
pub struct Split {
    any: Piece,
    classes: [Piece; 3],
}

/// Which rules a file is scanned with.
pub enum Chosen<'r> {
    /// The pieces (slot, rules): any file's (slot 0) first, then the class's (its index + 1).
    Pieces(Vec<(usize, &'r yara_x::Rules)>),
    /// The whole pack (a piece did not compile).
    Whole,
}

impl Split {
    /// Splits `sources` (namespace, text) by the class each rule requires; None when no rule
    /// requires one.
    pub fn new(sources: &[(&str, &str)]) -> Option<Split> {
        let files: Vec<FileRules> = sources.iter().map(|(_, text)| FileRules::parse(text)).collect();
        let rule_names: HashSet<&str> = files.iter().flat_map(|file| file.names.iter().copied()).collect();
        // A rule named in another's condition is compiled with it: both stay with any file.
        let referenced: HashSet<&str> =
            files.iter().flat_map(|file| file.idents.iter().map(String::as_str)).filter(|ident| rule_names.contains(ident)).collect();
        let mut any = Vec::new();
        let mut classes: [Vec<(String, String)>; 3] = Default::default();
        let mut counts = [0usize; 4];
        for ((namespace, text), file) in sources.iter().zip(&files) {
            let class_of = |rule: &RuleClass| {
                rule.class.filter(|_| !referenced.contains(rule.name) && !rule.idents.iter().any(|i| rule_names.contains(i.as_str())))
            };
            let chosen: Vec<Option<FileClass>> = file.rules.iter().map(class_of).collect();
            for class in &chosen {
                counts[class.map_or(3, FileClass::index)] += 1;
            }
            any.push((namespace.to_string(), file.text_without(text, &chosen, |class| class.is_some())));
            for class in FileClass::ALL {
                if chosen.contains(&Some(class)) {
                    classes[class.index()].push((namespace.to_string(), file.text_without(text, &chosen, |c| c != Some(class))));
                }
            }
        }
        if counts[..3].iter().all(|&n| n == 0) {
            return None;
        }
        let piece = |sources, rules| Piece {
            sources,
            rules,
            compiled: OnceLock::new(),
            waited: AtomicU64::new(0),
            requested: AtomicBool::new(false),
        };
        let [pe, elf, macho] = classes;
        Some(Split { any: piece(any, counts[3]), classes: [piece(pe, counts[0]), piece(elf, counts[1]), piece(macho, counts[2])] })
    }

    /// The piece in `slot`: any file's (0), then each class's (its index + 1).
    fn piece(&self, slot: usize) -> &Piece {
        slot.checked_sub(1).map_or(&self.any, |class| &self.classes[class])
    }

    /// The rules for a file of `class` and `size` bytes: its pieces if they are compiled, else
    /// the whole pack (and a piece whose files have added up is started).
    pub fn choose(self: &Arc<Self>, class: Option<FileClass>, size: usize, compile: Compile) -> Chosen<'_> {
        let mut chosen = Vec::with_capacity(2);
        let mut ready = true;
        for slot in std::iter::once(0).chain(class.map(|class| class.index() + 1)) {
            let piece = self.piece(slot);
            if piece.rules == 0 {
                continue;
            }
            match piece.compiled.get() {
                Some(Some(rules)) => chosen.push((slot, rules)),
                Some(None) => return Chosen::Whole,
                None => {
                    ready = false;
                    let waited = piece.waited.fetch_add(size as u64, Ordering::Relaxed) + size as u64;
                    if waited >= PIECE_AFTER_BYTES && !piece.requested.swap(true, Ordering::Relaxed) {
                        let split = Arc::clone(self);
                        // Without a thread the whole pack serves every file: slower, same matches.
                        let _ = std::thread::Builder::new().name("yara-piece".into()).spawn(move || split.compile(slot, compile));
                    }
                }
            }
        }
        if ready {
            Chosen::Pieces(chosen)
        } else {
            Chosen::Whole
        }
    }

    fn compile(&self, slot: usize, compile: Compile) {
        let piece = self.piece(slot);
        piece.compiled.get_or_init(|| compile(&piece.sources));
    }

    #[cfg(test)]
    pub fn compile_all(&self, compile: Compile) {
        for slot in 0..=self.classes.len() {
            self.compile(slot, compile);
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
}

impl<'t> FileRules<'t> {
    /// Reads a file's rules with yara-x's parser. A file the parser finds fault with, or that
    /// includes another, keeps all its rules for any file (and its text whole).
    fn parse(text: &'t str) -> FileRules<'t> {
        let unsplit = |rules: Vec<RuleClass<'t>>| FileRules {
            rules: rules.into_iter().map(|rule| RuleClass { class: None, ..rule }).collect(),
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
            rules.push(RuleClass { name: rule.identifier.name, span: span.clone(), class, idents });
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
    fn rules_named_by_others_and_global_rules_stay_for_any_file() {
        let split = |texts: &[&str]| {
            let sources: Vec<(&str, &str)> = texts.iter().map(|text| ("ns", *text)).collect();
            Split::new(&sources).map(|split| split.counts())
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
