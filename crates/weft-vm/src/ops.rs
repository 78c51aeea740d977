//! Operators: arithmetic, comparison, truth, hashing and equality.
//!
//! Built-in numbers are handled natively (ints in an i64 until they overflow
//! into a big integer); everything else dispatches to special methods with
//! CPython's reflected-operand rules and error messages.

use std::cmp::Ordering;
use std::rc::Rc;

use dashu_int::ops::BitTest;
use dashu_int::IBig;
use weft_compiler::ast::{BinOp, CmpOp};

use crate::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// An int operand: small or big, borrowed.
pub enum IntArg<'a> {
    Small(i64),
    Big(&'a IBig),
}

pub fn as_int(v: &Value) -> Option<IntArg<'_>> {
    match v {
        Value::Int(i) => Some(IntArg::Small(*i)),
        Value::Bool(b) => Some(IntArg::Small(*b as i64)),
        Value::BigInt(b) => Some(IntArg::Big(b)),
        _ => None,
    }
}

pub fn to_big(v: &IntArg) -> IBig {
    match v {
        IntArg::Small(i) => IBig::from(*i),
        IntArg::Big(b) => (*b).clone(),
    }
}

/// An int → float conversion as Python does it (correctly rounded), or None on overflow.
pub fn int_to_f64(v: &IntArg) -> Option<f64> {
    match v {
        IntArg::Small(i) => Some(*i as f64),
        IntArg::Big(b) => {
            let f = big_to_f64(b);
            if f.is_finite() {
                Some(f)
            } else {
                None
            }
        }
    }
}

pub fn big_to_f64(b: &IBig) -> f64 {
    // dashu's conversion rounds to nearest; infinities signal overflow.
    b.to_f64().value()
}

fn num_as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => Some(big_to_f64(b)),
        _ => None,
    }
}

/// Exact comparison of any two built-in real numbers (None when a NaN is involved).
pub fn numeric_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), _) => {
            let y = as_int(b)?;
            float_int_cmp(*x, &y)
        }
        (_, Value::Float(y)) => float_int_cmp(*y, &as_int(a)?).map(Ordering::reverse),
        _ => {
            let (x, y) = (as_int(a)?, as_int(b)?);
            match (&x, &y) {
                (IntArg::Small(p), IntArg::Small(q)) => Some(p.cmp(q)),
                _ => Some(to_big(&x).cmp(&to_big(&y))),
            }
        }
    }
}

fn float_int_cmp(f: f64, i: &IntArg) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let IntArg::Small(s) = i {
        if s.unsigned_abs() < (1 << 53) {
            return f.partial_cmp(&(*s as f64));
        }
    }
    // Exact: compare floor(f) as a big int, then the fraction.
    let fl = f.floor();
    let big_fl = IBig::try_from(fl).ok()?;
    let bi = to_big(i);
    match big_fl.cmp(&bi) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Greater
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

pub fn numeric_eq(a: &Value, b: &Value) -> bool {
    numeric_cmp(a, b) == Some(Ordering::Equal)
}

fn floor_div_i64(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

fn floor_mod_i64(a: i64, b: i64) -> Option<i64> {
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

pub fn big_floor_divmod(a: &IBig, b: &IBig) -> (IBig, IBig) {
    let q = a / b;
    let r = a - &q * b;
    if r != IBig::ZERO && ((r < IBig::ZERO) != (*b < IBig::ZERO)) {
        (q - IBig::ONE, r + b)
    } else {
        (q, r)
    }
}

pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0_f64.copysign(b)
    }
}

pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 {
            fl + 1.0
        } else {
            fl
        }
    } else {
        0.0_f64.copysign(a / b)
    }
}

fn reflected_name(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    }
}

impl Vm {
    /// `a op b` for the binary operators.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult {
        if let Some(r) = self.builtin_binary(a, b, op)? {
            return Ok(r);
        }
        self.binary_dispatch(a, b, op)
    }

    /// `a op= b`: tries `__iop__` first, then the plain operator.
    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult {
        match (a, op) {
            (Value::List(l), BinOp::Add) => {
                let items = self.collect_iterable(b);
                if !matches!(b, Value::List(_) | Value::Tuple(_)) && items.is_err() {
                    return self.binary_op(a, b, op);
                }
                l.items.borrow_mut().extend(items?);
                return Ok(a.clone());
            }
            (Value::List(l), BinOp::Mult) => {
                let n = self.index_value(b)?;
                let mut items = l.items.borrow_mut();
                if n <= 0 {
                    items.clear();
                } else {
                    let orig = items.clone();
                    for _ in 1..n {
                        items.extend(orig.iter().cloned());
                    }
                }
                return Ok(a.clone());
            }
            (Value::Set(_), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor)
            | (Value::Dict(_), BinOp::BitOr) => {
                if let Some(r) = crate::methods::inplace_container_op(self, a, b, op)? {
                    return Ok(r);
                }
            }
            (Value::Instance(_), _) => {
                let (_, _, iname) = reflected_name(op);
                // A list/set/dict subclass that does not override the in-place
                // operator is updated in place and stays itself.
                if let Some(inner) = self.inherited_builtin_value(a, iname) {
                    if matches!(inner, Value::List(_) | Value::Set(_) | Value::Dict(_)) {
                        let r = self.inplace_op(&inner, b, op)?;
                        if r.is(&inner) {
                            return Ok(a.clone());
                        }
                        return Ok(r);
                    }
                }
                if let Some(m) = self.lookup_special(a, iname) {
                    let r = self.call(&m, Args::new([a.clone(), b.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        self.binary_op(a, b, op).map_err(|e| {
            // The in-place form is named in the message ("+=").
            if e.is_instance_of(&self.exc_type("TypeError")) {
                if let Some(msg) = self.exception_message(&e) {
                    let sym = op.symbol();
                    let needle = format!("for {sym}:");
                    if msg.starts_with("unsupported operand") && msg.contains(&needle) {
                        return self.type_error(msg.replacen(&needle, &format!("for {sym}=:"), 1));
                    }
                }
            }
            e
        })
    }

    fn binary_dispatch(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult {
        let (name, rname, _) = reflected_name(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let a_user = matches!(a, Value::Instance(_));
        let b_user = matches!(b, Value::Instance(_));
        if a_user || b_user {
            let same = Rc::ptr_eq(&ta, &tb);
            let try_reflected_first =
                !same && b_user && tb.is_subtype(&ta) && tb.lookup(rname).is_some();
            if try_reflected_first {
                if let Some(m) = tb.lookup(rname) {
                    let r = self.call(&m, Args::new([b.clone(), a.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            if a_user {
                if let Some(m) = ta.lookup(name) {
                    let r = self.call(&m, Args::new([a.clone(), b.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            if !same && !try_reflected_first && b_user {
                if let Some(m) = tb.lookup(rname) {
                    let r = self.call(&m, Args::new([b.clone(), a.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            if let Value::Instance(i) = a {
                if let crate::object::Payload::Builtin(inner) = &i.payload {
                    let inner = inner.clone();
                    if let Some(r) = self.builtin_binary(&inner, b, op)? {
                        return Ok(r);
                    }
                }
            }
            if let Value::Instance(i) = b {
                if let crate::object::Payload::Builtin(inner) = &i.payload {
                    let inner = inner.clone();
                    if let Some(r) = self.builtin_binary(a, &inner, op)? {
                        return Ok(r);
                    }
                }
            }
        }
        // `int | None`: type hints combine into a `types.UnionType`.
        if op == BinOp::BitOr && (matches!(a, Value::Type(_)) || matches!(b, Value::Type(_))) {
            let r = crate::union::make_union(self, a, b)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        Err(self.binop_type_error(a, b, op))
    }

    pub fn binop_type_error(&self, a: &Value, b: &Value, op: BinOp) -> crate::vm::PyErr {
        if op == BinOp::Add {
            if let Value::Str(_) = a {
                return self.type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    self.type_name(b)
                ));
            }
            if let Value::List(_) = a {
                return self.type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    self.type_name(b)
                ));
            }
            if let Value::Tuple(_) = a {
                return self.type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    self.type_name(b)
                ));
            }
            if let Value::Bytes(_) = a {
                return self.type_error(format!("can't concat {} to bytes", self.type_name(b)));
            }
        }
        if op == BinOp::Mult
            && matches!(
                a,
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
            )
            && !matches!(b, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        {
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(b)
            ));
        }
        // CPython tries the right operand's sequence repeat last, so
        // `x * "ab"` with a non-int x names x's type.
        if op == BinOp::Mult
            && matches!(
                b,
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
            )
            && !matches!(a, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        {
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(a)
            ));
        }
        if op == BinOp::Pow {
            return self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                self.type_name(a),
                self.type_name(b)
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// Built-in operand types; `None` means "not implemented for these types".
    pub fn builtin_binary(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        use Value::*;
        match (a, b) {
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
                if let (Bool(x), Bool(y)) = (a, b) {
                    match op {
                        BinOp::BitAnd => return Ok(Some(Bool(*x & *y))),
                        BinOp::BitOr => return Ok(Some(Bool(*x | *y))),
                        BinOp::BitXor => return Ok(Some(Bool(*x ^ *y))),
                        _ => {}
                    }
                }
                let (x, y) = (
                    as_int(a).unwrap_or(IntArg::Small(0)),
                    as_int(b).unwrap_or(IntArg::Small(0)),
                );
                self.int_binary(&x, &y, op).map(Some)
            }
            (Float(_) | Int(_) | Bool(_) | BigInt(_), Float(_) | Int(_) | Bool(_) | BigInt(_)) => {
                let x = self.to_f64_for_op(a)?;
                let y = self.to_f64_for_op(b)?;
                self.float_binary(x, y, op).map(Some)
            }
            (Str(x), Str(y)) if op == BinOp::Add => {
                let mut s = String::with_capacity(x.s.len() + y.s.len());
                s.push_str(&x.s);
                s.push_str(&y.s);
                Ok(Some(Value::string(s)))
            }
            (Str(_) | Bytes(_), _) if op == BinOp::Mod => {
                crate::strformat::percent_format(self, a, b).map(Some)
            }
            (Str(_) | List(_) | Tuple(_) | Bytes(_), Int(_) | Bool(_) | BigInt(_))
                if op == BinOp::Mult =>
            {
                let n = self.index_value(b)?;
                self.repeat_seq(a, n).map(Some)
            }
            (Int(_) | Bool(_) | BigInt(_), Str(_) | List(_) | Tuple(_) | Bytes(_))
                if op == BinOp::Mult =>
            {
                let n = self.index_value(a)?;
                self.repeat_seq(b, n).map(Some)
            }
            (List(x), List(y)) if op == BinOp::Add => {
                let mut v = x.items.borrow().clone();
                v.extend(y.items.borrow().iter().cloned());
                Ok(Some(Value::list(v)))
            }
            (Tuple(x), Tuple(y)) if op == BinOp::Add => {
                let mut v = x.items.to_vec();
                v.extend(y.items.iter().cloned());
                Ok(Some(Value::tuple(v)))
            }
            (Bytes(x), Bytes(y)) if op == BinOp::Add => {
                let mut v = x.data.to_vec();
                v.extend_from_slice(&y.data);
                Ok(Some(Value::bytes(v)))
            }
            (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_))
            | (Dict(_), Dict(_))
            | (DictView(_), _)
            | (_, DictView(_)) => crate::methods::container_binary(self, a, b, op),
            _ => Ok(Option::None),
        }
    }

    fn to_f64_for_op(&self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(*f),
            _ => match as_int(v).and_then(|i| int_to_f64(&i)) {
                Some(f) => Ok(f),
                None => Err(self.overflow_error("int too large to convert to float")),
            },
        }
    }

    pub fn int_binary(&mut self, x: &IntArg, y: &IntArg, op: BinOp) -> PyResult {
        if let (IntArg::Small(a), IntArg::Small(b)) = (x, y) {
            let (a, b) = (*a, *b);
            let r = match op {
                BinOp::Add => a.checked_add(b),
                BinOp::Sub => a.checked_sub(b),
                BinOp::Mult => a.checked_mul(b),
                BinOp::FloorDiv => {
                    if b == 0 {
                        return Err(self.zero_division("integer division or modulo by zero"));
                    }
                    floor_div_i64(a, b)
                }
                BinOp::Mod => {
                    if b == 0 {
                        return Err(self.zero_division("integer modulo by zero"));
                    }
                    floor_mod_i64(a, b)
                }
                BinOp::Div => {
                    if b == 0 {
                        return Err(self.zero_division("division by zero"));
                    }
                    if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                        return Ok(Value::Float(a as f64 / b as f64));
                    }
                    return self.big_true_div(&IBig::from(a), &IBig::from(b));
                }
                BinOp::BitAnd => Some(a & b),
                BinOp::BitOr => Some(a | b),
                BinOp::BitXor => Some(a ^ b),
                BinOp::LShift => {
                    if b < 0 {
                        return Err(self.value_error("negative shift count"));
                    }
                    if b < 63 && a.unsigned_abs() < (1u64 << (63 - b)) {
                        Some(a << b)
                    } else if a == 0 {
                        Some(0)
                    } else {
                        None
                    }
                }
                BinOp::RShift => {
                    if b < 0 {
                        return Err(self.value_error("negative shift count"));
                    }
                    Some(if b >= 64 {
                        if a < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        a >> b
                    })
                }
                BinOp::Pow => {
                    if b < 0 {
                        if a == 0 {
                            return Err(
                                self.zero_division("0.0 cannot be raised to a negative power")
                            );
                        }
                        return Ok(Value::Float((a as f64).powf(b as f64)));
                    }
                    if b <= u32::MAX as i64 {
                        a.checked_pow(b as u32)
                    } else {
                        None
                    }
                }
                BinOp::MatMult => {
                    return Err(self.binop_type_error(&Value::Int(a), &Value::Int(b), op))
                }
            };
            if let Some(r) = r {
                return Ok(Value::Int(r));
            }
        }
        let (a, b) = (to_big(x), to_big(y));
        let zero = IBig::ZERO;
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mult => a * b,
            BinOp::FloorDiv | BinOp::Mod => {
                if b == zero {
                    return Err(self.zero_division(if op == BinOp::Mod {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    }));
                }
                let (q, r) = big_floor_divmod(&a, &b);
                if op == BinOp::Mod {
                    r
                } else {
                    q
                }
            }
            BinOp::Div => {
                if b == zero {
                    return Err(self.zero_division("division by zero"));
                }
                return self.big_true_div(&a, &b);
            }
            BinOp::BitAnd => a & b,
            BinOp::BitOr => a | b,
            BinOp::BitXor => a ^ b,
            BinOp::LShift => {
                if b < zero {
                    return Err(self.value_error("negative shift count"));
                }
                let Ok(n) = usize::try_from(&b) else {
                    return Err(self.overflow_error("too many digits in integer"));
                };
                if n > 1 << 32 {
                    return Err(self.error("MemoryError", ""));
                }
                a << n
            }
            BinOp::RShift => {
                if b < zero {
                    return Err(self.value_error("negative shift count"));
                }
                let n = usize::try_from(&b).unwrap_or(usize::MAX);
                if n > a.bit_len() {
                    if a < zero {
                        IBig::from(-1)
                    } else {
                        zero
                    }
                } else {
                    a >> n
                }
            }
            BinOp::Pow => {
                if b < zero {
                    let fa = big_to_f64(&a);
                    let fb = big_to_f64(&b);
                    if fa == 0.0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Value::Float(fa.powf(fb)));
                }
                if a == IBig::ZERO || a == IBig::ONE {
                    return Ok(Value::from_bigint(a));
                }
                if a == IBig::NEG_ONE {
                    let odd = (&b & IBig::ONE) == IBig::ONE;
                    return Ok(Value::Int(if odd { -1 } else { 1 }));
                }
                let Ok(e) = usize::try_from(&b) else {
                    return Err(self.error("MemoryError", ""));
                };
                if a.bit_len() as u128 * e as u128 > (1u128 << 36) {
                    return Err(self.error("MemoryError", ""));
                }
                a.pow(e)
            }
            BinOp::MatMult => {
                return Err(self.binop_type_error(&Value::Int(0), &Value::Int(0), op))
            }
        };
        Ok(Value::from_bigint(r))
    }

    /// True division of big ints, correctly rounded like CPython's long_true_divide (close enough:
    /// exact when both fit in 53 bits, otherwise via scaled integer division).
    fn big_true_div(&self, a: &IBig, b: &IBig) -> PyResult {
        let fa = big_to_f64(a);
        let fb = big_to_f64(b);
        if fa.is_finite() && fb.is_finite() && a.bit_len() <= 53 && b.bit_len() <= 53 {
            return Ok(Value::Float(fa / fb));
        }
        // Scale so the quotient has 64+ significant bits, then divide exactly.
        let shift = 64i64 + b.bit_len() as i64 - a.bit_len() as i64;
        let (num, den) = if shift > 0 {
            (a << shift as usize, b.clone())
        } else {
            (a.clone(), b << (-shift) as usize)
        };
        let q = &num / &den;
        let f = big_to_f64(&q);
        let r = f * 2f64.powi(-(shift.clamp(-2000, 2000) as i32));
        if r.is_infinite() {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        Ok(Value::Float(r))
    }

    pub fn float_binary(&self, a: f64, b: f64, op: BinOp) -> PyResult {
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mult => a * b,
            BinOp::Div => {
                if b == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                a / b
            }
            BinOp::FloorDiv => {
                if b == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_floordiv(a, b)
            }
            BinOp::Mod => {
                if b == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_mod(a, b)
            }
            BinOp::Pow => return self.float_pow(a, b),
            _ => return Err(self.binop_type_error(&Value::Float(a), &Value::Float(b), op)),
        };
        Ok(Value::Float(r))
    }

    pub fn float_pow(&self, a: f64, b: f64) -> PyResult {
        if a == 0.0 && b < 0.0 {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
            // A negative base to a fractional power is complex.
            let z = crate::complex::Complex { re: a, im: 0.0 };
            let w = crate::complex::Complex { re: b, im: 0.0 };
            let r = crate::complex::pow(self, z, w)?;
            return Ok(crate::complex::new_complex(self, r.re, r.im));
        }
        let r = a.powf(b);
        if r.is_infinite() && a.is_finite() && b.is_finite() {
            return Err(self.overflow_error("(34, 'Numerical result out of range')"));
        }
        Ok(Value::Float(r))
    }

    fn repeat_seq(&self, seq: &Value, n: i64) -> PyResult {
        let n = n.max(0) as usize;
        Ok(match seq {
            Value::Str(s) => {
                if s.s.len().saturating_mul(n) > (1 << 34) {
                    return Err(self.error("MemoryError", ""));
                }
                Value::string(s.s.repeat(n))
            }
            Value::Bytes(b) => Value::bytes(b.data.repeat(n)),
            Value::List(l) => {
                let items = l.items.borrow();
                if items.len().saturating_mul(n) > (1 << 32) {
                    return Err(self.error("MemoryError", ""));
                }
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                Value::list(v)
            }
            Value::Tuple(t) => {
                let mut v = Vec::with_capacity(t.items.len() * n);
                for _ in 0..n {
                    v.extend(t.items.iter().cloned());
                }
                Value::tuple(v)
            }
            _ => Value::NotImplemented,
        })
    }

    /// `operator.index(v)` as an i64 ("cannot fit 'int' into an index-sized integer").
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => Err(self.overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                self.type_name(v)
            ))),
            Value::Instance(_) => {
                if let Some(m) = self.lookup_special(v, "__index__") {
                    let r = self.call1(&m, v.clone())?;
                    return self.index_value(&r);
                }
                Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                )))
            }
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    pub fn neg(&mut self, a: &Value) -> PyResult {
        match a {
            Value::Int(i) => Ok(match i.checked_neg() {
                Some(r) => Value::Int(r),
                None => Value::from_bigint(-IBig::from(*i)),
            }),
            Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone())),
            Value::Float(f) => Ok(Value::Float(-f)),
            _ => self.unary_special(a, "__neg__", "-"),
        }
    }

    pub fn pos(&mut self, a: &Value) -> PyResult {
        match a {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Ok(a.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            _ => self.unary_special(a, "__pos__", "+"),
        }
    }

    pub fn invert(&mut self, a: &Value) -> PyResult {
        match a {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone() - IBig::ONE)),
            _ => self.unary_special(a, "__invert__", "~"),
        }
    }

    fn unary_special(&mut self, a: &Value, name: &str, sym: &str) -> PyResult {
        if let Some(m) = self.lookup_special(a, name) {
            return self.call1(&m, a.clone());
        }
        Err(self.type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            self.type_name(a)
        )))
    }

    /// Truth value (`bool(v)`).
    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Null | Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.s.is_empty(),
            Value::Bytes(b) => !b.data.is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::DictView(d) => !d.dict.is_empty(),
            Value::Instance(_) => {
                if let Some(inner) = self.inherited_builtin_value(v, "__bool__") {
                    if self.inherited_builtin_value(v, "__len__").is_some() {
                        return self.is_true(&inner);
                    }
                }
                if let Some(m) = self.lookup_special(v, "__bool__") {
                    let r = self.call1(&m, v.clone())?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&r)
                        ))),
                    };
                }
                if let Some(m) = self.lookup_special(v, "__len__") {
                    let r = self.call1(&m, v.clone())?;
                    return Ok(self.index_value(&r)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        use crate::hash::*;
        Ok(match v {
            Value::Int(i) => hash_int(*i),
            Value::Bool(b) => *b as i64,
            Value::Float(f) => hash_float(*f),
            Value::BigInt(b) => hash_bigint(b),
            Value::Str(s) => s.hash(),
            Value::Bytes(b) => hash_bytes(&b.data),
            Value::None => 0x1000 >> 4,
            Value::Tuple(t) => {
                let mut hs = Vec::with_capacity(t.items.len());
                for item in t.items.iter() {
                    hs.push(self.hash(item)?);
                }
                hash_tuple(hs.into_iter())
            }
            Value::FrozenSet(s) => s.frozen_hash(),
            Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Slice(_)
            | Value::DictView(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Value::Range(r) => {
                let items = [hash_int(r.len()), hash_int(r.start), hash_int(r.step)];
                hash_tuple(items.into_iter())
            }
            Value::Instance(i) => {
                if let crate::object::Payload::Builtin(inner) = &i.payload {
                    if self
                        .lookup_special(v, "__hash__")
                        .is_some_and(|h| matches!(h, Value::Builtin(_)))
                    {
                        let inner = inner.clone();
                        return self.hash(&inner);
                    }
                }
                match self.lookup_special(v, "__hash__") {
                    Some(Value::None) => {
                        return Err(
                            self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
                        )
                    }
                    Some(Value::Builtin(b)) if b.owner == "object" => (v.id() >> 4) as i64,
                    Some(m) => {
                        let r = self.call1(&m, v.clone())?;
                        match r {
                            Value::Int(i) => {
                                if i == -1 {
                                    -2
                                } else {
                                    i
                                }
                            }
                            Value::Bool(b) => b as i64,
                            Value::BigInt(b) => hash_bigint(&b),
                            _ => {
                                return Err(
                                    self.type_error("__hash__ method should return an integer")
                                )
                            }
                        }
                    }
                    None => (v.id() >> 4) as i64,
                }
            }
            _ => (v.id() >> 4) as i64,
        })
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::dict::fast_eq(a, b) {
            if !matches!((a, b), (Value::Tuple(_), Value::Tuple(_))) || r {
                return Ok(r);
            }
        }
        let r = self.rich_compare(a, b, CmpOp::Eq)?;
        self.is_true(&r)
    }

    /// `a op b` for comparisons, identity and membership.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult {
        match op {
            CmpOp::Is => Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => Ok(Value::Bool(!a.is(b))),
            CmpOp::In => Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => Ok(Value::Bool(!self.contains(b, a)?)),
            _ => self.rich_compare(a, b, op),
        }
    }

    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult {
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(Value::Bool(r));
        }
        let (name, rname) = cmp_names(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let reflected_first =
            !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta) && matches!(b, Value::Instance(_));
        let mut order: [(Value, Value, &str); 2] =
            [(a.clone(), b.clone(), name), (b.clone(), a.clone(), rname)];
        if reflected_first {
            order.swap(0, 1);
        }
        for (x, y, n) in order.iter() {
            if !matches!(x, Value::Instance(_)) {
                continue;
            }
            if let Some(m) = self.lookup_special(x, n) {
                if matches!(&m, Value::Builtin(bf) if bf.owner == "object") {
                    // object.__ne__ is the inverse of the class's own __eq__.
                    if *n == "__ne__" {
                        if let Some(eq) = self.lookup_special(x, "__eq__") {
                            if !matches!(&eq, Value::Builtin(bf) if bf.owner == "object") {
                                let r = self.call2(&eq, x.clone(), y.clone())?;
                                if !matches!(r, Value::NotImplemented) {
                                    return Ok(Value::Bool(!self.is_true(&r)?));
                                }
                            }
                        }
                    }
                    continue;
                }
                let r = self.call2(&m, x.clone(), y.clone())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // Subclasses of built-ins compare by their built-in value.
        let ua = unwrap_builtin(a);
        let ub = unwrap_builtin(b);
        if ua.is_some() || ub.is_some() {
            let x = ua.unwrap_or_else(|| a.clone());
            let y = ub.unwrap_or_else(|| b.clone());
            if let Some(r) = self.builtin_compare(&x, &y, op)? {
                return Ok(Value::Bool(r));
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                cmp_symbol(op),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// Comparisons between built-in values; None when not defined natively.
    pub fn builtin_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        use Value::*;
        let ord = match (a, b) {
            (Int(_) | Bool(_) | BigInt(_) | Float(_), Int(_) | Bool(_) | BigInt(_) | Float(_)) => {
                match numeric_cmp(a, b) {
                    Some(o) => o,
                    Option::None => return Ok(Some(op == CmpOp::NotEq)),
                }
            }
            (Str(x), Str(y)) => x.as_str().cmp(y.as_str()),
            (Bytes(x), Bytes(y)) => x.data.cmp(&y.data),
            (List(x), List(y)) => {
                let xs = x.items.borrow().clone();
                let ys = y.items.borrow().clone();
                return self.seq_compare(&xs, &ys, op).map(Some);
            }
            (Tuple(x), Tuple(y)) => {
                let (x, y) = (x.clone(), y.clone());
                return self.seq_compare(&x.items, &y.items, op).map(Some);
            }
            (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => {
                return crate::methods::set_compare(self, a, b, op)
            }
            (Dict(x), Dict(y)) => {
                if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                    return Ok(Option::None);
                }
                let eq = self.dict_eq(x, y)?;
                return Ok(Some(if op == CmpOp::Eq { eq } else { !eq }));
            }
            (Range(x), Range(y)) => {
                if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                    return Ok(Option::None);
                }
                let eq = x.len() == y.len()
                    && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
                return Ok(Some(if op == CmpOp::Eq { eq } else { !eq }));
            }
            (DictView(_), _) | (_, DictView(_)) => {
                return crate::methods::view_compare(self, a, b, op)
            }
            (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => match op {
                CmpOp::Eq => return Ok(Some(true)),
                CmpOp::NotEq => return Ok(Some(false)),
                _ => return Ok(Option::None),
            },
            (Instance(_), _) | (_, Instance(_)) => return Ok(Option::None),
            _ => {
                return Ok(match op {
                    CmpOp::Eq => Some(a.is(b)),
                    CmpOp::NotEq => Some(!a.is(b)),
                    _ => Option::None,
                })
            }
        };
        Ok(Some(match op {
            CmpOp::Eq => ord == Ordering::Equal,
            CmpOp::NotEq => ord != Ordering::Equal,
            CmpOp::Lt => ord == Ordering::Less,
            CmpOp::LtE => ord != Ordering::Greater,
            CmpOp::Gt => ord == Ordering::Greater,
            CmpOp::GtE => ord != Ordering::Less,
            _ => false,
        }))
    }

    fn seq_compare(&mut self, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) && xs.len() != ys.len() {
            return Ok(op == CmpOp::NotEq);
        }
        self.enter_recursion(" in comparison")?;
        let r = (|| {
            for (x, y) in xs.iter().zip(ys.iter()) {
                if x.is(y) {
                    continue;
                }
                if !self.eq(x, y)? {
                    return match op {
                        CmpOp::Eq => Ok(false),
                        CmpOp::NotEq => Ok(true),
                        _ => {
                            let r = self.rich_compare(x, y, op)?;
                            self.is_true(&r)
                        }
                    };
                }
            }
            let (n, m) = (xs.len(), ys.len());
            Ok(match op {
                CmpOp::Eq => n == m,
                CmpOp::NotEq => n != m,
                CmpOp::Lt => n < m,
                CmpOp::LtE => n <= m,
                CmpOp::Gt => n > m,
                CmpOp::GtE => n >= m,
                _ => false,
            })
        })();
        self.leave_recursion();
        r
    }

    fn dict_eq(
        &mut self,
        x: &Rc<crate::dict::DictObj>,
        y: &Rc<crate::dict::DictObj>,
    ) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (k, v) in x.items() {
            match y.get(self, &k)? {
                Some(w) => {
                    if !v.is(&w) && !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                Value::Instance(_) if matches!(unwrap_builtin(item), Some(Value::Str(_))) => {
                    let sub = unwrap_builtin(item).unwrap_or_default();
                    Ok(s.as_str().contains(sub.as_str().unwrap_or_default()))
                }
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::List(l) => {
                let items = l.items.borrow().clone();
                for x in items.iter() {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                let t = t.clone();
                for x in t.items.iter() {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => {
                let d = d.clone();
                d.contains(self, item)
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let s = s.clone();
                if let Value::Set(inner) = item {
                    // `{1} in set_of_frozensets` hashes the set as a frozenset (CPython does too).
                    let h = inner.frozen_hash();
                    return s.contains_hashed(self, h, &Value::FrozenSet(inner.clone()));
                }
                s.contains(self, item)
            }
            Value::Range(r) => {
                if let Some(IntArg::Small(i)) = as_int(item) {
                    let r = r.clone();
                    let in_range = if r.step > 0 {
                        i >= r.start && i < r.stop
                    } else {
                        i <= r.start && i > r.stop
                    };
                    return Ok(in_range && (i - r.start) % r.step == 0);
                }
                self.contains_by_iteration(container, item)
            }
            Value::Bytes(b) => {
                match item {
                    Value::Bytes(sub) => Ok(sub.data.is_empty()
                        || b.data.windows(sub.data.len()).any(|w| w == &*sub.data)),
                    _ => {
                        let n = self.index_value(item)?;
                        if !(0..256).contains(&n) {
                            return Err(self.value_error("byte must be in range(0, 256)"));
                        }
                        Ok(b.data.contains(&(n as u8)))
                    }
                }
            }
            Value::DictView(v) => crate::methods::view_contains(self, v, item),
            Value::Instance(_) => {
                if let Some(inner) = self.inherited_builtin_value(container, "__contains__") {
                    return self.contains(&inner, item);
                }
                if let Some(m) = self.lookup_special(container, "__contains__") {
                    let r = self.call2(&m, container.clone(), item.clone())?;
                    return self.is_true(&r);
                }
                self.contains_by_iteration(container, item)
            }
            _ => {
                if let Some(m) = self.metaclass_special(container, "__contains__") {
                    let r = self.call2(&m, container.clone(), item.clone())?;
                    return self.is_true(&r);
                }
                self.contains_by_iteration(container, item)
            }
        }
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(e) if e.is_instance_of(&self.exc_type("TypeError")) => {
                return Err(self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(container)
                )))
            }
            Err(e) => return Err(e),
        };
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn float_of(&self, v: &Value) -> Option<f64> {
        num_as_f64(v)
    }
}

/// The built-in value inside an instance of a subclass of a built-in type.
pub fn unwrap_builtin(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => match &i.payload {
            crate::object::Payload::Builtin(inner) => Some(inner.clone()),
            _ => None,
        },
        _ => None,
    }
}

pub fn cmp_names(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        _ => ("", ""),
    }
}

pub fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}
