//! Core's errors in the interface's words: this module owns turning every user-facing error of
//! `spandrel-core` (and the app's wrappers of them, [`WsError`] and [`GoldActionError`], and the PDF bridge's
//! [`PdfFail`]) into a message of the run's language ([`Localize::message`]; messages in `locales/<tag>/errors.ftl`, ids
//! `error-<type>-<variant>`).
//!
//! Core's errors carry data; their `Display` stays English (the command line uses it). The app never
//! shows that `Display`: it calls [`Localize::message`].
//!
//! Invariants:
//! - Every variant of these types has a message: each `impl` is an exhaustive `match` (no wildcard), so a
//!   new variant does not compile until it has its words.
//! - What comes from elsewhere (names, ids, keys, offsets, reasons given by a parser, the browser or the
//!   server, and the English descriptions core composes, such as a sync error's `what`) is passed as a
//!   Fluent argument and shown as data, never translated. Quantities (bytes, counts, lengths) are
//!   numbers, for plural rules and the language's digits; positions, ids, revisions and HTTP statuses are
//!   passed as text, as the user would find them in a file.
//! - English reads as the error's `Display` does, word for word.
//! - An error nested in another (a batch item's, a word boundary's offset, an export's word boundaries) is
//!   shown in its own message, inside the outer one's.

use crate::actions::sync::GoldActionError;
use crate::i18n::t;
use crate::platform::pdf::PdfFail;
use crate::state::WsError;
use crate::tr;
use spandrel_core::agreement::AdjudicationError;
use spandrel_core::assign::AssignError;
use spandrel_core::decode::DecodeError;
use spandrel_core::edit::EditError;
use spandrel_core::formats::{ExportError, ImportReport};
use spandrel_core::intake::Failure;
use spandrel_core::model::LabelError;
use spandrel_core::rich::pdf::PdfError;
use spandrel_core::share::ShareError;
use spandrel_core::storage::{AddError, StorageError, StoreError};
use spandrel_core::sync::state::StateError;
use spandrel_core::sync::{HttpError, SetupError, SyncError};
use spandrel_core::team::GoldError;
use spandrel_core::text::{OffsetError, Unit};
use spandrel_core::words::WordBreaksError;

/// An error as a message of the run's language.
pub trait Localize {
    fn message(&self) -> String;
}

impl Localize for ShareError {
    fn message(&self) -> String {
        match self {
            ShareError::Empty => t("error-share-empty"),
            ShareError::BadBase64 { pos } => tr!("error-share-bad-base64", pos = pos.to_string()),
            ShareError::UnsupportedVersion(v) => tr!("error-share-unsupported-version", version = v.to_string()),
            ShareError::Truncated => t("error-share-truncated"),
            ShareError::NotALink => t("error-share-not-a-link"),
            ShareError::Decompress(reason) => tr!("error-share-decompress", reason = reason),
            ShareError::TooLarge { limit } => tr!("error-share-too-large", limit = limit),
            ShareError::Malformed(field) => tr!("error-share-malformed", field = field),
            ShareError::InvalidSpan { index, reason } => {
                tr!("error-share-invalid-span", index = index.to_string(), reason = reason)
            }
            ShareError::InvalidRelation { index, reason } => {
                tr!("error-share-invalid-relation", index = index.to_string(), reason = reason)
            }
            ShareError::BadAnnotation { id, reason } => {
                tr!("error-share-bad-annotation", id = id.to_string(), reason = reason)
            }
        }
    }
}

impl Localize for DecodeError {
    fn message(&self) -> String {
        match self {
            DecodeError::InvalidUtf8 { name, offset } => {
                tr!("error-decode-invalid-utf8", name = name, offset = offset.to_string())
            }
            DecodeError::OddUtf16Length { name, len, offset } => {
                tr!("error-decode-odd-utf16-length", name = name, len = len, offset = offset.to_string())
            }
            DecodeError::InvalidUtf16 { name, offset } => {
                tr!("error-decode-invalid-utf16", name = name, offset = offset.to_string())
            }
            DecodeError::Binary { name, offset } => {
                tr!("error-decode-binary", name = name, offset = offset.to_string())
            }
            DecodeError::Pdf { name } => tr!("error-decode-pdf", name = name),
        }
    }
}

impl Localize for PdfError {
    fn message(&self) -> String {
        match self {
            PdfError::NoText => t("error-pdf-no-text"),
            PdfError::BadItem { page } => tr!("error-pdf-bad-item", page = page.to_string()),
            PdfError::NoPage { page } => tr!("error-pdf-no-page", page = page.to_string()),
            PdfError::Differs { page } => tr!("error-pdf-differs", page = page.to_string()),
        }
    }
}

impl Localize for PdfFail {
    fn message(&self) -> String {
        match self {
            PdfFail::Password => t("error-pdf-password"),
            PdfFail::Invalid(reason) => tr!("error-pdf-invalid", reason = reason),
            PdfFail::Missing => t("error-pdf-missing"),
            // pdf.js's or the browser's own words: data.
            PdfFail::Other(reason) => reason.clone(),
        }
    }
}

impl Localize for StorageError {
    fn message(&self) -> String {
        match self {
            StorageError::QuotaExceeded { what, needed } => {
                tr!("error-storage-quota-exceeded", what = what, needed = needed)
            }
            StorageError::Conflict { stored } => {
                tr!("error-storage-conflict", id = stored.doc.id.as_str(), revision = stored.revision.to_string())
            }
            StorageError::NotFound { id } => tr!("error-storage-not-found", id = id),
            StorageError::AlreadyExists { id } => tr!("error-storage-already-exists", id = id),
            StorageError::Corrupt { id, reason } => tr!("error-storage-corrupt", id = id, reason = reason),
            StorageError::InvalidDocument { id, reason } => {
                tr!("error-storage-invalid-document", id = id, reason = reason)
            }
            StorageError::Store { what, message } => tr!("error-storage-store", what = what, message = message),
            StorageError::RollbackFailed { what, error, rollback } => {
                tr!("error-storage-rollback-failed", what = what, error = error, rollback = rollback)
            }
            StorageError::MigrationFailed { key, reason } => {
                tr!("error-storage-migration-failed", key = key, reason = reason)
            }
        }
    }
}

impl Localize for AddError {
    fn message(&self) -> String {
        let AddError { title, cause, added_before, left_behind } = self;
        match left_behind.first() {
            None => tr!("error-add", title = title, cause = cause.message()),
            Some((_, first)) => {
                let ids: Vec<&str> = left_behind.iter().map(|(id, _)| id.as_str()).collect();
                tr!(
                    "error-add-left-behind",
                    title = title,
                    cause = cause.message(),
                    n = left_behind.len(),
                    added = added_before,
                    ids = ids.join(", "),
                    first = first.message()
                )
            }
        }
    }
}

impl Localize for StoreError {
    fn message(&self) -> String {
        match self {
            StoreError::QuotaExceeded { key, needed } => tr!("error-store-quota-exceeded", key = key, needed = needed),
            StoreError::Unavailable(reason) => tr!("error-store-unavailable", reason = reason),
            StoreError::Failed { key, message } => tr!("error-store-failed", key = key, message = message),
        }
    }
}

impl Localize for ExportError {
    fn message(&self) -> String {
        match self {
            ExportError::BadSpan { doc, id, start, end } => tr!(
                "error-export-bad-span",
                doc = doc,
                id = id.to_string(),
                start = start.to_string(),
                end = end.to_string()
            ),
            ExportError::Empty { format } => tr!("error-export-empty", format = format.name()),
            ExportError::Json(reason) => tr!("error-export-json", reason = reason),
            ExportError::Words { doc, source } => tr!("error-export-words", doc = doc, error = source.message()),
        }
    }
}

/// The summary of a refused import: how many problems, and the first (the parser's own text).
impl Localize for ImportReport {
    fn message(&self) -> String {
        let first = self.problems.first().map(|p| p.to_string()).unwrap_or_default();
        tr!("error-import-report", n = self.problems.len(), first = first)
    }
}

/// A file that adds nothing: its first problem (the parser's text), and how many more it has.
impl Localize for Failure {
    fn message(&self) -> String {
        match self.more {
            0 => self.first.clone(),
            more => tr!("error-intake-failure-more", first = self.first.as_str(), more = more),
        }
    }
}

impl Localize for SyncError {
    fn message(&self) -> String {
        match self {
            SyncError::WrongPassword { user } => tr!("error-sync-wrong-password", user = user),
            SyncError::Forbidden { what } => tr!("error-sync-forbidden", what = what),
            SyncError::NoReadAccess { what, role } => tr!("error-sync-no-read-access", what = what, role = role),
            SyncError::StillRefused { count, first } => tr!("error-sync-still-refused", count = count, first = first),
            SyncError::Unreachable { reason, waiting } => {
                tr!("error-sync-unreachable", reason = reason, waiting = waiting)
            }
            SyncError::Quota { status } => tr!("error-sync-quota", status = status.to_string()),
            SyncError::ProjectNotFound { bucket } => tr!("error-sync-project-not-found", bucket = bucket),
            SyncError::ServerUnavailable { status, message } if message.is_empty() => {
                tr!("error-sync-server-unavailable", status = status.to_string())
            }
            SyncError::ServerUnavailable { status, message } => {
                tr!("error-sync-server-unavailable-message", status = status.to_string(), message = message)
            }
            SyncError::Conflict { what } => tr!("error-sync-conflict", what = what),
            SyncError::Unexpected { what, status, message } if message.is_empty() => {
                tr!("error-sync-unexpected", what = what, status = status.to_string())
            }
            SyncError::Unexpected { what, status, message } => {
                tr!("error-sync-unexpected-message", what = what, status = status.to_string(), message = message)
            }
            SyncError::BadRecord { what, reason } => tr!("error-sync-bad-record", what = what, reason = reason),
            SyncError::BadConfig(reason) => tr!("error-sync-bad-config", reason = reason),
            SyncError::Local(e) => e.message(),
        }
    }
}

impl Localize for StateError {
    fn message(&self) -> String {
        match self {
            StateError::Store(e) => tr!("error-state-store", error = e.message()),
            StateError::Corrupt { key, reason } => tr!("error-state-corrupt", key = key, reason = reason),
        }
    }
}

impl Localize for HttpError {
    fn message(&self) -> String {
        match self {
            HttpError::Network(reason) => tr!("error-http-network", reason = reason),
            HttpError::Timeout => t("error-http-timeout"),
            HttpError::Blocked(reason) => tr!("error-http-blocked", reason = reason),
        }
    }
}

impl Localize for SetupError {
    fn message(&self) -> String {
        match self {
            SetupError::WrongPassword { user } => tr!("error-setup-wrong-password", user = user),
            SetupError::NotAllowed { user } => tr!("error-setup-not-allowed", user = user),
            SetupError::Exists { bucket } => tr!("error-setup-exists", bucket = bucket),
            SetupError::NoSuchAccount { names } => {
                let quoted: Vec<String> = names.iter().map(|n| tr!("error-setup-account-name", name = n)).collect();
                tr!("error-setup-no-such-account", names = quoted.join(", "), n = names.len())
            }
            SetupError::BadName(name) => tr!("error-setup-bad-name", name = name),
            SetupError::CannotRead { user, bucket } => tr!("error-setup-cannot-read", user = user, bucket = bucket),
            SetupError::Unreachable { step, reason, made } => {
                tr!("error-setup-unreachable", step = step, reason = reason, made = made_so_far(made))
            }
            SetupError::Refused { step, status, message, made } if message.is_empty() => {
                tr!("error-setup-refused", step = step, status = status.to_string(), made = made_so_far(made))
            }
            SetupError::Refused { step, status, message, made } => tr!(
                "error-setup-refused-message",
                step = step,
                status = status.to_string(),
                message = message,
                made = made_so_far(made)
            ),
        }
    }
}

/// The end of a set-up error: what was made before it stopped.
fn made_so_far(made: &[String]) -> String {
    if made.is_empty() {
        t("error-setup-made-nothing")
    } else {
        tr!("error-setup-made-so-far", made = made.join(", "))
    }
}

impl Localize for GoldError {
    fn message(&self) -> String {
        match self {
            GoldError::OtherText => t("error-gold-other-text"),
            GoldError::OutOfRange { start, end, len } => {
                tr!("error-gold-out-of-range", start = start.to_string(), end = end.to_string(), len = len)
            }
        }
    }
}

impl Localize for AdjudicationError {
    fn message(&self) -> String {
        match self {
            AdjudicationError::UnknownDisagreement { index, count } => {
                tr!("error-adjudication-unknown-disagreement", index = index.to_string(), count = count)
            }
            AdjudicationError::DuplicateDecision { index } => {
                tr!("error-adjudication-duplicate-decision", index = index.to_string())
            }
        }
    }
}

impl Localize for AssignError {
    fn message(&self) -> String {
        match self {
            AssignError::NoAnnotators => t("error-assign-no-annotators"),
            AssignError::BadShare(share) => tr!("error-assign-bad-share", share = share),
            AssignError::BadOverlapK(k) => tr!("error-assign-bad-overlap-k", k = k),
        }
    }
}

impl Localize for OffsetError {
    fn message(&self) -> String {
        match self {
            // The unit is part of the sentence (and of its plural), so each has its own message.
            OffsetError::OutOfRange { pos, len, unit } => match unit {
                Unit::CodePoint => tr!("error-offset-out-of-range-code-points", pos = pos.to_string(), len = len),
                Unit::Utf16 => tr!("error-offset-out-of-range-utf16", pos = pos.to_string(), len = len),
                Unit::Utf8 => tr!("error-offset-out-of-range-bytes", pos = pos.to_string(), len = len),
            },
            OffsetError::SplitsUtf8 { pos } => tr!("error-offset-splits-utf8", pos = pos.to_string()),
            OffsetError::SplitsSurrogate { pos } => tr!("error-offset-splits-surrogate", pos = pos.to_string()),
            OffsetError::Reversed { start, end } => {
                tr!("error-offset-reversed", start = start.to_string(), end = end.to_string())
            }
        }
    }
}

impl Localize for WordBreaksError {
    fn message(&self) -> String {
        match self {
            WordBreaksError::Offset(e) => tr!("error-word-breaks-offset", error = e.message()),
            WordBreaksError::Unsorted { pos, prev } => {
                tr!("error-word-breaks-unsorted", pos = pos.to_string(), prev = prev.to_string())
            }
            WordBreaksError::BadSegmenter { pos } => tr!("error-word-breaks-bad-segmenter", pos = pos.to_string()),
        }
    }
}

impl Localize for EditError {
    fn message(&self) -> String {
        match self {
            EditError::EmptySpan { start, end } => {
                tr!("error-edit-empty-span", start = start.to_string(), end = end.to_string())
            }
            EditError::OutOfRange { start, end, len } => {
                tr!("error-edit-out-of-range", start = start.to_string(), end = end.to_string(), len = len)
            }
            EditError::SplitsGrapheme { start, end, pos } => tr!(
                "error-edit-splits-grapheme",
                start = start.to_string(),
                end = end.to_string(),
                pos = pos.to_string()
            ),
            EditError::Duplicate { start, end, label, existing } => tr!(
                "error-edit-duplicate",
                existing = existing.to_string(),
                start = start.to_string(),
                end = end.to_string(),
                label = label
            ),
            EditError::UnknownAnnotation(id) => tr!("error-edit-unknown-annotation", id = id.to_string()),
            EditError::UnknownRelation(id) => tr!("error-edit-unknown-relation", id = id.to_string()),
            EditError::SelfRelation(id) => tr!("error-edit-self-relation", id = id.to_string()),
            EditError::DuplicateRelation { from, to, kind } => {
                tr!("error-edit-duplicate-relation", kind = kind, from = from.to_string(), to = to.to_string())
            }
            EditError::EmptyLabel => t("error-edit-empty-label"),
            EditError::EmptyRelationType => t("error-edit-empty-relation-type"),
            EditError::EmptyAttributeKey => t("error-edit-empty-attribute-key"),
            // The item's place in the batch, counted from 1 as the user would count.
            EditError::InBatch { index, source } => {
                tr!("error-edit-in-batch", item = (index + 1).to_string(), error = source.message())
            }
            EditError::NotASuggestion(id) => tr!("error-edit-not-a-suggestion", id = id.to_string()),
        }
    }
}

impl Localize for LabelError {
    fn message(&self) -> String {
        match self {
            LabelError::Empty => t("error-label-empty"),
            // Core's sentence names the label that is there (`existing`), not the name asked for.
            LabelError::Duplicate { name: _, existing } => tr!("error-label-duplicate", existing = existing),
            LabelError::Unknown(name) => tr!("error-label-unknown", name = name),
        }
    }
}

/// The app's wrapper of the workspace's errors (`AppState::ws_mut` / `ws_ref`).
impl Localize for WsError {
    fn message(&self) -> String {
        match self {
            WsError::Unavailable => t("error-ws-unavailable"),
            WsError::Storage(e) => e.message(),
            WsError::Add(e) => e.message(),
        }
    }
}

/// A curator's change to the gold version that was not made.
impl Localize for GoldActionError {
    fn message(&self) -> String {
        match self {
            GoldActionError::Sync(e) => e.message(),
            GoldActionError::Gold(e) => e.message(),
            GoldActionError::NoVersion(who) => tr!("act-sync-gold-no-version", who = who),
            GoldActionError::NoSpan => t("act-sync-gold-no-span"),
            GoldActionError::NoGold => t("act-sync-gold-none"),
            GoldActionError::NothingWorked => t("act-sync-gold-nothing-worked"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use spandrel_core::formats::{Format, Problem};
    use spandrel_core::storage::StoredDoc;
    use spandrel_core::Document;

    fn en() {
        crate::i18n::install("en", &[]).unwrap();
    }

    /// Asserts the English message equals core's `Display`, word for word, and carries `data`.
    fn same(e: &(impl Localize + std::fmt::Display), data: &[&str]) {
        let m = e.message();
        assert_eq!(m, e.to_string());
        for d in data {
            assert!(m.contains(d), "{m:?} lacks {d:?}");
        }
    }

    #[test]
    fn english_messages_carry_the_errors_data_and_read_as_core_says() {
        en();
        same(&ShareError::BadAnnotation { id: 7, reason: "no label".into() }, &["7", "no label"]);
        same(&ShareError::TooLarge { limit: 20 }, &["20"]);
        same(&DecodeError::InvalidUtf8 { name: "a.txt".into(), offset: 12 }, &["\"a.txt\"", "12"]);
        same(&DecodeError::OddUtf16Length { name: "b.txt".into(), len: 5, offset: 4 }, &["b.txt", "(5)", "offset 4"]);
        let stored = StoredDoc { doc: Document::new("doc-42", "T", "text", 0), revision: 3 };
        same(&StorageError::Conflict { stored: Box::new(stored) }, &["\"doc-42\"", "revision 3"]);
        same(&StorageError::NotFound { id: "doc-9".into() }, &["\"doc-9\""]);
        same(&StorageError::QuotaExceeded { what: "document \"x\"".into(), needed: 99 }, &["99 more bytes"]);
        let cause = StorageError::AlreadyExists { id: "doc-1".into() };
        same(
            &AddError { title: "Notes".into(), cause: Box::new(cause.clone()), added_before: 0, left_behind: vec![] },
            &["“Notes”", "doc-1"],
        );
        same(
            &AddError {
                title: "Notes".into(),
                cause: Box::new(cause.clone()),
                added_before: 2,
                left_behind: vec![("doc-7".into(), cause)],
            },
            &["1 of the 2 document(s)", "(doc-7: a document"],
        );
        same(&StoreError::Failed { key: "k1".into(), message: "boom".into() }, &["\"k1\"", "boom"]);
        same(&ExportError::BadSpan { doc: "d1".into(), id: 5, start: 3, end: 90 }, &["\"d1\"", "5", "3..90"]);
        same(&ExportError::Empty { format: Format::Conll }, &[Format::Conll.name()]);
        let report = ImportReport {
            problems: vec![Problem::new("line 3", "bad offset"), Problem::new("line 4", "x")],
            valid_part: None,
        };
        same(&report, &["2 problem(s)", "line 3: bad offset"]);
        let failure = Failure { file: "f.json".into(), format: None, first: "line 1: oops".into(), more: 1 };
        same(&failure, &["line 1: oops", "1 more problem)"]);
        same(&Failure { more: 3, ..failure.clone() }, &["3 more problems"]);
        same(&Failure { more: 0, ..failure }, &["line 1: oops"]);
        same(&SyncError::WrongPassword { user: "alice".into() }, &["\"alice\""]);
        same(&SyncError::StillRefused { count: 2, first: "No permission".into() }, &["No permission", "2 refused"]);
        same(&SyncError::ServerUnavailable { status: 503, message: String::new() }, &["HTTP 503)"]);
        same(&SyncError::ServerUnavailable { status: 502, message: "down".into() }, &["HTTP 502: down"]);
        same(&SyncError::Unexpected { what: "w".into(), status: 418, message: "tea".into() }, &["418 to w: tea"]);
        let store = StoreError::QuotaExceeded { key: "q".into(), needed: 8 };
        same(&SyncError::Local(StateError::Store(store)), &["\"q\"", "8 more bytes"]);
        same(&HttpError::Network("offline".into()), &["offline"]);
        same(&SetupError::NoSuchAccount { names: vec!["bob".into(), "eve".into()] }, &["\"bob\", \"eve\""]);
        same(
            &SetupError::Refused { step: "creating it".into(), status: 500, message: "no".into(), made: vec![] },
            &["HTTP 500 while creating it: no; nothing was made"],
        );
        same(
            &SetupError::Unreachable {
                step: "s".into(),
                reason: "r".into(),
                made: vec!["bucket p".into(), "g".into()],
            },
            &["made so far: bucket p, g;"],
        );
        same(&GoldError::OutOfRange { start: 4, end: 40, len: 10 }, &["4–40", "10 characters"]);
        same(&AdjudicationError::UnknownDisagreement { index: 6, count: 2 }, &["#6", "only 2"]);
        same(&AssignError::BadShare(150.5), &["150.5"]);
        same(&AssignError::BadOverlapK(1), &["not 1"]);
        same(&OffsetError::OutOfRange { pos: 12, len: 10, unit: Unit::CodePoint }, &["offset 12", "(10 code points)"]);
        same(&OffsetError::OutOfRange { pos: 7, len: 5, unit: Unit::Utf16 }, &["(5 UTF-16 code units)"]);
        same(&OffsetError::OutOfRange { pos: 9, len: 1, unit: Unit::Utf8 }, &["(1 bytes)"]);
        same(&OffsetError::Reversed { start: 8, end: 3 }, &["8..3"]);
        let offset = OffsetError::SplitsUtf8 { pos: 2 };
        same(&WordBreaksError::Offset(offset), &["word boundary: byte offset 2"]);
        same(&WordBreaksError::Unsorted { pos: 4, prev: 9 }, &["boundary 4", "(9)"]);
        same(&EditError::OutOfRange { start: 3, end: 40, len: 12 }, &["3..40", "(12 characters)"]);
        same(&EditError::SplitsGrapheme { start: 0, end: 5, pos: 5 }, &["0..5", "position 5"]);
        same(&EditError::Duplicate { start: 1, end: 4, label: "DRUG".into(), existing: 17 }, &["#17", "1..4 as DRUG"]);
        same(&EditError::DuplicateRelation { from: 2, to: 3, kind: "treats".into() }, &["“treats”", "#2 to #3"]);
        let inner = EditError::UnknownAnnotation(6);
        same(&EditError::InBatch { index: 0, source: Box::new(inner) }, &["item 1 of", "#6 does not exist"]);
        same(&LabelError::Duplicate { name: "drug".into(), existing: "DRUG".into() }, &["named DRUG"]);
        same(&LabelError::Unknown("Dose".into()), &["named Dose"]);
    }

    #[test]
    fn every_other_variant_reads_in_english_as_core_writes_it() {
        en();
        let s = |v: &str| v.to_string();
        same(&ShareError::Empty, &[]);
        same(&ShareError::BadBase64 { pos: 17 }, &["17"]);
        same(&ShareError::UnsupportedVersion(9), &["format 9"]);
        same(&ShareError::Truncated, &[]);
        same(&ShareError::NotALink, &[]);
        same(&ShareError::Decompress(s("bad deflate")), &["bad deflate"]);
        same(&ShareError::Malformed(s("t")), &["'t'"]);
        same(&ShareError::InvalidSpan { index: 2, reason: s("r") }, &["#2"]);
        same(&ShareError::InvalidRelation { index: 3, reason: s("r") }, &["#3"]);
        same(&DecodeError::InvalidUtf16 { name: s("c.txt"), offset: 8 }, &["c.txt"]);
        same(&DecodeError::Binary { name: s("d.bin"), offset: 0 }, &["d.bin"]);
        same(&StorageError::AlreadyExists { id: s("doc-1") }, &["doc-1"]);
        same(&StorageError::Corrupt { id: s("doc-2"), reason: s("bad json") }, &["bad json"]);
        same(&StorageError::InvalidDocument { id: s("doc-3"), reason: s("r") }, &["doc-3"]);
        same(&StorageError::Store { what: s("the settings"), message: s("m") }, &["the settings"]);
        same(&StorageError::RollbackFailed { what: s("w"), error: s("e1"), rollback: s("e2") }, &["e1", "e2"]);
        same(&StorageError::MigrationFailed { key: s("spandrel/workspace"), reason: s("r") }, &["spandrel/workspace"]);
        same(&StoreError::Unavailable(s("private mode")), &["private mode"]);
        same(&ExportError::Json(s("j")), &[]);
        let words = spandrel_core::words::WordBreaksError::BadSegmenter { pos: 4 };
        same(&ExportError::Words { doc: s("d2"), source: words }, &["d2"]);
        same(&SyncError::Forbidden { what: s("the project's label schema") }, &["label schema"]);
        same(&SyncError::NoReadAccess { what: s("the gold"), role: s("a lead") }, &["a lead"]);
        same(&SyncError::Unreachable { reason: s("offline"), waiting: 4 }, &["4 change(s)"]);
        same(&SyncError::Quota { status: 413 }, &["413"]);
        same(&SyncError::ProjectNotFound { bucket: s("p1") }, &["\"p1\""]);
        same(&SyncError::Conflict { what: s("w") }, &[]);
        same(&SyncError::Unexpected { what: s("w"), status: 409, message: String::new() }, &["409 to w"]);
        same(&SyncError::BadRecord { what: s("document"), reason: s("r") }, &[]);
        same(&SyncError::BadConfig(s("the user name is empty")), &["user name"]);
        same(&SyncError::Local(StateError::Corrupt { key: s("k"), reason: s("r") }), &["\"k\""]);
        same(&HttpError::Timeout, &[]);
        same(&HttpError::Blocked(s("CSP")), &["CSP"]);
        same(&SetupError::WrongPassword { user: s("admin") }, &["\"admin\""]);
        same(&SetupError::NotAllowed { user: s("bob") }, &["\"bob\""]);
        same(&SetupError::Exists { bucket: s("p2") }, &["\"p2\""]);
        same(&SetupError::BadName(s("a b")), &["\"a b\""]);
        same(&SetupError::CannotRead { user: s("al"), bucket: s("p3") }, &["\"al\"", "\"p3\""]);
        same(&SetupError::Refused { step: s("st"), status: 403, message: String::new(), made: vec![s("x")] }, &["x"]);
        same(&GoldError::OtherText, &[]);
        same(&AdjudicationError::DuplicateDecision { index: 1 }, &["#1"]);
        same(&AssignError::NoAnnotators, &[]);
        same(&OffsetError::SplitsUtf8 { pos: 3 }, &["offset 3"]);
        same(&OffsetError::SplitsSurrogate { pos: 5 }, &["offset 5"]);
        same(&WordBreaksError::BadSegmenter { pos: 11 }, &["offset 11"]);
        same(&EditError::EmptySpan { start: 4, end: 4 }, &["4..4"]);
        same(&EditError::UnknownRelation(8), &["#8"]);
        same(&EditError::SelfRelation(2), &["#2"]);
        same(&EditError::EmptyLabel, &[]);
        same(&EditError::EmptyRelationType, &[]);
        same(&EditError::EmptyAttributeKey, &[]);
        same(&EditError::NotASuggestion(13), &["13"]);
        same(&LabelError::Empty, &[]);
    }

    #[test]
    fn the_app_wrappers_read_as_the_core_error_they_carry() {
        en();
        let e = StorageError::NotFound { id: "doc-3".into() };
        assert_eq!(WsError::Storage(e.clone()).message(), e.message());
        assert!(WsError::Unavailable.message().starts_with("Storage is unavailable"));
        let g = GoldError::OtherText;
        assert_eq!(GoldActionError::Gold(g.clone()).message(), g.message());
    }

    #[test]
    fn another_language_translates_the_words_and_keeps_the_data() {
        let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/fr/errors.ftl")).unwrap();
        crate::i18n::install("fr", &[("fr/errors.ftl".into(), src)]).unwrap();
        let e = StorageError::NotFound { id: "doc-9".into() };
        let m = e.message();
        assert!(m.contains("doc-9") && m != e.to_string(), "{m}");
        // A nested error reads in the language too, not in core's English.
        let e = EditError::InBatch { index: 2, source: Box::new(EditError::UnknownAnnotation(6)) };
        let m = e.message();
        assert!(m.contains('3') && m.contains('6') && !m.contains("does not exist"), "{m}");
        en();
    }
}
