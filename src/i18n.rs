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
/// - `actions`: what actions say (notifications and errors);
/// - `errors`: core's errors, in the words of [`crate::errors`].
pub const FILES: &[&str] = &["app", "panel", "workspace", "team", "actions", "errors"];

/// English, the reference, in the order of [`FILES`].
const ENGLISH: &[&str] = &[
    include_str!("../locales/en/app.ftl"),
    include_str!("../locales/en/panel.ftl"),
    include_str!("../locales/en/workspace.ftl"),
    include_str!("../locales/en/team.ftl"),
    include_str!("../locales/en/actions.ftl"),
    include_str!("../locales/en/errors.ftl"),
];

struct Active {
    tag: &'static str,
    /// The chosen language's bundle; `None` for English (which is `english`).
    bundle: Option<FluentBundle<FluentResource>>,
    english: FluentBundle<FluentResource>,
}

thread_local! {
    static ACTIVE: RefCell<Option<Active>> = const { RefCell::new(None) };
    /// [`per_label`]'s messages, made once per (message, label) in this run's language.
    static PER_LABEL: RefCell<std::collections::HashMap<(&'static str, String), String>> = RefCell::new(Default::default());
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
    // Arguments are data (file names, labels, reasons) in any script: isolated (FSI … PDI) so that a Latin
    // name keeps its place in an Arabic sentence. English keeps its text bare, as it always read (copied
    // into reports and matched by scripts), and the pseudo-locale is English's.
    b.set_use_isolating(tag != "en" && tag != PSEUDO);
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
    PER_LABEL.with(|c| c.borrow_mut().clear());
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

/// A count or measure written the active language's way (its digits and grouping), as numbers inside
/// messages are: for the badges and counters that show a bare number.
pub fn number(n: impl Into<f64>) -> String {
    let n = fluent_bundle::types::FluentNumber::new(n.into(), Default::default());
    format_value(&FluentValue::Number(n.clone()), &()).unwrap_or_else(|| n.as_string().into_owned())
}

/// Message `id` with one argument, `label`, made once per label in this run: for the words the document
/// view repeats on every span (a 1 MB document has thousands of pieces and a dozen labels).
pub fn per_label(id: &'static str, label: &str) -> String {
    if let Some(hit) = PER_LABEL.with(|c| c.borrow().get(&(id, label.to_owned())).cloned()) {
        return hit;
    }
    let text = crate::tr!(id, label = label);
    PER_LABEL.with(|c| c.borrow_mut().insert((id, label.to_owned()), text.clone()));
    text
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
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::{Path, PathBuf};

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    /// A file's messages: id (and `id.attr`) → the variables it uses.
    fn messages(path: &Path) -> BTreeMap<String, BTreeSet<String>> {
        let src = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let res = fluent_syntax::parser::parse(src.as_str())
            .unwrap_or_else(|(_, errs)| panic!("{}: {:?}", path.display(), errs.first()));
        let mut out = BTreeMap::new();
        for e in &res.body {
            match e {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_vars(p, &mut vars);
                    }
                    assert!(
                        out.insert(m.id.name.to_string(), vars).is_none(),
                        "{}: {} twice",
                        path.display(),
                        m.id.name
                    );
                    for a in &m.attributes {
                        let mut vars = BTreeSet::new();
                        pattern_vars(&a.value, &mut vars);
                        out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
                    }
                }
                ast::Entry::Junk { content } => panic!("{}: cannot read {content:?}", path.display()),
                _ => {}
            }
        }
        out
    }

    fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expr_vars(expression, out);
            }
        }
    }

    fn expr_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, out);
                for v in variants {
                    pattern_vars(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline_vars(i, out),
        }
    }

    fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expr_vars(expression, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_vars(a, out);
                }
            }
            _ => {}
        }
    }

    /// The shipped languages to check: all, or the one named by `SPANDREL_LANG` (while writing one).
    fn checked() -> Vec<&'static spandrel_core::locale::Language> {
        let only = std::env::var("SPANDREL_LANG").ok();
        spandrel_core::locale::LANGUAGES.iter().filter(|l| only.as_deref().is_none_or(|o| o == l.tag)).collect()
    }

    fn language(tag: &str) -> BTreeMap<String, BTreeSet<String>> {
        let mut all = BTreeMap::new();
        for f in FILES {
            for (id, vars) in messages(&root().join("locales").join(tag).join(format!("{f}.ftl"))) {
                assert!(all.insert(id.clone(), vars).is_none(), "{tag}: {id} is in two files");
            }
        }
        all
    }

    #[test]
    fn every_language_has_the_english_messages_with_their_arguments() {
        let en = language("en");
        assert!(en.len() > 100, "English has {} messages", en.len());
        for l in checked().into_iter().filter(|l| l.tag != "en") {
            let other = language(l.tag);
            let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{}: missing {missing:?}", l.tag);
            assert!(extra.is_empty(), "{}: not in English {extra:?}", l.tag);
            for (id, vars) in &other {
                let unknown: Vec<_> = vars.difference(&en[id]).collect();
                assert!(unknown.is_empty(), "{} {id}: the app never passes {unknown:?}", l.tag);
            }
        }
    }

    /// The message ids the app's code reads (`t("…")`, `tr!("…"`, `"….attr"`), and the key table's.
    fn ids_used() -> BTreeSet<String> {
        fn walk(dir: &Path, out: &mut BTreeSet<String>) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    let src = std::fs::read_to_string(&p).unwrap();
                    for pat in ["t(", "tr!("] {
                        for (i, _) in src.match_indices(pat) {
                            let line_start = src[..i].rfind('\n').map_or(0, |n| n + 1);
                            if src[line_start..i].trim_start().starts_with("//") {
                                continue;
                            }
                            // `t(` itself, not the end of another name (`focus_element(`).
                            if src[..i].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                                continue;
                            }
                            let Some(rest) = src[i + pat.len()..].trim_start().strip_prefix('"') else { continue };
                            let id: String = rest
                                .chars()
                                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '.')
                                .collect();
                            if !id.is_empty() {
                                out.insert(id);
                            }
                        }
                    }
                }
            }
        }
        let mut out = BTreeSet::new();
        walk(&root().join("src"), &mut out);
        for b in spandrel_core::keymap::BINDINGS {
            out.insert(format!("keymap-{}", b.id));
            out.insert(format!("keymap-{}-keys", b.id));
        }
        out
    }

    #[test]
    fn every_message_the_app_reads_is_in_english() {
        let en = language("en");
        let used = ids_used();
        assert!(used.len() > 100, "found {} ids in src/", used.len());
        let missing: Vec<_> = used.iter().filter(|id| !en.contains_key(*id)).collect();
        assert!(missing.is_empty(), "not in locales/en: {missing:?}");
    }

    #[test]
    fn every_message_formats_in_every_language() {
        for l in checked() {
            let files: Vec<(String, String)> = FILES
                .iter()
                .map(|f| {
                    let p = root().join("locales").join(l.tag).join(format!("{f}.ftl"));
                    (p.display().to_string(), std::fs::read_to_string(&p).unwrap())
                })
                .collect();
            let b = bundle(l.tag, &files).unwrap();
            for (id, vars) in language(l.tag) {
                let mut args = FluentArgs::new();
                for v in &vars {
                    args.set(v.clone(), 2);
                }
                let (m, a) = id.split_once('.').map_or((id.as_str(), None), |(m, a)| (m, Some(a)));
                let msg = b.get_message(m).unwrap();
                let p = match a {
                    Some(a) => msg.get_attribute(a).unwrap().value(),
                    None => msg.value().unwrap_or_else(|| panic!("{} {id} has no text", l.tag)),
                };
                let mut errors = Vec::new();
                let text = b.format_pattern(p, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{} {id}: {errors:?}", l.tag);
                assert!(!text.trim().is_empty(), "{} {id} is empty", l.tag);
            }
        }
    }

    #[test]
    fn a_language_installed_reads_its_words_and_falls_back_to_english() {
        let files = vec![("x.ftl".to_string(), "header-saved = Gespeichert\n".to_string())];
        install("de", &files).unwrap();
        assert_eq!(t("header-saved"), "Gespeichert");
        assert_eq!(t("header-saving"), "Saving…", "a message the language lacks is English");
        assert_eq!(active(), "de");
        install(PSEUDO, &[]).unwrap();
        assert!(t("header-saved").starts_with('[') && !t("header-saved").contains("Saved"));
        install("en", &[]).unwrap();
        assert_eq!(t("header-saved"), "Saved");
        assert!(matches!(install("fr", &[("bad.ftl".into(), "= oops".into())]), Err(LocaleError::Syntax { .. })));
    }

    #[test]
    fn arguments_are_isolated_in_every_language_but_english() {
        let files = vec![(
            "x.ftl".to_string(),
            "workspace-file-unreadable = לא ניתן לקרוא את { $name }: { $error }\n".to_string(),
        )];
        install("he", &files).unwrap();
        assert_eq!(
            crate::tr!("workspace-file-unreadable", name = "report.txt", error = "no bytes"),
            "לא ניתן לקרוא את \u{2068}report.txt\u{2069}: \u{2068}no bytes\u{2069}"
        );
        install("en", &[]).unwrap();
        let english = crate::tr!("workspace-file-unreadable", name = "report.txt", error = "no bytes");
        assert!(english.contains("report.txt") && !english.contains('\u{2068}'), "{english}");
    }

    #[test]
    fn per_label_words_follow_the_installed_language() {
        install("en", &[]).unwrap();
        let english = per_label("docview-suggestion", "GPE");
        assert_eq!(english, crate::tr!("docview-suggestion", label = "GPE"));
        assert!(english.contains("GPE"));
        install(PSEUDO, &[]).unwrap();
        let pseudo = per_label("docview-suggestion", "GPE");
        assert_ne!(pseudo, english, "a new language is not served from the previous one's words");
        assert_eq!(pseudo, crate::tr!("docview-suggestion", label = "GPE"));
        install("en", &[]).unwrap();
    }

    #[test]
    fn pseudo_accents_letters_and_keeps_the_rest() {
        assert_eq!(pseudo("Undo (Ctrl+Z) 3"), "ÛÛñđöö (Çţŕļ+Ž) 3");
        assert!(!pseudo("Keyboard shortcuts").chars().any(|c| c.is_ascii_alphabetic()));
    }
}
