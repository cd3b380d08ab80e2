//! The one key table of the product, and the pure rules behind keyboard and pointer gestures.
//!
//! Owns: which key does what ([`BINDINGS`]: keys, help text and the rule that turns a key press into
//! an [`Intent`]), the caret stepping rule ([`caret_step`]), the Tab order ([`tab_target`]), what a
//! pointer release in the text means ([`pointer_release`]), what a label key or palette click does
//! ([`label_intent`]) and the key hint a button shows for its action ([`hint`]).
//!
//! Invariants:
//! - One table: the app dispatches keys only through [`dispatch`], the `?` dialog lists [`BINDINGS`],
//!   button titles read [`hint`] (derived from the table's `keys` and checked against its rules) and
//!   the README's keyboard map is tested against it row by row.
//! - Nothing here touches the DOM: the app describes the key ([`KeyPress`]) and its surroundings
//!   ([`KeyContext`]) as plain data and applies the returned [`Intent`].
//! - Every range returned is a code point range on grapheme and word edges (through [`crate::snap`]).

use crate::review::Answer;
use crate::snap::{next_word_with, prev_word_boundary_with, prev_word_with, snap_to_words_with, word_at_with};
use crate::words::WordBreaks;
use crate::{Id, Span, SpanState, Text};
use std::ops::Range;

/// A key press as the browser reports it (`KeyboardEvent.key` and `.code`), platform-neutral:
/// `ctrl` is Ctrl or ⌘.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyPress {
    pub key: String,
    pub code: String,
    pub ctrl: bool,
    pub shift: bool,
    pub alt: bool,
}

impl KeyPress {
    /// A plain key, no modifiers (tests and the README check).
    pub fn plain(key: &str) -> Self {
        KeyPress { key: key.to_owned(), ..Default::default() }
    }
    pub fn with_shift(mut self) -> Self {
        self.shift = true;
        self
    }
    pub fn with_ctrl(mut self) -> Self {
        self.ctrl = true;
        self
    }
    pub fn with_alt(mut self) -> Self {
        self.alt = true;
        self
    }

    /// With `code` (the key's place, `KeyboardEvent.code`), as a browser reports a press on another
    /// keyboard layout.
    pub fn with_code(mut self, code: &str) -> Self {
        self.code = code.to_owned();
        self
    }

    /// The press as the key table reads it, on any keyboard layout. The table names keys by the
    /// character they type (`key`), which is right for every Latin layout (on AZERTY, `z` is where
    /// the Z is printed). On a layout that types another script (Arabic, Hebrew, Russian, Greek…),
    /// a letter key types no Latin letter and punctuation keys type letters: there the key is read by
    /// its place (`code`), as on a US keyboard, so `Ctrl + Z`, label hotkeys, `[`, `]` and `/` work
    /// on the keys they sit on in the US layout. Keys that type a Latin letter, a digit or ASCII
    /// punctuation, and named keys (`Enter`, `ArrowLeft`…), are kept as they are.
    pub fn by_layout(&self) -> KeyPress {
        let mut chars = self.key.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else { return self.clone() };
        let latin = matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF);
        let other_script = (c.is_alphabetic() && !latin) || matches!(c, '،' | '؛' | '؟' | 'ـ');
        if c.is_ascii() || !other_script {
            return self.clone();
        }
        match us_key(&self.code, self.shift) {
            Some(us) => KeyPress { key: us.to_string(), ..self.clone() },
            None => self.clone(),
        }
    }
}

/// The character the key at `code` types on a US keyboard (with Shift for `shift`), for letter,
/// digit and punctuation keys.
fn us_key(code: &str, shift: bool) -> Option<char> {
    if let Some(l) = code.strip_prefix("Key").filter(|l| l.len() == 1) {
        let c = l.chars().next()?;
        return Some(if shift { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() });
    }
    if let Some(d) = code.strip_prefix("Digit").filter(|d| d.len() == 1) {
        let c = d.chars().next()?;
        if !shift {
            return Some(c);
        }
        let shifted = ")!@#$%^&*(";
        return shifted.chars().nth(c.to_digit(10)? as usize);
    }
    let (plain, shifted) = match code {
        "BracketLeft" => ('[', '{'),
        "BracketRight" => (']', '}'),
        "Slash" => ('/', '?'),
        "Backslash" => ('\\', '|'),
        "Semicolon" => (';', ':'),
        "Quote" => ('\'', '"'),
        "Comma" => (',', '<'),
        "Period" => ('.', '>'),
        "Minus" => ('-', '_'),
        "Equal" => ('=', '+'),
        "Backquote" => ('`', '~'),
        _ => return None,
    };
    Some(if shift { shifted } else { plain })
}

/// The place (`KeyboardEvent.code`) of the key that types `c` unshifted on a US keyboard.
fn us_code(c: char) -> Option<String> {
    let c = c.to_ascii_lowercase();
    if c.is_ascii_lowercase() {
        return Some(format!("Key{}", c.to_ascii_uppercase()));
    }
    if c.is_ascii_digit() {
        return Some(format!("Digit{c}"));
    }
    [
        "BracketLeft",
        "BracketRight",
        "Slash",
        "Backslash",
        "Semicolon",
        "Quote",
        "Comma",
        "Period",
        "Minus",
        "Equal",
        "Backquote",
    ]
    .into_iter()
    .find(|code| us_key(code, false) == Some(c))
    .map(str::to_owned)
}

/// The active keyboard layout as the browser reports it (`navigator.keyboard.getLayoutMap()`): what
/// each key types, by its place. Empty when the browser does not tell.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    typed: std::collections::BTreeMap<String, char>,
}

impl Layout {
    /// From the browser's (place, character) pairs; entries that are not one character are left out.
    pub fn new<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let typed = pairs
            .into_iter()
            .filter_map(|(code, key)| {
                let mut cs = key.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => Some((code.to_owned(), c)),
                    _ => None,
                }
            })
            .collect();
        Layout { typed }
    }

    /// The key cap to show beside the table's key `key` (as a US keyboard types it): the character
    /// printed on that key on this layout, where [`KeyPress::by_layout`] reads the key by its place
    /// (the layout types another script there: `p` is `ح` on an Arabic keyboard). `None` where the key
    /// is found by its own character (every Latin layout) or the layout is unknown.
    pub fn cap(&self, key: char) -> Option<char> {
        let code = us_code(key)?;
        let typed = *self.typed.get(&code)?;
        let press = KeyPress { key: typed.to_string(), code, ..Default::default() };
        let read = press.by_layout();
        (typed.to_lowercase().ne(key.to_lowercase()) && read.key.chars().eq(key.to_lowercase())).then_some(typed)
    }

    /// `keys` as the key table writes them ("Ctrl + Z", "] / ["), each single-character key followed
    /// by its cap on this layout where it has one ("Ctrl + Z (ئ)"). A `/` between two keys means "or".
    pub fn with_caps(&self, keys: &str) -> String {
        let alone = !keys.trim().contains(' ');
        keys.split(' ')
            .map(|tok| {
                if tok == "/" && !alone {
                    return tok.to_owned();
                }
                let mut cs = tok.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => match self.cap(c) {
                        Some(cap) => format!("{tok} ({cap})"),
                        None => tok.to_owned(),
                    },
                    _ => tok.to_owned(),
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// What surrounds a key press, as plain data read by the app before dispatch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyContext {
    /// The keyboard focus is in a text input: no hotkey fires (Escape still does).
    pub typing: bool,
    /// The keyboard focus is on a button or other control: Tab, Enter and Space keep their meaning.
    pub on_control: bool,
    /// The Annotate screen is shown.
    pub annotating: bool,
    /// A dialog (the keyboard map) is open.
    pub dialog_open: bool,
    /// Link mode (drawing a relation) is on.
    pub linking: bool,
    /// The focused span, if any, with its state.
    pub focused: Option<(Id, SpanState)>,
    /// A range is waiting for a label.
    pub has_pending: bool,
    /// The browser holds a non-empty text selection made without a gesture the app saw.
    pub has_selection: bool,
    /// The label whose hotkey is this key's character, if any.
    pub hotkey_label: Option<String>,
    /// Review mode is on (suggestions asked one at a time, [`crate::review`]).
    pub reviewing: bool,
    /// The text at the caret (the pending range or the focused span) reads right to left: the
    /// horizontal arrows step backward for → and forward for ← ([`crate::bidi::arrow_forward`]).
    pub rtl: bool,
}

/// What a key or gesture asks the app to do. The app applies it; it decides nothing itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    /// Close dialogs, clear the selection and focus, cancel link mode.
    Escape,
    Undo,
    Redo,
    ShowHelp,
    FocusSearch,
    /// Start link mode from the focused span (or re-pick the source while linking).
    StartLink,
    /// In link mode: link the source to the focused span.
    LinkToFocused,
    /// Move the keyboard caret a word (see [`caret_step`]).
    Caret {
        forward: bool,
        extend: bool,
    },
    /// Move one edge of the focused span by a word.
    Nudge {
        start: bool,
        forward: bool,
    },
    /// Focus the next / previous span (see [`tab_target`]).
    Tab {
        backwards: bool,
    },
    AcceptFocused,
    /// Reject the focused suggestion, or delete the focused (accepted) span.
    RejectOrDelete,
    /// Label the pending range (taking the browser selection first if there is no pending range),
    /// or relabel the focused span (see [`label_intent`]).
    Label(String),
    /// Corpus work: accept the suggestions shown, mark the document done and open the next one
    /// still to do.
    DoneNext,
    /// Corpus work: open the next document still to do without marking this one.
    SkipNext,
    /// Open the next / previous document in corpus order.
    OtherDoc {
        forward: bool,
    },
    /// Turn review mode on or off.
    ToggleReview,
    /// Review mode: answer the question asked (with no question left, Accept goes on to the next
    /// document, Skip asks the skipped suggestions again).
    Review(Answer),
}

/// One row of the key table.
pub struct Binding {
    /// The row's stable name: the app's messages for it are `keymap-<id>` (what it does) and
    /// `keymap-<id>-keys` (its keys, in the reader's language).
    pub id: &'static str,
    /// The keys, as shown in the `?` dialog and the README.
    pub keys: &'static str,
    /// What they do.
    pub help: &'static str,
    /// The rule: the intent for this press in this context, or `None` when this row does not apply.
    pub rule: fn(&KeyPress, &KeyContext) -> Option<Intent>,
}

impl std::fmt::Debug for Binding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Binding").field("keys", &self.keys).field("help", &self.help).finish()
    }
}

/// A horizontal arrow as a logical step (true: forward, towards the end of the text), following the
/// reading direction at the caret.
fn arrow(k: &KeyPress, c: &KeyContext) -> Option<bool> {
    let right = match k.key.as_str() {
        "ArrowRight" => true,
        "ArrowLeft" => false,
        _ => return None,
    };
    let dir = if c.rtl { crate::bidi::Direction::Rtl } else { crate::bidi::Direction::Ltr };
    Some(crate::bidi::arrow_forward(right, dir))
}

/// Keys that act on the text: only on the Annotate screen, with no dialog open, not while typing.
fn in_text(c: &KeyContext) -> bool {
    c.annotating && !c.dialog_open && !c.typing
}

/// Keys of review mode: on the Annotate screen in review mode, no modifier but Shift.
fn in_review(k: &KeyPress, c: &KeyContext) -> bool {
    in_text(c) && c.reviewing && !k.ctrl && !k.alt
}

/// The key table, in the order rules are tried (the first that applies wins).
pub const BINDINGS: &[Binding] = &[
    Binding {
        id: "escape",
        keys: "Escape",
        help: "Clear the selection and focus, close dialogs, cancel linking",
        rule: |k, _| (k.key == "Escape").then_some(Intent::Escape),
    },
    Binding {
        id: "undo",
        keys: "Ctrl + Z",
        help: "Undo",
        rule: |k, c| (!c.typing && k.ctrl && !k.shift && k.key.eq_ignore_ascii_case("z")).then_some(Intent::Undo),
    },
    Binding {
        id: "redo",
        keys: "Ctrl + Shift + Z or Ctrl + Y",
        help: "Redo",
        rule: |k, c| {
            let z = k.shift && k.key.eq_ignore_ascii_case("z");
            (!c.typing && k.ctrl && (z || k.key.eq_ignore_ascii_case("y"))).then_some(Intent::Redo)
        },
    },
    Binding {
        id: "help",
        keys: "?",
        help: "Show this keyboard map",
        rule: |k, c| (!c.typing && !k.ctrl && k.key == "?").then_some(Intent::ShowHelp),
    },
    Binding {
        id: "done-next",
        keys: "Ctrl + Enter",
        help: "Done → next: accept the suggestions shown, mark the document done, open the next one to do",
        rule: |k, c| (in_text(c) && k.ctrl && !k.shift && !k.alt && k.key == "Enter").then_some(Intent::DoneNext),
    },
    Binding {
        id: "skip",
        keys: "Ctrl + Shift + Enter",
        help: "Skip: open the next document to do without marking this one",
        rule: |k, c| (in_text(c) && k.ctrl && k.shift && !k.alt && k.key == "Enter").then_some(Intent::SkipNext),
    },
    Binding {
        id: "next-previous",
        keys: "] / [",
        help: "Open the next / previous document in corpus order",
        rule: |k, c| {
            let forward = match k.key.as_str() {
                "]" => true,
                "[" => false,
                _ => return None,
            };
            (in_text(c) && !k.ctrl && !k.alt).then_some(Intent::OtherDoc { forward })
        },
    },
    Binding {
        id: "find",
        keys: "/",
        help: "Find in the document (Enter / Shift + Enter: next / previous hit)",
        rule: |k, c| (in_text(c) && !k.ctrl && !k.alt && k.key == "/").then_some(Intent::FocusSearch),
    },
    Binding {
        id: "review",
        keys: "Shift + V (or Alt + V)",
        help: "Review mode: the suggestions one at a time, most doubtful first; again (or Escape) leaves it",
        rule: |k, c| {
            let shift_v = k.key == "V" && k.shift && !k.alt;
            let alt_v = k.alt && k.code == "KeyV";
            (in_text(c) && !k.ctrl && (shift_v || alt_v)).then_some(Intent::ToggleReview)
        },
    },
    Binding {
        id: "review-accept",
        keys: "Enter or Space (review)",
        help: "Review: accept (with none left: Done → next)",
        rule: |k, c| {
            let key = k.key == "Enter" || k.key == " ";
            (in_review(k, c) && !c.on_control && !k.shift && key).then_some(Intent::Review(Answer::Accept))
        },
    },
    Binding {
        id: "review-reject",
        keys: "Backspace or Delete (review)",
        help: "Review: reject",
        rule: |k, c| {
            let key = k.key == "Backspace" || k.key == "Delete";
            (in_review(k, c) && key).then_some(Intent::Review(Answer::Reject))
        },
    },
    Binding {
        id: "review-skip",
        keys: "Tab or ↓ (review)",
        help: "Review: skip (it stays pending; with none left, the skipped ones again)",
        rule: |k, c| {
            let key = (k.key == "Tab" || k.key == "ArrowDown") && !k.shift;
            (in_review(k, c) && !c.on_control && key).then_some(Intent::Review(Answer::Skip))
        },
    },
    Binding {
        id: "review-relabel",
        keys: "label hotkey (review)",
        help: "Review: accept under that label",
        rule: |k, c| {
            if !in_review(k, c) || k.key.chars().count() != 1 {
                return None;
            }
            c.hotkey_label.clone().map(|l| Intent::Review(Answer::Relabel(l)))
        },
    },
    Binding {
        id: "link",
        keys: "Shift + R (or Alt + R), then Tab, Enter",
        help: "Link the focused span to another span (relation); Escape cancels",
        rule: |k, c| {
            let shift_r = k.key == "R" && k.shift && !k.alt;
            let alt_r = k.alt && k.code == "KeyR";
            (in_text(c) && !k.ctrl && (shift_r || alt_r)).then_some(Intent::StartLink)
        },
    },
    Binding {
        id: "end-word",
        keys: "Alt + → / ←",
        help: "Move the focused span's end a word later / earlier (in right-to-left text: earlier / later)",
        rule: |k, c| {
            let fwd = arrow(k, c)?;
            (in_text(c) && k.alt && !k.shift && !k.ctrl && c.focused.is_some())
                .then_some(Intent::Nudge { start: false, forward: fwd })
        },
    },
    Binding {
        id: "start-word",
        keys: "Alt + Shift + → / ←",
        help: "Move the focused span's start a word later / earlier (in right-to-left text: earlier / later)",
        rule: |k, c| {
            let fwd = arrow(k, c)?;
            (in_text(c) && k.alt && k.shift && !k.ctrl && c.focused.is_some())
                .then_some(Intent::Nudge { start: true, forward: fwd })
        },
    },
    Binding {
        id: "caret-word",
        keys: "→ / ←",
        help: "Select the next / previous word (keyboard caret; in right-to-left text ← is next)",
        rule: |k, c| {
            let fwd = arrow(k, c)?;
            (in_text(c) && !k.alt && !k.shift && !k.ctrl).then_some(Intent::Caret { forward: fwd, extend: false })
        },
    },
    Binding {
        id: "extend-word",
        keys: "Shift + → / ←",
        help: "Extend / shrink the selection by a word",
        rule: |k, c| {
            let fwd = arrow(k, c)?;
            (in_text(c) && !k.alt && k.shift && !k.ctrl).then_some(Intent::Caret { forward: fwd, extend: true })
        },
    },
    Binding {
        id: "focus-span",
        keys: "Tab / Shift + Tab",
        help: "Focus the next / previous span (past the last one, Tab leaves the text)",
        rule: |k, c| {
            (in_text(c) && !c.on_control && !k.ctrl && !k.alt && k.key == "Tab")
                .then_some(Intent::Tab { backwards: k.shift })
        },
    },
    Binding {
        id: "link-enter",
        keys: "Enter",
        help: "In link mode: link to the focused span",
        rule: |k, c| {
            (in_text(c) && !c.on_control && c.linking && !k.ctrl && k.key == "Enter").then_some(Intent::LinkToFocused)
        },
    },
    Binding {
        id: "accept",
        keys: "Enter or Space",
        help: "Accept the focused suggestion",
        rule: |k, c| {
            let key = k.key == "Enter" || k.key == " ";
            (in_text(c) && !c.on_control && !k.ctrl && key && c.focused.is_some()).then_some(Intent::AcceptFocused)
        },
    },
    Binding {
        id: "reject",
        keys: "Backspace or Delete",
        help: "Reject the focused suggestion, or delete the focused span",
        rule: |k, c| {
            let key = k.key == "Backspace" || k.key == "Delete";
            (in_text(c) && !k.ctrl && key && c.focused.is_some()).then_some(Intent::RejectOrDelete)
        },
    },
    Binding {
        id: "label",
        keys: "label hotkey (p, o, g, …)",
        help: "Label the selection, or relabel the focused span",
        rule: |k, c| {
            if !in_text(c) || k.ctrl || k.alt || k.key.chars().count() != 1 {
                return None;
            }
            let label = c.hotkey_label.clone()?;
            (c.has_pending || c.has_selection || c.focused.is_some()).then_some(Intent::Label(label))
        },
    },
];

/// The keyboard map as a Markdown table (`| keys | action |`), as the README shows it.
pub fn markdown_table() -> String {
    let mut out = String::from("| keys | action |\n| --- | --- |\n");
    for b in BINDINGS {
        out.push_str(&format!("| {} | {} |\n", b.keys.replace('|', "\\|"), b.help.replace('|', "\\|")));
    }
    out
}

/// The intent of a key press in its context: the first row of [`BINDINGS`] whose rule applies, the
/// press read on any keyboard layout ([`KeyPress::by_layout`]; the context's `hotkey_label` must
/// come from the same reading).
pub fn dispatch(key: &KeyPress, ctx: &KeyContext) -> Option<Intent> {
    let key = key.by_layout();
    BINDINGS.iter().find_map(|b| (b.rule)(&key, ctx))
}

/// An action a button offers too, so its title can name the key ([`hint`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Escape,
    Undo,
    Redo,
    ShowHelp,
    FocusSearch,
    StartLink,
    LinkToFocused,
    AcceptFocused,
    RejectOrDelete,
    DoneNext,
    SkipNext,
    NextDoc,
    PrevDoc,
    ToggleReview,
    ReviewAccept,
    ReviewReject,
    ReviewSkip,
}

impl Action {
    pub const ALL: [Action; 17] = [
        Action::Escape,
        Action::Undo,
        Action::Redo,
        Action::ShowHelp,
        Action::FocusSearch,
        Action::StartLink,
        Action::LinkToFocused,
        Action::AcceptFocused,
        Action::RejectOrDelete,
        Action::DoneNext,
        Action::SkipNext,
        Action::NextDoc,
        Action::PrevDoc,
        Action::ToggleReview,
        Action::ReviewAccept,
        Action::ReviewReject,
        Action::ReviewSkip,
    ];

    /// The intent the action's key gives.
    pub fn intent(self) -> Intent {
        match self {
            Action::Escape => Intent::Escape,
            Action::Undo => Intent::Undo,
            Action::Redo => Intent::Redo,
            Action::ShowHelp => Intent::ShowHelp,
            Action::FocusSearch => Intent::FocusSearch,
            Action::StartLink => Intent::StartLink,
            Action::LinkToFocused => Intent::LinkToFocused,
            Action::AcceptFocused => Intent::AcceptFocused,
            Action::RejectOrDelete => Intent::RejectOrDelete,
            Action::DoneNext => Intent::DoneNext,
            Action::SkipNext => Intent::SkipNext,
            Action::NextDoc => Intent::OtherDoc { forward: true },
            Action::PrevDoc => Intent::OtherDoc { forward: false },
            Action::ToggleReview => Intent::ToggleReview,
            Action::ReviewAccept => Intent::Review(Answer::Accept),
            Action::ReviewReject => Intent::Review(Answer::Reject),
            Action::ReviewSkip => Intent::Review(Answer::Skip),
        }
    }
}

/// A button's title (and accessible name) with its key from the key table: `Undo (Ctrl+Z)`.
pub fn titled(what: &str, action: Action) -> String {
    format!("{what} ({})", hint(action))
}

/// The key of `action` as a button title shows it, e.g. `Ctrl+Z`, `Ctrl+Shift+Enter`, `]`: the first
/// key of its row in [`BINDINGS`] whose rule gives the action's intent (so the hint can never name a
/// key that does something else).
pub fn hint(action: Action) -> String {
    let want = action.intent();
    let ctx = KeyContext {
        annotating: true,
        linking: true,
        focused: Some((0, SpanState::Suggested)),
        has_pending: true,
        reviewing: matches!(want, Intent::Review(_)),
        ..KeyContext::default()
    };
    BINDINGS
        .iter()
        .flat_map(|b| key_hints(b.keys).into_iter().map(move |h| (b, h)))
        .find(|(b, h)| hint_press(h).is_some_and(|k| (b.rule)(&k, &ctx).as_ref() == Some(&want)))
        .map(|(_, h)| h)
        .unwrap_or_default()
}

/// The keys a row's `keys` text names, compact (`Ctrl + Z or Ctrl + Y` → `Ctrl+Z`, `Ctrl+Y`;
/// `Alt + → / ←` → `Alt+→`, `Alt+←`): alternatives in order, modifiers shared across a `/`.
fn key_hints(keys: &str) -> Vec<String> {
    let main = keys.split(" (").next().unwrap_or(keys).split(", then").next().unwrap_or(keys);
    let mut out = Vec::new();
    for alt in main.split(" or ") {
        let mut sides = alt.split(" / ");
        let Some(first) = sides.next() else { continue };
        let mods = first.rfind(" + ").map_or("", |i| &first[..i + 3]);
        out.push(first.replace(" + ", "+"));
        for side in sides {
            let full = if side.contains(" + ") { side.to_owned() } else { format!("{mods}{side}") };
            out.push(full.replace(" + ", "+"));
        }
    }
    out
}

/// The press a compact hint stands for (`Ctrl+Shift+Z`), or `None` when it names no single key.
fn hint_press(hint: &str) -> Option<KeyPress> {
    let mut parts: Vec<&str> = hint.split('+').collect();
    let key = parts.pop()?;
    let mut k = KeyPress::default();
    for m in parts {
        match m {
            "Ctrl" => k.ctrl = true,
            "Shift" => k.shift = true,
            "Alt" => k.alt = true,
            _ => return None,
        }
    }
    k.key = match key {
        "→" => "ArrowRight".to_owned(),
        "↓" => "ArrowDown".to_owned(),
        "←" => "ArrowLeft".to_owned(),
        "Space" => " ".to_owned(),
        "Escape" | "Enter" | "Tab" | "Backspace" | "Delete" => key.to_owned(),
        _ if key.chars().count() == 1 => key.to_owned(),
        _ => return None,
    };
    if let Some(c) = k.key.chars().next().filter(|c| k.key.len() == 1 && c.is_ascii_alphabetic()) {
        k.code = format!("Key{}", c.to_ascii_uppercase());
    }
    Some(k)
}

/// Where the keyboard caret goes. `pending` is the current selection, `focused` the focused span's
/// range (used when nothing is selected). Without `extend`: the next (previous) word. With `extend`
/// forward: the selection grows to the end of the next word; backward: it shrinks by its last word,
/// never below one word. From nothing: the first word of the text. `None`: no word to go to.
pub fn caret_step(
    text: &Text,
    words: &WordBreaks,
    pending: Option<Range<usize>>,
    focused: Option<Range<usize>>,
    forward: bool,
    extend: bool,
) -> Option<Range<usize>> {
    let after = |end: usize| next_word_with(text, words, end);
    let before = |start: usize| prev_word_with(text, words, start);
    match (pending, extend) {
        (None, _) => match focused {
            Some(s) if forward => after(s.end),
            Some(s) => before(s.start),
            None => after(0),
        },
        (Some(s), false) => if forward { after(s.end) } else { before(s.start) }.or(Some(s)),
        (Some(s), true) if forward => after(s.end).map(|w| s.start..w.end.max(s.end)).or(Some(s)),
        (Some(s), true) => {
            // Shrink from the end by its last word, never below one word.
            let last = prev_word_boundary_with(text, words, s.end);
            if last > s.start {
                before(last).map(|w| s.start..w.end.max(s.start + 1)).or(Some(s))
            } else {
                Some(s)
            }
        }
    }
}

/// Where Tab goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TabMove {
    /// Focus this span.
    Focus(Id),
    /// Leave the text (past the last span, or before the first): the browser moves focus on.
    Leave,
    /// No span to go to: the key is not ours.
    Nothing,
}

/// The Tab order over `order` (the shown spans in reading order). From the focused span: the next
/// (previous) one, or [`TabMove::Leave`] past either end. From nothing: the first span at or after
/// the selection's start `here` (backwards: the last one before it), else the first (last) span.
pub fn tab_target(order: &[(Id, Span)], focused: Option<Id>, here: Option<usize>, backwards: bool) -> TabMove {
    if order.is_empty() {
        return TabMove::Nothing;
    }
    let pos = focused.and_then(|f| order.iter().position(|(id, _)| *id == f));
    let next = match (pos, backwards) {
        (Some(i), false) if i + 1 == order.len() => return TabMove::Leave,
        (Some(0), true) => return TabMove::Leave,
        (Some(i), false) => i + 1,
        (Some(i), true) => i - 1,
        (None, false) => here.and_then(|h| order.iter().position(|(_, s)| s.start >= h)).unwrap_or(0),
        (None, true) => here.and_then(|h| order.iter().rposition(|(_, s)| s.start < h)).unwrap_or(order.len() - 1),
    };
    TabMove::Focus(order[next].0)
}

/// The shown spans of a document in reading order (start, then longer first, then id): the Tab order.
pub fn reading_order(doc: &crate::Document) -> Vec<(Id, Span)> {
    let mut v: Vec<(Id, Span)> =
        doc.annotations.values().filter(|a| a.state != SpanState::Rejected).map(|a| (a.id, a.span)).collect();
    crate::sort::sort_by_key(&mut v, |(id, s)| (s.start, std::cmp::Reverse(s.end), *id));
    v
}

/// What a finished pointer gesture in the text means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Release {
    /// Label this word or range with the armed label.
    LabelWith { range: Range<usize>, label: String },
    /// Focus this span (the innermost shown one under a click), or clear the focus.
    Focus(Option<Id>),
    /// This range waits for a label (the picker opens).
    Pending(Range<usize>),
    /// Nothing to do (only whitespace or punctuation was selected).
    Nothing,
}

/// The meaning of a pointer release with the browser selection `a..b` (equal for a click).
/// `under` lists the shown spans under a click, outermost first; `armed` is the label armed in
/// the palette, if any.
pub fn pointer_release(
    text: &Text,
    words: &WordBreaks,
    a: usize,
    b: usize,
    under: &[Id],
    armed: Option<&str>,
) -> Result<Release, crate::OffsetError> {
    if a == b {
        if let (Some(label), Some(w)) = (armed, word_at_with(text, words, a)) {
            return Ok(Release::LabelWith { range: w, label: label.to_owned() });
        }
        return Ok(Release::Focus(under.last().copied()));
    }
    Ok(match snap_to_words_with(text, words, a.min(b)..a.max(b))? {
        Some(r) => match armed {
            Some(label) => Release::LabelWith { range: r, label: label.to_owned() },
            None => Release::Pending(r),
        },
        None => Release::Nothing,
    })
}

/// What a label key or a click on a label does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LabelUse {
    /// Create a span over the pending range.
    Create(Span),
    /// Relabel the focused span.
    Relabel(Id),
    /// Arm the label (the next click on a word labels it).
    Arm,
    /// Disarm it (it was armed already).
    Disarm,
}

/// "Label the selection or relabel the focus": a pending range wins, then the focused span; with
/// neither, the label is armed (or disarmed if it already was).
pub fn label_intent(pending: Option<Span>, focused: Option<Id>, armed: Option<&str>, label: &str) -> LabelUse {
    match (pending, focused) {
        (Some(p), _) => LabelUse::Create(p),
        (None, Some(id)) => LabelUse::Relabel(id),
        (None, None) if armed == Some(label) => LabelUse::Disarm,
        (None, None) => LabelUse::Arm,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn annotating() -> KeyContext {
        KeyContext { annotating: true, ..Default::default() }
    }

    /// One press per row that must reach that row's rule (and no earlier row).
    fn example(keys: &str) -> (KeyPress, KeyContext) {
        let focus = KeyContext { focused: Some((1, SpanState::Suggested)), ..annotating() };
        match keys {
            "Escape" => (KeyPress::plain("Escape"), KeyContext::default()),
            "Ctrl + Z" => (KeyPress::plain("z").with_ctrl(), KeyContext::default()),
            "Ctrl + Shift + Z or Ctrl + Y" => (KeyPress::plain("y").with_ctrl(), KeyContext::default()),
            "?" => (KeyPress::plain("?"), KeyContext::default()),
            "/" => (KeyPress::plain("/"), annotating()),
            "Ctrl + Enter" => (KeyPress::plain("Enter").with_ctrl(), focus),
            "Ctrl + Shift + Enter" => (KeyPress::plain("Enter").with_ctrl().with_shift(), annotating()),
            "] / [" => (KeyPress::plain("["), annotating()),
            "Shift + R (or Alt + R), then Tab, Enter" => (KeyPress::plain("R").with_shift(), focus),
            "Alt + → / ←" => (KeyPress::plain("ArrowRight").with_alt(), focus),
            "Alt + Shift + → / ←" => (KeyPress::plain("ArrowLeft").with_alt().with_shift(), focus),
            "→ / ←" => (KeyPress::plain("ArrowLeft"), annotating()),
            "Shift + → / ←" => (KeyPress::plain("ArrowRight").with_shift(), annotating()),
            "Tab / Shift + Tab" => (KeyPress::plain("Tab"), annotating()),
            "Enter" => (KeyPress::plain("Enter"), KeyContext { linking: true, ..focus }),
            "Enter or Space" => (KeyPress::plain(" "), focus),
            "Backspace or Delete" => (KeyPress::plain("Backspace"), focus),
            "label hotkey (p, o, g, …)" => (
                KeyPress::plain("p"),
                KeyContext { hotkey_label: Some("PERSON".into()), has_pending: true, ..annotating() },
            ),
            "Shift + V (or Alt + V)" => (KeyPress::plain("V").with_shift(), annotating()),
            "Enter or Space (review)" => (KeyPress::plain("Enter"), KeyContext { reviewing: true, ..focus }),
            "Backspace or Delete (review)" => (KeyPress::plain("Delete"), KeyContext { reviewing: true, ..focus }),
            "Tab or ↓ (review)" => (KeyPress::plain("ArrowDown"), KeyContext { reviewing: true, ..annotating() }),
            "label hotkey (review)" => {
                (KeyPress::plain("o"), KeyContext { hotkey_label: Some("ORG".into()), reviewing: true, ..focus })
            }
            other => panic!("no example press for the key table row `{other}`: add one"),
        }
    }

    #[test]
    fn binding_ids_are_unique_message_names() {
        let mut seen = std::collections::HashSet::new();
        for b in BINDINGS {
            assert!(b.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", b.id);
            assert!(seen.insert(b.id), "{} twice", b.id);
        }
    }

    #[test]
    fn keys_work_on_arabic_hebrew_russian_and_azerty_layouts() {
        // What a browser reports for the key where the US layout has Z, P, [ and /.
        let ru_z = KeyPress::plain("я").with_code("KeyZ").with_ctrl();
        assert_eq!(dispatch(&ru_z, &KeyContext::default()), Some(Intent::Undo));
        let ar_p = KeyPress::plain("ح").with_code("KeyP");
        assert_eq!(ar_p.by_layout().key, "p");
        let ctx = KeyContext { hotkey_label: Some("PERSON".into()), has_pending: true, ..annotating() };
        assert_eq!(dispatch(&ar_p, &ctx), Some(Intent::Label("PERSON".into())));
        let he_bracket = KeyPress::plain("ץ").with_code("BracketRight");
        assert_eq!(he_bracket.by_layout().key, "]");
        assert_eq!(
            dispatch(&KeyPress::plain("ج").with_code("BracketLeft"), &annotating()),
            Some(Intent::OtherDoc { forward: false })
        );
        assert_eq!(dispatch(&KeyPress::plain("ظ").with_code("Slash"), &annotating()), Some(Intent::FocusSearch));
        // Shift + V on Russian (М) is still review mode; on Arabic, Shift + / types ؟ and is the help key.
        assert_eq!(
            dispatch(&KeyPress::plain("М").with_code("KeyV").with_shift(), &annotating()),
            Some(Intent::ToggleReview)
        );
        assert_eq!(
            dispatch(&KeyPress::plain("؟").with_code("Slash").with_shift(), &annotating()),
            Some(Intent::ShowHelp)
        );
        // AZERTY types Latin letters: read by the letter, not by the place (its Z is on the US W key).
        let fr_z = KeyPress::plain("z").with_code("KeyW").with_ctrl();
        assert_eq!(fr_z.by_layout(), fr_z);
        assert_eq!(dispatch(&fr_z, &KeyContext::default()), Some(Intent::Undo));
        // Named keys, digits and an accented Latin letter are kept.
        for k in [
            KeyPress::plain("Enter").with_code("Enter"),
            KeyPress::plain("é").with_code("Digit2"),
            KeyPress::plain("3").with_code("Digit3"),
        ] {
            assert_eq!(k.by_layout(), k);
        }
    }

    #[test]
    fn arrows_step_in_reading_order_in_right_to_left_text() {
        let rtl = KeyContext { rtl: true, focused: Some((1, SpanState::Accepted)), ..annotating() };
        let ltr = KeyContext { rtl: false, ..rtl.clone() };
        let left = KeyPress::plain("ArrowLeft");
        assert_eq!(dispatch(&left, &rtl), Some(Intent::Caret { forward: true, extend: false }));
        assert_eq!(dispatch(&left, &ltr), Some(Intent::Caret { forward: false, extend: false }));
        assert_eq!(
            dispatch(&KeyPress::plain("ArrowRight").with_shift(), &rtl),
            Some(Intent::Caret { forward: false, extend: true })
        );
        // Alt + ← moves the end a word later in right-to-left text (towards the end of the text).
        assert_eq!(dispatch(&left.clone().with_alt(), &rtl), Some(Intent::Nudge { start: false, forward: true }));
        assert_eq!(
            dispatch(&KeyPress::plain("ArrowRight").with_alt().with_shift(), &rtl),
            Some(Intent::Nudge { start: true, forward: false })
        );
    }

    #[test]
    fn review_keys_answer_only_in_review_mode() {
        let review = KeyContext { reviewing: true, focused: Some((2, SpanState::Suggested)), ..annotating() };
        let focus = KeyContext { reviewing: false, ..review.clone() };
        let enter = KeyPress::plain("Enter");
        assert_eq!(dispatch(&enter, &review), Some(Intent::Review(Answer::Accept)));
        assert_eq!(dispatch(&enter, &focus), Some(Intent::AcceptFocused));
        // Ctrl + Enter stays Done → next; Tab skips in review and moves the focus otherwise.
        assert_eq!(dispatch(&enter.clone().with_ctrl(), &review), Some(Intent::DoneNext));
        assert_eq!(dispatch(&KeyPress::plain("Tab"), &review), Some(Intent::Review(Answer::Skip)));
        assert_eq!(dispatch(&KeyPress::plain("Tab"), &focus), Some(Intent::Tab { backwards: false }));
        // Shift + Tab is not a skip: it moves the focus back.
        assert_eq!(dispatch(&KeyPress::plain("Tab").with_shift(), &review), Some(Intent::Tab { backwards: true }));
        let o = KeyContext { hotkey_label: Some("ORG".into()), ..review.clone() };
        assert_eq!(dispatch(&KeyPress::plain("o"), &o), Some(Intent::Review(Answer::Relabel("ORG".into()))));
        // Not while typing, nor with a dialog open; Escape is still Escape.
        assert_eq!(dispatch(&enter, &KeyContext { typing: true, ..review.clone() }), None);
        assert_eq!(dispatch(&enter, &KeyContext { dialog_open: true, ..review.clone() }), None);
        assert_eq!(dispatch(&KeyPress::plain("Escape"), &review), Some(Intent::Escape));
        assert_eq!(dispatch(&KeyPress::plain("V").with_shift(), &review), Some(Intent::ToggleReview));
    }

    #[test]
    fn corpus_keys_fire_on_the_annotate_screen_only_and_not_while_typing() {
        let done = KeyPress::plain("Enter").with_ctrl();
        assert_eq!(dispatch(&done, &annotating()), Some(Intent::DoneNext));
        // Ctrl + Enter with a span focused is still Done → next, not "accept the focused one".
        let focus = KeyContext { focused: Some((3, SpanState::Suggested)), ..annotating() };
        assert_eq!(dispatch(&done, &focus), Some(Intent::DoneNext));
        assert_eq!(dispatch(&done, &KeyContext { typing: true, ..annotating() }), None);
        assert_eq!(dispatch(&done, &KeyContext::default()), None);
        assert_eq!(dispatch(&KeyPress::plain("]"), &annotating()), Some(Intent::OtherDoc { forward: true }));
        assert_eq!(dispatch(&KeyPress::plain("["), &annotating()), Some(Intent::OtherDoc { forward: false }));
        let skip = KeyPress::plain("Enter").with_ctrl().with_shift();
        assert_eq!(dispatch(&skip, &annotating()), Some(Intent::SkipNext));
    }

    #[test]
    fn every_row_is_reachable_by_its_keys() {
        for (i, b) in BINDINGS.iter().enumerate() {
            let (k, c) = example(b.keys);
            let first = BINDINGS.iter().position(|x| (x.rule)(&k, &c).is_some());
            assert_eq!(first, Some(i), "row `{}` is shadowed or does not fire for {k:?}", b.keys);
        }
    }

    #[test]
    fn readme_keyboard_map_is_the_key_table() {
        let readme = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md"));
        let section = readme.split("## Keyboard map").nth(1).expect("README has a “## Keyboard map” section");
        let rows: Vec<&str> = section
            .lines()
            .map(str::trim)
            .skip_while(|l| !l.starts_with('|'))
            .take_while(|l| l.starts_with('|'))
            .collect();
        let expected: Vec<String> = markdown_table().lines().map(str::to_owned).collect();
        assert_eq!(
            rows.len(),
            expected.len(),
            "README keyboard map has {} rows, the key table {}",
            rows.len(),
            expected.len()
        );
        for (got, want) in rows.iter().zip(&expected) {
            assert_eq!(
                *got,
                want.as_str(),
                "README keyboard-map row differs from the key table (regenerate it with `spandrel keymap`)"
            );
        }
    }

    #[test]
    fn button_titles_name_the_key_of_the_key_table() {
        assert_eq!(titled("Undo", Action::Undo), "Undo (Ctrl+Z)");
        assert_eq!(
            titled("Keyboard shortcuts", Action::ShowHelp),
            format!("Keyboard shortcuts ({})", hint(Action::ShowHelp))
        );
        for a in Action::ALL {
            let t = titled("X", a);
            let key = t.trim_start_matches("X (").trim_end_matches(')');
            assert!(hint_press(key).is_some(), "{a:?}: {t}");
        }
    }

    #[test]
    fn button_hints_come_from_the_key_table() {
        let want = [
            (Action::Escape, "Escape"),
            (Action::Undo, "Ctrl+Z"),
            (Action::Redo, "Ctrl+Shift+Z"),
            (Action::ShowHelp, "?"),
            (Action::FocusSearch, "/"),
            (Action::StartLink, "Shift+R"),
            (Action::LinkToFocused, "Enter"),
            (Action::AcceptFocused, "Enter"),
            (Action::RejectOrDelete, "Backspace"),
            (Action::DoneNext, "Ctrl+Enter"),
            (Action::SkipNext, "Ctrl+Shift+Enter"),
            (Action::NextDoc, "]"),
            (Action::PrevDoc, "["),
            (Action::ToggleReview, "Shift+V"),
            (Action::ReviewAccept, "Enter"),
            (Action::ReviewReject, "Backspace"),
            (Action::ReviewSkip, "Tab"),
        ];
        assert_eq!(want.len(), Action::ALL.len());
        for (a, h) in want {
            assert_eq!(hint(a), h, "{a:?}");
        }
        // Every action has a hint, and pressing it (where the action applies) does the action.
        for a in Action::ALL {
            let k = hint_press(&hint(a)).expect("a hint names one key");
            let c = KeyContext {
                focused: Some((1, SpanState::Suggested)),
                linking: a == Action::LinkToFocused,
                reviewing: matches!(a.intent(), Intent::Review(_)),
                ..annotating()
            };
            assert_eq!(dispatch(&k, &c), Some(a.intent()), "{a:?}");
        }
    }

    #[test]
    fn key_texts_split_into_hints() {
        assert_eq!(key_hints("Ctrl + Shift + Z or Ctrl + Y"), ["Ctrl+Shift+Z", "Ctrl+Y"]);
        assert_eq!(key_hints("Alt + Shift + → / ←"), ["Alt+Shift+→", "Alt+Shift+←"]);
        assert_eq!(key_hints("Tab / Shift + Tab"), ["Tab", "Shift+Tab"]);
        assert_eq!(key_hints("Shift + R (or Alt + R), then Tab, Enter"), ["Shift+R"]);
        assert_eq!(hint_press("label hotkey"), None);
    }

    #[test]
    fn escape_always_wins() {
        let c = KeyContext { typing: true, dialog_open: true, ..Default::default() };
        assert_eq!(dispatch(&KeyPress::plain("Escape"), &c), Some(Intent::Escape));
    }

    #[test]
    fn nothing_fires_while_typing() {
        let c = KeyContext { typing: true, ..annotating() };
        for k in [KeyPress::plain("ArrowRight"), KeyPress::plain("p"), KeyPress::plain("z").with_ctrl()] {
            assert_eq!(dispatch(&k, &c), None, "{k:?}");
        }
    }

    #[test]
    fn undo_redo_and_help_work_on_every_screen() {
        let c = KeyContext::default();
        assert_eq!(dispatch(&KeyPress::plain("z").with_ctrl(), &c), Some(Intent::Undo));
        assert_eq!(dispatch(&KeyPress::plain("Z").with_ctrl().with_shift(), &c), Some(Intent::Redo));
        assert_eq!(dispatch(&KeyPress::plain("y").with_ctrl(), &c), Some(Intent::Redo));
        assert_eq!(dispatch(&KeyPress::plain("?").with_shift(), &c), Some(Intent::ShowHelp));
        assert_eq!(dispatch(&KeyPress::plain("ArrowRight"), &c), None);
    }

    #[test]
    fn arrows_alt_and_shift() {
        let c = KeyContext { focused: Some((1, SpanState::Accepted)), ..annotating() };
        assert_eq!(
            dispatch(&KeyPress::plain("ArrowLeft").with_alt(), &c),
            Some(Intent::Nudge { start: false, forward: false })
        );
        assert_eq!(
            dispatch(&KeyPress::plain("ArrowRight").with_alt().with_shift(), &c),
            Some(Intent::Nudge { start: true, forward: true })
        );
        assert_eq!(
            dispatch(&KeyPress::plain("ArrowRight").with_shift(), &c),
            Some(Intent::Caret { forward: true, extend: true })
        );
        // Alt + arrow without a focused span is not ours.
        assert_eq!(dispatch(&KeyPress::plain("ArrowRight").with_alt(), &annotating()), None);
    }

    #[test]
    fn controls_keep_tab_enter_space() {
        let c = KeyContext { on_control: true, focused: Some((1, SpanState::Suggested)), ..annotating() };
        for k in ["Tab", "Enter", " "] {
            assert_eq!(dispatch(&KeyPress::plain(k), &c), None, "{k}");
        }
        assert_eq!(dispatch(&KeyPress::plain("Delete"), &c), Some(Intent::RejectOrDelete));
    }

    #[test]
    fn link_keys() {
        let c = KeyContext { focused: Some((1, SpanState::Accepted)), ..annotating() };
        assert_eq!(dispatch(&KeyPress::plain("R").with_shift(), &c), Some(Intent::StartLink));
        let alt_r = KeyPress { key: "®".into(), code: "KeyR".into(), alt: true, ..Default::default() };
        assert_eq!(dispatch(&alt_r, &c), Some(Intent::StartLink));
        let linking = KeyContext { linking: true, ..c.clone() };
        assert_eq!(dispatch(&KeyPress::plain("Enter"), &linking), Some(Intent::LinkToFocused));
        assert_eq!(dispatch(&KeyPress::plain("Enter"), &c), Some(Intent::AcceptFocused));
    }

    #[test]
    fn hotkeys_need_something_to_label() {
        let c = KeyContext { hotkey_label: Some("PERSON".into()), ..annotating() };
        assert_eq!(dispatch(&KeyPress::plain("p"), &c), None);
        for c in [
            KeyContext { has_pending: true, ..c.clone() },
            KeyContext { has_selection: true, ..c.clone() },
            KeyContext { focused: Some((3, SpanState::Suggested)), ..c.clone() },
        ] {
            assert_eq!(dispatch(&KeyPress::plain("p"), &c), Some(Intent::Label("PERSON".into())));
        }
        let dialog = KeyContext { dialog_open: true, has_pending: true, ..c };
        assert_eq!(dispatch(&KeyPress::plain("p"), &dialog), None);
    }

    #[test]
    fn caret_walks_words() {
        let t = Text::new("Hello big world.".into());
        assert_eq!(caret_step(&t, &WordBreaks::NONE, None, None, true, false), Some(0..5));
        assert_eq!(caret_step(&t, &WordBreaks::NONE, Some(0..5), None, true, false), Some(6..9));
        assert_eq!(caret_step(&t, &WordBreaks::NONE, Some(6..9), None, false, false), Some(0..5));
        assert_eq!(caret_step(&t, &WordBreaks::NONE, Some(0..5), None, true, true), Some(0..9));
        assert_eq!(caret_step(&t, &WordBreaks::NONE, Some(0..9), None, false, true), Some(0..5));
        assert_eq!(caret_step(&t, &WordBreaks::NONE, Some(0..5), None, false, true), Some(0..5));
        assert_eq!(caret_step(&t, &WordBreaks::NONE, None, Some(6..9), true, false), Some(10..15));
        // Past the last word the selection stays.
        assert_eq!(caret_step(&t, &WordBreaks::NONE, Some(10..15), None, true, false), Some(10..15));
    }

    #[test]
    fn caret_walks_dictionary_words_in_chinese() {
        // 伊朗|外长|阿拉格齐|表示|，|会谈 as a segmenter gives them.
        let t = Text::new("伊朗外长阿拉格齐表示，会谈".into());
        let w = WordBreaks::from_boundaries(&t, [0, 2, 4, 8, 10, 11, 13]).unwrap();
        assert_eq!(caret_step(&t, &w, None, None, true, false), Some(0..2));
        assert_eq!(caret_step(&t, &w, Some(0..2), None, true, false), Some(2..4));
        assert_eq!(caret_step(&t, &w, Some(2..4), None, true, false), Some(4..8));
        assert_eq!(caret_step(&t, &w, Some(4..8), None, false, false), Some(2..4));
        assert_eq!(caret_step(&t, &w, Some(4..8), None, true, true), Some(4..10));
        assert_eq!(caret_step(&t, &w, Some(4..10), None, false, true), Some(4..8));
        assert_eq!(pointer_release(&t, &w, 5, 7, &[], None), Ok(Release::Pending(4..8)));
    }

    #[test]
    fn tab_order() {
        let order = [(7, Span::new(0, 3)), (2, Span::new(5, 8)), (9, Span::new(10, 12))];
        assert_eq!(tab_target(&order, None, None, false), TabMove::Focus(7));
        assert_eq!(tab_target(&order, None, None, true), TabMove::Focus(9));
        assert_eq!(tab_target(&order, None, Some(4), false), TabMove::Focus(2));
        assert_eq!(tab_target(&order, None, Some(4), true), TabMove::Focus(7));
        assert_eq!(tab_target(&order, Some(2), None, false), TabMove::Focus(9));
        assert_eq!(tab_target(&order, Some(9), None, false), TabMove::Leave);
        assert_eq!(tab_target(&order, Some(7), None, true), TabMove::Leave);
        assert_eq!(tab_target(&[], None, None, false), TabMove::Nothing);
    }

    #[test]
    fn pointer_release_rules() {
        let t = Text::new("Ali met “Tehran” officials".into());
        assert_eq!(pointer_release(&t, &WordBreaks::NONE, 2, 2, &[4, 5], None), Ok(Release::Focus(Some(5))));
        assert_eq!(
            pointer_release(&t, &WordBreaks::NONE, 2, 2, &[], Some("PERSON")),
            Ok(Release::LabelWith { range: 0..3, label: "PERSON".into() })
        );
        assert_eq!(pointer_release(&t, &WordBreaks::NONE, 8, 16, &[], None), Ok(Release::Pending(9..15)));
        assert_eq!(pointer_release(&t, &WordBreaks::NONE, 3, 4, &[], None), Ok(Release::Nothing));
        assert!(pointer_release(&t, &WordBreaks::NONE, 0, 400, &[], None).is_err());
    }

    #[test]
    fn label_use_rules() {
        let p = Span::new(1, 2);
        assert_eq!(label_intent(Some(p), Some(4), None, "X"), LabelUse::Create(p));
        assert_eq!(label_intent(None, Some(4), None, "X"), LabelUse::Relabel(4));
        assert_eq!(label_intent(None, None, None, "X"), LabelUse::Arm);
        assert_eq!(label_intent(None, None, Some("X"), "X"), LabelUse::Disarm);
        assert_eq!(label_intent(None, None, Some("Y"), "X"), LabelUse::Arm);
    }

    #[test]
    fn layout_caps_name_the_key_where_it_is_read_by_place() {
        let arabic = Layout::new([
            ("KeyP", "ح"),
            ("KeyZ", "ئ"),
            ("BracketLeft", "ج"),
            ("Slash", "ظ"),
            ("Digit1", "1"),
            ("Enter", "Enter"),
        ]);
        assert_eq!(arabic.cap('p'), Some('ح'));
        assert_eq!(arabic.cap('Z'), Some('ئ'));
        assert_eq!(arabic.cap('['), Some('ج'));
        assert_eq!(arabic.cap('/'), Some('ظ'));
        assert_eq!(arabic.cap('1'), None, "a digit is found by its own character");
        assert_eq!(arabic.cap('g'), None, "a place the browser did not describe");
        assert_eq!(arabic.with_caps("Ctrl + Z"), "Ctrl + Z (ئ)");
        assert_eq!(arabic.with_caps("] / ["), "] / [ (ج)");
        assert_eq!(arabic.with_caps("/"), "/ (ظ)");
        // Each cap is the key the dispatcher reads as the table's key.
        for k in ['p', 'z', '['] {
            let cap = arabic.cap(k).unwrap();
            let press = KeyPress::plain(&cap.to_string()).with_code(&us_code(k).unwrap());
            assert_eq!(press.by_layout().key, k.to_string());
        }
        // AZERTY: letters are found by the letter printed on them: no cap, whatever the place.
        let azerty = Layout::new([
            ("KeyQ", "a"),
            ("KeyA", "q"),
            ("KeyW", "z"),
            ("KeyZ", "w"),
            ("KeyM", ","),
            ("Semicolon", "m"),
        ]);
        assert_eq!(azerty.with_caps("Ctrl + Z"), "Ctrl + Z");
        assert_eq!(azerty.cap('q'), None);
        let russian = Layout::new([("KeyZ", "я"), ("KeyV", "м")]);
        assert_eq!(russian.cap('z'), Some('я'));
        assert_eq!(Layout::default().cap('z'), None);
    }
}
