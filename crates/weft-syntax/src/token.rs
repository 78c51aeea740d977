//! The tokens the parser consumes (after the indentation layer) and source positions.

use crate::ast::{Constant, Expr};

/// A position in the source: 1-based line, 0-based column in characters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

impl Pos {
    pub fn new(line: u32, col: u32) -> Pos {
        Pos { line, col }
    }
}

/// The value of one string literal token (before adjacent-literal concatenation).
#[derive(Clone, Debug, PartialEq)]
pub enum StrValue {
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string, already split into `Constant(Str)` and `FormattedValue` parts.
    /// The parts' locations are fixed up when the literal is concatenated.
    FStr(Vec<Expr>),
    /// A literal that cannot be decoded: CPython reports it at the end of the
    /// whole (concatenated) string expression, so the message waits for that.
    Error(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Number(Constant),
    Str(StrValue),
    Newline,
    Indent,
    Dedent,
    // Mode markers: the first token of every token stream.
    StartModule,
    StartInteractive,
    StartExpression,
    /// An f-string replacement field (parsed as if parenthesized).
    StartFString,
    /// A `(` right after `with` whose matching `)` is followed by `:`:
    /// the parenthesized with-items form.
    WithLParen,
    /// A character that starts no token (`$`, `?`, ...): the parser rejects it.
    Unknown(char),
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // Operators and delimiters.
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LShift,
    RShift,
    Amper,
    VBar,
    CircumFlex,
    Tilde,
    ColonEqual,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Dot,
    Semi,
    Equal,
    RArrow,
    Ellipsis,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LShiftEqual,
    RShiftEqual,
    DoubleStarEqual,
}

impl Tok {
    /// The token without a costly payload (strings and numbers), for error reporting.
    pub fn stripped(&self) -> Tok {
        match self {
            Tok::Str(_) => Tok::Str(StrValue::Str(String::new())),
            Tok::Number(_) => Tok::Number(Constant::None),
            t => t.clone(),
        }
    }

    pub fn keyword(s: &str) -> Option<Tok> {
        Some(match s {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// True for tokens that can end an operand (a name, literal or closing bracket).
    pub fn ends_operand(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Number(_)
                | Tok::Str(_)
                | Tok::RPar
                | Tok::RSqb
                | Tok::RBrace
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
        )
    }

    /// True for tokens that can start an operand.
    pub fn starts_operand(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Number(_)
                | Tok::Str(_)
                | Tok::LPar
                | Tok::LSqb
                | Tok::LBrace
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
                | Tok::Lambda
                | Tok::Not
                | Tok::Tilde
        )
    }
}
