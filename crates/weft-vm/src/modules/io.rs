//! `_io`: `open()`, text and binary files, `StringIO` and `BytesIO`, with
//! CPython's behaviour where programs can see it: mode checking and its
//! messages, universal newlines on reading text, `newline=` translation on
//! writing, the reprs (`<_io.TextIOWrapper name='f.txt' mode='r'
//! encoding='UTF-8'>`), `UnsupportedOperation("not readable")`, "I/O operation
//! on closed file." and OSErrors carrying errno and filename.
//!
//! One Rust type, [`FileState`], backs all four file classes (TextIOWrapper,
//! BufferedReader, BufferedWriter, BufferedRandom): a byte layer with a read
//! buffer and a write buffer, and for text files a decoded-but-unread string on
//! top. The operating-system calls are the small `sys_*` functions, which take
//! and return plain Rust data (no `Value`s, no `Vm`), so that they can later run
//! with the GIL released.
//!
//! Text is decoded with the codecs of `methods.rs` (the ones `str.encode` and
//! `bytes.decode` use). utf-8, latin-1 and ascii files are decoded chunk by
//! chunk; utf-16/utf-32 files are decoded once their whole content is read.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::{Rc, Weak};

use crate::function::{Args, BuiltinKind, NativeFn};
use crate::methods::{decode_bytes, encode_str, lookup_codec, Codec};
use crate::module::ModuleObj;
use crate::modules::{native_data, native_instance, native_property, new_module, this};
use crate::object::{InstanceObj, Layout, TypeObj};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// Bytes asked of the operating system per read, and the write buffer's size.
const CHUNK: usize = 8192;

// ---------------------------------------------------------------------------
// System calls: plain data in, plain data out (no Values), so that they can run
// without the GIL.
// ---------------------------------------------------------------------------

/// How to open a file, decided from the mode string.
#[derive(Clone, Copy)]
pub struct OpenFlags {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub create_new: bool,
    pub truncate: bool,
}

pub fn sys_open(path: &std::path::Path, flags: OpenFlags) -> std::io::Result<File> {
    let mut o = std::fs::OpenOptions::new();
    o.read(flags.read);
    if flags.append {
        o.append(true).create(true);
    } else if flags.create_new {
        o.write(true).create_new(true);
    } else if flags.truncate {
        o.write(true).create(true).truncate(true);
    } else if flags.write {
        o.write(true);
    }
    let f = o.open(path)?;
    // Opening a directory for reading succeeds on Linux; CPython refuses it.
    if f.metadata()?.is_dir() {
        return Err(std::io::Error::from_raw_os_error(21));
    }
    Ok(f)
}

/// Up to `max` bytes (fewer only at end of file).
pub fn sys_read(file: &mut File, max: usize) -> std::io::Result<Vec<u8>> {
    crate::blocking::io_without_gil(move || read_up_to(file, max))
}

fn read_up_to(file: &mut File, max: usize) -> std::io::Result<Vec<u8>> {
    let mut buf = vec![0u8; max];
    let mut got = 0;
    while got < max {
        match file.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    buf.truncate(got);
    Ok(buf)
}

pub fn sys_read_to_end(file: &mut File) -> std::io::Result<Vec<u8>> {
    crate::blocking::io_without_gil(move || {
        let mut buf = Vec::new();
        file.read_to_end(&mut buf)?;
        Ok(buf)
    })
}

/// Writes all of `data`, with the GIL released.
pub fn sys_write_all(file: &mut File, data: &[u8]) -> std::io::Result<()> {
    crate::blocking::io_without_gil(move || file.write_all(data))
}

pub fn sys_seek(file: &mut File, pos: SeekFrom) -> std::io::Result<u64> {
    file.seek(pos)
}

pub fn sys_truncate(file: &mut File, size: u64) -> std::io::Result<()> {
    file.set_len(size)
}

// ---------------------------------------------------------------------------
// File objects
// ---------------------------------------------------------------------------

/// The `newline=` argument of a text file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Newline {
    /// `None`: universal newlines in, `\n` out.
    Universal,
    /// `''`: any line ending ends a line, nothing translated.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

impl Newline {
    fn parse(v: &Value) -> Option<Newline> {
        Some(match v {
            Value::None => Newline::Universal,
            Value::Str(s) => match s.as_str() {
                "" => Newline::Untranslated,
                "\n" => Newline::Lf,
                "\r" => Newline::Cr,
                "\r\n" => Newline::CrLf,
                _ => return None,
            },
            _ => return None,
        })
    }

    /// What `\n` becomes when written.
    fn written(self) -> Option<&'static str> {
        match self {
            Newline::Cr => Some("\r"),
            Newline::CrLf => Some("\r\n"),
            _ => None,
        }
    }
}

struct TextConfig {
    codec: Codec,
    /// As shown by `.encoding` and the repr.
    encoding: String,
    errors: String,
    newline: Newline,
    /// utf-16/32 write a byte order mark once, at the start.
    wrote_bom: bool,
}

/// A file opened by `open()`: text or binary.
pub struct FileState {
    /// None once closed.
    file: Option<File>,
    /// `.name`: the path, or the descriptor number.
    name: Value,
    mode: String,
    readable: bool,
    writable: bool,
    /// Whether closing closes the descriptor (`closefd=False` leaves it open).
    closefd: bool,
    /// Bytes read from the OS and not yet consumed (text: not yet decoded).
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    eof: bool,
    text: Option<TextConfig>,
    /// Text: decoded text not yet returned (newlines untranslated), from `pending_pos`.
    pending: String,
    pending_pos: usize,
    /// Text files: false while iterating with next() (CPython then refuses tell()).
    telling: bool,
}

impl Drop for FileState {
    fn drop(&mut self) {
        if let Some(f) = self.file.as_mut() {
            if !self.wbuf.is_empty() {
                // A drop can happen anywhere, so this write keeps the GIL.
                let _ = f.write_all(&self.wbuf);
            }
        }
        if !self.closefd {
            if let Some(f) = self.file.take() {
                std::mem::forget(f);
            }
        }
    }
}

/// Why a file operation failed, before it is made a Python exception.
enum IoFail {
    Os(std::io::Error),
    Py(PyErr),
}

impl From<std::io::Error> for IoFail {
    fn from(e: std::io::Error) -> IoFail {
        IoFail::Os(e)
    }
}

impl From<PyErr> for IoFail {
    fn from(e: PyErr) -> IoFail {
        IoFail::Py(e)
    }
}

fn raise(vm: &Vm, f: IoFail) -> PyErr {
    match f {
        IoFail::Os(e) => vm.os_error(&e, None),
        IoFail::Py(e) => e,
    }
}

impl FileState {
    fn file(&mut self) -> &mut File {
        self.file.as_mut().expect("checked open")
    }

    /// Writes out the write buffer.
    fn flush_writes(&mut self) -> std::io::Result<()> {
        if !self.wbuf.is_empty() {
            let data = std::mem::take(&mut self.wbuf);
            sys_write_all(self.file(), &data)?;
        }
        Ok(())
    }

    /// Bytes read ahead but not given to the program (for tell and before writing).
    fn unread_bytes(&self, vm: &Vm) -> PyResult<u64> {
        let mut n = (self.rbuf.len() - self.rpos) as u64;
        if let Some(t) = &self.text {
            let rest = &self.pending[self.pending_pos..];
            n += match t.codec {
                Codec::Utf8 | Codec::Ascii => rest.len() as u64,
                Codec::Latin1 => rest.chars().count() as u64,
                c => encode_str(vm, rest, c, &t.errors)?.len() as u64,
            };
        }
        Ok(n)
    }

    /// Gives back read-ahead data before a write. Binary files move the OS
    /// position back to the logical position, as CPython's BufferedRandom does;
    /// text files drop their decoded text without rewinding over it, as
    /// CPython's TextIOWrapper does (so a write after a read lands after the
    /// last chunk read).
    fn drop_read_ahead(&mut self, vm: &Vm) -> Result<(), IoFail> {
        if self.text.is_some() {
            self.pending.clear();
            self.pending_pos = 0;
        }
        let unread = self.unread_bytes(vm)?;
        if unread > 0 {
            sys_seek(self.file(), SeekFrom::Current(-(unread as i64)))?;
        }
        self.rbuf.clear();
        self.rpos = 0;
        self.pending.clear();
        self.pending_pos = 0;
        self.eof = false;
        Ok(())
    }

    /// Reads one more chunk into the read buffer; false at end of file.
    fn fill_bytes(&mut self) -> std::io::Result<bool> {
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let chunk = sys_read(self.file(), CHUNK)?;
        if chunk.is_empty() {
            self.eof = true;
            return Ok(false);
        }
        self.rbuf.extend_from_slice(&chunk);
        Ok(true)
    }

    fn position(&mut self, vm: &Vm) -> Result<u64, IoFail> {
        self.flush_writes()?;
        let pos = sys_seek(self.file(), SeekFrom::Current(0))?;
        Ok(pos - self.unread_bytes(vm)?)
    }

    // ---- binary reading ----

    fn read_bytes(&mut self, n: Option<usize>) -> std::io::Result<Vec<u8>> {
        self.flush_writes()?;
        match n {
            None => {
                let mut out = self.rbuf.split_off(self.rpos);
                self.rbuf.clear();
                self.rpos = 0;
                out.extend(sys_read_to_end(self.file())?);
                Ok(out)
            }
            Some(n) => {
                while self.rbuf.len() - self.rpos < n && self.fill_bytes()? {}
                let end = (self.rpos + n).min(self.rbuf.len());
                let out = self.rbuf[self.rpos..end].to_vec();
                self.rpos = end;
                Ok(out)
            }
        }
    }

    fn readline_bytes(&mut self, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        self.flush_writes()?;
        let mut scanned = 0;
        loop {
            let avail = &self.rbuf[self.rpos..];
            if let Some(i) = avail[scanned..].iter().position(|&b| b == b'\n') {
                let mut end = scanned + i + 1;
                if let Some(l) = limit {
                    end = end.min(l);
                }
                let out = avail[..end].to_vec();
                self.rpos += end;
                return Ok(out);
            }
            scanned = avail.len();
            if limit.is_some_and(|l| scanned >= l) || !self.fill_bytes()? {
                let avail = &self.rbuf[self.rpos..];
                let end = limit.map_or(avail.len(), |l| l.min(avail.len()));
                let out = avail[..end].to_vec();
                self.rpos += end;
                return Ok(out);
            }
        }
    }

    // ---- text reading ----

    /// Decodes one more chunk into `pending`; false at end of file.
    fn fill_text(&mut self, vm: &Vm) -> Result<bool, IoFail> {
        if self.pending_pos > 0 {
            self.pending.drain(..self.pending_pos);
            self.pending_pos = 0;
        }
        let more = self.fill_bytes()?;
        let (codec, errors) = match &self.text {
            Some(t) => (t.codec, t.errors.clone()),
            None => return Ok(more),
        };
        let avail = &self.rbuf[self.rpos..];
        let take = match codec {
            Codec::Utf8 if more => complete_utf8_len(avail),
            Codec::Utf16
            | Codec::Utf16Le
            | Codec::Utf16Be
            | Codec::Utf32
            | Codec::Utf32Le
            | Codec::Utf32Be
                if more =>
            {
                0
            }
            _ => avail.len(),
        };
        if take > 0 {
            // CPython's utf-16 stream decoder (unlike bytes.decode) insists on a byte order mark.
            if codec == Codec::Utf16
                && take >= 2
                && !(avail.starts_with(&[0xff, 0xfe]) || avail.starts_with(&[0xfe, 0xff]))
            {
                return Err(IoFail::Py(
                    vm.error("UnicodeError", "UTF-16 stream does not start with BOM"),
                ));
            }
            let text = decode_bytes(vm, &avail[..take], codec, &errors)?;
            self.pending.push_str(&text);
            self.rpos += take;
        }
        Ok(more)
    }

    /// The next line (text files), newline handling as CPython's TextIOWrapper.
    fn readline_text(&mut self, vm: &Vm, limit: Option<usize>) -> Result<String, IoFail> {
        self.flush_writes()?;
        let newline = self.text.as_ref().map_or(Newline::Universal, |t| t.newline);
        loop {
            let at_end = self.eof_drained();
            let rest = &self.pending[self.pending_pos..];
            if let Some((end, _)) = find_line_end(rest, newline, at_end) {
                let mut line = rest[..end].to_string();
                if newline == Newline::Universal {
                    translate_line_end(&mut line);
                }
                let end = match limit {
                    // Only the line's final newline differs from the raw text, so
                    // the first `l` characters of a longer line are raw characters.
                    Some(l) if line.chars().count() > l => {
                        let cut = char_boundary(rest, l);
                        line = rest[..cut].to_string();
                        cut
                    }
                    _ => end,
                };
                self.pending_pos += end;
                return Ok(line);
            }
            if let Some(l) = limit {
                let count = rest.chars().count();
                if count > l || (count == l && !rest.ends_with('\r')) {
                    let cut = char_boundary(rest, l);
                    let line = rest[..cut].to_string();
                    self.pending_pos += cut;
                    return Ok(line);
                }
            }
            if at_end {
                let line = rest.to_string();
                self.pending_pos = self.pending.len();
                return Ok(line);
            }
            self.fill_text(vm)?;
        }
    }

    /// At end of file with every byte decoded.
    fn eof_drained(&self) -> bool {
        self.eof && self.rpos == self.rbuf.len()
    }

    fn read_text(&mut self, vm: &Vm, n: Option<usize>) -> Result<String, IoFail> {
        self.flush_writes()?;
        let newline = self.text.as_ref().map_or(Newline::Universal, |t| t.newline);
        loop {
            let at_end = self.eof_drained();
            let rest = &self.pending[self.pending_pos..];
            if n.is_some() || at_end {
                let (text, used, count) = translate_prefix(rest, newline, n, at_end);
                if at_end || Some(count) == n {
                    self.pending_pos += used;
                    return Ok(text);
                }
            }
            self.fill_text(vm)?;
        }
    }

    // ---- writing ----

    fn write_bytes(&mut self, vm: &Vm, data: &[u8]) -> Result<(), IoFail> {
        if self.rpos < self.rbuf.len() || self.pending_pos < self.pending.len() {
            self.drop_read_ahead(vm)?;
        }
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= CHUNK {
            self.flush_writes()?;
        }
        Ok(())
    }

    fn write_text(&mut self, vm: &Vm, s: &str) -> Result<(), IoFail> {
        let Some(t) = self.text.as_mut() else {
            return Ok(());
        };
        let translated;
        let s = match t.newline.written() {
            Some(nl) if s.contains('\n') => {
                translated = s.replace('\n', nl);
                translated.as_str()
            }
            _ => s,
        };
        let codec = match t.codec {
            Codec::Utf16 if t.wrote_bom => Codec::Utf16Le,
            Codec::Utf32 if t.wrote_bom => Codec::Utf32Le,
            c => c,
        };
        if !s.is_empty() {
            t.wrote_bom = true;
        }
        let data = encode_str(vm, s, codec, &t.errors)?;
        self.write_bytes(vm, &data)
    }

    fn seek(&mut self, vm: &Vm, pos: SeekFrom) -> Result<u64, IoFail> {
        self.flush_writes()?;
        let pos = match pos {
            SeekFrom::Current(off) => {
                let target = self.position(vm)? as i64 + off;
                if target < 0 {
                    // What lseek says to a negative position.
                    return Err(IoFail::Os(std::io::Error::from_raw_os_error(22)));
                }
                SeekFrom::Start(target as u64)
            }
            p => p,
        };
        self.rbuf.clear();
        self.rpos = 0;
        self.pending.clear();
        self.pending_pos = 0;
        self.eof = false;
        Ok(sys_seek(self.file(), pos)?)
    }

    fn close(&mut self) -> std::io::Result<()> {
        let r = if self.file.is_some() {
            self.flush_writes()
        } else {
            Ok(())
        };
        if let Some(f) = self.file.take() {
            if !self.closefd {
                std::mem::forget(f);
            }
        }
        r
    }
}

/// Length of the longest prefix of `data` that does not end inside a UTF-8 sequence.
fn complete_utf8_len(data: &[u8]) -> usize {
    let n = data.len();
    for back in 1..=3.min(n) {
        let b = data[n - back];
        if b & 0xc0 == 0x80 {
            continue;
        }
        let need = if b >= 0xf0 {
            4
        } else if b >= 0xe0 {
            3
        } else if b >= 0xc0 {
            2
        } else {
            1
        };
        return if need > back { n - back } else { n };
    }
    n
}

/// Where the first line of `text` ends: (bytes to consume, bytes of the line as
/// returned before translation). None when more text is needed to know.
fn find_line_end(text: &str, newline: Newline, eof: bool) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    match newline {
        Newline::Universal | Newline::Untranslated => {
            let i = b.iter().position(|&c| c == b'\n' || c == b'\r')?;
            if b[i] == b'\n' {
                return Some((i + 1, i + 1));
            }
            if i + 1 < b.len() {
                let end = if b[i + 1] == b'\n' { i + 2 } else { i + 1 };
                Some((end, end))
            } else if eof {
                Some((i + 1, i + 1))
            } else {
                None
            }
        }
        Newline::Lf => text.find('\n').map(|i| (i + 1, i + 1)),
        Newline::Cr => text.find('\r').map(|i| (i + 1, i + 1)),
        Newline::CrLf => text.find("\r\n").map(|i| (i + 2, i + 2)),
    }
}

/// Turns a line's `\r\n` or `\r` ending into `\n`.
fn translate_line_end(line: &mut String) {
    if line.ends_with("\r\n") {
        line.truncate(line.len() - 2);
        line.push('\n');
    } else if line.ends_with('\r') {
        line.pop();
        line.push('\n');
    }
}

/// Up to `max` characters of `text` as the program sees them (universal newlines
/// translated), and how many bytes of `text` they used. A final `\r` is held
/// back until `eof`, since a `\n` may follow it.
fn translate_prefix(
    text: &str,
    newline: Newline,
    max: Option<usize>,
    eof: bool,
) -> (String, usize, usize) {
    let limit = max.unwrap_or(usize::MAX);
    if newline != Newline::Universal {
        let end = char_boundary(text, limit);
        let s = text[..end].to_string();
        let count = s.chars().count();
        return (s, end, count);
    }
    let mut out = String::new();
    let mut count = 0;
    let mut chars = text.char_indices().peekable();
    let mut used = 0;
    while count < limit {
        let Some((i, c)) = chars.next() else { break };
        if c == '\r' {
            match chars.peek() {
                Some((_, '\n')) => {
                    chars.next();
                    used = i + 2;
                }
                Some(_) => used = i + 1,
                None if eof => used = i + 1,
                None => break,
            }
            out.push('\n');
        } else {
            out.push(c);
            used = i + c.len_utf8();
        }
        count += 1;
    }
    (out, used, count)
}

/// Byte offset of character `n` of `text` (its length if shorter).
fn char_boundary(text: &str, n: usize) -> usize {
    text.char_indices().nth(n).map_or(text.len(), |(i, _)| i)
}

// ---------------------------------------------------------------------------
// The Python classes
// ---------------------------------------------------------------------------

fn remember_open_file(vm: &Vm, v: &Value) {
    if let Value::Instance(i) = v {
        let mut files = vm.rt.open_files.borrow_mut();
        if files.len() >= 64 {
            files.retain(|w| w.strong_count() > 0);
        }
        files.push(Rc::downgrade(i));
    }
}

/// Flushes the write buffers of all files still open (at interpreter exit).
pub fn flush_open_files(vm: &Vm) {
    let files: Vec<Weak<InstanceObj>> = vm.rt.open_files.borrow_mut().drain(..).collect();
    for w in files {
        if let Some(i) = w.upgrade() {
            if let Some(mut st) = native_data::<FileState>(&Value::Instance(i)) {
                if st.file.is_some() {
                    let _ = st.flush_writes();
                }
            }
        }
    }
}

const FILE_METHODS: &[(&str, NativeFn)] = &[
    ("read", file_read),
    ("readline", file_readline),
    ("readlines", file_readlines),
    ("write", file_write),
    ("writelines", file_writelines),
    ("seek", file_seek),
    ("tell", file_tell),
    ("truncate", file_truncate),
    ("flush", file_flush),
    ("close", file_close),
    ("readable", file_readable),
    ("writable", file_writable),
    ("seekable", file_seekable),
    ("fileno", file_fileno),
    ("isatty", file_isatty),
    ("__enter__", file_enter),
    ("__exit__", file_exit),
    ("__iter__", file_iter),
    ("__next__", file_next),
    ("__repr__", file_repr),
];

const STRINGIO_METHODS: &[(&str, NativeFn)] = &[
    ("read", sio_read),
    ("readline", sio_readline),
    ("readlines", sio_readlines),
    ("write", sio_write),
    ("writelines", sio_writelines),
    ("getvalue", sio_getvalue),
    ("seek", sio_seek),
    ("tell", sio_tell),
    ("truncate", sio_truncate),
    ("close", sio_close),
    ("flush", mem_flush),
    ("readable", mem_true),
    ("writable", mem_true),
    ("seekable", mem_true),
    ("isatty", mem_false),
    ("__enter__", mem_enter),
    ("__exit__", mem_exit),
    ("__iter__", mem_iter),
    ("__next__", sio_next),
];

const BYTESIO_METHODS: &[(&str, NativeFn)] = &[
    ("read", bio_read),
    ("read1", bio_read),
    ("readline", bio_readline),
    ("readlines", bio_readlines),
    ("write", bio_write),
    ("writelines", bio_writelines),
    ("getvalue", bio_getvalue),
    ("seek", bio_seek),
    ("tell", bio_tell),
    ("truncate", bio_truncate),
    ("close", bio_close),
    ("flush", mem_flush),
    ("readable", mem_true),
    ("writable", mem_true),
    ("seekable", mem_true),
    ("isatty", mem_false),
    ("__enter__", mem_enter),
    ("__exit__", mem_exit),
    ("__iter__", mem_iter),
    ("__next__", bio_next),
];

fn make_class(
    vm: &Vm,
    name: &str,
    base: &Rc<TypeObj>,
    new: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
) -> Rc<TypeObj> {
    let t = crate::types::new_type(name, vec![base.clone()], Layout::Native, true);
    t.dict.set_str("__module__", Value::str("_io"));
    if let Some(new) = new {
        vm.add_native(&t, "__new__", new, BuiltinKind::StaticMethod);
    }
    for &(mname, f) in methods {
        vm.add_method(&t, mname, f);
    }
    t
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<ModuleObj>> {
    let m = new_module(vm, "_io", &[]);
    // The very object builtins.open is (`open is io.open`).
    let open = vm
        .rt
        .builtins
        .get_str("open")
        .unwrap_or_else(|| vm.new_builtin("open", builtin_open));
    m.dict.set_str("open", open);
    let object = vm.rt.types.object.clone();
    let iobase = make_class(vm, "_IOBase", &object, None, &[]);
    let raw_base = make_class(vm, "_RawIOBase", &iobase, None, &[]);
    let buffered_base = make_class(vm, "_BufferedIOBase", &iobase, None, &[]);
    let text_base = make_class(vm, "_TextIOBase", &iobase, None, &[]);
    for t in [&iobase, &raw_base, &buffered_base, &text_base] {
        m.dict.set_str(&t.name, Value::Type(t.clone()));
    }
    let closed = native_property(vm, "closed", file_closed);
    let name = native_property(vm, "name", file_name);
    let mode = native_property(vm, "mode", file_mode);
    for (cls, base) in [
        ("TextIOWrapper", &text_base),
        ("BufferedReader", &buffered_base),
        ("BufferedWriter", &buffered_base),
        ("BufferedRandom", &buffered_base),
    ] {
        let t = make_class(vm, cls, base, None, FILE_METHODS);
        t.dict.set_str("closed", closed.clone());
        t.dict.set_str("name", name.clone());
        t.dict.set_str("mode", mode.clone());
        if cls == "TextIOWrapper" {
            t.dict
                .set_str("encoding", native_property(vm, "encoding", file_encoding));
            t.dict
                .set_str("errors", native_property(vm, "errors", file_errors));
            t.dict.set_str("line_buffering", Value::Bool(false));
            t.dict.set_str("newlines", Value::None);
        }
        m.dict.set_str(cls, Value::Type(t));
    }
    let sio = make_class(vm, "StringIO", &text_base, Some(sio_new), STRINGIO_METHODS);
    sio.dict
        .set_str("closed", native_property(vm, "closed", sio_closed));
    sio.dict.set_str("line_buffering", Value::Bool(false));
    m.dict.set_str("StringIO", Value::Type(sio));
    let bio = make_class(
        vm,
        "BytesIO",
        &buffered_base,
        Some(bio_new),
        BYTESIO_METHODS,
    );
    bio.dict
        .set_str("closed", native_property(vm, "closed", bio_closed));
    m.dict.set_str("BytesIO", Value::Type(bio));

    let unsupported = crate::types::new_type(
        "UnsupportedOperation",
        vec![vm.exc_type("OSError"), vm.exc_type("ValueError")],
        Layout::Exception,
        false,
    );
    unsupported.dict.set_str("__module__", Value::str("io"));
    m.dict
        .set_str("UnsupportedOperation", Value::Type(unsupported));
    m.dict
        .set_str("DEFAULT_BUFFER_SIZE", Value::Int(CHUNK as i64));
    Ok(m)
}

/// A class or exception of `_io` by name (importing `_io` on first use).
fn io_attr(vm: &mut Vm, name: &str) -> PyResult<Value> {
    match vm.import_module("_io")? {
        Value::Module(m) => m
            .dict
            .get_str(name)
            .ok_or_else(|| vm.attribute_error(format!("module '_io' has no attribute '{name}'"))),
        _ => Err(vm.runtime_error("_io is not a module")),
    }
}

fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    match io_attr(vm, "UnsupportedOperation") {
        Ok(Value::Type(t)) => vm.new_error(&t, msg),
        _ => vm.error("OSError", msg),
    }
}

fn closed_error(vm: &Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// StringIO words it without the full stop (CPython's stringio.c).
fn stringio_closed_error(vm: &Vm) -> PyErr {
    vm.value_error("I/O operation on closed file")
}

/// A keyword-or-positional argument of `open()`.
fn arg(args: &mut Args, index: usize, name: &str) -> Option<Value> {
    args.take_kw(name).or_else(|| args.pos.get(index).cloned())
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
pub fn builtin_open(vm: &mut Vm, mut args: Args) -> PyResult {
    const NAMES: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    if args.pos.len() > NAMES.len() {
        return Err(vm.type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            args.pos.len()
        )));
    }
    let mut given: Vec<Option<Value>> = NAMES
        .iter()
        .enumerate()
        .map(|(i, n)| arg(&mut args, i, n))
        .collect();
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for open()",
            k.as_str()
        )));
    }
    let Some(file) = given[0].take() else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let file = crate::modules::posix::fspath(vm, &file)?;
    let mode = match given[1].take() {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "open() argument 'mode' must be str, not {}",
                vm.type_name(&v)
            )))
        }
    };
    let str_or_none = |vm: &Vm, v: Option<Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
            Some(v) => Err(vm.type_error(format!(
                "open() argument '{what}' must be str or None, not {}",
                vm.type_name(&v)
            ))),
        }
    };
    // encoding="locale" (what io.text_encoding(None) gives) names the
    // locale's encoding, which weft takes to be UTF-8, like no encoding at all.
    let encoding = str_or_none(vm, given[3].take(), "encoding")?.filter(|e| e.as_str() != "locale");
    let errors = str_or_none(vm, given[4].take(), "errors")?;
    let newline_v = given[5].take().unwrap_or(Value::None);
    let closefd = match given[6].take() {
        Some(v) => vm.is_true(&v)?,
        None => true,
    };

    // The mode string, checked as CPython's _io.open checks it.
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    let has = |c: char| mode.contains(c);
    let (creating, reading, writing, appending, updating) =
        (has('x'), has('r'), has('w'), has('a'), has('+'));
    let (text, binary) = (has('t'), has('b'));
    if text && binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let kinds = [creating, reading, writing, appending]
        .iter()
        .filter(|&&b| b)
        .count();
    if kinds > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if kinds == 0 {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if binary && encoding.is_some() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && errors.is_some() {
        return Err(vm.value_error("binary mode doesn't take an errors argument"));
    }
    if binary && !newline_v.is_none() {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    let Some(newline) = Newline::parse(&newline_v) else {
        return Err(match &newline_v {
            Value::Str(s) => vm.value_error(format!("illegal newline value: {}", s.as_str())),
            v => vm.type_error(format!(
                "open() argument 'newline' must be str or None, not {}",
                vm.type_name(v)
            )),
        });
    };
    if !binary {
        if let Some(Value::Int(0)) = given[2] {
            return Err(vm.value_error("can't have unbuffered text I/O"));
        }
    }
    let text_config = if binary {
        None
    } else {
        let codec = lookup_codec(vm, encoding.as_deref().unwrap_or("utf-8"))?;
        Some(TextConfig {
            codec,
            encoding: encoding.clone().unwrap_or_else(|| "UTF-8".to_string()),
            errors: errors.clone().unwrap_or_else(|| "strict".to_string()),
            newline,
            wrote_bom: false,
        })
    };

    let flags = OpenFlags {
        read: reading || updating,
        write: writing || appending || creating || updating,
        append: appending,
        create_new: creating,
        truncate: writing,
    };
    let (handle, name) = match &file {
        Value::Str(path) => {
            if path.as_str().contains('\0') {
                return Err(vm.value_error("embedded null byte"));
            }
            let f = sys_open(std::path::Path::new(path.as_str()), flags)
                .map_err(|e| vm.os_error(&e, Some(path.as_str())))?;
            (f, file.clone())
        }
        Value::Bytes(path) => {
            use std::os::unix::ffi::OsStrExt;
            if path.data.contains(&0) {
                return Err(vm.value_error("embedded null byte"));
            }
            let os_path = std::path::Path::new(std::ffi::OsStr::from_bytes(&path.data));
            let f = sys_open(os_path, flags).map_err(|e| vm.os_error_for(&e, file.clone()))?;
            (f, file.clone())
        }
        Value::Int(fd) if *fd >= 0 => {
            use std::os::fd::FromRawFd;
            // The program hands over a descriptor it owns (os.open, a pipe): CPython's FileIO does the same.
            let f = unsafe { File::from_raw_fd(*fd as i32) };
            (f, file.clone())
        }
        Value::Int(_) => return Err(vm.value_error("negative file descriptor")),
        v => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(v)
            )))
        }
    };
    let mut handle = handle;
    if appending {
        // CPython's FileIO starts an append-mode file at its end (tell() shows it).
        let _ = sys_seek(&mut handle, SeekFrom::End(0));
    }
    let class_name = if !binary {
        "TextIOWrapper"
    } else if updating {
        "BufferedRandom"
    } else if reading {
        "BufferedReader"
    } else {
        "BufferedWriter"
    };
    let shown_mode = if binary {
        let base = if creating {
            "xb"
        } else if appending {
            "ab"
        } else if reading || updating {
            // FileIO shows 'w+' as 'rb+'.
            "rb"
        } else {
            "wb"
        };
        format!("{base}{}", if updating { "+" } else { "" })
    } else {
        mode.clone()
    };
    let state = FileState {
        file: Some(handle),
        name,
        mode: shown_mode,
        readable: reading || updating,
        writable: writing || appending || creating || updating,
        closefd,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
        eof: false,
        text: text_config,
        pending: String::new(),
        pending_pos: 0,
        telling: true,
    };
    let Value::Type(cls) = io_attr(vm, class_name)? else {
        return Err(vm.runtime_error("_io class missing"));
    };
    let obj = native_instance(&cls, state);
    remember_open_file(vm, &obj);
    Ok(obj)
}

// ---- file methods ----

/// The file of a method call, checked open (and readable/writable when asked).
fn open_file<'a>(
    vm: &mut Vm,
    args: &'a Args,
    meth: &str,
    need: Option<bool>,
) -> PyResult<std::cell::RefMut<'a, FileState>> {
    let st = this::<FileState>(vm, args, "_io._IOBase", meth)?;
    if st.file.is_none() {
        return Err(closed_error(vm));
    }
    match need {
        Some(true) if !st.readable => {
            drop(st);
            Err(unsupported(vm, "not readable"))
        }
        Some(false) if !st.writable => {
            drop(st);
            Err(unsupported(vm, "not writable"))
        }
        _ => Ok(st),
    }
}

/// An optional size argument: None for "all" (missing, None or negative).
fn size_arg(vm: &mut Vm, args: &Args, meth: &str) -> PyResult<Option<usize>> {
    vm.check_args(meth, &Args::new(args.pos[1..].iter().cloned()), 0, 1)?;
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = match crate::builtins::index_int(vm, v) {
                Ok(Value::Int(n)) => n,
                Ok(_) => {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
                }
                Err(_) => {
                    return Err(vm.type_error(format!(
                        "argument should be integer or None, not '{}'",
                        vm.type_name(v)
                    )))
                }
            };
            Ok((n >= 0).then_some(n as usize))
        }
    }
}

fn file_read(vm: &mut Vm, args: Args) -> PyResult {
    let n = size_arg(vm, &args, "read")?;
    let mut st = open_file(vm, &args, "read", Some(true))?;
    if st.text.is_some() {
        let r = st.read_text(vm, n);
        drop(st);
        r.map(Value::string).map_err(|e| raise(vm, e))
    } else {
        let r = st.read_bytes(n);
        drop(st);
        r.map(Value::bytes).map_err(|e| vm.os_error(&e, None))
    }
}

fn file_readline(vm: &mut Vm, args: Args) -> PyResult {
    let n = size_arg(vm, &args, "readline")?;
    let mut st = open_file(vm, &args, "readline", Some(true))?;
    read_one_line(vm, &mut st, n)
}

fn read_one_line(vm: &mut Vm, st: &mut FileState, limit: Option<usize>) -> PyResult {
    if st.text.is_some() {
        st.readline_text(vm, limit)
            .map(Value::string)
            .map_err(|e| raise(vm, e))
    } else {
        st.readline_bytes(limit)
            .map(Value::bytes)
            .map_err(|e| vm.os_error(&e, None))
    }
}

fn is_empty_line(v: &Value) -> bool {
    match v {
        Value::Str(s) => s.as_str().is_empty(),
        Value::Bytes(b) => b.data.is_empty(),
        _ => true,
    }
}

fn line_len(v: &Value) -> usize {
    match v {
        Value::Str(s) => s.char_len,
        Value::Bytes(b) => b.data.len(),
        _ => 0,
    }
}

fn file_readlines(vm: &mut Vm, args: Args) -> PyResult {
    let hint = size_arg(vm, &args, "readlines")?.filter(|&h| h > 0);
    let mut st = open_file(vm, &args, "readlines", Some(true))?;
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = read_one_line(vm, &mut st, None)?;
        if is_empty_line(&line) {
            break;
        }
        total += line_len(&line);
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn write_value(vm: &mut Vm, st: &mut FileState, v: &Value) -> PyResult {
    if st.text.is_some() {
        let Value::Str(s) = v else {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(v)
            )));
        };
        st.write_text(vm, s.as_str()).map_err(|e| raise(vm, e))?;
        Ok(Value::Int(s.char_len as i64))
    } else {
        let Value::Bytes(b) = v else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            )));
        };
        st.write_bytes(vm, &b.data).map_err(|e| raise(vm, e))?;
        Ok(Value::Int(b.data.len() as i64))
    }
}

fn file_write(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("write", &Args::new(args.pos[1..].iter().cloned()), 1, 1)?;
    let mut st = open_file(vm, &args, "write", Some(false))?;
    write_value(vm, &mut st, &args.pos[1])
}

fn file_writelines(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args(
        "writelines",
        &Args::new(args.pos[1..].iter().cloned()),
        1,
        1,
    )?;
    drop(open_file(vm, &args, "writelines", Some(false))?);
    // Collected first: iterating may run Python code, which must not see the file borrowed.
    let items = vm.collect_iterable(&args.pos[1])?;
    for item in items {
        let mut st = open_file(vm, &args, "writelines", Some(false))?;
        write_value(vm, &mut st, &item)?;
    }
    Ok(Value::None)
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match crate::builtins::index_int(vm, v)? {
        Value::Int(i) => Ok(i),
        _ => Err(vm.overflow_error("Python int too large to convert to C long")),
    }
}

fn file_seek(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("seek", &Args::new(args.pos[1..].iter().cloned()), 1, 2)?;
    let offset = int_arg(vm, &args.pos[1])?;
    let whence = match args.pos.get(2) {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    let mut st = open_file(vm, &args, "seek", None)?;
    let is_text = st.text.is_some();
    let pos = match whence {
        0 if offset < 0 => {
            drop(st);
            return Err(vm.value_error(format!("negative seek position {offset}")));
        }
        0 => SeekFrom::Start(offset as u64),
        1 if is_text && offset != 0 => {
            drop(st);
            return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
        }
        1 => SeekFrom::Current(offset),
        2 if is_text && offset != 0 => {
            drop(st);
            return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
        }
        2 => SeekFrom::End(offset),
        w => {
            drop(st);
            return Err(vm.value_error(if is_text {
                format!("invalid whence ({w}, should be 0, 1 or 2)")
            } else {
                format!("whence value {w} unsupported")
            }));
        }
    };
    st.telling = true;
    let r = st.seek(vm, pos);
    drop(st);
    r.map(|p| Value::Int(p as i64)).map_err(|e| raise(vm, e))
}

fn file_tell(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("tell", &Args::new(args.pos[1..].iter().cloned()), 0, 0)?;
    let mut st = open_file(vm, &args, "tell", None)?;
    if !st.telling {
        drop(st);
        return Err(vm.error("OSError", "telling position disabled by next() call"));
    }
    let r = st.position(vm);
    drop(st);
    r.map(|p| Value::Int(p as i64)).map_err(|e| raise(vm, e))
}

fn file_truncate(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("truncate", &Args::new(args.pos[1..].iter().cloned()), 0, 1)?;
    let size = match args.pos.get(1) {
        Some(Value::None) | None => None,
        Some(v) => Some(int_arg(vm, v)?),
    };
    let mut st = open_file(vm, &args, "truncate", Some(false))?;
    let r = (|| -> Result<u64, IoFail> {
        let here = st.position(vm)?;
        st.seek(vm, SeekFrom::Start(here))?;
        let size = size.map_or(here, |s| s.max(0) as u64);
        sys_truncate(st.file(), size)?;
        Ok(size)
    })();
    drop(st);
    r.map(|p| Value::Int(p as i64)).map_err(|e| raise(vm, e))
}

fn file_flush(vm: &mut Vm, args: Args) -> PyResult {
    let mut st = open_file(vm, &args, "flush", None)?;
    let r = st.flush_writes();
    drop(st);
    r.map(|_| Value::None).map_err(|e| vm.os_error(&e, None))
}

fn file_close(vm: &mut Vm, args: Args) -> PyResult {
    let mut st = this::<FileState>(vm, &args, "_io._IOBase", "close")?;
    let r = st.close();
    drop(st);
    r.map(|_| Value::None).map_err(|e| vm.os_error(&e, None))
}

fn file_readable(vm: &mut Vm, args: Args) -> PyResult {
    let st = open_file(vm, &args, "readable", None)?;
    Ok(Value::Bool(st.readable))
}

fn file_writable(vm: &mut Vm, args: Args) -> PyResult {
    let st = open_file(vm, &args, "writable", None)?;
    Ok(Value::Bool(st.writable))
}

fn file_seekable(vm: &mut Vm, args: Args) -> PyResult {
    let mut st = open_file(vm, &args, "seekable", None)?;
    Ok(Value::Bool(
        sys_seek(st.file(), SeekFrom::Current(0)).is_ok(),
    ))
}

fn file_fileno(vm: &mut Vm, args: Args) -> PyResult {
    use std::os::fd::AsRawFd;
    let mut st = open_file(vm, &args, "fileno", None)?;
    Ok(Value::Int(st.file().as_raw_fd() as i64))
}

fn file_isatty(vm: &mut Vm, args: Args) -> PyResult {
    use std::io::IsTerminal;
    let mut st = open_file(vm, &args, "isatty", None)?;
    Ok(Value::Bool(st.file().is_terminal()))
}

fn file_enter(vm: &mut Vm, args: Args) -> PyResult {
    drop(open_file(vm, &args, "__enter__", None)?);
    Ok(args.pos[0].clone())
}

fn file_exit(vm: &mut Vm, args: Args) -> PyResult {
    let this_file = args.pos.first().cloned().unwrap_or(Value::None);
    vm.call_method(&this_file, "close", Args::default())?;
    Ok(Value::None)
}

fn file_iter(vm: &mut Vm, args: Args) -> PyResult {
    drop(open_file(vm, &args, "__iter__", None)?);
    Ok(args.pos[0].clone())
}

fn file_next(vm: &mut Vm, args: Args) -> PyResult {
    let mut st = open_file(vm, &args, "__next__", Some(true))?;
    let is_text = st.text.is_some();
    st.telling = !is_text;
    let line = read_one_line(vm, &mut st, None)?;
    if is_empty_line(&line) {
        st.telling = true;
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn file_repr(vm: &mut Vm, args: Args) -> PyResult {
    let st = this::<FileState>(vm, &args, "_io._IOBase", "__repr__")?;
    let name = st.name.clone();
    let mode = st.mode.clone();
    let encoding = st.text.as_ref().map(|t| t.encoding.clone());
    drop(st);
    let cls = vm.type_of(&args.pos[0]);
    let name = vm.repr_string(&name)?;
    Ok(Value::string(match encoding {
        Some(enc) => {
            let enc = vm.repr_string(&Value::string(enc))?;
            let mode = vm.repr_string(&Value::string(mode))?;
            format!("<_io.{} name={name} mode={mode} encoding={enc}>", cls.name)
        }
        None => format!("<_io.{} name={name}>", cls.name),
    }))
}

fn file_closed(vm: &mut Vm, args: Args) -> PyResult {
    let st = this::<FileState>(vm, &args, "_io._IOBase", "closed")?;
    Ok(Value::Bool(st.file.is_none()))
}

fn file_name(vm: &mut Vm, args: Args) -> PyResult {
    let st = this::<FileState>(vm, &args, "_io._IOBase", "name")?;
    Ok(st.name.clone())
}

fn file_mode(vm: &mut Vm, args: Args) -> PyResult {
    let st = this::<FileState>(vm, &args, "_io._IOBase", "mode")?;
    Ok(Value::str(&st.mode))
}

fn file_encoding(vm: &mut Vm, args: Args) -> PyResult {
    let st = this::<FileState>(vm, &args, "_io.TextIOWrapper", "encoding")?;
    Ok(st
        .text
        .as_ref()
        .map_or(Value::None, |t| Value::str(&t.encoding)))
}

fn file_errors(vm: &mut Vm, args: Args) -> PyResult {
    let st = this::<FileState>(vm, &args, "_io.TextIOWrapper", "errors")?;
    Ok(st
        .text
        .as_ref()
        .map_or(Value::None, |t| Value::str(&t.errors)))
}

// ---------------------------------------------------------------------------
// StringIO and BytesIO
// ---------------------------------------------------------------------------

/// An in-memory text stream; positions are character positions, as in CPython.
pub struct StringIoState {
    buf: String,
    /// Characters in `buf` (kept so that appending stays O(1)).
    chars: usize,
    /// Character position (may be past the end after a seek).
    pos: usize,
    newline: Newline,
    closed: bool,
}

impl StringIoState {
    /// Byte offset of character `char_pos`, if it is within the text (or at its end).
    fn byte_at(&self, char_pos: usize) -> Option<usize> {
        if char_pos > self.chars {
            return None;
        }
        if self.chars == self.buf.len() || char_pos == self.chars {
            return Some(if char_pos == self.chars {
                self.buf.len()
            } else {
                char_pos
            });
        }
        Some(char_boundary(&self.buf, char_pos))
    }

    fn write(&mut self, s: &str) {
        let translated;
        let s = match self.newline {
            Newline::Universal if s.contains('\r') => {
                translated = s.replace("\r\n", "\n").replace('\r', "\n");
                translated.as_str()
            }
            nl => match nl.written() {
                Some(w) if s.contains('\n') => {
                    translated = s.replace('\n', w);
                    translated.as_str()
                }
                _ => s,
            },
        };
        if self.pos > self.chars {
            self.buf
                .extend(std::iter::repeat_n('\0', self.pos - self.chars));
            self.chars = self.pos;
        }
        let n = s.chars().count();
        if self.pos == self.chars {
            self.buf.push_str(s);
        } else {
            let start = self.byte_at(self.pos).unwrap_or(self.buf.len());
            let end = self.byte_at(self.pos + n).unwrap_or(self.buf.len());
            self.buf.replace_range(start..end, s);
        }
        self.pos += n;
        self.chars = self.chars.max(self.pos);
    }

    fn rest(&self) -> &str {
        match self.byte_at(self.pos) {
            Some(b) => &self.buf[b..],
            None => "",
        }
    }

    fn read(&mut self, n: Option<usize>) -> String {
        let rest = self.rest();
        let end = match n {
            Some(n) => rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i),
            None => rest.len(),
        };
        let out = rest[..end].to_string();
        self.pos += out.chars().count();
        out
    }

    fn readline(&mut self, limit: Option<usize>) -> String {
        let rest = self.rest();
        let line_mode = match self.newline {
            Newline::Universal => Newline::Lf,
            nl => nl,
        };
        let mut end = find_line_end(rest, line_mode, true).map_or(rest.len(), |(e, _)| e);
        if let Some(l) = limit {
            end = end.min(rest.char_indices().nth(l).map_or(rest.len(), |(i, _)| i));
        }
        let out = rest[..end].to_string();
        self.pos += out.chars().count();
        out
    }
}

fn sio_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("StringIO.__new__(X): X is not a type object"));
    };
    let initial = arg(&mut args, 1, "initial_value");
    let newline_v = arg(&mut args, 2, "newline").unwrap_or(Value::str("\n"));
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for StringIO()",
            k.as_str()
        )));
    }
    let Some(newline) = Newline::parse(&newline_v) else {
        return Err(match &newline_v {
            Value::Str(s) => vm.value_error(format!("illegal newline value: '{}'", s.as_str())),
            v => vm.type_error(format!(
                "newline must be str or None, not {}",
                vm.type_name(v)
            )),
        });
    };
    let mut st = StringIoState {
        buf: String::new(),
        chars: 0,
        pos: 0,
        newline,
        closed: false,
    };
    match initial {
        None | Some(Value::None) => {}
        Some(Value::Str(s)) => {
            st.write(s.as_str());
            st.pos = 0;
        }
        Some(v) => {
            return Err(vm.type_error(format!(
                "initial_value must be str or None, not {}",
                vm.type_name(&v)
            )))
        }
    }
    Ok(native_instance(&cls, st))
}

fn open_sio<'a>(
    vm: &Vm,
    args: &'a Args,
    meth: &str,
) -> PyResult<std::cell::RefMut<'a, StringIoState>> {
    let st = this::<StringIoState>(vm, args, "_io.StringIO", meth)?;
    if st.closed {
        return Err(stringio_closed_error(vm));
    }
    Ok(st)
}

fn sio_read(vm: &mut Vm, args: Args) -> PyResult {
    let n = size_arg(vm, &args, "read")?;
    let mut st = open_sio(vm, &args, "read")?;
    Ok(Value::string(st.read(n)))
}

fn sio_readline(vm: &mut Vm, args: Args) -> PyResult {
    let n = size_arg(vm, &args, "readline")?;
    let mut st = open_sio(vm, &args, "readline")?;
    Ok(Value::string(st.readline(n)))
}

fn sio_readlines(vm: &mut Vm, args: Args) -> PyResult {
    let hint = size_arg(vm, &args, "readlines")?.filter(|&h| h > 0);
    let mut st = open_sio(vm, &args, "readlines")?;
    let lines = lines_up_to_hint(hint, || {
        let line = st.readline(None);
        let size = line.chars().count();
        (size, Value::string(line))
    });
    Ok(Value::list(lines))
}

/// `readlines(hint)` of an in-memory stream: lines from `next_line` (its
/// size in characters or bytes, and the line as a value; size 0 at the end)
/// until the end, or until the sizes reach a positive `hint`.
fn lines_up_to_hint(
    hint: Option<usize>,
    mut next_line: impl FnMut() -> (usize, Value),
) -> Vec<Value> {
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let (size, line) = next_line();
        if size == 0 {
            return lines;
        }
        total += size;
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            return lines;
        }
    }
}

fn sio_write(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("write", &Args::new(args.pos[1..].iter().cloned()), 1, 1)?;
    let mut st = open_sio(vm, &args, "write")?;
    let Value::Str(s) = &args.pos[1] else {
        return Err(vm.type_error(format!(
            "string argument expected, got '{}'",
            vm.type_name(&args.pos[1])
        )));
    };
    st.write(s.as_str());
    Ok(Value::Int(s.char_len as i64))
}

fn sio_writelines(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args(
        "writelines",
        &Args::new(args.pos[1..].iter().cloned()),
        1,
        1,
    )?;
    drop(open_sio(vm, &args, "writelines")?);
    let items = vm.collect_iterable(&args.pos[1])?;
    for item in items {
        let a = Args::new([args.pos[0].clone(), item]);
        sio_write(vm, a)?;
    }
    Ok(Value::None)
}

fn sio_getvalue(vm: &mut Vm, args: Args) -> PyResult {
    let st = open_sio(vm, &args, "getvalue")?;
    Ok(Value::str(&st.buf))
}

fn sio_seek(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("seek", &Args::new(args.pos[1..].iter().cloned()), 1, 2)?;
    let offset = int_arg(vm, &args.pos[1])?;
    let whence = match args.pos.get(2) {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    let mut st = open_sio(vm, &args, "seek")?;
    match whence {
        0 if offset < 0 => Err(vm.value_error(format!("Negative seek position {offset}"))),
        0 => {
            st.pos = offset as usize;
            Ok(Value::Int(offset))
        }
        1 | 2 if offset != 0 => Err(unsupported_now(vm, &st, whence)),
        1 => Ok(Value::Int(st.pos as i64)),
        2 => {
            st.pos = st.chars;
            Ok(Value::Int(st.pos as i64))
        }
        w => Err(vm.value_error(format!("Invalid whence ({w}, should be 0, 1 or 2)"))),
    }
}

fn unsupported_now(vm: &Vm, _st: &StringIoState, whence: i64) -> PyErr {
    // CPython raises OSError here for StringIO.
    vm.error(
        "OSError",
        if whence == 1 {
            "Can't do nonzero cur-relative seeks"
        } else {
            "Can't do nonzero end-relative seeks"
        },
    )
}

fn sio_tell(vm: &mut Vm, args: Args) -> PyResult {
    let st = open_sio(vm, &args, "tell")?;
    Ok(Value::Int(st.pos as i64))
}

fn sio_truncate(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("truncate", &Args::new(args.pos[1..].iter().cloned()), 0, 1)?;
    let size = match args.pos.get(1) {
        Some(Value::None) | None => None,
        Some(v) => Some(int_arg(vm, v)?),
    };
    let mut st = open_sio(vm, &args, "truncate")?;
    let size = match size {
        Some(s) if s < 0 => return Err(vm.value_error(format!("Negative size value {s}"))),
        Some(s) => s as usize,
        None => st.pos,
    };
    if let Some(b) = st.byte_at(size) {
        st.buf.truncate(b);
        st.chars = size;
    }
    Ok(Value::Int(size as i64))
}

fn sio_close(vm: &mut Vm, args: Args) -> PyResult {
    let mut st = this::<StringIoState>(vm, &args, "_io.StringIO", "close")?;
    st.closed = true;
    st.buf = String::new();
    st.chars = 0;
    Ok(Value::None)
}

fn sio_closed(vm: &mut Vm, args: Args) -> PyResult {
    let st = this::<StringIoState>(vm, &args, "_io.StringIO", "closed")?;
    Ok(Value::Bool(st.closed))
}

fn sio_next(vm: &mut Vm, args: Args) -> PyResult {
    let mut st = open_sio(vm, &args, "__next__")?;
    let line = st.readline(None);
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(Value::string(line))
}

/// An in-memory binary stream.
pub struct BytesIoState {
    buf: Vec<u8>,
    pos: usize,
    closed: bool,
}

fn bio_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("BytesIO.__new__(X): X is not a type object"));
    };
    let initial = arg(&mut args, 1, "initial_bytes");
    let buf = match initial {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Bytes(b)) => b.data.to_vec(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&v)
            )))
        }
    };
    Ok(native_instance(
        &cls,
        BytesIoState {
            buf,
            pos: 0,
            closed: false,
        },
    ))
}

fn open_bio<'a>(
    vm: &Vm,
    args: &'a Args,
    meth: &str,
) -> PyResult<std::cell::RefMut<'a, BytesIoState>> {
    let st = this::<BytesIoState>(vm, args, "_io.BytesIO", meth)?;
    if st.closed {
        return Err(closed_error(vm));
    }
    Ok(st)
}

impl BytesIoState {
    fn read(&mut self, n: Option<usize>) -> Vec<u8> {
        let start = self.pos.min(self.buf.len());
        let end = n.map_or(self.buf.len(), |n| (start + n).min(self.buf.len()));
        self.pos = end.max(self.pos);
        self.buf[start..end].to_vec()
    }

    fn readline(&mut self, limit: Option<usize>) -> Vec<u8> {
        let start = self.pos.min(self.buf.len());
        let rest = &self.buf[start..];
        let mut end = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |i| i + 1);
        if let Some(l) = limit {
            end = end.min(l);
        }
        self.pos = start + end;
        rest[..end].to_vec()
    }
}

fn bio_read(vm: &mut Vm, args: Args) -> PyResult {
    let n = size_arg(vm, &args, "read")?;
    let mut st = open_bio(vm, &args, "read")?;
    Ok(Value::bytes(st.read(n)))
}

fn bio_readline(vm: &mut Vm, args: Args) -> PyResult {
    let n = size_arg(vm, &args, "readline")?;
    let mut st = open_bio(vm, &args, "readline")?;
    Ok(Value::bytes(st.readline(n)))
}

fn bio_readlines(vm: &mut Vm, args: Args) -> PyResult {
    let hint = size_arg(vm, &args, "readlines")?.filter(|&h| h > 0);
    let mut st = open_bio(vm, &args, "readlines")?;
    let lines = lines_up_to_hint(hint, || {
        let line = st.readline(None);
        (line.len(), Value::bytes(line))
    });
    Ok(Value::list(lines))
}

fn bio_write(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("write", &Args::new(args.pos[1..].iter().cloned()), 1, 1)?;
    let mut st = open_bio(vm, &args, "write")?;
    let Value::Bytes(b) = &args.pos[1] else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&args.pos[1])
        )));
    };
    let pos = st.pos;
    if pos > st.buf.len() {
        st.buf.resize(pos, 0);
    }
    let end = pos + b.data.len();
    if end > st.buf.len() {
        st.buf.resize(end, 0);
    }
    st.buf[pos..end].copy_from_slice(&b.data);
    st.pos = end;
    Ok(Value::Int(b.data.len() as i64))
}

fn bio_writelines(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args(
        "writelines",
        &Args::new(args.pos[1..].iter().cloned()),
        1,
        1,
    )?;
    drop(open_bio(vm, &args, "writelines")?);
    let items = vm.collect_iterable(&args.pos[1])?;
    for item in items {
        bio_write(vm, Args::new([args.pos[0].clone(), item]))?;
    }
    Ok(Value::None)
}

fn bio_getvalue(vm: &mut Vm, args: Args) -> PyResult {
    let st = open_bio(vm, &args, "getvalue")?;
    Ok(Value::bytes(st.buf.clone()))
}

fn bio_seek(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("seek", &Args::new(args.pos[1..].iter().cloned()), 1, 2)?;
    let offset = int_arg(vm, &args.pos[1])?;
    let whence = match args.pos.get(2) {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    let mut st = open_bio(vm, &args, "seek")?;
    let base = match whence {
        0 if offset < 0 => {
            return Err(vm.value_error(format!("negative seek value {offset}")));
        }
        0 => 0,
        1 => st.pos as i64,
        2 => st.buf.len() as i64,
        w => return Err(vm.value_error(format!("invalid whence ({w}, should be 0, 1 or 2)"))),
    };
    st.pos = (base + offset).max(0) as usize;
    Ok(Value::Int(st.pos as i64))
}

fn bio_tell(vm: &mut Vm, args: Args) -> PyResult {
    let st = open_bio(vm, &args, "tell")?;
    Ok(Value::Int(st.pos as i64))
}

fn bio_truncate(vm: &mut Vm, args: Args) -> PyResult {
    vm.check_args("truncate", &Args::new(args.pos[1..].iter().cloned()), 0, 1)?;
    let size = match args.pos.get(1) {
        Some(Value::None) | None => None,
        Some(v) => Some(int_arg(vm, v)?),
    };
    let mut st = open_bio(vm, &args, "truncate")?;
    let size = match size {
        Some(s) if s < 0 => return Err(vm.value_error(format!("negative size value {s}"))),
        Some(s) => s as usize,
        None => st.pos,
    };
    st.buf.truncate(size);
    Ok(Value::Int(size as i64))
}

fn bio_close(vm: &mut Vm, args: Args) -> PyResult {
    let mut st = this::<BytesIoState>(vm, &args, "_io.BytesIO", "close")?;
    st.closed = true;
    st.buf = Vec::new();
    Ok(Value::None)
}

fn bio_closed(vm: &mut Vm, args: Args) -> PyResult {
    let st = this::<BytesIoState>(vm, &args, "_io.BytesIO", "closed")?;
    Ok(Value::Bool(st.closed))
}

fn bio_next(vm: &mut Vm, args: Args) -> PyResult {
    let mut st = open_bio(vm, &args, "__next__")?;
    let line = st.readline(None);
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(Value::bytes(line))
}

// ---- shared by StringIO and BytesIO ----

/// Whether an in-memory stream is closed (either kind).
fn mem_is_closed(v: &Value) -> bool {
    if let Some(st) = native_data::<StringIoState>(v) {
        return st.closed;
    }
    if let Some(st) = native_data::<BytesIoState>(v) {
        return st.closed;
    }
    false
}

fn mem_check(vm: &Vm, args: &Args) -> PyResult<Value> {
    let Some(v) = args.pos.first() else {
        return Err(vm.type_error("method needs an argument"));
    };
    if let Some(st) = native_data::<StringIoState>(v) {
        if st.closed {
            return Err(stringio_closed_error(vm));
        }
    }
    if mem_is_closed(v) {
        return Err(closed_error(vm));
    }
    Ok(v.clone())
}

fn mem_flush(vm: &mut Vm, args: Args) -> PyResult {
    mem_check(vm, &args)?;
    Ok(Value::None)
}

fn mem_true(vm: &mut Vm, args: Args) -> PyResult {
    mem_check(vm, &args)?;
    Ok(Value::Bool(true))
}

fn mem_false(vm: &mut Vm, args: Args) -> PyResult {
    mem_check(vm, &args)?;
    Ok(Value::Bool(false))
}

fn mem_enter(vm: &mut Vm, args: Args) -> PyResult {
    mem_check(vm, &args)
}

fn mem_exit(vm: &mut Vm, args: Args) -> PyResult {
    let this_stream = args.pos.first().cloned().unwrap_or(Value::None);
    vm.call_method(&this_stream, "close", Args::default())?;
    Ok(Value::None)
}

fn mem_iter(vm: &mut Vm, args: Args) -> PyResult {
    mem_check(vm, &args)
}
