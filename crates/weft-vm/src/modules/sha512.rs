//! `_sha512`: SHA-512 hashing, the module `random.seed` uses to turn a str or
//! bytes seed into an int (CPython 3.11's version-2 seeding), with hashlib's
//! object interface (`update`, `digest`, `hexdigest`, `copy`).
//!
//! The hashing itself is the `sha2` crate.

use std::rc::Rc;

use sha2::{Digest, Sha512};

use crate::function::Args;
use crate::module::ModuleObj;
use crate::modules::{native_data, native_instance, native_type, new_module, this};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    let m = new_module(vm, "_sha512", &[]);
    let t = native_type(
        vm,
        "_sha512",
        "sha512",
        Some(sha512_new),
        &[
            ("update", sha512_update),
            ("digest", sha512_digest),
            ("hexdigest", sha512_hexdigest),
            ("copy", sha512_copy),
        ],
    );
    t.dict.set_str("name", Value::str("sha512"));
    t.dict.set_str("digest_size", Value::Int(64));
    t.dict.set_str("block_size", Value::Int(128));
    m.dict.set_str("sha512", Value::Type(t));
    Ok(m)
}

/// The bytes of a bytes-like argument, or CPython's TypeError.
fn data_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a [u8]> {
    match v {
        Value::Bytes(b) => Ok(&b.data),
        Value::Str(_) => Err(vm.type_error("Strings must be encoded before hashing")),
        other => Err(vm.type_error(format!(
            "object supporting the buffer API required, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn sha512_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("sha512.__new__(X): X is not a type object"));
    };
    let data = match args.take_kw("string") {
        Some(v) => Some(v),
        None => args.pos.get(1).cloned(),
    };
    args.take_kw("usedforsecurity");
    vm.check_args("sha512", &Args::new(args.pos[1..].iter().cloned()), 0, 1)?;
    let mut hasher = Sha512::new();
    if let Some(d) = &data {
        hasher.update(data_arg(vm, d)?);
    }
    Ok(native_instance(&cls, hasher))
}

fn sha512_update(vm: &mut Vm, args: Args) -> PyResult {
    drop(this::<Sha512>(vm, &args, "sha512", "update")?);
    vm.check_args("update", &Args::new(args.pos[1..].iter().cloned()), 1, 1)?;
    let data = data_arg(vm, &args.pos[1])?;
    if let Some(mut h) = native_data::<Sha512>(&args.pos[0]) {
        h.update(data);
    }
    Ok(Value::None)
}

fn current_digest(vm: &Vm, args: &Args, meth: &str) -> PyResult<Vec<u8>> {
    let h = this::<Sha512>(vm, args, "sha512", meth)?;
    Ok(h.clone().finalize().to_vec())
}

fn sha512_digest(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bytes(current_digest(vm, &args, "digest")?))
}

fn sha512_hexdigest(vm: &mut Vm, args: Args) -> PyResult {
    let d = current_digest(vm, &args, "hexdigest")?;
    Ok(Value::string(
        d.iter().map(|b| format!("{b:02x}")).collect(),
    ))
}

fn sha512_copy(vm: &mut Vm, args: Args) -> PyResult {
    let h = this::<Sha512>(vm, &args, "sha512", "copy")?.clone();
    let cls = vm.type_of(&args.pos[0]);
    Ok(native_instance(&cls, h))
}
