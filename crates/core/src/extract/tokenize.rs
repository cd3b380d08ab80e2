//! Tokeniser and sentence splitter for news text.
//!
//! Invariants:
//! - Tokens are non-empty, non-overlapping UTF-8 byte ranges in increasing order, on char boundaries,
//!   and never contain whitespace (except inside nothing: whitespace always separates tokens).
//! - Every non-whitespace character of the input belongs to exactly one token.
//! - `sentences` returns contiguous, non-empty token index ranges covering `0..tokens.len()` in order.

use std::ops::Range;

/// A token: a UTF-8 byte range into the tokenised string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

impl Token {
    /// The token's text within `s` (the string it was produced from).
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        s.get(self.start..self.end).unwrap_or("")
    }
}

/// Abbreviations that keep their trailing full stop (compared case-insensitively, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
    "adm", "cmdr", "gov", "sen", "rep", "rev", "pres", "hon", "amb", "supt", "insp", "det", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
    "fri", "sat", "sun", "inc", "corp", "ltd", "co", "bros", "llc", "plc", "dept", "univ", "assn", "ave", "blvd", "rd",
    "no", "nos", "vol", "vols", "vs", "etc", "approx", "est", "fig", "p", "pp", "ca", "cf", "al", "op", "ed", "eds",
    "mt", "mln", "bln", "ph", "sq", "km", "kg",
];

/// Whether `c` belongs to a CJK / kana / hangul run that is kept as one token.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF   // hiragana, katakana (incl. the middle dot ・ and prolonged sound mark)
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xAC00..=0xD7AF // hangul syllables
        | 0xF900..=0xFAFF // compatibility ideographs
        | 0x20000..=0x2FA1F // supplementary ideographs
        | 0x3005 // 々
    )
}

fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() && !is_cjk(c)) || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Clitics split off the end of a word (PTB style), written without the apostrophe.
const CLITICS: &[&str] = &["s", "re", "ve", "ll", "d", "m"];

/// Splits `s` into tokens. See the module docs for the invariants.
pub fn tokenize(s: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let mut i = 0;
    while i < s.len() {
        let Some(c) = s[i..].chars().next() else { break };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let end = s[i..].find(char::is_whitespace).map_or(s.len(), |k| i + k);
        chunk(s, i, end, &mut out);
        i = end;
    }
    out
}

fn next_char(s: &str, i: usize, end: usize) -> Option<char> {
    if i >= end {
        None
    } else {
        s[i..end].chars().next()
    }
}

/// Length of a URL or e-mail address starting at `i` (whole chunk minus trailing punctuation), or 0.
fn url_len(s: &str, i: usize, end: usize) -> usize {
    let rest = &s[i..end];
    let lower_starts = |p: &str| rest.len() >= p.len() && rest.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    let is_url = lower_starts("http://") || lower_starts("https://") || lower_starts("www.");
    let is_email = !is_url && {
        match rest.find('@') {
            Some(at) if at > 0 => {
                let (user, host) = (&rest[..at], &rest[at + 1..]);
                user.chars().all(|c| c.is_alphanumeric() || "._%+-".contains(c))
                    && host.contains('.')
                    && host.chars().next().is_some_and(char::is_alphanumeric)
            }
            _ => false,
        }
    };
    if !is_url && !is_email {
        return 0;
    }
    let mut n = rest.len();
    let opens = rest.matches('(').count();
    while let Some(c) = rest[..n].chars().next_back() {
        let strip = matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '”' | '’' | ']' | '}' | '>')
            || (c == ')' && rest[..n].matches(')').count() > opens);
        if !strip {
            break;
        }
        n -= c.len_utf8();
    }
    n
}

fn chunk(s: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let mut i = start;
    while i < end {
        let Some(c) = next_char(s, i, end) else { break };
        let u = url_len(s, i, end);
        if u > 0 {
            out.push(Token { start: i, end: i + u });
            i += u;
            continue;
        }
        if is_cjk(c) {
            let mut j = i;
            while let Some(d) = next_char(s, j, end) {
                if !is_cjk(d) {
                    break;
                }
                j += d.len_utf8();
            }
            out.push(Token { start: i, end: j });
            i = j;
            continue;
        }
        if is_word_char(c) {
            i = word(s, i, end, out);
            continue;
        }
        if is_apostrophe(c) {
            // A clitic ('s, ’re, n't is handled in `word`) standing after a word.
            if let Some(n) = clitic_len(s, i, end) {
                if out.last().is_some_and(|t| t.end == i) {
                    out.push(Token { start: i, end: i + n });
                    i += n;
                    continue;
                }
            }
        }
        // Punctuation: a run of the same character (..., --, '') is one token.
        let mut j = i + c.len_utf8();
        if matches!(c, '.' | '-' | '\'' | '`' | '!' | '?' | '*' | '=' | '_' | '~') {
            while next_char(s, j, end) == Some(c) {
                j += c.len_utf8();
            }
        }
        out.push(Token { start: i, end: j });
        i = j;
    }
}

/// If an apostrophe at `i` starts a clitic (`'s`, `’ll`, ...) followed by a non-letter, its byte length.
fn clitic_len(s: &str, i: usize, end: usize) -> Option<usize> {
    let a = next_char(s, i, end)?;
    if !is_apostrophe(a) {
        return None;
    }
    let j = i + a.len_utf8();
    let mut k = j;
    while let Some(d) = next_char(s, k, end) {
        if !d.is_alphabetic() {
            break;
        }
        k += d.len_utf8();
    }
    let tail = &s[j..k];
    if CLITICS.iter().any(|c| tail.eq_ignore_ascii_case(c)) {
        Some(k - i)
    } else {
        None
    }
}

/// Scans a word starting at `i`, pushes it (and a split-off `n't`), returns the next position.
fn word(s: &str, i: usize, end: usize, out: &mut Vec<Token>) -> usize {
    let mut j = i;
    let mut prev: Option<char> = None;
    let mut has_inner_dot = false;
    let mut has_letter = false;
    while let Some(c) = next_char(s, j, end) {
        if is_word_char(c) {
            has_letter |= c.is_alphabetic();
            prev = Some(c);
            j += c.len_utf8();
            continue;
        }
        let after = next_char(s, j + c.len_utf8(), end);
        let p = prev.unwrap_or(' ');
        let a = after.unwrap_or(' ');
        let joins = match c {
            '.' => is_word_char(a) && !(p.is_ascii_digit() && a.is_alphabetic()),
            ',' => p.is_ascii_digit() && a.is_ascii_digit(),
            ':' | '/' => p.is_ascii_digit() && a.is_ascii_digit(),
            '-' | '\u{2010}' | '\u{2011}' => is_word_char(a),
            '&' => p.is_uppercase() && a.is_uppercase(),
            '\'' | '’' => {
                if p.eq_ignore_ascii_case(&'n') && after.is_some_and(|x| x.eq_ignore_ascii_case(&'t')) {
                    let t_end = j + c.len_utf8() + 1;
                    if !next_char(s, t_end, end).is_some_and(char::is_alphabetic) && j - 1 > i {
                        // "don't" → "do" + "n't".
                        out.push(Token { start: i, end: j - 1 });
                        out.push(Token { start: j - 1, end: t_end });
                        return t_end;
                    }
                }
                a.is_alphabetic() && clitic_len(s, j, end).is_none()
            }
            _ => false,
        };
        if !joins {
            break;
        }
        if c == '.' {
            has_inner_dot = true;
        }
        j += c.len_utf8();
        prev = Some(c);
    }
    // A trailing full stop that belongs to an abbreviation or initial.
    if next_char(s, j, end) == Some('.') && next_char(s, j + 1, end) != Some('.') {
        let w = &s[i..j];
        let single = w.chars().count() == 1 && w.chars().all(char::is_alphabetic);
        let abbr = ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w));
        if single || abbr || (has_inner_dot && has_letter) {
            j += 1;
        }
    }
    out.push(Token { start: i, end: j });
    j
}

fn is_terminal(t: &str) -> bool {
    !t.is_empty() && t.chars().all(|c| matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？'))
}

fn is_closing(t: &str) -> bool {
    matches!(t, "\"" | "”" | "’" | "'" | "''" | ")" | "]" | "}" | "»" | "」" | "』")
}

/// Splits tokens into sentences: returns token index ranges, contiguous and covering all tokens.
pub fn sentences(s: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let n = tokens.len();
    let mut k = 0;
    while k < n {
        let t = tokens[k].text(s);
        let mut boundary_after = None;
        if is_terminal(t) {
            // Absorb closing quotes and brackets that follow directly.
            let mut e = k;
            while e + 1 < n && is_closing(tokens[e + 1].text(s)) && tokens[e + 1].start == tokens[e].end {
                e += 1;
            }
            let next = tokens.get(e + 1).map(|x| x.text(s));
            let cjk_stop = t.chars().any(|c| matches!(c, '。' | '！' | '？'));
            let starts_new = next.is_none_or(|x| {
                let c = x.chars().next().unwrap_or(' ');
                !c.is_lowercase() && !matches!(c, ',' | ';' | ':' | ')' | ']')
            });
            if cjk_stop || starts_new {
                boundary_after = Some(e);
            } else {
                k = e;
            }
        }
        if boundary_after.is_none() && k + 1 < n {
            let gap = s.get(tokens[k].end..tokens[k + 1].start).unwrap_or("");
            let newlines = gap.matches('\n').count();
            let next_lower = tokens[k + 1].text(s).chars().next().is_some_and(char::is_lowercase);
            if newlines >= 2 || (newlines == 1 && !next_lower) {
                boundary_after = Some(k);
            }
        }
        match boundary_after {
            Some(e) => {
                out.push(start..e + 1);
                start = e + 1;
                k = e + 1;
            }
            None => k += 1,
        }
    }
    if start < n {
        out.push(start..n);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn news_cases() {
        assert_eq!(toks("Iran–US talks"), ["Iran", "–", "US", "talks"]);
        assert_eq!(toks("Iran’s minister"), ["Iran", "’s", "minister"]);
        assert_eq!(toks("Tehran's red lines."), ["Tehran", "'s", "red", "lines", "."]);
        assert_eq!(toks("Mr. Smith of the U.S. said"), ["Mr.", "Smith", "of", "the", "U.S.", "said"]);
        assert_eq!(toks("$1,000.50, or 5%."), ["$", "1,000.50", ",", "or", "5", "%", "."]);
        assert_eq!(toks("阿拉格齐 (Alaghezi)"), ["阿拉格齐", "(", "Alaghezi", ")"]);
        assert_eq!(
            toks("see https://x.org/a?b=1. Or mail a.b@c.com!"),
            ["see", "https://x.org/a?b=1", ".", "Or", "mail", "a.b@c.com", "!"]
        );
        assert_eq!(toks("“temporary” — don't"), ["“", "temporary", "”", "—", "do", "n't"]);
        assert_eq!(toks("Washington—and O'Brien..."), ["Washington", "—", "and", "O'Brien", "..."]);
        assert_eq!(toks("at 10:30 on 2024-03-01"), ["at", "10:30", "on", "2024-03-01"]);
    }

    #[test]
    fn sentence_split() {
        let s = "Mr. Smith went to the U.S. on Monday. He left! \"Why?\" she asked. no split\nNew line\n\nPara";
        let t = tokenize(s);
        let sents: Vec<String> = sentences(s, &t)
            .into_iter()
            .map(|r| t[r].iter().map(|x| x.text(s)).collect::<Vec<_>>().join(" "))
            .collect();
        assert_eq!(
            sents,
            [
                "Mr. Smith went to the U.S. on Monday .",
                "He left !",
                "\" Why ? \" she asked . no split",
                "New line",
                "Para"
            ]
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn tokens_cover_non_whitespace(s in "[a-zA-Z0-9 .,'’$%–—()\"阿拉\n@:/-]{0,60}") {
            let t = tokenize(&s);
            let mut covered = vec![false; s.len()];
            let mut last = 0;
            for tok in &t {
                prop_assert!(tok.start < tok.end && tok.start >= last);
                prop_assert!(s.is_char_boundary(tok.start) && s.is_char_boundary(tok.end));
                prop_assert!(!tok.text(&s).chars().any(char::is_whitespace));
                for c in covered.iter_mut().take(tok.end).skip(tok.start) { *c = true; }
                last = tok.end;
            }
            for (b, ch) in crate::text::char_bytes(&s) {
                prop_assert_eq!(covered[b], !ch.is_whitespace());
            }
            let sents = sentences(&s, &t);
            let mut next = 0;
            for r in &sents {
                prop_assert!(r.start == next && r.end > r.start);
                next = r.end;
            }
            prop_assert_eq!(next, t.len());
        }
    }
}
