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

/// The three roles' groups, in the order [`read_members`] reads them.
const ROLE_GROUPS: [&str; 3] = ["leads", "annotators", "curators"];

/// The requests that read project `bucket`'s members (its three groups), sent as `who` (the server's
/// administrator or one of the project's leads), so a lead can change the members from what they are.
pub fn read_members(server: &str, bucket: &str, who: &Credentials) -> Vec<Request> {
    let root = format!("{}/buckets/{bucket}/groups", server.trim_end_matches('/'));
    ROLE_GROUPS
        .iter()
        .map(|g| Request::new(Method::Get, format!("{root}/{g}")).header("Authorization", who.authorization()))
        .collect()
}

/// The members from the answers to [`read_members`]' requests (in their order). Principals other than
/// accounts (`system.Everyone`, other groups) are not members by name and are left out.
pub fn members_from(
    bucket: &str,
    who: &str,
    answers: Vec<Result<super::http::Response, super::http::HttpError>>,
) -> Result<Members, SetupError> {
    let mut lists: Vec<Vec<String>> = Vec::new();
    for (group, answer) in ROLE_GROUPS.iter().zip(answers) {
        let step = format!("reading group {group}");
        let resp = answer.map_err(|e| SetupError::Unreachable {
            step: step.clone(),
            reason: e.to_string(),
            made: Vec::new(),
        })?;
        match resp.status {
            200 => {}
            401 => return Err(SetupError::WrongPassword { user: who.to_owned() }),
            403 | 404 => return Err(SetupError::CannotRead { user: who.to_owned(), bucket: bucket.to_owned() }),
            status => {
                return Err(SetupError::Refused {
                    step,
                    status,
                    message: super::error::server_message(&resp),
                    made: Vec::new(),
                })
            }
        }
        let v: serde_json::Value = serde_json::from_str(&resp.body).map_err(|e| SetupError::Refused {
            step: step.clone(),
            status: 200,
            message: format!("the answer is not JSON: {e}"),
            made: Vec::new(),
        })?;
        let names = v["data"]["members"]
            .as_array()
            .map(|m| m.iter().filter_map(|p| p.as_str()?.strip_prefix("account:")).map(str::to_owned).collect())
            .unwrap_or_default();
        lists.push(names);
    }
    let mut it = lists.into_iter();
    let mut next = || it.next().unwrap_or_default();
    Ok(Members { leads: next(), annotators: next(), curators: next() })
}

/// Why setting up a project stopped. Every message says what was made, so nothing is left half made
/// without the user knowing how to finish.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SetupError {
    #[error("the sync server did not accept the password for \"{user}\"; nothing was made")]
    WrongPassword { user: String },
    #[error("\"{user}\" may not create projects on this sync server (only its administrator may); nothing was made")]
    NotAllowed { user: String },
    #[error("a project named \"{bucket}\" already exists on the sync server; choose another name, or tick \"update the existing project\" to change its members; nothing was made")]
    Exists { bucket: String },
    #[error("no account named {} exists on the sync server (each member creates theirs first, from the sync settings); nothing was made", .names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", "))]
    NoSuchAccount { names: Vec<String> },
    #[error("the project name \"{0}\" may only use letters, digits, '_' and '-', starting with a letter or digit; nothing was made")]
    BadName(String),
    #[error("\"{user}\" may not read the members of project \"{bucket}\" (only the server's administrator and the project's leads may), or there is no such project; nothing was changed")]
    CannotRead { user: String, bucket: String },
    #[error("the sync server cannot be reached ({reason}) while {step}; {}", made_so_far(.made))]
    Unreachable { step: String, reason: String, made: Vec<String> },
    #[error("the sync server answered HTTP {status} while {step}{}; {}", super::error::detail_of(.message), made_so_far(.made))]
    Refused { step: String, status: u16, message: String, made: Vec<String> },
}

fn made_so_far(made: &[String]) -> String {
    if made.is_empty() {
        "nothing was made".to_owned()
    } else {
        format!(
            "made so far: {}; set it up again with \"update the existing project\" ticked to finish",
            made.join(", ")
        )
    }
}

/// What a request of the set-up does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Checks that a member's account exists.
    Check,
    /// Looks for the project's bucket (an update).
    Probe,
    /// Creates or sets one part of the project.
    Make,
}

/// Lays out a project step by step (check that the members' accounts exist, create the bucket, its
/// groups and collections), as an IO-free state machine driven like the sync engine:
/// [`ProjectSetup::next_request`], send, [`ProjectSetup::on_response`], until it ends.
///
/// Invariant: the project's bucket is created with `If-None-Match: *`, so an existing project of the
/// same name is never taken over, and an update (by the administrator or a lead) leaves the bucket and
/// its writers as they are and sets the groups and collections again; the first failure stops the
/// set-up, and the error lists what was made.
#[derive(Debug)]
pub struct ProjectSetup {
    checks: Vec<(String, Request)>,
    steps: Vec<(String, Request)>,
    missing: Vec<String>,
    made: Vec<String>,
    admin: String,
    bucket: String,
    /// With "update": the request that creates the bucket, sent only if the probe finds no project.
    create_bucket: Option<(String, Request)>,
    /// The next step is the probe.
    probe_next: bool,
    inflight: Option<(Step, String)>,
    result: Option<Result<(), SetupError>>,
}

/// Account names as the server knows them, every member once.
fn all_members(m: &Members) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for u in m.leads.iter().chain(&m.annotators).chain(&m.curators) {
        if !out.contains(u) {
            out.push(u.clone());
        }
    }
    out
}

impl ProjectSetup {
    /// The set-up of project `bucket` with `members`, sent as `admin`; `update`: the project may exist
    /// already (its members and permissions are then set again).
    pub fn new(server: &str, bucket: &str, members: &Members, admin: &Credentials, update: bool) -> Self {
        let root = server.trim_end_matches('/');
        let id_ok = bucket.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
            && bucket.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        let checks = all_members(members)
            .into_iter()
            .filter(|u| *u != admin.user)
            .map(|u| {
                let r = Request::new(Method::Get, format!("{root}/accounts/{u}"))
                    .header("Authorization", admin.authorization());
                (u, r)
            })
            .collect();
        let mut steps: Vec<(String, Request)> = Vec::new();
        for (i, r) in project_requests(server, bucket, members, admin).into_iter().enumerate() {
            let what = r
                .url
                .strip_prefix(&format!("{root}/buckets/{bucket}"))
                .unwrap_or(&r.url)
                .trim_start_matches('/')
                .to_owned();
            let (what, r) = if i == 0 {
                (format!("project \"{bucket}\""), r.header("If-None-Match", "*"))
            } else {
                (what.replacen("groups/", "group ", 1).replacen("collections/", "collection ", 1), r)
            };
            steps.push((what, r));
        }
        // An update never rewrites the bucket (a lead's PUT would drop the writers Kinto added when the
        // project was made, its creator among them): a GET probes it, and it is created only if missing.
        let mut create_bucket = None;
        if update && !steps.is_empty() {
            let create = steps.remove(0);
            let probe = Request::new(Method::Get, format!("{root}/buckets/{bucket}"))
                .header("Authorization", admin.authorization());
            steps.insert(0, (create.0.clone(), probe));
            create_bucket = Some(create);
        }
        let result = (!id_ok).then(|| Err(SetupError::BadName(bucket.to_owned())));
        ProjectSetup {
            checks,
            steps,
            missing: Vec::new(),
            made: Vec::new(),
            admin: admin.user.clone(),
            bucket: bucket.to_owned(),
            probe_next: create_bucket.is_some(),
            create_bucket,
            inflight: None,
            result,
        }
    }

    /// The next request, or `None` when the set-up is over (see [`ProjectSetup::result`]).
    pub fn next_request(&mut self) -> Option<Request> {
        if self.result.is_some() || self.inflight.is_some() {
            return None;
        }
        if !self.checks.is_empty() {
            let (who, r) = self.checks.remove(0);
            self.inflight = Some((Step::Check, who));
            return Some(r);
        }
        if !self.missing.is_empty() {
            self.result = Some(Err(SetupError::NoSuchAccount { names: std::mem::take(&mut self.missing) }));
            return None;
        }
        if self.steps.is_empty() {
            self.result = Some(Ok(()));
            return None;
        }
        let (what, r) = self.steps.remove(0);
        let kind = if std::mem::take(&mut self.probe_next) { Step::Probe } else { Step::Make };
        self.inflight = Some((kind, what));
        Some(r)
    }

    /// Hands the answer to the last request to the set-up.
    pub fn on_response(&mut self, outcome: Result<super::http::Response, super::http::HttpError>) {
        let Some((kind, what)) = self.inflight.take() else { return };
        let step = match kind {
            Step::Check => format!("checking the account \"{what}\""),
            Step::Probe => format!("looking for {what}"),
            Step::Make => format!("creating {what}"),
        };
        let resp = match outcome {
            Ok(r) => r,
            Err(e) => {
                self.result =
                    Some(Err(SetupError::Unreachable { step, reason: e.to_string(), made: self.made.clone() }));
                return;
            }
        };
        let status = resp.status;
        let fail = match (kind, status) {
            (_, 401) => Some(SetupError::WrongPassword { user: self.admin.clone() }),
            (Step::Check, 200) => None,
            (Step::Check, 404) => {
                self.missing.push(what);
                None
            }
            // Only the server's administrator may read accounts: a lead updating their project's members
            // cannot check them, and the members are set as named.
            (Step::Check, 403) => None,
            // The project exists: kept as it is.
            (Step::Probe, 200) => {
                self.create_bucket = None;
                None
            }
            // Kinto answers 403 for a bucket that does not exist to those who may not read it: create it.
            (Step::Probe, 403 | 404) => {
                if let Some(c) = self.create_bucket.take() {
                    self.steps.insert(0, c);
                }
                None
            }
            (Step::Make, 200 | 201) => {
                self.made.push(what);
                None
            }
            (Step::Make, 412) if self.made.is_empty() => Some(SetupError::Exists { bucket: self.bucket.clone() }),
            (Step::Make, 403) if self.made.is_empty() => Some(SetupError::NotAllowed { user: self.admin.clone() }),
            _ => Some(SetupError::Refused {
                step,
                status,
                message: super::error::server_message(&resp),
                made: self.made.clone(),
            }),
        };
        if let Some(e) = fail {
            self.result = Some(Err(e));
        }
    }

    /// How the set-up ended (`None` while it runs).
    pub fn result(&self) -> Option<&Result<(), SetupError>> {
        self.result.as_ref()
    }

    /// What was made so far.
    pub fn made(&self) -> &[String] {
        &self.made
    }
}

/// Runs a whole set-up with a blocking client.
pub fn setup_blocking(setup: &mut ProjectSetup, http: &mut impl super::http::HttpClient) -> Result<(), SetupError> {
    while let Some(req) = setup.next_request() {
        let out = http.request(&req);
        setup.on_response(out);
    }
    setup.result().cloned().unwrap_or(Ok(()))
}
