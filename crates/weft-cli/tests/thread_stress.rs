//! Memory safety under contention: many threads mutate shared lists, dicts,
//! sets and objects with the switch interval at its minimum, and every
//! structure must check out afterwards (tests/stress/shared_structures.py).
//! Runs 5 s by default; set WEFT_STRESS_SECONDS for a longer soak.

use std::process::Command;

#[test]
fn shared_structures_survive_constant_switching() {
    let seconds = std::env::var("WEFT_STRESS_SECONDS").unwrap_or_else(|_| "5".into());
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/stress/shared_structures.py"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args([script, &seconds, "8"])
        .output()
        .expect("run weft");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stdout.starts_with("ok "),
        "status {:?}\nstdout: {stdout}\nstderr: {stderr}",
        out.status
    );
}

#[test]
fn both_gil_policies_run_the_stress_program() {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/stress/shared_structures.py"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(["-X", "gil-policy=cpython", script, "1", "4"])
        .output()
        .expect("run weft");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
