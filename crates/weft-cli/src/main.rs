//! The `weft` command: run a file, a `-c` string, or a program on standard input.
//!
//! The interpreter runs on a thread of its own with a large stack: Python calls
//! recurse on the native stack, and the recursion limit (default 1000, raised by
//! `sys.setrecursionlimit`) must be reachable without overflowing it.

mod repl;

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

const USAGE: &str = "usage: weft [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-q     : don't print the version message on interactive startup
-V     : print the weft version number and exit (also --version)
-X gil-policy=fair|cpython : how the GIL is handed between threads: fair
         (FIFO, prompt wake-up after blocking calls; the default) or cpython
         (CPython 3.11's ceval_gil.c, for comparison); also WEFT_GIL_POLICY
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// Native stack for the interpreter thread.
const INTERPRETER_STACK: usize = 1 << 30;

enum Program {
    File(String),
    Command(String),
    Stdin,
}

/// Flags that change how the program runs.
#[derive(Default, Clone, Copy)]
struct Flags {
    /// `-X gil-policy=fair|cpython` (or `WEFT_GIL_POLICY`).
    gil_policy: Option<weft_gil::Policy>,
    /// `-i`: open the prompt after the program, in its namespace.
    inspect: bool,
    /// `-q`: no banner.
    quiet: bool,
}

fn parse_args(args: &[String]) -> Result<(Program, Vec<String>, Flags), ExitCode> {
    let mut i = 0;
    let mut flags = Flags::default();
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "-?" | "--help" => {
                print!("{USAGE}");
                return Err(ExitCode::SUCCESS);
            }
            "-V" | "--version" => {
                println!(
                    "weft {} (Python 3.11 compatible)",
                    env!("CARGO_PKG_VERSION")
                );
                return Err(ExitCode::SUCCESS);
            }
            "-c" => {
                let Some(cmd) = args.get(i + 1) else {
                    eprint!("Argument expected for the -c option\n{USAGE}");
                    return Err(ExitCode::from(2));
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                return Ok((Program::Command(cmd.clone()), argv, flags));
            }
            "-" => {
                let mut argv = vec!["-".to_string()];
                argv.extend(args[i + 1..].iter().cloned());
                return Ok((Program::Stdin, argv, flags));
            }
            "-X" => {
                let Some(opt) = args.get(i + 1) else {
                    eprint!("Argument expected for the -X option\n{USAGE}");
                    return Err(ExitCode::from(2));
                };
                if let Some(value) = opt.strip_prefix("gil-policy=") {
                    flags.gil_policy = Some(parse_policy(value)?);
                }
                // Like CPython, other -X options are accepted and ignored.
                i += 1;
            }
            "-i" => flags.inspect = true,
            "-q" => flags.quiet = true,
            "-u" | "-B" | "-s" | "-S" | "-E" => {}
            s if s.starts_with('-') && s.len() > 1 => {
                eprint!("unknown option {s}\n{USAGE}");
                return Err(ExitCode::from(2));
            }
            _ => {
                let argv = args[i..].to_vec();
                return Ok((Program::File(a.clone()), argv, flags));
            }
        }
        i += 1;
    }
    Ok((Program::Stdin, vec![String::new()], flags))
}

fn parse_policy(value: &str) -> Result<weft_gil::Policy, ExitCode> {
    match value {
        "fair" => Ok(weft_gil::Policy::Fair),
        "cpython" => Ok(weft_gil::Policy::CPython),
        other => {
            eprintln!("weft: unknown GIL policy '{other}' (expected 'fair' or 'cpython')");
            Err(ExitCode::from(2))
        }
    }
}

/// The interpreter, with its main thread on the calling (big-stack) thread.
fn new_vm(flags: Flags) -> weft_vm::Vm {
    let mut vm = weft_vm::Vm::with_policy(flags.gil_policy.unwrap_or_default());
    vm.set_native_stack_size(INTERPRETER_STACK);
    weft_vm::blocking::install_sigint_handler(vm.interp.clone());
    vm
}

/// Ends the process the way CPython does: wait for non-daemon threads
/// (`threading._shutdown`), flush, and exit — with the GIL still held, so
/// daemon threads never run again; an uncaught KeyboardInterrupt ends it by
/// SIGINT, as the shell expects (status 130).
fn finish(mut vm: weft_vm::Vm, status: i32) -> ! {
    let status = weft_vm::finalize(&mut vm, status);
    if vm.rt.unhandled_keyboard_interrupt.get() {
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    }
    std::process::exit(status)
}

fn run(program: Program, argv: Vec<String>, flags: Flags) -> i32 {
    if matches!(program, Program::Stdin) && std::io::stdin().is_terminal() {
        let mut vm = new_vm(flags);
        weft_vm::set_argv_and_path(&mut vm, argv, String::new());
        weft_vm::main_module(&mut vm, "<stdin>");
        let status = repl::run(&mut vm, !flags.quiet);
        finish(vm, status);
    }
    let (source, filename) = match &program {
        Program::File(path) => match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                // CPython 3.11 names the main script by its absolute path in tracebacks and __file__.
                Ok(s) => (
                    s,
                    std::path::absolute(path)
                        .map(|p| p.display().to_string())
                        .unwrap_or(path.clone()),
                ),
                Err(_) => {
                    eprintln!("SyntaxError: Non-UTF-8 code in file {path}");
                    return 1;
                }
            },
            Err(e) => {
                let abs = std::path::absolute(path)
                    .map(|p| p.display().to_string())
                    .unwrap_or(path.clone());
                let errno = e.raw_os_error().unwrap_or(2);
                let what = match e.kind() {
                    std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                    std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                    _ if errno == 21 => "Is a directory".to_string(),
                    _ => e.to_string(),
                };
                eprintln!("weft: can't open file '{abs}': [Errno {errno}] {what}");
                return 2;
            }
        },
        Program::Command(c) => (c.clone(), "<string>".to_string()),
        Program::Stdin => {
            let mut s = String::new();
            if std::io::stdin().read_to_string(&mut s).is_err() {
                eprintln!("weft: could not read the program from standard input");
                return 1;
            }
            (s, "<stdin>".to_string())
        }
    };
    let mut vm = new_vm(flags);
    // sys.path[0]: the script's folder, absolute and with symlinks resolved
    // as CPython makes it (so imported modules' file names are absolute too).
    let script_dir = match &program {
        Program::File(path) => std::fs::canonicalize(path)
            .or_else(|_| std::path::absolute(path))
            .ok()
            .and_then(|p| p.parent().map(|d| d.display().to_string()))
            .unwrap_or_else(|| ".".into()),
        _ => String::new(),
    };
    weft_vm::set_argv_and_path(&mut vm, argv, script_dir);
    let status = weft_vm::run_main(&mut vm, &source, &filename);
    if flags.inspect && std::io::stdin().is_terminal() {
        let status = repl::run(&mut vm, !flags.quiet);
        finish(vm, status);
    }
    finish(vm, status)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (program, argv, mut flags) = match parse_args(&args) {
        Ok(p) => p,
        Err(code) => return code,
    };
    if flags.gil_policy.is_none() {
        if let Ok(p) = std::env::var("WEFT_GIL_POLICY") {
            match parse_policy(&p) {
                Ok(p) => flags.gil_policy = Some(p),
                Err(code) => return code,
            }
        }
    }
    // A Rust panic is a weft bug: say so plainly instead of dumping a backtrace.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("weft: internal error: {info}");
        eprintln!("weft: this is a bug in weft, not in your program; please report it with the program that triggered it");
    }));
    let worker = std::thread::Builder::new()
        .name("weft-main".into())
        .stack_size(INTERPRETER_STACK)
        .spawn(move || run(program, argv, flags));
    match worker.map(|h| h.join()) {
        Ok(Ok(status)) => ExitCode::from((status & 0xff) as u8),
        _ => {
            eprintln!("weft: internal error (the interpreter thread crashed)");
            ExitCode::from(70)
        }
    }
}
