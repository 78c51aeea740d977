//! The calendar half of `time`: `struct_time`, `gmtime`, `localtime`,
//! `mktime`, `asctime`, `ctime`, `strftime` and the time-zone constants.
//!
//! Broken-down times follow C's `struct tm` as CPython exposes it (Monday is
//! weekday 0, day of year counts from 1) and `strftime` formats the fields it
//! is given, as glibc's does in the C locale. The local time zone (the `TZ`
//! variable, else /etc/localtime) comes from `jiff`, which reads the
//! system's zoneinfo files.

use std::rc::Rc;

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::function::Args;
use crate::module::ModuleObj;
use crate::object::{Payload, TypeObj};
use crate::stdlib::{structseq_instance, structseq_type};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];
const DAY_NAMES: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A broken-down time as C's `struct tm` holds it: month 0-11, weekday
/// 0 = Sunday, day of year 0-365.
#[derive(Clone, Debug, PartialEq)]
struct Tm {
    year: i64,
    mon: i64,
    mday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    wday: i64,
    yday: i64,
    isdst: i64,
    zone: Option<String>,
    gmtoff: Option<i64>,
}

/// Adds the calendar functions and constants to the `time` module.
pub fn install(vm: &mut Vm, module: &Rc<ModuleObj>) {
    let t = struct_time_type(vm);
    module.dict.set_str("struct_time", Value::Type(t));
    for (name, f) in [
        ("gmtime", gmtime as crate::function::NativeFn),
        ("localtime", localtime),
        ("mktime", mktime),
        ("asctime", asctime),
        ("ctime", ctime),
        ("strftime", strftime),
    ] {
        module.dict.set_str(name, vm.new_builtin(name, f));
    }
    let zones = ZoneConstants::now();
    module.dict.set_str("timezone", Value::Int(zones.timezone));
    module.dict.set_str("altzone", Value::Int(zones.altzone));
    module
        .dict
        .set_str("daylight", Value::Int(zones.daylight as i64));
    module.dict.set_str(
        "tzname",
        Value::tuple(vec![
            Value::string(zones.std_name),
            Value::string(zones.dst_name),
        ]),
    );
}

fn struct_time_type(vm: &Vm) -> Rc<TypeObj> {
    if let Some(t) = vm.rt.native_types.borrow().get("time.struct_time") {
        return t.clone();
    }
    let t = structseq_type(vm, "time", "struct_time", &FIELDS);
    t.dict.set_str("n_fields", Value::Int(11));
    vm.add_native(
        &t,
        "__new__",
        struct_time_new,
        crate::modules::BuiltinKind::StaticMethod,
    );
    vm.rt
        .native_types
        .borrow_mut()
        .insert("time.struct_time", t.clone());
    t
}

/// `time.struct_time(sequence)`: 9 fields, optionally tm_zone and tm_gmtoff.
fn struct_time_new(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args(
        "struct_time",
        &Args::new(args.pos[1..].iter().cloned()),
        1,
        1,
    )?;
    let Value::Type(cls) = &args.pos[0] else {
        return Err(vm.type_error("struct_time.__new__(X): X is not a type object"));
    };
    let items = vm.collect_iterable(&args.pos[1])?;
    if items.len() < 9 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({}-sequence given)",
            items.len()
        )));
    }
    if items.len() > 11 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({}-sequence given)",
            items.len()
        )));
    }
    let extra = [
        ("tm_zone", items.get(9).cloned().unwrap_or(Value::None)),
        ("tm_gmtoff", items.get(10).cloned().unwrap_or(Value::None)),
    ];
    Ok(structseq_instance(cls, items[..9].to_vec(), &extra))
}

fn struct_time_value(vm: &Vm, tm: &Tm) -> Value {
    let t = struct_time_type(vm);
    let values = [
        tm.year,
        tm.mon + 1,
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        (tm.wday + 6) % 7,
        tm.yday + 1,
        tm.isdst,
    ]
    .into_iter()
    .map(Value::Int)
    .collect();
    let extra = [
        (
            "tm_zone",
            tm.zone.clone().map_or(Value::None, Value::string),
        ),
        ("tm_gmtoff", tm.gmtoff.map_or(Value::None, Value::Int)),
    ];
    structseq_instance(&t, values, &extra)
}

// ---- seconds <-> broken-down time ------------------------------------------

/// The optional `secs` argument of gmtime/localtime/ctime: now if absent or
/// None, else rounded towards minus infinity.
fn seconds_arg(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<i64> {
    vm.check_args(fname, args, 0, 1)?;
    let secs = match args.pos.first() {
        None | Some(Value::None) => return Ok(now_seconds()),
        Some(Value::Float(f)) => *f,
        Some(v) => return vm.index_value(v).map_err(|e| overflow_as_time_t(vm, e)),
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    let floor = secs.floor();
    if !(-9.2e18..9.2e18).contains(&floor) {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(floor as i64)
}

fn overflow_as_time_t(vm: &Vm, e: crate::vm::PyErr) -> crate::vm::PyErr {
    if e.is_instance_of(&vm.exc_type("OverflowError")) {
        vm.overflow_error("timestamp out of range for platform time_t")
    } else {
        e
    }
}

fn now_seconds() -> i64 {
    Timestamp::now().as_second()
}

/// The broken-down time of `secs` in `tz`. The calendar arithmetic is
/// done here for any year C's `struct tm` can hold; the zone only supplies
/// the offset (taken at the edge of its range for far-off times).
fn broken_down(vm: &Vm, secs: i64, tz: &TimeZone, utc: bool) -> PyResult<Tm> {
    let clamped = secs.clamp(
        Timestamp::MIN.as_second() + 86_400,
        Timestamp::MAX.as_second() - 86_400,
    );
    let ts = Timestamp::from_second(clamped).unwrap_or(Timestamp::UNIX_EPOCH);
    let info = tz.to_offset_info(ts);
    let gmtoff = info.offset().seconds() as i64;
    let local = secs.checked_add(gmtoff).ok_or_else(|| too_large(vm))?;
    let tm = civil_tm(local);
    if tm
        .year
        .checked_sub(1900)
        .and_then(|y| i32::try_from(y).ok())
        .is_none()
    {
        return Err(too_large(vm));
    }
    Ok(Tm {
        isdst: info.dst().is_dst() as i64,
        zone: Some(if utc {
            "GMT".into()
        } else {
            info.abbreviation().to_string()
        }),
        gmtoff: Some(gmtoff),
        ..tm
    })
}

/// The calendar fields of `local` seconds after 1970-01-01 00:00 (no zone).
fn civil_tm(local: i64) -> Tm {
    let days = local.div_euclid(86_400);
    let of_day = local.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    Tm {
        year,
        mon: month - 1,
        mday: day,
        hour: of_day / 3600,
        min: of_day % 3600 / 60,
        sec: of_day % 60,
        wday: (days + 4).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1),
        isdst: 0,
        zone: None,
        gmtoff: None,
    }
}

/// glibc's EOVERFLOW from gmtime/localtime, as CPython reports it.
fn too_large(vm: &Vm) -> crate::vm::PyErr {
    let err = std::io::Error::from_raw_os_error(75);
    vm.os_error(&err, None)
}

/// Year, month (1-12) and day of the day `days` after 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + (month <= 2) as i64;
    (year, month, day)
}

fn gmtime(vm: &mut Vm, args: Args) -> PyResult {
    let secs = seconds_arg(vm, &args, "gmtime")?;
    let tm = broken_down(vm, secs, &TimeZone::UTC, true)?;
    Ok(struct_time_value(vm, &tm))
}

fn localtime(vm: &mut Vm, args: Args) -> PyResult {
    let secs = seconds_arg(vm, &args, "localtime")?;
    let tm = broken_down(vm, secs, &TimeZone::system(), false)?;
    Ok(struct_time_value(vm, &tm))
}

/// Days from 1970-01-01 to year-month-day of the proleptic Gregorian
/// calendar (month 1-12), for any year.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let shifted_month = (month + 9) % 12;
    let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// `mktime`: local broken-down time (out-of-range fields carry over, as C's
/// mktime does) to seconds since the epoch.
fn local_to_seconds(vm: &Vm, tm: &Tm) -> PyResult<i64> {
    let overflow = || vm.overflow_error("mktime argument out of range");
    let year = tm
        .year
        .checked_add(tm.mon.div_euclid(12))
        .ok_or_else(overflow)?;
    let days = days_from_civil(year, tm.mon.rem_euclid(12) + 1, 1)
        .checked_add(tm.mday - 1)
        .ok_or_else(overflow)?;
    let naive = days
        .checked_mul(86_400)
        .and_then(|d| d.checked_add(tm.hour * 3600 + tm.min * 60 + tm.sec))
        .ok_or_else(overflow)?;
    let naive_ts = Timestamp::from_second(naive).map_err(|_| overflow())?;
    let wall: DateTime = jiff::tz::Offset::UTC.to_datetime(naive_ts);
    let ts = TimeZone::system()
        .to_ambiguous_timestamp(wall)
        .compatible()
        .map_err(|_| overflow())?;
    Ok(ts.as_second())
}

fn mktime(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("mktime", &args, 1, 1)?;
    let tm = time_tuple(vm, &args.pos[0], "mktime")?;
    Ok(Value::Float(local_to_seconds(vm, &tm)? as f64))
}

// ---- time tuples in -------------------------------------------------------

/// A struct_time or 9-tuple as C's `struct tm` (CPython's `gettmarg`).
fn time_tuple(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Tm> {
    let (items, extra) = match v {
        Value::Tuple(t) => (t.items.to_vec(), None),
        Value::Instance(i) => match &i.payload {
            Payload::Builtin(Value::Tuple(t)) => {
                let is_struct_time = vm
                    .rt
                    .native_types
                    .borrow()
                    .get("time.struct_time")
                    .is_some_and(|st| i.class().is_subtype(st));
                (t.items.to_vec(), is_struct_time.then(|| i.dict()).flatten())
            }
            _ => return Err(vm.type_error("Tuple or struct_time argument required")),
        },
        _ => return Err(vm.type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(items.iter()) {
        *slot = vm.index_value(item)?;
    }
    let (zone, gmtoff) = match extra {
        Some(d) => (
            match d.get_str("tm_zone") {
                Some(Value::Str(s)) => Some(s.as_str().to_string()),
                _ => None,
            },
            match d.get_str("tm_gmtoff") {
                Some(Value::Int(n)) => Some(n),
                _ => None,
            },
        ),
        None => (None, None),
    };
    Ok(Tm {
        year: f[0],
        mon: f[1] - 1,
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: (f[6] + 1) % 7,
        yday: f[7] - 1,
        isdst: f[8],
        zone,
        gmtoff,
    })
}

/// CPython's `checktm` for asctime and strftime: zero month, day and day of
/// year mean the first; anything else out of range is an error.
fn check_tm(vm: &Vm, tm: &mut Tm) -> PyResult<()> {
    if tm.mon == -1 {
        tm.mon = 0;
    } else if !(0..=11).contains(&tm.mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(1..=31).contains(&tm.mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    Ok(())
}

/// The time tuple argument of asctime/strftime, or the local time now.
fn tuple_or_now(vm: &mut Vm, arg: Option<&Value>, fname: &str) -> PyResult<Tm> {
    match arg {
        Some(v) => {
            let mut tm = time_tuple(vm, v, fname)?;
            check_tm(vm, &mut tm)?;
            Ok(tm)
        }
        None => broken_down(vm, now_seconds(), &TimeZone::system(), false),
    }
}

// ---- formatting -------------------------------------------------------------

fn asctime_text(tm: &Tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        &DAY_NAMES[tm.wday as usize % 7][..3],
        &MONTH_NAMES[tm.mon as usize % 12][..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

fn asctime(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("asctime", &args, 0, 1)?;
    let tm = tuple_or_now(vm, args.pos.first(), "asctime")?;
    Ok(Value::string(asctime_text(&tm)))
}

fn ctime(vm: &mut Vm, args: Args) -> PyResult {
    let secs = seconds_arg(vm, &args, "ctime")?;
    let tm = broken_down(vm, secs, &TimeZone::system(), false)?;
    Ok(Value::string(asctime_text(&tm)))
}

fn strftime(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("strftime", &args, 1, 2)?;
    let Value::Str(format) = &args.pos[0] else {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(&args.pos[0])
        )));
    };
    let mut tm = tuple_or_now(vm, args.pos.get(1), "strftime")?;
    tm.isdst = tm.isdst.clamp(-1, 1);
    if format.as_str().contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    // Only `%s` (with or without flags) needs the time as seconds, which
    // costs a time-zone lookup: skip it for formats without an `s`.
    let seconds = if format.as_str().contains('s') {
        local_to_seconds(vm, &tm).ok()
    } else {
        None
    };
    Ok(Value::string(format_tm(format.as_str(), &tm, seconds)))
}

/// How a directive pads its number: glibc's `-`, `_` and `0` flags.
#[derive(Clone, Copy, PartialEq)]
enum Pad {
    Default,
    None,
    Space,
    Zero,
}

fn number(out: &mut String, n: i64, width: usize, default_pad: char, pad: Pad) {
    let fill = match pad {
        Pad::Default => Some(default_pad),
        Pad::None => None,
        Pad::Space => Some(' '),
        Pad::Zero => Some('0'),
    };
    let digits = n.unsigned_abs().to_string();
    if n < 0 {
        out.push('-');
    }
    if let Some(fill) = fill {
        for _ in digits.len()..width {
            out.push(fill);
        }
    }
    out.push_str(&digits);
}

/// Weeks in ISO year `year` (52 or 53).
fn iso_weeks_in_year(year: i64) -> i64 {
    let jan1_shift =
        |y: i64| (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)).rem_euclid(7);
    if jan1_shift(year) == 4 || jan1_shift(year - 1) == 3 {
        53
    } else {
        52
    }
}

/// ISO 8601 year and week of a broken-down time, from its own year, day of
/// year and weekday fields.
fn iso_year_week(tm: &Tm) -> (i64, i64) {
    let iso_weekday = (tm.wday + 6).rem_euclid(7) + 1;
    let week = (tm.yday + 1 - iso_weekday + 10).div_euclid(7);
    if week < 1 {
        (tm.year - 1, iso_weeks_in_year(tm.year - 1))
    } else if week > iso_weeks_in_year(tm.year) {
        (tm.year + 1, 1)
    } else {
        (tm.year, week)
    }
}

/// C-locale `strftime` of `tm`; `seconds` is its value as local time (`%s`).
fn format_tm(format: &str, tm: &Tm, seconds: Option<i64>) -> String {
    let mut out = String::new();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut pad = Pad::Default;
        let mut upper = false;
        while let Some(&flag) = chars.peek() {
            match flag {
                '-' => pad = Pad::None,
                '_' => pad = Pad::Space,
                '0' => pad = Pad::Zero,
                '^' => upper = true,
                _ => break,
            }
            chars.next();
        }
        let Some(directive) = chars.next() else {
            out.push('%');
            break;
        };
        let mut text = String::new();
        directive_text(&mut text, directive, tm, seconds, pad);
        if upper {
            text = text.to_uppercase();
        }
        out.push_str(&text);
    }
    out
}

fn directive_text(out: &mut String, directive: char, tm: &Tm, seconds: Option<i64>, pad: Pad) {
    let wday = tm.wday.rem_euclid(7) as usize;
    let mon = tm.mon.rem_euclid(12) as usize;
    let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
    match directive {
        'a' => out.push_str(&DAY_NAMES[wday][..3]),
        'A' => out.push_str(DAY_NAMES[wday]),
        'b' | 'h' => out.push_str(&MONTH_NAMES[mon][..3]),
        'B' => out.push_str(MONTH_NAMES[mon]),
        'c' => out.push_str(&format_tm("%a %b %e %H:%M:%S %Y", tm, seconds)),
        // glibc leaves the century unpadded, like %Y (year 5 gives "0")
        'C' => number(out, tm.year.div_euclid(100), 1, '0', pad),
        'd' => number(out, tm.mday, 2, '0', pad),
        'D' | 'x' => out.push_str(&format_tm("%m/%d/%y", tm, seconds)),
        'e' => number(out, tm.mday, 2, ' ', pad),
        'F' => out.push_str(&format_tm("%Y-%m-%d", tm, seconds)),
        'g' => number(out, iso_year_week(tm).0.rem_euclid(100), 2, '0', pad),
        'G' => number(out, iso_year_week(tm).0, 1, '0', pad),
        'H' => number(out, tm.hour, 2, '0', pad),
        'I' => number(out, hour12, 2, '0', pad),
        'j' => number(out, tm.yday + 1, 3, '0', pad),
        'k' => number(out, tm.hour, 2, ' ', pad),
        'l' => number(out, hour12, 2, ' ', pad),
        'm' => number(out, tm.mon + 1, 2, '0', pad),
        'M' => number(out, tm.min, 2, '0', pad),
        'n' => out.push('\n'),
        'p' => out.push_str(if tm.hour >= 12 { "PM" } else { "AM" }),
        'P' => out.push_str(if tm.hour >= 12 { "pm" } else { "am" }),
        'r' => out.push_str(&format_tm("%I:%M:%S %p", tm, seconds)),
        'R' => out.push_str(&format_tm("%H:%M", tm, seconds)),
        's' => {
            if let Some(s) = seconds {
                number(out, s, 1, '0', pad);
            }
        }
        'S' => number(out, tm.sec, 2, '0', pad),
        't' => out.push('\t'),
        'T' | 'X' => out.push_str(&format_tm("%H:%M:%S", tm, seconds)),
        'u' => number(out, if wday == 0 { 7 } else { wday as i64 }, 1, '0', pad),
        'U' => number(out, (tm.yday + 7 - wday as i64).div_euclid(7), 2, '0', pad),
        'V' => number(out, iso_year_week(tm).1, 2, '0', pad),
        'w' => number(out, wday as i64, 1, '0', pad),
        'W' => number(
            out,
            (tm.yday + 7 - (wday as i64 + 6) % 7).div_euclid(7),
            2,
            '0',
            pad,
        ),
        'y' => number(out, tm.year.rem_euclid(100), 2, '0', pad),
        'Y' => number(out, tm.year, 1, '0', pad),
        'z' => {
            let off = tm.gmtoff.unwrap_or(0);
            out.push(if off < 0 { '-' } else { '+' });
            let off = off.abs();
            number(out, off / 3600, 2, '0', Pad::Default);
            number(out, off % 3600 / 60, 2, '0', Pad::Default);
        }
        'Z' => match &tm.zone {
            Some(zone) => out.push_str(zone),
            None => {
                let zones = ZoneConstants::now();
                out.push_str(if tm.isdst > 0 {
                    &zones.dst_name
                } else {
                    &zones.std_name
                });
            }
        },
        '%' => out.push('%'),
        other => {
            out.push('%');
            out.push(other);
        }
    }
}

/// `time.timezone`, `altzone`, `daylight` and `tzname`, from the local
/// zone's offsets in January and July of this year (as CPython computes them).
struct ZoneConstants {
    timezone: i64,
    altzone: i64,
    daylight: bool,
    std_name: String,
    dst_name: String,
}

impl ZoneConstants {
    fn now() -> ZoneConstants {
        let tz = TimeZone::system();
        let now = Timestamp::now();
        let year = tz.to_offset_info(now).offset().to_datetime(now).year() as i64;
        let at = |month: i64| {
            let secs = days_from_civil(year, month, 1) * 86_400;
            let ts = Timestamp::from_second(secs).unwrap_or(Timestamp::UNIX_EPOCH);
            let info = tz.to_offset_info(ts);
            (
                -(info.offset().seconds() as i64),
                info.abbreviation().to_string(),
            )
        };
        let (jan_zone, jan_name) = at(1);
        let (jul_zone, jul_name) = at(7);
        if jan_zone < jul_zone {
            // Southern hemisphere: daylight saving time in January.
            ZoneConstants {
                timezone: jul_zone,
                altzone: jan_zone,
                daylight: true,
                std_name: jul_name,
                dst_name: jan_name,
            }
        } else {
            ZoneConstants {
                timezone: jan_zone,
                altzone: jul_zone,
                daylight: jan_zone != jul_zone,
                std_name: jan_name,
                dst_name: jul_name,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(secs: i64) -> Tm {
        Tm {
            zone: Some("GMT".into()),
            gmtoff: Some(0),
            ..civil_tm(secs)
        }
    }

    #[test]
    fn civil_from_days_inverts_days_from_civil() {
        for days in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn civil_days_match_the_epoch_and_leap_years() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
        assert_eq!(
            days_from_civil(2024, 12, 31) - days_from_civil(2024, 1, 1),
            365
        );
    }

    #[test]
    fn strftime_directives_in_the_c_locale() {
        let tm = utc(1_234_567_890);
        assert_eq!(
            format_tm("%c|%x|%X|%e|%D|%F|%j|%U|%W|%w|%u|%y|%Z|%z|%%|%I%p", &tm, None),
            "Fri Feb 13 23:31:30 2009|02/13/09|23:31:30|13|02/13/09|2009-02-13|044|06|06|5|5|09|GMT|+0000|%|11PM"
        );
        assert_eq!(format_tm("%-d/%-m %_H %Q", &utc(0), None), "1/1  0 %Q");
    }

    #[test]
    fn iso_weeks_cross_year_boundaries() {
        // 2021-01-01 (a Friday) is in ISO week 53 of 2020; 2019-12-30 in week 1 of 2020.
        let jan1 = utc(days_from_civil(2021, 1, 1) * 86_400);
        assert_eq!(iso_year_week(&jan1), (2020, 53));
        let dec30 = utc(days_from_civil(2019, 12, 30) * 86_400);
        assert_eq!(iso_year_week(&dec30), (2020, 1));
    }
}
