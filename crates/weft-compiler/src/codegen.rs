//! Code generation: AST + symbol table → [`CodeObject`]s.
//!
//! The structure follows CPython 3.11's `Python/compile.c`: one *unit* per code
//! object being built (module, class body, function, lambda, comprehension), a
//! stack of *frame blocks* per unit describing the enclosing loops, `try`s,
//! `with`s and handlers so that `break`/`continue`/`return` can emit the
//! clean-up those regions need (CPython's `compiler_unwind_fblock`), and labels
//! resolved to absolute instruction indices when the unit is finished.
//!
//! Where weft's instruction set differs from CPython's (block-stack exception
//! handling, `CallMethod`, no `PRECALL`/`KW_NAMES`), the shapes produced are the
//! ones documented in [`crate::bytecode`].

use std::collections::HashMap;
use std::rc::Rc;

use weft_syntax::ast::{
    self, Alias, BoolOp, CmpOp, Comprehension, ExceptHandler, Expr, ExprKind, Keyword, Loc,
    Parameters, Stmt, StmtKind, UnaryOp, WithItem,
};

use crate::bytecode::{flags, make_function, CodeObject, Constant, Instr};
use crate::symtable::{mangle, BlockType, CompKind, Scope, SymbolTable, DEF_FREE_CLASS};
use crate::{CompileError, CompileMode};

type R<T = ()> = Result<T, Box<CompileError>>;

/// CPython's `CO_MAXBLOCKS`.
const MAX_BLOCKS: usize = 20;
/// CPython's `STACK_USE_GUIDELINE`: displays longer than this are built incrementally.
const STACK_USE_GUIDELINE: usize = 30;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Label(u32);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum UnitKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ctx {
    Load,
    Store,
    Del,
}

#[derive(Clone, Debug)]
enum FBlockKind<'a> {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    With,
    HandlerCleanup(Option<&'a str>),
    PopValue,
    ExceptionHandler,
}

#[derive(Clone, Debug)]
struct FBlock<'a> {
    kind: FBlockKind<'a>,
    /// Loops: the `continue` target.
    start: Label,
    /// Loops: the `break` target.
    exit: Label,
}

/// A hashable identity for constant de-duplication (floats by bit pattern, so
/// that `0.0` and `-0.0` stay distinct; `1`, `1.0` and `True` are distinct too).
#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(String),
    Float(u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
}

fn const_key(c: &Constant) -> Option<ConstKey> {
    Some(match c {
        Constant::None => ConstKey::None,
        Constant::Bool(b) => ConstKey::Bool(*b),
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Int(i) => ConstKey::Int(*i),
        Constant::BigInt(s) => ConstKey::BigInt(s.clone()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Tuple(items) => {
            ConstKey::Tuple(items.iter().map(const_key).collect::<Option<Vec<_>>>()?)
        }
        Constant::Code(_) => return None,
    })
}

struct Unit<'a> {
    ste: usize,
    kind: UnitKind,
    name: String,
    qualname: String,
    private: Option<String>,
    first_line: u32,
    instrs: Vec<Instr>,
    locs: Vec<Loc>,
    consts: Vec<Constant>,
    const_map: HashMap<ConstKey, u32>,
    names: Vec<String>,
    name_map: HashMap<String, u32>,
    varnames: Vec<String>,
    var_map: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    labels: Vec<Option<u32>>,
    jumps: Vec<usize>,
    fblocks: Vec<FBlock<'a>>,
    loc: Loc,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    docstring: Option<String>,
}

struct Compiler<'a> {
    st: SymbolTable,
    units: Vec<Unit<'a>>,
    filename: String,
    interactive: bool,
    /// Addresses of the `from __future__ import` statements allowed where they are.
    future_ok: Vec<usize>,
    /// `from __future__ import annotations`: annotations are stored as strings.
    future_annotations: bool,
}

pub(crate) fn compile_module(
    module: &ast::Module,
    filename: &str,
    mode: CompileMode,
) -> R<Rc<CodeObject>> {
    let st = SymbolTable::build(&module.body)?;
    let mut c = Compiler {
        st,
        units: Vec::new(),
        filename: filename.to_string(),
        interactive: mode == CompileMode::Interactive,
        future_ok: Vec::new(),
        future_annotations: crate::symtable::future_annotations(&module.body),
    };
    c.enter_unit(0, UnitKind::Module, "<module>", 1, Loc::new(1, 0, 1, 0));
    match mode {
        CompileMode::Expression => {
            let [Stmt {
                kind: StmtKind::Expr(e),
                ..
            }] = module.body.as_slice()
            else {
                let loc = module.body.first().map_or(Loc::new(1, 0, 1, 0), |s| s.loc);
                return Err(Box::new(CompileError {
                    msg: "invalid syntax".into(),
                    loc,
                }));
            };
            c.expr(e)?;
            c.emit(Instr::ReturnValue);
        }
        CompileMode::Module | CompileMode::Interactive => {
            c.future_ok = future_prefix(&module.body);
            check_futures(&module.body)?;
            if mode == CompileMode::Module {
                c.body_with_docstring(&module.body)?;
            } else {
                c.setup_annotations(&module.body);
                c.stmts(&module.body)?;
            }
            c.load_const(Constant::None);
            c.emit(Instr::ReturnValue);
        }
    }
    Ok(Rc::new(c.exit_unit()))
}

const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// The leading `from __future__ import` statements (after an optional docstring).
fn future_prefix(body: &[Stmt]) -> Vec<usize> {
    let mut ok = Vec::new();
    let skip = usize::from(docstring(body).is_some());
    for s in &body[skip.min(body.len())..] {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m), ..
            } if m == "__future__" => ok.push(s as *const Stmt as usize),
            _ => break,
        }
    }
    ok
}

fn check_futures(body: &[Stmt]) -> R {
    let skip = usize::from(docstring(body).is_some());
    for s in &body[skip.min(body.len())..] {
        let StmtKind::ImportFrom {
            module: Some(m),
            names,
            ..
        } = &s.kind
        else {
            break;
        };
        if m != "__future__" {
            break;
        }
        for a in names {
            if a.name == "braces" {
                return Err(Box::new(CompileError {
                    msg: "not a chance".into(),
                    loc: a.loc,
                }));
            }
            if !FUTURE_FEATURES.contains(&a.name.as_str()) {
                return Err(Box::new(CompileError {
                    msg: format!("future feature {} is not defined", a.name),
                    loc: a.loc,
                }));
            }
        }
    }
    Ok(())
}

/// CPython's `find_ann`: does this body (not counting nested functions and
/// classes) contain an annotated assignment?
fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            find_ann(body)
                || handlers.iter().any(|h| find_ann(&h.body))
                || find_ann(orelse)
                || find_ann(finalbody)
        }
        _ => false,
    })
}

fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt {
            kind:
                StmtKind::Expr(Expr {
                    kind: ExprKind::Constant(ast::Constant::Str(s)),
                    ..
                }),
            ..
        }) => Some(s.clone()),
        _ => None,
    }
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

fn convert_const(c: &ast::Constant) -> Option<Constant> {
    Some(match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Int(i) => Constant::Int(*i),
        ast::Constant::BigInt(s) => Constant::BigInt(s.clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Imaginary(_) => return None,
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
    })
}

fn negate_big(s: &str) -> Constant {
    let neg = match s.strip_prefix('-') {
        Some(rest) => rest.to_string(),
        None => format!("-{s}"),
    };
    match neg.parse::<i64>() {
        Ok(i) => Constant::Int(i),
        Err(_) => Constant::BigInt(neg),
    }
}

/// Safe constant folding: literals, unary minus on numbers, tuples of constants.
fn fold_const(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::Constant(c) => convert_const(c),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match fold_const(operand)? {
            Constant::Int(i) => Some(match i.checked_neg() {
                Some(n) => Constant::Int(n),
                None => negate_big(&i.to_string()),
            }),
            Constant::BigInt(s) => Some(negate_big(&s)),
            Constant::Float(f) => Some(Constant::Float(-f)),
            _ => None,
        },
        ExprKind::Tuple(elts) => Some(Constant::Tuple(
            elts.iter().map(fold_const).collect::<Option<Vec<_>>>()?,
        )),
        ExprKind::BinOp { left, op, right } => {
            // Right first: in a long chain `a + b + ... + 1` the right operand is a
            // leaf, so a non-constant chain is rejected without walking it.
            let r = fold_const(right)?;
            fold_binop(fold_const(left)?, *op, r)
        }
        _ => None,
    }
}

/// CPython's limit on folded strings (`MAX_STR_SIZE` in ast_opt.c).
const MAX_FOLDED_STR: usize = 4096;

/// Fold `a op b` when the result is certain, small and cannot raise: i64
/// arithmetic without overflow, float `+ - * /` (IEEE, exactly as at run time),
/// short string concatenation and repetition. Everything else is left to the VM.
fn fold_binop(a: Constant, op: ast::BinOp, b: Constant) -> Option<Constant> {
    use ast::BinOp::*;
    use Constant::{Float, Int, Str};
    /// Ints that convert to f64 exactly, as Python's int/float arithmetic needs.
    fn as_float(c: &Constant) -> Option<f64> {
        match *c {
            Float(f) => Some(f),
            Int(i) if i.unsigned_abs() <= 1 << 53 => Some(i as f64),
            _ => None,
        }
    }
    match (&a, &b) {
        (Int(x), Int(y)) => {
            let (x, y) = (*x, *y);
            let r = match op {
                Add => x.checked_add(y)?,
                Sub => x.checked_sub(y)?,
                Mult => x.checked_mul(y)?,
                FloorDiv | Mod => {
                    if y == 0 {
                        return None;
                    }
                    let q = x.checked_div(y)?;
                    let r = x - q * y;
                    let adjust = r != 0 && ((r < 0) != (y < 0));
                    match (op, adjust) {
                        (FloorDiv, true) => q - 1,
                        (FloorDiv, false) => q,
                        (_, true) => r + y,
                        (_, false) => r,
                    }
                }
                Pow => {
                    if !(0..=64).contains(&y) {
                        return None;
                    }
                    x.checked_pow(y as u32)?
                }
                LShift => {
                    if !(0..64).contains(&y) {
                        return None;
                    }
                    i64::try_from((x as i128) << y).ok()?
                }
                RShift => {
                    if y < 0 {
                        return None;
                    }
                    x >> y.min(63)
                }
                BitAnd => x & y,
                BitOr => x | y,
                BitXor => x ^ y,
                Div => {
                    let (fx, fy) = (as_float(&a)?, as_float(&b)?);
                    if fy == 0.0 {
                        return None;
                    }
                    return Some(Float(fx / fy));
                }
                MatMult => return None,
            };
            Some(Int(r))
        }
        (Float(_), Float(_) | Int(_)) | (Int(_), Float(_)) => {
            let (x, y) = (as_float(&a)?, as_float(&b)?);
            match op {
                Add => Some(Float(x + y)),
                Sub => Some(Float(x - y)),
                Mult => Some(Float(x * y)),
                Div if y != 0.0 => Some(Float(x / y)),
                _ => None,
            }
        }
        (Str(x), Str(y))
            if op == Add && x.chars().count() + y.chars().count() <= MAX_FOLDED_STR =>
        {
            Some(Str(format!("{x}{y}")))
        }
        (Str(x), Int(n)) | (Int(n), Str(x)) if op == Mult => {
            let n = usize::try_from(*n).unwrap_or(0);
            if x.chars().count().checked_mul(n)? > MAX_FOLDED_STR {
                return None;
            }
            Some(Str(x.repeat(n)))
        }
        _ => None,
    }
}

/// True for constants whose truth value is known and true (`while True`, `while 1`).
fn is_true_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(c) => match c {
            ast::Constant::Bool(b) => *b,
            ast::Constant::Int(i) => *i != 0,
            ast::Constant::BigInt(_) | ast::Constant::Ellipsis => true,
            ast::Constant::Float(f) => *f != 0.0,
            ast::Constant::Str(s) => !s.is_empty(),
            ast::Constant::Bytes(b) => !b.is_empty(),
            ast::Constant::None | ast::Constant::Imaginary(_) => false,
        },
        _ => false,
    }
}

fn jump_target_mut(i: &mut Instr) -> Option<&mut u32> {
    match i {
        Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::ForIter(t)
        | Instr::SetupExcept(t) => Some(t),
        _ => None,
    }
}

fn err<T>(msg: impl Into<String>, loc: Loc) -> R<T> {
    Err(Box::new(CompileError {
        msg: msg.into(),
        loc,
    }))
}

impl<'a> Compiler<'a> {
    // ------------------------------------------------------------------
    // units

    fn u(&self) -> &Unit<'a> {
        self.units.last().expect("no unit")
    }

    fn um(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("no unit")
    }

    fn ste_type(&self) -> BlockType {
        self.st.entry(self.u().ste).typ
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname(&self, name: &str, kind: UnitKind) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.u();
        if matches!(kind, UnitKind::Function | UnitKind::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.st.entry(parent.ste).scope(&mangled) == Scope::GlobalExplicit {
                return name.to_string();
            }
        }
        match parent.kind {
            UnitKind::Function | UnitKind::Lambda => format!("{}.<locals>.{name}", parent.qualname),
            _ => format!("{}.{name}", parent.qualname),
        }
    }

    fn enter_unit(&mut self, ste: usize, kind: UnitKind, name: &str, first_line: u32, loc: Loc) {
        let qualname = if kind == UnitKind::Module {
            name.to_string()
        } else {
            self.qualname(name, kind)
        };
        let private = self.units.last().and_then(|u| u.private.clone());
        let entry = self.st.entry(ste);
        let varnames = entry.varnames.clone();
        let var_map = varnames
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        let mut cellvars = entry.names_by_scope(Scope::Cell, 0);
        if entry.needs_class_closure {
            cellvars.insert(0, "__class__".to_string());
        }
        let freevars = entry.names_by_scope(Scope::Free, DEF_FREE_CLASS);
        self.units.push(Unit {
            ste,
            kind,
            name: name.to_string(),
            qualname,
            private,
            first_line,
            instrs: Vec::new(),
            locs: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames,
            var_map,
            cellvars,
            freevars,
            labels: Vec::new(),
            jumps: Vec::new(),
            fblocks: Vec::new(),
            loc,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            docstring: None,
        });
    }

    fn exit_unit(&mut self) -> CodeObject {
        let mut u = self.units.pop().expect("no unit");
        for &j in &u.jumps {
            let t = jump_target_mut(&mut u.instrs[j]).expect("not a jump");
            *t = u.labels[*t as usize].expect("unbound label");
        }
        let entry = self.st.entry(u.ste);
        let mut fl = u.flags;
        if entry.typ == BlockType::Function {
            fl |= flags::OPTIMIZED | flags::NEWLOCALS;
            if entry.nested {
                fl |= flags::NESTED;
            }
            if entry.generator {
                fl |= flags::GENERATOR;
            }
        }
        let nparams = (u.argcount
            + u.kwonlyargcount
            + u32::from(fl & flags::VARARGS != 0)
            + u32::from(fl & flags::VARKEYWORDS != 0)) as usize;
        let cell_params = u
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| {
                u.varnames[..nparams.min(u.varnames.len())]
                    .iter()
                    .position(|v| v == name)
                    .map(|vi| (ci as u32, vi as u32))
            })
            .collect();
        CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            instructions: u.instrs,
            locations: u.locs,
            constants: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell_params,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: fl,
            docstring: u.docstring,
        }
    }

    // ------------------------------------------------------------------
    // emission

    fn loc(&self) -> Loc {
        self.u().loc
    }

    fn set_loc(&mut self, loc: Loc) {
        self.um().loc = loc;
    }

    fn emit(&mut self, i: Instr) {
        let u = self.um();
        u.instrs.push(i);
        u.locs.push(u.loc);
    }

    fn new_label(&mut self) -> Label {
        let u = self.um();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.um();
        debug_assert!(u.labels[l.0 as usize].is_none(), "label bound twice");
        u.labels[l.0 as usize] = Some(u.instrs.len() as u32);
    }

    fn jump(&mut self, make: fn(u32) -> Instr, l: Label) {
        let idx = self.u().instrs.len();
        self.emit(make(l.0));
        self.um().jumps.push(idx);
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.um();
        match const_key(&c) {
            Some(key) => {
                if let Some(&i) = u.const_map.get(&key) {
                    return i;
                }
                let i = u.consts.len() as u32;
                u.consts.push(c);
                u.const_map.insert(key, i);
                i
            }
            None => {
                u.consts.push(c);
                u.consts.len() as u32 - 1
            }
        }
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    /// Index of `name` in `names`, mangled as CPython's `ADDOP_NAME` does.
    fn add_name(&mut self, name: &str) -> u32 {
        let mangled = mangle(self.u().private.as_deref(), name);
        self.add_name_raw(&mangled)
    }

    fn add_name_raw(&mut self, name: &str) -> u32 {
        let u = self.um();
        if let Some(&i) = u.name_map.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(name.to_string());
        u.name_map.insert(name.to_string(), i);
        i
    }

    fn add_varname(&mut self, name: &str) -> u32 {
        let u = self.um();
        if let Some(&i) = u.var_map.get(name) {
            return i;
        }
        let i = u.varnames.len() as u32;
        u.varnames.push(name.to_string());
        u.var_map.insert(name.to_string(), i);
        i
    }

    fn deref_index(&self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.cellvars.iter().position(|n| n == name) {
            return i as u32;
        }
        let i = u
            .freevars
            .iter()
            .position(|n| n == name)
            .expect("free variable not in freevars");
        (u.cellvars.len() + i) as u32
    }

    fn push_fblock(&mut self, kind: FBlockKind<'a>, start: Label, exit: Label) -> R {
        if self.u().fblocks.len() >= MAX_BLOCKS {
            return err("too many statically nested blocks", self.loc());
        }
        self.um().fblocks.push(FBlock { kind, start, exit });
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.um().fblocks.pop();
    }

    // ------------------------------------------------------------------
    // names

    fn nameop(&mut self, name: &str, ctx: Ctx) -> R {
        if name == "__debug__" {
            match ctx {
                Ctx::Load => {
                    self.load_const(Constant::Bool(true));
                    return Ok(());
                }
                Ctx::Store => return err("cannot assign to __debug__", self.loc()),
                Ctx::Del => return err("cannot delete __debug__", self.loc()),
            }
        }
        let mangled = mangle(self.u().private.as_deref(), name);
        let entry = self.st.entry(self.u().ste);
        let scope = entry.scope(&mangled);
        let is_func = entry.typ == BlockType::Function;
        let is_class = entry.typ == BlockType::Class;
        enum Op {
            Fast,
            Global,
            Deref,
            Name,
        }
        let op = match scope {
            Scope::Free | Scope::Cell => Op::Deref,
            Scope::Local if is_func => Op::Fast,
            Scope::GlobalImplicit if is_func => Op::Global,
            Scope::GlobalExplicit => Op::Global,
            _ => Op::Name,
        };
        let instr = match op {
            Op::Deref => {
                let i = self.deref_index(&mangled);
                match ctx {
                    Ctx::Load if is_class => Instr::LoadClassDeref(i),
                    Ctx::Load => Instr::LoadDeref(i),
                    Ctx::Store => Instr::StoreDeref(i),
                    Ctx::Del => Instr::DeleteDeref(i),
                }
            }
            Op::Fast => {
                let i = self.add_varname(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadFast(i),
                    Ctx::Store => Instr::StoreFast(i),
                    Ctx::Del => Instr::DeleteFast(i),
                }
            }
            Op::Global => {
                let i = self.add_name_raw(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadGlobal(i),
                    Ctx::Store => Instr::StoreGlobal(i),
                    Ctx::Del => Instr::DeleteGlobal(i),
                }
            }
            Op::Name => {
                let i = self.add_name_raw(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadName(i),
                    Ctx::Store => Instr::StoreName(i),
                    Ctx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    // ------------------------------------------------------------------
    // statements

    fn stmts(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// Module and class bodies: a leading string literal is stored as `__doc__`.
    fn body_with_docstring(&mut self, body: &'a [Stmt]) -> R {
        self.setup_annotations(body);
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            self.set_loc(body[0].loc);
            self.load_const(Constant::Str(doc.clone()));
            self.nameop("__doc__", Ctx::Store)?;
            self.um().docstring = Some(doc);
            rest = &body[1..];
        }
        self.stmts(rest)
    }

    /// CPython's SETUP_ANNOTATIONS for module and class bodies that contain
    /// annotated assignments: a fresh `__annotations__` dict in the namespace.
    fn setup_annotations(&mut self, body: &'a [Stmt]) {
        if find_ann(body) {
            if let Some(first) = body.first() {
                self.set_loc(first.loc);
            }
            self.emit(Instr::BuildMap(0));
            let i = self.add_name_raw("__annotations__");
            self.emit(Instr::StoreName(i));
        }
    }

    /// An annotation's value: the evaluated expression, or its source text
    /// under `from __future__ import annotations`.
    fn annotation(&mut self, e: &'a Expr) -> R {
        if self.future_annotations {
            self.load_const(Constant::Str(crate::unparse::unparse_annotation(e)));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    /// CPython 3.11's `compiler_annassign`.
    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> R {
        if let Some(v) = value {
            self.expr(v)?;
            self.store(target)?;
        }
        let module_or_class = matches!(self.u().kind, UnitKind::Module | UnitKind::Class);
        match &target.kind {
            ExprKind::Name(name) if simple && module_or_class => {
                self.annotation(annotation)?;
                let i = self.add_name_raw("__annotations__");
                self.emit(Instr::LoadName(i));
                let mangled = mangle(self.u().private.as_deref(), name);
                self.load_const(Constant::Str(mangled));
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                self.expr(obj)?;
                self.emit(Instr::Pop);
            }
            ExprKind::Subscript { value: obj, index } if value.is_none() => {
                self.expr(obj)?;
                self.emit(Instr::Pop);
                self.check_ann_subscr(index)?;
            }
            _ => {}
        }
        // The annotation of a complex target is evaluated (and dropped) last.
        if !simple && !self.future_annotations && module_or_class {
            self.expr(annotation)?;
            self.emit(Instr::Pop);
        }
        Ok(())
    }

    /// Parameter and return annotations as a dict for MakeFunction (CPython's
    /// order: positional-or-keyword, positional-only, `*args`, keyword-only,
    /// `**kwargs`, `return`).
    fn function_annotations(&mut self, p: &'a Parameters, returns: Option<&'a Expr>) -> R<u32> {
        let mut items: Vec<(&'a str, &'a Expr)> = Vec::new();
        let params = p
            .args
            .iter()
            .chain(&p.posonly)
            .chain(&p.vararg)
            .chain(&p.kwonly)
            .chain(&p.kwarg);
        for a in params {
            if let Some(ann) = &a.annotation {
                items.push((&a.name, ann));
            }
        }
        if let Some(r) = returns {
            items.push(("return", r));
        }
        if items.is_empty() {
            return Ok(0);
        }
        for (name, ann) in &items {
            let mangled = mangle(self.u().private.as_deref(), name);
            self.load_const(Constant::Str(mangled));
            self.annotation(ann)?;
        }
        self.emit(Instr::BuildMap(items.len() as u32));
        Ok(make_function::ANNOTATIONS)
    }

    fn stmt(&mut self, s: &'a Stmt) -> R {
        self.set_loc(s.loc);
        match &s.kind {
            StmtKind::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Instr::PrintExpr);
                } else if !matches!(e.kind, ExprKind::Constant(_)) {
                    self.expr(e)?;
                    self.emit(Instr::Pop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Copy(1));
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple)?,
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(test, false, next)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.set_loc(s.loc);
                    self.jump(Instr::Jump, end);
                    self.bind(next);
                    self.stmts(orelse)?;
                }
                self.bind(end);
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.new_label();
                let anchor = self.new_label();
                let end = self.new_label();
                self.bind(start);
                self.push_fblock(FBlockKind::WhileLoop, start, end)?;
                if !is_true_constant(test) {
                    self.jump_if(test, false, anchor)?;
                }
                self.stmts(body)?;
                self.set_loc(s.loc);
                self.jump(Instr::Jump, start);
                self.pop_fblock();
                self.bind(anchor);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let start = self.new_label();
                let cleanup = self.new_label();
                let end = self.new_label();
                self.expr(iter)?;
                self.emit(Instr::GetIter);
                self.bind(start);
                self.push_fblock(FBlockKind::ForLoop, start, end)?;
                self.jump(Instr::ForIter, cleanup);
                self.store(target)?;
                self.stmts(body)?;
                self.set_loc(s.loc);
                self.jump(Instr::Jump, start);
                self.pop_fblock();
                self.bind(cleanup);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::Break => {
                let Some(lp) = self.unwind_fblock_stack(false, true)? else {
                    return err("'break' outside loop", s.loc);
                };
                self.unwind_fblock(&lp, false)?;
                self.jump(Instr::Jump, lp.exit);
            }
            StmtKind::Continue => {
                let Some(lp) = self.unwind_fblock_stack(false, true)? else {
                    return err("'continue' not properly in loop", s.loc);
                };
                self.jump(Instr::Jump, lp.start);
            }
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::FunctionDef(f) => self.function_def(s, f)?,
            StmtKind::ClassDef(c) => self.class_def(s, c)?,
            StmtKind::Return(value) => self.return_(s, value.as_ref())?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                // CPython 3.11 attributes the failed assertion to its test expression.
                let stmt_loc = self.loc();
                self.set_loc(test.loc);
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.set_loc(test.loc);
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.set_loc(stmt_loc);
                self.bind(end);
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::Raise(n));
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(s, body, handlers, orelse)?;
                } else {
                    self.try_finally(s, body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::With { items, body } => self.with(s, items, 0, body)?,
            StmtKind::Import(names) => {
                for a in names {
                    self.import(a)?;
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(s, module.as_deref(), names, *level)?,
        }
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                    self.emit(Instr::Pop);
                }
            }
            ExprKind::Tuple(elts) => {
                for x in elts {
                    self.check_ann_subscr(x)?;
                }
            }
            _ => {
                self.expr(e)?;
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, s: &'a Stmt, target: &'a Expr, op: ast::BinOp, value: &'a Expr) -> R {
        self.set_loc(target.loc);
        match &target.kind {
            ExprKind::Name(n) => self.nameop(n, Ctx::Load)?,
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Instr::Copy(1));
                let i = self.add_name(attr);
                self.set_loc(Loc {
                    line: target.loc.end_line,
                    ..target.loc
                });
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.subscript_index(index)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
            }
            _ => {
                return err(
                    "'expression' is an illegal expression for augmented assignment",
                    target.loc,
                )
            }
        }
        self.set_loc(s.loc);
        self.expr(value)?;
        self.emit(Instr::InplaceOp(op));
        self.set_loc(target.loc);
        match &target.kind {
            ExprKind::Name(n) => self.nameop(n, Ctx::Store)?,
            ExprKind::Attribute { attr, .. } => {
                self.set_loc(Loc {
                    line: target.loc.end_line,
                    ..target.loc
                });
                self.emit(Instr::Swap(2));
                let i = self.add_name(attr);
                self.emit(Instr::StoreAttr(i));
            }
            _ => {
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
        }
        self.set_loc(s.loc);
        Ok(())
    }

    /// Store TOS into an assignment target.
    fn store(&mut self, t: &'a Expr) -> R {
        let saved = self.loc();
        self.set_loc(t.loc);
        match &t.kind {
            ExprKind::Name(n) => self.nameop(n, Ctx::Store)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.add_name(attr);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.subscript_index(index)?;
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                self.unpack(elts, t.loc)?;
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred(v) => self.store(v)?,
                        _ => self.store(e)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return err(
                    "starred assignment target must be in a list or tuple",
                    t.loc,
                )
            }
            _ => return err("cannot assign to expression", t.loc),
        }
        self.set_loc(saved);
        Ok(())
    }

    fn unpack(&mut self, elts: &'a [Expr], loc: Loc) -> R {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if is_starred(e) {
                if seen_star {
                    return err("multiple starred expressions in assignment", loc);
                }
                let after = n - i - 1;
                if i >= 1 << 8 || after > u16::MAX as usize {
                    return err("too many expressions in star-unpacking assignment", loc);
                }
                self.emit(Instr::UnpackEx {
                    before: i as u16,
                    after: after as u16,
                });
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Instr::UnpackSequence(n as u32));
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> R {
        let saved = self.loc();
        self.set_loc(t.loc);
        match &t.kind {
            ExprKind::Name(n) => self.nameop(n, Ctx::Del)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.add_name(attr);
                self.emit(Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.subscript_index(index)?;
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            _ => return err("cannot delete expression", t.loc),
        }
        self.set_loc(saved);
        Ok(())
    }

    fn return_(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> R {
        if self.ste_type() != BlockType::Function {
            return err("'return' outside function", s.loc);
        }
        let folded = value.and_then(fold_const);
        let preserve_tos = value.is_some() && folded.is_none();
        if preserve_tos {
            self.expr(value.unwrap())?;
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        self.set_loc(s.loc);
        if !preserve_tos {
            self.load_const(folded.unwrap_or(Constant::None));
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    /// CPython's `compiler_unwind_fblock_stack`: emit the clean-up of every frame
    /// block from the innermost outwards, stopping at a loop when `want_loop`
    /// (which is returned, not unwound).
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        want_loop: bool,
    ) -> R<Option<FBlock<'a>>> {
        let Some(top) = self.u().fblocks.last().cloned() else {
            return Ok(None);
        };
        if want_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.um().fblocks.pop();
        self.unwind_fblock(&top, preserve_tos)?;
        let r = self.unwind_fblock_stack(preserve_tos, want_loop)?;
        self.um().fblocks.push(top);
        Ok(r)
    }

    fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> R {
        match fb.kind {
            FBlockKind::WhileLoop | FBlockKind::ExceptionHandler => {}
            FBlockKind::ForLoop | FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::Pop);
            }
            FBlockKind::TryExcept => self.emit(Instr::PopBlock),
            FBlockKind::FinallyTry(body) => {
                self.emit(Instr::PopBlock);
                let saved = self.loc();
                if preserve_tos {
                    let l = self.new_label();
                    self.push_fblock(FBlockKind::PopValue, l, l)?;
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                self.set_loc(saved);
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::Pop);
                self.emit(Instr::PopExcept);
            }
            FBlockKind::With => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::ExitWith);
            }
            FBlockKind::HandlerCleanup(name) => {
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopExcept);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::Pop);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.nameop(n, Ctx::Store)?;
                    self.nameop(n, Ctx::Del)?;
                }
            }
        }
        Ok(())
    }

    fn try_except(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let except = self.new_label();
        let end = self.new_label();
        self.jump(Instr::SetupExcept, except);
        self.push_fblock(FBlockKind::TryExcept, except, except)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.set_loc(s.loc);
        self.emit(Instr::PopBlock);
        self.stmts(orelse)?;
        self.jump(Instr::Jump, end);
        self.bind(except);
        // Stack here: [exc]; the VM has pushed a HandlerActive block.
        self.push_fblock(FBlockKind::ExceptionHandler, except, except)?;
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.loc);
            if h.typ.is_none() && i + 1 < handlers.len() {
                return err("default 'except:' must be last", h.loc);
            }
            let next = self.new_label();
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Instr::CheckExcMatch);
                self.jump(Instr::PopJumpIfFalse, next);
            }
            if let Some(name) = &h.name {
                self.emit(Instr::Copy(1));
                self.nameop(name, Ctx::Store)?;
                let cleanup = self.new_label();
                self.jump(Instr::SetupExcept, cleanup);
                self.push_fblock(FBlockKind::HandlerCleanup(Some(name)), cleanup, cleanup)?;
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.set_loc(h.loc);
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
                self.emit(Instr::Pop);
                self.load_const(Constant::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
                self.jump(Instr::Jump, end);
                // An exception escaping the handler body: [exc, new_exc].
                self.bind(cleanup);
                self.load_const(Constant::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
                self.emit(Instr::Reraise);
            } else {
                self.push_fblock(FBlockKind::HandlerCleanup(None), except, except)?;
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.set_loc(h.loc);
                self.emit(Instr::PopExcept);
                self.emit(Instr::Pop);
                self.jump(Instr::Jump, end);
            }
            self.bind(next);
        }
        self.pop_fblock();
        // No handler matched: re-raise.
        self.set_loc(handlers.last().map_or(s.loc, |h| h.loc));
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> R {
        let handler = self.new_label();
        let end = self.new_label();
        self.jump(Instr::SetupExcept, handler);
        self.push_fblock(FBlockKind::FinallyTry(finalbody), handler, handler)?;
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else {
            self.try_except(s, body, handlers, orelse)?;
        }
        self.pop_fblock();
        self.set_loc(s.loc);
        self.emit(Instr::PopBlock);
        self.stmts(finalbody)?;
        self.jump(Instr::Jump, end);
        // Exceptional path: [exc], HandlerActive pushed by the VM.
        self.bind(handler);
        self.push_fblock(FBlockKind::FinallyEnd, handler, handler)?;
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn with(&mut self, s: &'a Stmt, items: &'a [WithItem], pos: usize, body: &'a [Stmt]) -> R {
        let item = &items[pos];
        let handler = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.set_loc(s.loc);
        self.expr(&item.context)?;
        self.emit(Instr::BeforeWith);
        match &item.target {
            Some(t) => self.store(t)?,
            None => self.emit(Instr::Pop),
        }
        // [exit]
        self.jump(Instr::SetupExcept, handler);
        self.push_fblock(FBlockKind::With, handler, handler)?;
        if pos + 1 < items.len() {
            self.with(s, items, pos + 1, body)?;
        } else {
            self.stmts(body)?;
        }
        self.pop_fblock();
        self.set_loc(s.loc);
        self.emit(Instr::PopBlock);
        self.emit(Instr::ExitWith);
        self.jump(Instr::Jump, end);
        // [exit, exc], HandlerActive pushed by the VM.
        self.bind(handler);
        self.emit(Instr::WithExceptStart);
        self.jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.emit(Instr::Pop);
        self.bind(end);
        Ok(())
    }

    fn import(&mut self, a: &'a Alias) -> R {
        self.load_const(Constant::Int(0));
        self.load_const(Constant::None);
        let i = self.add_name(&a.name);
        self.emit(Instr::ImportName(i));
        match &a.asname {
            Some(asname) => {
                let parts: Vec<&str> = a.name.split('.').collect();
                if parts.len() > 1 {
                    for (k, attr) in parts[1..].iter().enumerate() {
                        let i = self.add_name(attr);
                        self.emit(Instr::ImportFrom(i));
                        if k + 2 < parts.len() {
                            self.emit(Instr::Swap(2));
                            self.emit(Instr::Pop);
                        }
                    }
                    self.nameop(asname, Ctx::Store)?;
                    self.emit(Instr::Pop);
                } else {
                    self.nameop(asname, Ctx::Store)?;
                }
            }
            None => {
                let first = a.name.split('.').next().unwrap_or(&a.name);
                self.nameop(first, Ctx::Store)?;
            }
        }
        Ok(())
    }

    fn import_from(
        &mut self,
        s: &'a Stmt,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
    ) -> R {
        if module == Some("__future__") && !self.future_ok.contains(&(s as *const Stmt as usize)) {
            return err(
                "from __future__ imports must occur at the beginning of the file",
                s.loc,
            );
        }
        self.load_const(Constant::Int(level as i64));
        let fromlist = names
            .iter()
            .map(|a| Constant::Str(a.name.clone()))
            .collect();
        self.load_const(Constant::Tuple(fromlist));
        let i = self.add_name(module.unwrap_or(""));
        self.emit(Instr::ImportName(i));
        for (k, a) in names.iter().enumerate() {
            if k == 0 && a.name == "*" {
                self.emit(Instr::ImportStar);
                return Ok(());
            }
            let i = self.add_name(&a.name);
            self.emit(Instr::ImportFrom(i));
            self.nameop(a.asname.as_deref().unwrap_or(&a.name), Ctx::Store)?;
        }
        self.emit(Instr::Pop);
        Ok(())
    }

    // ------------------------------------------------------------------
    // functions and classes

    /// Push the defaults tuple and kw-only defaults dict; return the MakeFunction flags.
    fn default_args(&mut self, p: &'a Parameters) -> R<u32> {
        let mut fl = 0;
        if !p.defaults.is_empty() {
            let folded: Option<Vec<Constant>> = p.defaults.iter().map(fold_const).collect();
            match folded {
                Some(items) => self.load_const(Constant::Tuple(items)),
                None => {
                    for d in &p.defaults {
                        self.expr(d)?;
                    }
                    self.emit(Instr::BuildTuple(p.defaults.len() as u32));
                }
            }
            fl |= make_function::DEFAULTS;
        }
        let mut n = 0;
        for (param, default) in p.kwonly.iter().zip(&p.kw_defaults) {
            if let Some(d) = default {
                let mangled = mangle(self.u().private.as_deref(), &param.name);
                self.load_const(Constant::Str(mangled));
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
            fl |= make_function::KWDEFAULTS;
        }
        Ok(fl)
    }

    fn set_params(&mut self, p: &Parameters) {
        let u = self.um();
        u.argcount = (p.posonly.len() + p.args.len()) as u32;
        u.posonlyargcount = p.posonly.len() as u32;
        u.kwonlyargcount = p.kwonly.len() as u32;
        if p.vararg.is_some() {
            u.flags |= flags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= flags::VARKEYWORDS;
        }
    }

    /// Build the function object for `code`, with its closure when it has free variables.
    fn make_closure(&mut self, code: CodeObject, mut fl: u32) -> R {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let u = self.u();
                let is_cell = (u.kind == UnitKind::Class && name == "__class__")
                    || self.st.entry(u.ste).scope(name) == Scope::Cell;
                let idx = if is_cell {
                    u.cellvars.iter().position(|n| n == name)
                } else {
                    u.freevars
                        .iter()
                        .position(|n| n == name)
                        .map(|i| i + u.cellvars.len())
                };
                let Some(idx) = idx else {
                    return err(
                        format!("internal compiler error: no closure cell for '{name}'"),
                        self.loc(),
                    );
                };
                self.emit(Instr::LoadClosure(idx as u32));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            fl |= make_function::CLOSURE;
        }
        self.load_const(Constant::Code(Rc::new(code)));
        self.emit(Instr::MakeFunction(fl));
        Ok(())
    }

    fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        let saved = self.loc();
        for d in decorators.iter().rev() {
            self.set_loc(d.loc);
            self.emit(Instr::Call(1));
        }
        self.set_loc(saved);
    }

    fn function_def(&mut self, s: &'a Stmt, f: &'a ast::FunctionDef) -> R {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let first_line = f
            .decorators
            .first()
            .map_or(s.loc.line, |d| d.loc.line.min(s.loc.line));
        let mut fl = self.default_args(&f.params)?;
        fl |= self.function_annotations(&f.params, f.returns.as_ref())?;
        let ste = self.st.lookup(f);
        self.enter_unit(ste, UnitKind::Function, &f.name, first_line, s.loc);
        self.set_params(&f.params);
        let doc = docstring(&f.body);
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        self.um().docstring = doc;
        self.stmts(body)?;
        self.load_const(Constant::None);
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit();
        self.make_closure(code, fl)?;
        self.apply_decorators(&f.decorators);
        self.nameop(&f.name, Ctx::Store)
    }

    fn lambda(&mut self, e: &'a Expr, params: &'a Parameters, body: &'a Expr) -> R {
        let fl = self.default_args(params)?;
        let ste = self.st.lookup(e);
        self.enter_unit(ste, UnitKind::Lambda, "<lambda>", e.loc.line, e.loc);
        self.set_params(params);
        self.expr(body)?;
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit();
        self.make_closure(code, fl)
    }

    fn class_def(&mut self, s: &'a Stmt, c: &'a ast::ClassDef) -> R {
        for d in &c.decorators {
            self.expr(d)?;
        }
        let first_line = c
            .decorators
            .first()
            .map_or(s.loc.line, |d| d.loc.line.min(s.loc.line));
        let ste = self.st.lookup(c);
        self.enter_unit(ste, UnitKind::Class, &c.name, first_line, s.loc);
        self.um().private = Some(c.name.clone());
        let i = self.add_name_raw("__name__");
        self.emit(Instr::LoadName(i));
        let i = self.add_name_raw("__module__");
        self.emit(Instr::StoreName(i));
        let q = self.u().qualname.clone();
        self.load_const(Constant::Str(q));
        let i = self.add_name_raw("__qualname__");
        self.emit(Instr::StoreName(i));
        self.body_with_docstring(&c.body)?;
        if self.st.entry(ste).needs_class_closure {
            let idx = self.deref_index("__class__");
            self.emit(Instr::LoadClosure(idx));
            let i = self.add_name_raw("__classcell__");
            self.emit(Instr::StoreName(i));
        }
        self.load_const(Constant::None);
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit();
        self.set_loc(s.loc);
        self.emit(Instr::LoadBuildClass);
        self.make_closure(code, 0)?;
        self.load_const(Constant::Str(c.name.clone()));
        self.call_helper(2, &c.bases, &c.keywords)?;
        self.apply_decorators(&c.decorators);
        self.nameop(&c.name, Ctx::Store)
    }

    // ------------------------------------------------------------------
    // expressions

    fn expr(&mut self, e: &'a Expr) -> R {
        let saved = self.loc();
        self.set_loc(e.loc);
        let r = self.expr_inner(e);
        self.set_loc(saved);
        r
    }

    /// The recursive hot path, kept small: debug builds give a function one
    /// stack slot per temporary of every match arm, and deep expressions
    /// (`a + b + c + ...`) recurse through here once per level.
    fn expr_inner(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::BinOp { left, op, right } => self.binop(e, left, *op, right),
            ExprKind::Name(n) => self.nameop(n, Ctx::Load),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords),
            _ => self.expr_other(e),
        }
    }

    fn binop(&mut self, e: &'a Expr, left: &'a Expr, op: ast::BinOp, right: &'a Expr) -> R {
        if let Some(c) = fold_const(e) {
            self.load_const(c);
            return Ok(());
        }
        self.expr(left)?;
        self.expr(right)?;
        self.emit(Instr::BinaryOp(op));
        Ok(())
    }

    fn expr_other(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let make = if *op == BoolOp::And {
                    Instr::JumpIfFalseOrPop
                } else {
                    Instr::JumpIfTrueOrPop
                };
                let (last, init) = values.split_last().expect("empty BoolOp");
                for v in init {
                    self.expr(v)?;
                    self.jump(make, end);
                }
                self.expr(last)?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Copy(1));
                self.store(target)?;
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = fold_const(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Invert => Instr::UnaryInvert,
                    UnaryOp::Not => Instr::UnaryNot,
                    UnaryOp::UAdd => Instr::UnaryPositive,
                    UnaryOp::USub => Instr::UnaryNegative,
                });
            }
            ExprKind::Lambda { params, body } => self.lambda(e, params, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, false, next)?;
                self.expr(body)?;
                self.jump(Instr::Jump, end);
                self.bind(next);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set(elts) => self.starunpack(
                elts,
                0,
                Instr::BuildSet,
                Instr::SetAdd,
                Instr::SetUpdate,
                false,
            )?,
            ExprKind::List(elts) => self.starunpack(
                elts,
                0,
                Instr::BuildList,
                Instr::ListAppend,
                Instr::ListExtend,
                false,
            )?,
            ExprKind::Tuple(elts) => {
                if let Some(c) = fold_const(e) {
                    self.load_const(c);
                } else {
                    self.starunpack(
                        elts,
                        0,
                        Instr::BuildList,
                        Instr::ListAppend,
                        Instr::ListExtend,
                        true,
                    )?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", CompKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", CompKind::Gen, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e,
                "<dictcomp>",
                CompKind::Dict,
                generators,
                key,
                Some(value),
            )?,
            ExprKind::Yield(v) => {
                if self.ste_type() != BlockType::Function {
                    return err("'yield' outside function", e.loc);
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                if self.ste_type() != BlockType::Function {
                    return err("'yield' outside function", e.loc);
                }
                self.expr(v)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Constant::None);
                self.emit(Instr::YieldFrom);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                }
                self.emit(Instr::FormatValue {
                    conversion: *conversion,
                    has_spec: format_spec.is_some(),
                });
            }
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    self.expr(p)?;
                }
                if parts.len() != 1 {
                    self.emit(Instr::BuildString(parts.len() as u32));
                }
            }
            ExprKind::Constant(c) => match convert_const(c) {
                Some(c) => self.load_const(c),
                None => {
                    // An imaginary literal: weft has no complex constants, so build
                    // it at run time as complex(0.0, imag).
                    let ast::Constant::Imaginary(im) = c else {
                        unreachable!()
                    };
                    self.nameop("complex", Ctx::Load)?;
                    self.load_const(Constant::Float(0.0));
                    self.load_const(Constant::Float(*im));
                    self.emit(Instr::Call(2));
                }
            },
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.add_name(attr);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.subscript_index(index)?;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Starred(_) => return err("can't use starred expression here", e.loc),
            ExprKind::Name(_) | ExprKind::BinOp { .. } | ExprKind::Call { .. } => {
                self.expr_inner(e)?
            }
            ExprKind::Slice { lower, upper, step } => self.slice(lower, upper, step)?,
        }
        Ok(())
    }

    fn subscript_index(&mut self, index: &'a Expr) -> R {
        self.expr(index)
    }

    fn slice(
        &mut self,
        lower: &'a Option<Box<Expr>>,
        upper: &'a Option<Box<Expr>>,
        step: &'a Option<Box<Expr>>,
    ) -> R {
        for x in [lower, upper] {
            match x {
                Some(x) => self.expr(x)?,
                None => self.load_const(Constant::None),
            }
        }
        match step {
            Some(s) => {
                self.expr(s)?;
                self.emit(Instr::BuildSlice(3));
            }
            None => self.emit(Instr::BuildSlice(2)),
        }
        Ok(())
    }

    /// CPython's `starunpack_helper`: build a list/set/tuple from items some of
    /// which may be starred, on top of `pushed` items already on the stack.
    fn starunpack(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        build: fn(u32) -> Instr,
        add: fn(u32) -> Instr,
        extend: fn(u32) -> Instr,
        tuple: bool,
    ) -> R {
        let n = elts.len();
        if n > 2 {
            if let Some(items) = elts.iter().map(fold_const).collect::<Option<Vec<_>>>() {
                if tuple && pushed == 0 {
                    self.load_const(Constant::Tuple(items));
                } else {
                    self.emit(build(pushed));
                    self.load_const(Constant::Tuple(items));
                    self.emit(extend(1));
                    if tuple {
                        self.emit(Instr::ListToTuple);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(is_starred);
        if !seen_star && !big {
            for e in elts {
                self.expr(e)?;
            }
            let total = n as u32 + pushed;
            self.emit(if tuple {
                Instr::BuildTuple(total)
            } else {
                build(total)
            });
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build(pushed));
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred(v) = &e.kind {
                if !built {
                    self.emit(build(i as u32 + pushed));
                    built = true;
                }
                self.expr(v)?;
                self.emit(extend(1));
            } else {
                self.expr(e)?;
                if built {
                    self.emit(add(1));
                }
            }
        }
        if tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> R {
        for i in begin..end {
            self.expr(keys[i].as_ref().expect("key"))?;
            self.expr(&values[i])?;
        }
        self.emit(Instr::BuildMap((end - begin) as u32));
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Instr::DictUpdate(1));
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.emit(Instr::DictUpdate(1));
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Instr::DictUpdate(1));
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }

    fn compare(&mut self, left: &'a Expr, ops: &'a [CmpOp], comparators: &'a [Expr]) -> R {
        self.expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.expr(&comparators[0])?;
            self.emit(Instr::Compare(ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit(Instr::Compare(ops[i]));
            self.jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&comparators[n - 1])?;
        self.emit(Instr::Compare(ops[n - 1]));
        self.jump(Instr::Jump, end);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::Pop);
        self.bind(end);
        Ok(())
    }

    /// CPython's `compiler_jump_if`: evaluate `e` for its truth value and jump to
    /// `target` if it equals `cond`, folding `not`, `and`/`or`, conditional
    /// expressions and chained comparisons into the jumps.
    fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> R {
        let saved = self.loc();
        self.set_loc(e.loc);
        let r = self.jump_if_inner(e, cond, target);
        self.set_loc(saved);
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, cond: bool, target: Label) -> R {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !cond, target),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_label()
                } else {
                    target
                };
                let (last, init) = values.split_last().expect("empty BoolOp");
                for v in init {
                    self.jump_if(v, cond2, next2)?;
                }
                self.jump_if(last, cond, target)?;
                if next2 != target {
                    self.bind(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, false, next2)?;
                self.jump_if(body, cond, target)?;
                self.jump(Instr::Jump, end);
                self.bind(next2);
                self.jump_if(orelse, cond, target)?;
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => {
                let n = ops.len() - 1;
                let cleanup = self.new_label();
                self.expr(left)?;
                for i in 0..n {
                    self.expr(&comparators[i])?;
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::Copy(2));
                    self.emit(Instr::Compare(ops[i]));
                    self.jump(Instr::PopJumpIfFalse, cleanup);
                }
                self.expr(&comparators[n])?;
                self.emit(Instr::Compare(ops[n]));
                self.jump(
                    if cond {
                        Instr::PopJumpIfTrue
                    } else {
                        Instr::PopJumpIfFalse
                    },
                    target,
                );
                let end = self.new_label();
                self.jump(Instr::Jump, end);
                self.bind(cleanup);
                self.emit(Instr::Pop);
                if !cond {
                    self.jump(Instr::Jump, target);
                }
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.jump(
            if cond {
                Instr::PopJumpIfTrue
            } else {
                Instr::PopJumpIfFalse
            },
            target,
        );
        Ok(())
    }

    fn validate_keywords(&self, keywords: &[Keyword]) -> R {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.name else { continue };
            for other in &keywords[i + 1..] {
                if other.name.as_deref() == Some(name.as_str()) {
                    return err(format!("keyword argument repeated: {name}"), other.loc);
                }
            }
        }
        Ok(())
    }

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> R {
        if let ExprKind::Attribute { value, attr } = &func.kind {
            if !args.iter().any(is_starred) && keywords.iter().all(|k| k.name.is_some()) {
                self.validate_keywords(keywords)?;
                self.expr(value)?;
                // CPython 3.11 gives the method load and the call the line where
                // the attribute name ends (multi-line method chains).
                let mloc = Loc {
                    line: func.loc.end_line,
                    ..e.loc
                };
                // The method load itself reports the attribute's span (what 3.11's
                // traceback underlines when the attribute is missing).
                let attr_loc = if func.loc.line == func.loc.end_line {
                    func.loc
                } else {
                    mloc
                };
                self.set_loc(attr_loc);
                let i = self.add_name(attr);
                if keywords.is_empty() {
                    self.emit(Instr::LoadMethod(i));
                    self.set_loc(mloc);
                    for a in args {
                        self.expr(a)?;
                    }
                    self.emit(Instr::CallMethod(args.len() as u32));
                } else {
                    self.emit(Instr::LoadAttr(i));
                    self.set_loc(mloc);
                    for a in args {
                        self.expr(a)?;
                    }
                    self.call_kw_tail(0, args.len(), keywords)?;
                }
                self.set_loc(e.loc);
                return Ok(());
            }
        }
        self.expr(func)?;
        self.call_helper(0, args, keywords)
    }

    /// Keyword values, the names tuple and CallKw (all keywords are named).
    fn call_kw_tail(&mut self, pushed: u32, nargs: usize, keywords: &'a [Keyword]) -> R {
        for k in keywords {
            self.expr(&k.value)?;
        }
        let names = keywords
            .iter()
            .map(|k| Constant::Str(k.name.clone().unwrap_or_default()))
            .collect();
        self.load_const(Constant::Tuple(names));
        self.emit(Instr::CallKw(pushed + (nargs + keywords.len()) as u32));
        Ok(())
    }

    fn call_helper(&mut self, pushed: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> R {
        self.validate_keywords(keywords)?;
        let ex_call = args.iter().any(is_starred) || keywords.iter().any(|k| k.name.is_none());
        if !ex_call {
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.emit(Instr::Call(pushed + args.len() as u32));
            } else {
                self.call_kw_tail(pushed, args.len(), keywords)?;
            }
            return Ok(());
        }
        // Positional arguments as one tuple.
        self.starunpack(
            args,
            pushed,
            Instr::BuildList,
            Instr::ListAppend,
            Instr::CallArgsExtend,
            true,
        )?;
        // Keyword arguments as one dict.
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.name.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit(Instr::DictMerge(1));
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&keywords[keywords.len() - nseen..])?;
                if have_dict {
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallEx(u32::from(!keywords.is_empty())));
        Ok(())
    }

    fn subkwargs(&mut self, keywords: &'a [Keyword]) -> R {
        for k in keywords {
            self.load_const(Constant::Str(k.name.clone().unwrap_or_default()));
            self.expr(&k.value)?;
        }
        self.emit(Instr::BuildMap(keywords.len() as u32));
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        kind: CompKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        let ste = self.st.lookup(e);
        self.enter_unit(ste, UnitKind::Comprehension, name, e.loc.line, e.loc);
        self.um().argcount = 1;
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Gen => {}
        }
        self.comprehension_generator(generators, 0, 0, kind, elt, value)?;
        if kind == CompKind::Gen {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit();
        self.make_closure(code, 0)?;
        self.expr(&generators[0].iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(1));
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        let gen = &generators[index];
        let mut start = None;
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            let i = self.add_varname(".0");
            self.emit(Instr::LoadFast(i));
        } else {
            // CPython's fast path for `for x in [expr]`: a plain assignment.
            let single = match &gen.iter.kind {
                ExprKind::List(elts) | ExprKind::Tuple(elts)
                    if elts.len() == 1 && !is_starred(&elts[0]) =>
                {
                    Some(&elts[0])
                }
                _ => None,
            };
            match single {
                Some(x) => self.expr(x)?,
                None => {
                    self.expr(&gen.iter)?;
                    self.emit(Instr::GetIter);
                }
            }
            if single.is_none() {
                start = Some(self.new_label());
            }
        }
        if index == 0 {
            start = Some(self.new_label());
        }
        if let Some(start) = start {
            depth += 1;
            self.bind(start);
            self.jump(Instr::ForIter, anchor);
        }
        self.store(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, false, if_cleanup)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, kind, elt, value)?;
        } else {
            match kind {
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::Pop);
                }
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(depth + 1));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(depth + 1));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    self.expr(value.expect("dict comprehension value"))?;
                    self.emit(Instr::MapAdd(depth + 1));
                }
            }
        }
        self.bind(if_cleanup);
        if let Some(start) = start {
            self.jump(Instr::Jump, start);
            self.bind(anchor);
        } else {
            self.bind(anchor);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ast::BinOp::*;
    use Constant::*;

    #[test]
    fn folds_only_safe_arithmetic() {
        assert_eq!(fold_binop(Int(7), FloorDiv, Int(-2)), Some(Int(-4)));
        assert_eq!(fold_binop(Int(-7), Mod, Int(2)), Some(Int(1)));
        assert_eq!(fold_binop(Int(7), Mod, Int(-2)), Some(Int(-1)));
        assert_eq!(fold_binop(Int(2), Pow, Int(62)), Some(Int(1 << 62)));
        assert_eq!(fold_binop(Int(2), Pow, Int(63)), Option::None);
        assert_eq!(fold_binop(Int(2), Pow, Int(-1)), Option::None);
        assert_eq!(fold_binop(Int(1), Div, Int(0)), Option::None);
        assert_eq!(fold_binop(Int(1), Mod, Int(0)), Option::None);
        assert_eq!(fold_binop(Int(i64::MIN), FloorDiv, Int(-1)), Option::None);
        assert_eq!(fold_binop(Int(i64::MAX), Add, Int(1)), Option::None);
        assert_eq!(fold_binop(Int(1), LShift, Int(63)), Option::None);
        assert_eq!(fold_binop(Int(-1), LShift, Int(63)), Some(Int(i64::MIN)));
        assert_eq!(fold_binop(Int(-5), RShift, Int(100)), Some(Int(-1)));
        assert_eq!(fold_binop(Int(1), LShift, Int(-1)), Option::None);
        assert_eq!(fold_binop(Int(1), Div, Int(4)), Some(Float(0.25)));
        assert_eq!(fold_binop(Float(1.5), Mult, Int(2)), Some(Float(3.0)));
        assert_eq!(fold_binop(Float(1.0), FloorDiv, Float(0.3)), Option::None);
        assert_eq!(
            fold_binop(Str("ab".into()), Mult, Int(2)),
            Some(Str("abab".into()))
        );
        assert_eq!(
            fold_binop(Str("ab".into()), Mult, Int(-2)),
            Some(Str("".into()))
        );
        assert_eq!(fold_binop(Str("ab".into()), Mult, Int(5000)), Option::None);
        assert_eq!(fold_binop(Bool(true), Add, Int(1)), Option::None);
        assert_eq!(negate_big("9223372036854775808"), Int(i64::MIN));
        assert_eq!(
            negate_big("-9223372036854775809"),
            BigInt("9223372036854775809".into())
        );
    }
}
