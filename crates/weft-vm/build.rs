//! Embeds weft's stdlib (the `.py` files under the workspace's `stdlib/`) in
//! the binary, so a copied `weft` finds `threading`, `queue`, ... anywhere.
//! Generates `stdlib_table.rs`: `(module name, source, is_package)` triples.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf, bool)>) {
    let mut entries: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(_) => return,
    };
    entries.sort();
    for path in entries {
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.is_dir() {
            let init = path.join("__init__.py");
            if init.is_file() {
                let name = format!("{prefix}{stem}");
                out.push((name.clone(), init, true));
                collect(&path, &format!("{name}."), out);
            }
        } else if path.extension().is_some_and(|e| e == "py") && stem != "__init__" {
            out.push((format!("{prefix}{stem}"), path.clone(), false));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let stdlib = manifest.join("../../stdlib");
    println!("cargo:rerun-if-changed={}", stdlib.display());
    let mut modules = Vec::new();
    collect(&stdlib, "", &mut modules);
    let mut table = String::from("&[\n");
    for (name, path, is_pkg) in &modules {
        let path = path.canonicalize().unwrap();
        writeln!(
            table,
            "    ({name:?}, include_str!({:?}), {is_pkg}),",
            path.display()
        )
        .unwrap();
    }
    table.push(']');
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("stdlib_table.rs");
    std::fs::write(out, table).unwrap();
}
