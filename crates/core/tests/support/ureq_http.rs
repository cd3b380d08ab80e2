//! A blocking [`HttpClient`] over ureq for the tests and benches that talk to a real Kinto; shared by
//! `tests/kinto_sync.rs` and `benches/sync_load.rs` (included with `#[path]`).
//!
//! Invariant: every request is counted (`requests`, and `conflicts` for each 412 answer); with
//! `online: false` nothing is sent and the request fails as a network error, as with the network off.

use spandrel_core::sync::{HttpClient, HttpError, Request, Response};
use std::time::Duration;

pub struct Client {
    agent: ureq::Agent,
    pub online: bool,
    pub requests: usize,
    pub conflicts: usize,
}

impl Client {
    pub fn new() -> Self {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .into();
        Client { agent, online: true, requests: 0, conflicts: 0 }
    }
}

impl HttpClient for Client {
    fn request(&mut self, r: &Request) -> Result<Response, HttpError> {
        self.requests += 1;
        if !self.online {
            return Err(HttpError::Network("simulated: network off".into()));
        }
        let mut b = ureq::http::Request::builder().method(r.method.as_str()).uri(&r.url);
        for (k, v) in &r.headers {
            b = b.header(k, v);
        }
        let req = b.body(r.body.clone().unwrap_or_default()).map_err(|e| HttpError::Network(e.to_string()))?;
        let mut resp = self.agent.run(req).map_err(|e| HttpError::Network(e.to_string()))?;
        let status = resp.status().as_u16();
        if status == 412 {
            self.conflicts += 1;
        }
        let headers = resp
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str().to_owned(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
            .collect();
        let body = resp.body_mut().read_to_string().map_err(|e| HttpError::Network(e.to_string()))?;
        Ok(Response { status, headers, body })
    }
}
