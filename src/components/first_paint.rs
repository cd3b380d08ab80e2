//! The first visit's static first paint: the sample document with the shipped model's suggestions,
//! drawn as the document view draws it (same classes, styles and titles, from the same pieces), under
//! a skeleton of the header, as plain HTML that the build puts into `index.html`
//! (`scripts/postbuild.mjs` reads `assets/first-paint.html`). The page shows it before any wasm has
//! run; `crate::start` removes it just before the app mounts, and a returning visitor (stored
//! documents) never sees it (`assets/first-visit.js` hides it before the first paint).
//!
//! Invariant: `assets/first-paint.html` is what [`render`] gives for the sample and the shipped
//! model; the app crate's test `first_paint` fails when it is not (and rewrites it with
//! `SPANDREL_BLESS=1`). All text is escaped: the markup carries no user data but is built as if it did.

use crate::components::docview::{build_pieces, darker, piece_class, piece_style, piece_title};
use spandrel_core::{Document, LabelSchema};

/// Escapes text for an HTML text node or a double-quoted attribute value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The static markup of `doc` (its annotations as they are) with the header's skeleton.
pub fn render(doc: &Document, schema: &LabelSchema) -> String {
    let idx = spandrel_core::index::SpanIndex::new(doc);
    let mut paras = String::new();
    for (i, range) in doc.text.line_ranges().into_iter().enumerate() {
        let dir =
            spandrel_core::bidi::direction_in(doc.direction, doc.text.slice_cp(range.clone()).unwrap_or_default());
        paras.push_str(&format!("<p class=\"para\" data-para=\"{i}\" dir=\"{}\">", dir.attr()));
        for p in build_pieces(doc, &idx, schema, range, None) {
            // The label tags drawn before each span, as the app's anchors (inline: they take room).
            for (_, label, color) in &p.starts {
                paras.push_str(&format!(
                    "<span class=\"anchor\" data-tag=\"{}\" style=\"--mark-line:{}\"></span>",
                    escape(label),
                    escape(&darker(color))
                ));
            }
            let title = piece_title(&p);
            paras.push_str(&format!(
                "<span style=\"{}\" class=\"{}\"{}>{}</span>",
                escape(&piece_style(&p)),
                escape(&piece_class(&p)),
                if title.is_empty() { String::new() } else { format!(" title=\"{}\"", escape(&title)) },
                escape(&p.text)
            ));
        }
        paras.push_str("</p>");
    }
    // The suggestions themselves, for the app to start from (see `platform::dom::take_first_paint`):
    // a data block, never run.
    let found: Vec<(usize, usize, &str, f32)> = doc
        .annotations
        .values()
        .filter(|a| a.state == spandrel_core::SpanState::Suggested)
        .map(|a| (a.span.start, a.span.end, a.label.as_str(), a.origin.score_or_one()))
        .collect();
    let data = serde_json::to_string(&found).expect("numbers and strings serialize").replace('<', "\\u003c");
    // Hidden stand-ins for the controls the app draws in the header and the search bar, so the
    // text starts where the app will put it.
    let hidden = "tabindex=\"-1\" aria-hidden=\"true\" style=\"visibility:hidden\"";
    format!(
        "<div id=\"first-paint\" aria-busy=\"true\">\
<header class=\"app-header\"><div class=\"header-row\"><h1>Spandrel</h1>\
<nav class=\"screens\" {hidden}><button>Annotate</button><button>Documents</button><button>Agreement</button></nav><span class=\"doc-title\" dir=\"auto\">{title}</span></div></header>\
<main class=\"annotate\"><div class=\"doc-column\"><div class=\"search-bar\">\
<input type=\"search\" {hidden}><button class=\"icon\" {hidden}>↑</button><select {hidden}><option>PERSON</option></select><button {hidden}>Label all</button></div>\
<article class=\"doc-view\" aria-label=\"Document text\"><div class=\"chunk\">{paras}</div></article></div>\
<aside class=\"side-panel\"></aside></main>\
<script type=\"application/json\" id=\"first-paint-suggestions\">{data}</script></div>\n",
        title = escape(&doc.title),
    )
}
