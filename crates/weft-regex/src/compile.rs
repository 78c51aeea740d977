//! Node tree → instruction program for the backtracking matcher.
//!
//! Repeats of a single-character item become one `Repeat1` instruction
//! (a counted loop, like sre's REPEAT_ONE); other repeats use a counter
//! and a "position where the last iteration started" register per repeat,
//! to follow sre's MAX_UNTIL/MIN_UNTIL: no further iteration once the
//! minimum is reached and an iteration matched the empty string.

use crate::parse::{At, CharSet, Node, One, Parsed, RepKind, SetItem};
use crate::{Unicode, MAXREPEAT};

/// A one-character test.
#[derive(Clone, Copy, Debug)]
pub enum OneI {
    Lit(u32),
    NotLit(u32),
    /// Case-insensitive literal: its lowercase and uppercase forms.
    LitI {
        lo: u32,
        up: u32,
        uni: bool,
    },
    NotLitI {
        lo: u32,
        up: u32,
        uni: bool,
    },
    Any,
    AnyAll,
    Set(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LookKind {
    Atomic,
    Ahead { neg: bool },
    Behind { neg: bool, width: usize },
}

#[derive(Clone, Copy, Debug)]
pub enum Inst {
    Match,
    One(OneI),
    At(At),
    /// Try `.0` first; on failure resume at `.1`.
    Split(u32, u32),
    Jmp(u32),
    /// Record the position in capture slot `.0` (2g open, 2g+1 close).
    Save(u32),
    /// Start repeat `r`: count = -1, last = none. Followed by its `Until`.
    RepeatInit(u32),
    /// The loop head of repeat `r`: the body starts two instructions on
    /// (after the `Iterate` that lazy repeats resume at); `exit` follows.
    Until {
        r: u32,
        min: u32,
        max: u32,
        greedy: bool,
        exit: u32,
    },
    /// Count one more iteration of repeat `r` starting here (lazy resume).
    Iterate(u32),
    Repeat1 {
        one: OneI,
        min: u32,
        max: u32,
        kind: RepKind,
    },
    Backref {
        group: u32,
        icase: bool,
        uni: bool,
    },
    /// Start of an atomic group or lookaround whose `LookEnd` is at `end - 1`.
    LookStart {
        kind: LookKind,
        end: u32,
    },
    /// End of the body of the `LookStart` at `.0`.
    LookEnd(u32),
    /// Continue if group `.0` matched, else jump to `.1`.
    Cond(u32, u32),
}

/// A compiled character class.
pub struct SetProg {
    pub items: Vec<SetItem>,
    pub negate: bool,
    pub icase: bool,
    pub uni: bool,
    /// The answer for each ASCII character, precomputed.
    pub ascii: u128,
}

pub struct Prog {
    pub insts: Vec<Inst>,
    pub sets: Vec<SetProg>,
    pub ngroups: usize,
    pub nrepeats: usize,
    /// A literal every match must start with (for skipping in searches).
    pub first_lit: Option<u32>,
    /// Matches can only start at position 0 (`^` or `\A` first).
    pub anchored: bool,
}

struct Compiler<'u> {
    insts: Vec<Inst>,
    sets: Vec<SetProg>,
    nrepeats: usize,
    uni: &'u Unicode,
}

impl Compiler<'_> {
    fn pc(&self) -> u32 {
        self.insts.len() as u32
    }

    fn emit(&mut self, i: Inst) -> u32 {
        self.insts.push(i);
        self.pc() - 1
    }

    fn one(&mut self, o: &One) -> OneI {
        match o {
            One::Lit { c, icase, unicode } => self.lit(*c, *icase, *unicode, false),
            One::NotLit { c, icase, unicode } => self.lit(*c, *icase, *unicode, true),
            One::Any { dotall: false } => OneI::Any,
            One::Any { dotall: true } => OneI::AnyAll,
            One::Set(s) => self.set(s),
        }
    }

    fn lit(&mut self, c: u32, icase: bool, uni: bool, not: bool) -> OneI {
        if icase {
            let lo = crate::exec::lower(self.uni, c, uni);
            let up = crate::exec::upper(self.uni, c, uni);
            // Non-ASCII characters always get the case-insensitive test:
            // some have no simple mapping of their own yet are the mapping
            // of another (U+1E9E lowercases to U+00DF).
            if lo != c || up != c || (uni && c >= 128) {
                return if not {
                    OneI::NotLitI { lo, up, uni }
                } else {
                    OneI::LitI { lo, up, uni }
                };
            }
        }
        if not {
            OneI::NotLit(c)
        } else {
            OneI::Lit(c)
        }
    }

    fn set(&mut self, s: &CharSet) -> OneI {
        let mut sp = SetProg {
            items: s.items.clone(),
            negate: s.negate,
            icase: s.icase && s.items.iter().any(|i| !matches!(i, SetItem::Cat(_))),
            uni: s.unicode,
            ascii: 0,
        };
        let mut bits = 0u128;
        for c in 0..128u32 {
            if crate::exec::set_matches(self.uni, &sp, c) {
                bits |= 1 << c;
            }
        }
        sp.ascii = bits;
        self.sets.push(sp);
        OneI::Set(self.sets.len() as u32 - 1)
    }

    fn node(&mut self, n: &Node) {
        match n {
            Node::Empty => {}
            Node::One(o) => {
                let o = self.one(o);
                self.emit(Inst::One(o));
            }
            Node::At(a) => {
                self.emit(Inst::At(*a));
            }
            Node::Group(g, body) => {
                self.emit(Inst::Save(2 * *g as u32));
                self.node(body);
                self.emit(Inst::Save(2 * *g as u32 + 1));
            }
            Node::Cat(v) => v.iter().for_each(|n| self.node(n)),
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, alt) in v.iter().enumerate() {
                    if i + 1 < v.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        self.node(alt);
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.pc();
                        self.insts[split as usize] = Inst::Split(split + 1, next);
                    } else {
                        self.node(alt);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j as usize] = Inst::Jmp(end);
                }
            }
            Node::Repeat {
                min,
                max,
                kind,
                node,
            } => self.repeat(*min, *max, *kind, node),
            Node::Atomic(body) => self.look(LookKind::Atomic, body),
            Node::Look { behind, neg, node } => {
                let kind = if *behind {
                    LookKind::Behind {
                        neg: *neg,
                        width: crate::parse::width(node).0 as usize,
                    }
                } else {
                    LookKind::Ahead { neg: *neg }
                };
                self.look(kind, node)
            }
            Node::Backref {
                group,
                icase,
                unicode,
                ..
            } => {
                self.emit(Inst::Backref {
                    group: *group as u32,
                    icase: *icase,
                    uni: *unicode,
                });
            }
            Node::Cond { group, yes, no } => {
                let c = self.emit(Inst::Cond(*group as u32, 0));
                self.node(yes);
                match no {
                    Some(no) => {
                        let j = self.emit(Inst::Jmp(0));
                        let no_pc = self.pc();
                        self.node(no);
                        let end = self.pc();
                        self.insts[j as usize] = Inst::Jmp(end);
                        self.insts[c as usize] = Inst::Cond(*group as u32, no_pc);
                    }
                    None => {
                        let end = self.pc();
                        self.insts[c as usize] = Inst::Cond(*group as u32, end);
                    }
                }
            }
        }
    }

    fn look(&mut self, kind: LookKind, body: &Node) {
        let start = self.emit(Inst::LookStart { kind, end: 0 });
        self.node(body);
        self.emit(Inst::LookEnd(start));
        let end = self.pc();
        self.insts[start as usize] = Inst::LookStart { kind, end };
    }

    fn repeat(&mut self, min: u32, max: u32, kind: RepKind, body: &Node) {
        if max == 0 {
            return;
        }
        if let Node::One(o) = body {
            let one = self.one(o);
            if min == 1 && max == 1 {
                self.emit(Inst::One(one));
            } else {
                self.emit(Inst::Repeat1 {
                    one,
                    min,
                    max,
                    kind,
                });
            }
            return;
        }
        if min == 1 && max == 1 {
            if kind == RepKind::Possessive {
                self.look(LookKind::Atomic, body);
            } else {
                self.node(body);
            }
            return;
        }
        if kind == RepKind::Possessive {
            let start = self.emit(Inst::LookStart {
                kind: LookKind::Atomic,
                end: 0,
            });
            self.repeat(min, max, RepKind::Greedy, body);
            self.emit(Inst::LookEnd(start));
            let end = self.pc();
            self.insts[start as usize] = Inst::LookStart {
                kind: LookKind::Atomic,
                end,
            };
            return;
        }
        let greedy = kind == RepKind::Greedy;
        if min == 0 && max == 1 {
            // `x?`: one optional iteration; the empty-iteration rule cannot apply.
            let split = self.emit(Inst::Split(0, 0));
            self.node(body);
            let end = self.pc();
            self.insts[split as usize] = if greedy {
                Inst::Split(split + 1, end)
            } else {
                Inst::Split(end, split + 1)
            };
            return;
        }
        let r = self.nrepeats as u32;
        self.nrepeats += 1;
        self.emit(Inst::RepeatInit(r));
        let until = self.emit(Inst::Until {
            r,
            min,
            max,
            greedy,
            exit: 0,
        });
        self.emit(Inst::Iterate(r));
        self.node(body);
        self.emit(Inst::Jmp(until));
        let exit = self.pc();
        self.insts[until as usize] = Inst::Until {
            r,
            min,
            max,
            greedy,
            exit,
        };
    }
}

pub fn compile(p: &Parsed, uni: &Unicode) -> Prog {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        nrepeats: 0,
        uni,
    };
    c.node(&p.node);
    c.emit(Inst::Match);
    let mut first_lit = None;
    let mut anchored = false;
    for i in &c.insts {
        match i {
            Inst::Save(_) => continue,
            Inst::One(OneI::Lit(ch)) => first_lit = Some(*ch),
            Inst::Repeat1 {
                one: OneI::Lit(ch),
                min,
                ..
            } if *min > 0 => first_lit = Some(*ch),
            Inst::At(At::Beginning) | Inst::At(At::BeginningString) => anchored = true,
            _ => {}
        }
        break;
    }
    let _ = MAXREPEAT;
    Prog {
        insts: c.insts,
        sets: c.sets,
        ngroups: p.groups,
        nrepeats: c.nrepeats,
        first_lit,
        anchored,
    }
}
