//! The one rule for labels: how a new label is named, coloured and given a hotkey, and when adding or
//! renaming one is refused.

use spandrel_core::model::{LabelError, LabelSchema, NEW_LABEL_COLORS};

fn empty() -> LabelSchema {
    LabelSchema { labels: Vec::new(), ..LabelSchema::default() }
}

#[test]
fn a_new_label_is_trimmed_kept_as_typed_and_gets_the_next_colour_and_a_free_letter() {
    let mut s = LabelSchema::default();
    let n = s.labels.len();
    let l = s.add_label("  Drug ").unwrap().clone();
    assert_eq!(l.name, "Drug");
    assert_eq!(l.color, NEW_LABEL_COLORS[n % NEW_LABEL_COLORS.len()]);
    // d (DATE) and r (ORDINAL) are taken: the next letter of the name.
    assert_eq!(l.hotkey, Some('u'));
    assert_eq!(s.labels.last(), Some(&l));
    assert!(l.description.is_empty());
}

#[test]
fn when_every_letter_of_the_name_is_taken_the_first_free_letter_is_used_then_none() {
    let mut s = LabelSchema::default();
    // p, o, g, l, n, f, e, d, t, m, c, q, k, r are taken by the default labels.
    assert_eq!(s.add_label("POG").unwrap().hotkey, Some('a'));
    assert_eq!(s.add_label("Pot").unwrap().hotkey, Some('b'));
    let mut s = empty();
    for c in 'a'..='z' {
        assert_eq!(s.add_label(&format!("{c}{c}")).unwrap().hotkey, Some(c));
    }
    assert_eq!(s.add_label("Z2").unwrap().hotkey, None);
    assert_eq!(s.add_label("日本").unwrap().hotkey, None);
}

#[test]
fn empty_and_duplicate_names_are_refused_ignoring_case() {
    let mut s = LabelSchema::default();
    let before = s.clone();
    assert_eq!(s.add_label("   ").unwrap_err(), LabelError::Empty);
    assert_eq!(
        s.add_label(" person").unwrap_err(),
        LabelError::Duplicate { name: "person".into(), existing: "PERSON".into() }
    );
    assert_eq!(s, before);
    let e = s.add_label("Gpe").unwrap_err();
    assert_eq!(e.to_string(), "a label named GPE already exists");
}

#[test]
fn colours_cycle_through_the_palette() {
    let mut s = empty();
    let colours: Vec<String> = (0..10).map(|i| s.add_label(&format!("L{i}")).unwrap().color.clone()).collect();
    assert_eq!(colours[0], NEW_LABEL_COLORS[0]);
    assert_eq!(colours[8], NEW_LABEL_COLORS[0]);
    assert_eq!(colours[9], NEW_LABEL_COLORS[1]);
}

#[test]
fn rename_keeps_the_looks_and_refuses_what_add_refuses() {
    let mut s = LabelSchema::default();
    let gpe = s.label("GPE").unwrap().clone();
    s.rename_label("GPE", " Place ").unwrap();
    let place = s.label("Place").unwrap();
    assert_eq!((place.color.as_str(), place.hotkey), (gpe.color.as_str(), gpe.hotkey));
    assert!(s.label("GPE").is_none());
    let at = s.labels.iter().position(|l| l.name == "Place");
    assert_eq!(at, Some(2), "the label keeps its place");
    // Only the case changes: allowed.
    s.rename_label("Place", "PLACE").unwrap();
    assert!(s.label("PLACE").is_some());
    let before = s.clone();
    assert_eq!(s.rename_label("PLACE", ""), Err(LabelError::Empty));
    assert_eq!(s.rename_label("NOPE", "X"), Err(LabelError::Unknown("NOPE".into())));
    assert_eq!(
        s.rename_label("PLACE", "org"),
        Err(LabelError::Duplicate { name: "org".into(), existing: "ORG".into() })
    );
    assert_eq!(s, before);
}

#[test]
fn imported_labels_follow_the_same_rule() {
    let mut s = LabelSchema::default();
    let n = s.labels.len();
    assert_eq!(s.add_missing(&["Drug".into(), "PERSON".into()], None), ["Drug"]);
    let drug = s.label("Drug").unwrap();
    assert_eq!((drug.color.as_str(), drug.hotkey), (NEW_LABEL_COLORS[n % NEW_LABEL_COLORS.len()], Some('u')));
    // The same name and looks as the palette's "New label" would give.
    let mut typed = LabelSchema::default();
    assert_eq!(typed.add_label("Drug").unwrap(), drug);
}

#[test]
fn guidance_is_set_per_label_or_for_the_project_and_travels_with_the_schema() {
    let mut s = LabelSchema::default();
    assert!(s.has_guidance(), "the default labels carry descriptions");
    s.set_guidance(None, "  Mark every named entity once per mention.\n").unwrap();
    assert_eq!(s.guidelines, "Mark every named entity once per mention.");
    s.set_guidance(Some("GPE"), "Places with a government: countries, cities, states.").unwrap();
    assert_eq!(s.label("GPE").unwrap().description, "Places with a government: countries, cities, states.");
    assert_eq!(s.set_guidance(Some("NOPE"), "x"), Err(spandrel_core::model::LabelError::Unknown("NOPE".into())));
    // Through our JSON and back, and into a browser without guidelines (never over its own).
    let json = serde_json::to_string(&s).unwrap();
    let back: LabelSchema = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
    let mut other = empty();
    other.add_missing(&[], Some(&back));
    assert_eq!(other.guidelines, s.guidelines);
    assert_eq!(other.label("GPE").unwrap().description, s.label("GPE").unwrap().description);
    let mut own = empty();
    own.guidelines = "Ours.".into();
    own.add_missing(&[], Some(&back));
    assert_eq!(own.guidelines, "Ours.");
    // Without guidelines the field is not written (older readers see the schema they know).
    assert!(!serde_json::to_string(&empty()).unwrap().contains("guidelines"));
}
