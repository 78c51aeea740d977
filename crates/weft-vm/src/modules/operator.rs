//! `_operator`: the function form of every operator, plus `itemgetter`,
//! `attrgetter` and `methodcaller`, native because sorts and reductions call
//! them once per item. Each function goes through the VM's own entry points
//! (`binary_op`, `inplace_op`, `rich_compare`, `get_item`, ...) so it behaves
//! exactly like the operator it names. `stdlib/operator.py` re-exports these
//! and adds the `__add__`-style aliases, as CPython's `Lib/operator.py` does.

use std::rc::Rc;

use weft_compiler::ast::{BinOp, CmpOp};

use super::clinic::{positional, same_or_equal, take_cls};
use super::{native_instance, native_type, new_module, this};
use crate::function::{Args, NativeFn};
use crate::iter::IterState;
use crate::module::ModuleObj;
use crate::value::{StrObj, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    let m = new_module(vm, "_operator", FUNCTIONS);
    let classes: [(&str, NativeFn, NativeFn, NativeFn); 3] = [
        (
            "itemgetter",
            itemgetter_new,
            itemgetter_call,
            itemgetter_repr,
        ),
        (
            "attrgetter",
            attrgetter_new,
            attrgetter_call,
            attrgetter_repr,
        ),
        (
            "methodcaller",
            methodcaller_new,
            methodcaller_call,
            methodcaller_repr,
        ),
    ];
    for (name, new, call, repr) in classes {
        let t = native_type(
            vm,
            "operator",
            name,
            Some(new),
            &[("__call__", call), ("__repr__", repr)],
        );
        super::make_final(&t);
        m.dict.set_str(name, Value::Type(t));
    }
    Ok(m)
}

macro_rules! binary {
    ($($fname:ident => $name:literal, $method:ident, $op:expr;)*) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            arity(vm, $name, &args, 2, 2)?;
            vm.$method(&args.pos[0], &args.pos[1], $op)
        })*
    };
}

binary! {
    op_add => "add", binary_op, BinOp::Add;
    op_sub => "sub", binary_op, BinOp::Sub;
    op_mul => "mul", binary_op, BinOp::Mult;
    op_matmul => "matmul", binary_op, BinOp::MatMult;
    op_truediv => "truediv", binary_op, BinOp::Div;
    op_floordiv => "floordiv", binary_op, BinOp::FloorDiv;
    op_mod => "mod", binary_op, BinOp::Mod;
    op_pow => "pow", binary_op, BinOp::Pow;
    op_lshift => "lshift", binary_op, BinOp::LShift;
    op_rshift => "rshift", binary_op, BinOp::RShift;
    op_and => "and_", binary_op, BinOp::BitAnd;
    op_or => "or_", binary_op, BinOp::BitOr;
    op_xor => "xor", binary_op, BinOp::BitXor;
    op_iadd => "iadd", inplace_op, BinOp::Add;
    op_isub => "isub", inplace_op, BinOp::Sub;
    op_imul => "imul", inplace_op, BinOp::Mult;
    op_imatmul => "imatmul", inplace_op, BinOp::MatMult;
    op_itruediv => "itruediv", inplace_op, BinOp::Div;
    op_ifloordiv => "ifloordiv", inplace_op, BinOp::FloorDiv;
    op_imod => "imod", inplace_op, BinOp::Mod;
    op_ipow => "ipow", inplace_op, BinOp::Pow;
    op_ilshift => "ilshift", inplace_op, BinOp::LShift;
    op_irshift => "irshift", inplace_op, BinOp::RShift;
    op_iand => "iand", inplace_op, BinOp::BitAnd;
    op_ior => "ior", inplace_op, BinOp::BitOr;
    op_ixor => "ixor", inplace_op, BinOp::BitXor;
    op_lt => "lt", rich_compare, CmpOp::Lt;
    op_le => "le", rich_compare, CmpOp::LtE;
    op_eq => "eq", rich_compare, CmpOp::Eq;
    op_ne => "ne", rich_compare, CmpOp::NotEq;
    op_gt => "gt", rich_compare, CmpOp::Gt;
    op_ge => "ge", rich_compare, CmpOp::GtE;
}

/// Argument checks of the module's functions: keywords are reported
/// against `_operator.name()`, counts as "name expected N arguments".
fn arity(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    positional(vm, name, args, min, max)
}

static FUNCTIONS: &[(&str, NativeFn)] = &[
    ("abs", op_abs),
    ("add", op_add),
    ("and_", op_and),
    ("call", op_call),
    ("concat", op_concat),
    ("contains", op_contains),
    ("countOf", op_count_of),
    ("delitem", op_delitem),
    ("eq", op_eq),
    ("floordiv", op_floordiv),
    ("ge", op_ge),
    ("getitem", op_getitem),
    ("gt", op_gt),
    ("iadd", op_iadd),
    ("iand", op_iand),
    ("iconcat", op_iconcat),
    ("ifloordiv", op_ifloordiv),
    ("ilshift", op_ilshift),
    ("imatmul", op_imatmul),
    ("imod", op_imod),
    ("imul", op_imul),
    ("index", op_index),
    ("indexOf", op_index_of),
    ("inv", op_inv),
    ("invert", op_invert),
    ("ior", op_ior),
    ("ipow", op_ipow),
    ("irshift", op_irshift),
    ("is_", op_is),
    ("is_not", op_is_not),
    ("isub", op_isub),
    ("itruediv", op_itruediv),
    ("ixor", op_ixor),
    ("le", op_le),
    ("length_hint", op_length_hint),
    ("lshift", op_lshift),
    ("lt", op_lt),
    ("matmul", op_matmul),
    ("mod", op_mod),
    ("mul", op_mul),
    ("ne", op_ne),
    ("neg", op_neg),
    ("not_", op_not),
    ("or_", op_or),
    ("pos", op_pos),
    ("pow", op_pow),
    ("rshift", op_rshift),
    ("setitem", op_setitem),
    ("sub", op_sub),
    ("truediv", op_truediv),
    ("truth", op_truth),
    ("xor", op_xor),
];

fn op_abs(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "abs", &args, 1, 1)?;
    let abs = vm
        .rt
        .builtins
        .get_str("abs")
        .ok_or_else(|| vm.name_error("abs"))?;
    vm.call1(&abs, args.pos[0].clone())
}

fn op_neg(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "neg", &args, 1, 1)?;
    vm.neg(&args.pos[0])
}

fn op_pos(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "pos", &args, 1, 1)?;
    vm.pos(&args.pos[0])
}

fn op_inv(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "inv", &args, 1, 1)?;
    vm.invert(&args.pos[0])
}

fn op_invert(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "invert", &args, 1, 1)?;
    vm.invert(&args.pos[0])
}

fn op_not(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "not_", &args, 1, 1)?;
    Ok(Value::Bool(!vm.is_true(&args.pos[0])?))
}

fn op_truth(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "truth", &args, 1, 1)?;
    Ok(Value::Bool(vm.is_true(&args.pos[0])?))
}

fn op_is(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "is_", &args, 2, 2)?;
    Ok(Value::Bool(args.pos[0].is(&args.pos[1])))
}

fn op_is_not(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "is_not", &args, 2, 2)?;
    Ok(Value::Bool(!args.pos[0].is(&args.pos[1])))
}

fn op_contains(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "contains", &args, 2, 2)?;
    Ok(Value::Bool(vm.contains(&args.pos[0], &args.pos[1])?))
}

fn op_index(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "index", &args, 1, 1)?;
    crate::builtins::index_int(vm, &args.pos[0])
}

fn op_getitem(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "getitem", &args, 2, 2)?;
    vm.get_item(&args.pos[0], &args.pos[1])
}

fn op_setitem(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "setitem", &args, 3, 3)?;
    vm.set_item(&args.pos[0], args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn op_delitem(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "delitem", &args, 2, 2)?;
    vm.del_item(&args.pos[0], args.pos[1].clone())?;
    Ok(Value::None)
}

fn op_call(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error("call() missing 1 required positional argument: 'obj'"));
    }
    let f = args.pos.remove(0);
    vm.call(&f, args)
}

/// `PySequence_Check`: what `concat` accepts as its left operand.
fn is_sequence(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_) => {
            true
        }
        Value::Dict(_) => false,
        Value::Instance(_) => {
            !vm.is_instance(v, &vm.rt.types.dict) && vm.lookup_special(v, "__getitem__").is_some()
        }
        _ => false,
    }
}

fn concat(vm: &mut Vm, args: Args, name: &str, inplace: bool) -> PyResult {
    arity(vm, name, &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if !is_sequence(vm, a) {
        return Err(vm.type_error(format!(
            "'{}' object can't be concatenated",
            vm.type_name(a)
        )));
    }
    if inplace {
        vm.inplace_op(a, b, BinOp::Add)
    } else {
        vm.binary_op(a, b, BinOp::Add)
    }
}

fn op_concat(vm: &mut Vm, args: Args) -> PyResult {
    concat(vm, args, "concat", false)
}

fn op_iconcat(vm: &mut Vm, args: Args) -> PyResult {
    concat(vm, args, "iconcat", true)
}

fn op_count_of(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "countOf", &args, 2, 2)?;
    let it = vm.get_iter(&args.pos[0])?;
    let mut n = 0;
    while let Some(x) = vm.next(&it)? {
        if same_or_equal(vm, &x, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn op_index_of(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "indexOf", &args, 2, 2)?;
    let it = vm.get_iter(&args.pos[0])?;
    let mut i = 0;
    while let Some(x) = vm.next(&it)? {
        if same_or_equal(vm, &x, &args.pos[1])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

/// Items left in one of weft's built-in iterators, when that is known cheaply.
fn builtin_iterator_hint(v: &Value) -> Option<i64> {
    let Value::Iterator(it) = v else {
        return None;
    };
    let state = it.state.borrow();
    let n = match &*state {
        IterState::List { list, index } => list.items.borrow().len().saturating_sub(*index),
        IterState::ListReversed { list, index } => (*index).min(list.items.borrow().len()),
        IterState::Tuple { tuple, index } => tuple.items.len().saturating_sub(*index),
        IterState::Str { s, byte_pos } => s.s.get(*byte_pos..).map_or(0, |r| r.chars().count()),
        IterState::Bytes {
            data: Value::Bytes(b),
            index,
        } => b.data.len().saturating_sub(*index),
        IterState::Range { remaining, .. } => return Some(*remaining),
        IterState::Dict { dict, slot, .. } => (*slot..dict.raw_len())
            .filter(|&i| dict.entry_at(i).is_some())
            .count(),
        IterState::Values { items, index } => items.len().saturating_sub(*index),
        IterState::Exhausted => 0,
        _ => return None,
    };
    Some(n as i64)
}

fn op_length_hint(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "length_hint", &args, 1, 2)?;
    let obj = &args.pos[0];
    let default = match args.pos.get(1) {
        None => 0,
        Some(d @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => vm.index_value(d)?,
        Some(d) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(d)
            )))
        }
    };
    let has_len = match obj {
        Value::Instance(_) => vm.lookup_special(obj, "__len__").is_some(),
        Value::Iterator(_) | Value::Generator(_) => false,
        _ => vm.len(obj).is_ok(),
    };
    if has_len {
        match vm.len(obj) {
            Ok(n) => return Ok(Value::Int(n as i64)),
            Err(e) if e.is_instance_of(&vm.exc_type("TypeError")) => {}
            Err(e) => return Err(e),
        }
    }
    if let Some(n) = builtin_iterator_hint(obj) {
        return Ok(Value::Int(n));
    }
    let Some(hint) = vm.lookup_special(obj, "__length_hint__") else {
        return Ok(Value::Int(default));
    };
    let r = match vm.call1(&hint, obj.clone()) {
        Ok(r) => r,
        Err(e) if e.is_instance_of(&vm.exc_type("TypeError")) => return Ok(Value::Int(default)),
        Err(e) => return Err(e),
    };
    if matches!(r, Value::NotImplemented) {
        return Ok(Value::Int(default));
    }
    if !matches!(r, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        return Err(vm.type_error(format!(
            "__length_hint__ must be an integer, not {}",
            vm.type_name(&r)
        )));
    }
    let n = vm.index_value(&r)?;
    if n < 0 {
        return Err(vm.value_error("__length_hint__() should return >= 0"));
    }
    Ok(Value::Int(n))
}

// ---------------------------------------------------------------------------
// itemgetter, attrgetter, methodcaller
// ---------------------------------------------------------------------------

/// `operator.itemgetter(...)`-style repr prefix (the classes cannot be subclassed).
fn repr_name(vm: &Vm, v: &Value) -> String {
    format!("operator.{}", vm.type_of(v).name)
}

/// The single argument of a getter call.
fn getter_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    let call = Args {
        pos: args.pos[1..].iter().cloned().collect(),
        kw: args.kw.clone(),
    };
    positional(vm, name, &call, 1, 1)?;
    Ok(call.pos[0].clone())
}

fn reprs(vm: &mut Vm, items: &[Value]) -> PyResult<Vec<String>> {
    items.iter().map(|v| vm.repr_string(v)).collect()
}

/// itemgetter()/attrgetter() argument checks ("itemgetter expected 1 argument, got 0").
fn at_least_one(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected 1 argument, got 0")));
    }
    Ok(())
}

struct ItemGetter {
    items: Rc<[Value]>,
}

fn itemgetter_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "itemgetter")?;
    at_least_one(vm, "itemgetter", &args)?;
    Ok(native_instance(
        &cls,
        ItemGetter {
            items: args.pos.into_vec().into(),
        },
    ))
}

fn itemgetter_call(vm: &mut Vm, args: Args) -> PyResult {
    let items = this::<ItemGetter>(vm, &args, "operator.itemgetter", "__call__")?
        .items
        .clone();
    let obj = getter_arg(vm, &args, "itemgetter")?;
    if let [item] = &*items {
        return vm.get_item(&obj, item);
    }
    let mut out = Vec::with_capacity(items.len());
    for item in items.iter() {
        out.push(vm.get_item(&obj, item)?);
    }
    Ok(Value::tuple(out))
}

fn itemgetter_repr(vm: &mut Vm, args: Args) -> PyResult {
    let items = this::<ItemGetter>(vm, &args, "operator.itemgetter", "__repr__")?
        .items
        .clone();
    let parts = reprs(vm, &items)?;
    Ok(Value::string(format!(
        "{}({})",
        repr_name(vm, &args.pos[0]),
        parts.join(", ")
    )))
}

struct AttrGetter {
    /// Each attribute path, split at the dots.
    paths: Vec<Vec<Rc<StrObj>>>,
    names: Vec<Value>,
}

fn attrgetter_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "attrgetter")?;
    at_least_one(vm, "attrgetter", &args)?;
    let mut paths = Vec::with_capacity(args.pos.len());
    for a in &args.pos {
        let Value::Str(s) = a else {
            return Err(vm.type_error("attribute name must be a string"));
        };
        paths.push(
            s.as_str()
                .split('.')
                .map(|p| Rc::new(StrObj::new(p)))
                .collect(),
        );
    }
    Ok(native_instance(
        &cls,
        AttrGetter {
            paths,
            names: args.pos.into_vec(),
        },
    ))
}

fn attrgetter_call(vm: &mut Vm, args: Args) -> PyResult {
    let paths = this::<AttrGetter>(vm, &args, "operator.attrgetter", "__call__")?
        .paths
        .clone();
    let obj = getter_arg(vm, &args, "attrgetter")?;
    let mut out = Vec::with_capacity(paths.len());
    for path in &paths {
        let mut v = obj.clone();
        for name in path {
            v = vm.get_attr(&v, name)?;
        }
        out.push(v);
    }
    if out.len() == 1 {
        return Ok(out.pop().unwrap_or_default());
    }
    Ok(Value::tuple(out))
}

fn attrgetter_repr(vm: &mut Vm, args: Args) -> PyResult {
    let names = this::<AttrGetter>(vm, &args, "operator.attrgetter", "__repr__")?
        .names
        .clone();
    let parts = reprs(vm, &names)?;
    Ok(Value::string(format!(
        "{}({})",
        repr_name(vm, &args.pos[0]),
        parts.join(", ")
    )))
}

struct MethodCaller {
    name: Rc<StrObj>,
    args: Vec<Value>,
    kw: Vec<(Rc<StrObj>, Value)>,
}

fn methodcaller_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let cls = take_cls(vm, &mut args, "methodcaller")?;
    if args.pos.is_empty() {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    }
    let Value::Str(name) = args.pos.remove(0) else {
        return Err(vm.type_error("method name must be a string"));
    };
    Ok(native_instance(
        &cls,
        MethodCaller {
            name,
            args: args.pos.into_vec(),
            kw: args.kw,
        },
    ))
}

fn methodcaller_call(vm: &mut Vm, args: Args) -> PyResult {
    let (name, margs, kw) = {
        let s = this::<MethodCaller>(vm, &args, "operator.methodcaller", "__call__")?;
        (s.name.clone(), s.args.clone(), s.kw.clone())
    };
    let obj = getter_arg(vm, &args, "methodcaller")?;
    let method = vm.get_attr(&obj, &name)?;
    vm.call(
        &method,
        Args {
            pos: margs.into_iter().collect(),
            kw,
        },
    )
}

fn methodcaller_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (name, margs, kw) = {
        let s = this::<MethodCaller>(vm, &args, "operator.methodcaller", "__repr__")?;
        (s.name.clone(), s.args.clone(), s.kw.clone())
    };
    let mut parts = vec![vm.repr_string(&Value::Str(name))?];
    parts.extend(reprs(vm, &margs)?);
    for (k, v) in kw {
        let v = vm.repr_string(&v)?;
        parts.push(format!("{}={v}", k.as_str()));
    }
    Ok(Value::string(format!(
        "{}({})",
        repr_name(vm, &args.pos[0]),
        parts.join(", ")
    )))
}
