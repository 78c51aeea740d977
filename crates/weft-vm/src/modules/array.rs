//! `array`: compact arrays of C numbers, as CPython's `Modules/arraymodule.c`.
//!
//! An array keeps its items as the raw bytes of the C type (native byte
//! order), so `tobytes`/`frombytes`/`byteswap` are byte copies and a `'f'`
//! item is rounded to single precision exactly as in CPython. Storing an
//! out-of-range int raises the OverflowError CPython raises, which depends on
//! the C conversion it goes through (for `'b'`, first C long, then short, then
//! signed char), so the messages are reproduced per typecode.

use std::cmp::Ordering;
use std::rc::Rc;

use dashu_int::IBig;

use crate::function::{Args, BuiltinKind, NativeFn};
use crate::module::ModuleObj;
use crate::modules::{native_data, native_instance, new_module, this};
use crate::object::{Layout, TypeObj};
use crate::ops::{as_int, to_big};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

const TYPECODES: &str = "bBuhHiIlLqQfd";

/// One item kind: typecode and size in bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Kind(char);

impl Kind {
    fn parse(c: char) -> Option<Kind> {
        TYPECODES.contains(c).then_some(Kind(c))
    }

    fn itemsize(self) -> usize {
        match self.0 {
            'b' | 'B' => 1,
            'h' | 'H' => 2,
            'i' | 'I' | 'f' | 'u' => 4,
            _ => 8,
        }
    }

    fn is_float(self) -> bool {
        matches!(self.0, 'f' | 'd')
    }
}

/// A Python-visible item value decoded from bytes.
enum Item {
    Int(i128),
    Float(f64),
    Char(char),
}

pub struct ArrayState {
    kind: Kind,
    data: Vec<u8>,
}

impl ArrayState {
    fn len(&self) -> usize {
        self.data.len() / self.kind.itemsize()
    }

    fn item(&self, i: usize) -> Item {
        let n = self.kind.itemsize();
        let b = &self.data[i * n..(i + 1) * n];
        match self.kind.0 {
            'b' => Item::Int(b[0] as i8 as i128),
            'B' => Item::Int(b[0] as i128),
            'h' => Item::Int(i16::from_ne_bytes([b[0], b[1]]) as i128),
            'H' => Item::Int(u16::from_ne_bytes([b[0], b[1]]) as i128),
            'i' => Item::Int(i32::from_ne_bytes(b.try_into().unwrap_or_default()) as i128),
            'I' => Item::Int(u32::from_ne_bytes(b.try_into().unwrap_or_default()) as i128),
            'l' | 'q' => Item::Int(i64::from_ne_bytes(b.try_into().unwrap_or_default()) as i128),
            'L' | 'Q' => Item::Int(u64::from_ne_bytes(b.try_into().unwrap_or_default()) as i128),
            'f' => Item::Float(f32::from_ne_bytes(b.try_into().unwrap_or_default()) as f64),
            'u' => Item::Char(
                char::from_u32(u32::from_ne_bytes(b.try_into().unwrap_or_default()))
                    .unwrap_or('\u{fffd}'),
            ),
            _ => Item::Float(f64::from_ne_bytes(b.try_into().unwrap_or_default())),
        }
    }

    fn value(&self, i: usize) -> Value {
        match self.item(i) {
            Item::Int(v) => Value::from_bigint(IBig::from(v)),
            Item::Float(f) => Value::Float(f),
            Item::Char(c) => Value::string(c.to_string()),
        }
    }

    fn values(&self) -> Vec<Value> {
        (0..self.len()).map(|i| self.value(i)).collect()
    }
}

/// The C bytes of `v` as an item of `kind`, or CPython's error for it.
fn encode_item(vm: &mut Vm, kind: Kind, v: &Value) -> PyResult<Vec<u8>> {
    if kind.0 == 'u' {
        return match v {
            Value::Str(s) if s.char_len == 1 => Ok((s.as_str().chars().next().unwrap_or('\0')
                as u32)
                .to_ne_bytes()
                .to_vec()),
            _ => Err(vm.type_error("array item must be unicode character")),
        };
    }
    if kind.is_float() {
        let f = match v {
            Value::Float(f) => *f,
            _ => match vm.float_of(v) {
                Some(f) => f,
                None => match as_int(v) {
                    Some(i) => crate::ops::int_to_f64(&i)
                        .ok_or_else(|| vm.overflow_error("int too large to convert to float"))?,
                    None => {
                        if let Some(m) = vm.lookup_special(v, "__float__") {
                            match vm.call1(&m, v.clone())? {
                                Value::Float(f) => f,
                                _ => return Err(vm.type_error("__float__ returned non-float")),
                            }
                        } else {
                            return Err(vm.type_error(format!(
                                "must be real number, not {}",
                                vm.type_name(v)
                            )));
                        }
                    }
                },
            },
        };
        return Ok(if kind.0 == 'f' {
            (f as f32).to_ne_bytes().to_vec()
        } else {
            f.to_ne_bytes().to_vec()
        });
    }
    let big = match as_int(v) {
        Some(i) => to_big(&i),
        None => {
            let i = crate::builtins::index_int(vm, v)?;
            match as_int(&i) {
                Some(i) => to_big(&i),
                None => return Err(vm.type_error("an integer is required")),
            }
        }
    };
    let n = check_range(vm, kind, &big)?;
    Ok(match kind.0 {
        'b' => vec![n as i8 as u8],
        'B' => vec![n as u8],
        'h' => (n as i16).to_ne_bytes().to_vec(),
        'H' => (n as u16).to_ne_bytes().to_vec(),
        'i' => (n as i32).to_ne_bytes().to_vec(),
        'I' => (n as u32).to_ne_bytes().to_vec(),
        'l' | 'q' => (n as i64).to_ne_bytes().to_vec(),
        _ => (n as u64).to_ne_bytes().to_vec(),
    })
}

/// Range checks in the order CPython's conversions make them, with their messages.
fn check_range(vm: &Vm, kind: Kind, v: &IBig) -> PyResult<i128> {
    let over = |msg: &str| -> PyErr { vm.overflow_error(msg.to_string()) };
    let as_long = || -> PyResult<i128> {
        i64::try_from(v)
            .map(|x| x as i128)
            .map_err(|_| over("Python int too large to convert to C long"))
    };
    let within = |n: i128, lo: i128, hi: i128, what: &str| -> PyResult<i128> {
        if n < lo {
            Err(over(&format!("{what} is less than minimum")))
        } else if n > hi {
            Err(over(&format!("{what} is greater than maximum")))
        } else {
            Ok(n)
        }
    };
    let negative = *v < IBig::ZERO;
    match kind.0 {
        'b' => {
            let n = within(as_long()?, -32768, 32767, "signed short integer")?;
            within(n, -128, 127, "signed char")
        }
        'B' => within(as_long()?, 0, 255, "unsigned byte integer"),
        'h' => within(as_long()?, -32768, 32767, "signed short integer"),
        'H' => {
            let n = within(
                as_long()?,
                i32::MIN as i128,
                i32::MAX as i128,
                "signed integer",
            )?;
            within(n, 0, 65535, "unsigned short")
        }
        'i' => within(
            as_long()?,
            i32::MIN as i128,
            i32::MAX as i128,
            "signed integer",
        ),
        'l' => as_long(),
        'I' | 'L' => {
            if negative {
                return Err(over("can't convert negative value to unsigned int"));
            }
            let n = u64::try_from(v)
                .map(|x| x as i128)
                .map_err(|_| over("Python int too large to convert to C unsigned long"))?;
            if kind.0 == 'I' && n > u32::MAX as i128 {
                return Err(over("unsigned int is greater than maximum"));
            }
            Ok(n)
        }
        'q' => i64::try_from(v)
            .map(|x| x as i128)
            .map_err(|_| over("int too big to convert")),
        _ => {
            if negative {
                return Err(over("can't convert negative int to unsigned"));
            }
            u64::try_from(v)
                .map(|x| x as i128)
                .map_err(|_| over("int too big to convert"))
        }
    }
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    let m = new_module(vm, "array", &[]);
    let methods: &[(&'static str, NativeFn)] = &[
        ("append", array_append),
        ("extend", array_extend),
        ("insert", array_insert),
        ("pop", array_pop),
        ("remove", array_remove),
        ("index", array_index),
        ("count", array_count),
        ("reverse", array_reverse),
        ("tolist", array_tolist),
        ("tobytes", array_tobytes),
        ("frombytes", array_frombytes),
        ("fromlist", array_fromlist),
        ("tounicode", array_tounicode),
        ("fromunicode", array_fromunicode),
        ("byteswap", array_byteswap),
        ("buffer_info", array_buffer_info),
        ("__len__", array_len),
        ("__getitem__", array_getitem),
        ("__setitem__", array_setitem),
        ("__delitem__", array_delitem),
        ("__iter__", array_iter),
        ("__contains__", array_contains),
        ("__eq__", array_eq),
        ("__ne__", array_ne),
        ("__lt__", array_lt),
        ("__le__", array_le),
        ("__gt__", array_gt),
        ("__ge__", array_ge),
        ("__add__", array_add),
        ("__iadd__", array_iadd),
        ("__mul__", array_mul),
        ("__rmul__", array_mul),
        ("__imul__", array_imul),
        ("__repr__", array_repr),
        ("__copy__", array_copy),
        ("__deepcopy__", array_deepcopy),
    ];
    let t = crate::types::new_type(
        "array",
        vec![vm.rt.types.object.clone()],
        Layout::Native,
        true,
    );
    t.dict.set_str("__module__", Value::str("array"));
    vm.add_native(&t, "__new__", array_new, BuiltinKind::StaticMethod);
    for &(name, f) in methods {
        vm.add_method(&t, name, f);
    }
    t.dict.set_str("__hash__", Value::None);
    t.dict.set_str(
        "typecode",
        crate::modules::native_property(vm, "typecode", array_typecode),
    );
    t.dict.set_str(
        "itemsize",
        crate::modules::native_property(vm, "itemsize", array_itemsize),
    );
    m.dict.set_str("array", Value::Type(t.clone()));
    // CPython registers array as a collections.abc.MutableSequence when the
    // module loads. weft does not import collections.abc for it: it registers
    // here if that module is already loaded, and _collections_abc registers
    // an already imported array when it loads.
    if let Some(Value::Module(abc)) = vm.rt.modules.get_str("_collections_abc") {
        if let Some(ms) = abc.dict.get_str("MutableSequence") {
            let register = vm.get_attr_str(&ms, "register")?;
            vm.call1(&register, Value::Type(t.clone()))?;
        }
    }
    m.dict.set_str("ArrayType", Value::Type(t));
    m.dict.set_str("typecodes", Value::str(TYPECODES));

    let it = crate::types::new_type(
        "arrayiterator",
        vec![vm.rt.types.object.clone()],
        Layout::Native,
        true,
    );
    it.dict.set_str("__module__", Value::str("array"));
    vm.add_method(&it, "__next__", arrayiter_next);
    vm.add_method(&it, "__iter__", |_, a| Ok(a.pos[0].clone()));
    m.dict.set_str("_arrayiterator", Value::Type(it));
    Ok(m)
}

fn array_type(vm: &mut Vm, name: &str) -> PyResult<Rc<TypeObj>> {
    match vm.import_module("array")? {
        Value::Module(m) => match m.dict.get_str(name) {
            Some(Value::Type(t)) => Ok(t),
            _ => Err(vm.runtime_error("array module is incomplete")),
        },
        _ => Err(vm.runtime_error("array is not a module")),
    }
}

fn state<'a>(vm: &Vm, args: &'a Args, meth: &str) -> PyResult<std::cell::RefMut<'a, ArrayState>> {
    this::<ArrayState>(vm, args, "array.array", meth)
}

/// Kind and bytes of an array value (copied out, so no borrow is held).
fn snapshot(v: &Value) -> Option<(Kind, Vec<u8>)> {
    native_data::<ArrayState>(v).map(|s| (s.kind, s.data.clone()))
}

fn new_array(vm: &mut Vm, cls: Option<Rc<TypeObj>>, kind: Kind, data: Vec<u8>) -> PyResult {
    let cls = match cls {
        Some(c) => c,
        None => array_type(vm, "array")?,
    };
    Ok(native_instance(&cls, ArrayState { kind, data }))
}

fn encode_all(vm: &mut Vm, kind: Kind, items: &[Value]) -> PyResult<Vec<u8>> {
    let mut data = Vec::with_capacity(items.len() * kind.itemsize());
    for v in items {
        data.extend(encode_item(vm, kind, v)?);
    }
    Ok(data)
}

fn array_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("array.__new__(X): X is not a type object"));
    };
    if cls.builtin && !args.kw.is_empty() {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    let rest = &args.pos[1..];
    if rest.is_empty() {
        return Err(vm.type_error("array() takes at least 1 argument (0 given)"));
    }
    if rest.len() > 2 {
        return Err(vm.type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            rest.len()
        )));
    }
    let code = match &rest[0] {
        Value::Str(s) if s.char_len == 1 => s.as_str().chars().next().unwrap_or(' '),
        other => {
            return Err(vm.type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                vm.type_name(other)
            )))
        }
    };
    let Some(kind) = Kind::parse(code) else {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    };
    let data = match rest.get(1) {
        None => Vec::new(),
        Some(Value::Str(s)) => {
            if kind.0 != 'u' {
                return Err(vm.type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    kind.0
                )));
            }
            s.as_str()
                .chars()
                .flat_map(|c| (c as u32).to_ne_bytes())
                .collect()
        }
        Some(Value::Bytes(b)) => {
            if b.data.len() % kind.itemsize() != 0 {
                return Err(vm.value_error("bytes length not a multiple of item size"));
            }
            b.data.to_vec()
        }
        Some(init) => {
            if let Some((other_kind, other_data)) = snapshot(init) {
                if kind.0 != 'u' && other_kind.0 == 'u' {
                    return Err(vm.type_error(format!(
                        "cannot use a unicode array to initialize an array with typecode '{}'",
                        kind.0
                    )));
                }
                if other_kind == kind {
                    other_data
                } else {
                    let src = ArrayState {
                        kind: other_kind,
                        data: other_data,
                    };
                    encode_all(vm, kind, &src.values())?
                }
            } else {
                let items = vm.collect_iterable(init)?;
                encode_all(vm, kind, &items)?
            }
        }
    };
    new_array(vm, Some(cls), kind, data)
}

/// A Py_ssize_t argument (insert/pop positions), with CPython's OverflowError.
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match crate::builtins::index_int(vm, v)? {
        Value::Int(i) => Ok(i),
        _ => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn one_arg<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a Value> {
    vm.check_args(name, &Args::new(args.pos[1..].iter().cloned()), 1, 1)?;
    Ok(&args.pos[1])
}

fn array_append(vm: &mut Vm, args: Args) -> PyResult {
    let kind = state(vm, &args, "append")?.kind;
    let v = one_arg(vm, &args, "append")?;
    let bytes = encode_item(vm, kind, v)?;
    state(vm, &args, "append")?.data.extend(bytes);
    Ok(Value::None)
}

fn array_extend(vm: &mut Vm, args: Args) -> PyResult {
    let kind = state(vm, &args, "extend")?.kind;
    let v = one_arg(vm, &args, "extend")?;
    let bytes = if let Some((k, d)) = snapshot(v) {
        if k != kind {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        d
    } else {
        let items = vm.collect_iterable(v)?;
        encode_all(vm, kind, &items)?
    };
    state(vm, &args, "extend")?.data.extend(bytes);
    Ok(Value::None)
}

fn array_fromlist(vm: &mut Vm, args: Args) -> PyResult {
    let kind = state(vm, &args, "fromlist")?.kind;
    let v = one_arg(vm, &args, "fromlist")?;
    let Value::List(l) = v else {
        return Err(vm.type_error("arg must be list"));
    };
    let items = l.items.borrow().clone();
    let bytes = encode_all(vm, kind, &items)?;
    state(vm, &args, "fromlist")?.data.extend(bytes);
    Ok(Value::None)
}

fn array_insert(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("insert", &Args::new(args.pos[1..].iter().cloned()), 2, 2)?;
    let i = ssize_arg(vm, &args.pos[1])?;
    let (kind, len) = {
        let s = state(vm, &args, "insert")?;
        (s.kind, s.len())
    };
    let bytes = encode_item(vm, kind, &args.pos[2])?;
    let n = len as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let mut s = state(vm, &args, "insert")?;
    let off = at * kind.itemsize();
    s.data.splice(off..off, bytes);
    Ok(Value::None)
}

fn array_pop(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("pop", &Args::new(args.pos[1..].iter().cloned()), 0, 1)?;
    let i = match args.pos.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut s = state(vm, &args, "pop")?;
    if s.len() == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let Some(i) = vm.normalize_index(i, s.len()) else {
        return Err(vm.index_error("pop index out of range"));
    };
    let v = s.value(i);
    let n = s.kind.itemsize();
    s.data.drain(i * n..(i + 1) * n);
    Ok(v)
}

/// Position of the first item equal to `x`, comparing as Python values.
fn find(vm: &mut Vm, args: &Args, x: &Value, meth: &str) -> PyResult<Option<usize>> {
    let values = state(vm, args, meth)?.values();
    for (i, v) in values.iter().enumerate() {
        if vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn array_remove(vm: &mut Vm, args: Args) -> PyResult {
    let x = one_arg(vm, &args, "remove")?.clone();
    match find(vm, &args, &x, "remove")? {
        Some(i) => {
            let mut s = state(vm, &args, "remove")?;
            let n = s.kind.itemsize();
            s.data.drain(i * n..(i + 1) * n);
            Ok(Value::None)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

fn array_index(vm: &mut Vm, args: Args) -> PyResult {
    let x = args
        .pos
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("index expected at least 1 argument, got 0"))?;
    match find(vm, &args, &x, "index")? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn array_count(vm: &mut Vm, args: Args) -> PyResult {
    let x = one_arg(vm, &args, "count")?.clone();
    let values = state(vm, &args, "count")?.values();
    let mut n = 0;
    for v in &values {
        if vm.eq(v, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn array_contains(vm: &mut Vm, args: Args) -> PyResult {
    let x = one_arg(vm, &args, "__contains__")?.clone();
    Ok(Value::Bool(find(vm, &args, &x, "__contains__")?.is_some()))
}

fn array_reverse(vm: &mut Vm, args: Args) -> PyResult {
    let mut s = state(vm, &args, "reverse")?;
    let n = s.kind.itemsize();
    let items: Vec<Vec<u8>> = s.data.chunks(n).rev().map(|c| c.to_vec()).collect();
    s.data = items.concat();
    Ok(Value::None)
}

fn array_tolist(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::list(state(vm, &args, "tolist")?.values()))
}

fn array_tobytes(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bytes(state(vm, &args, "tobytes")?.data.clone()))
}

fn array_frombytes(vm: &mut Vm, args: Args) -> PyResult {
    let v = one_arg(vm, &args, "frombytes")?;
    let Value::Bytes(b) = v else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        )));
    };
    let mut s = state(vm, &args, "frombytes")?;
    if b.data.len() % s.kind.itemsize() != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    s.data.extend_from_slice(&b.data);
    Ok(Value::None)
}

fn array_tounicode(vm: &mut Vm, args: Args) -> PyResult {
    let s = state(vm, &args, "tounicode")?;
    if s.kind.0 != 'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let text: String = (0..s.len())
        .map(|i| match s.item(i) {
            Item::Char(c) => c,
            _ => '\u{fffd}',
        })
        .collect();
    Ok(Value::string(text))
}

fn array_fromunicode(vm: &mut Vm, args: Args) -> PyResult {
    let v = one_arg(vm, &args, "fromunicode")?;
    let Value::Str(text) = v else {
        return Err(vm.type_error(format!(
            "fromunicode() argument must be str, not {}",
            vm.type_name(v)
        )));
    };
    let mut s = state(vm, &args, "fromunicode")?;
    if s.kind.0 != 'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    for c in text.as_str().chars() {
        s.data.extend((c as u32).to_ne_bytes());
    }
    Ok(Value::None)
}

fn array_byteswap(vm: &mut Vm, args: Args) -> PyResult {
    let mut s = state(vm, &args, "byteswap")?;
    let n = s.kind.itemsize();
    for chunk in s.data.chunks_mut(n) {
        chunk.reverse();
    }
    Ok(Value::None)
}

fn array_buffer_info(vm: &mut Vm, args: Args) -> PyResult {
    let s = state(vm, &args, "buffer_info")?;
    Ok(Value::tuple(vec![
        Value::Int(s.data.as_ptr() as i64),
        Value::Int(s.len() as i64),
    ]))
}

fn array_len(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(state(vm, &args, "__len__")?.len() as i64))
}

fn array_typecode(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::string(
        state(vm, &args, "typecode")?.kind.0.to_string(),
    ))
}

fn array_itemsize(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(
        state(vm, &args, "itemsize")?.kind.itemsize() as i64
    ))
}

fn array_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let idx = one_arg(vm, &args, "__getitem__")?.clone();
    let (kind, data) = {
        let s = state(vm, &args, "__getitem__")?;
        (s.kind, s.data.clone())
    };
    let n = kind.itemsize();
    let len = data.len() / n;
    if let Value::Slice(sl) = &idx {
        let (start, _, step, count) = vm.slice_indices(sl, len)?;
        let mut out = Vec::with_capacity(count * n);
        for k in 0..count as i64 {
            let i = (start + k * step) as usize;
            out.extend_from_slice(&data[i * n..(i + 1) * n]);
        }
        let cls = vm.type_of(&args.pos[0]);
        return new_array(vm, Some(cls), kind, out);
    }
    let i = index_of(vm, &idx)?;
    match vm.normalize_index(i, len) {
        Some(i) => Ok(ArrayState { kind, data }.value(i)),
        None => Err(vm.index_error("array index out of range")),
    }
}

fn index_of(vm: &mut Vm, idx: &Value) -> PyResult<i64> {
    match idx {
        Value::Int(_) | Value::Bool(_) | Value::Instance(_) => vm.index_value(idx),
        Value::BigInt(_) => Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
        other => Err(vm.type_error(format!(
            "array indices must be integers, not {}",
            vm.type_name(other)
        ))),
    }
}

fn array_setitem(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args(
        "__setitem__",
        &Args::new(args.pos[1..].iter().cloned()),
        2,
        2,
    )?;
    let (idx, value) = (args.pos[1].clone(), args.pos[2].clone());
    let (kind, len) = {
        let s = state(vm, &args, "__setitem__")?;
        (s.kind, s.len())
    };
    let n = kind.itemsize();
    if let Value::Slice(sl) = &idx {
        let Some((vkind, vdata)) = snapshot(&value) else {
            return Err(vm.type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                vm.type_name(&value)
            )));
        };
        if vkind != kind {
            return Err(vm.type_error("bad argument type for built-in operation"));
        }
        let (start, stop, step, count) = vm.slice_indices(sl, len)?;
        let mut s = state(vm, &args, "__setitem__")?;
        if step == 1 {
            let start = start as usize;
            let stop = (stop.max(start as i64)) as usize;
            s.data.splice(start * n..stop * n, vdata);
            return Ok(Value::None);
        }
        let new_count = vdata.len() / n;
        if new_count != count {
            return Err(vm.value_error(format!(
                "attempt to assign array of size {new_count} to extended slice of size {count}"
            )));
        }
        for k in 0..count {
            let i = (start + k as i64 * step) as usize;
            s.data[i * n..(i + 1) * n].copy_from_slice(&vdata[k * n..(k + 1) * n]);
        }
        return Ok(Value::None);
    }
    let i = index_of(vm, &idx)?;
    let bytes = encode_item(vm, kind, &value)?;
    let Some(i) = vm.normalize_index(i, len) else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    let mut s = state(vm, &args, "__setitem__")?;
    s.data[i * n..(i + 1) * n].copy_from_slice(&bytes);
    Ok(Value::None)
}

fn array_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let idx = one_arg(vm, &args, "__delitem__")?.clone();
    let (kind, len) = {
        let s = state(vm, &args, "__delitem__")?;
        (s.kind, s.len())
    };
    let n = kind.itemsize();
    if let Value::Slice(sl) = &idx {
        let (start, _, step, count) = vm.slice_indices(sl, len)?;
        let mut doomed: Vec<usize> = (0..count as i64)
            .map(|k| (start + k * step) as usize)
            .collect();
        doomed.sort_unstable();
        let mut s = state(vm, &args, "__delitem__")?;
        for i in doomed.into_iter().rev() {
            s.data.drain(i * n..(i + 1) * n);
        }
        return Ok(Value::None);
    }
    let i = index_of(vm, &idx)?;
    let Some(i) = vm.normalize_index(i, len) else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    state(vm, &args, "__delitem__")?
        .data
        .drain(i * n..(i + 1) * n);
    Ok(Value::None)
}

/// The live iterator over an array: the array and the next index.
struct ArrayIter {
    array: Value,
    next: usize,
}

fn array_iter(vm: &mut Vm, args: Args) -> PyResult {
    drop(state(vm, &args, "__iter__")?);
    let t = array_type(vm, "_arrayiterator")?;
    Ok(native_instance(
        &t,
        ArrayIter {
            array: args.pos[0].clone(),
            next: 0,
        },
    ))
}

fn arrayiter_next(vm: &mut Vm, args: Args) -> PyResult {
    let mut it = this::<ArrayIter>(vm, &args, "arrayiterator", "__next__")?;
    let item = native_data::<ArrayState>(&it.array)
        .and_then(|s| (it.next < s.len()).then(|| s.value(it.next)));
    match item {
        Some(v) => {
            it.next += 1;
            Ok(v)
        }
        None => {
            it.next = usize::MAX;
            Err(vm.stop_iteration(Value::None))
        }
    }
}

/// Both arrays' values for a comparison, or NotImplemented when `other` is not an array.
fn compare(vm: &mut Vm, args: &Args, meth: &str) -> PyResult<Option<Ordering>> {
    let other = one_arg(vm, args, meth)?.clone();
    let Some((ok, od)) = snapshot(&other) else {
        return Ok(None);
    };
    let mine = state(vm, args, meth)?.values();
    let theirs = ArrayState { kind: ok, data: od }.values();
    for (a, b) in mine.iter().zip(theirs.iter()) {
        if !vm.eq(a, b)? {
            let lt = vm.compare(a, b, weft_compiler::ast::CmpOp::Lt)?;
            return Ok(Some(if vm.is_true(&lt)? {
                Ordering::Less
            } else {
                Ordering::Greater
            }));
        }
    }
    Ok(Some(mine.len().cmp(&theirs.len())))
}

fn cmp_result(vm: &mut Vm, args: Args, meth: &str, test: fn(Ordering) -> bool) -> PyResult {
    Ok(match compare(vm, &args, meth)? {
        Some(o) => Value::Bool(test(o)),
        None => Value::NotImplemented,
    })
}

fn array_eq(vm: &mut Vm, args: Args) -> PyResult {
    cmp_result(vm, args, "__eq__", |o| o == Ordering::Equal)
}

fn array_ne(vm: &mut Vm, args: Args) -> PyResult {
    cmp_result(vm, args, "__ne__", |o| o != Ordering::Equal)
}

fn array_lt(vm: &mut Vm, args: Args) -> PyResult {
    cmp_result(vm, args, "__lt__", |o| o == Ordering::Less)
}

fn array_le(vm: &mut Vm, args: Args) -> PyResult {
    cmp_result(vm, args, "__le__", |o| o != Ordering::Greater)
}

fn array_gt(vm: &mut Vm, args: Args) -> PyResult {
    cmp_result(vm, args, "__gt__", |o| o == Ordering::Greater)
}

fn array_ge(vm: &mut Vm, args: Args) -> PyResult {
    cmp_result(vm, args, "__ge__", |o| o != Ordering::Less)
}

/// The bytes of `other` when it is an array of the same kind as `args[0]`.
fn same_kind_operand(
    vm: &mut Vm,
    args: &Args,
    meth: &str,
    verb: &str,
) -> PyResult<(Kind, Vec<u8>, Vec<u8>)> {
    let other = one_arg(vm, args, meth)?.clone();
    let (kind, data) = {
        let s = state(vm, args, meth)?;
        (s.kind, s.data.clone())
    };
    let Some((ok, od)) = snapshot(&other) else {
        return Err(vm.type_error(format!(
            "can only {verb} array (not \"{}\") to array",
            vm.type_name(&other)
        )));
    };
    if ok != kind {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    Ok((kind, data, od))
}

fn array_add(vm: &mut Vm, args: Args) -> PyResult {
    let (kind, mut data, other) = same_kind_operand(vm, &args, "__add__", "append")?;
    data.extend(other);
    new_array(vm, None, kind, data)
}

fn array_iadd(vm: &mut Vm, args: Args) -> PyResult {
    let (_, _, other) = same_kind_operand(vm, &args, "__iadd__", "extend")?;
    state(vm, &args, "__iadd__")?.data.extend(other);
    Ok(args.pos[0].clone())
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    match v {
        Value::Int(_) | Value::Bool(_) => Ok(Some(vm.index_value(v)?.max(0) as usize)),
        Value::BigInt(_) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        _ => Ok(None),
    }
}

fn array_mul(vm: &mut Vm, args: Args) -> PyResult {
    let count = one_arg(vm, &args, "__mul__")?.clone();
    let Some(k) = repeat_count(vm, &count)? else {
        return Ok(Value::NotImplemented);
    };
    let (kind, data) = {
        let s = state(vm, &args, "__mul__")?;
        (s.kind, s.data.clone())
    };
    if k > 0
        && data
            .len()
            .checked_mul(k)
            .is_none_or(|n| n > isize::MAX as usize / 2)
    {
        return Err(vm.error("MemoryError", ""));
    }
    new_array(vm, None, kind, data.repeat(k))
}

fn array_imul(vm: &mut Vm, args: Args) -> PyResult {
    let count = one_arg(vm, &args, "__imul__")?.clone();
    let Some(k) = repeat_count(vm, &count)? else {
        return Ok(Value::NotImplemented);
    };
    let mut s = state(vm, &args, "__imul__")?;
    if k > 0
        && s.data
            .len()
            .checked_mul(k)
            .is_none_or(|n| n > isize::MAX as usize / 2)
    {
        drop(s);
        return Err(vm.error("MemoryError", ""));
    }
    s.data = s.data.repeat(k);
    drop(s);
    Ok(args.pos[0].clone())
}

fn array_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (kind, data) = {
        let s = state(vm, &args, "__copy__")?;
        (s.kind, s.data.clone())
    };
    let cls = vm.type_of(&args.pos[0]);
    new_array(vm, Some(cls), kind, data)
}

/// `__deepcopy__(memo)`: the items are plain numbers, so a copy is deep.
fn array_deepcopy(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args(
        "__deepcopy__",
        &Args::new(args.pos[1..].iter().cloned()),
        1,
        1,
    )?;
    array_copy(vm, Args::new([args.pos[0].clone()]))
}

fn array_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (kind, values, text) = {
        let s = state(vm, &args, "__repr__")?;
        let text: Option<String> = (s.kind.0 == 'u').then(|| {
            (0..s.len())
                .map(|i| match s.item(i) {
                    Item::Char(c) => c,
                    _ => '\u{fffd}',
                })
                .collect()
        });
        (s.kind, s.values(), text)
    };
    let cls = vm.type_of(&args.pos[0]);
    let name = if cls.builtin {
        "array".to_string()
    } else {
        cls.name.clone()
    };
    if values.is_empty() {
        return Ok(Value::string(format!("{name}('{}')", kind.0)));
    }
    let body = match text {
        Some(t) => vm.repr_string(&Value::string(t))?,
        None => vm.repr_string(&Value::list(values))?,
    };
    Ok(Value::string(format!("{name}('{}', {body})", kind.0)))
}
