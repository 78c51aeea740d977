//! Python's hash functions for the built-in immutable types.
//!
//! Numbers hash exactly as in CPython (reduction modulo the Mersenne prime
//! 2**61 - 1, so `hash(1) == hash(1.0) == hash(True)`), and tuples use CPython's
//! xxHash-based combination. That matters beyond `==`: the iteration order of a
//! set of ints or tuples depends on these hashes, and weft prints sets in the
//! order CPython does. Strings use a fast keyed-free hash; CPython randomises
//! string hashes per process, so no program can depend on their values.

use dashu_int::IBig;

/// 2**61 - 1, CPython's `_PyHASH_MODULUS` on 64-bit platforms.
pub const MODULUS: u64 = (1 << 61) - 1;
pub const HASH_INF: i64 = 314_159;

#[inline]
pub fn hash_int(i: i64) -> i64 {
    if i >= 0 {
        (i as u64 % MODULUS) as i64
    } else {
        let h = -(((i as i128).unsigned_abs() % MODULUS as u128) as i64);
        if h == -1 {
            -2
        } else {
            h
        }
    }
}

pub fn hash_bigint(b: &IBig) -> i64 {
    let m = IBig::from(MODULUS);
    let r: IBig = b % &m; // sign follows the dividend
    let r = i64::try_from(&r).unwrap_or(0);
    if r == -1 {
        -2
    } else {
        r
    }
}

/// CPython's `_Py_HashDouble` (the NaN case returns 0 here; CPython uses the object's
/// address, which no program can rely on).
pub fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (61 - 28);
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | x >> (61 - e);
    let h = (x as i64) * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: scale up first
        let (m, e) = frexp(v * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython's tuple hash (xxHash-based, 3.8+), over the items' hashes.
pub fn hash_tuple(item_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let len = item_hashes.len() as u64;
    let mut acc: u64 = P5;
    for h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// FNV-1a over the UTF-8 bytes, folded away from -1.
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0x8422_2325_cbf2_9ce4;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_hash_like_cpython() {
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int(5), 5);
        assert_eq!(hash_int(1 << 61), 1);
        assert_eq!(hash_int(-(1 << 61)), -2);
        assert_eq!(hash_float(1.0), 1);
        assert_eq!(hash_float(1.5), 1_152_921_504_606_846_977);
        assert_eq!(hash_float(-0.5), -1_152_921_504_606_846_976);
        assert_eq!(hash_float(f64::INFINITY), 314_159);
        // python3 -c "print(hash((1, 2)), hash(()), hash((1,)))"
        assert_eq!(
            hash_tuple([1i64, 2].into_iter()),
            -3_550_055_125_485_641_917
        );
        assert_eq!(hash_tuple([].into_iter()), 5_740_354_900_026_072_187);
        assert_eq!(hash_tuple([1i64].into_iter()), -6_644_214_454_873_602_895);
    }
}
