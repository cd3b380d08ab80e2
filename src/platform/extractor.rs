//! The page's side of the workers: the extraction worker (see `super::extract_worker` for the protocol)
//! and the reader of rich files (`super::read_worker`), each its own wasm module outside the shell.
//!
//! A worker is started on its first request and kept for the page's life; requests are matched to
//! replies by id. Where a worker's script lives is written into the page by the build (`<meta
//! name="spandrel-extract-worker">`, `<meta name="spandrel-read-worker">`, from scripts/postbuild.mjs),
//! since its file name carries a content hash.

// Off wasm the requests below are answered by `super::native::extractor` (re-exported at the end); the
// worker client stays compiled, unused.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

use super::{js_get, js_set};
use crate::platform::PlatformError;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// One suggestion from the worker: code point offsets, label, score in [0, 1].
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub score: f32,
}

type Settle = (js_sys::Function, js_sys::Function);

#[derive(Default)]
struct Shared {
    /// Requests waiting for a reply, by id.
    pending: HashMap<u32, Settle>,
    /// Settles `ready` once the worker says it listens.
    ready: Option<Settle>,
    /// Why the worker cannot be used, once it has failed.
    failed: Option<String>,
}

struct Client {
    worker: web_sys::Worker,
    ready: js_sys::Promise,
    shared: Rc<RefCell<Shared>>,
    next_id: u32,
}

/// The extraction worker's `<meta>` name.
const EXTRACT: &str = "spandrel-extract-worker";
/// The rich files' reader's `<meta>` name (started only when such a file is opened).
const READ: &str = "spandrel-read-worker";

thread_local! {
    /// The started workers, by their `<meta>` name.
    static CLIENTS: RefCell<HashMap<&'static str, Client>> = RefCell::new(HashMap::new());
}

fn absolute(rel: &str) -> Result<String, PlatformError> {
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let base = doc.base_uri().map_err(|e| PlatformError::js(&e))?.ok_or("the page has no base address")?;
    web_sys::Url::new_with_base(rel, &base).map(|u| u.href()).map_err(|e| PlatformError::js(&e))
}

fn worker_url(meta: &str) -> Result<String, PlatformError> {
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let meta = doc
        .query_selector(&format!("meta[name={meta}]"))
        .map_err(|e| PlatformError::js(&e))?
        .ok_or_else(|| format!("this build does not name its worker {meta}"))?;
    let rel = meta.get_attribute("content").ok_or("the worker's address is empty")?;
    absolute(&rel)
}

fn fail_all(shared: &Rc<RefCell<Shared>>, why: String) {
    let (ready, pending) = {
        let mut s = shared.borrow_mut();
        s.failed = Some(why.clone());
        (s.ready.take(), std::mem::take(&mut s.pending))
    };
    let err = JsValue::from_str(&why);
    for (_, reject) in ready.into_iter().chain(pending.into_values()) {
        if let Err(e) = reject.call1(&JsValue::NULL, &err) {
            web_sys::console::error_1(&e);
        }
    }
}

fn start(meta: &str) -> Result<Client, PlatformError> {
    let worker = web_sys::Worker::new(&worker_url(meta)?).map_err(|e| PlatformError::js(&e))?;
    let shared = Rc::new(RefCell::new(Shared::default()));
    let ready = js_sys::Promise::new(&mut |resolve, reject| shared.borrow_mut().ready = Some((resolve, reject)));
    let on_message = {
        let shared = shared.clone();
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            let settle = if js_get(&data, "ready").is_truthy() {
                shared.borrow_mut().ready.take().map(|(resolve, _)| resolve)
            } else {
                let id = js_get(&data, "id").as_f64().map(|n| n as u32);
                id.and_then(|id| shared.borrow_mut().pending.remove(&id)).map(|(resolve, _)| resolve)
            };
            if let Some(resolve) = settle {
                if let Err(e) = resolve.call1(&JsValue::NULL, &data) {
                    web_sys::console::error_1(&e);
                }
            }
        })
    };
    let on_error = {
        let shared = shared.clone();
        Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            ev.prevent_default();
            let why = ev
                .dyn_ref::<web_sys::ErrorEvent>()
                .map(|e| e.message())
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| "the extraction worker could not be started".to_owned());
            fail_all(&shared, why);
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // Both handlers live as long as the page (the worker is never terminated).
    on_message.forget();
    on_error.forget();
    Ok(Client { worker, ready, shared, next_id: 1 })
}

/// The promise that the worker named `meta` listens, starting it if needed.
fn ready(meta: &'static str) -> Result<js_sys::Promise, PlatformError> {
    CLIENTS.with_borrow_mut(|clients| {
        if !clients.contains_key(meta) {
            let client = start(meta)?;
            clients.insert(meta, client);
        }
        let client = clients.get(meta).ok_or("the worker is missing")?;
        match client.shared.borrow().failed.clone() {
            Some(why) => Err(why.into()),
            None => Ok(client.ready.clone()),
        }
    })
}

/// What a request carries: one text (extracted `rounds` times) or many texts.
enum Payload<'a> {
    One(&'a str, u32),
    Many(&'a [&'a str]),
    /// Documents to learn from (text, feedback JSON), after forgetting first if `true`.
    Teach(&'a [(String, String)], bool),
    Forget,
    /// A document's decisions: id, text, feedback JSON.
    Learn(&'a str, &'a str, &'a str),
    /// Documents to rank, most informative first: ids and their texts.
    Rank(&'a [String], &'a [String]),
    /// A rich file (Markdown, HTML) to read: its name and text.
    Rich(&'a str, &'a str),
}

/// What the worker says after loading, forgetting or learning.
#[derive(Debug, Clone, PartialEq)]
pub struct Learned {
    /// Spans the annotator taught (accepted, added, fixed) and rejected, as the learner counts them.
    pub taught: usize,
    pub rejected: usize,
    /// Sentences whose suggestions changed in this step.
    pub updated: usize,
    /// The document's suggestions after a learning step.
    pub found: Vec<Found>,
}

/// Sends one request to the (ready) worker and returns the promise of its reply. Sent any earlier,
/// a request could arrive before the worker listens and be lost.
fn send(payload: Payload, model_rel: &str) -> Result<js_sys::Promise, PlatformError> {
    let meta = if matches!(payload, Payload::Rich(..)) { READ } else { EXTRACT };
    CLIENTS.with_borrow_mut(|clients| {
        let client = clients.get_mut(meta).ok_or("the worker is missing")?;
        if let Some(why) = client.shared.borrow().failed.clone() {
            return Err(why.into());
        }
        let id = client.next_id;
        client.next_id += 1;
        let req = js_sys::Object::new();
        js_set(&req, "id", &JsValue::from(id))?;
        js_set(&req, "model", &JsValue::from_str(&absolute(model_rel)?))?;
        match payload {
            Payload::One(text, rounds) => {
                js_set(&req, "text", &JsValue::from_str(text))?;
                js_set(&req, "rounds", &JsValue::from(rounds))?;
            }
            Payload::Many(texts) => {
                let arr = js_sys::Array::new();
                for t in texts {
                    arr.push(&JsValue::from_str(t));
                }
                js_set(&req, "texts", &arr)?;
            }
            Payload::Teach(items, reset) => {
                let arr = js_sys::Array::new();
                for (text, feedback) in items {
                    let o = js_sys::Object::new();
                    js_set(&o, "text", &JsValue::from_str(text))?;
                    js_set(&o, "feedback", &JsValue::from_str(feedback))?;
                    arr.push(&o);
                }
                js_set(&req, "teach", &arr)?;
                js_set(&req, "reset", &JsValue::from(reset))?;
            }
            Payload::Forget => js_set(&req, "forget", &JsValue::TRUE)?,
            Payload::Rich(name, text) => {
                let m = js_sys::Object::new();
                js_set(&m, "name", &JsValue::from_str(name))?;
                js_set(&m, "text", &JsValue::from_str(text))?;
                js_set(&req, "rich", &m)?;
            }
            Payload::Learn(doc, text, feedback) => {
                let l = js_sys::Object::new();
                js_set(&l, "doc", &JsValue::from_str(doc))?;
                js_set(&l, "text", &JsValue::from_str(text))?;
                js_set(&l, "feedback", &JsValue::from_str(feedback))?;
                js_set(&req, "learn", &l)?;
            }
            Payload::Rank(ids, texts) => {
                let r = js_sys::Object::new();
                let (a, b) = (js_sys::Array::new(), js_sys::Array::new());
                for (id, text) in ids.iter().zip(texts) {
                    a.push(&JsValue::from_str(id));
                    b.push(&JsValue::from_str(text));
                }
                js_set(&r, "ids", &a)?;
                js_set(&r, "texts", &b)?;
                js_set(&req, "rank", &r)?;
            }
        }
        let shared = client.shared.clone();
        let reply = js_sys::Promise::new(&mut |resolve, reject| {
            shared.borrow_mut().pending.insert(id, (resolve, reject));
        });
        client.worker.post_message(&req).map_err(|e| {
            shared.borrow_mut().pending.remove(&id);
            PlatformError::js(&e)
        })?;
        Ok(reply)
    })
}

/// Extracts suggestions from `text` in the worker (`rounds` times, for benchmarks). Returns them
/// with the milliseconds the worker spent extracting.
#[cfg(target_arch = "wasm32")]
pub async fn extract(text: &str, model_rel: &str, rounds: u32) -> Result<(Vec<Found>, f64), PlatformError> {
    wasm_bindgen_futures::JsFuture::from(ready(EXTRACT)?).await.map_err(|e| PlatformError::js(&e))?;
    let reply = send(Payload::One(text, rounds), model_rel)?;
    let data = wasm_bindgen_futures::JsFuture::from(reply).await.map_err(|e| PlatformError::js(&e))?;
    if let Some(err) = js_get(&data, "error").as_string() {
        return Err(err.into());
    }
    Ok((found_of(&data)?, js_get(&data, "ms").as_f64().unwrap_or(f64::NAN)))
}

/// Extracts suggestions from many texts in one request; one list per text, in order.
#[cfg(target_arch = "wasm32")]
pub async fn extract_many(texts: &[&str], model_rel: &str) -> Result<Vec<Vec<Found>>, PlatformError> {
    Ok(extract_many_timed(texts, model_rel).await?.0)
}

/// [`extract_many`] with the milliseconds the worker spent on the request (extraction and building the
/// reply's objects), for benchmarks.
#[cfg(target_arch = "wasm32")]
pub async fn extract_many_timed(texts: &[&str], model_rel: &str) -> Result<(Vec<Vec<Found>>, f64), PlatformError> {
    wasm_bindgen_futures::JsFuture::from(ready(EXTRACT)?).await.map_err(|e| PlatformError::js(&e))?;
    let reply = send(Payload::Many(texts), model_rel)?;
    let data = wasm_bindgen_futures::JsFuture::from(reply).await.map_err(|e| PlatformError::js(&e))?;
    if let Some(err) = js_get(&data, "error").as_string() {
        return Err(err.into());
    }
    let results = js_get(&data, "results");
    if !results.is_object() {
        return Err("the worker's reply has no results".into());
    }
    let results = js_sys::Array::from(&results);
    if results.length() as usize != texts.len() {
        return Err("the worker's reply has a result count that does not match the request".into());
    }
    let found = results.iter().map(|r| found_of(&r)).collect::<Result<_, _>>()?;
    Ok((found, js_get(&data, "ms").as_f64().unwrap_or(f64::NAN)))
}

async fn ask(payload: Payload<'_>, model_rel: &str) -> Result<JsValue, PlatformError> {
    let meta = if matches!(payload, Payload::Rich(..)) { READ } else { EXTRACT };
    wasm_bindgen_futures::JsFuture::from(ready(meta)?).await.map_err(|e| PlatformError::js(&e))?;
    let reply = send(payload, model_rel)?;
    let data = wasm_bindgen_futures::JsFuture::from(reply).await.map_err(|e| PlatformError::js(&e))?;
    if let Some(err) = js_get(&data, "error").as_string() {
        return Err(err.into());
    }
    Ok(data)
}

fn learned_of(data: &JsValue, with_found: bool) -> Result<Learned, PlatformError> {
    let n = |k: &str| js_get(data, k).as_f64().map(|x| x as usize).unwrap_or(0);
    let found = if with_found { found_of(data)? } else { Vec::new() };
    Ok(Learned { taught: n("taught"), rejected: n("rejected"), updated: n("updated"), found })
}

/// Has the worker learn from these documents' decisions (`(text, feedback JSON)`, in corpus order),
/// forgetting what it knew first if `reset`: how what was learned is rebuilt at start.
#[cfg(target_arch = "wasm32")]
pub async fn teach(items: &[(String, String)], reset: bool, model_rel: &str) -> Result<Learned, PlatformError> {
    learned_of(&ask(Payload::Teach(items, reset), model_rel).await?, false)
}

/// Makes the worker forget what it learned: suggestions are the shipped model's again.
#[cfg(target_arch = "wasm32")]
pub async fn forget(model_rel: &str) -> Result<Learned, PlatformError> {
    learned_of(&ask(Payload::Forget, model_rel).await?, false)
}

/// One learning step from a document's decisions (`feedback`: JSON of core's `learn::Feedback`).
#[cfg(target_arch = "wasm32")]
pub async fn learn(doc: &str, text: &str, feedback: &str, model_rel: &str) -> Result<Learned, PlatformError> {
    learned_of(&ask(Payload::Learn(doc, text, feedback), model_rel).await?, true)
}

/// Ranks documents (ids and texts, in corpus order) most informative first for what the worker has
/// learned; returns the ids in that order and the milliseconds the worker spent.
#[cfg(target_arch = "wasm32")]
pub async fn rank(ids: &[String], texts: &[String], model_rel: &str) -> Result<(Vec<String>, f64), PlatformError> {
    let data = ask(Payload::Rank(ids, texts), model_rel).await?;
    let order = js_get(&data, "order");
    if !order.is_object() {
        return Err("the worker's ranking has no order".into());
    }
    let order: Vec<String> = js_sys::Array::from(&order).iter().filter_map(|v| v.as_string()).collect();
    if order.len() != ids.len() {
        return Err("the worker's ranking does not hold every document".into());
    }
    Ok((order, js_get(&data, "ms").as_f64().unwrap_or(f64::NAN)))
}

/// Reads a rich file (Markdown, HTML) in the reader worker (the readers are part of neither the shell nor the
/// extraction worker; the module loads on the first such file): its text, title and structure.
#[cfg(target_arch = "wasm32")]
pub async fn read_rich(
    name: &str,
    text: &str,
    model_rel: &str,
) -> Result<spandrel_core::intake::RichRead, PlatformError> {
    let data = ask(Payload::Rich(name, text), model_rel).await?;
    let field =
        |k: &str| js_get(&data, k).as_string().ok_or_else(|| format!("the worker's reading of {name} has no {k}"));
    let structure = serde_json::from_str(&field("structure")?)
        .map_err(|e| format!("the worker's reading of {name} has a structure that cannot be read ({e})"))?;
    Ok((field("text")?, field("title")?, structure))
}

/// The suggestions of one `{ starts, ends, scores, labels }` result.
fn found_of(data: &JsValue) -> Result<Vec<Found>, PlatformError> {
    let field = |k: &str| js_get(data, k);
    let floats = |k: &str| -> Result<Vec<f64>, PlatformError> {
        Ok(field(k).dyn_into::<js_sys::Float64Array>().map_err(|_| format!("the worker's reply has no {k}"))?.to_vec())
    };
    let (starts, ends, scores) = (floats("starts")?, floats("ends")?, floats("scores")?);
    let labels = js_sys::Array::from(&field("labels"));
    if ends.len() != starts.len() || scores.len() != starts.len() || labels.length() as usize != starts.len() {
        return Err("the worker's reply is inconsistent".into());
    }
    (0..starts.len())
        .map(|i| {
            let label = labels.get(i as u32).as_string().ok_or("the worker's reply has a label that is not text")?;
            Ok(Found { start: starts[i] as usize, end: ends[i] as usize, label, score: scores[i] as f32 })
        })
        .collect()
}

#[cfg(not(target_arch = "wasm32"))]
pub use super::native::extractor::{extract, extract_many, extract_many_timed, forget, learn, rank, read_rich, teach};
