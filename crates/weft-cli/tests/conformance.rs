//! Conformance suite: weft must behave exactly like CPython 3.11.
//!
//! For every `tests/programs/NAME.py` in the workspace this runs the `weft`
//! binary as `weft NAME.py` (working directory `tests/programs`, stdin
//! closed, 30 s timeout) and compares with what CPython printed, as recorded
//! by `tests/regen.py`:
//!
//! * `tests/expected/NAME.out`: stdout, byte for byte;
//! * `tests/expected/NAME.status`: the exit status on the first line and the
//!   last non-empty stderr line (e.g. `KeyError: 'x'`) on the second.
//!
//! Programs run in parallel on 2-4 worker threads (`WEFT_CONFORMANCE_JOBS`
//! overrides). `WEFT_CONFORMANCE_FILTER=substring` runs only the programs
//! whose file name contains the substring. One line is printed per failure,
//! then a summary line `conformance: N passed, M failed`. These lines go
//! straight to stderr, so they are visible even when libtest captures output.

use std::collections::VecDeque;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(30);
/// Output kept per stream; anything beyond is drained and discarded.
const OUTPUT_CAP: usize = 64 << 20;
const HINT_WIDTH: usize = 70;
/// How long to keep reading a child's pipes after it has exited.
const PIPE_GRACE: Duration = Duration::from_secs(2);

/// A program's name and whether it conformed (or why not).
type Verdict = (String, Result<(), String>);

struct Expected {
    stdout: Vec<u8>,
    code: i32,
    stderr_last: String,
    /// The whole of stderr (tracebacks), with tests/programs' absolute path as `<programs>`.
    stderr: Option<Vec<u8>>,
}

struct Outcome {
    stdout: Vec<u8>,
    stdout_truncated: bool,
    stderr: Vec<u8>,
    status: Option<ExitStatus>,
    timed_out: bool,
}

fn workspace_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("..");
    root.canonicalize().unwrap_or(root)
}

fn program_names(dir: &Path, filter: Option<&str>) -> Vec<String> {
    let entries =
        fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut names: Vec<String> = entries
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| name.ends_with(".py"))
        .filter(|name| filter.is_none_or(|f| name.contains(f)))
        .collect();
    names.sort();
    names
}

fn load_expected(dir: &Path, stem: &str) -> Result<Expected, String> {
    let out_path = dir.join(format!("{stem}.out"));
    let status_path = dir.join(format!("{stem}.status"));
    let stdout = fs::read(&out_path).map_err(|e| {
        format!(
            "missing {} ({e}); run python3 tests/regen.py",
            out_path.display()
        )
    })?;
    let status = fs::read_to_string(&status_path).map_err(|e| {
        format!(
            "missing {} ({e}); run python3 tests/regen.py",
            status_path.display()
        )
    })?;
    let mut lines = status.split('\n');
    let code_line = lines.next().unwrap_or("").trim();
    let code = code_line
        .parse::<i32>()
        .map_err(|_| format!("bad exit status {code_line:?} in {}", status_path.display()))?;
    let stderr_last = lines.next().unwrap_or("").trim_end().to_string();
    let stderr = fs::read(dir.join(format!("{stem}.stderr"))).ok();
    Ok(Expected {
        stdout,
        code,
        stderr_last,
        stderr,
    })
}

/// What a reader thread has collected from one pipe so far.
#[derive(Default)]
struct Captured {
    bytes: Vec<u8>,
    truncated: bool,
}

/// Reads a pipe to its end on a separate thread, keeping at most OUTPUT_CAP
/// bytes in a shared buffer, and reports on `done` when the pipe closes.
fn drain<R: Read + Send + 'static>(mut pipe: R, done: mpsc::Sender<()>) -> Arc<Mutex<Captured>> {
    let captured = Arc::new(Mutex::new(Captured::default()));
    let sink = Arc::clone(&captured);
    thread::spawn(move || {
        let mut buf = [0u8; 16 * 1024];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    let mut c = sink.lock().unwrap();
                    let room = OUTPUT_CAP.saturating_sub(c.bytes.len());
                    if n > room {
                        c.truncated = true;
                    }
                    c.bytes.extend_from_slice(&buf[..n.min(room)]);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
        let _ = done.send(());
    });
    captured
}

fn take(captured: &Mutex<Captured>) -> Captured {
    std::mem::take(&mut *captured.lock().unwrap())
}

fn wait_with_timeout(child: &mut Child) -> (Option<ExitStatus>, bool) {
    let deadline = Instant::now() + TIMEOUT;
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (Some(status), false),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                return (child.wait().ok(), true);
            }
            Ok(None) => {
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(25));
            }
            Err(_) => {
                let _ = child.kill();
                return (child.wait().ok(), false);
            }
        }
    }
}

fn run_program(binary: &Path, programs: &Path, name: &str) -> Result<Outcome, String> {
    let mut child = Command::new(binary)
        .arg(name)
        .current_dir(programs)
        // The runner's own settings are not part of the programs' environment
        // (the os.environ programs print it, and CPython ran them without).
        .env_remove("WEFT_CONFORMANCE_FILTER")
        .env_remove("WEFT_CONFORMANCE_JOBS")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
    let (done_tx, done_rx) = mpsc::channel();
    let out = drain(
        child.stdout.take().expect("stdout is piped"),
        done_tx.clone(),
    );
    let err = drain(child.stderr.take().expect("stderr is piped"), done_tx);
    let (status, timed_out) = wait_with_timeout(&mut child);
    // Normally both pipes close when the child exits. Should something the
    // child started keep them open, stop waiting after a grace period and
    // use what was read so far (the reader threads are abandoned).
    let grace = Instant::now() + PIPE_GRACE;
    for _ in 0..2 {
        let left = grace.saturating_duration_since(Instant::now());
        if done_rx.recv_timeout(left).is_err() {
            break;
        }
    }
    let out = take(&out);
    let err = take(&err);
    Ok(Outcome {
        stdout: out.bytes,
        stdout_truncated: out.truncated,
        stderr: err.bytes,
        status,
        timed_out,
    })
}

/// The last line of stderr that is not blank, split the way Python's
/// str.splitlines() splits, with trailing whitespace removed.
fn last_stderr_line(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    text.split(|c| {
        matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        )
    })
    .rfind(|line| !line.trim().is_empty())
    .unwrap_or("")
    .trim_end()
    .to_string()
}

fn clip(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut shown: String = text.chars().take(HINT_WIDTH).collect();
    if text.chars().count() > HINT_WIDTH {
        shown.push_str("...");
    }
    format!("{shown:?}")
}

/// A one-line description of where two outputs first differ.
fn stdout_hint(expected: &[u8], actual: &[u8], truncated: bool) -> String {
    if actual.is_empty() {
        let first = expected.split(|&b| b == b'\n').next().unwrap_or(b"");
        return format!(
            "stdout is empty, expected {} bytes starting {}",
            expected.len(),
            clip(first)
        );
    }
    if expected.strip_suffix(b"\n") == Some(actual) {
        return "stdout lacks the final newline".to_string();
    }
    if actual.strip_suffix(b"\n") == Some(expected) {
        return "stdout has an extra newline at the end".to_string();
    }
    let exp_lines: Vec<&[u8]> = expected.split(|&b| b == b'\n').collect();
    let act_lines: Vec<&[u8]> = actual.split(|&b| b == b'\n').collect();
    let sizes = format!(
        "{} bytes, expected {}{}",
        actual.len(),
        expected.len(),
        if truncated { " (output truncated)" } else { "" }
    );
    for i in 0..exp_lines.len().max(act_lines.len()) {
        match (exp_lines.get(i), act_lines.get(i)) {
            (Some(e), Some(a)) if e == a => continue,
            (Some(e), Some(a)) => {
                return format!(
                    "stdout differs at line {}: expected {}, got {} ({sizes})",
                    i + 1,
                    clip(e),
                    clip(a)
                )
            }
            (Some(e), None) => {
                return format!(
                    "stdout ends early, at line {} expected {} ({sizes})",
                    i + 1,
                    clip(e)
                )
            }
            (None, Some(a)) => {
                return format!("stdout has extra line {}: {} ({sizes})", i + 1, clip(a))
            }
            (None, None) => break,
        }
    }
    format!("stdout differs ({sizes})")
}

/// Runs one program; `Ok(())` when it conforms, otherwise a one-line reason.
fn check(binary: &Path, programs: &Path, expected_dir: &Path, name: &str) -> Result<(), String> {
    let stem = name.strip_suffix(".py").unwrap_or(name);
    let expected = load_expected(expected_dir, stem)?;
    let outcome = run_program(binary, programs, name)?;
    if outcome.timed_out {
        return Err(format!(
            "timed out after {}s (killed); {} bytes of stdout so far",
            TIMEOUT.as_secs(),
            outcome.stdout.len()
        ));
    }
    let mut problems = Vec::new();
    if outcome.stdout != expected.stdout {
        problems.push(stdout_hint(
            &expected.stdout,
            &outcome.stdout,
            outcome.stdout_truncated,
        ));
    }
    match outcome.status.and_then(|s| s.code()) {
        Some(code) if code == expected.code => {}
        Some(code) => problems.push(format!("exit status {code}, expected {}", expected.code)),
        None => problems.push(format!(
            "no exit status ({}), expected {}",
            outcome
                .status
                .map_or("wait failed".to_string(), |s| s.to_string()),
            expected.code
        )),
    }
    let last = last_stderr_line(&outcome.stderr);
    if last != expected.stderr_last {
        problems.push(format!(
            "last stderr line {}, expected {}",
            clip(last.as_bytes()),
            clip(expected.stderr_last.as_bytes())
        ));
    }
    if problems.is_empty() {
        if let Some(want) = &expected.stderr {
            let dir = programs.to_string_lossy().to_string();
            let got = String::from_utf8_lossy(&outcome.stderr).replace(&dir, "<programs>");
            let got = normalize_stdlib_frames(&got);
            let want = String::from_utf8_lossy(want);
            if got != want {
                let differing = want
                    .lines()
                    .zip(got.lines())
                    .find(|(w, g)| w != g)
                    .map_or_else(
                        || "stderr length differs".to_string(),
                        |(w, g)| format!("stderr line {:?}, expected {:?}", g, w),
                    );
                problems.push(format!("traceback differs: {differing}"));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

fn worker_count(jobs: usize) -> usize {
    let requested = std::env::var("WEFT_CONFORMANCE_JOBS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0);
    let n = requested.unwrap_or_else(|| {
        thread::available_parallelism()
            .map_or(2, |n| n.get())
            .clamp(2, 4)
    });
    n.min(jobs).max(1)
}

#[test]
fn conformance() {
    let root = workspace_root();
    let programs = root.join("tests").join("programs");
    let expected = root.join("tests").join("expected");
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_weft"));
    let filter = std::env::var("WEFT_CONFORMANCE_FILTER")
        .ok()
        .filter(|f| !f.is_empty());

    let names = program_names(&programs, filter.as_deref());
    assert!(
        !names.is_empty(),
        "no conformance programs in {}{}",
        programs.display(),
        filter
            .as_ref()
            .map_or(String::new(), |f| format!(" matching {f:?}"))
    );

    let queue = Arc::new(Mutex::new(
        names.iter().cloned().collect::<VecDeque<String>>(),
    ));
    let results: Arc<Mutex<Vec<Verdict>>> = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..worker_count(names.len()))
        .map(|_| {
            let queue = Arc::clone(&queue);
            let results = Arc::clone(&results);
            let binary = binary.clone();
            let programs = programs.clone();
            let expected = expected.clone();
            thread::spawn(move || loop {
                let next = queue.lock().unwrap().pop_front();
                let Some(name) = next else { break };
                let result = check(&binary, &programs, &expected, &name);
                if let Err(reason) = &result {
                    // Report as soon as known, so a long run shows progress.
                    let mut err = io::stderr().lock();
                    let _ = writeln!(err, "FAIL {name}: {reason}");
                }
                results.lock().unwrap().push((name, result));
            })
        })
        .collect();
    for worker in workers {
        worker.join().expect("conformance worker panicked");
    }

    let results = results.lock().unwrap();
    let known = known_failures(&root);
    let failed: Vec<&str> = results
        .iter()
        .filter(|(name, r)| r.is_err() && !known.contains(name))
        .map(|(name, _)| name.as_str())
        .collect();
    let expected_failures = results
        .iter()
        .filter(|(name, r)| r.is_err() && known.contains(name))
        .count();
    let now_passing: Vec<&str> = results
        .iter()
        .filter(|(name, r)| r.is_ok() && known.contains(name))
        .map(|(name, _)| name.as_str())
        .collect();
    let passed = results.len() - failed.len() - expected_failures;
    {
        let mut err = io::stderr().lock();
        let _ = writeln!(
            err,
            "conformance: {passed} passed, {} failed ({expected_failures} known failures listed in tests/known_failures.txt)",
            failed.len()
        );
    }
    if !now_passing.is_empty() {
        let mut err = io::stderr().lock();
        let _ = writeln!(
            err,
            "conformance: now passing, remove from tests/known_failures.txt: {}",
            now_passing.join(", ")
        );
    }
    if !failed.is_empty() {
        let mut sorted = failed.clone();
        sorted.sort_unstable();
        let shown: Vec<&str> = sorted.iter().take(20).copied().collect();
        panic!(
            "{} of {} conformance programs failed: {}{}",
            failed.len(),
            results.len(),
            shown.join(", "),
            if failed.len() > shown.len() {
                ", ..."
            } else {
                ""
            }
        );
    }
}

/// Programs known not to conform yet (one file name per line, `#` comments):
/// they are reported but do not fail the run; one that starts passing is
/// reported so that it can be taken off the list.
fn known_failures(root: &Path) -> Vec<String> {
    let path = root.join("tests").join("known_failures.txt");
    let text = fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Writes weft's stdlib traceback frames (`File "<frozen threading>", line
/// 12, in run`) as tests/regen.py writes CPython's (`File
/// "<stdlib>/threading.py", line ?, in run`): the two stdlibs' line numbers differ.
fn normalize_stdlib_frames(stderr: &str) -> String {
    let mut out = String::with_capacity(stderr.len());
    for line in stderr.split_inclusive('\n') {
        let frame = line
            .strip_prefix("  File \"<frozen ")
            .and_then(|rest| rest.split_once(">\", line "))
            .and_then(|(module, rest)| Some((module, rest.split_once(", in")?.1)));
        match frame {
            Some((module, rest)) => {
                out.push_str(&format!(
                    "  File \"<stdlib>/{}.py\", line ?, in{rest}",
                    module.replace('.', "/")
                ));
            }
            None => out.push_str(line),
        }
    }
    out
}
