//! The first visit's static first paint: the sample document with the shipped model's suggestions,
//! drawn as the document view draws it (same classes, styles and titles, from the same pieces), under
//! hidden stand-ins for the header's and the search bar's controls (the English ones, so they wrap as
//! the app's do at every width), as plain HTML that the build puts into `index.html`
//! (`scripts/postbuild.mjs` reads `assets/first-paint.html`). The page shows it before any wasm has
//! run; `crate::start` removes it just before the app mounts, and a returning visitor (stored
//! documents) or who gets another interface language never sees it (`assets/first-visit.js` hides it
//! before the first paint).
//!
//! Invariant: `assets/first-paint.html` is what [`render`] gives for the sample and the shipped
//! model; the app crate's test `first_paint` fails when it is not (and rewrites it with
//! `SPANDREL_BLESS=1`). All text is escaped: the markup carries no user data but is built as if it did.

use crate::components::docview::{build_pieces, darker, piece_class, piece_style, piece_title};
use crate::i18n::t;
use spandrel_core::{Document, LabelSchema};

/// Attributes of a stand-in: takes its room, is not seen, read or reached.
const HIDDEN: &str = "tabindex=\"-1\" aria-hidden=\"true\" style=\"visibility:hidden\"";

/// A hidden stand-in button with the app's words, so it is as wide as the app's.
fn button(class: &str, text: &str) -> String {
    let class = if class.is_empty() { String::new() } else { format!(" class=\"{class}\"") };
    format!("<button{class} {HIDDEN}>{}</button>", escape(text))
}

/// The header as `components::header` lays it out (same elements, classes and words, in the order
/// it draws them), so that it wraps as the app's does at every width and the text starts where the
/// app will put it. Only the name and the document's title are seen.
fn header(title: &str) -> String {
    let languages: String = spandrel_core::locale::LANGUAGES
        .iter()
        .map(|l| format!("<option>{}</option>", escape(spandrel_core::locale::name(l.tag))))
        .collect();
    format!(
        "<header class=\"app-header\"><div class=\"header-row\"><h1>Spandrel</h1>\
<nav class=\"screens\" {HIDDEN}>{}{}{}</nav>\
<span class=\"doc-title\" dir=\"auto\">{}</span><span class=\"spacer\"></span>\
<span class=\"transfer\">{}{}{}</span>{}{}\
<span class=\"save-state\" {HIDDEN}>{}</span>\
<button class=\"sync-state\" {HIDDEN}><span>{}</span></button>\
<select class=\"language-menu\" {HIDDEN}>{languages}</select>{}{}</div></header>",
        button("", &t("header-annotate")),
        button("", &t("header-documents")),
        button("", &t("header-agreement")),
        escape(title),
        button("", &t("transfer-import")),
        button("", &t("transfer-export")),
        button("", &t("transfer-share")),
        button("", &t("header-undo-button")),
        button("", &t("header-redo-button")),
        escape(&t("header-saved")),
        escape(&t("sync-off")),
        button("", &t("header-guidelines")),
        button("", "?"),
    )
}

/// The search bar as `components::search` lays it out, hidden.
fn search_bar(schema: &LabelSchema) -> String {
    let labels: String = schema.labels.iter().map(|l| format!("<option>{}</option>", escape(&l.name))).collect();
    let option = |text: String| {
        format!("<label class=\"opt\" {HIDDEN}><input type=\"checkbox\" tabindex=\"-1\">{}</label>", escape(&text))
    };
    format!(
        "<div class=\"search-bar\"><label class=\"search-field\" {HIDDEN}>\
<input type=\"search\" tabindex=\"-1\" placeholder=\"{}\"></label>{}{}<span class=\"hit-count\"></span>\
{}{}<select {HIDDEN}>{labels}</select>{}</div>",
        escape(&t("search-placeholder")),
        option(t("search-ignore-case")),
        option(t("search-whole-word")),
        button("icon", "↑"),
        button("icon", "↓"),
        button("", &t("search-label-all")),
    )
}

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
    format!(
        "<div id=\"first-paint\" aria-busy=\"true\">{header}\
<main class=\"annotate\"><div class=\"doc-column\">{search}\
<article class=\"doc-view\" aria-label=\"{text_label}\"><div class=\"chunk\">{paras}</div></article></div>\
<aside class=\"side-panel\"></aside></main>\
<script type=\"application/json\" id=\"first-paint-suggestions\">{data}</script></div>\n",
        header = header(&doc.title),
        search = search_bar(schema),
        text_label = escape(&t("docview-text")),
    )
}
