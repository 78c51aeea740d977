//! `__slots__`: classes whose instances carry a fixed set of attributes
//! instead of a `__dict__`.
//!
//! When a class is made ([`Vm::plan_slots`], called from `new_class`), each
//! name in its `__slots__` becomes a *member descriptor* in the class
//! namespace (`<member 'x' of 'A' objects>`) holding an index into the
//! instance's [`Payload::Slots`] array; indices continue those of the bases, so
//! a subclass's members sit after its base's. The class has a `__dict__` for its
//! instances only if a base already gives one or `'__dict__'` is among the
//! slots. Ordinary classes pay nothing: their `nslots` is 0, their instances
//! have `Payload::None`, and attribute access reaches the member code only
//! when the name found on the class is a member descriptor.
//!
//! Built-in-based classes (`class A(int)`, exceptions, native classes) keep a
//! `__dict__` for any non-empty `__slots__` and store those names there: weft
//! has no slot storage in those layouts. Empty `__slots__ = ()` works for all.

use std::rc::{Rc, Weak};

use crate::dict::DictObj;
use crate::function::Args;
use crate::modules::{native_data, native_instance, native_type};
use crate::object::{InstanceObj, Layout, Payload, TypeObj};
use crate::value::{StrObj, Value};
use crate::vm::{PyResult, Vm};

/// One `__slots__` name of a class.
pub struct Member {
    name: Rc<StrObj>,
    index: usize,
    owner: Weak<TypeObj>,
    owner_name: String,
}

/// What a class statement's `__slots__` asks for.
pub struct SlotPlan {
    /// Instances have a `__dict__`.
    pub has_dict: bool,
    /// Slots of the bases (the first index of this class's own).
    pub base_slots: usize,
    /// This class's own slot names (mangled), in the order given.
    pub names: Vec<Rc<StrObj>>,
}

fn member_type(vm: &Vm) -> Rc<TypeObj> {
    if let Some(t) = vm.rt.native_types.borrow().get("member_descriptor") {
        return t.clone();
    }
    let t = native_type(
        vm,
        "builtins",
        "member_descriptor",
        None,
        &[
            ("__repr__", member_repr),
            ("__get__", member_dunder_get),
            ("__set__", member_dunder_set),
            ("__delete__", member_dunder_delete),
            ("__getattr__", member_getattr),
        ],
    );
    crate::modules::make_final(&t);
    vm.rt
        .native_types
        .borrow_mut()
        .insert("member_descriptor", t.clone());
    t
}

/// The slot index and owning class of a member descriptor.
#[inline]
pub fn member_info(d: &InstanceObj) -> Option<(usize, Rc<StrObj>, Weak<TypeObj>)> {
    match &d.payload {
        Payload::Native(cell) => {
            let b = cell.try_borrow().ok()?;
            let m = b.downcast_ref::<Member>()?;
            Some((m.index, m.name.clone(), m.owner.clone()))
        }
        _ => None,
    }
}

/// `obj.x` for the common case, without touching reference counts: `d` is a
/// member descriptor of exactly `obj`'s class and the slot is set. None sends
/// the caller to [`Vm::member_get`] (subclass instances, unset slots, errors).
#[inline]
pub fn member_get_fast(d: &InstanceObj, obj: &Value) -> Option<Value> {
    let Payload::Native(cell) = &d.payload else {
        return None;
    };
    let b = cell.try_borrow().ok()?;
    let m = b.downcast_ref::<Member>()?;
    let Value::Instance(i) = obj else {
        return None;
    };
    if !std::ptr::eq(Rc::as_ptr(&i.class.borrow()), m.owner.as_ptr()) {
        return None;
    }
    match &i.payload {
        Payload::Slots(s) => s.borrow().get(m.index).filter(|v| !v.is_null()).cloned(),
        _ => None,
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// `__x` in class `_A` is stored as `_A__x` (private name mangling).
fn mangle(class: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

impl Vm {
    /// Reads a new class's `__slots__` (if any) and checks it against its bases.
    pub fn plan_slots(
        &mut self,
        class_name: &str,
        bases: &[Rc<TypeObj>],
        layout: Layout,
        ns: &DictObj,
    ) -> PyResult<SlotPlan> {
        // The bases' slots must lie on one line of inheritance.
        let mut widest: Option<&Rc<TypeObj>> = None;
        for b in bases.iter().filter(|b| b.nslots.get() > 0) {
            match widest {
                None => widest = Some(b),
                Some(w) if w.is_subtype(b) => {}
                Some(w) if b.is_subtype(w) => widest = Some(b),
                Some(_) => {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"))
                }
            }
        }
        let base_slots = widest.map_or(0, |w| w.nslots.get());
        let base_dict = bases.iter().any(|b| b.has_instance_dict);
        let Some(decl) = ns.get_str("__slots__") else {
            return Ok(SlotPlan {
                has_dict: true,
                base_slots,
                names: Vec::new(),
            });
        };
        let items = match &decl {
            Value::Str(_) => vec![decl.clone()],
            _ => self.collect_iterable(&decl)?,
        };
        // Variable-size built-in layouts have no room for slots (any, even
        // `__dict__`), as CPython's tp_itemsize check says.
        if !items.is_empty() && matches!(layout, Layout::Int | Layout::Tuple | Layout::Bytes) {
            let base = bases
                .iter()
                .find(|b| b.layout == layout)
                .map_or_else(String::new, crate::types::tp_name);
            return Err(self.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{base}'"
            )));
        }
        let mut has_dict = base_dict;
        let mut names = Vec::with_capacity(items.len());
        let mut own_dict = false;
        for item in &items {
            let Value::Str(s) = item else {
                return Err(self.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    self.type_name(item)
                )));
            };
            if !is_identifier(s.as_str()) {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            match s.as_str() {
                "__dict__" => {
                    if base_dict || own_dict {
                        return Err(self.type_error("__dict__ slot disallowed: we already got one"));
                    }
                    own_dict = true;
                    has_dict = true;
                }
                // weft has no weak references; the slot is accepted and has no effect.
                "__weakref__" => {}
                name => names.push(Rc::new(StrObj::new(mangle(class_name, name)))),
            }
        }
        for n in &names {
            if ns.get_strobj(n).is_some() {
                return Err(self.value_error(format!(
                    "'{}' in __slots__ conflicts with class variable",
                    n.as_str()
                )));
            }
        }
        if layout != Layout::Object && !names.is_empty() {
            // No slot storage in built-in layouts: the names live in a `__dict__`.
            return Ok(SlotPlan {
                has_dict: true,
                base_slots,
                names: Vec::new(),
            });
        }
        Ok(SlotPlan {
            has_dict,
            base_slots,
            names,
        })
    }

    /// Puts the member descriptors of `plan` into the new class `t`.
    pub fn install_slots(&mut self, t: &Rc<TypeObj>, plan: &SlotPlan) {
        t.nslots.set(plan.base_slots + plan.names.len());
        if plan.names.is_empty() {
            return;
        }
        let mt = member_type(self);
        for (i, name) in plan.names.iter().enumerate() {
            let m = Member {
                name: name.clone(),
                index: plan.base_slots + i,
                owner: Rc::downgrade(t),
                owner_name: t.name.clone(),
            };
            t.dict.set_strobj(name.clone(), native_instance(&mt, m));
        }
    }

    /// `obj.x` through the member descriptor `d` (`index`, `name`, `owner` from [`member_info`]).
    pub fn member_get(
        &mut self,
        (index, name, owner): (usize, Rc<StrObj>, Weak<TypeObj>),
        obj: &Value,
    ) -> PyResult {
        let slots = self.member_target(&name, &owner, obj)?;
        let v = slots.and_then(|inst| match &inst.payload {
            Payload::Slots(s) => s.borrow().get(index).cloned(),
            _ => None,
        });
        match v {
            Some(v) if !v.is_null() => Ok(v),
            _ => Err(self.no_attribute(obj, name.as_str())),
        }
    }

    /// `obj.x = value` (or `del obj.x` when `value` is None) through a member descriptor.
    pub fn member_set(
        &mut self,
        (index, name, owner): (usize, Rc<StrObj>, Weak<TypeObj>),
        obj: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        let inst = self.member_target(&name, &owner, obj)?;
        let Some(Payload::Slots(s)) = inst.map(|i| &i.payload) else {
            return Err(self.no_attribute(obj, name.as_str()));
        };
        let mut s = s.borrow_mut();
        let Some(cell) = s.get_mut(index) else {
            return Err(self.no_attribute(obj, name.as_str()));
        };
        match value {
            Some(v) => *cell = v,
            None => {
                if cell.is_null() {
                    drop(s);
                    return Err(self.attribute_error(name.as_str()));
                }
                *cell = Value::Null;
            }
        }
        Ok(())
    }

    /// The instance a member descriptor of `owner` may read, or the TypeError
    /// CPython raises for an object of another class.
    fn member_target<'a>(
        &self,
        name: &Rc<StrObj>,
        owner: &Weak<TypeObj>,
        obj: &'a Value,
    ) -> PyResult<Option<&'a InstanceObj>> {
        // Fast path: an instance of the very class that declared the slot.
        if let Value::Instance(i) = obj {
            if std::ptr::eq(Rc::as_ptr(&i.class.borrow()), owner.as_ptr()) {
                return Ok(Some(i));
            }
        }
        let owner = owner.upgrade();
        let fits = match &owner {
            Some(o) => self.type_of(obj).is_subtype(o),
            None => false,
        };
        if !fits {
            let owner_name = owner.map_or_else(|| "?".to_string(), |o| o.name.clone());
            return Err(self.type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                name.as_str(),
                owner_name,
                self.type_name(obj)
            )));
        }
        Ok(match obj {
            Value::Instance(i) => Some(i),
            _ => None,
        })
    }
}

/// New instances of a class with slots: all unset.
pub fn new_slots(n: usize) -> Payload {
    Payload::Slots(std::cell::RefCell::new(
        vec![Value::Null; n].into_boxed_slice(),
    ))
}

fn this(vm: &Vm, args: &Args, meth: &str) -> PyResult<(usize, Rc<StrObj>, Weak<TypeObj>)> {
    let found = match args.pos.first() {
        Some(Value::Instance(i)) => member_info(i),
        _ => None,
    };
    found.ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{meth}' for 'member_descriptor' objects doesn't apply to this object"
        ))
    })
}

fn member_repr(vm: &mut Vm, args: Args) -> PyResult {
    this(vm, &args, "__repr__")?;
    let m = native_data::<Member>(&args.pos[0]);
    let text = m.map_or_else(String::new, |m| {
        format!(
            "<member '{}' of '{}' objects>",
            m.name.as_str(),
            m.owner_name
        )
    });
    Ok(Value::string(text))
}

fn member_dunder_get(vm: &mut Vm, args: Args) -> PyResult {
    let info = this(vm, &args, "__get__")?;
    if args.pos.len() < 2 || args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "expected 1 or 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    if args.pos[1].is_none() {
        return Ok(args.pos[0].clone());
    }
    vm.member_get(info, &args.pos[1])
}

fn member_dunder_set(vm: &mut Vm, args: Args) -> PyResult {
    let info = this(vm, &args, "__set__")?;
    vm.check_args("__set__", &args, 3, 3)?;
    vm.member_set(info, &args.pos[1], Some(args.pos[2].clone()))?;
    Ok(Value::None)
}

fn member_dunder_delete(vm: &mut Vm, args: Args) -> PyResult {
    let info = this(vm, &args, "__delete__")?;
    vm.check_args("__delete__", &args, 2, 2)?;
    vm.member_set(info, &args.pos[1], None)?;
    Ok(Value::None)
}

/// `__name__`, `__qualname__` and `__objclass__` of a member descriptor.
fn member_getattr(vm: &mut Vm, args: Args) -> PyResult {
    let (_, name, owner) = this(vm, &args, "__getattr__")?;
    let attr = args.pos.get(1).and_then(|a| a.as_str()).unwrap_or("");
    match attr {
        "__name__" => Ok(Value::Str(name)),
        "__qualname__" => {
            let owner_name = native_data::<Member>(&args.pos[0])
                .map(|m| m.owner_name.clone())
                .unwrap_or_default();
            Ok(Value::string(format!("{owner_name}.{}", name.as_str())))
        }
        "__objclass__" => Ok(owner.upgrade().map_or(Value::None, Value::Type)),
        _ => Err(vm.attribute_error(format!(
            "'member_descriptor' object has no attribute '{attr}'"
        ))),
    }
}
