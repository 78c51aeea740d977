//! The abstract syntax tree: what the parser produces and the compiler consumes.
//!
//! It mirrors CPython's `ast` module closely (same node names, same split between
//! statements and expressions) so that CPython's documentation of each construct
//! applies directly. Every node carries a [`Loc`] with start and end positions:
//! tracebacks need the line, syntax errors and 3.11-style carets need the columns.

/// A source span. Lines are 1-based; columns are 0-based character offsets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

impl Loc {
    pub fn new(line: u32, col: u32, end_line: u32, end_col: u32) -> Loc {
        Loc { line, col, end_line, end_col }
    }

    /// The span from the start of `self` to the end of `other`.
    pub fn to(self, other: Loc) -> Loc {
        Loc { line: self.line, col: self.col, end_line: other.end_line, end_col: other.end_col }
    }
}

pub type Ident = String;

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub loc: Loc,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: `targets` holds `a` and `b`, left to right.
    Assign { targets: Vec<Expr>, value: Expr },
    AugAssign { target: Expr, op: BinOp, value: Expr },
    /// `x: int = 3`. `simple` is true when the target is a bare name not in parentheses.
    AnnAssign { target: Expr, annotation: Expr, value: Option<Expr>, simple: bool },
    If { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    While { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    For { target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    Break,
    Continue,
    Pass,
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    Delete(Vec<Expr>),
    Assert { test: Expr, msg: Option<Expr> },
    Raise { exc: Option<Expr>, cause: Option<Expr> },
    Try { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
    With { items: Vec<WithItem>, body: Vec<Stmt> },
    Import(Vec<Alias>),
    /// `from ..pkg.mod import a as b`: module `Some("pkg.mod")`, level 2.
    /// `from . import x`: module `None`, level 1. `import *` is one alias named `*`.
    ImportFrom { module: Option<Ident>, names: Vec<Alias>, level: u32 },
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub params: Parameters,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// A parameter list, as CPython's `ast.arguments`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parameters {
    /// Before a `/`.
    pub posonly: Vec<Param>,
    pub args: Vec<Param>,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
    /// Defaults of the last `defaults.len()` of `posonly` followed by `args`.
    pub defaults: Vec<Expr>,
    /// One entry per `kwonly` parameter.
    pub kw_defaults: Vec<Option<Expr>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Ident,
    pub annotation: Option<Expr>,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub loc: Loc,
    pub typ: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// Dotted for `import a.b.c`.
    pub name: Ident,
    pub asname: Option<Ident>,
    pub loc: Loc,
}

/// `name=value` in a call or class header; `name` is `None` for `**value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub name: Option<Ident>,
    pub value: Expr,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub loc: Loc,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `target := value`
    NamedExpr { target: Box<Expr>, value: Box<Expr> },
    BinOp { left: Box<Expr>, op: BinOp, right: Box<Expr> },
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    Lambda { params: Box<Parameters>, body: Box<Expr> },
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    /// A `None` key means `**value` unpacking.
    Dict { keys: Vec<Option<Expr>>, values: Vec<Expr> },
    Set(Vec<Expr>),
    ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    DictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
    GeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `a < b <= c`: left `a`, ops `[Lt, LtE]`, comparators `[b, c]`.
    Compare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
    /// Positional `args` may contain `Starred`; keywords with `name: None` are `**`.
    Call { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
    /// One `{...}` replacement field of an f-string.
    FormattedValue { value: Box<Expr>, conversion: Conversion, format_spec: Option<Box<Expr>> },
    /// An f-string: parts are `Constant(Str)` and `FormattedValue`.
    JoinedStr(Vec<Expr>),
    Constant(Constant),
    Attribute { value: Box<Expr>, attr: Ident },
    Subscript { value: Box<Expr>, index: Box<Expr> },
    Starred(Box<Expr>),
    Name(Ident),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// Only as a subscript index (possibly inside a Tuple index: `a[1:2, 3]`).
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    /// An integer literal too large for i64, as decimal digits (no sign, no underscores).
    BigInt(String),
    Float(f64),
    /// `1j`-style literals are parsed (value is the imaginary part) so the VM can
    /// report them cleanly; weft has no complex type yet.
    Imaginary(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

impl BinOp {
    /// The operator as written, for error messages ("unsupported operand type(s) for +").
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::MatMult => "@",
            BinOp::Div => "/",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
            BinOp::FloorDiv => "//",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// What the parser was asked to parse; selects the grammar's start symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A whole file or `-c` string: a sequence of statements.
    Module,
    /// One REPL entry: statements whose expression values are echoed.
    Interactive,
    /// A single expression (f-string replacement fields, `eval`).
    Expression,
}

/// The parser's result for [`Mode::Module`] and [`Mode::Interactive`].
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}
