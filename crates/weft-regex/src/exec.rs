//! The backtracking matcher.
//!
//! State is a program counter, a position, and registers (capture slots,
//! `lastindex`, and a count and last-start position per repeat). Every
//! register write is logged on a trail; a choice point records the trail's
//! length, and backtracking to it undoes the writes made since. Choice
//! points live on an explicit stack (a `Vec`), never on the native stack.
//!
//! Atomic groups and lookarounds push a barrier; reaching the end of their
//! body cuts the choice stack back to it (the trail stays, so captures made
//! inside are still undone if an outer choice is retried). A negative
//! lookaround whose barrier is popped by backtracking has failed to match,
//! so the assertion succeeds there.

use crate::compile::{Inst, LookKind, OneI, SetProg};
use crate::parse::{At, Cat, RepKind, SetItem};
use crate::{Captures, Mode, Regex, Unicode, MAXREPEAT};

/// A unit of a subject: a `char` of a str, or a byte of a bytes object.
pub trait Unit: Copy {
    fn cp(self) -> u32;
}
impl Unit for u8 {
    #[inline]
    fn cp(self) -> u32 {
        self as u32
    }
}
impl Unit for char {
    #[inline]
    fn cp(self) -> u32 {
        self as u32
    }
}
impl Unit for u32 {
    #[inline]
    fn cp(self) -> u32 {
        self
    }
}

#[inline]
pub fn lower(u: &Unicode, c: u32, uni: bool) -> u32 {
    if c < 128 {
        if (b'A' as u32..=b'Z' as u32).contains(&c) {
            c + 32
        } else {
            c
        }
    } else if uni {
        (u.lower)(c)
    } else {
        c
    }
}

#[inline]
pub fn upper(u: &Unicode, c: u32, uni: bool) -> u32 {
    if c < 128 {
        if (b'a' as u32..=b'z' as u32).contains(&c) {
            c - 32
        } else {
            c
        }
    } else if uni {
        (u.upper)(c)
    } else {
        c
    }
}

#[inline]
fn is_word(u: &Unicode, c: u32, uni: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        b.is_ascii_alphanumeric() || b == b'_'
    } else {
        uni && (u.is_alnum)(c)
    }
}

fn cat_matches(u: &Unicode, cat: Cat, c: u32, uni: bool) -> bool {
    let ascii = c < 128;
    match cat {
        Cat::Digit => {
            if ascii {
                (b'0' as u32..=b'9' as u32).contains(&c)
            } else {
                uni && (u.is_decimal)(c)
            }
        }
        Cat::NotDigit => !cat_matches(u, Cat::Digit, c, uni),
        Cat::Space => {
            if ascii {
                matches!(c, 0x20 | 0x09..=0x0d) || (uni && (0x1c..=0x1f).contains(&c))
            } else {
                uni && (u.is_space)(c)
            }
        }
        Cat::NotSpace => !cat_matches(u, Cat::Space, c, uni),
        Cat::Word => is_word(u, c, uni),
        Cat::NotWord => !is_word(u, c, uni),
    }
}

fn set_raw(u: &Unicode, s: &SetProg, c: u32) -> bool {
    s.items.iter().any(|it| match *it {
        SetItem::Lit(x) => x == c,
        SetItem::Range(a, b) => a <= c && c <= b,
        SetItem::Cat(cat) => cat_matches(u, cat, c, s.uni),
    })
}

/// Whether class `s` matches `c` (used to build the ASCII table too).
pub fn set_matches(u: &Unicode, s: &SetProg, c: u32) -> bool {
    let mut hit = set_raw(u, s, c);
    if !hit && s.icase {
        let lo = lower(u, c, s.uni);
        let up = upper(u, c, s.uni);
        hit = (lo != c && set_raw(u, s, lo)) || (up != c && set_raw(u, s, up)) || {
            let l2 = lower(u, up, s.uni);
            l2 != c && l2 != lo && set_raw(u, s, l2)
        };
    }
    hit != s.negate
}

#[inline]
fn lit_i(u: &Unicode, lo: u32, up: u32, uni: bool, c: u32) -> bool {
    c == lo || c == up || lower(u, c, uni) == lo || upper(u, c, uni) == up
}

#[derive(Clone, Copy)]
enum Choice {
    Alt {
        pc: u32,
        pos: usize,
        trail: usize,
    },
    /// A greedy single-character repeat that can give back characters
    /// down to `min_pos`; next try is at `pos - 1`.
    Greedy1 {
        pc: u32,
        min_pos: usize,
        pos: usize,
        trail: usize,
    },
    /// A lazy single-character repeat (at `rep_pc`) that may take one more
    /// character at `pos`, having taken `count`.
    Lazy1 {
        pc: u32,
        rep_pc: u32,
        pos: usize,
        count: u32,
        trail: usize,
    },
    Barrier {
        look_pc: u32,
        pos: usize,
        trail: usize,
    },
}

impl Choice {
    fn trail(&self) -> usize {
        match *self {
            Choice::Alt { trail, .. }
            | Choice::Greedy1 { trail, .. }
            | Choice::Lazy1 { trail, .. }
            | Choice::Barrier { trail, .. } => trail,
        }
    }
}

const NONE: i64 = -1;

struct Exec<'a, T: Unit> {
    re: &'a Regex,
    s: &'a [T],
    regs: Vec<i64>,
    trail: Vec<(u32, i64)>,
    stack: Vec<Choice>,
    search_start: usize,
    must_advance: bool,
    full: bool,
    lastindex_reg: usize,
    rep_base: usize,
}

impl<'a, T: Unit> Exec<'a, T> {
    #[inline]
    fn set(&mut self, r: usize, v: i64) {
        self.trail.push((r as u32, self.regs[r]));
        self.regs[r] = v;
    }

    fn undo(&mut self, to: usize) {
        while self.trail.len() > to {
            let (r, v) = self.trail.pop().unwrap();
            self.regs[r as usize] = v;
        }
    }

    #[inline]
    fn one(&self, o: OneI, c: u32) -> bool {
        let u = &self.re.uni;
        match o {
            OneI::Lit(x) => c == x,
            OneI::NotLit(x) => c != x,
            OneI::LitI { lo, up, uni } => lit_i(u, lo, up, uni, c),
            OneI::NotLitI { lo, up, uni } => !lit_i(u, lo, up, uni, c),
            OneI::Any => c != '\n' as u32,
            OneI::AnyAll => true,
            OneI::Set(i) => {
                let s = &self.re.prog.sets[i as usize];
                if c < 128 {
                    s.ascii >> c & 1 != 0
                } else {
                    set_matches(u, s, c)
                }
            }
        }
    }

    fn at(&self, a: At, pos: usize) -> bool {
        let s = self.s;
        let len = s.len();
        let nl = '\n' as u32;
        match a {
            At::Beginning | At::BeginningString => pos == 0,
            At::BeginningLine => pos == 0 || (pos <= len && s[pos - 1].cp() == nl),
            At::End => pos == len || (pos + 1 == len && s[pos].cp() == nl),
            At::EndLine => pos == len || (pos < len && s[pos].cp() == nl),
            At::EndString => pos == len,
            At::Boundary { unicode } | At::NonBoundary { unicode } => {
                if len == 0 {
                    return false;
                }
                let u = &self.re.uni;
                let that = pos > 0 && pos <= len && is_word(u, s[pos - 1].cp(), unicode);
                let this = pos < len && is_word(u, s[pos].cp(), unicode);
                (this != that) == matches!(a, At::Boundary { .. })
            }
        }
    }

    /// How many of `one` match from `pos`, at most `max`.
    fn count(&self, one: OneI, pos: usize, max: u32) -> usize {
        let s = self.s;
        let limit = if max == MAXREPEAT {
            s.len()
        } else {
            s.len().min(pos.saturating_add(max as usize))
        };
        let mut i = pos;
        match one {
            OneI::AnyAll => return limit.saturating_sub(pos),
            OneI::Lit(x) => {
                while i < limit && s[i].cp() == x {
                    i += 1;
                }
            }
            _ => {
                while i < limit && self.one(one, s[i].cp()) {
                    i += 1;
                }
            }
        }
        i - pos
    }

    fn next_lit(&self, pc: u32) -> Option<u32> {
        match self.re.prog.insts[pc as usize] {
            Inst::One(OneI::Lit(c)) => Some(c),
            _ => None,
        }
    }

    /// Pops choice points until one gives somewhere to resume.
    fn backtrack(&mut self) -> Option<(u32, usize)> {
        while let Some(ch) = self.stack.pop() {
            self.undo(ch.trail());
            match ch {
                Choice::Alt { pc, pos, .. } => return Some((pc, pos)),
                Choice::Greedy1 {
                    pc,
                    min_pos,
                    pos,
                    trail,
                } => {
                    let mut np = pos - 1;
                    if let Some(c) = self.next_lit(pc) {
                        while np > min_pos && self.s[np].cp() != c {
                            np -= 1;
                        }
                    }
                    if np > min_pos {
                        self.stack.push(Choice::Greedy1 {
                            pc,
                            min_pos,
                            pos: np,
                            trail,
                        });
                    }
                    return Some((pc, np));
                }
                Choice::Lazy1 {
                    pc,
                    rep_pc,
                    pos,
                    count,
                    trail,
                } => {
                    let Inst::Repeat1 { one, max, .. } = self.re.prog.insts[rep_pc as usize] else {
                        unreachable!()
                    };
                    if pos < self.s.len() && self.one(one, self.s[pos].cp()) {
                        let n = count + 1;
                        if n < max {
                            self.stack.push(Choice::Lazy1 {
                                pc,
                                rep_pc,
                                pos: pos + 1,
                                count: n,
                                trail,
                            });
                        }
                        return Some((pc, pos + 1));
                    }
                }
                Choice::Barrier { look_pc, pos, .. } => {
                    if let Inst::LookStart { kind, end } = self.re.prog.insts[look_pc as usize] {
                        let neg = matches!(
                            kind,
                            LookKind::Ahead { neg: true } | LookKind::Behind { neg: true, .. }
                        );
                        if neg {
                            return Some((end, pos));
                        }
                    }
                }
            }
        }
        None
    }

    /// One attempt at `start`; on success the capture registers hold the match.
    fn run(&mut self, start: usize) -> bool {
        let re = self.re;
        let insts = &re.prog.insts[..];
        let mut pc: u32 = 0;
        let mut pos = start;
        loop {
            let ok = match insts[pc as usize] {
                Inst::Match => {
                    if (self.full && pos != self.s.len())
                        || (self.must_advance && pos == self.search_start)
                    {
                        false
                    } else {
                        self.regs[0] = start as i64;
                        self.regs[1] = pos as i64;
                        return true;
                    }
                }
                Inst::One(o) => {
                    if pos < self.s.len() && self.one(o, self.s[pos].cp()) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(a) => {
                    pc += 1;
                    self.at(a, pos)
                }
                Inst::Split(a, b) => {
                    self.stack.push(Choice::Alt {
                        pc: b,
                        pos,
                        trail: self.trail.len(),
                    });
                    pc = a;
                    true
                }
                Inst::Jmp(a) => {
                    pc = a;
                    true
                }
                Inst::Save(slot) => {
                    self.set(slot as usize, pos as i64);
                    if slot & 1 == 1 && slot > 1 {
                        self.set(self.lastindex_reg, (slot / 2) as i64);
                    }
                    pc += 1;
                    true
                }
                Inst::RepeatInit(r) => {
                    let b = self.rep_base + 2 * r as usize;
                    self.set(b, -1);
                    self.set(b + 1, NONE);
                    pc += 1;
                    true
                }
                Inst::Until {
                    r,
                    min,
                    max,
                    greedy,
                    exit,
                } => {
                    let b = self.rep_base + 2 * r as usize;
                    let c = self.regs[b] + 1;
                    if c < min as i64 {
                        self.set(b, c);
                        pc += 2;
                    } else if (max == MAXREPEAT || c < max as i64) && pos as i64 != self.regs[b + 1]
                    {
                        if greedy {
                            self.stack.push(Choice::Alt {
                                pc: exit,
                                pos,
                                trail: self.trail.len(),
                            });
                            self.set(b, c);
                            self.set(b + 1, pos as i64);
                            pc += 2;
                        } else {
                            self.stack.push(Choice::Alt {
                                pc: pc + 1,
                                pos,
                                trail: self.trail.len(),
                            });
                            pc = exit;
                        }
                    } else {
                        pc = exit;
                    }
                    true
                }
                Inst::Iterate(r) => {
                    let b = self.rep_base + 2 * r as usize;
                    let c = self.regs[b] + 1;
                    self.set(b, c);
                    self.set(b + 1, pos as i64);
                    pc += 1;
                    true
                }
                Inst::Repeat1 {
                    one,
                    min,
                    max,
                    kind,
                } => match kind {
                    RepKind::Greedy | RepKind::Possessive => {
                        let n = self.count(one, pos, max);
                        if n < min as usize {
                            false
                        } else {
                            let min_pos = pos + min as usize;
                            let mut end = pos + n;
                            pc += 1;
                            if kind == RepKind::Greedy {
                                if let Some(c) = self.next_lit(pc) {
                                    while end > min_pos
                                        && (end >= self.s.len() || self.s[end].cp() != c)
                                    {
                                        end -= 1;
                                    }
                                }
                                if end > min_pos {
                                    self.stack.push(Choice::Greedy1 {
                                        pc,
                                        min_pos,
                                        pos: end,
                                        trail: self.trail.len(),
                                    });
                                }
                            }
                            pos = end;
                            true
                        }
                    }
                    RepKind::Lazy => {
                        let n = self.count(one, pos, min);
                        if n < min as usize {
                            false
                        } else {
                            pos += n;
                            if min < max {
                                self.stack.push(Choice::Lazy1 {
                                    pc: pc + 1,
                                    rep_pc: pc,
                                    pos,
                                    count: min,
                                    trail: self.trail.len(),
                                });
                            }
                            pc += 1;
                            true
                        }
                    }
                },
                Inst::Backref { group, icase, uni } => {
                    let a = self.regs[2 * group as usize];
                    let e = self.regs[2 * group as usize + 1];
                    if a < 0 || e < 0 || e < a {
                        false
                    } else {
                        let (a, e) = (a as usize, e as usize);
                        let n = e - a;
                        if pos + n > self.s.len() {
                            false
                        } else {
                            let u = &re.uni;
                            let same = (0..n).all(|k| {
                                let x = self.s[a + k].cp();
                                let y = self.s[pos + k].cp();
                                x == y
                                    || (icase
                                        && (lower(u, x, uni) == lower(u, y, uni)
                                            || upper(u, x, uni) == upper(u, y, uni)))
                            });
                            if same {
                                pos += n;
                                pc += 1;
                            }
                            same
                        }
                    }
                }
                Inst::LookStart { kind, end } => {
                    let here = pc;
                    match kind {
                        LookKind::Behind { neg, width } => {
                            if pos < width {
                                if neg {
                                    pc = end;
                                    true
                                } else {
                                    false
                                }
                            } else {
                                self.stack.push(Choice::Barrier {
                                    look_pc: here,
                                    pos,
                                    trail: self.trail.len(),
                                });
                                pos -= width;
                                pc += 1;
                                true
                            }
                        }
                        _ => {
                            self.stack.push(Choice::Barrier {
                                look_pc: here,
                                pos,
                                trail: self.trail.len(),
                            });
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::LookEnd(start_pc) => {
                    let idx = self
                        .stack
                        .iter()
                        .rposition(|c| matches!(c, Choice::Barrier { look_pc, .. } if *look_pc == start_pc))
                        .expect("barrier of an open lookaround");
                    let Choice::Barrier {
                        pos: bpos,
                        trail: btrail,
                        ..
                    } = self.stack[idx]
                    else {
                        unreachable!()
                    };
                    let Inst::LookStart { kind, .. } = insts[start_pc as usize] else {
                        unreachable!()
                    };
                    match kind {
                        LookKind::Atomic => {
                            self.stack.truncate(idx);
                            pc += 1;
                            true
                        }
                        LookKind::Ahead { neg: false } => {
                            self.stack.truncate(idx);
                            pos = bpos;
                            pc += 1;
                            true
                        }
                        LookKind::Behind { neg: false, .. } => {
                            if pos != bpos {
                                false
                            } else {
                                self.stack.truncate(idx);
                                pc += 1;
                                true
                            }
                        }
                        LookKind::Behind { neg: true, .. } if pos != bpos => false,
                        LookKind::Ahead { neg: true } | LookKind::Behind { neg: true, .. } => {
                            self.stack.truncate(idx);
                            self.undo(btrail);
                            false
                        }
                    }
                }
                Inst::Cond(g, no) => {
                    let a = self.regs[2 * g as usize];
                    let e = self.regs[2 * g as usize + 1];
                    if a >= 0 && e >= a {
                        pc += 1;
                    } else {
                        pc = no;
                    }
                    true
                }
            };
            if !ok {
                match self.backtrack() {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => {
                        self.undo(0);
                        return false;
                    }
                }
            }
        }
    }

    fn captures(&self) -> Captures {
        let n = self.re.prog.ngroups + 1;
        let spans = (0..n)
            .map(|g| {
                let a = self.regs[2 * g];
                let e = self.regs[2 * g + 1];
                if a >= 0 && e >= a {
                    Some((a as usize, e as usize))
                } else {
                    None
                }
            })
            .collect();
        let li = self.regs[self.lastindex_reg];
        Captures {
            spans,
            lastindex: if li > 0 { Some(li as usize) } else { None },
        }
    }
}

pub fn exec<T: Unit>(
    re: &Regex,
    subject: &[T],
    pos: usize,
    endpos: usize,
    mode: Mode,
    must_advance: bool,
) -> Option<Captures> {
    let end = endpos.min(subject.len());
    if pos > end {
        return None;
    }
    let s = &subject[..end];
    let prog = &re.prog;
    let lastindex_reg = 2 * (prog.ngroups + 1);
    let rep_base = lastindex_reg + 1;
    let mut ex = Exec {
        re,
        s,
        regs: vec![NONE; rep_base + 2 * prog.nrepeats],
        trail: Vec::new(),
        stack: Vec::new(),
        search_start: pos,
        must_advance,
        full: mode == Mode::FullMatch,
        lastindex_reg,
        rep_base,
    };
    if mode != Mode::Search {
        return ex.run(pos).then(|| ex.captures());
    }
    let mut start = pos;
    loop {
        if let Some(c) = prog.first_lit {
            while start < end && s[start].cp() != c {
                start += 1;
            }
            if start >= end {
                return None;
            }
        }
        if prog.anchored && start > 0 {
            return None;
        }
        if ex.run(start) {
            return Some(ex.captures());
        }
        if start >= end {
            return None;
        }
        start += 1;
    }
}
