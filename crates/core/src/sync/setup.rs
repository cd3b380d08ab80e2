//! Requests that create accounts and lay out a project (bucket, groups, collections, permissions) on
//! Kinto. A lead (or the server's admin, who may create buckets) sends them once; sending them again
//! updates the members and permissions.
//!
//! Permissions (`/buckets/<b>/groups/<g>` are group principals):
//! - bucket: `write` = the creator and group `leads` (bucket writers may write everything inside);
//! - `schema`, `documents`: `read` = `annotators`, `curators`;
//! - `annotations`: `read` = `curators`; `record:create` = `annotators`, `curators`, `leads`; each record's
//!   `write` is its creator only (Kinto gives the creator write), so only its annotator may change it;
//! - `gold`: `read`, `write`, `record:create` = `curators`.
//!
//! Invariant: the requests are plain data (see [`super::http`]); nothing here sends them.

use super::engine::Credentials;
use super::http::{Method, Request};
use super::records::Collection;
use serde_json::json;

/// Who is in the project, by account name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Members {
    pub leads: Vec<String>,
    pub annotators: Vec<String>,
    pub curators: Vec<String>,
}

/// The request that creates account `user` with `password` (anyone may create an account on a server
/// set up like `scripts/kinto.sh` does).
pub fn create_account(server: &str, user: &str, password: &str) -> Request {
    Request::new(Method::Put, format!("{}/accounts/{user}", server.trim_end_matches('/')))
        .json(&json!({ "data": { "password": password } }))
}

/// The principal of a project's group.
pub fn group_principal(bucket: &str, group: &str) -> String {
    format!("/buckets/{bucket}/groups/{group}")
}

fn accounts(users: &[String]) -> Vec<String> {
    users.iter().map(|u| format!("account:{u}")).collect()
}

/// The requests that create or update project `bucket` with these members, sent as `admin`.
pub fn project_requests(server: &str, bucket: &str, members: &Members, admin: &Credentials) -> Vec<Request> {
    let root = format!("{}/buckets/{bucket}", server.trim_end_matches('/'));
    let g = |name: &str| group_principal(bucket, name);
    let auth = admin.authorization();
    let put = |url: String, body: serde_json::Value| {
        Request::new(Method::Put, url).json(&body).header("Authorization", auth.clone())
    };
    let mut out = vec![put(root.clone(), json!({ "permissions": { "write": [g("leads")] } }))];
    for (name, users) in
        [("leads", &members.leads), ("annotators", &members.annotators), ("curators", &members.curators)]
    {
        out.push(put(format!("{root}/groups/{name}"), json!({ "data": { "members": accounts(users) } })));
    }
    for c in Collection::ALL {
        let perms = match c {
            Collection::Schema | Collection::Documents => json!({ "read": [g("annotators"), g("curators")] }),
            Collection::Annotations => {
                json!({ "read": [g("curators")], "record:create": [g("annotators"), g("curators"), g("leads")] })
            }
            Collection::Gold => {
                json!({ "read": [g("curators")], "write": [g("curators")], "record:create": [g("curators")] })
            }
        };
        out.push(put(format!("{root}/collections/{}", c.as_str()), json!({ "permissions": perms })));
    }
    out
}
