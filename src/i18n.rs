//! The interface's words: every user-facing string of the app is a Fluent message, read here by its id.
//!
//! Invariants:
//! - One language per run. It is chosen once, before the app mounts ([`crate::start`]); choosing another
//!   one saves the choice and reloads the page. So no view needs to re-read its words, and every text of
//!   a run comes from one language.
//! - English (`locales/en/*.ftl`) is compiled into the shell and sits under every other language: a
//!   message a translation lacks is shown in English, never as its id. Another language's files are
//!   fetched (only that language's) before mounting.
//! - Arguments are data: they are never transformed (the pseudo-locale accents only the message's own
//!   words) and numbers are written the language's way (`Intl.NumberFormat` in the browser).
//!
//! Fluent's own bidi isolation marks are off: user text shown in a message is isolated by the element
//! that shows it (`<bdi>` / `dir="auto"`), as everywhere else in the app.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use spandrel_core::locale::{self, PSEUDO};
use std::borrow::Cow;
use std::cell::RefCell;

/// The message files of every language, by name: `locales/<tag>/<name>.ftl`.
/// - `app`: the header, dialogs, messages' frame and the keyboard map;
/// - `panel`: the Annotate screen (text, side panel, review card, corpus row, search);
/// - `workspace`: the Documents screen, import, export and sharing;
/// - `team`: sync, team projects, curation and agreement;
/// - `actions`: what actions say (notifications and errors).
pub const FILES: &[&str] = &["app", "panel", "workspace", "team", "actions"];

/// English, the reference, in the order of [`FILES`].
const ENGLISH: &[&str] = &[
    include_str!("../locales/en/app.ftl"),
    include_str!("../locales/en/panel.ftl"),
    include_str!("../locales/en/workspace.ftl"),
    include_str!("../locales/en/team.ftl"),
    include_str!("../locales/en/actions.ftl"),
];

struct Active {
    tag: &'static str,
    /// The chosen language's bundle; `None` for English (which is `english`).
    bundle: Option<FluentBundle<FluentResource>>,
    english: FluentBundle<FluentResource>,
}

thread_local! {
    static ACTIVE: RefCell<Option<Active>> = const { RefCell::new(None) };
}

/// Why a language's files could not be used (the app then runs in English and says so).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocaleError {
    #[error("{file}: {message}")]
    Fetch { file: String, message: String },
    #[error("{file}: line {line}: {message}")]
    Syntax { file: String, line: usize, message: String },
}

fn parse(file: &str, src: &str) -> Result<FluentResource, LocaleError> {
    FluentResource::try_new(src.to_string()).map_err(|(_, errs)| {
        let first = &errs[0];
        let line = src[..first.pos.start.min(src.len())].matches('\n').count() + 1;
        LocaleError::Syntax { file: file.to_string(), line, message: format!("{:?}", first.kind) }
    })
}

fn bundle(tag: &str, sources: &[(String, String)]) -> Result<FluentBundle<FluentResource>, LocaleError> {
    let id = tag.parse().unwrap_or_default();
    let mut b = FluentBundle::new(vec![id]);
    b.set_use_isolating(false);
    b.set_formatter(Some(format_value));
    if tag == PSEUDO {
        b.set_transform(Some(pseudo));
    }
    for (file, src) in sources {
        // A message defined twice keeps its first text; the files are checked for that by a test.
        if let Err(errs) = b.add_resource(parse(file, src)?) {
            leptos::logging::warn!("{file}: {errs:?}");
        }
    }
    Ok(b)
}

fn english_sources() -> Vec<(String, String)> {
    FILES.iter().zip(ENGLISH).map(|(f, s)| (format!("en/{f}.ftl"), s.to_string())).collect()
}

/// Makes `tag` the language of this run, with its files' texts (`(file name, text)`; none for English
/// and the pseudo-locale, which are made from the English files).
pub fn install(tag: &str, sources: &[(String, String)]) -> Result<(), LocaleError> {
    let tag = locale::exact(tag).unwrap_or("en");
    let english = bundle("en", &english_sources())?;
    let chosen = match tag {
        "en" => None,
        PSEUDO => Some(bundle(PSEUDO, &english_sources())?),
        _ => Some(bundle(tag, sources)?),
    };
    ACTIVE.with(|a| *a.borrow_mut() = Some(Active { tag, bundle: chosen, english }));
    Ok(())
}

/// The language of this run (English until [`install`] is called).
pub fn active() -> &'static str {
    ACTIVE.with(|a| a.borrow().as_ref().map_or("en", |a| a.tag))
}

fn with_active<R>(f: impl FnOnce(&Active) -> R) -> R {
    ACTIVE.with(|a| {
        if a.borrow().is_none() {
            // Native tests and anything before `start`: English.
            if let Err(e) = install("en", &[]) {
                panic!("the English messages do not parse: {e}");
            }
        }
        f(a.borrow().as_ref().expect("installed above"))
    })
}

/// Formats message `id` (or `id.attribute`) with `args`, in the run's language, falling back to English.
pub fn format(id: &str, args: Option<&FluentArgs>) -> String {
    with_active(|a| {
        let pseudo = a.tag == PSEUDO;
        let text = a.bundle.as_ref().and_then(|b| format_in(b, id, args)).or_else(|| format_in(&a.english, id, args));
        match text {
            Some(t) if pseudo => format!("[{t}]"),
            Some(t) => t,
            None => {
                leptos::logging::error!("no message {id}");
                id.to_string()
            }
        }
    })
}

fn format_in(b: &FluentBundle<FluentResource>, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let (msg, attr) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let msg = b.get_message(msg)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut errors = Vec::new();
    let out = b.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        leptos::logging::warn!("{id}: {errors:?}");
    }
    Some(out.into_owned())
}

/// Message `id` without arguments.
pub fn t(id: &str) -> String {
    format(id, None)
}

/// Message `id` with named arguments: `tr!("docs-count", n = 3, title = doc.title.as_str())`.
#[macro_export]
macro_rules! tr {
    ($id:expr) => { $crate::i18n::t($id) };
    ($id:expr, $($k:ident = $v:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($k), $crate::i18n::arg($v)); )+
        $crate::i18n::format($id, Some(&args))
    }};
}

/// An argument for [`tr!`]: numbers stay numbers (for plural rules and the locale's digits), the rest
/// is text.
pub fn arg<'a>(v: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    v.into()
}

/// Numbers the language's way (grouping, decimal sign) in the browser; Fluent's plain digits natively.
fn format_value<M>(v: &FluentValue, _m: &M) -> Option<String> {
    match v {
        #[cfg(target_arch = "wasm32")]
        FluentValue::Number(n) => Some(crate::platform::locale::format_number(active(), n.value, &n.options)),
        _ => None,
    }
}

/// The pseudo-locale's transform: every Latin letter accented and vowels doubled (about a third longer),
/// so English that did not come from a message file and text cut off by its box both stand out.
fn pseudo(s: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        let mapped = match c {
            'a' => "àà",
            'e' => "éé",
            'i' => "îî",
            'o' => "öö",
            'u' => "ûû",
            'y' => "ýý",
            'A' => "ÀÀ",
            'E' => "ÉÉ",
            'I' => "ÎÎ",
            'O' => "ÖÖ",
            'U' => "ÛÛ",
            'Y' => "ÝÝ",
            'b' => "ƀ",
            'c' => "ç",
            'd' => "đ",
            'f' => "ƒ",
            'g' => "ğ",
            'h' => "ĥ",
            'j' => "ĵ",
            'k' => "ķ",
            'l' => "ļ",
            'm' => "ɱ",
            'n' => "ñ",
            'p' => "þ",
            'q' => "ǫ",
            'r' => "ŕ",
            's' => "š",
            't' => "ţ",
            'v' => "ṽ",
            'w' => "ŵ",
            'x' => "ẋ",
            'z' => "ž",
            'B' => "Ɓ",
            'C' => "Ç",
            'D' => "Đ",
            'F' => "Ƒ",
            'G' => "Ğ",
            'H' => "Ĥ",
            'J' => "Ĵ",
            'K' => "Ķ",
            'L' => "Ļ",
            'M' => "Ṁ",
            'N' => "Ñ",
            'P' => "Ƥ",
            'Q' => "Ǫ",
            'R' => "Ŕ",
            'S' => "Š",
            'T' => "Ţ",
            'V' => "Ṽ",
            'W' => "Ŵ",
            'X' => "Ẋ",
            'Z' => "Ž",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(mapped);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudo_accents_letters_and_keeps_the_rest() {
        assert_eq!(pseudo("Undo (Ctrl+Z) 3"), "Ûûñđöö (Çţŕļ+Ž) 3");
        assert!(!pseudo("Keyboard shortcuts").chars().any(|c| c.is_ascii_alphabetic()));
    }
}
