//! `itertools`, native as in CPython (`Modules/itertoolsmodule.c`).
//!
//! Every tool is a lazy iterator class whose instances carry their state as a
//! Rust struct; the algorithms (the odometers of `product`, `permutations`
//! and the combinations, `groupby`'s shared iterator, `tee`'s linked buffer
//! chunks) follow CPython's so results, the order in which user callbacks run
//! and the points where errors surface are the same. A `__next__` never holds
//! its state's borrow while calling back into Python code: it copies out what
//! it needs, calls, then stores the outcome.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use weft_compiler::ast::BinOp;

use super::clinic::{iter_self, positional, same_or_equal, ssize, take_cls, Params};
use super::{make_final, native_data, native_instance, native_type, new_module, this};
use crate::function::{Args, BuiltinKind, NativeFn};
use crate::module::ModuleObj;
use crate::object::TypeObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    let m = new_module(vm, "itertools", &[("tee", tee)]);
    let it = |name: &str, new: NativeFn, next: NativeFn, extra: &[(&'static str, NativeFn)]| {
        let mut methods: Vec<(&'static str, NativeFn)> =
            vec![("__iter__", iter_self), ("__next__", next)];
        methods.extend_from_slice(extra);
        let t = native_type(vm, "itertools", name, Some(new), &methods);
        m.dict.set_str(name, Value::Type(t.clone()));
        t
    };
    it("count", count_new, count_next, &[("__repr__", count_repr)]);
    it("cycle", cycle_new, cycle_next, &[]);
    it(
        "repeat",
        repeat_new,
        repeat_next,
        &[
            ("__repr__", repeat_repr),
            ("__length_hint__", repeat_length_hint),
        ],
    );
    let chain = it("chain", chain_new, chain_next, &[]);
    vm.add_native(
        &chain,
        "from_iterable",
        chain_from_iterable,
        BuiltinKind::ClassMethod,
    );
    it("islice", islice_new, islice_next, &[]);
    it("zip_longest", zip_longest_new, zip_longest_next, &[]);
    it("product", product_new, product_next, &[]);
    it("permutations", permutations_new, permutations_next, &[]);
    it("combinations", combinations_new, combinations_next, &[]);
    it("combinations_with_replacement", cwr_new, cwr_next, &[]);
    it("accumulate", accumulate_new, accumulate_next, &[]);
    it("groupby", groupby_new, groupby_next, &[]);
    make_final(&it("_grouper", grouper_new, grouper_next, &[]));
    it("takewhile", takewhile_new, takewhile_next, &[]);
    it("dropwhile", dropwhile_new, dropwhile_next, &[]);
    it("starmap", starmap_new, starmap_next, &[]);
    make_final(&it("_tee", tee_new, tee_next, &[("__copy__", tee_copy)]));
    it("pairwise", pairwise_new, pairwise_next, &[]);
    it("compress", compress_new, compress_next, &[]);
    it("filterfalse", filterfalse_new, filterfalse_next, &[]);
    Ok(m)
}

fn stop(vm: &Vm) -> PyResult {
    Err(vm.stop_iteration(Value::None))
}

/// `self` of the native class `class` (a copy of its state handle).
macro_rules! state {
    ($vm:expr, $args:expr, $ty:ty, $class:literal) => {
        this::<$ty>($vm, &$args, $class, "__next__")?
    };
}

/// `PyNumber_Check`: ints, floats and objects convertible to a number.
fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Instance(_) => ["__index__", "__int__", "__float__", "__complex__"]
            .iter()
            .any(|m| vm.lookup_special(v, m).is_some()),
        _ => false,
    }
}

/// The type name shown in reprs (`count(5)`, or a subclass's own name).
fn class_name(vm: &Vm, v: &Value) -> String {
    vm.type_of(v).name.clone()
}

// ---------------------------------------------------------------------------
// count, cycle, repeat
// ---------------------------------------------------------------------------

struct Count {
    current: Value,
    step: Value,
}

fn count_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "count")?;
    let p = Params {
        fname: "count",
        names: &["start", "step"],
        required: 0,
        max_positional: 2,
    }
    .bind(vm, args)?;
    let start = p[0].clone().unwrap_or(Value::Int(0));
    let step = p[1].clone().unwrap_or(Value::Int(1));
    if !is_number(vm, &start) || !is_number(vm, &step) {
        return Err(vm.type_error("a number is required"));
    }
    Ok(native_instance(
        &cls,
        Count {
            current: start,
            step,
        },
    ))
}

fn count_next(vm: &mut Vm, args: Args) -> PyResult {
    let (current, step) = {
        let s = state!(vm, args, Count, "itertools.count");
        (s.current.clone(), s.step.clone())
    };
    let next = vm.binary_op(&current, &step, BinOp::Add)?;
    state!(vm, args, Count, "itertools.count").current = next;
    Ok(current)
}

fn count_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (current, step) = {
        let s = this::<Count>(vm, &args, "itertools.count", "__repr__")?;
        (s.current.clone(), s.step.clone())
    };
    let name = class_name(vm, &args.pos[0]);
    let current = vm.repr_string(&current)?;
    if matches!(step, Value::Int(1)) {
        return Ok(Value::string(format!("{name}({current})")));
    }
    let step = vm.repr_string(&step)?;
    Ok(Value::string(format!("{name}({current}, {step})")))
}

struct Cycle {
    /// The source, until its first pass ends (then `Null`).
    it: Value,
    saved: Vec<Value>,
    index: usize,
}

fn cycle_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "cycle")?;
    positional(vm, "cycle", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    Ok(native_instance(
        &cls,
        Cycle {
            it,
            saved: Vec::new(),
            index: 0,
        },
    ))
}

fn cycle_next(vm: &mut Vm, args: Args) -> PyResult {
    let it = state!(vm, args, Cycle, "itertools.cycle").it.clone();
    if !it.is_null() {
        let item = vm.next(&it)?;
        let mut s = state!(vm, args, Cycle, "itertools.cycle");
        match item {
            Some(v) => {
                s.saved.push(v.clone());
                return Ok(v);
            }
            None => s.it = Value::Null,
        }
    }
    let mut s = state!(vm, args, Cycle, "itertools.cycle");
    if s.saved.is_empty() {
        drop(s);
        return stop(vm);
    }
    let v = s.saved[s.index].clone();
    s.index = (s.index + 1) % s.saved.len();
    Ok(v)
}

struct Repeat {
    value: Value,
    /// Repetitions left; `None` repeats forever.
    remaining: Option<i64>,
}

fn repeat_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "repeat")?;
    let p = Params {
        fname: "repeat",
        names: &["object", "times"],
        required: 1,
        max_positional: 2,
    }
    .bind(vm, args)?;
    let remaining = match &p[1] {
        None => None,
        Some(t) => Some(ssize(vm, t)?.max(0)),
    };
    Ok(native_instance(
        &cls,
        Repeat {
            value: p[0].clone().unwrap_or_default(),
            remaining,
        },
    ))
}

fn repeat_next(vm: &mut Vm, args: Args) -> PyResult {
    let mut s = state!(vm, args, Repeat, "itertools.repeat");
    match &mut s.remaining {
        Some(0) => {
            drop(s);
            stop(vm)
        }
        Some(n) => {
            *n -= 1;
            Ok(s.value.clone())
        }
        None => Ok(s.value.clone()),
    }
}

fn repeat_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (value, remaining) = {
        let s = this::<Repeat>(vm, &args, "itertools.repeat", "__repr__")?;
        (s.value.clone(), s.remaining)
    };
    let name = class_name(vm, &args.pos[0]);
    let value = vm.repr_string(&value)?;
    Ok(Value::string(match remaining {
        Some(n) => format!("{name}({value}, {n})"),
        None => format!("{name}({value})"),
    }))
}

fn repeat_length_hint(vm: &mut Vm, args: Args) -> PyResult {
    let remaining = this::<Repeat>(vm, &args, "itertools.repeat", "__length_hint__")?.remaining;
    match remaining {
        Some(n) => Ok(Value::Int(n)),
        None => Err(vm.type_error("len() of unsized object")),
    }
}

// ---------------------------------------------------------------------------
// chain, islice, zip_longest
// ---------------------------------------------------------------------------

struct Chain {
    /// Iterator over the iterables; `Null` once exhausted.
    source: Value,
    /// Iterator over the current iterable; `Null` between iterables.
    active: Value,
}

fn chain_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "chain")?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("chain() takes no keyword arguments"));
    }
    let source = vm.get_iter(&Value::tuple(args.pos.into_vec()))?;
    Ok(native_instance(
        &cls,
        Chain {
            source,
            active: Value::Null,
        },
    ))
}

fn chain_from_iterable(vm: &mut Vm, args: Args) -> PyResult {
    let n = args.pos.len().saturating_sub(1);
    if n != 1 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "chain.from_iterable() takes exactly one argument ({n} given)"
        )));
    }
    let Value::Type(cls) = &args.pos[0] else {
        return Err(vm.type_error("chain.from_iterable() needs a class"));
    };
    let source = vm.get_iter(&args.pos[1])?;
    Ok(native_instance(
        cls,
        Chain {
            source,
            active: Value::Null,
        },
    ))
}

fn chain_next(vm: &mut Vm, args: Args) -> PyResult {
    loop {
        let (source, active) = {
            let s = state!(vm, args, Chain, "itertools.chain");
            (s.source.clone(), s.active.clone())
        };
        if source.is_null() {
            return stop(vm);
        }
        let active = if active.is_null() {
            let iterable = vm.next(&source);
            let active = match iterable {
                Ok(Some(iterable)) => vm.get_iter(&iterable),
                Ok(None) => {
                    state!(vm, args, Chain, "itertools.chain").source = Value::Null;
                    return stop(vm);
                }
                Err(e) => Err(e),
            };
            match active {
                Ok(a) => {
                    state!(vm, args, Chain, "itertools.chain").active = a.clone();
                    a
                }
                Err(e) => {
                    state!(vm, args, Chain, "itertools.chain").source = Value::Null;
                    return Err(e);
                }
            }
        } else {
            active
        };
        if let Some(v) = vm.next(&active)? {
            return Ok(v);
        }
        state!(vm, args, Chain, "itertools.chain").active = Value::Null;
    }
}

struct Islice {
    /// The source; `Null` once done.
    it: Value,
    /// Index of the next item to return.
    next: i64,
    /// `-1` for no stop.
    stop: i64,
    step: i64,
    /// Items consumed from the source so far.
    consumed: i64,
}

fn islice_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "islice")?;
    positional(vm, "islice", &args, 2, 4)?;
    let stop_error =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    // PyNumber_AsSsize_t with every failure mapped to -1.
    let as_index = |vm: &mut Vm, v: &Value| -> i64 {
        if v.is_none() {
            return -1;
        }
        vm.index_value(v).unwrap_or(-1)
    };
    let (mut start, mut stop) = (0, -1);
    if args.pos.len() == 2 {
        if !args.pos[1].is_none() {
            stop = as_index(vm, &args.pos[1]);
            if stop == -1 {
                return Err(vm.value_error(stop_error));
            }
        }
    } else {
        if !args.pos[1].is_none() {
            start = as_index(vm, &args.pos[1]);
        }
        if !args.pos[2].is_none() {
            stop = as_index(vm, &args.pos[2]);
            if stop == -1 {
                return Err(vm.value_error(stop_error));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(vm.value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    let mut step = 1;
    if let Some(s) = args.pos.get(3) {
        if !s.is_none() {
            step = as_index(vm, s);
        }
    }
    if step < 1 {
        return Err(vm.value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.get_iter(&args.pos[0])?;
    Ok(native_instance(
        &cls,
        Islice {
            it,
            next: start,
            stop,
            step,
            consumed: 0,
        },
    ))
}

fn islice_next(vm: &mut Vm, args: Args) -> PyResult {
    let (it, stop_at) = {
        let s = state!(vm, args, Islice, "itertools.islice");
        (s.it.clone(), s.stop)
    };
    if it.is_null() {
        return stop(vm);
    }
    let finish = |vm: &mut Vm| {
        state!(vm, args, Islice, "itertools.islice").it = Value::Null;
        stop(vm)
    };
    loop {
        let (consumed, next) = {
            let s = state!(vm, args, Islice, "itertools.islice");
            (s.consumed, s.next)
        };
        if consumed >= next {
            break;
        }
        if vm.next(&it)?.is_none() {
            return finish(vm);
        }
        state!(vm, args, Islice, "itertools.islice").consumed += 1;
    }
    if stop_at != -1 && state!(vm, args, Islice, "itertools.islice").consumed >= stop_at {
        return finish(vm);
    }
    let Some(item) = vm.next(&it)? else {
        return finish(vm);
    };
    let mut s = state!(vm, args, Islice, "itertools.islice");
    s.consumed += 1;
    let old = s.next;
    s.next = s.next.wrapping_add(s.step);
    if s.next < old || (stop_at != -1 && s.next > stop_at) {
        s.next = stop_at;
    }
    Ok(item)
}

struct ZipLongest {
    /// One slot per iterable; `Null` once that iterable is exhausted.
    iters: Vec<Value>,
    active: usize,
    fill: Value,
}

fn zip_longest_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "zip_longest")?;
    let fill = args.take_kw("fillvalue").unwrap_or(Value::None);
    if !args.kw.is_empty() {
        return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
    }
    let mut iters = Vec::with_capacity(args.pos.len());
    for a in &args.pos {
        iters.push(vm.get_iter(a)?);
    }
    let active = iters.len();
    Ok(native_instance(
        &cls,
        ZipLongest {
            iters,
            active,
            fill,
        },
    ))
}

fn zip_longest_next(vm: &mut Vm, args: Args) -> PyResult {
    let (iters, fill) = {
        let s = state!(vm, args, ZipLongest, "itertools.zip_longest");
        if s.iters.is_empty() || s.active == 0 {
            drop(s);
            return stop(vm);
        }
        (s.iters.clone(), s.fill.clone())
    };
    let mut out = Vec::with_capacity(iters.len());
    for (i, it) in iters.iter().enumerate() {
        if it.is_null() {
            out.push(fill.clone());
            continue;
        }
        let item = vm.next(it);
        let mut s = state!(vm, args, ZipLongest, "itertools.zip_longest");
        match item {
            Ok(Some(v)) => out.push(v),
            Ok(None) => {
                s.active = s.active.saturating_sub(1);
                if s.active == 0 {
                    drop(s);
                    return stop(vm);
                }
                s.iters[i] = Value::Null;
                out.push(fill.clone());
            }
            Err(e) => {
                s.active = 0;
                return Err(e);
            }
        }
    }
    Ok(Value::tuple(out))
}

// ---------------------------------------------------------------------------
// combinatorics
// ---------------------------------------------------------------------------

/// `r` of permutations/combinations: "r must be non-negative".
fn nonnegative_r(vm: &mut Vm, r: &Value) -> PyResult<usize> {
    let r = ssize(vm, r)?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

struct Product {
    pools: Vec<Rc<[Value]>>,
    indices: Vec<usize>,
    started: bool,
    stopped: bool,
}

fn product_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "product")?;
    let repeat = args.take_kw("repeat");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for product()",
            k.as_str()
        )));
    }
    let repeat = match repeat {
        Some(r) => ssize(vm, &r)?,
        None => 1,
    };
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut distinct: Vec<Rc<[Value]>> = Vec::with_capacity(args.pos.len());
    for a in &args.pos {
        distinct.push(vm.collect_iterable(a)?.into());
    }
    let npools = distinct.len().saturating_mul(repeat as usize);
    if npools > isize::MAX as usize / 16 {
        return Err(vm.overflow_error("repeat argument too large"));
    }
    let pools: Vec<Rc<[Value]>> = (0..npools)
        .map(|i| distinct[i % distinct.len()].clone())
        .collect();
    Ok(native_instance(
        &cls,
        Product {
            indices: vec![0; pools.len()],
            pools,
            started: false,
            stopped: false,
        },
    ))
}

fn product_next(vm: &mut Vm, args: Args) -> PyResult {
    let mut guard = state!(vm, args, Product, "itertools.product");
    let s = &mut *guard;
    if s.stopped {
        drop(guard);
        return stop(vm);
    }
    if !s.started {
        s.started = true;
        if s.pools.iter().any(|p| p.is_empty()) {
            s.stopped = true;
            drop(guard);
            return stop(vm);
        }
    } else {
        let mut advanced = false;
        for i in (0..s.pools.len()).rev() {
            s.indices[i] += 1;
            if s.indices[i] == s.pools[i].len() {
                s.indices[i] = 0;
            } else {
                advanced = true;
                break;
            }
        }
        if !advanced {
            s.stopped = true;
            drop(guard);
            return stop(vm);
        }
    }
    let t = s
        .pools
        .iter()
        .zip(&s.indices)
        .map(|(p, &i)| p[i].clone())
        .collect();
    Ok(Value::tuple(t))
}

/// State shared by permutations and the two combinations.
struct Combinatoric {
    pool: Vec<Value>,
    r: usize,
    indices: Vec<usize>,
    /// permutations only: the cycle counters.
    cycles: Vec<usize>,
    started: bool,
    stopped: bool,
}

impl Combinatoric {
    fn new(pool: Vec<Value>, r: usize, indices: Vec<usize>, stopped: bool) -> Combinatoric {
        Combinatoric {
            pool,
            r,
            indices,
            cycles: Vec::new(),
            started: false,
            stopped,
        }
    }

    fn tuple(&self, n: usize) -> Value {
        Value::tuple(
            self.indices[..n]
                .iter()
                .map(|&i| self.pool[i].clone())
                .collect(),
        )
    }
}

fn permutations_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "permutations")?;
    let p = Params {
        fname: "permutations",
        names: &["iterable", "r"],
        required: 1,
        max_positional: 2,
    }
    .bind(vm, args)?;
    let pool = vm.collect_iterable(p[0].as_ref().unwrap_or(&Value::None))?;
    let n = pool.len();
    let r = match &p[1] {
        None | Some(Value::None) => n,
        Some(r @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => nonnegative_r(vm, r)?,
        Some(_) => return Err(vm.type_error("Expected int as r")),
    };
    let mut c = Combinatoric::new(pool, r, (0..n).collect(), r > n);
    c.cycles = (0..r.min(n)).map(|i| n - i).collect();
    Ok(native_instance(&cls, c))
}

fn permutations_next(vm: &mut Vm, args: Args) -> PyResult {
    let mut guard = state!(vm, args, Combinatoric, "itertools.permutations");
    let s = &mut *guard;
    let (n, r) = (s.pool.len(), s.r);
    if s.stopped {
        drop(guard);
        return stop(vm);
    }
    if !s.started {
        s.started = true;
        return Ok(s.tuple(r));
    }
    if n == 0 {
        s.stopped = true;
        drop(guard);
        return stop(vm);
    }
    for i in (0..r).rev() {
        s.cycles[i] -= 1;
        if s.cycles[i] == 0 {
            let first = s.indices[i];
            s.indices.copy_within(i + 1.., i);
            s.indices[n - 1] = first;
            s.cycles[i] = n - i;
        } else {
            let j = s.cycles[i];
            s.indices.swap(i, n - j);
            return Ok(s.tuple(r));
        }
    }
    s.stopped = true;
    drop(guard);
    stop(vm)
}

fn combinations_args(vm: &mut Vm, args: Args, name: &str) -> PyResult<(Vec<Value>, usize)> {
    let p = Params {
        fname: name,
        names: &["iterable", "r"],
        required: 2,
        max_positional: 2,
    }
    .bind(vm, args)?;
    let pool = vm.collect_iterable(p[0].as_ref().unwrap_or(&Value::None))?;
    let r = nonnegative_r(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    Ok((pool, r))
}

fn combinations_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "combinations")?;
    let (pool, r) = combinations_args(vm, args, "combinations")?;
    let n = pool.len();
    Ok(native_instance(
        &cls,
        Combinatoric::new(pool, r, (0..r.min(n)).collect(), r > n),
    ))
}

fn combinations_next(vm: &mut Vm, args: Args) -> PyResult {
    let mut guard = state!(vm, args, Combinatoric, "itertools.combinations");
    let s = &mut *guard;
    let (n, r) = (s.pool.len(), s.r);
    if s.stopped {
        drop(guard);
        return stop(vm);
    }
    if !s.started {
        s.started = true;
        return Ok(s.tuple(r));
    }
    // The rightmost index not yet at its maximum (i + n - r).
    match (0..r).rev().find(|&i| s.indices[i] != i + n - r) {
        Some(i) => {
            s.indices[i] += 1;
            for j in i + 1..r {
                s.indices[j] = s.indices[j - 1] + 1;
            }
            Ok(s.tuple(r))
        }
        None => {
            s.stopped = true;
            drop(guard);
            stop(vm)
        }
    }
}

fn cwr_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "combinations_with_replacement")?;
    let (pool, r) = combinations_args(vm, args, "combinations_with_replacement")?;
    let stopped = pool.is_empty() && r > 0;
    Ok(native_instance(
        &cls,
        Combinatoric::new(pool, r, vec![0; r], stopped),
    ))
}

fn cwr_next(vm: &mut Vm, args: Args) -> PyResult {
    let mut guard = state!(
        vm,
        args,
        Combinatoric,
        "itertools.combinations_with_replacement"
    );
    let s = &mut *guard;
    let (n, r) = (s.pool.len(), s.r);
    if s.stopped {
        drop(guard);
        return stop(vm);
    }
    if !s.started {
        s.started = true;
        return Ok(s.tuple(r));
    }
    match (0..r).rev().find(|&i| s.indices[i] != n - 1) {
        Some(i) => {
            let index = s.indices[i] + 1;
            for j in i..r {
                s.indices[j] = index;
            }
            Ok(s.tuple(r))
        }
        None => {
            s.stopped = true;
            drop(guard);
            stop(vm)
        }
    }
}

// ---------------------------------------------------------------------------
// accumulate, groupby
// ---------------------------------------------------------------------------

struct Accumulate {
    it: Value,
    /// `None` adds.
    func: Value,
    /// Yielded first, then `None`.
    initial: Value,
    /// `Null` before the first item.
    total: Value,
}

fn accumulate_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "accumulate")?;
    let p = Params {
        fname: "accumulate",
        names: &["iterable", "func", "initial"],
        required: 1,
        max_positional: 2,
    }
    .bind(vm, args)?;
    let it = vm.get_iter(p[0].as_ref().unwrap_or(&Value::None))?;
    Ok(native_instance(
        &cls,
        Accumulate {
            it,
            func: p[1].clone().unwrap_or(Value::None),
            initial: p[2].clone().unwrap_or(Value::None),
            total: Value::Null,
        },
    ))
}

fn accumulate_next(vm: &mut Vm, args: Args) -> PyResult {
    let (it, func, total) = {
        let mut s = state!(vm, args, Accumulate, "itertools.accumulate");
        if !s.initial.is_none() {
            let initial = std::mem::replace(&mut s.initial, Value::None);
            s.total = initial.clone();
            return Ok(initial);
        }
        (s.it.clone(), s.func.clone(), s.total.clone())
    };
    let Some(v) = vm.next(&it)? else {
        return stop(vm);
    };
    let total = if total.is_null() {
        v
    } else if func.is_none() {
        vm.binary_op(&total, &v, BinOp::Add)?
    } else {
        vm.call2(&func, total, v)?
    };
    state!(vm, args, Accumulate, "itertools.accumulate").total = total.clone();
    Ok(total)
}

struct GroupBy {
    it: Value,
    key: Value,
    /// The key of the group last handed out (`Null` before the first).
    target_key: Value,
    /// Key and value of the item read ahead; `Null` when there is none.
    current_key: Value,
    current_value: Value,
    /// Id of the `_grouper` that may still read (0: none).
    current_grouper: u64,
    grouper_ids: u64,
}

struct Grouper {
    parent: Value,
    target_key: Value,
    id: u64,
}

fn groupby_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "groupby")?;
    let p = Params {
        fname: "groupby",
        names: &["iterable", "key"],
        required: 1,
        max_positional: 2,
    }
    .bind(vm, args)?;
    let it = vm.get_iter(p[0].as_ref().unwrap_or(&Value::None))?;
    Ok(native_instance(
        &cls,
        GroupBy {
            it,
            key: p[1].clone().unwrap_or(Value::None),
            target_key: Value::Null,
            current_key: Value::Null,
            current_value: Value::Null,
            current_grouper: 0,
            grouper_ids: 0,
        },
    ))
}

fn groupby_of<'a>(vm: &Vm, gb: &'a Value) -> PyResult<std::cell::RefMut<'a, GroupBy>> {
    native_data::<GroupBy>(gb).ok_or_else(|| vm.type_error("groupby state lost"))
}

/// Reads the next item and its key into the groupby; false when the source is exhausted.
fn groupby_step(vm: &mut Vm, gb: &Value) -> PyResult<bool> {
    let (it, key) = {
        let s = groupby_of(vm, gb)?;
        (s.it.clone(), s.key.clone())
    };
    let Some(value) = vm.next(&it)? else {
        return Ok(false);
    };
    let k = if key.is_none() {
        value.clone()
    } else {
        vm.call1(&key, value.clone())?
    };
    let mut s = groupby_of(vm, gb)?;
    s.current_value = value;
    s.current_key = k;
    Ok(true)
}

fn groupby_next(vm: &mut Vm, args: Args) -> PyResult {
    let gb = args.pos.first().cloned().unwrap_or_default();
    state!(vm, args, GroupBy, "itertools.groupby").current_grouper = 0;
    // Skip the rest of the current group.
    loop {
        let (current, target) = {
            let s = groupby_of(vm, &gb)?;
            (s.current_key.clone(), s.target_key.clone())
        };
        if !current.is_null() && (target.is_null() || !same_or_equal(vm, &target, &current)?) {
            break;
        }
        if !groupby_step(vm, &gb)? {
            return stop(vm);
        }
    }
    let mut s = groupby_of(vm, &gb)?;
    let key = s.current_key.clone();
    s.target_key = key.clone();
    s.grouper_ids += 1;
    let id = s.grouper_ids;
    s.current_grouper = id;
    drop(s);
    let grouper_type = grouper_class(vm)?;
    let grouper = native_instance(
        &grouper_type,
        Grouper {
            parent: gb,
            target_key: key.clone(),
            id,
        },
    );
    Ok(Value::tuple(vec![key, grouper]))
}

fn grouper_class(vm: &mut Vm) -> PyResult<Rc<TypeObj>> {
    let m = vm.import_module("itertools")?;
    match vm.get_attr_str(&m, "_grouper")? {
        Value::Type(t) => Ok(t),
        _ => Err(vm.type_error("itertools._grouper is not a class")),
    }
}

fn grouper_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "_grouper")?;
    positional(vm, "_grouper", &args, 2, 2)?;
    let parent = args.pos[0].clone();
    if native_data::<GroupBy>(&parent).is_none() {
        return Err(vm.type_error(format!(
            "_grouper() argument 1 must be itertools.groupby, not {}",
            vm.type_name(&parent)
        )));
    }
    Ok(native_instance(
        &cls,
        Grouper {
            parent,
            target_key: args.pos[1].clone(),
            id: u64::MAX,
        },
    ))
}

fn grouper_next(vm: &mut Vm, args: Args) -> PyResult {
    let (gb, target, id) = {
        let s = state!(vm, args, Grouper, "itertools._grouper");
        (s.parent.clone(), s.target_key.clone(), s.id)
    };
    let (active, has_value) = {
        let s = groupby_of(vm, &gb)?;
        (s.current_grouper == id, !s.current_value.is_null())
    };
    if !active {
        return stop(vm);
    }
    if !has_value && !groupby_step(vm, &gb)? {
        return stop(vm);
    }
    let current = groupby_of(vm, &gb)?.current_key.clone();
    if !same_or_equal(vm, &target, &current)? {
        return stop(vm);
    }
    let mut s = groupby_of(vm, &gb)?;
    s.current_key = Value::Null;
    Ok(std::mem::replace(&mut s.current_value, Value::Null))
}

// ---------------------------------------------------------------------------
// takewhile, dropwhile, starmap, filterfalse, compress, pairwise
// ---------------------------------------------------------------------------

struct Predicated {
    func: Value,
    it: Value,
    /// takewhile: the predicate failed; dropwhile: it stopped dropping.
    done: bool,
}

fn predicated_new(vm: &mut Vm, mut args: Args, name: &str) -> PyResult {
    let cls = take_cls(vm, &mut args, name)?;
    positional(vm, name, &args, 2, 2)?;
    let it = vm.get_iter(&args.pos[1])?;
    Ok(native_instance(
        &cls,
        Predicated {
            func: args.pos[0].clone(),
            it,
            done: false,
        },
    ))
}

fn takewhile_new(vm: &mut Vm, args: Args) -> PyResult {
    predicated_new(vm, args, "takewhile")
}

fn takewhile_next(vm: &mut Vm, args: Args) -> PyResult {
    let (func, it, done) = {
        let s = state!(vm, args, Predicated, "itertools.takewhile");
        (s.func.clone(), s.it.clone(), s.done)
    };
    if done {
        return stop(vm);
    }
    let Some(item) = vm.next(&it)? else {
        return stop(vm);
    };
    let good = vm.call1(&func, item.clone())?;
    if vm.is_true(&good)? {
        return Ok(item);
    }
    state!(vm, args, Predicated, "itertools.takewhile").done = true;
    stop(vm)
}

fn dropwhile_new(vm: &mut Vm, args: Args) -> PyResult {
    predicated_new(vm, args, "dropwhile")
}

fn dropwhile_next(vm: &mut Vm, args: Args) -> PyResult {
    let (func, it) = {
        let s = state!(vm, args, Predicated, "itertools.dropwhile");
        (s.func.clone(), s.it.clone())
    };
    loop {
        let Some(item) = vm.next(&it)? else {
            return stop(vm);
        };
        if state!(vm, args, Predicated, "itertools.dropwhile").done {
            return Ok(item);
        }
        let good = vm.call1(&func, item.clone())?;
        if !vm.is_true(&good)? {
            state!(vm, args, Predicated, "itertools.dropwhile").done = true;
            return Ok(item);
        }
    }
}

fn starmap_new(vm: &mut Vm, args: Args) -> PyResult {
    predicated_new(vm, args, "starmap")
}

fn starmap_next(vm: &mut Vm, args: Args) -> PyResult {
    let (func, it) = {
        let s = state!(vm, args, Predicated, "itertools.starmap");
        (s.func.clone(), s.it.clone())
    };
    let Some(item) = vm.next(&it)? else {
        return stop(vm);
    };
    let call_args = vm.collect_iterable(&item)?;
    vm.call(&func, Args::new(call_args))
}

fn filterfalse_new(vm: &mut Vm, args: Args) -> PyResult {
    predicated_new(vm, args, "filterfalse")
}

fn filterfalse_next(vm: &mut Vm, args: Args) -> PyResult {
    let (func, it) = {
        let s = state!(vm, args, Predicated, "itertools.filterfalse");
        (s.func.clone(), s.it.clone())
    };
    loop {
        let Some(item) = vm.next(&it)? else {
            return stop(vm);
        };
        let truth = if func.is_none() {
            vm.is_true(&item)?
        } else {
            let r = vm.call1(&func, item.clone())?;
            vm.is_true(&r)?
        };
        if !truth {
            return Ok(item);
        }
    }
}

struct Compress {
    data: Value,
    selectors: Value,
}

fn compress_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "compress")?;
    let p = Params {
        fname: "compress",
        names: &["data", "selectors"],
        required: 2,
        max_positional: 2,
    }
    .bind(vm, args)?;
    let data = vm.get_iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let selectors = vm.get_iter(p[1].as_ref().unwrap_or(&Value::None))?;
    Ok(native_instance(&cls, Compress { data, selectors }))
}

fn compress_next(vm: &mut Vm, args: Args) -> PyResult {
    let (data, selectors) = {
        let s = state!(vm, args, Compress, "itertools.compress");
        (s.data.clone(), s.selectors.clone())
    };
    loop {
        let Some(datum) = vm.next(&data)? else {
            return stop(vm);
        };
        let Some(selector) = vm.next(&selectors)? else {
            return stop(vm);
        };
        if vm.is_true(&selector)? {
            return Ok(datum);
        }
    }
}

struct Pairwise {
    /// `Null` once exhausted.
    it: Value,
    /// `Null` before the first pair.
    old: Value,
}

fn pairwise_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "pairwise")?;
    positional(vm, "pairwise", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    Ok(native_instance(
        &cls,
        Pairwise {
            it,
            old: Value::Null,
        },
    ))
}

fn pairwise_next(vm: &mut Vm, args: Args) -> PyResult {
    let (it, mut old) = {
        let s = state!(vm, args, Pairwise, "itertools.pairwise");
        (s.it.clone(), s.old.clone())
    };
    if it.is_null() {
        return stop(vm);
    }
    let finish = |vm: &mut Vm| {
        let mut s = state!(vm, args, Pairwise, "itertools.pairwise");
        s.it = Value::Null;
        s.old = Value::Null;
        drop(s);
        stop(vm)
    };
    if old.is_null() {
        match vm.next(&it)? {
            Some(v) => {
                old = v.clone();
                state!(vm, args, Pairwise, "itertools.pairwise").old = v;
            }
            None => return finish(vm),
        }
    }
    let Some(new) = vm.next(&it)? else {
        return finish(vm);
    };
    state!(vm, args, Pairwise, "itertools.pairwise").old = new.clone();
    Ok(Value::tuple(vec![old, new]))
}

// ---------------------------------------------------------------------------
// tee
// ---------------------------------------------------------------------------

/// Values per buffer chunk (CPython's LINKCELLS).
const TEE_CHUNK: usize = 57;

/// One link of the buffer the tees of one source share; a chunk is freed
/// once every tee has moved past it.
struct TeeChunk {
    values: RefCell<Vec<Value>>,
    next: RefCell<Option<Rc<TeeChunk>>>,
}

impl TeeChunk {
    fn new() -> Rc<TeeChunk> {
        Rc::new(TeeChunk {
            values: RefCell::new(Vec::with_capacity(TEE_CHUNK)),
            next: RefCell::new(None),
        })
    }
}

impl Drop for TeeChunk {
    /// Unlinks the chain iteratively: a long buffer must not recurse once per chunk.
    fn drop(&mut self) {
        let mut next = self.next.get_mut().take();
        while let Some(chunk) = next {
            match Rc::try_unwrap(chunk) {
                Ok(mut c) => next = c.next.get_mut().take(),
                Err(_) => break,
            }
        }
    }
}

struct TeeSource {
    it: Value,
    running: Cell<bool>,
}

struct Tee {
    source: Rc<TeeSource>,
    chunk: Rc<TeeChunk>,
    index: usize,
}

fn tee_class(vm: &mut Vm) -> PyResult<Rc<TypeObj>> {
    let m = vm.import_module("itertools")?;
    match vm.get_attr_str(&m, "_tee")? {
        Value::Type(t) => Ok(t),
        _ => Err(vm.type_error("itertools._tee is not a class")),
    }
}

fn new_tee(vm: &mut Vm, cls: &Rc<TypeObj>, iterable: &Value) -> PyResult {
    if let Some(t) = native_data::<Tee>(iterable) {
        return Ok(native_instance(
            cls,
            Tee {
                source: t.source.clone(),
                chunk: t.chunk.clone(),
                index: t.index,
            },
        ));
    }
    let it = vm.get_iter(iterable)?;
    Ok(native_instance(
        cls,
        Tee {
            source: Rc::new(TeeSource {
                it,
                running: Cell::new(false),
            }),
            chunk: TeeChunk::new(),
            index: 0,
        },
    ))
}

fn tee_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "_tee")?;
    positional(vm, "_tee", &args, 1, 1)?;
    new_tee(vm, &cls, &args.pos[0])
}

fn tee_copy(vm: &mut Vm, args: Args) -> PyResult {
    this::<Tee>(vm, &args, "itertools._tee", "__copy__")?;
    let cls = vm.type_of(&args.pos[0]);
    new_tee(vm, &cls, &args.pos[0])
}

fn tee_next(vm: &mut Vm, args: Args) -> PyResult {
    let (source, chunk, index) = {
        let mut s = state!(vm, args, Tee, "itertools._tee");
        if s.index >= TEE_CHUNK {
            let next = s
                .chunk
                .next
                .borrow_mut()
                .get_or_insert_with(TeeChunk::new)
                .clone();
            s.chunk = next;
            s.index = 0;
        }
        (s.source.clone(), s.chunk.clone(), s.index)
    };
    let buffered = chunk.values.borrow().get(index).cloned();
    let value = match buffered {
        Some(v) => v,
        None => {
            if source.running.get() {
                return Err(vm.runtime_error("cannot re-enter the tee iterator"));
            }
            source.running.set(true);
            let r = vm.next(&source.it);
            source.running.set(false);
            let Some(v) = r? else {
                return stop(vm);
            };
            chunk.values.borrow_mut().push(v.clone());
            v
        }
    };
    state!(vm, args, Tee, "itertools._tee").index = index + 1;
    Ok(value)
}

fn tee(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("itertools.tee() takes no keyword arguments"));
    }
    positional(vm, "tee", &args, 1, 2)?;
    let n = match args.pos.get(1) {
        Some(n) => ssize(vm, n)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    let it = vm.get_iter(&args.pos[0])?;
    if n == 0 {
        return Ok(Value::tuple(Vec::new()));
    }
    let first = if native_data::<Tee>(&it).is_some() {
        it
    } else if let Some(copy) = vm.lookup_special(&it, "__copy__") {
        // Another copyable iterator: its copies are the tees.
        let mut out = vec![it.clone()];
        for _ in 1..n {
            out.push(vm.call1(&copy, it.clone())?);
        }
        return Ok(Value::tuple(out));
    } else {
        let cls = tee_class(vm)?;
        new_tee(vm, &cls, &it)?
    };
    let cls = vm.type_of(&first);
    let mut out = vec![first.clone()];
    for _ in 1..n {
        out.push(new_tee(vm, &cls, &first)?);
    }
    Ok(Value::tuple(out))
}
