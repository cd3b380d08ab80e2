//! The one rule for new document ids: `doc-{now_ms}-{n}` with the smallest `n ≥ 1` not taken.
//!
//! Owns every document id Spandrel makes up (added by drop, open, paste, Import, duplicate), so two
//! parts of the product can never mint ids of different shapes.
//!
//! Invariants:
//! - [`new_doc_id`] never returns an id `taken` accepts, and for the same inputs always the same id.
//! - Ids made at different milliseconds never collide, and within one millisecond `n` counts up, so
//!   ids sort by creation within a batch when compared by `n`.

/// The id `doc-{now_ms}-{n}`.
pub fn doc_id(now_ms: i64, n: u64) -> String {
    format!("doc-{now_ms}-{n}")
}

/// What every id made at `now_ms` starts with (`doc-{now_ms}-`), for ids numbered elsewhere.
pub fn doc_id_prefix(now_ms: i64) -> String {
    format!("doc-{now_ms}-")
}

/// A new document id: [`doc_id`] for the smallest `n ≥ 1` that is not `taken`.
pub fn new_doc_id(now_ms: i64, taken: impl Fn(&str) -> bool) -> String {
    new_doc_id_from(now_ms, 1, taken).0
}

/// The [`new_doc_id`] rule from `n = from` on (every smaller `n` known to be taken): the id and its `n`.
pub fn new_doc_id_from(now_ms: i64, from: u64, taken: impl Fn(&str) -> bool) -> (String, u64) {
    let mut n = from.max(1);
    loop {
        let id = doc_id(now_ms, n);
        if !taken(&id) {
            return (id, n);
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_free_number_is_used() {
        assert_eq!(new_doc_id(1700, |_| false), "doc-1700-1");
        let taken = ["doc-1700-1".to_owned(), "doc-1700-2".to_owned(), "doc-1700-4".to_owned()];
        assert_eq!(new_doc_id(1700, |id| taken.iter().any(|t| t == id)), "doc-1700-3");
        assert_eq!(new_doc_id_from(1700, 3, |id| taken.iter().any(|t| t == id)), ("doc-1700-3".into(), 3));
        assert_eq!(new_doc_id_from(1700, 4, |id| taken.iter().any(|t| t == id)), ("doc-1700-5".into(), 5));
        assert_eq!(new_doc_id_from(1700, 0, |_| false), ("doc-1700-1".into(), 1));
        assert!(doc_id(1700, 9).starts_with(&doc_id_prefix(1700)));
    }
}
