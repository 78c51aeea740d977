//! `_struct`: packing Python values into C-layout bytes and back, as
//! CPython's `_struct` module (re-exported by `stdlib/struct.py`).
//!
//! A format string is parsed once into a [`Layout`] of fields (code, count,
//! offset); packing and unpacking walk it. Integer range checks reproduce
//! CPython's per-mode wording on a little-endian 64-bit host: native and
//! little-endian modes share the native converters where sizes agree, the
//! big-endian mode has its own messages. Not provided: memoryview buffers
//! (weft has none; bytes and bytearray are accepted), `_clearcache`, and
//! `iter_unpack` iterates over a copy of the buffer taken when it is called
//! (CPython's keeps a view of the live buffer).

use std::rc::Rc;

use dashu_int::IBig;

use crate::bytearray::ByteArray;
use crate::function::{Args, NativeFn};
use crate::module::ModuleObj;
use crate::modules::{
    native_data, native_instance, native_property, native_type, new_module, this,
};
use crate::object::{Layout as TLayout, Payload, TypeObj};
use crate::ops::{as_int, to_big};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Native,
    Little,
    Big,
}

#[derive(Clone, Copy)]
struct Field {
    code: u8,
    /// For 's'/'p' the byte length; otherwise 1 (a repeat is several fields).
    len: usize,
    offset: usize,
}

#[derive(Clone)]
struct Layout {
    mode: Mode,
    fields: Vec<Field>,
    size: usize,
}

fn struct_error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    let t = error_type(vm);
    vm.new_error(&t, msg)
}

fn error_type(vm: &Vm) -> Rc<TypeObj> {
    if let Some(t) = vm.rt.native_types.borrow().get("struct.error") {
        return t.clone();
    }
    let t = crate::types::new_type(
        "error",
        vec![vm.exc_type("Exception")],
        TLayout::Exception,
        false,
    );
    t.dict.set_str("__module__", Value::str("struct"));
    vm.rt
        .native_types
        .borrow_mut()
        .insert("struct.error", t.clone());
    t
}

/// Size and alignment of `code` in `mode`, or None if the code is not allowed.
fn size_of(code: u8, mode: Mode) -> Option<(usize, usize)> {
    let native = mode == Mode::Native;
    let size = match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    let align = if native { size } else { 1 };
    Some((size, align))
}

fn parse(vm: &Vm, fmt: &[u8]) -> PyResult<Layout> {
    let (mode, rest) = match fmt.first() {
        Some(b'@') => (Mode::Native, &fmt[1..]),
        Some(b'<') | Some(b'=') => (Mode::Little, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Mode::Big, &fmt[1..]),
        _ => (Mode::Native, fmt),
    };
    let too_long = || struct_error(vm, "total struct size too long");
    let mut fields = Vec::new();
    let mut size: usize = 0;
    let mut i = 0;
    while i < rest.len() {
        let mut c = rest[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count: usize = 1;
        if c.is_ascii_digit() {
            count = (c - b'0') as usize;
            loop {
                match rest.get(i) {
                    Some(d) if d.is_ascii_digit() => {
                        count = count
                            .checked_mul(10)
                            .and_then(|n| n.checked_add((d - b'0') as usize))
                            .ok_or_else(too_long)?;
                        i += 1;
                    }
                    Some(&d) => {
                        c = d;
                        i += 1;
                        break;
                    }
                    None => {
                        return Err(struct_error(
                            vm,
                            "repeat count given without format specifier",
                        ))
                    }
                }
            }
        }
        let (isz, align) =
            size_of(c, mode).ok_or_else(|| struct_error(vm, "bad char in struct format"))?;
        if align > 1 {
            size = size
                .div_ceil(align)
                .checked_mul(align)
                .ok_or_else(too_long)?;
        }
        match c {
            b's' | b'p' => {
                fields.push(Field {
                    code: c,
                    len: count,
                    offset: size,
                });
                size = size.checked_add(count).ok_or_else(too_long)?;
            }
            b'x' => size = size.checked_add(count).ok_or_else(too_long)?,
            _ => {
                let total = count.checked_mul(isz).ok_or_else(too_long)?;
                if total > isize::MAX as usize / 2 {
                    return Err(too_long());
                }
                for k in 0..count {
                    fields.push(Field {
                        code: c,
                        len: 1,
                        offset: size + k * isz,
                    });
                }
                size = size.checked_add(total).ok_or_else(too_long)?;
            }
        }
        if size > isize::MAX as usize {
            return Err(too_long());
        }
    }
    Ok(Layout { mode, fields, size })
}

fn format_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    let ascii = |s: &str| crate::methods::encode_str(vm, s, crate::methods::Codec::Ascii, "strict");
    match v {
        Value::Str(s) => ascii(s.as_str()),
        Value::Bytes(b) => Ok(b.data.to_vec()),
        Value::Instance(i) => match &i.payload {
            Payload::Builtin(Value::Str(s)) => ascii(s.as_str()),
            Payload::Builtin(Value::Bytes(b)) => Ok(b.data.to_vec()),
            _ => Err(bad_format(vm, v)),
        },
        _ => Err(bad_format(vm, v)),
    }
}

fn bad_format(vm: &Vm, v: &Value) -> PyErr {
    vm.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        vm.type_name(v)
    ))
}

/// Contents of a readable buffer (bytes or bytearray).
fn read_buffer(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.data.to_vec()),
        Value::Instance(i) => match &i.payload {
            Payload::Builtin(Value::Bytes(b)) => Ok(b.data.to_vec()),
            _ => crate::bytearray::as_bytearray(v).ok_or_else(|| not_bytes_like(vm, v)),
        },
        _ => Err(not_bytes_like(vm, v)),
    }
}

fn not_bytes_like(vm: &Vm, v: &Value) -> PyErr {
    vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(v)
    ))
}

fn get_int(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    let big = match as_int(v) {
        Some(i) => to_big(&i),
        None => {
            if vm.lookup_special(v, "__index__").is_none() {
                return Err(struct_error(vm, "required argument is not an integer"));
            }
            let i = crate::builtins::index_int(vm, v)?;
            match as_int(&i) {
                Some(i) => to_big(&i),
                None => return Err(struct_error(vm, "required argument is not an integer")),
            }
        }
    };
    // Anything beyond 128 bits is out of every range; clamp it to a value
    // that fails all checks the same way.
    Ok(i128::try_from(&big).unwrap_or(if big < IBig::ZERO {
        i128::MIN
    } else {
        i128::MAX
    }))
}

fn get_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Value::Float(f) = v {
        return Ok(*f);
    }
    if let Some(f) = vm.float_of(v) {
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        return crate::ops::int_to_f64(&i)
            .ok_or_else(|| struct_error(vm, "required argument is not a float"));
    }
    for name in ["__float__", "__index__"] {
        if let Some(m) = vm.lookup_special(v, name) {
            let r = vm.call1(&m, v.clone())?;
            if let Value::Float(f) = r {
                return Ok(f);
            }
            if let Some(i) = as_int(&r) {
                if let Some(f) = crate::ops::int_to_f64(&i) {
                    return Ok(f);
                }
            }
        }
    }
    Err(struct_error(vm, "required argument is not a float"))
}

const I64: (i128, i128) = (i64::MIN as i128, i64::MAX as i128);
const U64: (i128, i128) = (0, u64::MAX as i128);

/// The integer `n` checked for `code` in `mode`, with CPython's messages.
fn check_int(vm: &Vm, code: u8, mode: Mode, size: usize, n: i128) -> PyResult<i128> {
    let within = |r: (i128, i128)| n >= r.0 && n <= r.1;
    let out_of_range = || struct_error(vm, "argument out of range");
    let bits = size * 8;
    let signed = code.is_ascii_lowercase();
    let (lo, hi) = if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    if code == b'P' {
        return if n >= i64::MIN as i128 && n <= u64::MAX as i128 {
            Ok(n)
        } else {
            Err(struct_error(vm, "int too large to convert"))
        };
    }
    let named = match code {
        b'b' => Some("byte"),
        b'B' => Some("ubyte"),
        b'h' if mode != Mode::Big => Some("short"),
        b'H' if mode != Mode::Big => Some("ushort"),
        _ => None,
    };
    if let Some(name) = named {
        if !within(I64) {
            return Err(out_of_range());
        }
        if n < lo || n > hi {
            return Err(struct_error(
                vm,
                format!("{name} format requires {lo} <= number <= {hi}"),
            ));
        }
        return Ok(n);
    }
    if size == 8 {
        let ok = within(if signed { I64 } else { U64 });
        if ok {
            return Ok(n);
        }
        return Err(if mode == Mode::Big {
            struct_error(vm, "int too large to convert")
        } else {
            out_of_range()
        });
    }
    if !within(if signed { I64 } else { U64 }) {
        return Err(out_of_range());
    }
    if n < lo || n > hi {
        return Err(struct_error(
            vm,
            format!("'{}' format requires {lo} <= number <= {hi}", code as char),
        ));
    }
    Ok(n)
}

fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    // Scale to units of the smallest subnormal (2^-24) or of the mantissa's
    // last place, then round half to even.
    let mut e = a.log2().floor() as i32;
    // Guard against log2 inaccuracy at exact powers.
    if 2f64.powi(e) > a {
        e -= 1;
    } else if 2f64.powi(e + 1) <= a {
        e += 1;
    }
    let bits: u32 = if e < -14 {
        let units = a * 2f64.powi(24);
        round_even(units) as u32
    } else {
        let quantum = 2f64.powi(e - 10);
        let m = round_even(a / quantum) as u32; // in [1024, 2048]
        let (m, e) = if m == 2048 { (1024, e + 1) } else { (m, e) };
        if e > 15 {
            return None;
        }
        (((e + 15) as u32) << 10) | (m - 1024)
    };
    Some(sign | bits as u16)
}

fn round_even(v: f64) -> f64 {
    let f = v.floor();
    let d = v - f;
    if d > 0.5 || (d == 0.5 && f % 2.0 != 0.0) {
        f + 1.0
    } else {
        f
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 => {
            if m == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn put(out: &mut [u8], mode: Mode, le: &[u8]) {
    if mode == Mode::Big {
        for (o, b) in out.iter_mut().zip(le.iter().rev()) {
            *o = *b;
        }
    } else {
        out.copy_from_slice(le);
    }
}

fn take(data: &[u8], mode: Mode) -> [u8; 8] {
    let mut le = [0u8; 8];
    if mode == Mode::Big {
        for (o, b) in le.iter_mut().zip(data.iter().rev()) {
            *o = *b;
        }
    } else {
        le[..data.len()].copy_from_slice(data);
    }
    le
}

fn pack_values(vm: &mut Vm, lay: &Layout, vals: &[Value], out: &mut [u8]) -> PyResult<()> {
    if vals.len() != lay.fields.len() {
        return Err(struct_error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                lay.fields.len(),
                vals.len()
            ),
        ));
    }
    for (f, v) in lay.fields.iter().zip(vals) {
        let code = f.code;
        let (size, _) = size_of(code, lay.mode).unwrap_or((1, 1));
        let slot = &mut out[f.offset
            ..f.offset
                + if f.len > 1 || matches!(code, b's' | b'p') {
                    f.len
                } else {
                    size
                }];
        match code {
            b's' | b'p' => {
                let data = match v {
                    Value::Bytes(b) => b.data.to_vec(),
                    _ => match crate::bytearray::as_bytearray(v) {
                        Some(d) => d,
                        None => {
                            return Err(struct_error(
                                vm,
                                format!("argument for '{}' must be a bytes object", code as char),
                            ))
                        }
                    },
                };
                slot.fill(0);
                if code == b's' {
                    let n = data.len().min(f.len);
                    slot[..n].copy_from_slice(&data[..n]);
                } else if f.len > 0 {
                    let n = data.len().min(f.len - 1);
                    slot[1..1 + n].copy_from_slice(&data[..n]);
                    slot[0] = n.min(255) as u8;
                }
            }
            b'c' => {
                let data = match v {
                    Value::Bytes(b) => Some(b.data.to_vec()),
                    _ => crate::bytearray::as_bytearray(v),
                };
                match data {
                    Some(d) if d.len() == 1 => slot[0] = d[0],
                    _ => {
                        return Err(struct_error(
                            vm,
                            "char format requires a bytes object of length 1",
                        ))
                    }
                }
            }
            b'?' => slot[0] = vm.is_true(v)? as u8,
            b'e' => {
                let x = get_float(vm, v)?;
                let h = f64_to_half(x)
                    .ok_or_else(|| vm.overflow_error("float too large to pack with e format"))?;
                put(slot, lay.mode, &h.to_le_bytes());
            }
            b'f' => {
                let x = get_float(vm, v)?;
                let y = x as f32;
                // The native converter is a plain C cast; the standard ones check.
                if y.is_infinite() && !x.is_infinite() && lay.mode != Mode::Native {
                    return Err(vm.overflow_error("float too large to pack with f format"));
                }
                put(slot, lay.mode, &y.to_le_bytes());
            }
            b'd' => {
                let x = get_float(vm, v)?;
                put(slot, lay.mode, &x.to_le_bytes());
            }
            _ => {
                let n = get_int(vm, v)?;
                let n = check_int(vm, code, lay.mode, size, n)?;
                let le = (n as u128).to_le_bytes();
                put(slot, lay.mode, &le[..size]);
            }
        }
    }
    Ok(())
}

fn unpack_values(lay: &Layout, data: &[u8]) -> Vec<Value> {
    let mut out = Vec::with_capacity(lay.fields.len());
    for f in &lay.fields {
        let code = f.code;
        let (size, _) = size_of(code, lay.mode).unwrap_or((1, 1));
        let v = match code {
            b's' => Value::bytes(data[f.offset..f.offset + f.len].to_vec()),
            b'p' => {
                if f.len == 0 {
                    Value::bytes(Vec::new())
                } else {
                    let n = (data[f.offset] as usize).min(f.len - 1);
                    Value::bytes(data[f.offset + 1..f.offset + 1 + n].to_vec())
                }
            }
            b'c' => Value::bytes(vec![data[f.offset]]),
            b'?' => Value::Bool(data[f.offset] != 0),
            _ => {
                let le = take(&data[f.offset..f.offset + size], lay.mode);
                let raw = u64::from_le_bytes(le);
                match code {
                    b'e' => Value::Float(half_to_f64(raw as u16)),
                    b'f' => Value::Float(f32::from_bits(raw as u32) as f64),
                    b'd' => Value::Float(f64::from_bits(raw)),
                    c if c.is_ascii_lowercase() => {
                        let shift = 64 - size * 8;
                        Value::Int(((raw << shift) as i64) >> shift)
                    }
                    _ => {
                        if raw > i64::MAX as u64 {
                            Value::from_bigint(IBig::from(raw))
                        } else {
                            Value::Int(raw as i64)
                        }
                    }
                }
            }
        };
        out.push(v);
    }
    out
}

fn layout_of(vm: &mut Vm, fmt: &Value) -> PyResult<Layout> {
    if let Some(s) = native_data::<StructData>(fmt) {
        return Ok(s.layout.clone());
    }
    let b = format_bytes(vm, fmt)?;
    parse(vm, &b)
}

fn do_pack(vm: &mut Vm, lay: &Layout, vals: &[Value]) -> PyResult {
    let mut out = vec![0u8; lay.size];
    pack_values(vm, lay, vals, &mut out)?;
    Ok(Value::bytes(out))
}

fn do_unpack(vm: &mut Vm, lay: &Layout, buf: &Value) -> PyResult {
    let data = read_buffer(vm, buf)?;
    if data.len() != lay.size {
        return Err(struct_error(
            vm,
            format!("unpack requires a buffer of {} bytes", lay.size),
        ));
    }
    Ok(Value::tuple(unpack_values(lay, &data)))
}

fn do_unpack_from(vm: &mut Vm, lay: &Layout, buf: &Value, offset: Option<Value>) -> PyResult {
    let data = read_buffer(vm, buf)?;
    let mut off = match offset {
        Some(v) => crate::modules::clinic::ssize(vm, &v)?,
        None => 0,
    };
    let len = data.len() as i64;
    if off < 0 {
        if off + len < 0 {
            return Err(struct_error(
                vm,
                format!("offset {off} out of range for {len}-byte buffer"),
            ));
        }
        off += len;
    }
    let size = lay.size as i64;
    if len - off < size {
        return Err(struct_error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {off} (actual buffer size is {len})",
                size + off
            ),
        ));
    }
    let off = off as usize;
    Ok(Value::tuple(unpack_values(lay, &data[off..off + lay.size])))
}

fn do_pack_into(vm: &mut Vm, lay: &Layout, args: &[Value]) -> PyResult {
    let buf = &args[0];
    let Some(mut len) = native_data::<ByteArray>(buf).map(|b| b.data.len() as i64) else {
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(buf)
        )));
    };
    let mut off = crate::modules::clinic::ssize(vm, &args[1])?;
    let mut packed = vec![0u8; lay.size];
    pack_values(vm, lay, &args[2..], &mut packed)?;
    // Packing may have run Python code (__index__) that resized the buffer.
    if let Some(b) = native_data::<ByteArray>(buf) {
        len = b.data.len() as i64;
    }
    let size = lay.size as i64;
    if off < 0 {
        if off + size > 0 {
            return Err(struct_error(
                vm,
                format!("no space to pack {size} bytes at offset {off}"),
            ));
        }
        if off + len < 0 {
            return Err(struct_error(
                vm,
                format!("offset {off} out of range for {len}-byte buffer"),
            ));
        }
        off += len;
    }
    if len - off < size {
        return Err(struct_error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {off} (actual buffer size is {len})",
                size + off
            ),
        ));
    }
    if let Some(mut b) = native_data::<ByteArray>(buf) {
        let off = off as usize;
        b.data[off..off + lay.size].copy_from_slice(&packed);
    }
    Ok(Value::None)
}

fn do_iter_unpack(vm: &mut Vm, lay: &Layout, buf: &Value) -> PyResult {
    let data = read_buffer(vm, buf)?;
    if lay.size == 0 {
        return Err(struct_error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % lay.size != 0 {
        return Err(struct_error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                lay.size
            ),
        ));
    }
    let t = unpack_iterator_type(vm);
    Ok(native_instance(
        &t,
        UnpackIter {
            layout: lay.clone(),
            data,
            pos: 0,
        },
    ))
}

/// The iterator `iter_unpack` returns: a snapshot of the buffer and a read position.
struct UnpackIter {
    layout: Layout,
    data: Vec<u8>,
    pos: usize,
}

const ITER_CLS: &str = "_struct.unpack_iterator";

fn unpack_iterator_type(vm: &Vm) -> Rc<TypeObj> {
    if let Some(t) = vm.rt.native_types.borrow().get(ITER_CLS) {
        return t.clone();
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("__iter__", crate::modules::clinic::iter_self),
        ("__next__", iter_next),
        ("__length_hint__", iter_length_hint),
    ];
    let t = native_type(vm, "_struct", "unpack_iterator", None, methods);
    crate::modules::make_final(&t);
    vm.rt.native_types.borrow_mut().insert(ITER_CLS, t.clone());
    t
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult {
    let mut it = this::<UnpackIter>(vm, &args, ITER_CLS, "__next__")?;
    let size = it.layout.size;
    if it.pos + size > it.data.len() {
        drop(it);
        return Err(vm.stop_iteration(Value::None));
    }
    let start = it.pos;
    it.pos += size;
    let values = unpack_values(&it.layout, &it.data[start..start + size]);
    Ok(Value::tuple(values))
}

fn iter_length_hint(vm: &mut Vm, args: Args) -> PyResult {
    let it = this::<UnpackIter>(vm, &args, ITER_CLS, "__length_hint__")?;
    Ok(Value::Int(
        ((it.data.len() - it.pos) / it.layout.size) as i64,
    ))
}

// ---- module-level functions ----

/// CPython's "X() takes no keyword arguments" for a function or method that takes none.
fn no_keywords(vm: &Vm, args: &Args, qualname: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{qualname}() takes no keyword arguments")))
    }
}

/// A method of one argument besides `self`: "Struct.m() takes exactly one argument (N given)".
fn one_argument(vm: &Vm, args: &Args, qualname: &str) -> PyResult<()> {
    no_keywords(vm, args, qualname)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn f_pack(vm: &mut Vm, args: Args) -> PyResult {
    no_keywords(vm, &args, "_struct.pack")?;
    let Some(fmt) = args.pos.first() else {
        return Err(vm.type_error("missing format argument"));
    };
    let lay = layout_of(vm, fmt)?;
    do_pack(vm, &lay, &args.pos[1..])
}

fn f_pack_into(vm: &mut Vm, args: Args) -> PyResult {
    no_keywords(vm, &args, "_struct.pack_into")?;
    match args.pos.len() {
        0 => return Err(vm.type_error("missing format argument")),
        1 => return Err(struct_error(vm, "pack_into expected buffer argument")),
        2 => return Err(struct_error(vm, "pack_into expected offset argument")),
        _ => {}
    }
    let lay = layout_of(vm, &args.pos[0])?;
    do_pack_into(vm, &lay, &args.pos[1..])
}

fn f_unpack(vm: &mut Vm, args: Args) -> PyResult {
    no_keywords(vm, &args, "_struct.unpack")?;
    crate::modules::clinic::positional(vm, "unpack", &args, 2, 2)?;
    let lay = layout_of(vm, &args.pos[0])?;
    do_unpack(vm, &lay, &args.pos[1])
}

fn f_unpack_from(vm: &mut Vm, args: Args) -> PyResult {
    let p = crate::modules::clinic::Params {
        fname: "unpack_from",
        names: &["format", "buffer", "offset"],
        required: 2,
        max_positional: 3,
    };
    let mut slots = p.bind(vm, args)?;
    let fmt = slots[0].take().unwrap_or(Value::None);
    let lay = layout_of(vm, &fmt)?;
    let buf = slots[1].take().unwrap_or(Value::None);
    do_unpack_from(vm, &lay, &buf, slots[2].take())
}

fn f_iter_unpack(vm: &mut Vm, args: Args) -> PyResult {
    no_keywords(vm, &args, "_struct.iter_unpack")?;
    crate::modules::clinic::positional(vm, "iter_unpack", &args, 2, 2)?;
    let lay = layout_of(vm, &args.pos[0])?;
    do_iter_unpack(vm, &lay, &args.pos[1])
}

fn f_calcsize(vm: &mut Vm, args: Args) -> PyResult {
    no_keywords(vm, &args, "_struct.calcsize")?;
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "_struct.calcsize() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    let lay = layout_of(vm, &args.pos[0])?;
    Ok(Value::Int(lay.size as i64))
}

// ---- the Struct class ----

struct StructData {
    format: Value,
    layout: Layout,
}

const CLS: &str = "_struct.Struct";

fn s_new(vm: &mut Vm, args: Args) -> PyResult {
    let mut args = args;
    let cls = crate::modules::clinic::take_cls(vm, &mut args, "Struct")?;
    let p = crate::modules::clinic::Params {
        fname: "Struct",
        names: &["format"],
        required: 1,
        max_positional: 1,
    };
    let slots = p.bind(vm, args)?;
    let fmt = slots[0].clone().unwrap_or(Value::None);
    let raw = format_bytes(vm, &fmt)?;
    let layout = parse(vm, &raw)?;
    let format = Value::string(String::from_utf8_lossy(&raw).into_owned());
    Ok(native_instance(&cls, StructData { format, layout }))
}

fn s_layout(vm: &Vm, args: &Args, meth: &str) -> PyResult<Layout> {
    Ok(this::<StructData>(vm, args, CLS, meth)?.layout.clone())
}

fn s_format(vm: &mut Vm, args: Args) -> PyResult {
    Ok(this::<StructData>(vm, &args, CLS, "format")?.format.clone())
}

fn s_size(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(s_layout(vm, &args, "size")?.size as i64))
}

fn s_pack(vm: &mut Vm, args: Args) -> PyResult {
    no_keywords(vm, &args, "Struct.pack")?;
    let lay = s_layout(vm, &args, "pack")?;
    do_pack(vm, &lay, &args.pos[1..])
}

fn s_pack_into(vm: &mut Vm, args: Args) -> PyResult {
    no_keywords(vm, &args, "Struct.pack_into")?;
    let lay = s_layout(vm, &args, "pack_into")?;
    match args.pos.len() {
        1 => return Err(struct_error(vm, "pack_into expected buffer argument")),
        2 => return Err(struct_error(vm, "pack_into expected offset argument")),
        _ => {}
    }
    do_pack_into(vm, &lay, &args.pos[1..])
}

fn s_unpack(vm: &mut Vm, args: Args) -> PyResult {
    let lay = s_layout(vm, &args, "unpack")?;
    one_argument(vm, &args, "Struct.unpack")?;
    do_unpack(vm, &lay, &args.pos[1])
}

fn s_unpack_from(vm: &mut Vm, args: Args) -> PyResult {
    let lay = s_layout(vm, &args, "unpack_from")?;
    let mut args = args;
    args.pos.remove(0);
    let p = crate::modules::clinic::Params {
        fname: "unpack_from",
        names: &["buffer", "offset"],
        required: 1,
        max_positional: 2,
    };
    let mut slots = p.bind(vm, args)?;
    let buf = slots[0].take().unwrap_or(Value::None);
    do_unpack_from(vm, &lay, &buf, slots[1].take())
}

fn s_iter_unpack(vm: &mut Vm, args: Args) -> PyResult {
    let lay = s_layout(vm, &args, "iter_unpack")?;
    one_argument(vm, &args, "Struct.iter_unpack")?;
    do_iter_unpack(vm, &lay, &args.pos[1])
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("pack", f_pack),
        ("pack_into", f_pack_into),
        ("unpack", f_unpack),
        ("unpack_from", f_unpack_from),
        ("iter_unpack", f_iter_unpack),
        ("calcsize", f_calcsize),
    ];
    let m = new_module(vm, "_struct", functions);
    let methods: &[(&'static str, NativeFn)] = &[
        ("pack", s_pack),
        ("pack_into", s_pack_into),
        ("unpack", s_unpack),
        ("unpack_from", s_unpack_from),
        ("iter_unpack", s_iter_unpack),
    ];
    let t = native_type(vm, "_struct", "Struct", Some(s_new), methods);
    t.dict
        .set_str("format", native_property(vm, "format", s_format));
    t.dict.set_str("size", native_property(vm, "size", s_size));
    m.dict.set_str("Struct", Value::Type(t));
    m.dict.set_str("error", Value::Type(error_type(vm)));
    Ok(m)
}
