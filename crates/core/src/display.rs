//! How user strings (titles, file names, labels, notes) appear inside the app's own sentences.
//!
//! Invariant: a user string shown inside a message is quoted (“…”) and shown isolated: the app
//! renders each quoted part ([`split_quoted`]) in its own `<bdi>`, and text-only surfaces can wrap
//! it in Unicode isolates ([`isolate`]: U+2068 … U+2069, closing any embedding, override or isolate
//! it opens), so right-to-left text or a stray U+202E override can never reorder the sentence.

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

/// `“s”`: the form every message uses for a title, file name or other user string; the app shows
/// quoted parts isolated (see [`split_quoted`]).
pub fn quoted(s: &str) -> String {
    format!("“{s}”")
}

/// A message cut into plain and quoted parts (`true`: the text between “ and ”, a user string),
/// so that the app can show each quoted part isolated (`<bdi>`), keeping the text itself as it is.
pub fn split_quoted(message: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut rest = message;
    while let Some(open) = rest.find('“') {
        let after = &rest[open + '“'.len_utf8()..];
        let Some(close) = after.find('”') else { break };
        out.push((false, &rest[..open + '“'.len_utf8()]));
        out.push((true, &after[..close]));
        rest = &after[close..];
    }
    if !rest.is_empty() {
        out.push((false, rest));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_split_into_plain_and_quoted_parts() {
        let m = "Added 2 document(s): “\u{202E}evil.txt”, “report.txt”.";
        assert_eq!(
            split_quoted(m),
            [
                (false, "Added 2 document(s): “"),
                (true, "\u{202E}evil.txt"),
                (false, "”, “"),
                (true, "report.txt"),
                (false, "”.")
            ]
        );
        let joined: String = split_quoted(m).into_iter().map(|(_, s)| s).collect();
        assert_eq!(joined, m, "nothing is lost or added");
        assert_eq!(split_quoted("no quotes, “unclosed"), [(false, "no quotes, “unclosed")]);
    }

    #[test]
    fn overrides_are_closed_inside_the_isolate() {
        assert_eq!(isolate("\u{202E}evil.txt"), "\u{2068}\u{202E}evil.txt\u{202C}\u{2069}");
        // A stray PDI cannot close the wrapper early; an opened isolate is closed.
        assert_eq!(isolate("a\u{2069}b\u{2067}c"), "\u{2068}ab\u{2067}c\u{2069}\u{2069}");
    }
}
