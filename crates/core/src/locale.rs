//! Interface languages: which languages the app ships, which one a visitor gets, and which way each
//! one is written. Invariant: [`negotiate`] always returns a tag of [`LANGUAGES`] (or [`PSEUDO`]), so
//! the app never looks for message files that do not exist.
//!
//! The messages themselves are Fluent files in the app (`locales/<tag>/`); this module holds only the
//! rules that choose among them.

use crate::bidi::Direction;

/// A shipped interface language: its tag (the folder of its message files) and its own name, which the
/// language menu shows (a reader finds their language by the name written in it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    pub tag: &'static str,
    pub name: &'static str,
}

/// The shipped languages, English (the reference, compiled into the shell) first.
pub const LANGUAGES: &[Language] = &[
    Language { tag: "en", name: "English" },
    Language { tag: "zh-CN", name: "简体中文" },
    Language { tag: "es", name: "Español" },
    Language { tag: "fr", name: "Français" },
    Language { tag: "de", name: "Deutsch" },
    Language { tag: "ja", name: "日本語" },
    Language { tag: "ar", name: "العربية" },
    Language { tag: "he", name: "עברית" },
];

/// The pseudo-locale: English, accented, a third longer and bracketed, to find text that does not come
/// from a message file and text that is cut off. Chosen only when asked for by name.
pub const PSEUDO: &str = "en-XA";

/// The language to use: the stored choice when it is a shipped one, else the first of the browser's
/// languages (`navigator.languages`, most wanted first) that one of ours serves, else English.
///
/// A browser tag matches a shipped one with the same primary language (`fr-CA` → `fr`, `de-AT` → `de`);
/// every Chinese tag gets 简体中文, the only Chinese we ship. The pseudo-locale is matched exactly.
pub fn negotiate(stored: Option<&str>, requested: &[String]) -> &'static str {
    if let Some(tag) = stored.and_then(exact) {
        return tag;
    }
    requested.iter().find_map(|r| exact(r).or_else(|| by_primary(r))).unwrap_or(LANGUAGES[0].tag)
}

/// The shipped tag equal to `tag`, ignoring case and `_` for `-`.
pub fn exact(tag: &str) -> Option<&'static str> {
    let tag = tag.trim().replace('_', "-");
    if tag.eq_ignore_ascii_case(PSEUDO) {
        return Some(PSEUDO);
    }
    LANGUAGES.iter().map(|l| l.tag).find(|t| t.eq_ignore_ascii_case(&tag))
}

fn by_primary(tag: &str) -> Option<&'static str> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    LANGUAGES.iter().map(|l| l.tag).find(|t| t.split('-').next().is_some_and(|p| p.eq_ignore_ascii_case(&primary)))
}

/// Which way the interface runs in `tag`: right to left for the scripts written so (Arabic, Hebrew,
/// Persian, Urdu, …), left to right otherwise.
pub fn direction(tag: &str) -> Direction {
    const RTL: &[&str] = &["ar", "he", "iw", "fa", "ur", "ps", "sd", "yi", "dv", "ckb", "ug"];
    let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    if RTL.contains(&primary.as_str()) {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

/// The language's own name for the menu; the tag itself for one we do not ship.
pub fn name(tag: &str) -> &str {
    if tag == PSEUDO {
        return "[Ƥşéûđô]";
    }
    LANGUAGES.iter().find(|l| l.tag == tag).map_or(tag, |l| l.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_stored_choice_wins_over_the_browser() {
        assert_eq!(negotiate(Some("he"), &req(&["fr-FR", "en"])), "he");
        assert_eq!(negotiate(Some("xx"), &req(&["fr-FR", "en"])), "fr", "an unknown stored tag is ignored");
        assert_eq!(negotiate(None, &req(&["ja-JP"])), "ja");
    }

    #[test]
    fn the_first_browser_language_we_serve_is_taken() {
        assert_eq!(negotiate(None, &req(&["pt-BR", "de-AT", "en"])), "de");
        assert_eq!(negotiate(None, &req(&["zh-TW"])), "zh-CN");
        assert_eq!(negotiate(None, &req(&["zh_cn"])), "zh-CN");
        assert_eq!(negotiate(None, &req(&["AR-eg"])), "ar");
        assert_eq!(negotiate(None, &req(&["pt", "ko"])), "en");
        assert_eq!(negotiate(None, &[]), "en");
        assert_eq!(negotiate(None, &req(&["en-XA"])), PSEUDO);
        assert_eq!(negotiate(None, &req(&["en-GB", "en-XA"])), "en");
    }

    #[test]
    fn directions() {
        assert_eq!(direction("ar"), Direction::Rtl);
        assert_eq!(direction("he-IL"), Direction::Rtl);
        assert_eq!(direction("fa"), Direction::Rtl);
        assert_eq!(direction("en-XA"), Direction::Ltr);
        assert_eq!(direction("zh-CN"), Direction::Ltr);
    }

    #[test]
    fn every_shipped_language_is_found_by_its_own_tag() {
        for l in LANGUAGES {
            assert_eq!(exact(l.tag), Some(l.tag));
            assert_eq!(negotiate(None, &req(&[l.tag])), l.tag);
            assert_eq!(name(l.tag), l.name);
        }
    }
}
