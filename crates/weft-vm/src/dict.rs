//! `dict`: an insertion-ordered hash map with Python's key semantics.
//!
//! The layout is CPython's compact dict: entries in insertion order in a `Vec`,
//! and a hash index (a hashbrown `HashTable` of entry positions) beside it.
//! Keys are compared with Python `==`, which for user classes means running
//! Python code in the middle of a lookup; that code may mutate this very dict.
//! So lookups are two-phase: candidates whose equality can be decided natively
//! (str, numbers, tuples of those, identity) are settled under the borrow; the
//! others are compared with the borrow released, and the lookup restarts if the
//! dict changed meanwhile.

use std::cell::RefCell;
use std::rc::Rc;

use hashbrown::HashTable;
use smallvec::SmallVec;

use crate::value::{StrObj, Value};
use crate::vm::{PyResult, Vm};

/// Set in the write counter of a class namespace (see [`DictObj::new_type_dict`]).
const TYPE_DICT_BIT: u64 = 1 << 63;

/// Bumped by every write to any class namespace: caches of attribute lookups
/// along MROs are valid while it is unchanged. One counter for the process
/// (not per interpreter): a write in one interpreter only costs the others
/// some cache refills, never a wrong answer.
static TYPE_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The current value of the class-namespace write epoch.
#[inline]
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

pub struct DictObj {
    inner: RefCell<DictInner>,
    /// Bumped on every write (insert, replace, delete): lets the eval loop cache
    /// global-variable lookups and revalidate them with one comparison.
    writes: std::cell::Cell<u64>,
}

#[derive(Default, Clone)]
struct DictInner {
    index: HashTable<u32>,
    /// Insertion-ordered; a deleted entry has `key == Value::Null`.
    entries: Vec<Entry>,
    len: usize,
    /// Bumped on every insertion of a new key and every deletion.
    version: u64,
}

#[derive(Clone)]
struct Entry {
    hash: i64,
    key: Value,
    value: Value,
}

/// Equality decidable without running Python code: `Some(answer)`, else `None`.
/// Whether a stored key is the string `key`: a str, or an instance of a str
/// subclass holding it (those hash alike, so string lookups must find them).
#[inline]
fn is_str_key(stored: &Value, key: &str) -> bool {
    match stored {
        Value::Str(s) => {
            let s = s.as_str();
            // Interned names: the same text at the same address.
            (std::ptr::eq(s.as_ptr(), key.as_ptr()) && s.len() == key.len()) || s == key
        }
        Value::Instance(i) => {
            matches!(&i.payload, crate::object::Payload::Builtin(Value::Str(s)) if s.as_str() == key)
        }
        _ => false,
    }
}

pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Str(x), Str(y)) => Some(x.as_str() == y.as_str()),
        (Int(x), Int(y)) => Some(x == y),
        (Int(_) | Bool(_) | Float(_) | BigInt(_), Int(_) | Bool(_) | Float(_) | BigInt(_)) => {
            Some(crate::ops::numeric_eq(a, b))
        }
        (Tuple(x), Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                match fast_eq(p, q)? {
                    true => {}
                    false => return Some(false),
                }
            }
            Some(true)
        }
        (Bytes(x), Bytes(y)) => Some(x.data == y.data),
        (Instance(_), _) | (_, Instance(_)) => Option::None,
        (FrozenSet(_) | Set(_), FrozenSet(_) | Set(_)) => Option::None,
        (Type(_), Type(_)) => Some(false),
        // Containers compare by content, which may run Python code.
        (List(_), List(_))
        | (Dict(_), Dict(_))
        | (Range(_), Range(_))
        | (DictView(_), DictView(_)) => Option::None,
        _ => Some(false),
    }
}

impl Default for DictObj {
    fn default() -> Self {
        DictObj::new()
    }
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj {
            inner: RefCell::new(DictInner::default()),
            writes: std::cell::Cell::new(0),
        }
    }

    pub fn len(&self) -> usize {
        self.inner.borrow().len
    }

    /// The write counter (see the field's doc).
    #[inline]
    pub fn writes(&self) -> u64 {
        self.writes.get()
    }

    #[inline]
    fn wrote(&self) {
        let w = self.writes.get() + 1;
        self.writes.set(w);
        if w & TYPE_DICT_BIT != 0 {
            TYPE_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    }

    /// A new dict for a class's namespace: every write to it bumps [`type_epoch`].
    pub fn new_type_dict() -> DictObj {
        let d = DictObj::new();
        d.mark_type_dict();
        d
    }

    /// From now on, every write to this dict bumps [`type_epoch`].
    pub fn mark_type_dict(&self) {
        self.writes.set(self.writes.get() | TYPE_DICT_BIT);
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A number that changes whenever a key is added or removed (iteration checks).
    pub fn version(&self) -> u64 {
        self.inner.borrow().version
    }

    /// Number of entry slots, deleted ones included: iterate `0..raw_len()` with [`Self::entry_at`].
    pub fn raw_len(&self) -> usize {
        self.inner.borrow().entries.len()
    }

    /// The live entry in slot `i`, if any.
    pub fn entry_at(&self, i: usize) -> Option<(Value, Value)> {
        let inner = self.inner.borrow();
        let e = inner.entries.get(i)?;
        if e.key.is_null() {
            None
        } else {
            Some((e.key.clone(), e.value.clone()))
        }
    }

    pub fn keys(&self) -> Vec<Value> {
        self.inner
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.key.clone())
            .collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.inner
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.value.clone())
            .collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.inner
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn clear(&self) {
        self.wrote();
        let old = std::mem::take(&mut *self.inner.borrow_mut());
        self.inner.borrow_mut().version = old.version + 1;
        drop(old); // values' destructors run with no borrow held
    }

    pub fn copy(&self) -> DictObj {
        let mut inner = self.inner.borrow().clone();
        inner.version = 0;
        DictObj {
            inner: RefCell::new(inner),
            writes: std::cell::Cell::new(0),
        }
    }

    // ---- string-keyed fast paths (namespaces, keyword arguments) ----

    /// Lookup by a `&str` key (only str keys can match).
    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.get_str_hashed(key, crate::hash::hash_str(key))
    }

    #[inline]
    pub fn get_strobj(&self, key: &StrObj) -> Option<Value> {
        self.get_str_hashed(key.as_str(), key.hash())
    }

    fn get_str_hashed(&self, key: &str, hash: i64) -> Option<Value> {
        let inner = self.inner.borrow();
        let entries = &inner.entries;
        let idx = inner.index.find(hash as u64, |&i| {
            let e = &entries[i as usize];
            e.hash == hash && is_str_key(&e.key, key)
        })?;
        Some(entries[*idx as usize].value.clone())
    }

    /// Entry position of the str key `key`, for caches that come back with
    /// [`Self::value_at_str`].
    pub fn index_of_str(&self, key: &StrObj) -> Option<usize> {
        let hash = key.hash();
        let inner = self.inner.borrow();
        let entries = &inner.entries;
        let idx = inner.index.find(hash as u64, |&i| {
            let e = &entries[i as usize];
            e.hash == hash && is_str_key(&e.key, key.as_str())
        })?;
        Some(*idx as usize)
    }

    /// The value of entry `i` if that entry's key is the str `key`.
    #[inline]
    pub fn value_at_str(&self, i: usize, key: &str) -> Option<Value> {
        let inner = self.inner.borrow();
        let e = inner.entries.get(i)?;
        if is_str_key(&e.key, key) {
            Some(e.value.clone())
        } else {
            None
        }
    }

    pub fn set_str(&self, key: &str, value: Value) {
        self.set_strobj(Rc::new(StrObj::new(key)), value)
    }

    pub fn set_strobj(&self, key: Rc<StrObj>, value: Value) {
        self.wrote();
        let hash = key.hash();
        let mut inner = self.inner.borrow_mut();
        let DictInner { index, entries, .. } = &mut *inner;
        if let Some(&i) = index.find(hash as u64, |&i| {
            let e = &entries[i as usize];
            e.hash == hash && is_str_key(&e.key, key.as_str())
        }) {
            let old = std::mem::replace(&mut entries[i as usize].value, value);
            drop(inner);
            drop(old);
            return;
        }
        inner.insert_new(hash, Value::Str(key), value);
    }

    pub fn del_str(&self, key: &str) -> Option<Value> {
        self.wrote();
        let hash = crate::hash::hash_str(key);
        let mut inner = self.inner.borrow_mut();
        let i = {
            let entries = &inner.entries;
            *inner.index.find(hash as u64, |&i| {
                let e = &entries[i as usize];
                e.hash == hash && is_str_key(&e.key, key)
            })?
        };
        let (k, v) = inner.remove_at(i as usize);
        drop(inner);
        drop(k);
        Some(v)
    }

    // ---- general keys ----

    /// Position of `key` in `entries`, comparing with Python `==` where needed.
    fn find(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        'restart: loop {
            let mut slow: SmallVec<[(usize, Value); 2]> = SmallVec::new();
            let version;
            {
                let inner = self.inner.borrow();
                version = inner.version;
                let entries = &inner.entries;
                let found = inner.index.find(hash as u64, |&i| {
                    let e = &entries[i as usize];
                    if e.hash != hash {
                        return false;
                    }
                    match fast_eq(&e.key, key) {
                        Some(r) => r,
                        None => {
                            slow.push((i as usize, e.key.clone()));
                            false
                        }
                    }
                });
                if let Some(&i) = found {
                    return Ok(Some(i as usize));
                }
            }
            for (i, k) in slow {
                let equal = vm.eq(&k, key)?;
                let inner = self.inner.borrow();
                if inner.version != version || !inner.entries.get(i).is_some_and(|e| e.key.is(&k)) {
                    continue 'restart;
                }
                if equal {
                    return Ok(Some(i));
                }
            }
            return Ok(None);
        }
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            return Ok(self.get_strobj(s));
        }
        let hash = vm.hash(key)?;
        Ok(self
            .find(vm, hash, key)?
            .map(|i| self.inner.borrow().entries[i].value.clone()))
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        Ok(self.get(vm, key)?.is_some())
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        if let Value::Str(s) = key {
            self.set_strobj(s, value);
            return Ok(());
        }
        let hash = vm.hash(&key)?;
        self.set_hashed(vm, hash, key, value)
    }

    /// Insert with a hash the caller already computed.
    pub fn set_hashed(&self, vm: &mut Vm, hash: i64, key: Value, value: Value) -> PyResult<()> {
        self.wrote();
        match self.find(vm, hash, &key)? {
            Some(i) => {
                let old = std::mem::replace(&mut self.inner.borrow_mut().entries[i].value, value);
                drop(old);
            }
            None => self.inner.borrow_mut().insert_new(hash, key, value),
        }
        Ok(())
    }

    /// Removes `key`, returning its value if it was present.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        let Some(i) = self.find(vm, hash, key)? else {
            return Ok(None);
        };
        self.wrote();
        let (k, v) = self.inner.borrow_mut().remove_at(i);
        drop(k);
        Ok(Some(v))
    }

    /// Removes and returns the most recently inserted item (`popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        self.wrote();
        let mut inner = self.inner.borrow_mut();
        let i = inner.entries.iter().rposition(|e| !e.key.is_null())?;
        let kv = inner.remove_at(i);
        inner.entries.truncate(i);
        Some(kv)
    }

    /// Lookup with a hash the caller already computed.
    pub fn get_hashed(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Option<Value>> {
        Ok(self
            .find(vm, hash, key)?
            .map(|i| self.inner.borrow().entries[i].value.clone()))
    }

    /// Removes `key` (whose hash the caller already computed), returning its value.
    pub fn remove_hashed(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Option<Value>> {
        let Some(i) = self.find(vm, hash, key)? else {
            return Ok(None);
        };
        self.wrote();
        let (k, v) = self.inner.borrow_mut().remove_at(i);
        drop(k);
        Ok(Some(v))
    }

    /// The oldest live entry as `(key, value, hash)` (functools' LRU eviction).
    pub fn first_entry(&self) -> Option<(Value, Value, i64)> {
        let inner = self.inner.borrow();
        inner
            .entries
            .iter()
            .find(|e| !e.key.is_null())
            .map(|e| (e.key.clone(), e.value.clone(), e.hash))
    }

    /// The hash stored with the entry in slot `i` (for set-like views and copying).
    pub fn hash_at(&self, i: usize) -> i64 {
        self.inner.borrow().entries[i].hash
    }
}

impl DictInner {
    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.entries.len() >= 8 && self.entries.len() > 2 * self.len + 8 {
            self.compact();
        }
        let i = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        self.index
            .insert_unique(hash as u64, i, |&j| entries[j as usize].hash as u64);
        self.len += 1;
        self.version += 1;
    }

    fn remove_at(&mut self, i: usize) -> (Value, Value) {
        let hash = self.entries[i].hash;
        if let Ok(entry) = self.index.find_entry(hash as u64, |&j| j as usize == i) {
            entry.remove();
        }
        let e = &mut self.entries[i];
        let k = std::mem::take(&mut e.key);
        let v = std::mem::take(&mut e.value);
        self.len -= 1;
        self.version += 1;
        (k, v)
    }

    /// Drops deleted slots and rebuilds the index.
    fn compact(&mut self) {
        self.entries.retain(|e| !e.key.is_null());
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            let entries = &self.entries;
            self.index.insert_unique(e.hash as u64, i as u32, |&j| {
                entries[j as usize].hash as u64
            });
        }
    }
}
