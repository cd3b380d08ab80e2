//! The document pass: a second look at a whole document's suggestions, after every sentence has been tagged
//! on its own. A name usually means the same thing throughout one text, so
//! - mentions of one string that the tagger labelled differently all take the label with the most
//!   evidence (the sum of their scores), and
//! - a later bare surname of a person named in full ("Ban Ki-moon … Ban said") is a PERSON too.
//!
//! Invariants:
//! - Only tagger labels ([`ENTITY_LABELS`]) are changed; pattern suggestions (dates, amounts) are untouched,
//!   no suggestion is added (one is dropped only when relabelling made it a duplicate of another on the same span), spans never move, and scores stay in [0, 1].
//! - The result depends only on the text and the suggestions given (no model, no order of calls), so the
//!   same document always gets the same suggestions.

use super::fxhash::FxHashMap;
use super::tokenize::{is_cjk, tokenize};
use super::{Suggestion, ENTITY_LABELS};
use crate::model::Span;
use crate::text::Text;

/// The evidence one string got in a document.
#[derive(Default)]
struct Votes {
    /// Summed scores per label, in [`ENTITY_LABELS`] order.
    sum: [f32; ENTITY_LABELS.len()],
    /// Bit `l`: the string was labelled `ENTITY_LABELS[l]` at least once.
    seen: u8,
}

impl Votes {
    /// The label with the most evidence (ties: the one listed first), its evidence and the total, summed in
    /// label order so that the result never depends on a map's iteration order.
    fn best(&self) -> (usize, f32, f32) {
        let total: f32 = self.sum.iter().sum();
        let mut top = (0, f32::NEG_INFINITY);
        for (l, &w) in self.sum.iter().enumerate() {
            if self.seen & (1 << l) != 0 && w > top.1 {
                top = (l, w);
            }
        }
        (top.0, top.1, total)
    }
}

/// Applies the document pass to the suggestions of one whole text; the result is sorted by (span, label)
/// without duplicates, as [`super::Model::extract`] returns it.
pub fn harmonise(text: &Text, mut sugg: Vec<Suggestion>) -> Vec<Suggestion> {
    // Each entity suggestion's label index and covered text (borrowed from the text: no copies).
    let keys: Vec<Option<(usize, &str)>> = sugg
        .iter()
        .map(|s| {
            let l = ENTITY_LABELS.iter().position(|l| *l == s.label)?;
            Some((l, text.slice_cp(s.span.range()).unwrap_or("")))
        })
        .collect();
    // Evidence per string: summed score per label (in ENTITY_LABELS order) and which labels it got.
    let mut votes: FxHashMap<&str, Votes> = FxHashMap::default();
    for (s, k) in sugg.iter().zip(&keys) {
        if let Some((l, k)) = *k {
            let v = votes.entry(k).or_default();
            v.sum[l] += s.score;
            v.seen |= 1 << l;
        }
    }
    // Surnames of people named in full (two or more words, the last one capitalised).
    let person = ENTITY_LABELS.iter().position(|l| *l == "PERSON").unwrap_or(0);
    let mut surname: FxHashMap<&str, f32> = FxHashMap::default();
    for (s, k) in sugg.iter().zip(&keys) {
        let Some((l, k)) = *k else { continue };
        if l != person {
            continue;
        }
        let mut words = k.split_whitespace();
        let (Some(_), Some(last)) = (words.next(), words.next_back()) else { continue };
        if last.chars().next().is_some_and(char::is_uppercase) && last.chars().count() > 1 {
            let e = surname.entry(last).or_default();
            *e = e.max(s.score);
        }
    }
    for (s, k) in sugg.iter_mut().zip(&keys) {
        let Some((mut l, k)) = *k else { continue };
        let Some(v) = votes.get(k) else { continue };
        if v.seen.count_ones() > 1 {
            let (top, w, total) = v.best();
            if top != l {
                l = top;
                s.label = ENTITY_LABELS[l].to_string();
                // As sure as the share of the evidence behind the label.
                s.score = (w / total).clamp(0.0, 1.0);
            }
        }
        if l != person && !k.contains(char::is_whitespace) {
            if let Some(&p) = surname.get(k) {
                // Only when the person named in full is surer than all this string's other readings together.
                if p > v.sum[l] {
                    s.label = "PERSON".to_string();
                    s.score = (p * 0.9).clamp(0.0, 1.0);
                }
            }
        }
    }
    repeat_names(text, &mut sugg);
    // Two suggestions of one span may now share a label: keep one, in the sorted order of `extract`.
    crate::sort::sort_by(&mut sugg, |a, b| (a.span, &a.label).cmp(&(b.span, &b.label)));
    sugg.dedup_by(|a, b| a.span == b.span && a.label == b.label);
    sugg
}

/// A name found in the text: its token texts, label, summed score and number of mentions.
type Name<'a> = (Vec<&'a str>, &'static str, f32, u32);

/// Another mention of a name the tagger found, word for word, that the tagger left out: suggested with
/// the name's label, at half its mean score (it rests on the other mentions only).
fn repeat_names(text: &Text, sugg: &mut Vec<Suggestion>) {
    let s = text.as_str();
    let toks = tokenize(s);
    if toks.is_empty() {
        return;
    }
    let starts: Vec<usize> = toks.iter().map(|t| t.start).collect();
    let mut covered = vec![false; toks.len()];
    // Names as token sequences: first token → (token texts, label, summed score, mentions).
    let mut names: FxHashMap<&str, Vec<Name>> = FxHashMap::default();
    for x in sugg.iter() {
        let Ok(b) = text.cp_range_to_bytes(x.span.range()) else { continue };
        let a = starts.partition_point(|&t| t < b.start);
        let e = starts.partition_point(|&t| t < b.end);
        for c in &mut covered[a..e] {
            *c = true;
        }
        let Some(label) = ENTITY_LABELS.iter().copied().find(|l| *l == x.label) else { continue };
        if a >= e || toks[a].start != b.start || toks[e - 1].end != b.end {
            continue;
        }
        let words: Vec<&str> = toks[a..e].iter().map(|t| t.text(s)).collect();
        if !words[0].chars().next().is_some_and(|c| c.is_uppercase() || is_cjk(c)) || words[0].chars().count() < 2 {
            continue;
        }
        let list = names.entry(words[0]).or_default();
        match list.iter_mut().find(|n| n.0 == words && n.1 == label) {
            Some(n) => {
                n.2 += x.score;
                n.3 += 1;
            }
            None => list.push((words, label, x.score, 1)),
        }
    }
    let mut added = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut step = 1;
        if let Some(list) = names.get(toks[i].text(s)) {
            // The longest name that starts here, then the one with the most evidence.
            let hit = list
                .iter()
                .filter(|(w, ..)| {
                    i + w.len() <= toks.len()
                        && !covered[i..i + w.len()].iter().any(|&c| c)
                        && w.iter().zip(&toks[i..]).all(|(a, t)| *a == t.text(s))
                })
                .max_by(|a, b| (a.0.len(), a.2).partial_cmp(&(b.0.len(), b.2)).unwrap_or(std::cmp::Ordering::Equal));
            if let Some((w, label, total, n)) = hit {
                let bytes = toks[i].start..toks[i + w.len() - 1].end;
                if let Ok(cp) = text.byte_range_to_cp(bytes) {
                    let score = (total / *n as f32 * 0.5).clamp(0.0, 1.0);
                    added.push(Suggestion { span: Span::new(cp.start, cp.end), label: label.to_string(), score });
                    step = w.len();
                }
            }
        }
        i += step;
    }
    sugg.extend(added);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, word: &str, nth: usize, label: &str, score: f32) -> Suggestion {
        let b = text.match_indices(word).nth(nth).map(|(b, _)| b).unwrap();
        let start = text[..b].chars().count();
        Suggestion { span: Span::new(start, start + word.chars().count()), label: label.into(), score }
    }

    #[test]
    fn one_string_one_label_by_the_most_evidence() {
        let t = "Tehran said talks went well. Later Tehran denied it. Tehran also spoke on May 5.";
        let text = Text::from(t);
        let sugg = vec![
            at(t, "Tehran", 0, "GPE", 0.9),
            at(t, "Tehran", 1, "ORG", 0.5),
            at(t, "Tehran", 2, "GPE", 0.6),
            at(t, "May 5", 0, "DATE", 0.9),
        ];
        let out = harmonise(&text, sugg.clone());
        assert_eq!(out.iter().map(|s| s.label.as_str()).collect::<Vec<_>>(), ["GPE", "GPE", "GPE", "DATE"]);
        assert_eq!(out[0], sugg[0], "a mention already carrying the winning label is unchanged");
        assert!((out[1].score - 1.5 / 2.0).abs() < 1e-6);
        assert_eq!(out.iter().map(|s| s.span).collect::<Vec<_>>(), sugg.iter().map(|s| s.span).collect::<Vec<_>>());
    }

    #[test]
    fn a_bare_surname_of_a_person_named_in_full_is_a_person() {
        let t = "Ban Ki-moon arrived. Later Ki-moon spoke. Ban said so.";
        let text = Text::from(t);
        let sugg =
            vec![at(t, "Ban Ki-moon", 0, "PERSON", 0.8), at(t, "Ki-moon", 1, "ORG", 0.4), at(t, "Ban", 1, "GPE", 0.7)];
        let out = harmonise(&text, sugg);
        assert_eq!(out[1].label, "PERSON");
        // "Ban" is a first name here, not the last word of the full name: left alone.
        assert_eq!(out[2].label, "GPE");
    }

    #[test]
    fn patterns_and_lone_mentions_are_untouched() {
        let t = "Oman met Iran on Monday.";
        let text = Text::from(t);
        let sugg = vec![at(t, "Oman", 0, "GPE", 0.7), at(t, "Iran", 0, "ORG", 0.3), at(t, "Monday", 0, "DATE", 0.9)];
        assert_eq!(harmonise(&text, sugg.clone()), sugg);
    }
}
