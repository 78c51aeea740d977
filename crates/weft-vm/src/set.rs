//! `set` and `frozenset`, with CPython's exact table layout.
//!
//! Iteration order of a set is the order of its hash table, so printing
//! `{3, 1, 2}` shows whatever CPython's probing produced. To print what CPython
//! prints, this is a faithful re-implementation of `Objects/setobject.c`'s
//! open addressing (linear probes of 9, then perturbed jumps), its resize
//! policy (fill ≥ 3/5 of the table → grow to 4× used, 2× above 50,000) and its
//! dummy entries — together with CPython's int and tuple hashes (see [`crate::hash`]).
//! Key comparison follows the same two-phase approach as [`crate::dict`].

use std::cell::RefCell;

use crate::dict::fast_eq;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full { hash: i64, key: Value },
}

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active entries.
    used: usize,
    /// Active plus dummy entries.
    fill: usize,
    /// Where `pop` starts looking.
    finger: usize,
    /// Bumped on every structural change (iteration checks).
    version: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            used: 0,
            fill: 0,
            finger: 0,
            version: 0,
        }
    }
}

pub struct SetObj {
    pub table: RefCell<SetTable>,
}

impl SetObj {
    pub fn new() -> SetObj {
        SetObj {
            table: RefCell::new(SetTable::default()),
        }
    }

    pub fn from_table(t: SetTable) -> SetObj {
        SetObj {
            table: RefCell::new(t),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn version(&self) -> u64 {
        self.table.borrow().version
    }

    /// Number of slots: iterate `0..capacity()` with [`Self::entry_at`].
    pub fn capacity(&self) -> usize {
        self.table.borrow().slots.len()
    }

    pub fn entry_at(&self, i: usize) -> Option<(i64, Value)> {
        match self.table.borrow().slots.get(i)? {
            Slot::Full { hash, key } => Some((*hash, key.clone())),
            _ => None,
        }
    }

    /// Active (hash, key) pairs in table order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.table.borrow().entries()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries()
            .into_iter()
            .map(|(_, k)| k)
            .collect()
    }

    pub fn snapshot(&self) -> SetTable {
        self.table.borrow().clone()
    }

    pub fn replace_table(&self, t: SetTable) {
        let old = std::mem::replace(&mut *self.table.borrow_mut(), t);
        drop(old);
    }

    /// CPython's `set_swap_bodies` as `intersection_update` uses it: takes `other`'s
    /// table (entries, fill, used, mask) but keeps this set's pop finger.
    pub fn take_body(&self, other: SetObj) {
        let mut t = other.table.into_inner();
        let old = {
            let mut mine = self.table.borrow_mut();
            t.finger = mine.finger;
            t.version = mine.version + 1;
            std::mem::replace(&mut *mine, t)
        };
        drop(old);
    }

    /// Active plus dummy slots.
    pub fn fill(&self) -> usize {
        self.table.borrow().fill
    }

    /// `set_table_resize(so, minused)`: rebuilds the table (dropping dummies), keeps the finger.
    pub fn resize(&self, minused: usize) {
        self.table.borrow_mut().resize(minused)
    }

    /// Slot index holding `key`, comparing with Python `==` where needed.
    fn find(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        'restart: loop {
            let (found, slow, version) = {
                let t = self.table.borrow();
                let mut slow = Vec::new();
                let found = t.probe(hash, |k| match fast_eq(k, key) {
                    Some(r) => r,
                    None => {
                        slow.push(k.clone());
                        false
                    }
                });
                (found, slow, t.version)
            };
            if let Some(i) = found {
                return Ok(Some(i));
            }
            for k in slow {
                let equal = vm.eq(&k, key)?;
                if self.table.borrow().version != version {
                    continue 'restart;
                }
                if equal {
                    let t = self.table.borrow();
                    return Ok(t.probe(hash, |x| x.is(&k)));
                }
            }
            return Ok(None);
        }
    }

    pub fn contains_hashed(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<bool> {
        Ok(self.find(vm, hash, key)?.is_some())
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        self.contains_hashed(vm, hash, key)
    }

    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.add_hashed(vm, hash, key)
    }

    pub fn add_hashed(&self, vm: &mut Vm, hash: i64, key: Value) -> PyResult<()> {
        if self.find(vm, hash, &key)?.is_some() {
            return Ok(());
        }
        self.table.borrow_mut().insert_absent(hash, key);
        Ok(())
    }

    /// Removes `key`; false if it was absent.
    pub fn discard_hashed(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<bool> {
        let Some(i) = self.find(vm, hash, key)? else {
            return Ok(false);
        };
        let old = {
            let mut t = self.table.borrow_mut();
            t.used -= 1;
            t.version += 1;
            std::mem::replace(&mut t.slots[i], Slot::Dummy)
        };
        drop(old);
        Ok(true)
    }

    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        self.discard_hashed(vm, hash, key)
    }

    /// `set.pop()`: CPython's finger walk. None when empty.
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.slots.len() - 1;
        let mut i = t.finger & mask;
        while !matches!(t.slots[i], Slot::Full { .. }) {
            i = (i + 1) & mask;
        }
        let Slot::Full { key, .. } = std::mem::replace(&mut t.slots[i], Slot::Dummy) else {
            unreachable!()
        };
        t.used -= 1;
        t.version += 1;
        t.finger = i + 1;
        Some(key)
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        let v = old.version;
        {
            let mut t = self.table.borrow_mut();
            t.version = v + 1;
            t.finger = old.finger;
        }
        drop(old);
    }

    /// `set_merge`: add every entry of another set (keeps CPython's resize and copy shortcuts).
    pub fn merge(&self, vm: &mut Vm, other: &SetObj) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        let other_t = other.snapshot();
        if other_t.used == 0 {
            return Ok(());
        }
        {
            let mut t = self.table.borrow_mut();
            if (t.fill + other_t.used) * 5 >= (t.slots.len() - 1) * 3 {
                let minused = (t.used + other_t.used) * 2;
                t.resize(minused);
            }
            if t.fill == 0 && t.slots.len() == other_t.slots.len() && other_t.fill == other_t.used {
                t.slots = other_t.slots.clone();
                t.fill = other_t.fill;
                t.used = other_t.used;
                t.version += 1;
                return Ok(());
            }
            if t.fill == 0 {
                for s in &other_t.slots {
                    if let Slot::Full { hash, key } = s {
                        t.insert_clean(*hash, key.clone());
                    }
                }
                t.fill = other_t.used;
                t.used = other_t.used;
                t.version += 1;
                return Ok(());
            }
        }
        for (hash, key) in other_t.entries() {
            self.add_hashed(vm, hash, key)?;
        }
        Ok(())
    }

    /// Pre-sizes for `extra` incoming keys as CPython does before adding a dict's keys.
    pub fn reserve_for(&self, extra: usize) {
        let mut t = self.table.borrow_mut();
        if (t.fill + extra) * 5 >= (t.slots.len() - 1) * 3 {
            let minused = (t.used + extra) * 2;
            t.resize(minused);
        }
    }

    /// CPython's frozenset hash (order independent).
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let t = self.table.borrow();
        let mut hash: u64 = 0;
        for s in &t.slots {
            let h = match s {
                Slot::Empty => 0,
                Slot::Dummy => -1,
                Slot::Full { hash, .. } => *hash,
            };
            hash ^= shuffle(h as u64);
        }
        if (t.slots.len() - t.fill) & 1 == 1 {
            hash ^= shuffle(0);
        }
        if (t.fill - t.used) & 1 == 1 {
            hash ^= shuffle(u64::MAX);
        }
        hash ^= (t.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            hash = 590_923_713;
        }
        hash as i64
    }
}

impl Default for SetObj {
    fn default() -> Self {
        SetObj::new()
    }
}

impl SetTable {
    fn entries(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Full { hash, key } => Some((*hash, key.clone())),
                _ => None,
            })
            .collect()
    }

    /// Walks the probe sequence of `hash`; returns the slot whose key satisfies `eq`.
    fn probe(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return None,
                    Slot::Full { hash: h, key } if *h == hash && eq(key) => return Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Adds a key known to be absent (`set_add_entry`'s insertion half).
    fn insert_absent(&mut self, hash: i64, key: Value) {
        let mask = self.slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = None;
        let target = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => break 'search j,
                    Slot::Dummy => freeslot = Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        };
        self.version += 1;
        self.used += 1;
        if let Some(f) = freeslot {
            self.slots[f] = Slot::Full { hash, key };
            return;
        }
        self.fill += 1;
        self.slots[target] = Slot::Full { hash, key };
        if self.fill * 5 >= mask * 3 {
            let minused = if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(self.slots[i], Slot::Empty) {
                self.slots[i] = Slot::Full { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if matches!(self.slots[j], Slot::Empty) {
                        self.slots[j] = Slot::Full { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        self.version += 1;
        for s in old {
            if let Slot::Full { hash, key } = s {
                self.insert_clean(hash, key);
            }
        }
    }
}
