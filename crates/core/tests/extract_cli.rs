//! The `spandrel extract` / `eval` command lines: streaming JSONL with per-line errors, and scoring.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_spandrel"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn spandrel");
    child.stdin.take().expect("stdin").write_all(stdin).expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn jsonl_good_and_bad_lines() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": 7, \"text\": \"Talks in Muscat on February 6.\"}\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"{not json\n");
    input.extend_from_slice(b"{\"id\": 3}\n");
    input.extend_from_slice(b"{\"text\": 5}\n");
    input.extend_from_slice(b"{\"text\": \"\xff\xfe\"}\n");
    input.extend_from_slice("{\"text\": \"阿拉格齐 (Alaghezi) visited Oman.\"}\n".as_bytes());
    let (code, out, err) = run(&["extract"], &input);
    assert_eq!(code, 1, "stderr: {err}");
    let lines: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).expect("valid JSON output")).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], 7);
    let spans = lines[0]["spans"].as_array().expect("spans");
    assert!(spans.iter().any(|s| s["label"] == "GPE" && s["start"] == 9 && s["end"] == 15));
    assert!(spans.iter().any(|s| s["label"] == "DATE" && s["start"] == 19 && s["end"] == 29));
    // Code point offsets: 阿拉格齐 is 4 code points.
    let spans = lines[1]["spans"].as_array().expect("spans");
    assert!(spans.iter().any(|s| s["start"] == 0 && s["end"] == 4), "{spans:?}");
    for n in 2..=6 {
        assert!(err.contains(&format!("line {n}: ")), "missing error for line {n}: {err}");
    }
    assert!(err.contains("line 4: missing field `text`"), "{err}");
    assert!(err.contains("line 5: field `text` must be a string"), "{err}");
    assert!(err.contains("line 6: not valid UTF-8"), "{err}");
}

#[test]
fn eval_scores_gold_classes_only() {
    let dir = std::env::temp_dir().join(format!("spandrel-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let gold = dir.join("gold.conll");
    std::fs::write(&gold, "Talks\tO\nin\tO\nMuscat\tB-LOC\nwith\tO\nJohn\tB-PER\nSmith\tI-PER\n.\tO\n\n")
        .expect("write");
    let pred = dir.join("pred.conll");
    std::fs::write(&pred, "Talks\tO\nin\tO\nMuscat\tB-GPE\nwith\tO\nJohn\tB-PERSON\nSmith\tO\n.\tB-DATE\n\n")
        .expect("write");
    let (code, out, err) =
        run(&["eval", "--json", "--pred", pred.to_str().unwrap_or(""), gold.to_str().unwrap_or("")], b"");
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json report");
    assert_eq!(v["overall"]["tp"], 1);
    assert_eq!(v["overall"]["fp"], 1);
    assert_eq!(v["overall"]["fn"], 1);
    assert_eq!(v["classes"]["TIME"]["in_gold"], false);
    assert_eq!(v["classes"]["TIME"]["fp"], 1);
    if let Err(e) = std::fs::remove_dir_all(&dir) {
        eprintln!("cannot remove {}: {e}", dir.display());
    }
}

#[test]
fn simulate_prints_one_json_object_last() {
    let dir = std::env::temp_dir().join(format!("spandrel-sim-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let gold = dir.join("gold.conll");
    let mut conll = String::new();
    for k in 0..20 {
        let name = ["Paris", "Berlin", "Rome", "Madrid"][k % 4];
        conll += &format!("Mr.\tO\nSmith\tB-per\nvisited\tO\n{name}\tB-geo\non\tO\nMonday\tB-tim\n.\tO\n\n");
    }
    std::fs::write(&gold, conll).expect("write");
    let g = gold.to_str().expect("path");
    let (code, out, err) = run(&["simulate", "--json", "--map", "PERSON=per,GPE=geo", g], b"");
    assert_eq!(code, 0, "stderr: {err}");
    let last = out.lines().last().expect("a line");
    let v: serde_json::Value = serde_json::from_str(last).expect("JSON");
    assert_eq!((v["sentences"].as_u64(), v["gold"].as_u64()), (Some(20), Some(60)));
    for k in ["learning", "baseline"] {
        assert!(v["corrections_per_100"][k].is_number() && v["f1_last20"][k].is_number(), "{v}");
        assert!(v["per_label_f1_last20"][k]["tim"].is_number(), "{v}");
    }
    assert!(v["update_us_median"].is_number());
    // `tim` is learned from scratch: the baseline never suggests it, the learner does by the end.
    assert_eq!(v["per_label_f1_last20"]["baseline"]["tim"], 0.0);
    assert!(v["per_label_f1_last20"]["learning"]["tim"].as_f64() > Some(0.5), "{v}");
    let bl = v["corrections_per_100"]["baseline"].as_f64().expect("n");
    assert!(v["corrections_per_100"]["learning"].as_f64() < Some(bl), "{v}");
    let (code, _, err) = run(&["simulate", "--map", "DRUG=x", g], b"");
    assert_eq!(code, 2);
    assert!(err.contains("not a shipped label"), "{err}");
    if let Err(e) = std::fs::remove_dir_all(&dir) {
        eprintln!("cannot remove {}: {e}", dir.display());
    }
}

#[test]
fn simulate_prints_learning_curves_in_both_orders_the_same_for_the_same_seed() {
    let dir = std::env::temp_dir().join(format!("spandrel-curve-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let (pool, eval) = (dir.join("pool.conll"), dir.join("eval.conll"));
    let mut conll = String::new();
    for k in 0..60 {
        let name = ["Paris", "Berlin", "Rome", "Madrid", "Oslo", "Lima"][k % 6];
        let day = ["Monday", "Tuesday", "Friday"][k % 3];
        conll += &format!("Mr.\tO\nSmith\tB-per\nvisited\tO\n{name}\tB-geo\non\tO\n{day}\tB-tim\n.\tO\n\n");
    }
    std::fs::write(&pool, &conll).expect("write");
    std::fs::write(&eval, conll.replace("Smith", "Jones")).expect("write");
    let (p, e) = (pool.to_str().expect("path"), eval.to_str().expect("path"));
    let curve = |order: &str, seed: &str| {
        let (code, out, err) = run(
            &[
                "simulate",
                "--order",
                order,
                "--eval",
                e,
                "--curve",
                "10,20,40",
                "--seed",
                seed,
                "--map",
                "PERSON=per,GPE=geo",
                p,
            ],
            b"",
        );
        assert_eq!(code, 0, "stderr: {err}");
        out
    };
    for order in ["corpus", "uncertain"] {
        let out = curve(order, "7");
        assert_eq!(out, curve(order, "7"), "the same seed gives the same output");
        let v: serde_json::Value = serde_json::from_str(out.trim()).expect("one JSON line");
        assert_eq!(v["order"], order);
        let points: Vec<u64> =
            v["curve"].as_array().expect("curve").iter().map(|c| c["annotated"].as_u64().unwrap()).collect();
        assert_eq!(points, vec![10, 20, 40]);
        let last = &v["curve"][2];
        assert!(last["f1"].as_f64() > v["f1_before"].as_f64(), "learning from 40 sentences helps: {v}");
        assert!(last["per_label"]["tim"].as_f64() > Some(0.5), "tim is learned from scratch: {v}");
    }
    // Bad options are named.
    let (code, _, err) = run(&["simulate", "--order", "random", "--eval", e, p], b"");
    assert_eq!(code, 2);
    assert!(err.contains("--order must be corpus or uncertain"), "{err}");
    let (code, _, err) = run(&["simulate", "--order", "corpus", p], b"");
    assert_eq!(code, 2);
    assert!(err.contains("--order needs --eval"), "{err}");
    let (code, _, err) = run(&["simulate", "--order", "corpus", "--eval", e, "--curve", "20,10", p], b"");
    assert_eq!(code, 2);
    assert!(err.contains("increasing"), "{err}");
    if let Err(e) = std::fs::remove_dir_all(&dir) {
        eprintln!("cannot remove {}: {e}", dir.display());
    }
}

#[test]
fn extract_learns_from_a_workspace_export() {
    let dir = std::env::temp_dir().join(format!("spandrel-learn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let docs = [
        "The patient was prescribed ibuprofen for the pain . She took 200 mg of amoxicillin twice a day . Her doctor later added metformin to the treatment .",
        "He was given 10 mg of lisinopril every morning . The nurse prescribed atorvastatin for his heart . Doctors switched him from warfarin to omeprazole last week .",
        "She was prescribed sertraline after the visit . Take 5 mg of prednisone twice a day . The clinic added gabapentin to the treatment .",
    ];
    let drugs = [
        "ibuprofen",
        "amoxicillin",
        "metformin",
        "lisinopril",
        "atorvastatin",
        "warfarin",
        "omeprazole",
        "sertraline",
        "prednisone",
        "gabapentin",
    ];
    let documents: Vec<serde_json::Value> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let spans: Vec<serde_json::Value> = drugs
                .iter()
                .filter_map(|w| d.find(w).map(|b| (b, w)))
                .enumerate()
                .map(|(k, (b, w))| {
                    serde_json::json!({"id": k + 1, "start": b, "end": b + w.len(), "text": w, "label": "DRUG",
                        "state": "accepted", "origin": {"kind": "manual"}})
                })
                .collect();
            serde_json::json!({"id": format!("d{i}"), "title": format!("d{i}"), "text": d, "status": "inprogress",
                "created": 0, "modified": 0, "spans": spans})
        })
        .collect();
    let export = dir.join("workspace.spandrel.json");
    let file = serde_json::json!({"format": "spandrel", "version": 1, "documents": documents});
    std::fs::write(&export, file.to_string()).expect("write");
    let e = export.to_str().expect("path");
    let input = b"{\"text\": \"The doctor prescribed naproxen for the pain .\"}\n";
    let (code, out, err) = run(&["extract", "--learn-from", e], input);
    assert_eq!(code, 0, "stderr: {err}");
    assert!(err.contains("10 spans"), "{err}");
    let v: serde_json::Value = serde_json::from_str(out.trim()).expect("JSON");
    let spans = v["spans"].as_array().expect("spans");
    assert!(spans.iter().any(|s| s["label"] == "DRUG" && s["start"] == 22 && s["end"] == 30), "{v}");
    // Without learning there is no DRUG.
    let (_, out, _) = run(&["extract"], input);
    assert!(!out.contains("DRUG"));
    let (code, _, err) = run(&["extract", "--learn-from", "/nonexistent/x.json"], input);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"), "{err}");
    if let Err(e) = std::fs::remove_dir_all(&dir) {
        eprintln!("cannot remove {}: {e}", dir.display());
    }
}
