//! weft's virtual machine: values, objects, the eval loop, built-in types and
//! native modules, all guarded by the GIL (see `weft-gil`).
//!
//! Entry points: [`Vm::new`] makes an interpreter with its main thread;
//! [`run_main`] runs a program as `__main__` and returns the process exit status.

pub mod attr;
pub mod blocking;
pub mod builtins;
pub mod bytearray;
pub mod call;
pub mod complex;
pub mod constructors;
pub mod core;
pub mod dict;
pub mod dunders;
pub mod exc;
pub mod frame;
pub mod frameobj;
pub mod function;
pub mod generator;
pub mod generic_alias;
pub mod gil_bound;
pub mod hash;
pub mod items;
pub mod iter;
pub mod iterate;
pub mod methods;
pub mod module;
pub mod modules;
pub mod object;
pub mod ops;
pub mod os_threads;
pub mod oserror;
pub mod repr;
pub mod set;
pub mod slots;
pub mod stdin;
pub mod stdlib;
pub mod strformat;
pub mod subclass;
pub mod traceback;
pub mod types;
pub mod union;
pub mod value;
pub mod vm;

use std::rc::Rc;

pub use value::Value;
pub use vm::{PyErr, PyResult, Vm};

use function::Code;
use module::ModuleObj;
use value::StrObj;
use weft_compiler::{CodeObject, CompileMode, Constant};

/// weft's stdlib: `(module name, source, is_package)` for every `.py` file under
/// the workspace's `stdlib/`, built into the binary by `build.rs`.
static STDLIB: &[(&str, &str, bool)] = include!(concat!(env!("OUT_DIR"), "/stdlib_table.rs"));

/// Source of a module of weft's stdlib and whether it is a package.
pub fn stdlib_source(name: &str) -> Option<(&'static str, bool)> {
    STDLIB
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|&(_, src, is_pkg)| (src, is_pkg))
}

/// Names of the stdlib modules built into the binary.
pub fn stdlib_names() -> impl Iterator<Item = &'static str> {
    STDLIB.iter().map(|(n, _, _)| *n)
}

/// Turns a compiled code object into the VM's form, converting constants once.
pub fn load_code(vm: &Vm, code: &Rc<CodeObject>) -> Rc<Code> {
    let consts = code
        .constants
        .iter()
        .map(|c| constant_value(vm, c))
        .collect();
    let intern =
        |names: &[String]| -> Box<[Rc<StrObj>]> { names.iter().map(|n| vm.intern(n)).collect() };
    let mut deref: Vec<String> = code.cellvars.clone();
    deref.extend(code.freevars.iter().cloned());
    Rc::new(Code {
        consts,
        names: intern(&code.names),
        varnames: intern(&code.varnames),
        derefnames: intern(&deref),
        n_locals: code.varnames.len(),
        n_cells: code.cellvars.len(),
        filename: Rc::from(code.filename.as_str()),
        global_cache: code.names.iter().map(|_| Default::default()).collect(),
        attr_cache: code.names.iter().map(|_| Default::default()).collect(),
        code: code.clone(),
    })
}

fn constant_value(vm: &Vm, c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(s) => match s.parse::<dashu_int::IBig>() {
            Ok(b) => Value::from_bigint(b),
            Err(_) => Value::Int(0),
        },
        Constant::Float(f) => Value::Float(*f),
        Constant::Str(s) => Value::str(s),
        Constant::Bytes(b) => Value::bytes(b.clone()),
        Constant::Tuple(items) => {
            Value::tuple(items.iter().map(|c| constant_value(vm, c)).collect())
        }
        Constant::Code(code) => Value::Code(load_code(vm, code)),
    }
}

/// Parses and compiles `src`, reporting syntax errors as Python SyntaxError exceptions.
pub fn compile_source(
    vm: &mut Vm,
    src: &str,
    filename: &str,
    mode: CompileMode,
) -> PyResult<Rc<Code>> {
    vm.rt
        .sources
        .borrow_mut()
        .insert(filename.to_string(), Rc::from(src));
    let parsed = match mode {
        CompileMode::Interactive => weft_syntax::parse_interactive(src),
        CompileMode::Expression => {
            weft_syntax::parse_expression(src).map(|e| weft_syntax::ast::Module {
                body: vec![weft_syntax::ast::Stmt {
                    loc: e.loc,
                    kind: weft_syntax::ast::StmtKind::Expr(e),
                }],
            })
        }
        CompileMode::Module => weft_syntax::parse_module(src),
    };
    let module = parsed.map_err(|e| vm.syntax_error(&e, filename))?;
    let code = weft_compiler::compile(&module, filename, src, mode)
        .map_err(|e| vm.syntax_error(&e, filename))?;
    Ok(load_code(vm, &code))
}

/// Runs module source in `module`'s namespace.
pub fn run_in_module(vm: &mut Vm, src: &str, path: &str, module: &Rc<ModuleObj>) -> PyResult<()> {
    let code = compile_source(vm, src, path, CompileMode::Module)?;
    frame::run_code_with_locals(vm, code, module.dict.clone(), None, &[]).map(|_| ())
}

/// Runs a program as `__main__`; prints an uncaught exception as CPython does and
/// returns the exit status (0, 1, or SystemExit's code).
pub fn run_main(vm: &mut Vm, src: &str, filename: &str) -> i32 {
    let main = main_module(vm, filename);
    let r = run_in_module(vm, src, filename, &main);
    let status = match r {
        Ok(()) => 0,
        Err(e) => handle_uncaught(vm, &e),
    };
    vm.flush_stdout();
    status
}

/// The outcome of one REPL entry.
pub enum EntryOutcome {
    Done,
    /// `exit()`, `quit()` or `SystemExit`: leave with this status.
    Exit(i32),
}

/// Runs one interactive entry in `__main__`: expression statements echo their
/// value; an uncaught exception prints its traceback and the session goes on.
pub fn run_interactive_entry(vm: &mut Vm, src: &str) -> EntryOutcome {
    let main = match vm.rt.modules.get_str("__main__") {
        Some(Value::Module(m)) => m,
        _ => main_module(vm, "<stdin>"),
    };
    let r = compile_source(vm, src, "<stdin>", CompileMode::Interactive)
        .and_then(|code| frame::run_code_with_locals(vm, code, main.dict.clone(), None, &[]));
    vm.flush_stdout();
    match r {
        Ok(_) => EntryOutcome::Done,
        Err(e) if e.is_instance_of(&vm.exc_type("SystemExit")) => {
            EntryOutcome::Exit(handle_uncaught(vm, &e))
        }
        Err(e) => {
            handle_uncaught(vm, &e);
            EntryOutcome::Done
        }
    }
}

/// Creates `__main__` and registers it in `sys.modules`.
pub fn main_module(vm: &mut Vm, filename: &str) -> Rc<ModuleObj> {
    let main = vm.new_module("__main__");
    if !filename.starts_with('<') {
        main.dict.set_str("__file__", Value::str(filename));
    }
    main.dict
        .set_str("__builtins__", Value::Dict(vm.rt.builtins.clone()));
    main.dict.set_str("__package__", Value::None);
    vm.rt
        .modules
        .set_str("__main__", Value::Module(main.clone()));
    vm.main_globals = main.dict.clone();
    main
}

/// Prints an uncaught exception (or handles SystemExit) and returns the exit status.
pub fn handle_uncaught(vm: &mut Vm, e: &PyErr) -> i32 {
    if e.is_instance_of(&vm.exc_type("SystemExit")) {
        let code = match &e.data().args {
            Value::Tuple(t) if t.items.len() == 1 => t.items[0].clone(),
            Value::Tuple(t) if t.items.is_empty() => Value::None,
            other => other.clone(),
        };
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let s = vm.str_string(&other).unwrap_or_default();
                vm.flush_stdout();
                let _ = vm.write_stderr(&format!("{s}\n"));
                1
            }
        };
    }
    vm.flush_stdout();
    let text = vm.format_exception(e);
    let _ = vm.write_stderr(&text);
    if e.is_instance_of(&vm.exc_type("KeyboardInterrupt")) {
        vm.rt.unhandled_keyboard_interrupt.set(true);
        return 130;
    }
    1
}

/// What CPython does after the main program: wait for every non-daemon
/// thread (`threading._shutdown()`, if threading was imported), call the
/// atexit callbacks (`atexit._run_exitfuncs()`, if atexit was imported),
/// then flush standard output and the files still open.
/// Returns the exit status (changed if the wait itself is interrupted).
pub fn finalize(vm: &mut Vm, status: i32) -> i32 {
    let mut status = status;
    if let Some(threading) = vm.rt.modules.get_str("threading") {
        let shutdown = vm.get_attr(&threading, &Rc::new(StrObj::new("_shutdown")));
        if let Ok(shutdown) = shutdown {
            if let Err(e) = vm.call(&shutdown, function::Args::default()) {
                if e.is_instance_of(&vm.exc_type("KeyboardInterrupt")) {
                    vm.flush_stdout();
                    let text = vm.format_exception(&e);
                    let _ = vm.write_stderr(&format!("Exception ignored in: <module 'threading' from '<frozen threading>'>\n{text}"));
                    vm.rt.unhandled_keyboard_interrupt.set(true);
                    status = 130;
                } else {
                    let text = vm.format_exception(&e);
                    let _ = vm.write_stderr(&text);
                }
            }
        }
    }
    // Then the atexit callbacks (if the program imported atexit), as CPython
    // calls them after joining the threads; they report their own errors.
    if let Some(atexit) = vm.rt.modules.get_str("atexit") {
        let run = vm.get_attr(&atexit, &Rc::new(StrObj::new("_run_exitfuncs")));
        if let Ok(run) = run {
            if let Err(e) = vm.call(&run, function::Args::default()) {
                let text = vm.format_exception(&e);
                let _ = vm.write_stderr(&text);
            }
        }
    }
    modules::io::flush_open_files(vm);
    vm.flush_stdout();
    status
}

/// Sets `sys.argv` and puts the script's folder and WEFTPATH's folders on `sys.path`.
pub fn set_argv_and_path(vm: &mut Vm, argv: Vec<String>, script_dir: String) {
    *vm.rt.argv.borrow_mut() = argv.clone();
    let mut path = vec![if script_dir.is_empty() {
        String::new()
    } else {
        script_dir
    }];
    if let Ok(extra) = std::env::var("WEFTPATH") {
        path.extend(
            extra
                .split(':')
                .filter(|p| !p.is_empty())
                .map(str::to_string),
        );
    }
    if let Some(Value::Module(sys)) = vm.rt.modules.get_str("sys") {
        sys.dict.set_str(
            "argv",
            Value::list(argv.into_iter().map(Value::string).collect()),
        );
        let entries = path
            .into_iter()
            .map(|p| Value::string(if p.is_empty() { ".".to_string() } else { p }))
            .collect();
        sys.dict.set_str("path", Value::list(entries));
    }
}

/// What the REPL's Tab completion offers, gathered under the GIL before each
/// prompt (the line editor runs without it).
#[derive(Default, Clone)]
pub struct CompletionNames {
    /// Names in `__main__` and in builtins.
    pub names: Vec<String>,
    /// For each name in `__main__`: `dir()` of its value.
    pub attributes: std::collections::HashMap<String, Vec<String>>,
}

/// Snapshot of the names Tab can complete in `__main__`.
pub fn completion_names(vm: &mut Vm) -> CompletionNames {
    let mut out = CompletionNames::default();
    let main = match vm.rt.modules.get_str("__main__") {
        Some(Value::Module(m)) => m.dict.clone(),
        _ => vm.main_globals.clone(),
    };
    let dir = vm.rt.builtins.get_str("dir");
    for (k, v) in main.items() {
        let Value::Str(name) = k else { continue };
        out.names.push(name.as_str().to_string());
        let Some(dir) = &dir else { continue };
        if let Ok(Value::List(attrs)) = vm.call1(dir, v) {
            let attrs = attrs
                .items
                .borrow()
                .iter()
                .filter_map(|a| a.as_str().map(str::to_string))
                .collect();
            out.attributes.insert(name.as_str().to_string(), attrs);
        }
    }
    for k in vm.rt.builtins.keys() {
        if let Value::Str(name) = k {
            out.names.push(name.as_str().to_string());
        }
    }
    out.names.sort();
    out.names.dedup();
    out
}
