//! How user strings (titles, file names, labels, notes) appear inside the app's own sentences.
//!
//! Invariant: a user string shown inside a message is wrapped in Unicode isolates (U+2068 FIRST
//! STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE), and any isolate or embedding/override it opens
//! is closed inside the wrapper, so right-to-left text or a stray U+202E override inside it can
//! never reorder the sentence around it.

/// `s` isolated for display inside a sentence (see the module docs).
pub fn isolate(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    out.push('\u{2068}');
    // Embeddings/overrides (LRE RLE LRO RLO, closed by PDF) and isolates (LRI RLI FSI, closed by PDI)
    // opened inside the string are closed before the wrapper ends.
    let (mut embeds, mut isolates) = (0usize, 0usize);
    for c in s.chars() {
        match c {
            '\u{202A}'..='\u{202E}' if c != '\u{202C}' => embeds += 1,
            '\u{202C}' => embeds = embeds.saturating_sub(1),
            '\u{2066}'..='\u{2068}' => isolates += 1,
            '\u{2069}' => {
                if isolates == 0 {
                    continue; // would close our own wrapper
                }
                isolates -= 1;
            }
            _ => {}
        }
        out.push(c);
    }
    out.extend(std::iter::repeat_n('\u{202C}', embeds));
    out.extend(std::iter::repeat_n('\u{2069}', isolates));
    out.push('\u{2069}');
    out
}

/// `“s”` with `s` isolated: the form every message uses for a title or file name.
pub fn quoted(s: &str) -> String {
    format!("“{}”", isolate(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_are_closed_inside_the_isolate() {
        assert_eq!(isolate("\u{202E}evil.txt"), "\u{2068}\u{202E}evil.txt\u{202C}\u{2069}");
        assert_eq!(quoted("report.txt"), "“\u{2068}report.txt\u{2069}”");
        // A stray PDI cannot close the wrapper early; an opened isolate is closed.
        assert_eq!(isolate("a\u{2069}b\u{2067}c"), "\u{2068}ab\u{2067}c\u{2069}\u{2069}");
    }
}
