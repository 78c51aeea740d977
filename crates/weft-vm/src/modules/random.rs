//! `_random`: the Mersenne Twister core under `stdlib/random.py`, as CPython's
//! `Modules/_randommodule.c` has it.
//!
//! Programs print seeded random numbers, so weft must produce CPython's exact
//! streams: the same MT19937 (`init_genrand`, `init_by_array`), the same way
//! of turning a seed int into key words (its absolute value split into 32-bit
//! words, least significant first), `random()` built from two outputs (27 + 26
//! bits) and `getrandbits(k)` filling 32-bit words from the least significant
//! end. Everything above that (`randrange`, `shuffle`, `gauss`, ...) is
//! Python code in `random.py`, as in CPython.

use dashu_int::ops::UnsignedAbs;
use dashu_int::{IBig, UBig};

use crate::function::Args;
use crate::module::ModuleObj;
use crate::modules::{native_instance, native_type, new_module, this};
use crate::ops::{as_int, to_big};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937 state: 624 words and the index of the next word to temper.
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Mt19937 {
    fn new() -> Mt19937 {
        let mut mt = Mt19937 {
            state: [0; N],
            index: N + 1,
        };
        mt.init_genrand(5489);
        mt
    }

    fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key.len());
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
    }

    /// The next tempered 32-bit output.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            let mag01 = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits (CPython's `random_random`).
    pub fn next_f64(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// Seeds from a non-negative integer: its 32-bit words, least significant first.
    fn seed_with(&mut self, n: &UBig) {
        let bytes = n.to_le_bytes();
        let mut key: Vec<u32> = bytes
            .chunks(4)
            .map(|c| {
                let mut w = [0u8; 4];
                w[..c.len()].copy_from_slice(c);
                u32::from_le_bytes(w)
            })
            .collect();
        while key.len() > 1 && key.last() == Some(&0) {
            key.pop();
        }
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }

    /// `getrandbits(k)` for k > 0, as little-endian bytes.
    fn random_bits(&mut self, k: u64) -> Vec<u8> {
        let words = (k - 1) / 32 + 1;
        let mut out = Vec::with_capacity(words as usize * 4);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.extend_from_slice(&r.to_le_bytes());
            left = left.saturating_sub(32);
        }
        out
    }
}

/// Fills `buf` from the operating system's random source.
pub fn os_random_bytes(buf: &mut [u8]) -> std::io::Result<()> {
    use std::io::Read;
    std::fs::File::open("/dev/urandom")?.read_exact(buf)
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    let m = new_module(vm, "_random", &[]);
    let t = native_type(
        vm,
        "_random",
        "Random",
        Some(random_new),
        &[
            ("seed", random_seed),
            ("random", random_random),
            ("getrandbits", random_getrandbits),
            ("getstate", random_getstate),
            ("setstate", random_setstate),
        ],
    );
    m.dict.set_str("Random", Value::Type(t));
    Ok(m)
}

fn random_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first() else {
        return Err(vm.type_error("Random.__new__(X): X is not a type object"));
    };
    let obj = native_instance(cls, Mt19937::new());
    // A Python subclass (random.Random) seeds in its own __init__.
    if cls.builtin {
        if !args.kw.is_empty() {
            return Err(vm.type_error("Random() takes no keyword arguments"));
        }
        if args.pos.len() > 2 {
            return Err(vm.type_error("Random() requires 0 or 1 argument"));
        }
        let seed = args.pos.get(1).cloned().unwrap_or(Value::None);
        seed_from_value(vm, &obj, &seed)?;
    }
    Ok(obj)
}

fn seed_from_value(vm: &mut Vm, obj: &Value, arg: &Value) -> PyResult<()> {
    let n: UBig = match arg {
        Value::None => {
            let mut buf = vec![0u8; N * 4];
            os_random_bytes(&mut buf).map_err(|e| vm.os_error(&e, None))?;
            let key: Vec<u32> = buf
                .chunks(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            if let Some(mut mt) = crate::modules::native_data::<Mt19937>(obj) {
                mt.init_by_array(&key);
            }
            return Ok(());
        }
        v => match as_int(v) {
            Some(i) => to_big(&i).unsigned_abs(),
            None => {
                // Anything else seeds from its hash taken as an unsigned
                // size_t, as the C code does (not its absolute value).
                let h = vm.hash(v)?;
                UBig::from(h as u64)
            }
        },
    };
    if let Some(mut mt) = crate::modules::native_data::<Mt19937>(obj) {
        mt.seed_with(&n);
    }
    Ok(())
}

fn random_seed(vm: &mut Vm, args: Args) -> PyResult {
    drop(this::<Mt19937>(vm, &args, "_random.Random", "seed")?);
    vm.check_args("seed", &Args::new(args.pos[1..].iter().cloned()), 0, 1)?;
    let arg = args.pos.get(1).cloned().unwrap_or(Value::None);
    seed_from_value(vm, &args.pos[0], &arg)?;
    Ok(Value::None)
}

fn random_random(vm: &mut Vm, args: Args) -> PyResult {
    let mut mt = this::<Mt19937>(vm, &args, "_random.Random", "random")?;
    Ok(Value::Float(mt.next_f64()))
}

fn random_getrandbits(vm: &mut Vm, args: Args) -> PyResult {
    drop(this::<Mt19937>(vm, &args, "_random.Random", "getrandbits")?);
    vm.check_args(
        "getrandbits",
        &Args::new(args.pos[1..].iter().cloned()),
        1,
        1,
    )?;
    let k = crate::builtins::index_int(vm, &args.pos[1])?;
    let k = match k {
        Value::Int(k) if k < 0 => return Err(vm.value_error("number of bits must be non-negative")),
        Value::Int(k) => k as u64,
        Value::BigInt(b) if b.sign() == dashu_int::Sign::Negative => {
            return Err(vm.value_error("number of bits must be non-negative"))
        }
        _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if k > i32::MAX as u64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let mut mt = this::<Mt19937>(vm, &args, "_random.Random", "getrandbits")?;
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k <= 32 {
        return Ok(Value::Int((mt.next_u32() >> (32 - k)) as i64));
    }
    let bytes = mt.random_bits(k);
    drop(mt);
    Ok(Value::from_bigint(IBig::from(UBig::from_le_bytes(&bytes))))
}

fn random_getstate(vm: &mut Vm, args: Args) -> PyResult {
    let mt = this::<Mt19937>(vm, &args, "_random.Random", "getstate")?;
    let mut items: Vec<Value> = mt.state.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(mt.index as i64));
    Ok(Value::tuple(items))
}

fn random_setstate(vm: &mut Vm, args: Args) -> PyResult {
    drop(this::<Mt19937>(vm, &args, "_random.Random", "setstate")?);
    vm.check_args("setstate", &Args::new(args.pos[1..].iter().cloned()), 1, 1)?;
    let Value::Tuple(t) = &args.pos[1] else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if t.items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    // As the C code: each word goes through C unsigned long and is truncated to
    // 32 bits; the index must be within 0..=624.
    let mut state = [0u32; N];
    for (slot, v) in state.iter_mut().zip(t.items.iter()) {
        *slot = match as_int(v) {
            Some(i) => {
                let big = to_big(&i);
                if big < IBig::ZERO {
                    return Err(vm.overflow_error("can't convert negative value to unsigned int"));
                }
                match u64::try_from(&big) {
                    Ok(w) => w as u32,
                    Err(_) => {
                        return Err(
                            vm.overflow_error("Python int too large to convert to C unsigned long")
                        )
                    }
                }
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )))
            }
        };
    }
    let index = match as_int(&t.items[N]) {
        Some(i) => match i64::try_from(&to_big(&i)) {
            Ok(i) if (0..=N as i64).contains(&i) => i as usize,
            Ok(_) => return Err(vm.value_error("invalid state")),
            Err(_) => return Err(vm.overflow_error("Python int too large to convert to C long")),
        },
        None => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&t.items[N])
            )))
        }
    };
    let mut mt = this::<Mt19937>(vm, &args, "_random.Random", "setstate")?;
    mt.state = state;
    mt.index = index;
    Ok(Value::None)
}
