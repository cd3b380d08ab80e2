//! Text direction: which way a paragraph reads, by the rule HTML's `dir="auto"` uses (its first
//! strong character), so that the app draws each paragraph and moves the keyboard caret the same way.
//!
//! Invariants:
//! - Directions are about drawing and arrow keys only: offsets stay code points in logical order
//!   everywhere ([`crate::text`]); nothing here changes a text or a range.
//! - A paragraph without a strong character reads left to right.

/// The direction a paragraph reads in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

impl Direction {
    /// The HTML `dir` attribute value.
    pub fn attr(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Direction::Rtl
    }
}

/// Whether `c` is a strong right-to-left character (bidi class R or AL): letters of Hebrew, Arabic,
/// Syriac, Thaana, N'Ko, Samaritan, Mandaic and the other right-to-left scripts, and the RLM / ALM
/// marks. Arabic-Indic digits and combining marks are not strong.
pub fn is_strong_rtl(c: char) -> bool {
    let u = c as u32;
    if matches!(c, '\u{200F}' | '\u{061C}') {
        return true;
    }
    let rtl_block = matches!(u,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF);
    rtl_block && c.is_alphabetic() && !is_mark(c)
}

/// Whether `c` is a strong left-to-right character (bidi class L), approximately: any other letter,
/// and the LRM mark.
pub fn is_strong_ltr(c: char) -> bool {
    c == '\u{200E}' || (c.is_alphabetic() && !is_mark(c) && !is_strong_rtl(c) && !in_rtl_block(c))
}

fn in_rtl_block(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// Combining marks of the right-to-left blocks that `char::is_alphabetic` counts as letters (Hebrew
/// points, Arabic harakat and the like): they are non-spacing (bidi NSM), never strong.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2 | 0x05C4..=0x05C5 | 0x05C7
        | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4
        | 0x06E7..=0x06E8 | 0x06EA..=0x06ED | 0x0711 | 0x0730..=0x074A | 0x07A6..=0x07B0
        | 0x07EB..=0x07F3 | 0x0816..=0x082D | 0x0859..=0x085B | 0x0898..=0x089F | 0x08CA..=0x08FF
        | 0xFB1E | 0xFE20..=0xFE2F)
}

/// The direction of the first strong character of `s`, if it has one.
pub fn first_strong(s: &str) -> Option<Direction> {
    s.chars().find_map(|c| {
        if is_strong_rtl(c) {
            Some(Direction::Rtl)
        } else if is_strong_ltr(c) {
            Some(Direction::Ltr)
        } else {
            None
        }
    })
}

/// The direction a paragraph reads in: its first strong character's, else left to right.
pub fn paragraph_direction(s: &str) -> Direction {
    first_strong(s).unwrap_or_default()
}

/// The direction of a paragraph of a document whose direction is `set` (the document's override),
/// else of its own text ([`paragraph_direction`]).
pub fn direction_in(set: Option<Direction>, paragraph: &str) -> Direction {
    set.unwrap_or_else(|| paragraph_direction(paragraph))
}

/// A horizontal arrow key as a logical step: `→` is forward (towards the end of the text) in
/// left-to-right text and backward in right-to-left text, as the caret moves in a browser.
pub fn arrow_forward(right: bool, dir: Direction) -> bool {
    right != dir.is_rtl()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_strong_character_decides() {
        assert_eq!(paragraph_direction("ראש הממשלה נפגש אתמול"), Direction::Rtl);
        assert_eq!(paragraph_direction("قالت وكالة Reuters إن المحادثات استمرت 3 ساعات"), Direction::Rtl);
        assert_eq!(paragraph_direction("این گزارش درباره‌ی نقش میانجی‌ها"), Direction::Rtl);
        assert_eq!(paragraph_direction("Reuters said قالت"), Direction::Ltr);
        // Digits, punctuation and Arabic-Indic digits are not strong; the first letter after them is.
        assert_eq!(paragraph_direction("2024 — «שלום»"), Direction::Rtl);
        assert_eq!(paragraph_direction("١٢٣ ok"), Direction::Ltr);
        assert_eq!(first_strong("123 ... !"), None);
        assert_eq!(paragraph_direction("123"), Direction::Ltr);
        // A mark is not strong; RLM is.
        assert_eq!(first_strong("\u{064B}abc"), Some(Direction::Ltr));
        assert_eq!(paragraph_direction("\u{200F}(c) 2024"), Direction::Rtl);
        // Other scripts read left to right.
        assert_eq!(paragraph_direction("東京で会議"), Direction::Ltr);
        assert_eq!(paragraph_direction("Москва"), Direction::Ltr);
    }

    #[test]
    fn arrows_follow_the_reading_direction() {
        assert!(arrow_forward(true, Direction::Ltr));
        assert!(!arrow_forward(false, Direction::Ltr));
        assert!(!arrow_forward(true, Direction::Rtl));
        assert!(arrow_forward(false, Direction::Rtl));
        assert_eq!(Direction::Rtl.attr(), "rtl");
        assert_eq!(direction_in(Some(Direction::Ltr), "שלום"), Direction::Ltr);
        assert_eq!(direction_in(None, "שלום"), Direction::Rtl);
        assert_eq!(serde_json::to_string(&Direction::Rtl).unwrap(), "\"rtl\"");
    }
}
