//! Entity extraction: tokeniser, pattern recognisers and a trained sequence tagger, merged into suggestions.
//!
//! Invariants:
//! - Library code never touches the file system: model weights come in as bytes ([`Model::from_bytes`]).
//! - Every suggestion is a non-empty code point span inside the text with a score in [0, 1]; results are
//!   sorted by (start, end, label) and never contain two suggestions with the same span and label.
//! - `extract_range` over consecutive ranges that cover the text processes every sentence exactly once
//!   (a sentence belongs to the range containing its first token) and, for sentences shorter than the
//!   context windows (4 KB back, 16 KB ahead), gives exactly the suggestions of `extract_sentences`
//!   (`extract` adds the document pass, which needs the whole text).

pub mod document;
pub mod features;
pub mod fxhash;
pub mod gazetteer;
pub mod jsonl;
pub mod learn;
pub mod patterns;
pub mod score;
pub mod tagger;
pub mod tokenize;
pub mod train;

pub use tagger::{Model, ModelError, TaggedSpan, ENTITY_LABELS};

use crate::model::Span;
use crate::text::Text;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use tokenize::{is_cjk, sentences, tokenize, Token};

/// One proposed annotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    /// Code point span.
    pub span: Span,
    pub label: String,
    /// Confidence in [0, 1].
    pub score: f32,
}

/// Bytes of context looked at before a range (a sentence longer than this may be split differently).
const CONTEXT_BACK: usize = 4096;
/// Bytes of context looked at after a range (a longer sentence is cut there).
const CONTEXT_FORWARD: usize = 16384;

/// Pattern entities only (dates, times, amounts, numbers); needs no model.
pub fn extract_patterns(text: &Text) -> Vec<Suggestion> {
    let n = text.len_utf8();
    run(text, 0..n, 0..n + 1, None)
}

impl Model {
    /// All suggestions for a text: tagger entities, pattern entities and the alias rule.
    /// Then the document pass ([`document::harmonise`]): the text is taken as one whole document.
    pub fn extract(&self, text: &Text) -> Vec<Suggestion> {
        document::harmonise(text, self.extract_sentences(text))
    }

    /// Suggestions of every sentence on its own (no document pass): what [`Model::extract_range`] gives
    /// over consecutive ranges.
    pub fn extract_sentences(&self, text: &Text) -> Vec<Suggestion> {
        let n = text.len_utf8();
        run(text, 0..n, 0..n + 1, Some(self))
    }

    /// Suggestions for the sentences whose first token starts inside the code point range `cp`
    /// (clamped to the text). Sentences may extend past `cp.end`; spans are offsets into the whole text.
    pub fn extract_range(&self, text: &Text, cp: Range<usize>) -> Vec<Suggestion> {
        let len = text.len_cp();
        let (a, b) = (cp.start.min(len), cp.end.min(len));
        if a >= b {
            return Vec::new();
        }
        let s = text.as_str();
        // cp_to_byte cannot fail for clamped offsets; fall back to an empty result rather than panic.
        let (Ok(ba), Ok(bb)) = (text.cp_to_byte(a), text.cp_to_byte(b)) else { return Vec::new() };
        let ws = window_start(s, ba);
        let we = window_end(s, bb);
        let keep_end = if b == len { s.len() + 1 } else { bb };
        run(text, ws..we, ba..keep_end, Some(self))
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Start of the text window for a range starting at byte `ba`: a whitespace about [`CONTEXT_BACK`] bytes
/// earlier. Sentence boundaries depend only on neighbouring tokens, so every sentence that starts after the
/// window's first real boundary is split exactly as in the whole text.
pub(crate) fn window_start(s: &str, ba: usize) -> usize {
    if ba <= CONTEXT_BACK {
        return 0;
    }
    let lo = floor_boundary(s, ba - CONTEXT_BACK);
    s[lo..ba].find(char::is_whitespace).map_or(lo, |k| lo + k)
}

/// End of the text window for a range ending at byte `bb`: a whitespace about [`CONTEXT_FORWARD`] bytes later.
pub(crate) fn window_end(s: &str, bb: usize) -> usize {
    let hi = bb.saturating_add(CONTEXT_FORWARD);
    if hi >= s.len() {
        return s.len();
    }
    let hi = floor_boundary(s, hi);
    s[bb..hi].rfind(char::is_whitespace).map_or(hi, |k| bb + k)
}

/// Processes the sentences of `s[window]` whose first token starts in `keep` (byte offsets).
fn run(text: &Text, window: Range<usize>, keep: Range<usize>, model: Option<&Model>) -> Vec<Suggestion> {
    let full = text.as_str();
    let Some(s) = full.get(window.clone()) else { return Vec::new() };
    let toks = tokenize(s);
    let mut out = Vec::new();
    let mut scratch = tagger::Scratch::default();
    let mut tagged = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    for r in sentences(s, &toks) {
        let first = toks[r.start].start + window.start;
        if !keep.contains(&first) {
            continue;
        }
        let stoks: &[Token] = &toks[r];
        words.clear();
        words.extend(stoks.iter().map(|t| t.text(s)));
        for (tr, label, score) in sentence_spans_with(model, &words, &mut scratch, &mut tagged) {
            let bytes = stoks[tr.start].start + window.start..stoks[tr.end - 1].end + window.start;
            if let Ok(cp) = text.byte_range_to_cp(bytes) {
                out.push(Suggestion { span: Span::new(cp.start, cp.end), label, score: score.clamp(0.0, 1.0) });
            }
        }
    }
    crate::sort::sort_by(&mut out, |a, b| (a.span, &a.label).cmp(&(b.span, &b.label)));
    out.dedup_by(|a, b| a.span == b.span && a.label == b.label);
    out
}

/// Titles that also begin organisation names (General Motors, Prince Edward Island): a span starting with
/// one of them is not split.
const WEAK_TITLES: &[&str] = &[
    "general",
    "major",
    "chief",
    "leader",
    "director",
    "agent",
    "officer",
    "deputy",
    "speaker",
    "justice",
    "father",
    "lord",
    "lady",
    "cardinal",
    "prince",
    "princess",
    "captain",
    "commander",
    "marshal",
    "judge",
    "chairman",
    "coach",
    "inspector",
    "detective",
    "premier",
    "imam",
    "cleric",
    "bishop",
    "sir",
    "dame",
    "miss",
    "ceo",
    "representative",
    "envoy",
    "diplomat",
    "commissioner",
    "queen",
    "king",
    "emperor",
    "sultan",
];

/// OntoNotes keeps titles out of names. A PERSON span loses its leading titles; an ORG/GPE/... span that
/// runs on through a title into one to four capitalised words (`U.N. Secretary-General Ban Ki-moon`) is split
/// into the part before the title (same label) and a PERSON after it.
fn split_titles(
    words: &[&str],
    gaz: &gazetteer::Gazetteer,
    r: Range<usize>,
    label: String,
) -> Vec<(Range<usize>, String)> {
    if r.is_empty() {
        return Vec::new();
    }
    // Only titles ("Major General"): not a name.
    let mut i = r.start;
    while i < r.end {
        let n = gaz.title_at(&words[..r.end], i);
        if n == 0 {
            break;
        }
        i += n;
    }
    if i >= r.end {
        return Vec::new();
    }
    if label == "PERSON" {
        let mut start = r.start;
        loop {
            let n = gaz.title_at(&words[..r.end], start);
            if n == 0 || start + n >= r.end {
                break;
            }
            start += n;
        }
        return vec![(start..r.end, label)];
    }
    for p in r.clone() {
        let n = gaz.title_at(&words[..r.end], p);
        if n == 0 {
            continue;
        }
        let rest = p + n..r.end;
        let names = !rest.is_empty()
            && rest.len() <= 4
            && rest.clone().all(|i| name_like(words[i]) && gaz.title_at(&words[..r.end], i) == 0);
        let weak = n == 1 && WEAK_TITLES.iter().any(|w| w.eq_ignore_ascii_case(words[p]));
        if !names || (p == r.start && weak) {
            continue;
        }
        let mut out = Vec::new();
        if p > r.start {
            out.push((r.start..p, label));
        }
        out.push((rest, "PERSON".to_string()));
        return out;
    }
    vec![(r, label)]
}

/// Names do not start or end with a lower-case word ("US diplomacy" → "US").
fn trim_lower(words: &[&str], mut r: Range<usize>) -> Range<usize> {
    while !r.is_empty() && starts_lower(words[r.start]) {
        r.start += 1;
    }
    while !r.is_empty() && starts_lower(words[r.end - 1]) {
        r.end -= 1;
    }
    r
}

fn starts_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

fn name_like(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase() || is_cjk(c))
}

/// Entities of one sentence as (token range, label, score): tagger first, then patterns that do not
/// overlap a tagged entity, then the alias rule.
pub fn sentence_spans(model: Option<&Model>, words: &[&str]) -> Vec<(Range<usize>, String, f32)> {
    sentence_spans_with(model, words, &mut tagger::Scratch::default(), &mut Vec::new())
}

/// [`sentence_spans`] with the tagger's buffers reused across sentences (afterwards `scratch` holds the
/// sentence's token features, see [`tagger::Scratch::features`]).
pub(crate) fn sentence_spans_with(
    model: Option<&Model>,
    words: &[&str],
    scratch: &mut tagger::Scratch,
    tagged: &mut Vec<TaggedSpan>,
) -> Vec<(Range<usize>, String, f32)> {
    let mut spans: Vec<(Range<usize>, String, f32)> = Vec::new();
    if let Some(m) = model {
        m.tag_words_with(words, scratch, tagged);
        for t in tagged.drain(..) {
            let label = m.labels().get(t.label).cloned().unwrap_or_default();
            let mut r = trim_lower(words, t.tokens);
            if !r.is_empty() && (r.start == 0 || features::opens_sentence(words[r.start - 1])) {
                // A capitalised sentence opener that is usually written in lower case ("For", "Looking")
                // is not part of a name.
                let w = words[r.start];
                let lower: String = w.chars().flat_map(char::to_lowercase).collect();
                if lower != w && m.is_common_word(&lower) {
                    r.start += 1;
                }
            }
            for (r, label) in split_titles(words, &m.gaz, r, label) {
                let r = trim_lower(words, r);
                if r.is_empty() {
                    continue;
                }
                // Names the gazetteer knows get their OntoNotes label (the training data was relabelled alike).
                let class = m.gaz.get(&gazetteer::key_of(words[r.clone()].iter().copied()));
                let (label, score) = match gazetteer::label_for(class) {
                    // Two independent pieces of evidence agree that this is a name: halve the doubt.
                    Some(g) => (g.to_string(), 1.0 - (1.0 - t.score) * 0.5),
                    None => (label, t.score),
                };
                spans.push((r, label, score));
            }
        }
    }
    let n_tagged = spans.len();
    for (r, label, score) in patterns::find(words) {
        let overlaps = spans[..n_tagged].iter().any(|(t, _, _)| t.start < r.end && r.start < t.end);
        if !overlaps {
            spans.push((r, label.to_string(), score));
        }
    }
    if let Some(m) = model {
        transliteration_rule(words, &m.gaz, &mut spans);
    }
    alias_rule(words, &mut spans);
    crate::sort::sort_by_key(&mut spans, |a| (a.0.start, a.0.end));
    spans
}

fn is_entity(label: &str) -> bool {
    ENTITY_LABELS.contains(&label)
}

/// `漢字 (Latin)`: a CJK run the gazetteer does not know, followed by a parenthesised capitalised Latin
/// transliteration of one to three words. Established place names are in the gazetteer (or are recognised
/// in their Latin form), so an unknown transliterated pair is taken as a person unless the tagger is
/// confident about a label for either side.
fn transliteration_rule(words: &[&str], gaz: &gazetteer::Gazetteer, spans: &mut Vec<(Range<usize>, String, f32)>) {
    const CONFIDENT: f32 = 0.6;
    let n = words.len();
    for k in 1..n {
        if words[k] != "(" || !words[k - 1].chars().all(is_cjk) {
            continue;
        }
        let Some(close) = (k + 2..n.min(k + 5)).find(|&c| words[c] == ")") else { continue };
        let inner = k + 1..close;
        let latin = words[inner.clone()].iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase() && c.is_ascii()) && w.chars().all(char::is_alphabetic)
        });
        if !latin {
            continue;
        }
        let outer = k - 1..k;
        let cjk_known = gaz.get(&gazetteer::key_of(std::iter::once(words[k - 1]))) != 0;
        let latin_class = gaz.get(&gazetteer::key_of(words[inner.clone()].iter().copied()));
        let touches = |r: &Range<usize>, s: &(Range<usize>, String, f32)| s.0.start < r.end && r.start < s.0.end;
        let confident = spans.iter().any(|s| (touches(&outer, s) || touches(&inner, s)) && s.2 >= CONFIDENT);
        if cjk_known || latin_class != 0 || confident {
            continue;
        }
        spans.retain(|s| !(touches(&outer, s) || touches(&inner, s)));
        spans.push((outer, "PERSON".to_string(), 0.5));
        spans.push((inner, "PERSON".to_string(), 0.5));
    }
}

/// `X (Y)`: a name followed by a parenthesised transliteration gives both the same entity label.
fn alias_rule(words: &[&str], spans: &mut Vec<(Range<usize>, String, f32)>) {
    let n = words.len();
    for k in 1..n {
        if words[k] != "(" {
            continue;
        }
        let Some(close) = (k + 2..n.min(k + 6)).find(|&c| words[c] == ")") else { continue };
        let inner = k + 1..close;
        if !words[inner.clone()].iter().all(|w| name_like(w) || matches!(*w, "-" | "." | "'")) {
            continue;
        }
        let free = |r: &Range<usize>, spans: &[(Range<usize>, String, f32)]| {
            !spans.iter().any(|(t, _, _)| t.start < r.end && r.start < t.end)
        };
        let outer_tagged = spans.iter().find(|(t, l, _)| t.end == k && is_entity(l)).cloned();
        let inner_tagged = spans.iter().find(|(t, l, _)| *t == inner && is_entity(l)).cloned();
        match (outer_tagged, inner_tagged) {
            (Some((_, l, s)), None) if free(&inner, spans) => spans.push((inner, l, s * 0.9)),
            (None, Some((_, l, s))) => {
                let mut start = k;
                while start > 0 && k - start < 4 && name_like(words[start - 1]) {
                    start -= 1;
                    if words[start].chars().next().is_some_and(is_cjk) {
                        break;
                    }
                }
                let outer = start..k;
                if !outer.is_empty() && free(&outer, spans) {
                    spans.push((outer, l, s * 0.9));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_without_model() {
        let t = Text::from("Talks in Muscat on February 6 cost $5 million, up 3%.");
        let got: Vec<(String, String)> = extract_patterns(&t)
            .into_iter()
            .map(|s| (t.slice_cp(s.span.range()).unwrap_or("").to_string(), s.label))
            .collect();
        assert_eq!(
            got,
            vec![
                ("February 6".to_string(), "DATE".to_string()),
                ("$5 million".to_string(), "MONEY".to_string()),
                ("3%".to_string(), "PERCENT".to_string()),
            ]
        );
    }

    #[test]
    fn alias_copies_label_both_ways() {
        let words = ["as", "阿拉格齐", "(", "Alaghezi", ")", "said"];
        let mut spans = vec![(3..4, "PERSON".to_string(), 0.8)];
        alias_rule(&words, &mut spans);
        assert!(spans.iter().any(|(r, l, _)| *r == (1..2) && l == "PERSON"));
        let mut spans = vec![(1..2, "PERSON".to_string(), 0.8)];
        alias_rule(&words, &mut spans);
        assert!(spans.iter().any(|(r, l, _)| *r == (3..4) && l == "PERSON"));
        let mut spans = vec![];
        alias_rule(&words, &mut spans);
        assert!(spans.is_empty());
    }

    #[test]
    fn transliteration_pairs() {
        let g = gazetteer::Gazetteer::new();
        let words = ["as", "阿拉格齐", "(", "Alaghezi", ")", "said"];
        let mut spans = vec![(3..4, "GPE".to_string(), 0.2)];
        transliteration_rule(&words, &g, &mut spans);
        spans.sort_by_key(|s| s.0.start);
        let got: Vec<(Range<usize>, &str)> = spans.iter().map(|s| (s.0.clone(), s.1.as_str())).collect();
        assert_eq!(got, vec![(1..2, "PERSON"), (3..4, "PERSON")]);
        // Known places keep whatever the tagger said.
        let words = ["in", "德黑兰", "(", "Tehran", ")"];
        let mut spans = vec![(3..4, "GPE".to_string(), 0.2)];
        transliteration_rule(&words, &g, &mut spans);
        assert_eq!(spans, vec![(3..4, "GPE".to_string(), 0.2)]);
    }

    #[test]
    fn titles_leave_names() {
        let g = gazetteer::Gazetteer::new();
        let w = ["U.N.", "Secretary-General", "Ban", "Ki-moon", "said"];
        assert_eq!(split_titles(&w, &g, 0..4, "ORG".into()), vec![(0..1, "ORG".into()), (2..4, "PERSON".into())]);
        let w = ["President", "Bush", "said"];
        assert_eq!(split_titles(&w, &g, 0..2, "PERSON".into()), vec![(1..2, "PERSON".into())]);
        let w = ["General", "Motors", "said"];
        assert_eq!(split_titles(&w, &g, 0..2, "ORG".into()), vec![(0..2, "ORG".into())]);
        let w = ["Mr.", "Smith"];
        assert_eq!(split_titles(&w, &g, 0..2, "ORG".into()), vec![(1..2, "PERSON".into())]);
    }

    #[test]
    fn unicode_offsets_are_code_points() {
        let t = Text::from("阿拉格齐 met on 6 February 2025.");
        let s = extract_patterns(&t);
        assert_eq!(s.len(), 1);
        assert_eq!(t.slice_cp(s[0].span.range()), Ok("6 February 2025"));
    }
}
