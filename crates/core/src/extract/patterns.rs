//! Hand-written recognisers for DATE, TIME, MONEY, PERCENT, QUANTITY, ORDINAL and CARDINAL over tokens.
//!
//! Invariants:
//! - Matches are non-empty, non-overlapping token ranges in increasing order (left-to-right, first match wins).
//! - Recognisers are conservative: a bare number is CARDINAL only, ambiguous month names (May, March) need
//!   a day, a year or a preposition next to them.

use std::ops::Range;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "dozen",
    "dozens",
];
const SCALES: &[&str] =
    &["hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "m", "b", "k", "mln", "bln"];
const ORDINAL_WORDS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "twentieth",
    "hundredth",
];
const CURRENCY_WORDS: &[&str] = &[
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan", "renminbi", "rupee", "rupees",
    "rial", "rials", "riyal", "riyals", "ruble", "rubles", "rouble", "roubles", "franc", "francs", "peso", "pesos",
    "cents", "cent", "won", "dinar", "dinars", "shekel", "shekels", "lira", "bitcoin",
];
const CURRENCY_SYMBOLS: &[&str] = &["$", "€", "£", "¥", "US$", "C$", "A$", "₹", "₽", "USD", "EUR", "GBP"];
const UNITS: &[&str] = &[
    "km",
    "kilometers",
    "kilometres",
    "kilometer",
    "kilometre",
    "miles",
    "mile",
    "meters",
    "metres",
    "meter",
    "metre",
    "m2",
    "feet",
    "foot",
    "ft",
    "inches",
    "inch",
    "cm",
    "mm",
    "kg",
    "kilograms",
    "kilogram",
    "grams",
    "gram",
    "tons",
    "tonnes",
    "ton",
    "tonne",
    "pounds-weight",
    "barrels",
    "barrel",
    "bpd",
    "liters",
    "litres",
    "gallons",
    "acres",
    "hectares",
    "degrees",
    "mw",
    "megawatts",
    "gw",
    "kw",
    "kwh",
    "mph",
    "knots",
    "square",
    "cubic",
    "lbs",
    "lb",
];
const REL_DATE_HEAD: &[&str] = &["last", "next", "this", "past", "coming", "previous", "early", "late"];
const REL_DATE_UNIT: &[&str] =
    &["week", "month", "year", "weekend", "decade", "century", "spring", "summer", "autumn", "fall", "winter"];
const DURATION_UNITS: &[&str] = &["years", "months", "weeks", "days", "decades", "year", "month", "week", "day"];

fn lower(w: &str) -> String {
    w.to_lowercase()
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn month_index(w: &str) -> Option<usize> {
    if !is_cap(w) {
        return None;
    }
    if let Some(i) = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(w)) {
        return Some(i);
    }
    let l = w.trim_end_matches('.');
    if w.ends_with('.') || w.len() <= 4 {
        // "Mar" / "Jan" without a dot are names too often: callers want a number after them.
        const ABBR: [(&str, usize); 12] = [
            ("jan", 0),
            ("feb", 1),
            ("mar", 2),
            ("apr", 3),
            ("jun", 5),
            ("jul", 6),
            ("aug", 7),
            ("sep", 8),
            ("sept", 8),
            ("oct", 9),
            ("nov", 10),
            ("dec", 11),
        ];
        return ABBR.iter().find(|(a, _)| a.eq_ignore_ascii_case(l)).map(|&(_, i)| i);
    }
    None
}

fn all_digits(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
}

fn is_day(w: &str) -> bool {
    let d = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[d.len()..];
    all_digits(d)
        && d.len() <= 2
        && matches!(d.parse::<u32>(), Ok(1..=31))
        && (suffix.is_empty() || matches!(suffix, "st" | "nd" | "rd" | "th"))
}

fn is_year(w: &str) -> bool {
    all_digits(w) && w.len() == 4 && matches!(w.parse::<u32>(), Ok(1000..=2100))
}

fn is_decade(w: &str) -> bool {
    let Some(stem) = w.strip_suffix('s') else { return false };
    if let Some(d) = stem.strip_prefix('\'').or_else(|| stem.strip_prefix('’')) {
        return d.len() == 2 && all_digits(d) && d.ends_with('0');
    }
    stem.len() == 4 && all_digits(stem) && stem.ends_with('0')
}

/// A numeric token: digits with optional thousands separators and decimal part (also "1.5", ".5").
pub fn is_number(w: &str) -> bool {
    let mut digits = 0;
    let mut prev_digit = false;
    for (i, c) in crate::text::char_bytes(w) {
        if c.is_ascii_digit() {
            digits += 1;
            prev_digit = true;
        } else if (c == ',' || c == '.') && i > 0 && prev_digit && i + 1 < w.len() {
            prev_digit = false;
        } else {
            return false;
        }
    }
    digits > 0
}

fn is_iso_date(w: &str) -> bool {
    let parts: Vec<&str> = w.split(['-', '/']).collect();
    if parts.len() != 3 || !parts.iter().all(|p| all_digits(p)) {
        return false;
    }
    let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    (lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2) || (lens[0] <= 2 && lens[1] <= 2 && (lens[2] == 4 || lens[2] == 2))
}

fn is_clock(w: &str) -> bool {
    let mut it = w.split(':');
    let (Some(h), Some(m)) = (it.next(), it.next()) else { return false };
    let s_ok = it.next().is_none_or(|s| all_digits(s) && s.len() == 2) && it.next().is_none();
    all_digits(h) && h.len() <= 2 && all_digits(m) && m.len() == 2 && s_ok && h.parse::<u32>().is_ok_and(|h| h <= 24)
}

fn is_number_word(w: &str) -> bool {
    if !w.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return false;
    }
    in_list(w, NUMBER_WORDS)
        || (w.contains('-') && w.split('-').all(|p| in_list(p, NUMBER_WORDS) || p.eq_ignore_ascii_case("one")))
}

fn is_ordinal(w: &str) -> bool {
    if in_list(w, ORDINAL_WORDS) {
        return true;
    }
    let d = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[d.len()..];
    all_digits(d) && ["st", "nd", "rd", "th"].iter().any(|x| x.eq_ignore_ascii_case(suffix))
}

fn in_list(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Whether any recogniser can start at this word (a cheap filter run before the real ones).
fn may_start(w: &str) -> bool {
    let Some(c) = w.chars().next() else { return false };
    c.is_ascii_digit()
        || c.is_uppercase()
        || c == '\''
        || c == '’'
        || CURRENCY_SYMBOLS.contains(&w)
        || is_number_word(w)
        || in_list(w, ORDINAL_WORDS)
        || in_list(w, REL_DATE_HEAD)
        || in_list(w, &["yesterday", "today", "tomorrow"])
}

/// Tokens of a numeric amount at `i` (number plus optional scale word), or 0.
fn amount_len(words: &[&str], i: usize) -> usize {
    let Some(w) = words.get(i) else { return 0 };
    if !(is_number(w) || is_number_word(w)) {
        return 0;
    }
    let mut n = 1;
    while let Some(s) = words.get(i + n) {
        if in_list(s, SCALES) && !(s.len() == 1 && n > 1) {
            n += 1;
        } else {
            break;
        }
    }
    n
}

fn word_at<'a>(words: &[&'a str], i: usize) -> &'a str {
    words.get(i).copied().unwrap_or("")
}

fn date_at(words: &[&str], i: usize) -> Option<(usize, f32)> {
    let w = word_at(words, i);
    let next = word_at(words, i + 1);
    if let Some(m) = month_index(w) {
        let abbr_without_dot = !w.ends_with('.') && w.len() <= 4 && !in_list(w, &MONTHS);
        // Month Day [,] [Year]
        if is_day(next) {
            let mut n = 2;
            if word_at(words, i + 2) == "," && is_year(word_at(words, i + 3)) {
                n = 4;
            } else if is_year(word_at(words, i + 2)) {
                n = 3;
            }
            return Some((n, 0.95));
        }
        if is_year(next) {
            return Some((2, 0.95));
        }
        if abbr_without_dot {
            return None;
        }
        let ambiguous = m == 4 || m == 2; // May, March
        let prev = if i > 0 { lower(words[i - 1]) } else { String::new() };
        let prep = matches!(
            prev.as_str(),
            "in" | "of"
                | "since"
                | "until"
                | "by"
                | "early"
                | "late"
                | "mid"
                | "last"
                | "next"
                | "this"
                | "during"
                | "from"
                | "through"
        );
        if !ambiguous || prep {
            return Some((1, 0.85));
        }
        return None;
    }
    // Day Month [Year]
    if is_day(w) && month_index(next).is_some() {
        let n = if is_year(word_at(words, i + 2)) { 3 } else { 2 };
        return Some((n, 0.95));
    }
    if is_iso_date(w) {
        return Some((1, 0.95));
    }
    if in_list(w, &WEEKDAYS) && is_cap(w) {
        // Weekday [,] [Month Day ...]
        if next == "," {
            if let Some((n, _)) = date_at(words, i + 2).filter(|_| month_index(word_at(words, i + 2)).is_some()) {
                return Some((n + 2, 0.95));
            }
        }
        return Some((1, 0.9));
    }
    if is_decade(w) {
        return Some((1, 0.9));
    }
    if is_year(w) {
        // A bare year: not when a lower-case noun follows ("2000 people"), nor amounts ("$ 2000").
        let nl = next.chars().next().is_some_and(char::is_lowercase)
            && !matches!(next, "and" | "to" | "or" | "when" | "after" | "before");
        let money_before = i > 0 && CURRENCY_SYMBOLS.contains(&words[i - 1]);
        if !nl && !money_before {
            return Some((1, 0.8));
        }
        return None;
    }
    let lw = lower(w);
    if matches!(lw.as_str(), "yesterday" | "today" | "tomorrow") {
        return Some((1, 0.85));
    }
    if REL_DATE_HEAD.contains(&lw.as_str()) && !(lw == "early" || lw == "late") {
        let nx = lower(next);
        if REL_DATE_UNIT.contains(&nx.as_str()) || (WEEKDAYS.contains(&nx.as_str()) && is_cap(next)) {
            return Some((2, 0.85));
        }
    }
    // "N years ago"
    let a = amount_len(words, i);
    if a > 0 && in_list(word_at(words, i + a), DURATION_UNITS) && lower(word_at(words, i + a + 1)) == "ago" {
        return Some((a + 2, 0.85));
    }
    None
}

fn time_at(words: &[&str], i: usize) -> Option<(usize, f32)> {
    let w = word_at(words, i);
    let next = lower(word_at(words, i + 1));
    let ampm = |s: &str| matches!(s, "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m");
    if is_clock(w) {
        let mut n = 1;
        if ampm(&next) {
            n += 1;
        }
        if matches!(word_at(words, i + n), "GMT" | "UTC" | "EST" | "EDT" | "PST" | "CET") {
            n += 1;
        }
        return Some((n, 0.9));
    }
    if all_digits(w) && w.len() <= 2 && w.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h)) && ampm(&next) {
        return Some((2, 0.9));
    }
    let lw = lower(w);
    let wl = lw.trim_end_matches(['a', 'p', 'm', '.']);
    if wl != lw && all_digits(wl) && wl.len() <= 2 && (lw.ends_with("am") || lw.ends_with("pm") || lw.ends_with("m.")) {
        return Some((1, 0.85));
    }
    None
}

fn money_at(words: &[&str], i: usize) -> Option<(usize, f32)> {
    let w = word_at(words, i);
    if CURRENCY_SYMBOLS.contains(&w) {
        let a = amount_len(words, i + 1);
        if a > 0 {
            return Some((1 + a, 0.95));
        }
        return None;
    }
    let a = amount_len(words, i);
    if a > 0 {
        let unit = word_at(words, i + a);
        if in_list(unit, CURRENCY_WORDS) {
            let mut n = a + 1;
            // "5 US dollars" style is rare; "5 euros" is the common case.
            if lower(unit) == "pounds" && i > 0 {
                n = a + 1;
            }
            return Some((n, 0.9));
        }
        if matches!(unit, "US" | "U.S.") && in_list(word_at(words, i + a + 1), CURRENCY_WORDS) {
            return Some((a + 2, 0.9));
        }
    }
    None
}

fn percent_at(words: &[&str], i: usize) -> Option<(usize, f32)> {
    let a = amount_len(words, i);
    if a == 0 {
        return None;
    }
    let next = lower(word_at(words, i + a));
    if next == "%" || next == "percent" {
        let n = if lower(word_at(words, i + a + 1)) == "points" { a + 2 } else { a + 1 };
        return Some((n, 0.95));
    }
    if next == "per" && lower(word_at(words, i + a + 1)) == "cent" {
        return Some((a + 2, 0.95));
    }
    None
}

fn quantity_at(words: &[&str], i: usize) -> Option<(usize, f32)> {
    let a = amount_len(words, i);
    if a == 0 {
        return None;
    }
    let unit = lower(word_at(words, i + a));
    if UNITS.contains(&unit.as_str()) {
        let mut n = a + 1;
        if matches!(unit.as_str(), "square" | "cubic") {
            if UNITS.contains(&lower(word_at(words, i + n)).as_str()) {
                n += 1;
            } else {
                return None;
            }
        }
        return Some((n, 0.85));
    }
    None
}

/// Every label [`find`] can give.
pub const PATTERN_LABELS: [&str; 7] = ["DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"];

/// Finds pattern entities in one sentence's words: (token range, label, score).
pub fn find(words: &[&str]) -> Vec<(Range<usize>, &'static str, f32)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !may_start(words[i]) {
            i += 1;
            continue;
        }
        let found = date_at(words, i)
            .map(|(n, s)| (n, "DATE", s))
            .or_else(|| time_at(words, i).map(|(n, s)| (n, "TIME", s)))
            .or_else(|| money_at(words, i).map(|(n, s)| (n, "MONEY", s)))
            .or_else(|| percent_at(words, i).map(|(n, s)| (n, "PERCENT", s)))
            .or_else(|| quantity_at(words, i).map(|(n, s)| (n, "QUANTITY", s)))
            .or_else(|| is_ordinal(words[i]).then_some((1, "ORDINAL", 0.8)))
            .or_else(|| {
                let a = amount_len(words, i);
                // Don't call a lone "1" of a list item or a bare clock-like digit a CARDINAL? Keep numbers.
                (a > 0).then_some((a, "CARDINAL", 0.8))
            });
        match found {
            Some((n, label, score)) => {
                let n = n.min(words.len() - i).max(1);
                out.push((i..i + n, label, score));
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> Vec<(String, &'static str)> {
        let words: Vec<&str> = s.split(' ').collect();
        find(&words).into_iter().map(|(r, l, _)| (words[r].join(" "), l)).collect()
    }

    #[test]
    fn dates() {
        assert_eq!(run("talks in Muscat on February 6 , a short"), [("February 6".to_string(), "DATE")]);
        assert_eq!(
            run("on 6 February 2025 and Feb. 6 , 2024"),
            [("6 February 2025".to_string(), "DATE"), ("Feb. 6 , 2024".to_string(), "DATE")]
        );
        assert_eq!(run("on 2024-03-01 , Monday"), [("2024-03-01".to_string(), "DATE"), ("Monday".to_string(), "DATE")]);
        assert_eq!(run("in the 1990s after months of talks"), [("1990s".to_string(), "DATE")]);
        assert_eq!(run("She may come"), []);
        assert_eq!(
            run("last week , three years ago"),
            [("last week".to_string(), "DATE"), ("three years ago".to_string(), "DATE")]
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        #[test]
        fn never_panics_and_ranges_are_ordered(words in proptest::collection::vec("[0-9a-zA-Zé’'$%:.,-]{1,6}|May|June|Monday|million", 0..12)) {
            let w: Vec<&str> = words.iter().map(String::as_str).collect();
            let mut last = 0;
            for (r, _, s) in find(&w) {
                proptest::prop_assert!(r.start >= last && r.start < r.end && r.end <= w.len());
                proptest::prop_assert!((0.0..=1.0).contains(&s));
                last = r.end;
            }
        }
    }

    #[test]
    fn amounts() {
        assert_eq!(
            run("$ 5 million and 5 euros"),
            [("$ 5 million".to_string(), "MONEY"), ("5 euros".to_string(), "MONEY")]
        );
        assert_eq!(
            run("up 3.5 % or 12 percent"),
            [("3.5 %".to_string(), "PERCENT"), ("12 percent".to_string(), "PERCENT")]
        );
        assert_eq!(run("at 10:30 GMT , 3 p.m."), [("10:30 GMT".to_string(), "TIME"), ("3 p.m.".to_string(), "TIME")]);
        assert_eq!(
            run("the third of 1,000 people ran 5 km"),
            [("third".to_string(), "ORDINAL"), ("1,000".to_string(), "CARDINAL"), ("5 km".to_string(), "QUANTITY")]
        );
    }
}
