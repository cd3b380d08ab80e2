//! Team sync in the app: the background loop that drives core's `SyncEngine`
//! (fetch through `platform::http`), the status in the header, pulled changes taken into the
//! workspace, and the curator's gold version (whole versions or single spans taken in, marked adjudicated).
//!
//! Invariants:
//! - Off by default: without settings turned on there is no engine, so no request leaves the page's
//!   origin.
//! - The password lives in memory (this module's engine), or in this tab's sessionStorage when the
//!   user ticks "remember"; the settings kept in localStorage hold none, and exports and share links
//!   never see them.
//! - Every local save is queued (core's outbox, in localStorage) before anything is sent; a pulled
//!   change is saved through the Workspace and merged into the open document like another tab's write,
//!   so nothing local is lost.
//! - One round at a time; saves during a round start another right after it.

use crate::i18n::t;
use crate::platform::{http, storage::LocalStore};
use crate::state::{AppState, Level, WsError};
use crate::tr;
use leptos::prelude::*;
use spandrel_core::storage::{KvStore, StorageError, StoredDoc};
use spandrel_core::sync::{
    retry_delay_ms, Check, Credentials, Role, SyncConfig, SyncEngine, SyncError, SyncEvent, SyncStatus,
};
use spandrel_core::sync::{Collection, RecordKey};
use spandrel_core::{Document, LabelSchema};
use std::cell::Cell;
use std::collections::BTreeSet;
use std::time::Duration;

use crate::errors::Localize;
use crate::state::{Saved, SyncCtx, SyncView};

/// What a curator does to a document's gold version.
#[derive(Debug, Clone)]
pub enum GoldEdit {
    /// Take this annotator's whole version (adjudicated at once).
    Version(String),
    /// Take one span (by its id in this annotator's version) into the gold version.
    Span { who: String, annotation: spandrel_core::Id },
    /// Remove a gold span.
    Drop { span: spandrel_core::Span, label: String },
    /// Start a draft from the spans every annotator agreed on.
    Agreed,
    /// Mark adjudicated (`true`) or reopen (`false`).
    Mark(bool),
}

/// Why a curator's change to the gold version was not made. Shown in the run's language
/// (`crate::errors`); its `Display` is that message too.
#[derive(Debug, thiserror::Error)]
pub enum GoldActionError {
    #[error("{}", crate::errors::Localize::message(self))]
    Sync(#[from] SyncError),
    #[error("{}", crate::errors::Localize::message(self))]
    Gold(#[from] spandrel_core::team::GoldError),
    #[error("{}", crate::errors::Localize::message(self))]
    NoVersion(String),
    #[error("{}", crate::errors::Localize::message(self))]
    NoSpan,
    #[error("{}", crate::errors::Localize::message(self))]
    NoGold,
    #[error("{}", crate::errors::Localize::message(self))]
    NothingWorked,
}

/// Where the settings (never the password) are kept in localStorage.
const SETTINGS_KEY: &str = "spandrel/sync/settings";
/// Where a remembered password is kept in this tab's sessionStorage.
const PASSWORD_KEY: &str = "spandrel/sync/password";
/// How often a synced client checks for others' changes (ms): one small request to the project's
/// history (12 a minute when idle), a round only when something changed.
const CHECK_MS: u64 = 5_000;
/// How often a client whose server keeps no readable history runs a whole round instead (ms).
const FALLBACK_POLL_MS: u64 = 15_000;

thread_local! {
    static CTX: Cell<Option<SyncCtx>> = const { Cell::new(None) };
}

/// Called by `AppState::flush_save` after a document was saved: queues it for sync when sync is on.
pub fn saved(doc: &Document) {
    if let Some(cx) = CTX.with(Cell::get) {
        cx.stage(doc);
    }
}

/// Called after the workspace changed stored document `id` other than through the open editor (a status
/// set in the Documents table): queues it for sync like a save, when sync is on and the project has it.
pub fn stored_changed(id: &str) {
    let Some(cx) = CTX.with(Cell::get) else { return };
    if !cx.with_engine(|e| e.shares(id)).unwrap_or(false) {
        return;
    }
    match cx.st.ws_ref(|w| w.load_doc(id)) {
        Ok(stored) => cx.stage(&stored.doc),
        Err(e) => cx.st.error(tr!("act-sync-stage-failed", error = e.message())),
    }
}

/// Called after documents were added here (an import, files, a paste): a lead publishes them to the
/// project (annotators' own additions stay theirs). Staged a chunk per task, so a large import does not
/// freeze the page.
pub fn added(ids: Vec<String>) {
    let Some(cx) = CTX.with(Cell::get) else { return };
    if !cx.role().is_some_and(Role::writes_documents) {
        return;
    }
    leptos::task::spawn_local(async move {
        for chunk in ids.chunks(100) {
            for id in chunk {
                stored_changed(id);
            }
            crate::platform::dom::yield_now().await;
        }
    });
}

/// Called after the label schema was saved here: a lead's labels (with their descriptions) become the
/// project's, so every member gets them.
pub fn schema_saved(schema: &LabelSchema) {
    let Some(cx) = CTX.with(Cell::get) else { return };
    if !cx.role().is_some_and(Role::writes_documents)
        || cx.with_engine(|e| e.schema()).flatten().as_ref() == Some(schema)
    {
        return;
    }
    match cx.engine.try_update_value(|e| e.as_mut().map(|e| e.stage_schema(schema))).flatten() {
        Some(Ok(())) => {
            cx.publish();
            cx.kick();
        }
        Some(Err(e)) => cx.st.error(tr!("act-sync-schema-stage-failed", error = e.message())),
        None => {}
    }
}

/// Called after document `id` was deleted here: a lead removes it from the project too.
pub fn deleted(id: &str) {
    let Some(cx) = CTX.with(Cell::get) else { return };
    if !cx.role().is_some_and(Role::writes_documents) || !cx.with_engine(|e| e.shares(id)).unwrap_or(false) {
        return;
    }
    match cx.engine.try_update_value(|e| e.as_mut().map(|e| e.stage_removal(id))).flatten() {
        Some(Ok(())) => {
            cx.publish();
            cx.kick();
        }
        Some(Err(e)) => cx.st.error(tr!("act-sync-removal-stage-failed", error = e.message())),
        None => {}
    }
}

pub fn use_sync() -> SyncCtx {
    expect_context::<SyncCtx>()
}

pub fn load_saved() -> Result<Option<Saved>, String> {
    match LocalStore.get(SETTINGS_KEY) {
        Ok(Some(raw)) => {
            serde_json::from_str(&raw).map(Some).map_err(|e| tr!("act-sync-settings-unreadable", error = e.to_string()))
        }
        Ok(None) => Ok(None),
        Err(e) => Err(e.message()),
    }
}

impl SyncCtx {
    pub fn provide(st: AppState) -> SyncCtx {
        let cx = SyncCtx {
            st,
            engine: StoredValue::new_local(None),
            generation: StoredValue::new(0),
            running: StoredValue::new(false),
            again: StoredValue::new(false),
            failures: StoredValue::new(0),
            no_history: StoredValue::new(false),
            timer: StoredValue::new(None),
            view: RwSignal::new(SyncView::Off),
            rev: RwSignal::new(0),
            show_settings: RwSignal::new(false),
            form_error: RwSignal::new(None),
            saved: RwSignal::new(None),
            remember: RwSignal::new(false),
        };
        provide_context(cx);
        CTX.with(|c| c.set(Some(cx)));
        if let Err(e) = http::on_online(move || cx.kick()) {
            st.notify(Level::Warning, tr!("act-sync-online-failed", error = e.to_string()));
        }
        match load_saved() {
            Ok(Some(s)) => {
                cx.saved.set(Some(s.config.clone()));
                cx.remember.set(s.remember);
                let password = if s.remember { http::session_get(PASSWORD_KEY) } else { Ok(None) };
                match password {
                    Ok(Some(pw)) => {
                        if let Err(e) = cx.turn_on(s.config, pw, true) {
                            cx.form_error.set(Some(e));
                        }
                    }
                    Ok(None) => cx.view.set(SyncView::NeedsPassword),
                    Err(e) => {
                        cx.view.set(SyncView::NeedsPassword);
                        cx.form_error.set(Some(tr!("act-sync-password-unreadable", error = e.to_string())));
                    }
                }
            }
            Ok(None) => {}
            Err(e) => st.notify(Level::Warning, tr!("act-sync-is-off", error = e)),
        }
        cx
    }

    /// Opens the engine for these settings and starts syncing. Errors are meant for the form.
    pub fn turn_on(&self, mut config: SyncConfig, password: String, remember: bool) -> Result<(), String> {
        config.server = absolute_server(&config.server);
        config.bucket = config.bucket.trim().to_owned();
        config.user = config.user.trim().to_owned();
        if password.is_empty() {
            return Err(t("act-sync-enter-password"));
        }
        let creds = Credentials::new(config.user.clone(), password.clone());
        let engine = SyncEngine::open(LocalStore, config.clone(), creds).map_err(|e| e.message())?;
        let raw = serde_json::to_string(&Saved { config: config.clone(), remember })
            .map_err(|e| tr!("act-sync-settings-not-written", error = e.to_string()))?;
        LocalStore.set(SETTINGS_KEY, &raw).map_err(|e| tr!("act-sync-settings-not-kept", error = e.message()))?;
        let pw = remember.then_some(password.as_str());
        if let Err(e) = http::session_set(PASSWORD_KEY, pw) {
            self.st.notify(Level::Warning, tr!("act-sync-password-not-remembered", error = e.to_string()));
        }
        self.cancel_timer();
        self.generation.update_value(|g| *g += 1);
        self.running.set_value(false);
        self.failures.set_value(0);
        self.no_history.set_value(false);
        // An annotator walks the documents assigned to them (all of them when the project assigns none).
        self.st.lib.queue_of.set((config.role == Role::Annotator).then(|| config.user.clone()));
        self.engine.set_value(Some(engine));
        self.saved.set(Some(config));
        self.remember.set(remember);
        self.form_error.set(None);
        self.publish();
        self.kick();
        Ok(())
    }

    /// Stops syncing. What waits to be sent stays queued in this browser for the next time.
    pub fn turn_off(&self) {
        self.cancel_timer();
        self.generation.update_value(|g| *g += 1);
        self.running.set_value(false);
        self.engine.set_value(None);
        self.st.lib.queue_of.set(None);
        if let Err(e) = LocalStore.remove(SETTINGS_KEY) {
            self.st.notify(Level::Warning, tr!("act-sync-settings-not-removed", error = e.message()));
        }
        if let Err(e) = http::session_set(PASSWORD_KEY, None) {
            self.st.notify(Level::Warning, tr!("act-sync-password-not-removed", error = e.to_string()));
        }
        self.view.set(SyncView::Off);
    }

    pub fn is_on(&self) -> bool {
        self.engine.with_value(Option::is_some)
    }

    /// The role of the running engine.
    pub fn role(&self) -> Option<Role> {
        self.engine.with_value(|e| e.as_ref().map(|e| e.config().role))
    }

    /// Runs `f` on the engine, if sync is on.
    pub fn with_engine<R>(&self, f: impl FnOnce(&SyncEngine<LocalStore>) -> R) -> Option<R> {
        self.engine.with_value(|e| e.as_ref().map(f))
    }

    pub fn stage(&self, doc: &Document) {
        let r = self
            .engine
            .try_update_value(|e| e.as_mut().filter(|e| e.shares(&doc.id)).map(|e| e.stage_document(doc)))
            .flatten();
        match r {
            Some(Ok(())) => {
                self.publish();
                self.kick();
            }
            Some(Err(e)) => self.st.error(tr!("act-sync-stage-failed", error = e.message())),
            None => {}
        }
    }

    /// Queues `doc` as the gold version of its document (curators) and syncs.
    /// A curator changes document `doc_id`'s gold version (core's `team` rules decide how), queues it
    /// and syncs. Returns what the curator is told.
    pub fn edit_gold(&self, doc_id: &str, edit: GoldEdit) -> Result<String, GoldActionError> {
        use spandrel_core::team;
        let now = crate::platform::now_ms();
        let (gold, versions) = self
            .with_engine(|e| (e.gold(doc_id), e.annotator_versions(doc_id)))
            .ok_or_else(|| GoldActionError::Sync(SyncError::BadConfig(t("act-sync-off"))))?;
        let (next, said) = match edit {
            GoldEdit::Version(who) => {
                let (_, v) = versions.iter().find(|(w, _)| *w == who).ok_or(GoldActionError::NoVersion(who.clone()))?;
                (team::gold_from_version(v, now), tr!("act-sync-gold-took-version", who = who))
            }
            GoldEdit::Span { who, annotation } => {
                let (_, v) = versions.iter().find(|(w, _)| *w == who).ok_or(GoldActionError::NoVersion(who.clone()))?;
                let a = v.annotations.get(&annotation).ok_or(GoldActionError::NoSpan)?;
                let covered = v.covered(a.span).unwrap_or("");
                let g = team::gold_take_span(gold.as_ref(), v, a, now)?;
                (g, tr!("act-sync-gold-took-span", label = a.label.as_str(), text = covered, who = who))
            }
            GoldEdit::Drop { span, label } => {
                let g = gold.as_ref().ok_or(GoldActionError::NoGold)?;
                (team::gold_drop_span(g, span, &label, now), tr!("act-sync-gold-dropped", label = label.as_str()))
            }
            GoldEdit::Agreed => {
                let worked = spandrel_core::agreement::worked_versions(versions);
                let g = team::gold_from_agreement(&worked, now).ok_or(GoldActionError::NothingWorked)?;
                let n = g.annotations.len();
                (g, tr!("act-sync-gold-agreed", n = n))
            }
            GoldEdit::Mark(done) => {
                let g = gold.as_ref().ok_or(GoldActionError::NoGold)?;
                let said = if done { t("act-sync-gold-marked") } else { t("act-sync-gold-reopened") };
                (team::gold_mark(g, done, now), said)
            }
        };
        let r = self.engine.try_update_value(|e| e.as_mut().map(|e| e.stage_gold(&next))).flatten();
        match r {
            Some(r) => r?,
            None => return Err(GoldActionError::Sync(SyncError::BadConfig(t("act-sync-off")))),
        }
        self.rev.update(|r| *r += 1);
        self.publish();
        self.kick();
        Ok(said)
    }

    pub fn publish(&self) {
        if let Some(s) = self.engine.with_value(|e| e.as_ref().map(|e| e.status())) {
            self.view.set(SyncView::On(s));
        }
    }

    pub fn cancel_timer(&self) {
        if let Some(h) = self.timer.get_value() {
            h.clear();
        }
        self.timer.set_value(None);
    }

    /// The user asks to sync now: changes the server refused are tried again too (their membership
    /// or role may have changed on the server), then a round runs.
    pub fn sync_now(&self) {
        let r = self.engine.try_update_value(|e| e.as_mut().map(|e| e.retry_refused())).flatten();
        if let Some(Err(e)) = r {
            self.st.error(tr!("act-sync-retry-failed", error = e.message()));
        }
        self.kick();
    }

    /// Runs a round now (or right after the running one).
    pub fn kick(&self) {
        if !self.is_on() {
            return;
        }
        if self.running.get_value() {
            self.again.set_value(true);
            return;
        }
        self.cancel_timer();
        self.running.set_value(true);
        let cx = *self;
        leptos::task::spawn_local(async move { cx.rounds().await });
    }

    async fn rounds(self) {
        let generation = self.generation.get_value();
        loop {
            self.again.set_value(false);
            self.engine.update_value(|e| {
                if let Some(e) = e.as_mut() {
                    e.start();
                }
            });
            self.publish();
            loop {
                let req = self.engine.try_update_value(|e| e.as_mut().and_then(|e| e.next_request())).flatten();
                let Some(req) = req else { break };
                let outcome = http::send(&req).await;
                if self.generation.get_value() != generation {
                    return; // the settings changed meanwhile; that engine's round is over
                }
                self.engine.update_value(|e| {
                    if let Some(e) = e.as_mut() {
                        e.on_response(outcome);
                    }
                });
                self.take_events();
            }
            self.take_events();
            self.publish();
            if !self.again.get_value() {
                break;
            }
        }
        self.running.set_value(false);
        self.schedule();
    }

    /// What runs next by itself: a change check soon when synced (or when only some changes or feeds
    /// were refused: the rest of the project still syncs), a backed-off retry when the server was out of
    /// reach or busy, nothing when the user must act (wrong password, no such project …).
    pub fn schedule(&self) {
        self.cancel_timer();
        let Some(status) = self.engine.with_value(|e| e.as_ref().map(|e| e.status())) else { return };
        let next = match &status {
            SyncStatus::Offline { .. } => {
                self.failures.update_value(|f| *f += 1);
                Some((retry_delay_ms(self.failures.get_value()), false))
            }
            SyncStatus::Error { reason } if reason.retries_by_itself() => {
                self.failures.update_value(|f| *f += 1);
                Some((retry_delay_ms(self.failures.get_value()), false))
            }
            SyncStatus::Synced => {
                self.failures.set_value(0);
                Some((CHECK_MS, true))
            }
            SyncStatus::Error { reason } if reason.keeps_polling() => Some((CHECK_MS, true)),
            SyncStatus::Error { .. } | SyncStatus::Syncing => None,
        };
        let Some((ms, check)) = next else { return };
        let (ms, check) = if check && self.no_history.get_value() { (FALLBACK_POLL_MS, false) } else { (ms, check) };
        let cx = *self;
        let fire = move || if check { cx.check() } else { cx.kick() };
        match set_timeout_with_handle(fire, Duration::from_millis(ms)) {
            Ok(h) => self.timer.set_value(Some(h)),
            Err(e) => leptos::logging::warn!("sync timer unavailable: {e:?}"),
        }
    }

    /// Asks the server whether anything changed in the project; runs a round only if so.
    fn check(&self) {
        self.timer.set_value(None);
        if self.running.get_value() {
            return; // the running round schedules the next check when it ends
        }
        let Some(req) = self.engine.with_value(|e| e.as_ref().map(|e| e.check_request())) else { return };
        let generation = self.generation.get_value();
        let cx = *self;
        leptos::task::spawn_local(async move {
            let outcome = http::send(&req).await;
            if cx.generation.get_value() != generation {
                return; // the settings changed meanwhile
            }
            let found = cx.engine.try_update_value(|e| e.as_mut().map(|e| e.on_check(outcome))).flatten();
            match found {
                Some(Check::Unchanged) if !cx.running.get_value() => cx.schedule(),
                Some(Check::Unchanged) => {}
                Some(Check::Unavailable) => {
                    cx.no_history.set_value(true);
                    cx.kick();
                }
                Some(Check::Changed) => cx.kick(),
                None => {}
            }
        });
    }

    pub fn take_events(&self) {
        let events = self.engine.try_update_value(|e| e.as_mut().map(|e| e.take_events())).flatten();
        let Some(events) = events.filter(|e| !e.is_empty()) else { return };
        let mut docs = BTreeSet::new();
        let mut schema_changed = false;
        let mut removed_docs = BTreeSet::new();
        for ev in events {
            match ev {
                SyncEvent::Changed { key, .. } if key == RecordKey::schema() => schema_changed = true,
                SyncEvent::Changed { key, doc: Some(d), removed: true } if key.collection == Collection::Documents => {
                    removed_docs.insert(d);
                }
                SyncEvent::Changed { doc: Some(d), .. } => {
                    docs.insert(d);
                }
                SyncEvent::Merged { doc, report, key } => {
                    if !report.conflicts.is_empty() {
                        self.st.notify(
                            Level::Warning,
                            tr!(
                                "act-sync-merge-conflicts",
                                key = key.to_string(),
                                conflicts = report.conflicts.join("; ")
                            ),
                        );
                    }
                    if let (Some(json), Some(d)) = (report.leftovers, doc.as_ref()) {
                        if let Err(e) = self.st.ws_mut(|w| w.set_aside(d, &json)) {
                            self.st.error(tr!("act-sync-leftovers-lost", error = e.message(), json = json.as_str()));
                        }
                    }
                    docs.extend(doc);
                }
                SyncEvent::Changed { doc: None, .. } => {}
            }
        }
        if schema_changed {
            self.take_schema();
        }
        for d in docs.difference(&removed_docs) {
            self.take_in(d);
        }
        for d in &removed_docs {
            self.take_removal(d);
        }
        self.rev.update(|r| *r += 1);
    }

    /// Document `id` was removed from the project (by a lead): this browser's copy goes too, unless it
    /// holds work of this user's (a decision, or a status), which is kept here and said so.
    pub fn take_removal(&self, id: &str) {
        let st = self.st;
        let stored = match st.ws_ref(|w| w.load_doc(id)) {
            Ok(s) => s.doc,
            Err(WsError::Storage(StorageError::NotFound { .. })) | Err(WsError::Unavailable) => return,
            Err(e) => {
                st.error(tr!("act-sync-removed-unreadable", error = e.message()));
                return;
            }
        };
        let open = st.with_doc_untracked(|d| d.id == id) == Some(true);
        if spandrel_core::agreement::worked_on(&stored) || (open && st.has_unsaved()) {
            st.notify(Level::Warning, tr!("act-sync-removed-kept", title = stored.title.as_str()));
            return;
        }
        match st.ws_mut(|w| w.delete_doc(id)) {
            Ok(()) => {
                st.refresh_docs();
                if open {
                    let next =
                        st.lib.docs.with_untracked(|d| d.iter().max_by_key(|e| e.modified).map(|e| e.id.clone()));
                    match next {
                        Some(next) => st.open_doc(&next),
                        None => st.show(None, crate::actions::open::How::Replace),
                    }
                }
                st.notify(Level::Info, tr!("act-sync-removed", title = stored.title.as_str()));
            }
            Err(e) => st.error(tr!("act-sync-removed-not-deleted", error = e.message())),
        }
    }

    /// Takes the project's label schema (the lead's) into this browser's labels: the project's labels
    /// with their colours, hotkeys and descriptions, then any label only this browser has. A lead's own
    /// schema is the project's already.
    pub fn take_schema(&self) {
        if self.role().is_some_and(Role::writes_documents) {
            return;
        }
        let Some(project) = self.with_engine(|e| e.schema()).flatten() else { return };
        let local = self.st.lib.schema.get_untracked();
        let mut next = project.clone();
        next.add_missing(&[], Some(&local));
        if next != local {
            // The project's guidelines are shown when they first arrive, or when they change.
            let new_guidelines = !next.guidelines.is_empty() && next.guidelines != local.guidelines;
            self.st.set_schema(next);
            self.st.save_settings();
            self.st.notify(Level::Info, t("act-sync-labels-arrived"));
            if new_guidelines {
                self.st.show_guidelines(true);
            }
        }
    }

    /// Brings the project's version of document `id` (shared text, this user's annotations) into the
    /// workspace: saved over the stored revision, merged into the open document like another tab's write.
    pub fn take_in(&self, id: &str) {
        let st = self.st;
        let Some(remote) = self.engine.with_value(|e| e.as_ref().and_then(|e| e.document(id))) else { return };
        match st.ws_ref(|w| w.load_doc(id)) {
            Ok(stored) => {
                if stored.doc == remote {
                    return;
                }
                match st.ws_mut(|w| w.save_doc(&remote, stored.revision)) {
                    Ok(revision) => {
                        if st.with_doc_untracked(|d| d.id == id) == Some(true) {
                            st.reconcile(StoredDoc { doc: remote, revision });
                        }
                        st.refresh_entry(id);
                    }
                    Err(e) => st.error(tr!("act-sync-change-not-saved", error = e.message())),
                }
            }
            Err(WsError::Storage(StorageError::NotFound { .. })) => match st.ws_mut(|w| w.save_doc(&remote, 0)) {
                Ok(_) => st.refresh_docs(),
                Err(e) => st.error(tr!("act-sync-doc-not-saved", error = e.message())),
            },
            Err(e) => st.error(tr!("act-sync-change-unreadable", error = e.message())),
        }
    }
}

/// An address as typed in the settings, made absolute (`/sync/v1` is on this page's origin).
pub fn absolute_server(server: &str) -> String {
    let server = server.trim();
    if server.starts_with('/') {
        format!("{}{}", http::page_origin().unwrap_or_default(), server)
    } else {
        server.to_owned()
    }
}

/// Lays out project `bucket` on `server` as `admin` (core's `ProjectSetup`), one request at a time;
/// the answer is a message for the form: what was made, or why not (and what was made so far).
pub async fn set_up_project(
    server: &str,
    bucket: &str,
    members: spandrel_core::sync::Members,
    admin: Credentials,
    update: bool,
) -> Result<String, String> {
    let server = absolute_server(server);
    let bucket = bucket.trim();
    let mut setup = spandrel_core::sync::ProjectSetup::new(&server, bucket, &members, &admin, update);
    while let Some(req) = setup.next_request() {
        let out = http::send(&req).await;
        setup.on_response(out);
    }
    match setup.result() {
        Some(Ok(())) => Ok(tr!(
            "act-sync-project-ready",
            project = bucket,
            leads = members.leads.len(),
            annotators = members.annotators.len(),
            curators = members.curators.len()
        )),
        Some(Err(e)) => Err(e.message()),
        None => Err(t("act-sync-setup-stopped")),
    }
}

/// Reads project `bucket`'s members on `server` as `who` (the administrator or a lead), so the set-up
/// form can show them before they are changed.
pub async fn load_members(
    server: &str,
    bucket: &str,
    who: &Credentials,
) -> Result<spandrel_core::sync::Members, spandrel_core::sync::SetupError> {
    let server = absolute_server(server);
    let bucket = bucket.trim();
    let mut answers = Vec::new();
    for req in spandrel_core::sync::read_members(&server, bucket, who) {
        answers.push(http::send(&req).await);
    }
    spandrel_core::sync::members_from(bucket, &who.user, answers)
}

/// Creates account `user` on `server` (servers that let anyone create one, as `scripts/kinto.sh` sets up).
pub async fn create_own_account(server: &str, user: &str, password: &str) -> Result<String, String> {
    let user = user.trim();
    if user.is_empty() || password.is_empty() {
        return Err(t("act-sync-account-enter-first"));
    }
    let req = spandrel_core::sync::create_account(&absolute_server(server), user, password);
    match http::send(&req).await {
        Ok(r) if r.status == 200 || r.status == 201 => Ok(tr!("act-sync-account-created", user = user)),
        Ok(r) if r.status == 401 || r.status == 403 => Err(tr!("act-sync-account-refused", user = user)),
        Ok(r) => Err(tr!(
            "act-sync-account-http",
            status = r.status.to_string(),
            message = spandrel_core::sync::error::server_message(&r).chars().take(200).collect::<String>()
        )),
        Err(e) => Err(tr!("act-sync-unreachable", error = e.message())),
    }
}

impl SyncCtx {
    /// Downloads the project's training set in `format` (core's `team::training_set`: gold, else the only
    /// version, else the majority), with who annotated what in our JSON. Returns the documents written.
    pub fn download_training_set(&self, format: spandrel_core::formats::Format) -> Result<usize, String> {
        let docs = self
            .with_engine(|e| {
                let docs: Vec<Document> = e.document_ids().iter().filter_map(|id| e.document(id)).collect();
                let versions = e.versions_by_doc();
                spandrel_core::team::training_set(
                    &docs,
                    |id| versions.get(id).cloned().unwrap_or_default(),
                    |id| e.gold(id),
                )
            })
            .ok_or_else(|| t("act-sync-off"))?;
        let docs: Vec<Document> = docs.into_iter().map(|(d, _)| d).collect();
        if docs.is_empty() {
            return Err(t("act-sync-nothing-worked"));
        }
        self.st.export_and_download(
            &docs,
            format,
            spandrel_core::file_names::ExportScope::All,
            spandrel_core::formats::ExportOptions::default(),
        )?;
        Ok(docs.len())
    }

    /// Shows or hides the sync settings form.
    pub fn open_settings(&self, open: bool) {
        self.show_settings.set(open);
    }

    pub fn toggle_settings(&self) {
        self.show_settings.update(|s| *s = !*s);
    }

    /// Why turning sync on failed, shown in the form.
    pub fn form_failed(&self, why: String) {
        self.form_error.set(Some(why));
    }
}
