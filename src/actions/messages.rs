//! Messages and the live region: the only writers of `Ui::messages` and `Ui::announcement`.

use crate::state::*;
use leptos::prelude::*;
// Timers through `platform` (leptos' in the browser, the native twin's in tests).
use crate::platform::timer::set_timeout;
use std::time::Duration;

impl AppState {
    /// Shows a message (see [`push_message`]); information leaves by itself after
    /// [`INFO_MESSAGE_MS`]. Each message is also announced by the live region.
    pub fn notify(&self, level: Level, text: impl Into<String>) {
        self.notify_with(level, text, None);
    }

    /// [`AppState::notify`] with a button.
    pub fn notify_with(&self, level: Level, text: impl Into<String>, action: Option<MsgAction>) {
        let id = self.ui.next_msg.get_value();
        self.ui.next_msg.set_value(id + 1);
        let text = text.into();
        let info = level == Level::Info;
        self.announce(text.clone());
        self.ui.messages.update(|m| push_message(m, Message { id, level, text, action }));
        if info {
            let this = *self;
            set_timeout(move || this.dismiss(id), Duration::from_millis(INFO_MESSAGE_MS));
        }
    }

    pub fn error(&self, text: impl Into<String>) {
        self.notify(Level::Error, text);
    }

    pub fn dismiss(&self, id: u64) {
        self.ui.messages.update(|m| m.retain(|x| x.id != id));
    }

    pub fn announce(&self, text: impl Into<String>) {
        self.ui.announcement.set(text.into());
    }
}
