//! The extraction worker: a second, small wasm module (bin `spandrel-extract`) that runs in a
//! dedicated Web Worker. It loads the model once and answers extraction requests, so neither parsing
//! the model nor tagging a long document blocks the page, and the extraction engine, its gazetteers
//! and the model reader are not part of the app shell.
//!
//! Protocol (plain JS objects; the page side is `super::extractor`):
//! - worker → page, once started: `{ ready: true }`
//! - page → worker: `{ id, model: <absolute URL>, text, rounds? }`
//! - worker → page: `{ id, starts, ends, scores: Float64Array, labels: string[], ms }` (code point
//!   offsets; `ms` is the time spent extracting, model loading excluded) or `{ id, error }`.
//! - page → worker, many documents at once (suggestions prepared ahead): `{ id, model, texts: string[] }`
//! - worker → page: `{ id, results: [{ starts, ends, scores, labels }, …], ms }`, one result per text.
//! - page → worker, rebuilding what was learned at start, from the workspace's decisions in corpus
//!   order: `{ id, model, teach: [{ text, feedback }, …], reset? }` → `{ id, taught, rejected }`;
//!   forgetting it: `{ id, model, forget: true }` → the same.
//! - page → worker, the annotator's decisions on one document: `{ id, model, learn: { doc, text,
//!   feedback: <JSON of core's learn::Feedback> } }` → `{ id, taught, rejected, updated, starts, ends,
//!   scores, labels }` (the document's suggestions after the update).
//! - page → worker, "most informative first": `{ id, model, rank: { ids: string[], texts: string[] } }`
//!   → `{ id, order: string[], ms }`, the ids in core's `active::informative_order` for the learner's
//!   doubt about each text, with the entity strings taught so far as what was seen. Each text is run
//!   through the shipped pipeline once and kept (by id and text) for the next ranking.
//!
//! Requests are answered one at a time, in the order they arrive (a queue), so an extraction asked
//! for after a learning step always sees what was learned. With nothing learned, suggestions are
//! the shipped model's (`Learner` without updates suggests exactly those).
//!
//! Nothing here is exported to JS: exports of the library would end up in both wasm modules.

use super::dom::{fetch_bytes, perf_now};
use super::{js_get as get, js_set};
use spandrel_core::active::{informative_order, note_seen, Candidate, Seen};
use spandrel_core::extract::learn::{Feedback, LabelMap, Learner, Prepared};
use spandrel_core::extract::{Model, Suggestion};
use spandrel_core::Text;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The model last loaded, with the URL it came from.
    static MODEL: RefCell<Option<(String, Rc<Model>)>> = const { RefCell::new(None) };
    /// What suggestions learned from the annotator (workspace-level).
    static LEARNER: RefCell<Option<Learner>> = const { RefCell::new(None) };
    /// The last document learned from, run through the shipped pipeline once (id and text).
    static PREPARED: RefCell<Option<(String, String, Rc<Prepared>)>> = const { RefCell::new(None) };
    /// Texts ranked before, run through the shipped pipeline: id → (text, prepared).
    static RANKED: RefCell<std::collections::HashMap<String, Rc<(Text, Prepared)>>> = RefCell::new(Default::default());
    /// The entity strings taught so far (for the ranking's novelty), forgotten with the learner.
    static SEEN: RefCell<Seen> = RefCell::new(Seen::new());
    /// Requests waiting, and whether one is being answered.
    static QUEUE: RefCell<(VecDeque<JsValue>, bool)> = const { RefCell::new((VecDeque::new(), false)) };
}

/// Answers queued requests one after another.
async fn drain() {
    loop {
        let next = QUEUE.with_borrow_mut(|(q, busy)| {
            let n = q.pop_front();
            *busy = n.is_some();
            n
        });
        let Some(req) = next else { return };
        answer(req).await;
    }
}

fn with_learner<R>(f: impl FnOnce(&mut Learner) -> R) -> R {
    LEARNER.with_borrow_mut(|l| f(l.get_or_insert_with(|| Learner::new(LabelMap::identity()))))
}

/// Suggestions for a text: the learner's once it has learned, else the shipped model's.
fn suggest(model: &Model, text: &Text) -> Vec<Suggestion> {
    let learned = LEARNER.with_borrow(|l| l.as_ref().is_some_and(|l| !l.is_pristine()));
    if learned {
        with_learner(|l| l.suggest(model, text))
    } else {
        model.extract(text)
    }
}

/// Entry point of the worker module: listens for requests, then says it is ready (messages sent
/// before the handler exists would be lost, so the page waits for that).
pub fn start() {
    console_error_panic_hook::set_once();
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let handler = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let start = QUEUE.with_borrow_mut(|(q, busy)| {
            q.push_back(ev.data());
            !*busy
        });
        if start {
            QUEUE.with_borrow_mut(|(_, busy)| *busy = true);
            wasm_bindgen_futures::spawn_local(drain());
        }
    });
    scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    handler.forget();
    let ready = js_sys::Object::new();
    set(&ready, "ready", &JsValue::TRUE);
    post(&scope, &ready);
}

fn post(scope: &web_sys::DedicatedWorkerGlobalScope, msg: &JsValue) {
    if let Err(e) = scope.post_message(msg) {
        // Nothing else can reach the page; the console is the last resort.
        web_sys::console::error_2(&JsValue::from_str("spandrel-extract: a reply could not be sent"), &e);
    }
}

fn set(obj: &js_sys::Object, key: &str, value: &JsValue) {
    if let Err(e) = js_set(obj, key, value) {
        // Only a plain object made here is written to; should that ever fail, the console says so.
        web_sys::console::error_1(&JsValue::from_str(&format!("spandrel-extract: {key}: {e}")));
    }
}

async fn answer(req: JsValue) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = match run(&req).await {
        Ok(reply) => reply,
        Err(e) => {
            let reply = js_sys::Object::new();
            set(&reply, "error", &JsValue::from_str(&e.to_string()));
            reply
        }
    };
    set(&reply, "id", &get(&req, "id"));
    post(&scope, &reply);
}

async fn run(req: &JsValue) -> Result<js_sys::Object, crate::platform::PlatformError> {
    let url = get(req, "model").as_string().ok_or("the request names no model")?;
    let model = load_model(&url).await?;
    let teach = get(req, "teach");
    if teach.is_object() {
        if get(req, "reset").is_truthy() {
            with_learner(|l| l.reset());
            SEEN.with_borrow_mut(Seen::clear);
        }
        for item in js_sys::Array::from(&teach).iter() {
            let text = get(&item, "text").as_string().ok_or("a taught document carries no text")?;
            let fb = get(&item, "feedback").as_string().ok_or("a taught document carries no decisions")?;
            let fb: Feedback =
                serde_json::from_str(&fb).map_err(|e| format!("the decisions could not be read ({e})"))?;
            let text = Text::from(text);
            note_taught(&text, &fb);
            with_learner(|l| l.observe(&model, &text, &fb)).map_err(|e| e.to_string())?;
        }
        return Ok(counts());
    }
    if get(req, "forget").is_truthy() {
        with_learner(|l| l.reset());
        SEEN.with_borrow_mut(Seen::clear);
        return Ok(counts());
    }
    let rank = get(req, "rank");
    if rank.is_object() {
        return rank_texts(&model, &rank);
    }
    let learn = get(req, "learn");
    if learn.is_object() {
        return learn_from(&model, &learn);
    }
    let texts = get(req, "texts");
    if texts.is_object() {
        let texts = js_sys::Array::from(&texts);
        let t0 = perf_now();
        let results = js_sys::Array::new_with_length(texts.length());
        let mut names = LabelStrings::default();
        for i in 0..texts.length() {
            let text = texts.get(i).as_string().ok_or("a text of the request is not text")?;
            results.set(i, result_object(&suggest(&model, &Text::from(text)), &mut names).into());
        }
        let reply = js_sys::Object::new();
        set(&reply, "results", &results);
        set(&reply, "ms", &JsValue::from_f64(perf_now() - t0));
        return Ok(reply);
    }
    let text = get(req, "text").as_string().ok_or("the request carries no text")?;
    let rounds = get(req, "rounds").as_f64().unwrap_or(1.0).clamp(1.0, 1000.0) as u32;
    let text = Text::from(text);
    let t0 = perf_now();
    let mut found = Vec::new();
    for _ in 0..rounds {
        found = suggest(&model, &text);
    }
    let ms = perf_now() - t0;
    let reply = result_object(&found, &mut LabelStrings::default());
    set(&reply, "ms", &JsValue::from_f64(ms));
    Ok(reply)
}

/// `{ taught, rejected }`: what the learner has been shown.
fn counts() -> js_sys::Object {
    let reply = js_sys::Object::new();
    let (taught, rejected) = with_learner(|l| (l.taught_spans(), l.rejected_spans()));
    set(&reply, "taught", &JsValue::from(taught as u32));
    set(&reply, "rejected", &JsValue::from(rejected as u32));
    reply
}

/// One learning step from a document's decisions; replies with the new counts, the learned state
/// (if it changed) and the document's suggestions after the step.
fn learn_from(model: &Model, learn: &JsValue) -> Result<js_sys::Object, crate::platform::PlatformError> {
    let doc = get(learn, "doc").as_string().ok_or("the learning request names no document")?;
    let text = get(learn, "text").as_string().ok_or("the learning request carries no text")?;
    let fb = get(learn, "feedback").as_string().ok_or("the learning request carries no decisions")?;
    let fb: Feedback = serde_json::from_str(&fb).map_err(|e| format!("the decisions could not be read ({e})"))?;
    let cached =
        PREPARED.with_borrow(|p| p.as_ref().filter(|(d, t, _)| *d == doc && *t == text).map(|(_, _, p)| p.clone()));
    let t = Text::from(text.as_str());
    let prepared = match cached {
        Some(p) => p,
        None => {
            let p = Rc::new(Prepared::new(model, &t));
            PREPARED.set(Some((doc, text, p.clone())));
            p
        }
    };
    note_taught(&t, &fb);
    let report = with_learner(|l| l.observe_prepared(&prepared, &fb)).map_err(|e| e.to_string())?;
    let reply = result_object(&with_learner(|l| l.suggest_prepared(&prepared)), &mut LabelStrings::default());
    let c = counts();
    for k in ["taught", "rejected"] {
        set(&reply, k, &get(&c, k));
    }
    set(&reply, "updated", &JsValue::from(report.updated as u32));
    Ok(reply)
}

/// Counts the strings of a document's known spans as seen (the ranking's novelty).
fn note_taught(text: &Text, fb: &Feedback) {
    SEEN.with_borrow_mut(|seen| note_seen(seen, fb.known.iter().filter_map(|k| text.slice_cp(k.span.range()).ok())));
}

/// The ids of a ranking request, most informative first.
fn rank_texts(model: &Model, rank: &JsValue) -> Result<js_sys::Object, crate::platform::PlatformError> {
    let ids = js_sys::Array::from(&get(rank, "ids"));
    let texts = js_sys::Array::from(&get(rank, "texts"));
    if ids.length() != texts.length() {
        return Err("the ranking request has a text count that does not match its ids".into());
    }
    let t0 = perf_now();
    let mut names = Vec::with_capacity(ids.length() as usize);
    let mut cands = Vec::with_capacity(ids.length() as usize);
    for i in 0..ids.length() {
        let id = ids.get(i).as_string().ok_or("an id of the ranking request is not text")?;
        let text = texts.get(i).as_string().ok_or("a text of the ranking request is not text")?;
        let cached = RANKED.with_borrow(|r| r.get(&id).filter(|e| e.0.as_str() == text).cloned());
        let entry = match cached {
            Some(e) => e,
            None => {
                let t = Text::from(text);
                let p = Prepared::new(model, &t);
                let e = Rc::new((t, p));
                RANKED.with_borrow_mut(|r| r.insert(id.clone(), e.clone()));
                e
            }
        };
        let (t, prepared) = &*entry;
        cands.push(Candidate::of(&with_learner(|l| l.uncertainty(prepared)), t));
        names.push(id);
    }
    let order = SEEN.with_borrow(|seen| informative_order(&cands, seen));
    let out = js_sys::Array::new_with_length(order.len() as u32);
    for (k, i) in order.into_iter().enumerate() {
        out.set(k as u32, JsValue::from_str(&names[i]));
    }
    let reply = js_sys::Object::new();
    set(&reply, "order", &out);
    set(&reply, "ms", &JsValue::from_f64(perf_now() - t0));
    Ok(reply)
}

/// The JS strings of the labels already sent in this reply: a corpus's thousands of suggestions carry
/// a handful of labels, so each is converted to a JS string once instead of once per suggestion.
#[derive(Default)]
struct LabelStrings(Vec<(String, JsValue)>);

impl LabelStrings {
    fn get(&mut self, label: &str) -> JsValue {
        if let Some((_, v)) = self.0.iter().find(|(l, _)| l == label) {
            return v.clone();
        }
        let v = JsValue::from_str(label);
        self.0.push((label.to_owned(), v.clone()));
        v
    }
}

/// `{ starts, ends, scores, labels }` for one text's suggestions. The numbers are gathered in wasm
/// memory and copied into each typed array at once (one call across the boundary, not one per value).
fn result_object(found: &[spandrel_core::extract::Suggestion], names: &mut LabelStrings) -> js_sys::Object {
    let column = |f: &dyn Fn(&spandrel_core::extract::Suggestion) -> f64| {
        js_sys::Float64Array::from(found.iter().map(f).collect::<Vec<f64>>().as_slice())
    };
    let starts = column(&|s| s.span.start as f64);
    let ends = column(&|s| s.span.end as f64);
    let scores = column(&|s| f64::from(s.score));
    let labels = js_sys::Array::new_with_length(found.len() as u32);
    for (i, s) in found.iter().enumerate() {
        labels.set(i as u32, names.get(&s.label));
    }
    let reply = js_sys::Object::new();
    set(&reply, "starts", &starts);
    set(&reply, "ends", &ends);
    set(&reply, "scores", &scores);
    set(&reply, "labels", &labels);
    reply
}

async fn load_model(url: &str) -> Result<Rc<Model>, crate::platform::PlatformError> {
    if let Some(m) = MODEL.with_borrow(|m| m.as_ref().filter(|(u, _)| u == url).map(|(_, m)| m.clone())) {
        return Ok(m);
    }
    let bytes = fetch_bytes(url).await?;
    let model = Rc::new(Model::from_bytes(&bytes).map_err(|e| e.to_string())?);
    MODEL.set(Some((url.to_owned(), model.clone())));
    Ok(model)
}
