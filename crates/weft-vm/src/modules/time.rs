//! `time`: clocks and `sleep` (which releases the GIL and, on the main
//! thread, is cut short by Ctrl-C), as CPython's `Modules/timemodule.c`;
//! the calendar functions are in `timecal`.

use std::rc::Rc;
use std::time::{SystemTime, UNIX_EPOCH};

use rustix::time::{clock_gettime, ClockId};

use crate::function::Args;
use crate::module::ModuleObj;
use crate::modules::new_module;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    let module = new_module(
        vm,
        "time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("perf_counter", monotonic),
            ("perf_counter_ns", monotonic_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("thread_time", thread_time),
            ("thread_time_ns", thread_time_ns),
            ("sleep", sleep),
        ],
    );
    super::timecal::install(vm, &module);
    Ok(module)
}

fn nanos(clock: ClockId) -> i64 {
    let t = clock_gettime(clock);
    t.tv_sec as i64 * 1_000_000_000 + t.tv_nsec as i64
}

fn wall_nanos() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i64,
        Err(e) => -(e.duration().as_nanos() as i64),
    }
}

fn secs(ns: i64) -> Value {
    Value::Float(ns as f64 / 1e9)
}

macro_rules! clock_fns {
    ($($float:ident, $int:ident => $read:expr;)*) => {$(
        fn $float(vm: &mut Vm, args: Args) -> PyResult {
            vm.check_args(stringify!($float), &args, 0, 0)?;
            Ok(secs($read))
        }
        fn $int(vm: &mut Vm, args: Args) -> PyResult {
            vm.check_args(stringify!($int), &args, 0, 0)?;
            Ok(Value::Int($read))
        }
    )*};
}

clock_fns! {
    time, time_ns => wall_nanos();
    monotonic, monotonic_ns => nanos(ClockId::Monotonic);
    process_time, process_time_ns => nanos(ClockId::ProcessCPUTime);
    thread_time, thread_time_ns => nanos(ClockId::ThreadCPUTime);
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("sleep() takes no keyword arguments"));
    }
    vm.check_args("sleep", &args, 1, 1)?;
    let secs = match &args.pos[0] {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        v @ Value::BigInt(_) => crate::stdlib::to_f64(vm, v)?,
        v => {
            let name = vm.type_name(v);
            return Err(vm.type_error(format!(
                "'{name}' object cannot be interpreted as an integer"
            )));
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 9.2e18 / 1e9 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    vm.sleep(secs)?;
    Ok(Value::None)
}
