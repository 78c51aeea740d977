//! Generates the parser from grammar/weft.lalrpop into OUT_DIR.

fn main() {
    println!("cargo:rerun-if-changed=../../grammar/weft.lalrpop");
    println!("cargo:rerun-if-changed=build.rs");
    lalrpop::Configuration::new()
        .set_in_dir("../../grammar")
        .set_out_dir(std::env::var("OUT_DIR").expect("OUT_DIR"))
        .force_build(true)
        .emit_rerun_directives(false)
        .process()
        .expect("lalrpop failed on grammar/weft.lalrpop");
}
