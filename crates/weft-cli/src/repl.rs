//! The interactive prompt: `>>> ` and `... ` on rustyline, as CPython's REPL.
//!
//! rustyline has no continuation-prompt hook, so each physical line is read on
//! its own and appended to the entry; the parser decides when the entry is
//! complete (an open bracket, a trailing backslash, an unterminated
//! triple-quoted string or an unfinished block means "keep reading"; a block
//! ends at a blank line, as in CPython).
//!
//! **The GIL while typing.** The line editor runs inside `allow_threads`, so
//! threads started at the prompt keep running while you type; their output
//! goes through rustyline's external printer, which prints it above the line
//! being edited instead of through it. Tab completion cannot touch objects
//! without the GIL, so the names it offers (keywords, `__main__` and builtins,
//! and `dir()` of each name in `__main__` for `name.<Tab>`) are gathered
//! before each prompt.

use std::borrow::Cow;

use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{CompletionType, Config, Context, Editor, ExternalPrinter, Helper};
use weft_vm::{CompletionNames, EntryOutcome, Vm};

/// Python's keywords, completed like names (CPython's rlcompleter adds a
/// space or colon after some; weft completes the bare word).
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// rustyline helper: Tab completion from a snapshot of the interpreter's names.
#[derive(Default)]
struct ReplHelper {
    names: CompletionNames,
}

impl ReplHelper {
    /// Candidates for the identifier (or dotted `name.attr`) ending at `pos`.
    fn candidates(&self, line: &str, pos: usize) -> (usize, Vec<Pair>) {
        let before = &line[..pos];
        let start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[start..];
        let pair = |s: &str| Pair {
            display: s.to_string(),
            replacement: s.to_string(),
        };
        if let Some((object, partial)) = word.rsplit_once('.') {
            let Some(attrs) = self.names.attributes.get(object) else {
                return (pos, Vec::new());
            };
            // Like rlcompleter: private names only once the user typed `_`.
            let hide_private = !partial.starts_with('_');
            let found = attrs
                .iter()
                .filter(|a| a.starts_with(partial) && !(hide_private && a.starts_with('_')))
                .map(|a| pair(a))
                .collect();
            return (pos - partial.len(), found);
        }
        if word.is_empty() {
            return (pos, Vec::new());
        }
        let mut found: Vec<Pair> = KEYWORDS
            .iter()
            .copied()
            .chain(self.names.names.iter().map(String::as_str))
            .filter(|n| n.starts_with(word) && (word.starts_with('_') || !n.starts_with("__")))
            .map(pair)
            .collect();
        found.sort_by(|a, b| a.display.cmp(&b.display));
        found.dedup_by(|a, b| a.display == b.display);
        (start, found)
    }
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        // At the start of a line (or after only spaces) Tab indents, as in CPython.
        if line[..pos].trim().is_empty() {
            return Ok((
                pos,
                vec![Pair {
                    display: "    ".into(),
                    replacement: "    ".into(),
                }],
            ));
        }
        Ok(self.candidates(line, pos))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Highlighter for ReplHelper {
    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(
        &'s self,
        prompt: &'p str,
        _default: bool,
    ) -> Cow<'b, str> {
        Cow::Borrowed(prompt)
    }
}

impl Validator for ReplHelper {}

impl Helper for ReplHelper {}

/// Indentation to offer on the next `... ` line: the previous line's, one
/// level deeper after a line ending in `:` (auto-indent).
fn next_indent(entry: &str) -> String {
    let last = entry.lines().last().unwrap_or("");
    let mut indent: String = last
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    if last.trim_end().ends_with(':') {
        indent.push_str("    ");
    }
    indent
}

/// Runs the prompt until end of input or `exit()`; returns the exit status.
pub fn run(vm: &mut Vm, banner: bool) -> i32 {
    if banner {
        println!(
            "weft {} (Python 3.11 compatible) on {} — exit() or Ctrl-D to leave",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::OS
        );
    }
    // List completion, as GNU readline does in CPython: Tab completes the
    // common prefix, a second Tab lists the candidates.
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .build();
    let mut editor: Editor<ReplHelper, DefaultHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("weft: cannot start the line editor: {e}");
            return 1;
        }
    };
    editor.set_helper(Some(ReplHelper::default()));
    let history = std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".weft_history"));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    let mut entry = String::new();
    let status = loop {
        let prompt = if entry.is_empty() { ">>> " } else { "... " };
        if let Some(helper) = editor.helper_mut() {
            helper.names = weft_vm::completion_names(vm);
        }
        vm.flush_stdout();
        let indent = if entry.is_empty() {
            String::new()
        } else {
            next_indent(&entry)
        };
        let line = read_line(vm, &mut editor, prompt, &indent);
        match line {
            Ok(line) => {
                if entry.is_empty() && line.trim().is_empty() {
                    continue;
                }
                let _ = editor.add_history_entry(line.as_str());
                // An auto-indented line left with only its indentation ends the block.
                let line = if line.trim().is_empty() {
                    String::new()
                } else {
                    line
                };
                if !entry.is_empty() {
                    entry.push('\n');
                }
                entry.push_str(&line);
                if matches!(weft_syntax::parse_interactive(&entry), Err(e) if e.incomplete) {
                    continue;
                }
                let source = std::mem::take(&mut entry) + "\n";
                // A Ctrl-C that arrived between entries is not for this one.
                vm.interp.gil.clear_breaker_bit(weft_gil::SIGNAL_PENDING);
                let outcome = weft_vm::run_interactive_entry(vm, &source);
                // A KeyboardInterrupt the prompt has reported does not end the session.
                vm.rt.unhandled_keyboard_interrupt.set(false);
                if let EntryOutcome::Exit(code) = outcome {
                    break code;
                }
            }
            Err(ReadlineError::Interrupted) => {
                entry.clear();
                println!("KeyboardInterrupt");
            }
            Err(ReadlineError::Eof) => {
                println!();
                break 0;
            }
            Err(e) => {
                eprintln!("weft: {e}");
                break 1;
            }
        }
    };
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    status
}

/// Reads one line with the GIL released; meanwhile other threads' output is
/// printed above the prompt by rustyline's external printer.
fn read_line(
    vm: &mut Vm,
    editor: &mut Editor<ReplHelper, DefaultHistory>,
    prompt: &str,
    indent: &str,
) -> rustyline::Result<String> {
    if let Ok(mut printer) = editor.create_external_printer() {
        *vm.interp.output_sink.lock() = Some(Box::new(move |text: String| {
            let _ = printer.print(text);
        }));
    }
    let line = vm.allow_threads(|| editor.readline_with_initial(prompt, (indent, "")));
    *vm.interp.output_sink.lock() = None;
    line
}
