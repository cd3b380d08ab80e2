//! The static first paint (`assets/first-paint.html`, put into `index.html` by the build) is the
//! sample with the shipped model's suggestions as the document view draws them: regenerated here and
//! compared, so it never drifts from the engine, the model or the view. `SPANDREL_BLESS=1` rewrites it.

use spandrel_app::components::first_paint;
use spandrel_core::edit::{Command, Editor, NewSpan};
use spandrel_core::extract::Model;
use spandrel_core::text::Text;
use spandrel_core::{Document, LabelSchema, Origin, Span, SpanState};

fn sample_with_suggestions() -> Document {
    let model = Model::from_bytes(include_bytes!("../../assets/model/ner-v1.bin")).expect("the shipped model");
    let doc = Document::new("sample", spandrel_app::app::SAMPLE_TITLE, spandrel_app::app::SAMPLE_TEXT, 0);
    let found = model.extract(&Text::from(spandrel_app::app::SAMPLE_TEXT));
    assert!(found.len() > 10, "the model suggests entities in the sample");
    let spans = found
        .into_iter()
        .map(|s| NewSpan {
            span: Span::new(s.span.start, s.span.end),
            label: s.label,
            origin: Origin::Extracted { engine: spandrel_app::state::ENGINE.into(), score: s.score },
            state: SpanState::Suggested,
            note: String::new(),
        })
        .collect();
    let mut ed = Editor::new(doc);
    ed.apply(Command::AddSpans(spans), 0).expect("suggestions apply");
    ed.into_doc()
}

#[test]
fn the_static_first_paint_is_the_sample_as_drawn_now() {
    let _tab = crate::support::app();
    let doc = sample_with_suggestions();
    let html = first_paint::render(&doc, &LabelSchema::default());
    // Every paragraph and every suggestion is there, as text.
    assert_eq!(html.matches("<p class=\"para\"").count(), doc.text.line_ranges().len());
    assert!(html.matches("class=\"seg m sug\"").count() >= doc.annotations.len() / 2);
    assert!(html.contains("Muscat"));
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/first-paint.html");
    if std::env::var("SPANDREL_BLESS").is_ok_and(|v| v == "1") {
        std::fs::write(path, &html).expect("write assets/first-paint.html");
    }
    let stored = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        stored == html,
        "assets/first-paint.html is not what the app draws for the sample now: run SPANDREL_BLESS=1 cargo test -p spandrel-app --test actions first_paint"
    );
}

#[test]
fn the_static_markup_escapes_what_it_shows() {
    let _tab = crate::support::app();
    let doc = Document::new("x", "<b>t</b>", "a <img src=x onerror=alert(1)> & \"b\"", 0);
    let html = first_paint::render(&doc, &LabelSchema::default());
    assert!(!html.contains("<img") && !html.contains("<b>"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;b&quot;"));
}
