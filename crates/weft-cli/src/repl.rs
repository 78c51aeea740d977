//! The interactive prompt: `>>> ` and `... ` on rustyline, as CPython's REPL.
//!
//! rustyline has no continuation-prompt hook, so each physical line is read on
//! its own and appended to the entry; the parser decides when the entry is
//! complete (an open bracket, a trailing backslash, an unterminated
//! triple-quoted string or an unfinished block means "keep reading"; a block
//! ends at a blank line, as in CPython).

use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::Editor;
use weft_vm::{EntryOutcome, Vm};

/// Runs the prompt until end of input or `exit()`; returns the exit status.
pub fn run(vm: &mut Vm, banner: bool) -> i32 {
    if banner {
        println!(
            "weft {} (Python 3.11 compatible) on {} — exit() or Ctrl-D to leave",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::OS
        );
    }
    let mut editor: Editor<(), DefaultHistory> = match Editor::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("weft: cannot start the line editor: {e}");
            return 1;
        }
    };
    let history = std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".weft_history"));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    let mut entry = String::new();
    let status = loop {
        let prompt = if entry.is_empty() { ">>> " } else { "... " };
        match editor.readline(prompt) {
            Ok(line) => {
                if entry.is_empty() && line.trim().is_empty() {
                    continue;
                }
                let _ = editor.add_history_entry(line.as_str());
                if !entry.is_empty() {
                    entry.push('\n');
                }
                entry.push_str(&line);
                if matches!(weft_syntax::parse_interactive(&entry), Err(e) if e.incomplete) {
                    continue;
                }
                let source = std::mem::take(&mut entry) + "\n";
                if let EntryOutcome::Exit(code) = weft_vm::run_interactive_entry(vm, &source) {
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
