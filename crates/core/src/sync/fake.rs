//! An in-memory twin of the part of Kinto that sync uses, for tests: accounts (basic auth), buckets,
//! groups, collections and records with their permissions, `_since` change feeds with tombstones and
//! `Next-Page` paging, `If-Match` / `If-None-Match: *` preconditions (412 with `details.existing`), and
//! the newest entry of a bucket's history (what a change check asks for).
//! Fault injection: going offline, or answering the next requests with a given status.
//!
//! Invariants:
//! - Timestamps (`last_modified`) strictly grow across the whole server, as Kinto's do per collection.
//! - Permission checks follow Kinto's rules for these resources: bucket writers may do everything; a
//!   record is readable by collection readers/writers and its own writers; creating needs
//!   `record:create` (or `write`) on the collection, and the creator becomes the record's writer.

use super::http::{HttpClient, HttpError, Method, Request, Response};
use base64::Engine as _;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet, VecDeque};

#[derive(Debug, Clone, Default)]
struct Perms {
    read: BTreeSet<String>,
    write: BTreeSet<String>,
    create: BTreeSet<String>,
}

impl Perms {
    fn from_json(v: Option<&Value>) -> Perms {
        let set = |k: &str| -> BTreeSet<String> {
            v.and_then(|p| p.get(k))
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        };
        Perms { read: set("read"), write: set("write"), create: set("record:create") }
    }
}

#[derive(Debug, Clone)]
struct FakeRecord {
    last_modified: u64,
    /// `None`: a tombstone.
    data: Option<Value>,
    write: BTreeSet<String>,
}

#[derive(Debug, Clone, Default)]
struct FakeCollection {
    perms: Perms,
    records: BTreeMap<String, FakeRecord>,
}

#[derive(Debug, Clone, Default)]
struct FakeBucket {
    write: BTreeSet<String>,
    groups: BTreeMap<String, BTreeSet<String>>,
    collections: BTreeMap<String, FakeCollection>,
}

/// The fake server. Its URL root is `http://kinto.test/v1`.
#[derive(Debug, Clone)]
pub struct FakeKinto {
    accounts: BTreeMap<String, String>,
    buckets: BTreeMap<String, FakeBucket>,
    clock: u64,
    /// Records per page of a list (Kinto's `paginate_by`).
    pub page_size: usize,
    /// While true, every request fails as if the server were down.
    pub offline: bool,
    fail_next: VecDeque<u16>,
    /// Requests received (including failed ones).
    pub requests: usize,
    /// The next this many writes pass their `If-Match` / `If-None-Match` check whatever it says, as a
    /// write racing another one passes Kinto's (it checks, then writes, without a lock).
    pub racing_writes: usize,
    /// Change checks (history reads) received.
    pub history_reads: usize,
}

pub const FAKE_ROOT: &str = "http://kinto.test/v1";

impl Default for FakeKinto {
    fn default() -> Self {
        FakeKinto::new()
    }
}

fn err(status: u16, message: &str) -> Response {
    Response::new(status, json!({ "code": status, "error": "error", "message": message }).to_string())
}

impl FakeKinto {
    /// A server with one account, `admin` (password `admin-secret`), who may create buckets.
    pub fn new() -> Self {
        let mut accounts = BTreeMap::new();
        accounts.insert("admin".to_owned(), "admin-secret".to_owned());
        FakeKinto {
            accounts,
            buckets: BTreeMap::new(),
            clock: 1_000,
            page_size: 100,
            offline: false,
            fail_next: VecDeque::new(),
            requests: 0,
            racing_writes: 0,
            history_reads: 0,
        }
    }

    /// Answers the next request with `status` (once per call).
    pub fn fail_next(&mut self, status: u16) {
        self.fail_next.push_back(status);
    }

    /// The data of a record (without `id` and `last_modified`), `None` if absent or deleted.
    pub fn record(&self, bucket: &str, collection: &str, id: &str) -> Option<Value> {
        self.buckets.get(bucket)?.collections.get(collection)?.records.get(id)?.data.clone()
    }

    /// Ids of the live records of a collection.
    pub fn record_ids(&self, bucket: &str, collection: &str) -> Vec<String> {
        self.buckets
            .get(bucket)
            .and_then(|b| b.collections.get(collection))
            .map(|c| c.records.iter().filter(|(_, r)| r.data.is_some()).map(|(k, _)| k.clone()).collect())
            .unwrap_or_default()
    }

    /// Changes a record behind every client's back (as another client would), keeping its writers.
    pub fn overwrite(&mut self, bucket: &str, collection: &str, id: &str, data: Value) {
        self.clock += 1;
        let lm = self.clock;
        if let Some(r) = self
            .buckets
            .get_mut(bucket)
            .and_then(|b| b.collections.get_mut(collection))
            .and_then(|c| c.records.get_mut(id))
        {
            r.data = Some(data);
            r.last_modified = lm;
        }
    }

    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    /// The principals of `user` in `bucket`.
    fn principals(&self, user: Option<&str>, bucket: &str) -> BTreeSet<String> {
        let mut p = BTreeSet::from(["system.Everyone".to_owned()]);
        if let Some(u) = user {
            let me = format!("account:{u}");
            p.insert("system.Authenticated".into());
            if let Some(b) = self.buckets.get(bucket) {
                for (g, members) in &b.groups {
                    if members.contains(&me) {
                        p.insert(format!("/buckets/{bucket}/groups/{g}"));
                    }
                }
            }
            p.insert(me);
        }
        p
    }

    fn authenticate(&self, req: &Request) -> Result<Option<String>, Response> {
        let Some(h) = req.get_header("Authorization") else { return Ok(None) };
        let decoded = h
            .strip_prefix("Basic ")
            .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
            .and_then(|b| String::from_utf8(b).ok());
        let Some((user, pw)) = decoded.as_deref().and_then(|d| d.split_once(':')) else {
            return Err(err(401, "Please authenticate yourself to use this endpoint."));
        };
        match self.accounts.get(user) {
            Some(p) if p == pw => Ok(Some(user.to_owned())),
            _ => Err(err(401, "Please authenticate yourself to use this endpoint.")),
        }
    }

    fn handle(&mut self, req: &Request) -> Response {
        if let Some(status) = self.fail_next.pop_front() {
            return err(status, "injected failure");
        }
        let user = match self.authenticate(req) {
            Ok(u) => u,
            Err(r) => return r,
        };
        let Some(rest) = req.url.strip_prefix(FAKE_ROOT) else { return err(404, "unknown server") };
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let params: BTreeMap<&str, &str> = query.split('&').filter_map(|kv| kv.split_once('=')).collect();
        let body: Option<Value> = req.body.as_deref().and_then(|b| serde_json::from_str(b).ok());
        let seg: Vec<&str> = path.trim_matches('/').split('/').collect();
        match (req.method, seg.as_slice()) {
            (Method::Put, ["accounts", name]) => {
                if self.accounts.contains_key(*name) && user.as_deref() != Some(name) {
                    return err(403, "This user cannot access this resource.");
                }
                let pw = body.as_ref().and_then(|b| b.pointer("/data/password")).and_then(Value::as_str).unwrap_or("");
                self.accounts.insert((*name).to_owned(), pw.to_owned());
                Response::new(201, json!({ "data": { "id": name } }).to_string())
            }
            (Method::Get, ["accounts", name]) => match user.as_deref() {
                Some(u) if u == "admin" || u == *name => match self.accounts.contains_key(*name) {
                    true => Response::new(200, json!({ "data": { "id": name } }).to_string()),
                    false => err(404, "The resource you are looking for could not be found."),
                },
                _ => err(403, "This user cannot access this resource."),
            },
            (Method::Put, ["buckets", b]) => {
                let Some(u) = user else { return err(401, "Please authenticate yourself to use this endpoint.") };
                if req.get_header("If-None-Match") == Some("*") {
                    // Kinto takes this PUT for a creation: only those who may create buckets pass.
                    if u != "admin" {
                        return err(403, "This user cannot access this resource.");
                    }
                    if self.buckets.contains_key(*b) {
                        return err(412, "Resource was modified meanwhile");
                    }
                }
                let me = format!("account:{u}");
                let perms = Perms::from_json(body.as_ref().and_then(|v| v.get("permissions")));
                let p = self.principals(Some(&u), b);
                match self.buckets.get_mut(*b) {
                    Some(bk) if bk.write.is_disjoint(&p) => err(403, "This user cannot access this resource."),
                    Some(bk) => {
                        bk.write = perms.write;
                        bk.write.insert(me);
                        Response::new(200, json!({ "data": { "id": b } }).to_string())
                    }
                    None if u == "admin" => {
                        let mut write = perms.write;
                        write.insert(me);
                        self.buckets.insert((*b).to_owned(), FakeBucket { write, ..FakeBucket::default() });
                        Response::new(201, json!({ "data": { "id": b } }).to_string())
                    }
                    None => err(403, "This user cannot access this resource."),
                }
            }
            (Method::Put, ["buckets", b, kind, name]) if *kind == "groups" || *kind == "collections" => {
                let p = self.principals(user.as_deref(), b);
                let Some(bk) = self.buckets.get_mut(*b) else { return err(403, "bucket not readable") };
                if bk.write.is_disjoint(&p) {
                    return err(403, "This user cannot access this resource.");
                }
                if *kind == "groups" {
                    let members = body
                        .as_ref()
                        .and_then(|v| v.pointer("/data/members"))
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect();
                    bk.groups.insert((*name).to_owned(), members);
                } else {
                    let perms = Perms::from_json(body.as_ref().and_then(|v| v.get("permissions")));
                    bk.collections.entry((*name).to_owned()).or_default().perms = perms;
                }
                Response::new(201, json!({ "data": { "id": name } }).to_string())
            }
            (Method::Get, ["buckets", b]) => {
                // Read by its writers; a bucket one may not read, or that does not exist, is a 403.
                let p = self.principals(user.as_deref(), b);
                match self.buckets.get(*b) {
                    Some(bk) if !bk.write.is_disjoint(&p) => {
                        Response::new(200, json!({ "data": { "id": b } }).to_string())
                    }
                    _ => err(403, "This user cannot access this resource."),
                }
            }
            (Method::Get, ["buckets", b, "groups", g]) => {
                // Groups are read by the bucket's writers (Kinto: bucket write implies read inside).
                let p = self.principals(user.as_deref(), b);
                match self.buckets.get(*b) {
                    Some(bk) if !bk.write.is_disjoint(&p) => match bk.groups.get(*g) {
                        Some(m) => Response::new(200, json!({ "data": { "id": g, "members": m } }).to_string()),
                        None => err(404, "The resource you are looking for could not be found."),
                    },
                    _ => err(403, "This user cannot access this resource."),
                }
            }
            (Method::Get, ["buckets", b, "collections", c, "records"]) => self.list(user.as_deref(), b, c, &params),
            (Method::Get, ["buckets", b, "history"]) => self.history(user.as_deref(), b, &params),
            (m, ["buckets", b, "collections", c, "records", id]) => {
                self.record_op(m, user.as_deref(), b, c, id, req, body)
            }
            _ => err(404, "unknown endpoint"),
        }
    }

    /// The newest change (`_limit=1`, newest first) in bucket `b` after `_since` that `user` may read, as
    /// one history entry; the twin keeps only each record's latest change, which is all a check needs.
    fn history(&mut self, user: Option<&str>, b: &str, params: &BTreeMap<&str, &str>) -> Response {
        self.history_reads += 1;
        let p = self.principals(user, b);
        let Some(bk) = self.buckets.get(b) else { return err(403, "This user cannot access this resource.") };
        let since: u64 = params.get("_since").and_then(|s| s.parse().ok()).unwrap_or(0);
        let bucket_writer = !bk.write.is_disjoint(&p);
        let p = &p;
        let newest = bk
            .collections
            .iter()
            .flat_map(|(c, col)| {
                let all = bucket_writer || !col.perms.read.is_disjoint(p) || !col.perms.write.is_disjoint(p);
                col.records
                    .iter()
                    .filter(move |(_, r)| all || !r.write.is_disjoint(p))
                    .map(move |(id, r)| (r.last_modified, c, id))
            })
            .filter(|(lm, _, _)| *lm > since)
            .max();
        let data: Vec<Value> = newest
            .map(|(lm, c, id)| json!({ "last_modified": lm, "collection_id": c, "record_id": id, "resource_name": "record" }))
            .into_iter()
            .collect();
        Response::new(200, json!({ "data": data }).to_string())
    }

    fn list(&self, user: Option<&str>, b: &str, c: &str, params: &BTreeMap<&str, &str>) -> Response {
        let p = self.principals(user, b);
        let Some(bk) = self.buckets.get(b) else { return err(403, "This user cannot access this resource.") };
        let Some(col) = bk.collections.get(c) else { return err(403, "This user cannot access this resource.") };
        let since: Option<u64> = params.get("_since").and_then(|s| s.parse().ok());
        let limit: usize =
            params.get("_limit").and_then(|s| s.parse().ok()).unwrap_or(self.page_size).min(self.page_size);
        let all_read = !bk.write.is_disjoint(&p) || !col.perms.read.is_disjoint(&p) || !col.perms.write.is_disjoint(&p);
        // As Kinto: a collection is listable by its readers, by those who may create in it (they see their
        // own records), and by whoever wrote one of its records; anyone else gets 403.
        if !all_read && col.perms.create.is_disjoint(&p) && col.records.values().all(|r| r.write.is_disjoint(&p)) {
            return err(403, "This user cannot access this resource.");
        }
        let mut visible: Vec<(&String, &FakeRecord)> = col
            .records
            .iter()
            .filter(|(_, r)| all_read || !r.write.is_disjoint(&p))
            .filter(|(_, r)| match since {
                Some(s) => r.last_modified > s,
                None => r.data.is_some(),
            })
            .collect();
        visible.sort_by_key(|(_, r)| r.last_modified);
        let page: Vec<Value> = visible
            .iter()
            .take(limit)
            .map(|(id, r)| match &r.data {
                Some(d) => {
                    let mut d = d.clone();
                    d["id"] = json!(id);
                    d["last_modified"] = json!(r.last_modified);
                    d
                }
                None => json!({ "id": id, "last_modified": r.last_modified, "deleted": true }),
            })
            .collect();
        let ts = col.records.values().map(|r| r.last_modified).max().unwrap_or(0);
        let mut resp = Response::new(200, json!({ "data": page }).to_string()).with_header("ETag", format!("\"{ts}\""));
        if visible.len() > limit {
            let last = visible[limit - 1].1.last_modified;
            resp = resp.with_header(
                "Next-Page",
                format!(
                    "{FAKE_ROOT}/buckets/{b}/collections/{c}/records?_sort=last_modified&_since={last}&_limit={limit}"
                ),
            );
        }
        resp
    }

    #[allow(clippy::too_many_arguments)]
    fn record_op(
        &mut self,
        m: Method,
        user: Option<&str>,
        b: &str,
        c: &str,
        id: &str,
        req: &Request,
        body: Option<Value>,
    ) -> Response {
        let p = self.principals(user, b);
        let lm = self.tick();
        let Some(bk) = self.buckets.get_mut(b) else { return err(403, "This user cannot access this resource.") };
        let bucket_writer = !bk.write.is_disjoint(&p);
        let Some(col) = bk.collections.get_mut(c) else { return err(403, "This user cannot access this resource.") };
        let existing = col.records.get(id).filter(|r| r.data.is_some()).cloned();
        let col_write = bucket_writer || !col.perms.write.is_disjoint(&p);
        let col_read = !col.perms.read.is_disjoint(&p);
        let col_create = col_write || !col.perms.create.is_disjoint(&p);
        let can_write = |r: &FakeRecord| col_write || !r.write.is_disjoint(&p);
        let can_read = |r: &FakeRecord| can_write(r) || col_read;
        let shown = |r: &FakeRecord| {
            let mut d = r.data.clone().unwrap_or(json!({}));
            d["id"] = json!(id);
            d["last_modified"] = json!(r.last_modified);
            d
        };
        if let Some(r) = &existing {
            if !can_read(r) || (m != Method::Get && !can_write(r)) {
                return err(403, "This user cannot access this resource.");
            }
        }
        // Preconditions.
        let racing = m != Method::Get && self.racing_writes > 0;
        if racing {
            self.racing_writes -= 1;
        }
        if let Some(want) = req.get_header("If-Match").filter(|_| !racing) {
            let now = existing.as_ref().map(|r| format!("\"{}\"", r.last_modified));
            if now.as_deref() != Some(want) {
                let details = existing.as_ref().map(|r| json!({ "existing": shown(r) })).unwrap_or(json!({}));
                return Response::new(
                    412,
                    json!({ "code": 412, "errno": 114, "message": "Resource was modified meanwhile", "details": details })
                        .to_string(),
                );
            }
        }
        if req.get_header("If-None-Match") == Some("*") && !racing {
            if let Some(r) = &existing {
                return Response::new(
                    412,
                    json!({ "code": 412, "errno": 114, "message": "Resource was modified meanwhile",
                            "details": { "existing": shown(r) } })
                    .to_string(),
                );
            }
        }
        match m {
            Method::Get => match &existing {
                Some(r) => Response::new(200, json!({ "data": shown(r) }).to_string()),
                None => err(404, "The resource you are looking for could not be found."),
            },
            Method::Put => {
                let data = body.as_ref().and_then(|v| v.get("data")).cloned().unwrap_or(json!({}));
                let (status, write) = match &existing {
                    Some(r) => (200, r.write.clone()),
                    None => {
                        if !col_create {
                            return err(403, "This user cannot access this resource.");
                        }
                        let mut w = BTreeSet::new();
                        if let Some(u) = user {
                            w.insert(format!("account:{u}"));
                        }
                        (201, w)
                    }
                };
                let mut data = data;
                if let Some(o) = data.as_object_mut() {
                    o.remove("id");
                    o.remove("last_modified");
                }
                let rec = FakeRecord { last_modified: lm, data: Some(data), write };
                let out = json!({ "data": shown(&rec), "permissions": { "write": rec.write } });
                col.records.insert(id.to_owned(), rec);
                Response::new(status, out.to_string())
            }
            Method::Delete => match existing {
                Some(r) => {
                    col.records.insert(id.to_owned(), FakeRecord { last_modified: lm, data: None, write: r.write });
                    Response::new(
                        200,
                        json!({ "data": { "id": id, "last_modified": lm, "deleted": true } }).to_string(),
                    )
                }
                None => err(404, "The resource you are looking for could not be found."),
            },
            _ => err(405, "method not allowed"),
        }
    }
}

impl HttpClient for FakeKinto {
    fn request(&mut self, request: &Request) -> Result<Response, HttpError> {
        self.requests += 1;
        if self.offline {
            return Err(HttpError::Network("connection refused".into()));
        }
        Ok(self.handle(request))
    }
}
