//! Code objects and the instruction set: the contract between compiler and VM.
//!
//! The machine is a stack machine in the style of CPython 3.8–3.11, with two
//! simplifications that keep the compiler easy to check:
//!
//! * Exception handling uses a runtime **block stack** (`SetupExcept` /
//!   `PopBlock`) rather than a static exception table: the VM records the value
//!   stack depth when a block is pushed, so the compiler need not track depths.
//! * `finally` bodies are **inlined** at every exit (normal fall-through,
//!   `return`, `break`, `continue`) and once more as an exception handler that
//!   ends in `Reraise`, as CPython 3.9+ does.
//!
//! Instructions are a Rust enum with at most a 32-bit operand (8 bytes each),
//! so the VM's dispatch is one `match` with no decoding. Jump targets are
//! absolute instruction indices.
//!
//! ## Exception handling protocol
//! When an exception is raised, the VM pops blocks from the frame's block stack:
//! * an `Except` block (pushed by `SetupExcept(h)`): the value stack is cut back
//!   to the depth it had when the block was pushed, a `HandlerActive` block is
//!   pushed (remembering the previously "currently handled" exception), the new
//!   exception becomes the currently handled one (`sys.exc_info()`, implicit
//!   chaining), the exception object is pushed, and execution jumps to `h`;
//! * a `HandlerActive` block (an exception escaping from a handler): the value
//!   stack is cut back to its depth, the previously handled exception is
//!   restored, and unwinding continues.
//!
//! `PopExcept` pops the `HandlerActive` block and restores the previously
//! handled exception; it does not touch the value stack (the compiler pops the
//! exception object itself).
//!
//! Shapes the compiler emits (names in angle brackets are compiled sub-parts;
//! stack contents in comments, top last):
//! ```text
//! try/except:                          try/finally:             with:
//!     SetupExcept H                        SetupExcept H            <ctx>
//!     <body>                               <body>                   BeforeWith        # [exit, enter_result]
//!     PopBlock                             PopBlock                 <store target | Pop>   # [exit]
//!     <orelse>                             <finalbody>              SetupExcept H     # protected depth: [exit]
//!     Jump END                             Jump END                 <body>
//! H:  <type expr>         # [exc, type] H:  <finalbody>    # [exc]   PopBlock
//!     CheckExcMatch       # [exc, bool]    Reraise                  ExitWith          # [] (calls exit(None,None,None))
//!     PopJumpIfFalse H2   # [exc]      END:                         Jump END
//!     Copy 1; StoreFast e # [exc]   (only with `as e`)          H:  WithExceptStart   # [exit, exc, result]
//!     SetupExcept C       #         (only with `as e`)              PopJumpIfTrue S
//!     <handler body>      # exc stays on the stack                  Reraise           # re-raises exc
//!     PopBlock            #         (only with `as e`)          S:  PopExcept
//!     PopExcept                                                     Pop               # exc
//!     Pop                 # the exception                           Pop               # exit
//!     <e = None; del e>   #         (only with `as e`)          END:
//!     Jump END
//! C:  <e = None; del e>   # [exc, exc2] (only with `as e`)
//!     Reraise             # re-raises exc2
//! H2: <next handler, same shape> ... then, when no handler matched:
//!     Reraise             # [exc]
//! END:
//! ```
//! A bare `except:` omits the type test. `try/except/finally` nests the
//! try/except inside the try/finally (the `else` part is covered by `finally`).
//! The `with` target is stored before `SetupExcept`, so that the protected depth
//! is exactly `[exit]` (CPython would also call `__exit__` if storing the target
//! fails; weft does not). Several `with` items nest.
//!
//! `return`, `break` and `continue` leaving such regions first emit what the
//! enclosing regions need, innermost first (CPython's `compiler_unwind_fblock`):
//! `PopBlock` for a protected `try` body; `[PopBlock if `as e`] PopExcept Pop
//! [e = None; del e]` for an except-handler body; `Pop PopExcept` for the
//! exceptional copy of a `finally` body; `PopBlock` + the inlined `finalbody`
//! for a `finally`; `PopBlock ExitWith` for a `with`; `Pop` of the iterator for
//! a `for` loop that is left by `break` or `return`. For `return` the value is
//! computed first and kept on top: every `Pop`/`ExitWith` above is then preceded
//! by `Swap 2`, so the stack is exactly balanced at `ReturnValue` too.

use std::fmt;
use std::rc::Rc;

pub use weft_syntax::ast::{BinOp, CmpOp, Conversion, Loc};

/// Code-object flags (CPython's `co_flags`, only the ones weft uses).
pub mod flags {
    /// Locals live in fast slots (functions, lambdas, comprehensions).
    pub const OPTIMIZED: u32 = 0x0001;
    /// A fresh locals namespace per call (set with OPTIMIZED for functions).
    pub const NEWLOCALS: u32 = 0x0002;
    /// Has a `*args` parameter (its slot follows the positional and keyword-only ones).
    pub const VARARGS: u32 = 0x0004;
    /// Has a `**kwargs` parameter (its slot follows `*args`, if any).
    pub const VARKEYWORDS: u32 = 0x0008;
    /// Defined inside another function.
    pub const NESTED: u32 = 0x0010;
    /// Contains `yield`: calling it creates a generator.
    pub const GENERATOR: u32 = 0x0020;
}

/// Flags of `MakeFunction`: which optional operands are on the stack below the code object.
pub mod make_function {
    /// A tuple of positional defaults.
    pub const DEFAULTS: u32 = 0x01;
    /// A dict of keyword-only defaults.
    pub const KWDEFAULTS: u32 = 0x02;
    /// A dict of annotations (`__annotations__`).
    pub const ANNOTATIONS: u32 = 0x04;
    /// A tuple of cells for the free variables.
    pub const CLOSURE: u32 = 0x08;
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    /// Decimal digits of an integer that does not fit in i64, with a leading '-' if negative.
    BigInt(String),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    Code(Rc<CodeObject>),
}

/// One compiled function, lambda, comprehension, class body or module.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `co_name`: the function's name, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, the class name.
    pub name: String,
    /// `co_qualname`: dotted path such as `outer.<locals>.inner` or `C.method`.
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    pub instructions: Vec<Instr>,
    /// The source span of each instruction (same length as `instructions`).
    pub locations: Vec<Loc>,
    pub constants: Vec<Constant>,
    /// Names used by global, name, attribute and import instructions.
    pub names: Vec<String>,
    /// Local variable names (fast slots). Parameters come first, in this order:
    /// positional-only, positional-or-keyword, keyword-only, `*args`, `**kwargs`.
    pub varnames: Vec<String>,
    /// Variables of this scope captured by inner scopes. Deref slot `i` for
    /// `i < cellvars.len()` is `cellvars[i]`; after them come the `freevars`.
    pub cellvars: Vec<String>,
    /// Variables this scope takes from enclosing scopes (its closure tuple, in order).
    pub freevars: Vec<String>,
    /// For each cell variable that is also a parameter: (cell index, varnames index).
    /// The VM copies the argument into the cell when the frame starts.
    pub cell_params: Vec<(u32, u32)>,
    /// Number of positional parameters, positional-only ones included.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// See [`flags`].
    pub flags: u32,
    /// The docstring, if the body starts with a string literal (functions, classes, modules).
    pub docstring: Option<String>,
}

impl CodeObject {
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }
}

/// One instruction. Stack effects are written `[before] -> [after]`, top of stack last.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Nop,

    // ---- stack manipulation ----
    /// `[a] -> []`
    Pop,
    /// Push a copy of the n-th item from the top (`Copy(1)` duplicates TOS).
    Copy(u32),
    /// Swap TOS with the n-th item from the top (n ≥ 2).
    Swap(u32),

    // ---- loads and stores ----
    /// `[] -> [constants[i]]`
    LoadConst(u32),
    /// Fast local `varnames[i]`; loading an unbound one raises UnboundLocalError.
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Contents of deref slot `i` (cellvars then freevars). Unbound: UnboundLocalError for
    /// a cell variable, NameError "free variable 'x' referenced before assignment in enclosing scope" for a free one.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object of deref slot `i` itself (to build a closure tuple).
    LoadClosure(u32),
    /// In a class body: `names`-free lookup of deref slot `i`'s name in the class namespace first,
    /// then the cell. (The name is `cellvars/freevars[i]`.)
    LoadClassDeref(u32),
    /// `names[i]` in globals, then builtins; NameError "name 'x' is not defined".
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// `names[i]` in the frame's locals namespace, then globals, then builtins
    /// (module level and class bodies).
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32),
    /// `[value, obj] -> []`: `obj.names[i] = value`
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// `[obj] -> [method, obj]` when `names[i]` is a plain function found on the type
    /// (no bound-method object is made), else `[attr, NULL]`.
    LoadMethod(u32),
    /// `[method, self_or_null, arg1..argN] -> [result]`, N = operand.
    CallMethod(u32),
    /// `[container, index] -> [container[index]]`
    BinarySubscr,
    /// `[value, container, index] -> []`: `container[index] = value`
    StoreSubscr,
    /// `[container, index] -> []`
    DeleteSubscr,
    /// `[lower, upper] -> [slice]` (operand 2) or `[lower, upper, step] -> [slice]` (operand 3).
    BuildSlice(u32),

    // ---- operators ----
    /// `[a, b] -> [a op b]`
    BinaryOp(BinOp),
    /// `[a, b] -> [a op= b]` (tries `__iop__` first; same result for immutable types).
    InplaceOp(BinOp),
    /// `[a] -> [-a]`
    UnaryNegative,
    /// `[a] -> [+a]`
    UnaryPositive,
    /// `[a] -> [~a]`
    UnaryInvert,
    /// `[a] -> [not a]`
    UnaryNot,
    /// `[a, b] -> [a op b]` for every comparison, `is`, `is not`, `in`, `not in`.
    Compare(CmpOp),

    // ---- control flow ----
    /// Unconditional jump. A jump to a lower index is a loop back-edge: the VM checks the eval breaker there.
    Jump(u32),
    /// `[a] -> []`, jump if `a` is false.
    PopJumpIfFalse(u32),
    /// `[a] -> []`, jump if `a` is true.
    PopJumpIfTrue(u32),
    /// If TOS is false jump (keeping it), else pop it. (`and`)
    JumpIfFalseOrPop(u32),
    /// If TOS is true jump (keeping it), else pop it. (`or`)
    JumpIfTrueOrPop(u32),
    /// `[iterable] -> [iterator]`
    GetIter,
    /// `[iterator] -> [iterator, next]`; when exhausted, `[iterator] -> []` and jump.
    ForIter(u32),
    /// `[value] -> <returns>` (anything left on the stack is discarded).
    ReturnValue,

    // ---- building values ----
    /// `[a1..aN] -> [(a1, .., aN)]`
    BuildTuple(u32),
    /// `[a1..aN] -> [[a1, .., aN]]`
    BuildList(u32),
    /// `[a1..aN] -> [{a1, .., aN}]`
    BuildSet(u32),
    /// `[k1, v1, .., kN, vN] -> [{k1: v1, ..}]`
    BuildMap(u32),
    /// `[s1..sN] -> [s1 + .. + sN]` (all str; f-strings)
    BuildString(u32),
    /// `[.., list, .., item] -> [.., list, ..]`: pop item and append it to the list at
    /// position `i` from the top *after* the pop (comprehensions use `ListAppend(2)` above their iterator).
    ListAppend(u32),
    /// As `ListAppend`, for sets.
    SetAdd(u32),
    /// `[.., dict, .., key, value] -> [.., dict, ..]`: dict at position `i` after popping both.
    MapAdd(u32),
    /// `[.., list, .., iterable] -> [.., list, ..]`: `list.extend(iterable)` (for `*x` in displays and calls).
    ListExtend(u32),
    /// As `ListExtend`, for the positional arguments of a call `f(*x)`: the callable sits
    /// just below the list, and a non-iterable raises
    /// "f() argument after * must be an iterable, not int" naming it, as CPython does.
    CallArgsExtend(u32),
    /// `[.., set, .., iterable] -> [.., set, ..]`
    SetUpdate(u32),
    /// `[.., dict, .., mapping] -> [.., dict, ..]`: `{**m}` in displays ("'int' object is not a mapping").
    DictUpdate(u32),
    /// As DictUpdate, for `f(**m)`: duplicate keys raise
    /// "f() got multiple values for keyword argument 'k'"; keys must be strings.
    DictMerge(u32),
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[value] -> [str]` or `[value, spec] -> [str]`: f-string field with optional !s/!r/!a.
    FormatValue {
        conversion: Conversion,
        has_spec: bool,
    },
    /// `[seq] -> [itemN, .., item1]` (item1 on top); wrong length raises ValueError with CPython's messages.
    UnpackSequence(u32),
    /// `a, *b, c = seq`: `[seq] -> [after items.., list, before items..]` (first item on top).
    UnpackEx {
        before: u16,
        after: u16,
    },

    // ---- functions and calls ----
    /// `[defaults?, kwdefaults?, annotations?, closure?, code] -> [function]`; operand: [`make_function`] flags.
    MakeFunction(u32),
    /// `[func, arg1..argN] -> [result]`
    Call(u32),
    /// `[func, arg1..argN, names] -> [result]`: `names` is a tuple of str (a constant) naming
    /// the last `names.len()` of the N arguments as keywords.
    CallKw(u32),
    /// `[func, args_tuple] -> [result]` (operand 0) or `[func, args_tuple, kwargs_dict] -> [result]` (operand 1).
    CallEx(u32),

    // ---- generators ----
    /// `[value] -> [sent]`: suspend the frame yielding `value`; on resume the sent value is pushed.
    YieldValue,
    /// `[iterable] -> [iterator]` for `yield from` (generators pass through unchanged).
    GetYieldFromIter,
    /// `[iterator, sent] -> ...`: send `sent` into the iterator (`next` for None); if it yields, the
    /// frame yields that value and, when resumed, re-executes this instruction with the new sent value
    /// replacing TOS; when the iterator finishes, `[iterator, sent] -> [return value]`.
    YieldFrom,

    // ---- exceptions ----
    /// Push an `Except` block with handler `target` (also used for `finally` and `with`).
    SetupExcept(u32),
    /// Pop the innermost `Except` block (the protected region ended normally).
    PopBlock,
    /// Pop the innermost `HandlerActive` block and restore the previously handled exception.
    PopExcept,
    /// `[exc] -> <raises exc>` without adding a traceback entry (end of finally/unmatched handlers).
    Reraise,
    /// Operand 0: re-raise the currently handled exception ("RuntimeError: No active exception to reraise");
    /// 1: `[exc] -> <raise exc>`; 2: `[exc, cause] -> <raise exc from cause>`.
    Raise(u32),
    /// `[exc, type] -> [exc, matches]`: `isinstance(exc, type)` where `type` is a class or tuple of classes
    /// ("catching classes that do not inherit from BaseException is not allowed").
    CheckExcMatch,
    /// `[] -> [AssertionError]`
    LoadAssertionError,

    // ---- with ----
    /// `[ctx] -> [ctx.__exit__ (bound), ctx.__enter__()]`
    BeforeWith,
    /// `[exit] -> []`: calls `exit(None, None, None)`, discarding the result.
    ExitWith,
    /// `[exit, exc] -> [exit, exc, exit(type(exc), exc, exc.__traceback__)]`
    WithExceptStart,

    // ---- classes and modules ----
    /// `[] -> [builtins.__build_class__]`
    LoadBuildClass,
    /// `[level, fromlist] -> [module]`: `__import__(names[i], globals, None, fromlist, level)`.
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]` (falls back to importing the submodule;
    /// ImportError "cannot import name 'x' from 'm' (path)").
    ImportFrom(u32),
    /// `[module] -> []`: `from m import *` into the locals namespace.
    ImportStar,
    /// `[value] -> []`: REPL echo: print repr(value) unless None and bind it to `builtins._`.
    PrintExpr,
}

impl fmt::Display for CodeObject {
    /// A disassembly listing, for debugging the compiler (`weft --dis`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "code {} ({}), line {}",
            self.qualname, self.filename, self.first_line
        )?;
        let mut last_line = 0;
        for (i, instr) in self.instructions.iter().enumerate() {
            let line = self.locations.get(i).map_or(0, |l| l.line);
            if line != last_line {
                write!(f, "{line:>5} ")?;
                last_line = line;
            } else {
                write!(f, "      ")?;
            }
            write!(f, "{i:>5} {instr:?}")?;
            let name =
                |v: &Vec<String>, k: u32| v.get(k as usize).cloned().unwrap_or_else(|| "?".into());
            let deref = |k: u32| {
                let k = k as usize;
                let n = self.cellvars.len();
                if k < n {
                    self.cellvars.get(k)
                } else {
                    self.freevars.get(k - n)
                }
                .cloned()
                .unwrap_or_else(|| "?".into())
            };
            match *instr {
                Instr::LoadConst(k) => match self.constants.get(k as usize) {
                    Some(Constant::Code(c)) => {
                        write!(f, "  (<code {}, line {}>)", c.qualname, c.first_line)?
                    }
                    Some(c) => write!(f, "  ({c:?})")?,
                    None => write!(f, "  (?)")?,
                },
                Instr::LoadFast(k) | Instr::StoreFast(k) | Instr::DeleteFast(k) => {
                    write!(f, "  ({})", name(&self.varnames, k))?
                }
                Instr::LoadDeref(k)
                | Instr::StoreDeref(k)
                | Instr::DeleteDeref(k)
                | Instr::LoadClosure(k)
                | Instr::LoadClassDeref(k) => write!(f, "  ({})", deref(k))?,
                Instr::LoadGlobal(k)
                | Instr::StoreGlobal(k)
                | Instr::DeleteGlobal(k)
                | Instr::LoadName(k)
                | Instr::StoreName(k)
                | Instr::DeleteName(k)
                | Instr::LoadAttr(k)
                | Instr::StoreAttr(k)
                | Instr::DeleteAttr(k)
                | Instr::LoadMethod(k)
                | Instr::ImportName(k)
                | Instr::ImportFrom(k) => write!(f, "  ({})", name(&self.names, k))?,
                _ => {}
            }
            writeln!(f)?;
        }
        for c in &self.constants {
            if let Constant::Code(code) = c {
                writeln!(f)?;
                write!(f, "{code}")?;
            }
        }
        Ok(())
    }
}
