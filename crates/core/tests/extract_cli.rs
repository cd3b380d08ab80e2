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
    std::fs::remove_dir_all(&dir).ok();
}
