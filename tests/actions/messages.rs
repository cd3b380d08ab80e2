//! The message rules: information leaves after its time, at most five, errors stay, the same text once.

use crate::support::*;
use leptos::prelude::*;
use spandrel_app::state::{Level, INFO_MESSAGE_MS, MAX_MESSAGES};

#[test]
fn information_leaves_after_its_time_errors_stay() {
    let t = app();
    t.notify(Level::Info, "Saved a copy.");
    t.error("Something failed.");
    t.notify(Level::Warning, "Careful.");
    assert_eq!(t.ui.announcement.get_untracked(), "Careful.", "each message is announced");
    advance(INFO_MESSAGE_MS - 1);
    assert_eq!(messages(&t).len(), 3);
    advance(1);
    assert_eq!(messages(&t), [(Level::Error, "Something failed.".to_owned()), (Level::Warning, "Careful.".to_owned())]);
    advance(60_000);
    assert_eq!(messages(&t).len(), 2);
}

#[test]
fn at_most_five_the_oldest_information_leaving_first() {
    let t = app();
    t.error("E1");
    t.notify(Level::Info, "I1");
    t.error("E2");
    t.notify(Level::Info, "I2");
    t.error("E3");
    t.error("E4");
    let texts: Vec<String> = messages(&t).into_iter().map(|m| m.1).collect();
    assert_eq!(texts.len(), MAX_MESSAGES);
    assert_eq!(texts, ["E1", "E2", "I2", "E3", "E4"]);
    t.error("E5");
    t.error("E6");
    let texts: Vec<String> = messages(&t).into_iter().map(|m| m.1).collect();
    assert_eq!(texts, ["E2", "E3", "E4", "E5", "E6"], "then the oldest of any level");
}

#[test]
fn the_same_text_is_shown_once_and_the_copy_is_the_newest() {
    let t = app();
    t.notify(Level::Info, "Added 1 document(s).");
    advance(4_000);
    t.error("Other.");
    t.notify(Level::Info, "Added 1 document(s).");
    assert_eq!(messages(&t), [(Level::Error, "Other.".to_owned()), (Level::Info, "Added 1 document(s).".to_owned())]);
    // The first copy's timer does not take the new one away early.
    advance(2_500);
    assert_eq!(messages(&t).len(), 2);
    advance(INFO_MESSAGE_MS);
    assert_eq!(messages(&t).len(), 1);
}

#[test]
fn dismiss_removes_one_message() {
    let t = app();
    t.error("A");
    t.error("B");
    let id = t.ui.messages.get_untracked()[0].id;
    t.dismiss(id);
    assert_eq!(messages(&t), [(Level::Error, "B".to_owned())]);
}
