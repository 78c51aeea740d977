//! The REPL driven through a real pseudo-terminal, as a person would use it:
//! multi-line definitions, errors, threads running while the prompt waits,
//! Ctrl-C, Ctrl-D, history across restarts and Tab completion.
//!
//! Each test expects output that differs from what it typed (`sq(12)` →
//! `144`), so the terminal's echo of the input cannot satisfy an expectation.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::{ControlCode, Expect, Regex, Session};

type Pty = expectrl::session::OsSession;

/// A fresh HOME so history files of different tests do not mix.
fn temp_home(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("weft-pty-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp HOME");
    dir
}

/// weft's REPL in a fresh pseudo-terminal, at its first prompt; None (and
/// the test is skipped, loudly) only where the machine cannot open a pty.
fn start(home: &Path) -> Option<Pty> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_weft"));
    cmd.env("HOME", home)
        .env("TERM", "xterm")
        .env_remove("WEFTPATH");
    let mut p = match Session::spawn(cmd) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("SKIPPED: cannot open a pseudo-terminal here: {e}");
            return None;
        }
    };
    p.set_expect_timeout(Some(Duration::from_secs(20)));
    p.expect("Ctrl-D").expect("banner");
    p.expect(">>> ").expect("first prompt");
    std::thread::sleep(Duration::from_millis(50));
    Some(p)
}

/// Types `line` at a prompt and waits for the next prompt. While a line is
/// typed, rustyline redraws it after its prompt, so only a prompt that starts
/// a new terminal line counts (test lines are kept shorter than the
/// terminal is wide, so a redraw never wraps).
fn enter(p: &mut Pty, line: &str, next_prompt: &str) {
    assert!(line.len() < 70, "keep test lines on one terminal line");
    p.send_line(line).expect("send");
    let fresh_prompt = format!("\n[^\n]*{}", regex_escape(next_prompt));
    p.expect(Regex(fresh_prompt.as_str()))
        .unwrap_or_else(|e| panic!("no {next_prompt:?} after {line:?}: {e}"));
    // The prompt is drawn just before the editor reads keys; let it get there.
    std::thread::sleep(Duration::from_millis(50));
}

/// Waits for a fresh `>>> ` prompt (see [`enter`]).
fn wait_prompt(p: &mut Pty) {
    p.expect(Regex("\n[^\n]*>>> ")).expect("a fresh prompt");
    std::thread::sleep(Duration::from_millis(50));
}

fn regex_escape(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            let special = ".+*?()|[]{}^$\\".contains(c);
            special
                .then_some('\\')
                .into_iter()
                .chain(std::iter::once(c))
        })
        .collect()
}

fn expect_output(p: &mut Pty, text: &str) {
    p.expect(text)
        .unwrap_or_else(|e| panic!("expected {text:?} in the REPL's output: {e}"));
}

/// Leaves with Ctrl-D. A Ctrl-D typed while the editor is not reading keys
/// (the terminal is briefly in cooked mode between entries) is eaten by the
/// terminal, so it is repeated until weft has gone.
fn quit(mut p: Pty) -> WaitStatus {
    for _ in 0..20 {
        p.send(ControlCode::EndOfTransmission).expect("send Ctrl-D");
        for _ in 0..20 {
            std::thread::sleep(Duration::from_millis(50));
            match p.get_process().status() {
                Ok(WaitStatus::StillAlive) => continue,
                Ok(status) => return status,
                Err(e) => panic!("status of weft: {e}"),
            }
        }
    }
    panic!("weft did not leave after Ctrl-D");
}

#[test]
fn multi_line_function_defined_and_called() {
    let home = temp_home("multiline");
    let Some(mut p) = start(&home) else { return };
    enter(&mut p, "def sq(x):", "... ");
    // The next line is pre-indented (auto-indent): type only the body.
    enter(&mut p, "return x * x", "... ");
    enter(&mut p, "", ">>> ");
    p.send_line("sq(12)").unwrap();
    expect_output(&mut p, "144");
    wait_prompt(&mut p);
    assert!(matches!(quit(p), WaitStatus::Exited(_, 0)));
}

#[test]
fn error_then_more_work_in_the_same_session() {
    let home = temp_home("error");
    let Some(mut p) = start(&home) else { return };
    enter(&mut p, "total = 5", ">>> ");
    p.send_line("1/0").unwrap();
    expect_output(&mut p, "ZeroDivisionError: division by zero");
    wait_prompt(&mut p);
    p.send_line("total * 9").unwrap();
    expect_output(&mut p, "45");
    wait_prompt(&mut p);
    assert!(matches!(quit(p), WaitStatus::Exited(_, 0)));
}

#[test]
fn thread_keeps_running_while_the_prompt_waits() {
    let home = temp_home("thread");
    let Some(mut p) = start(&home) else { return };
    enter(&mut p, "import threading, time", ">>> ");
    enter(&mut p, "items = []", ">>> ");
    enter(&mut p, "def fill():", "... ");
    enter(&mut p, "for i in range(8):", "... ");
    enter(&mut p, "items.append(i); time.sleep(0.05)", "... ");
    enter(&mut p, "", ">>> ");
    enter(&mut p, "t = threading.Thread(target=fill)", ">>> ");
    enter(&mut p, "t.start()", ">>> ");
    // Nobody types: only a thread running while the prompt holds no GIL can fill the list.
    std::thread::sleep(Duration::from_millis(1500));
    p.send_line("len(items) * 11").unwrap();
    expect_output(&mut p, "88");
    wait_prompt(&mut p);
    assert!(matches!(quit(p), WaitStatus::Exited(_, 0)));
}

#[test]
fn ctrl_c_stops_a_running_loop() {
    let home = temp_home("ctrlc");
    let Some(mut p) = start(&home) else { return };
    enter(&mut p, "n = 0", ">>> ");
    enter(&mut p, "while True:", "... ");
    enter(&mut p, "n += 1", "... ");
    p.send_line("").unwrap();
    std::thread::sleep(Duration::from_millis(500));
    p.send(ControlCode::EndOfText).unwrap();
    expect_output(&mut p, "KeyboardInterrupt");
    wait_prompt(&mut p);
    p.send_line("n > 1000").unwrap();
    expect_output(&mut p, "True");
    wait_prompt(&mut p);
    assert!(matches!(quit(p), WaitStatus::Exited(_, 0)));
}

#[test]
fn ctrl_c_at_the_prompt_discards_the_line() {
    let home = temp_home("ctrlc-prompt");
    let Some(mut p) = start(&home) else { return };
    p.send("this is not run").unwrap();
    p.send(ControlCode::EndOfText).unwrap();
    expect_output(&mut p, "KeyboardInterrupt");
    wait_prompt(&mut p);
    p.send_line("3 * 14").unwrap();
    expect_output(&mut p, "42");
    assert!(matches!(quit(p), WaitStatus::Exited(_, 0)));
}

#[test]
fn ctrl_c_interrupts_input_and_input_reads_a_line() {
    let home = temp_home("ctrlc-input");
    let Some(mut p) = start(&home) else { return };
    p.send_line("name = input('who? ')").unwrap();
    expect_output(&mut p, "who? ");
    std::thread::sleep(Duration::from_millis(300));
    p.send(ControlCode::EndOfText).unwrap();
    expect_output(&mut p, "KeyboardInterrupt");
    wait_prompt(&mut p);
    p.send_line("name = input('who? ')").unwrap();
    expect_output(&mut p, "who? ");
    p.send_line("Ada").unwrap();
    wait_prompt(&mut p);
    p.send_line("name.upper()").unwrap();
    expect_output(&mut p, "'ADA'");
    wait_prompt(&mut p);
    assert!(matches!(quit(p), WaitStatus::Exited(_, 0)));
}

#[test]
fn ctrl_d_and_exit_leave() {
    let home = temp_home("exit");
    let Some(p) = start(&home) else { return };
    assert!(matches!(quit(p), WaitStatus::Exited(_, 0)));
    let Some(mut p) = start(&home) else { return };
    p.send_line("exit(3)").unwrap();
    let status = quit(p);
    assert!(matches!(status, WaitStatus::Exited(_, 3)), "{status:?}");
}

#[test]
fn history_survives_a_restart() {
    let home = temp_home("history");
    let Some(mut p) = start(&home) else { return };
    enter(&mut p, "marker = 6 * 7", ">>> ");
    assert!(matches!(quit(p), WaitStatus::Exited(_, 0)));
    assert!(home.join(".weft_history").is_file());

    let Some(mut p) = start(&home) else { return };
    // Up arrow recalls the line from the previous session; Enter runs it.
    p.send("\x1b[A").unwrap();
    p.send("\r").unwrap();
    wait_prompt(&mut p);
    p.send_line("marker + 100").unwrap();
    expect_output(&mut p, "142");
    assert!(matches!(quit(p), WaitStatus::Exited(_, 0)));
}

#[test]
fn tab_completes_an_attribute() {
    let home = temp_home("tab");
    let Some(mut p) = start(&home) else { return };
    enter(&mut p, "import math", ">>> ");
    // `math.facto<Tab>` has one completion, `factorial`.
    p.send("math.facto").unwrap();
    p.send("\t").unwrap();
    std::thread::sleep(Duration::from_millis(200));
    p.send("(5)\r").unwrap();
    expect_output(&mut p, "120");
    wait_prompt(&mut p);
    assert!(matches!(quit(p), WaitStatus::Exited(_, 0)));
}

#[test]
fn exit_waits_for_non_daemon_threads() {
    let home = temp_home("shutdown");
    let Some(mut p) = start(&home) else { return };
    enter(&mut p, "import threading, time", ">>> ");
    enter(&mut p, "def work():", "... ");
    enter(&mut p, "time.sleep(0.5); print('worker', 'done')", "... ");
    enter(&mut p, "", ">>> ");
    enter(&mut p, "threading.Thread(target=work).start()", ">>> ");
    p.send(ControlCode::EndOfTransmission).unwrap();
    // The thread's output comes after the prompt has gone: exit waited for it.
    expect_output(&mut p, "worker done");
    let status = quit(p);
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "{status:?}");
}
