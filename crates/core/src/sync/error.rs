//! Typed sync errors, with messages meant for the user, and the mapping from server answers to them.
//!
//! Invariant: every message says what happened and that the local copy is kept (sync never deletes
//! local work because of an error).

use super::http::Response;
use super::state::StateError;

/// Why a sync round stopped (or, for [`SyncError::Forbidden`], why one change was refused).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyncError {
    #[error("the sync server did not accept the password for \"{user}\" (wrong user name or password); nothing was sent, your work is kept here")]
    WrongPassword { user: String },
    #[error("No permission: the sync server does not let you change {what}; your version is kept here")]
    Forbidden { what: String },
    /// A feed this role reads was refused: the role chosen in the settings is not the one the project
    /// gave this account (or the account is not a member).
    #[error("No permission: the sync server does not let you read {what}. Your sync settings say you are {role} of this project; choose the role the project's lead gave you (your work is kept here)")]
    NoReadAccess { what: String, role: String },
    /// Changes the server refused earlier wait here; they are not sent again until they change, the
    /// role changes, or the user asks to try them again.
    #[error("{first} ({count} refused change(s) kept here; sent again when changed, or on Sync now)")]
    StillRefused { count: usize, first: String },
    #[error(
        "the sync server cannot be reached ({reason}); {waiting} change(s) wait here and are sent when it answers"
    )]
    Unreachable { reason: String, waiting: usize },
    #[error("the sync server refused to store more (HTTP {status}: quota or size limit); your work is kept here")]
    Quota { status: u16 },
    #[error("the project \"{bucket}\" does not exist on the sync server, or you are not a member of it")]
    ProjectNotFound { bucket: String },
    #[error("the sync server is unavailable (HTTP {status}{}); your work is kept here and sent later", detail(.message))]
    ServerUnavailable { status: u16, message: String },
    #[error("{what} kept changing on the server while it was being merged; sync again")]
    Conflict { what: String },
    #[error("the sync server answered HTTP {status} to {what}{}", detail(.message))]
    Unexpected { what: String, status: u16, message: String },
    #[error("the sync server sent something that is not a valid {what}: {reason}")]
    BadRecord { what: String, reason: String },
    #[error("sync settings: {0}")]
    BadConfig(String),
    #[error(transparent)]
    Local(#[from] StateError),
}

/// ": message", or nothing for an empty message.
pub(crate) fn detail_of(message: &str) -> String {
    detail(message)
}

fn detail(message: &str) -> String {
    if message.is_empty() {
        String::new()
    } else {
        format!(": {message}")
    }
}

/// The `message` field of a Kinto error body, if any.
pub fn server_message(resp: &Response) -> String {
    serde_json::from_str::<serde_json::Value>(&resp.body)
        .ok()
        .and_then(|v| v.get("message").and_then(|m| m.as_str()).map(str::to_owned))
        .unwrap_or_default()
}

impl SyncError {
    /// The error an unsuccessful answer means. `what` names the thing the request was about (for 403 and
    /// unexpected statuses), `user` and `bucket` the account and project.
    pub fn from_response(resp: &Response, what: &str, user: &str, bucket: &str) -> SyncError {
        match resp.status {
            401 => SyncError::WrongPassword { user: user.to_owned() },
            403 => SyncError::Forbidden { what: what.to_owned() },
            404 => SyncError::ProjectNotFound { bucket: bucket.to_owned() },
            413 | 507 => SyncError::Quota { status: resp.status },
            500..=599 => SyncError::ServerUnavailable { status: resp.status, message: server_message(resp) },
            status => SyncError::Unexpected { what: what.to_owned(), status, message: server_message(resp) },
        }
    }
}

/// Longest wait between two automatic sync attempts (ms).
pub const MAX_RETRY_MS: u64 = 60_000;

/// How long to wait before the next automatic attempt after `failures` failed rounds in a row:
/// 2 s, doubling, at most [`MAX_RETRY_MS`].
pub fn retry_delay_ms(failures: u32) -> u64 {
    2_000u64.saturating_mul(1u64 << failures.saturating_sub(1).min(16)).min(MAX_RETRY_MS)
}

impl SyncError {
    /// Whether trying again later may succeed without the user changing anything (the server was
    /// down or busy); a wrong password, a missing project, bad settings or a refusal need the user.
    pub fn retries_by_itself(&self) -> bool {
        matches!(
            self,
            SyncError::Unreachable { .. }
                | SyncError::ServerUnavailable { .. }
                | SyncError::Conflict { .. }
                | SyncError::Unexpected { .. }
        )
    }

    /// Whether others' changes are still worth looking for after this error: a refused change or an
    /// unreadable feed leaves the rest of the project syncing (and membership may change on the server);
    /// a wrong password, a missing project or bad settings stop sync until the user acts.
    pub fn keeps_polling(&self) -> bool {
        self.retries_by_itself()
            || matches!(
                self,
                SyncError::Forbidden { .. } | SyncError::NoReadAccess { .. } | SyncError::StillRefused { .. }
            )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_and_only_for_passing_trouble() {
        let d: Vec<u64> = (1..=8).map(retry_delay_ms).collect();
        assert_eq!(d, vec![2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
        assert_eq!(retry_delay_ms(0), 2_000);
        assert_eq!(retry_delay_ms(u32::MAX), MAX_RETRY_MS);
        assert!(SyncError::Unreachable { reason: "x".into(), waiting: 1 }.retries_by_itself());
        assert!(SyncError::ServerUnavailable { status: 503, message: String::new() }.retries_by_itself());
        assert!(!SyncError::WrongPassword { user: "a".into() }.retries_by_itself());
        assert!(!SyncError::Forbidden { what: "x".into() }.retries_by_itself());
    }

    #[test]
    fn statuses_map_to_clear_messages() {
        let r = |s: u16| Response::new(s, r#"{"code":1,"message":"Resource was modified meanwhile"}"#);
        let e = SyncError::from_response(&r(401), "x", "alice", "p");
        assert!(e.to_string().contains("password for \"alice\""), "{e}");
        let e = SyncError::from_response(&r(403), "bob's annotations of \"d1\"", "alice", "p");
        assert!(
            e.to_string().starts_with("No permission: the sync server does not let you change bob's annotations"),
            "{e}"
        );
        assert_eq!(SyncError::from_response(&r(507), "x", "a", "p"), SyncError::Quota { status: 507 });
        assert!(SyncError::from_response(&r(503), "x", "a", "p").to_string().contains("unavailable (HTTP 503"));
        assert!(SyncError::from_response(&r(404), "x", "a", "proj").to_string().contains("\"proj\" does not exist"));
    }
}
