//! Scope analysis: a transcription of CPython 3.11's `Python/symtable.c`.
//!
//! The first pass walks the AST and records, for every block (module, class,
//! function, lambda, comprehension), the names it binds, uses and declares,
//! with CPython's flag bits. The second pass (`SymbolTable::analyze_block`) decides
//! each name's [`Scope`] exactly as `analyze_block`/`analyze_name` do: explicit
//! and implicit globals, nonlocals, free variables (which pass *through* class
//! scopes without being visible in them), cells, the implicit `__class__` cell
//! of classes whose methods use `super` or `__class__`, and the special
//! treatment of `:=` inside comprehensions.
//!
//! Names are stored mangled (`__x` in class `C` becomes `_C__x`), as CPython does.

use std::collections::{HashMap, HashSet};

use weft_syntax::ast::{
    Alias, Comprehension, ExceptHandler, Expr, ExprKind, Loc, Parameters, Stmt, StmtKind, WithItem,
};

use crate::CompileError;

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where a name lives, as decided by the analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Not known to the block (the compiler falls back to `*_NAME` instructions).
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Module,
    Class,
    /// Functions, lambdas and comprehensions (CPython's `FunctionBlock`).
    Function,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

#[derive(Debug)]
pub struct Entry {
    pub typ: BlockType,
    pub name: String,
    /// Symbol names in insertion order with their flag bits.
    pub symbols: Vec<(String, u32)>,
    index: HashMap<String, usize>,
    pub scopes: HashMap<String, Scope>,
    /// Parameter names, in declaration order (mangled).
    pub varnames: Vec<String>,
    pub children: Vec<usize>,
    /// Location of the `global`/`nonlocal` (or `:=`) that declared a name, for errors.
    directives: HashMap<String, Loc>,
    pub nested: bool,
    pub generator: bool,
    pub free: bool,
    pub child_free: bool,
    pub needs_class_closure: bool,
    pub comprehension: Option<CompKind>,
    pub is_lambda: bool,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    pub loc: Loc,
}

impl Entry {
    fn new(typ: BlockType, name: &str, loc: Loc) -> Entry {
        Entry {
            typ,
            name: name.to_string(),
            symbols: Vec::new(),
            index: HashMap::new(),
            scopes: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            directives: HashMap::new(),
            nested: false,
            generator: false,
            free: false,
            child_free: false,
            needs_class_closure: false,
            comprehension: None,
            is_lambda: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
            loc,
        }
    }

    /// The flag bits of `name` (already mangled), 0 when absent.
    pub fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1)
    }

    fn set_flags(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1 = flags,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push((name.to_string(), flags));
            }
        }
    }

    /// The scope of `name` (already mangled).
    pub fn scope(&self, name: &str) -> Scope {
        self.scopes.get(name).copied().unwrap_or(Scope::Unknown)
    }

    /// Names of the given scope, sorted (CPython's `dictbytype`), optionally also
    /// those carrying `flag`.
    pub fn names_by_scope(&self, scope: Scope, flag: u32) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(n, f)| self.scope(n) == scope || (flag != 0 && f & flag != 0))
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

/// Mangle a private name (`__x` → `_C__x`) for class `private`, as `_Py_Mangle`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(p) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = p.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Whether the module starts (after an optional docstring) with
/// `from __future__ import annotations` among its future imports.
pub fn future_annotations(body: &[Stmt]) -> bool {
    let skip = usize::from(matches!(
        body.first(),
        Some(Stmt {
            kind: StmtKind::Expr(Expr {
                kind: ExprKind::Constant(weft_syntax::ast::Constant::Str(_)),
                ..
            }),
            ..
        })
    ));
    for s in body.iter().skip(skip) {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if m == "__future__" => {
                if names.iter().any(|a| a.name == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

pub struct SymbolTable {
    pub entries: Vec<Entry>,
    /// AST node address → entry id (FunctionDef, ClassDef, or the lambda/comprehension Expr).
    by_node: HashMap<usize, usize>,
}

type R<T = ()> = Result<T, Box<CompileError>>;

fn err(msg: impl Into<String>, loc: Loc) -> Box<CompileError> {
    Box::new(CompileError {
        msg: msg.into(),
        loc,
    })
}

impl SymbolTable {
    /// Build and analyze the symbol table of a module.
    pub fn build(body: &[Stmt]) -> R<SymbolTable> {
        let mut b = Builder {
            depth: 0,
            future_annotations: future_annotations(body),
            entries: vec![Entry::new(BlockType::Module, "top", Loc::new(1, 0, 1, 0))],
            by_node: HashMap::new(),
            stack: vec![0],
            private: None,
        };
        for s in body {
            b.stmt(s)?;
        }
        let mut st = SymbolTable {
            entries: b.entries,
            by_node: b.by_node,
        };
        st.analyze_block(0, None, HashSet::new())?;
        Ok(st)
    }

    pub fn lookup<T>(&self, node: &T) -> usize {
        *self
            .by_node
            .get(&(node as *const T as usize))
            .expect("no symbol table entry for node")
    }

    pub fn entry(&self, id: usize) -> &Entry {
        &self.entries[id]
    }

    fn analyze_block(
        &mut self,
        id: usize,
        mut bound: Option<HashSet<String>>,
        mut global: HashSet<String>,
    ) -> R<HashSet<String>> {
        let typ = self.entries[id].typ;
        let mut free = HashSet::new();
        let mut local = HashSet::new();
        let mut scopes: HashMap<String, Scope> = HashMap::new();
        let mut newglobal = HashSet::new();
        let mut newbound = HashSet::new();
        if typ == BlockType::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
        }
        let symbols = self.entries[id].symbols.clone();
        for (name, flags) in &symbols {
            self.analyze_name(
                id,
                &mut scopes,
                name,
                *flags,
                bound.as_mut(),
                &mut local,
                &mut free,
                &mut global,
            )?;
        }
        if typ != BlockType::Class {
            if typ == BlockType::Function {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }
        let mut allfree = HashSet::new();
        let children = self.entries[id].children.clone();
        for child in children {
            let child_free =
                self.analyze_block(child, Some(newbound.clone()), newglobal.clone())?;
            allfree.extend(child_free);
            if self.entries[child].free || self.entries[child].child_free {
                self.entries[id].child_free = true;
            }
        }
        let mut newfree = allfree;
        if typ == BlockType::Function {
            // analyze_cells: locals that children use become cells.
            for (name, scope) in scopes.iter_mut() {
                if *scope == Scope::Local && newfree.remove(name) {
                    *scope = Scope::Cell;
                }
            }
        } else if typ == BlockType::Class && newfree.remove("__class__") {
            self.entries[id].needs_class_closure = true;
        }
        // update_symbols
        let class_flag = typ == BlockType::Class;
        let ste = &mut self.entries[id];
        ste.scopes = scopes;
        let mut sorted_free: Vec<&String> = newfree.iter().collect();
        sorted_free.sort();
        for name in sorted_free {
            if ste.index.contains_key(name.as_str()) {
                let flags = ste.flags(name);
                if class_flag && flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    ste.set_flags(name, flags | DEF_FREE_CLASS);
                }
                continue;
            }
            if let Some(b) = &bound {
                if !b.contains(name.as_str()) {
                    continue;
                }
            }
            ste.set_flags(name, 0);
            ste.scopes.insert(name.clone(), Scope::Free);
        }
        free.extend(newfree);
        Ok(free)
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        id: usize,
        scopes: &mut HashMap<String, Scope>,
        name: &str,
        flags: u32,
        bound: Option<&mut HashSet<String>>,
        local: &mut HashSet<String>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> R {
        let ste = &mut self.entries[id];
        let directive = |ste: &Entry| ste.directives.get(name).copied().unwrap_or(ste.loc);
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(err(
                    format!("name '{name}' is nonlocal and global"),
                    directive(ste),
                ));
            }
            scopes.insert(name.to_string(), Scope::GlobalExplicit);
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(());
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                return Err(err(
                    "nonlocal declaration not allowed at module level",
                    directive(ste),
                ));
            };
            if !b.contains(name) {
                return Err(err(
                    format!("no binding for nonlocal '{name}' found"),
                    directive(ste),
                ));
            }
            scopes.insert(name.to_string(), Scope::Free);
            ste.free = true;
            free.insert(name.to_string());
            return Ok(());
        }
        if flags & DEF_BOUND != 0 {
            scopes.insert(name.to_string(), Scope::Local);
            local.insert(name.to_string());
            global.remove(name);
            return Ok(());
        }
        if let Some(b) = &bound {
            if b.contains(name) {
                scopes.insert(name.to_string(), Scope::Free);
                ste.free = true;
                free.insert(name.to_string());
                return Ok(());
            }
        }
        if global.contains(name) {
            scopes.insert(name.to_string(), Scope::GlobalImplicit);
            return Ok(());
        }
        if ste.nested {
            ste.free = true;
        }
        scopes.insert(name.to_string(), Scope::GlobalImplicit);
        Ok(())
    }
}

/// CPython 3.11 compiles expressions nested up to about 3000 levels (its recursion
/// limit times 3) and raises "RecursionError: maximum recursion depth exceeded
/// during compilation" beyond. weft reports the same message (as a SyntaxError).
/// Code generation recurses no deeper than this pass, so the limit also bounds
/// the compiler's native stack use (about 1 KB per level in debug builds).
pub const MAX_EXPR_DEPTH: u32 = 2995;

struct Builder {
    depth: u32,
    /// `from __future__ import annotations`: annotations are strings, never visited.
    future_annotations: bool,
    entries: Vec<Entry>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    private: Option<String>,
}

impl Builder {
    fn cur(&self) -> usize {
        *self.stack.last().unwrap()
    }

    fn ste(&mut self) -> &mut Entry {
        let c = self.cur();
        &mut self.entries[c]
    }

    fn enter_block(&mut self, name: &str, typ: BlockType, key: usize, loc: Loc) -> usize {
        let id = self.entries.len();
        let parent = self.cur();
        let mut e = Entry::new(typ, name, loc);
        let p = &self.entries[parent];
        if p.nested || p.typ == BlockType::Function {
            e.nested = true;
        }
        self.entries.push(e);
        self.entries[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> R {
        let mangled = mangle(self.private.as_deref(), name);
        let cur = self.cur();
        self.add_def_helper(&mangled, name, flag, cur, loc)
    }

    fn add_def_helper(&mut self, mangled: &str, name: &str, flag: u32, id: usize, loc: Loc) -> R {
        let ste = &mut self.entries[id];
        let mut val = ste.flags(mangled);
        if flag & DEF_PARAM != 0 && val & DEF_PARAM != 0 {
            return Err(err(
                format!("duplicate argument '{name}' in function definition"),
                loc,
            ));
        }
        val |= flag;
        if ste.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(err(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    loc,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        ste.set_flags(mangled, val);
        if flag & DEF_PARAM != 0 {
            ste.varnames.push(mangled.to_string());
        } else if flag & DEF_GLOBAL != 0 {
            let g = &mut self.entries[0];
            let v = g.flags(mangled) | flag;
            g.set_flags(mangled, v);
        }
        Ok(())
    }

    fn lookup_flags(&self, name: &str) -> u32 {
        self.entries[self.cur()].flags(&mangle(self.private.as_deref(), name))
    }

    fn record_directive(&mut self, name: &str, loc: Loc) {
        let mangled = mangle(self.private.as_deref(), name);
        self.ste().directives.entry(mangled).or_insert(loc);
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, s.loc)?;
                self.param_defaults(&f.params)?;
                self.annotations(&f.params, f.returns.as_ref())?;
                self.exprs(&f.decorators)?;
                self.enter_block(
                    &f.name,
                    BlockType::Function,
                    &**f as *const _ as usize,
                    s.loc,
                );
                self.params(&f.params)?;
                self.stmts(&f.body)?;
                self.exit_block();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, s.loc)?;
                self.exprs(&c.bases)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.exprs(&c.decorators)?;
                self.enter_block(&c.name, BlockType::Class, &**c as *const _ as usize, s.loc);
                let saved = self.private.replace(c.name.clone());
                self.stmts(&c.body)?;
                self.private = saved;
                self.exit_block();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.target(t)?;
                }
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name(name) = &target.kind {
                    let cur = self.lookup_flags(name);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur() != 0 && *simple {
                        let msg = if cur & DEF_GLOBAL != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("annotated name '{name}' can't be nonlocal")
                        };
                        return Err(err(msg, s.loc));
                    }
                    if *simple {
                        self.add_def(name, DEF_ANNOT | DEF_LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(name, DEF_LOCAL, target.loc)?;
                    }
                } else {
                    self.target(target)?;
                }
                if !self.future_annotations {
                    self.expr(annotation)?;
                }
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::AugAssign {
                target,
                op: _,
                value,
            } => {
                self.target(target)?;
                self.expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.target(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                    if let Some(c) = cause {
                        self.expr(c)?;
                    }
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in handlers {
                    self.handler(h)?;
                }
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.alias(a)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.alias(a)?;
                }
            }
            StmtKind::Global(names) => {
                for name in names {
                    let cur = self.lookup_flags(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(err(msg, s.loc));
                    }
                    self.add_def(name, DEF_GLOBAL, s.loc)?;
                    self.record_directive(name, s.loc);
                }
            }
            StmtKind::Nonlocal(names) => {
                for name in names {
                    let cur = self.lookup_flags(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(err(msg, s.loc));
                    }
                    self.add_def(name, DEF_NONLOCAL, s.loc)?;
                    self.record_directive(name, s.loc);
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::With { items, body } => {
                for WithItem { context, target } in items {
                    self.expr(context)?;
                    if let Some(t) = target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)?;
            }
        }
        Ok(())
    }

    fn handler(&mut self, h: &ExceptHandler) -> R {
        if let Some(t) = &h.typ {
            self.expr(t)?;
        }
        if let Some(n) = &h.name {
            self.add_def(n, DEF_LOCAL, h.loc)?;
        }
        self.stmts(&h.body)
    }

    fn alias(&mut self, a: &Alias) -> R {
        let store = match &a.asname {
            Some(n) => n.as_str(),
            None => a.name.split('.').next().unwrap_or(&a.name),
        };
        if a.name == "*" {
            if self.entries[self.cur()].typ != BlockType::Module {
                return Err(err("import * only allowed at module level", a.loc));
            }
            return Ok(());
        }
        self.add_def(store, DEF_IMPORT, a.loc)
    }

    fn param_defaults(&mut self, p: &Parameters) -> R {
        self.exprs(&p.defaults)?;
        for d in p.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    /// Parameter and return annotations, evaluated in the enclosing scope.
    fn annotations(&mut self, p: &Parameters, returns: Option<&Expr>) -> R {
        if self.future_annotations {
            return Ok(());
        }
        let params = p
            .posonly
            .iter()
            .chain(&p.args)
            .chain(&p.vararg)
            .chain(&p.kwonly)
            .chain(&p.kwarg);
        for a in params {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.expr(r)?;
        }
        Ok(())
    }

    fn params(&mut self, p: &Parameters) -> R {
        for a in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
            self.add_def(&a.name, DEF_PARAM, a.loc)?;
        }
        if let Some(a) = &p.vararg {
            self.add_def(&a.name, DEF_PARAM, a.loc)?;
        }
        if let Some(a) = &p.kwarg {
            self.add_def(&a.name, DEF_PARAM, a.loc)?;
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> R {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    /// A store or delete target.
    fn target(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::Name(n) => self.add_def(n, DEF_LOCAL, e.loc),
            ExprKind::Starred(v) => self.target(v),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for t in elts {
                    self.target(t)?;
                }
                Ok(())
            }
            _ => self.expr(e),
        }
    }

    /// The recursive hot path, kept small (see `codegen::Compiler::expr_inner`).
    fn expr(&mut self, e: &Expr) -> R {
        self.depth += 1;
        if self.depth > MAX_EXPR_DEPTH {
            return Err(err(
                "maximum recursion depth exceeded during compilation",
                e.loc,
            ));
        }
        let r = self.expr_dispatch(e);
        self.depth -= 1;
        r
    }

    fn expr_dispatch(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::Name(n) => self.name(n, e.loc),
            ExprKind::Constant(_) => Ok(()),
            _ => self.expr_other(e),
        }
    }

    fn name(&mut self, n: &str, loc: Loc) -> R {
        self.add_def(n, USE, loc)?;
        if n == "super" && self.ste().typ == BlockType::Function {
            self.add_def("__class__", USE, loc)?;
        }
        Ok(())
    }

    fn expr_other(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                if self.ste().comp_iter_expr > 0 {
                    return Err(err(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.loc,
                    ));
                }
                if self.ste().comprehension.is_some() {
                    self.extend_namedexpr_scope(target)?;
                }
                self.expr(value)?;
                self.target(target)?;
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { params, body } => {
                self.param_defaults(params)?;
                let id =
                    self.enter_block("lambda", BlockType::Function, e as *const _ as usize, e.loc);
                self.entries[id].is_lambda = true;
                self.params(params)?;
                self.expr(body)?;
                self.exit_block();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                self.exprs(elts)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "listcomp", CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "setcomp", CompKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "genexpr", CompKind::Gen, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "dictcomp", CompKind::Dict, generators, key, Some(value))?,
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.yield_check(e.loc)?;
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.yield_check(e.loc)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(s) = format_spec {
                    self.expr(s)?;
                }
            }
            ExprKind::JoinedStr(parts) => self.exprs(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            ExprKind::BinOp { .. } | ExprKind::Name(_) => self.expr(e)?,
        }
        Ok(())
    }

    fn yield_check(&mut self, loc: Loc) -> R {
        let ste = self.ste();
        if let Some(kind) = ste.comprehension {
            let msg = match kind {
                CompKind::List => "'yield' inside list comprehension",
                CompKind::Set => "'yield' inside set comprehension",
                CompKind::Dict => "'yield' inside dict comprehension",
                CompKind::Gen => "'yield' inside generator expression",
            };
            return Err(err(msg, loc));
        }
        ste.generator = true;
        Ok(())
    }

    fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
        let ExprKind::Name(name) = &target.kind else {
            return Ok(());
        };
        let mangled = mangle(self.private.as_deref(), name);
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let ste = &self.entries[id];
            if ste.comprehension.is_some() {
                if ste.flags(&mangled) & DEF_COMP_ITER != 0 {
                    return Err(err(
                        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                        target.loc,
                    ));
                }
                continue;
            }
            match ste.typ {
                BlockType::Function => {
                    if ste.flags(&mangled) & DEF_GLOBAL != 0 {
                        self.add_def(name, DEF_GLOBAL, target.loc)?;
                    } else {
                        self.add_def(name, DEF_NONLOCAL, target.loc)?;
                    }
                    self.record_directive(name, target.loc);
                    return self.add_def_helper(&mangled, name, DEF_LOCAL, id, target.loc);
                }
                BlockType::Module => {
                    self.add_def(name, DEF_GLOBAL, target.loc)?;
                    self.record_directive(name, target.loc);
                    return self.add_def_helper(&mangled, name, DEF_GLOBAL, id, target.loc);
                }
                BlockType::Class => {
                    return Err(err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.loc,
                    ));
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let outermost = &generators[0];
        self.ste().comp_iter_expr += 1;
        self.expr(&outermost.iter)?;
        self.ste().comp_iter_expr -= 1;
        let id = self.enter_block(name, BlockType::Function, e as *const _ as usize, e.loc);
        self.entries[id].comprehension = Some(kind);
        self.add_def(".0", DEF_PARAM, e.loc)?;
        self.ste().comp_iter_target = true;
        self.target(&outermost.target)?;
        self.ste().comp_iter_target = false;
        self.exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.ste().comp_iter_target = true;
            self.target(&g.target)?;
            self.ste().comp_iter_target = false;
            self.ste().comp_iter_expr += 1;
            self.expr(&g.iter)?;
            self.ste().comp_iter_expr -= 1;
            self.exprs(&g.ifs)?;
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        if kind == CompKind::Gen {
            self.ste().generator = true;
        }
        self.exit_block();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scopes of the named block (first match, `top` for the module), as `name:scope`.
    fn scopes(src: &str, block: &str) -> String {
        let m = weft_syntax::parse_module(src).unwrap();
        let st = SymbolTable::build(&m.body).unwrap();
        let e = st
            .entries
            .iter()
            .find(|e| e.name == block)
            .unwrap_or_else(|| panic!("no block {block}"));
        let mut names: Vec<&String> = e.symbols.iter().map(|(n, _)| n).collect();
        names.sort();
        names
            .iter()
            .map(|n| {
                let s = match e.scope(n) {
                    Scope::Unknown => "?",
                    Scope::Local => "local",
                    Scope::GlobalExplicit => "global",
                    Scope::GlobalImplicit => "implicit",
                    Scope::Free => "free",
                    Scope::Cell => "cell",
                };
                format!("{n}:{s}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn error(src: &str) -> String {
        let m = weft_syntax::parse_module(src).unwrap();
        SymbolTable::build(&m.body).err().expect("no error").msg
    }

    // Expectations below were checked with CPython 3.11's `symtable` module.

    #[test]
    fn closures_cells_and_free_variables() {
        let src = "def f(a):\n    b = 1\n    def g():\n        nonlocal b\n        b += a\n        return c\n    return g\n";
        assert_eq!(scopes(src, "f"), "a:cell b:cell g:local");
        assert_eq!(scopes(src, "g"), "a:free b:free c:implicit");
        assert_eq!(scopes(src, "top"), "f:local");
    }

    #[test]
    fn class_scope_is_skipped_by_methods() {
        let src = "def f():\n    x = 1\n    class C:\n        x = 2\n        y = x\n        def m(self):\n            return x\n";
        // `x` in C is a class local *and* passed through as free (DEF_FREE_CLASS).
        assert_eq!(scopes(src, "C"), "m:local x:local y:local");
        assert_eq!(scopes(src, "m"), "self:local x:free");
        assert_eq!(scopes(src, "f"), "C:local x:cell");
    }

    #[test]
    fn super_gives_the_class_a_class_cell() {
        let src = "class C:\n    def m(self):\n        return super().m()\n";
        assert_eq!(scopes(src, "m"), "__class__:free self:local super:implicit");
        let m = weft_syntax::parse_module(src).unwrap();
        let st = SymbolTable::build(&m.body).unwrap();
        assert!(
            st.entries
                .iter()
                .find(|e| e.name == "C")
                .unwrap()
                .needs_class_closure
        );
    }

    #[test]
    fn explicit_and_implicit_globals() {
        let src = "def f():\n    global g\n    g = h\n";
        assert_eq!(scopes(src, "f"), "g:global h:implicit");
        // `global` in a function marks the module's name as explicitly global too.
        assert_eq!(scopes(src, "top"), "f:local g:global");
    }

    #[test]
    fn comprehensions_and_walrus() {
        let src = "def f(xs):\n    return [last := x for x in xs], last\n";
        assert_eq!(scopes(src, "listcomp"), ".0:local last:free x:local");
        assert_eq!(scopes(src, "f"), "last:cell xs:local");
        let src = "[y := 1 for x in range(3)]\n";
        assert_eq!(scopes(src, "listcomp"), ".0:local x:local y:global");
        assert_eq!(scopes(src, "top"), "range:implicit y:global");
    }

    #[test]
    fn private_names_are_mangled() {
        let src =
            "class C:\n    __a = 1\n    def m(self, __p):\n        return self.__a, __p, __d__\n";
        assert_eq!(scopes(src, "C"), "_C__a:local m:local");
        assert_eq!(scopes(src, "m"), "_C__p:local __d__:implicit self:local");
    }

    #[test]
    fn declaration_errors() {
        assert_eq!(
            error("def f(x):\n    global x\n"),
            "name 'x' is parameter and global"
        );
        assert_eq!(
            error("def f():\n    x = 1\n    global x\n"),
            "name 'x' is assigned to before global declaration"
        );
        assert_eq!(
            error("def f():\n    print(x)\n    global x\n"),
            "name 'x' is used prior to global declaration"
        );
        assert_eq!(
            error("nonlocal x\n"),
            "nonlocal declaration not allowed at module level"
        );
        assert_eq!(
            error("def f():\n    nonlocal x\n"),
            "no binding for nonlocal 'x' found"
        );
        assert_eq!(
            error("class C:\n    nonlocal x\n"),
            "no binding for nonlocal 'x' found"
        );
        assert_eq!(
            error("def f():\n    return [(yield) for x in y]\n"),
            "'yield' inside list comprehension"
        );
    }
}
