//! The build profiles (issue 16, item 12): `cargo build --release` of the CLI is the fast native build,
//! and only the wasm builds, which Trunk makes with the `wasm-release` profile, are tuned for size.
//!
//! Invariant: `[profile.release]` in the workspace manifest has opt-level 3 and does not inherit a size
//! profile; `[profile.wasm-release]` is the size profile, which index.html selects for the app's release
//! build; the extraction worker's module uses `[profile.wasm-worker]` (the size profile at opt-level 3: the
//! engine's loops want speed, and the worker is loaded after the first paint, outside the shell), and Trunk
//! does not run wasm-opt on it.

use std::collections::BTreeMap;

fn root() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../..").to_string()
}

/// `key = value` lines of each `[section]` of a TOML file (enough for the flat profile tables).
fn sections(src: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut cur = String::new();
    for line in src.lines() {
        let line = line.split(" #").next().unwrap_or("").trim();
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            cur = name.trim().to_string();
            continue;
        }
        if let Some((k, v)) = line.split_once('=') {
            out.entry(cur.clone()).or_default().insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    out
}

fn manifest() -> BTreeMap<String, BTreeMap<String, String>> {
    sections(&std::fs::read_to_string(format!("{}/Cargo.toml", root())).expect("workspace Cargo.toml"))
}

#[test]
fn cargo_build_release_is_the_fast_native_build() {
    let m = manifest();
    let release = m.get("profile.release").expect("[profile.release] in Cargo.toml");
    assert_eq!(release.get("opt-level").map(String::as_str), Some("3"), "release must be opt-level 3: {release:?}");
    assert_eq!(release.get("inherits"), None, "release must not inherit another profile: {release:?}");
    assert_ne!(release.get("panic").map(String::as_str), Some("\"abort\""), "native builds keep unwinding");
    // The CLI crate must not override it.
    let core = sections(&std::fs::read_to_string(format!("{}/crates/core/Cargo.toml", root())).expect("core manifest"));
    assert!(!core.keys().any(|k| k.starts_with("profile")), "profiles belong in the workspace manifest");
    // The old name of the native profile, if kept, is the same build.
    if let Some(native) = m.get("profile.native") {
        assert_eq!(native.get("inherits").map(String::as_str), Some("\"release\""));
        assert!(native.get("opt-level").is_none_or(|o| o == "3"), "{native:?}");
    }
}

#[test]
fn trunk_release_builds_use_the_size_profile() {
    let m = manifest();
    let wasm = m.get("profile.wasm-release").expect("[profile.wasm-release] in Cargo.toml");
    assert_eq!(wasm.get("opt-level").map(String::as_str), Some("\"z\""), "{wasm:?}");
    assert_eq!(wasm.get("panic").map(String::as_str), Some("\"abort\""), "{wasm:?}");
    assert_eq!(wasm.get("inherits").map(String::as_str), Some("\"release\""), "{wasm:?}");
    let trunk = sections(&std::fs::read_to_string(format!("{}/Trunk.toml", root())).expect("Trunk.toml"));
    assert!(
        trunk.values().all(|s| !s.contains_key("cargo_profile")),
        "Trunk.toml must not override index.html's profile"
    );
    let html = std::fs::read_to_string(format!("{}/index.html", root())).expect("index.html");
    let links: Vec<&str> = html.lines().filter(|l| l.contains("data-trunk") && l.contains("rel=\"rust\"")).collect();
    assert_eq!(links.len(), 3, "the app, the extraction worker and the rich files' reader: {links:?}");
    for l in &links {
        assert!(!l.contains("data-cargo-profile=\"") && !l.contains("data-cargo-profile-dev"), "{l}");
        let want = if l.contains("data-bin=\"spandrel-extract\"") { "wasm-worker" } else { "wasm-release" };
        assert!(l.contains(&format!("data-cargo-profile-release=\"{want}\"")), "{l}");
        // wasm-opt (any level) makes the worker's hot loops slower in V8: 11% more instructions per
        // extraction of the bench corpus, counted with valgrind, at -Oz and -O2 alike.
        if want == "wasm-worker" {
            assert!(l.contains("data-wasm-opt=\"0\""), "the worker's module is not run through wasm-opt: {l}");
        }
    }
    let worker = m.get("profile.wasm-worker").expect("[profile.wasm-worker] in Cargo.toml");
    assert_eq!(worker.get("inherits").map(String::as_str), Some("\"wasm-release\""), "{worker:?}");
    assert_eq!(worker.get("opt-level").map(String::as_str), Some("3"), "{worker:?}");
}
