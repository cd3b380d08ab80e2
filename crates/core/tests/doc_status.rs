//! `DocStatus` has one spelling: what is stored, exported, shown as a form value and parsed back.

use spandrel_core::corpus::{status_from_value, status_value, StatusFilter};
use spandrel_core::model::{DocStatus, UnknownStatus};
use spandrel_core::Document;

#[test]
fn one_spelling_round_trips_through_display_fromstr_and_serde() {
    let words = ["new", "inprogress", "done", "skipped"];
    for (s, w) in DocStatus::ALL.into_iter().zip(words) {
        assert_eq!(s.as_str(), w);
        assert_eq!(s.to_string(), w);
        assert_eq!(w.parse::<DocStatus>(), Ok(s));
        assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{w}\""));
        assert_eq!(serde_json::from_str::<DocStatus>(&format!("\"{w}\"")).unwrap(), s);
        assert_eq!(status_value(s), w);
        assert_eq!(status_from_value(w), Some(s));
        assert_eq!(StatusFilter::from_value(w), Some(StatusFilter::Is(s)));
    }
    assert_eq!(DocStatus::InProgress.name(), "In progress");
}

#[test]
fn legacy_spellings_are_read_in_any_case() {
    for w in ["in-progress", "in_progress", "In progress", "IN-PROGRESS", "InProgress", " inprogress "] {
        assert_eq!(w.parse::<DocStatus>(), Ok(DocStatus::InProgress), "{w}");
        let json = serde_json::to_string(w).unwrap();
        assert_eq!(serde_json::from_str::<DocStatus>(&json).unwrap(), DocStatus::InProgress, "{w}");
    }
    assert_eq!("Done".parse::<DocStatus>(), Ok(DocStatus::Done));
    assert_eq!("SKIPPED".parse::<DocStatus>(), Ok(DocStatus::Skipped));
}

#[test]
fn unknown_words_are_a_typed_error() {
    assert_eq!("finished".parse::<DocStatus>(), Err(UnknownStatus("finished".into())));
    assert_eq!("".parse::<DocStatus>(), Err(UnknownStatus(String::new())));
    let e = "in progresss".parse::<DocStatus>().unwrap_err();
    assert!(e.to_string().contains("in progresss"), "{e}");
    assert!(serde_json::from_str::<DocStatus>("\"finished\"").is_err());
    assert!(serde_json::from_str::<DocStatus>("3").is_err());
}

#[test]
fn a_stored_document_keeps_its_spelling_and_old_spellings_still_load() {
    let mut d = Document::new("d", "t", "x", 0);
    d.status = DocStatus::InProgress;
    let json = serde_json::to_value(&d).unwrap();
    assert_eq!(json["status"], "inprogress");
    for legacy in ["inprogress", "in-progress", "In progress"] {
        let mut v = json.clone();
        v["status"] = legacy.into();
        let back: Document = serde_json::from_value(v).unwrap();
        assert_eq!(back.status, DocStatus::InProgress);
    }
}
