//! The HTTP seam of sync: plain request and response values and a small client trait.
//!
//! Invariants:
//! - Requests and responses are plain data: the sync engine builds a [`Request`] and is handed a
//!   [`Response`] (or an [`HttpError`]) back, so the browser can send it with `fetch` and await it, and a
//!   native test can send it with a blocking client. Nothing here does IO.
//! - Header names compare case-insensitively ([`Response::header`]).
//! - A [`Request`]'s `Debug` output hides the `Authorization` header, so logging one never leaks a password.

use std::fmt;

/// The HTTP methods sync uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Put,
    Delete,
    Post,
    Patch,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
            Method::Post => "POST",
            Method::Patch => "PATCH",
        }
    }
}

/// A request to send. `body`, when present, is JSON.
#[derive(Clone, PartialEq, Eq)]
pub struct Request {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<String>,
}

impl Request {
    pub fn new(method: Method, url: impl Into<String>) -> Self {
        Request { method, url: url.into(), headers: Vec::new(), body: None }
    }

    pub fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.to_owned(), value.into()));
        self
    }

    /// A JSON body (and its `Content-Type`).
    pub fn json(mut self, body: &serde_json::Value) -> Self {
        self.headers.push(("Content-Type".into(), "application/json".into()));
        self.body = Some(body.to_string());
        self
    }

    /// The value of header `name` (case-insensitive), if set.
    pub fn get_header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

impl fmt::Debug for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(k, v)| {
                if k.eq_ignore_ascii_case("authorization") {
                    (k.as_str(), "<hidden>")
                } else {
                    (k.as_str(), v.as_str())
                }
            })
            .collect();
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &headers)
            .field("body", &self.body)
            .finish()
    }
}

/// A response as received (any status: error statuses are responses too).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Response {
    pub fn new(status: u16, body: impl Into<String>) -> Self {
        Response { status, headers: Vec::new(), body: body.into() }
    }

    pub fn with_header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.to_owned(), value.into()));
        self
    }

    /// The value of header `name` (case-insensitive), if present.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// The request never got a response: the server is down or unreachable, the network is off, or the
/// browser blocked it (CORS, CSP).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HttpError {
    #[error("no connection to the server: {0}")]
    Network(String),
    #[error("the server did not answer in time")]
    Timeout,
    #[error("the request was blocked by the browser: {0}")]
    Blocked(String),
}

/// Sends one request. The browser implements the same exchange with `fetch` (driving
/// [`super::SyncEngine`] from a future); native code and tests implement this trait.
pub trait HttpClient {
    fn request(&mut self, request: &Request) -> Result<Response, HttpError>;
}

impl<T: HttpClient + ?Sized> HttpClient for &mut T {
    fn request(&mut self, request: &Request) -> Result<Response, HttpError> {
        (**self).request(request)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_the_authorization_header() {
        let r = Request::new(Method::Get, "http://x/v1/").header("Authorization", "Basic c2VjcmV0");
        let shown = format!("{r:?}");
        assert!(!shown.contains("c2VjcmV0"), "{shown}");
        assert!(shown.contains("<hidden>"));
        assert_eq!(r.get_header("authorization"), Some("Basic c2VjcmV0"));
    }

    #[test]
    fn response_headers_are_case_insensitive() {
        let r = Response::new(200, "{}").with_header("Next-Page", "http://x/next");
        assert_eq!(r.header("next-page"), Some("http://x/next"));
        assert_eq!(r.header("etag"), None);
    }
}
