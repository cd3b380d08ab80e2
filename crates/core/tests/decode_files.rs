//! File decoding: byte-order marks, UTF-16, invalid bytes, HTML visible text, fuzzing.

use proptest::prelude::*;
use spandrel_core::decode::*;

#[test]
fn kinds_from_extension() {
    let cases = [
        ("a.txt", FileKind::Txt),
        ("README.MD", FileKind::Markdown),
        ("x.markdown", FileKind::Markdown),
        ("page.HTM", FileKind::Html),
        ("page.html", FileKind::Html),
        ("d.json", FileKind::Json),
        ("d.jsonl", FileKind::Jsonl),
        ("d.ndjson", FileKind::Jsonl),
        ("noext", FileKind::Txt),
        ("weird.csv", FileKind::Txt),
    ];
    for (name, kind) in cases {
        assert_eq!(FileKind::from_name(name), kind, "{name}");
    }
}

#[test]
fn utf8_with_and_without_bom() {
    let plain = "Zoë met 😀\r\nnext line";
    let d = decode_text_file("a.txt", plain.as_bytes()).unwrap();
    assert_eq!((d.text.as_str(), d.encoding, d.kind), (plain, "utf-8", FileKind::Txt));
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(plain.as_bytes());
    let d = decode_text_file("a.md", &bom).unwrap();
    // The BOM is the only thing removed: CRLF and everything else stays.
    assert_eq!((d.text.as_str(), d.encoding, d.kind), (plain, "utf-8 (bom)", FileKind::Markdown));
    // A BOM in the middle is content, not a marker.
    let mid = "a\u{FEFF}b";
    assert_eq!(decode_text_file("m.txt", mid.as_bytes()).unwrap().text, mid);
}

fn utf16_bytes(s: &str, big: bool) -> Vec<u8> {
    let mut v = if big { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
    for u in s.encode_utf16() {
        v.extend_from_slice(&if big { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    v
}

#[test]
fn utf16_both_endians() {
    let s = "Grüße 😀 — 東京\n";
    for big in [false, true] {
        let d = decode_text_file("x.txt", &utf16_bytes(s, big)).unwrap();
        assert_eq!(d.text, s);
        assert_eq!(d.encoding, if big { "utf-16be" } else { "utf-16le" });
    }
}

#[test]
fn utf16_errors_name_file_and_offset() {
    let mut odd = utf16_bytes("ab", false);
    odd.push(0x41);
    let e = decode_text_file("odd.txt", &odd).unwrap_err();
    assert_eq!(e, DecodeError::OddUtf16Length { name: "odd.txt".into(), len: 7, offset: 6 });
    assert!(e.to_string().contains("odd.txt") && e.to_string().contains("offset 6"), "{e}");

    // "a", then a lone high surrogate, then "b".
    let mut bad = vec![0xFF, 0xFE, b'a', 0];
    bad.extend_from_slice(&0xD800u16.to_le_bytes());
    bad.extend_from_slice(&[b'b', 0]);
    let e = decode_text_file("sur.txt", &bad).unwrap_err();
    assert_eq!(e, DecodeError::InvalidUtf16 { name: "sur.txt".into(), offset: 4 });
}

#[test]
fn invalid_utf8_reports_byte_offset() {
    // "café" in Windows-1252: é is 0xE9.
    let e = decode_text_file("latin.txt", b"caf\xE9 au lait").unwrap_err();
    assert_eq!(e, DecodeError::InvalidUtf8 { name: "latin.txt".into(), offset: 3 });
    let msg = e.to_string();
    assert!(msg.contains("latin.txt") && msg.contains("offset 3"), "{msg}");
    // Offsets count the BOM too.
    let e = decode_text_file("b.txt", b"\xEF\xBB\xBFok\xFF").unwrap_err();
    assert_eq!(e, DecodeError::InvalidUtf8 { name: "b.txt".into(), offset: 5 });
    // Truncated multi-byte sequence at the end.
    let e = decode_text_file("t.txt", "ab😀".as_bytes().split_last().unwrap().1).unwrap_err();
    assert_eq!(e, DecodeError::InvalidUtf8 { name: "t.txt".into(), offset: 2 });
}

#[test]
fn nul_bytes_are_reported_as_binary() {
    // UTF-16 without BOM looks like ASCII with NULs.
    let e = decode_text_file("nobom.txt", b"h\0i\0").unwrap_err();
    assert_eq!(e, DecodeError::Binary { name: "nobom.txt".into(), offset: 1 });
    assert!(e.to_string().contains("byte-order mark"));
}

#[test]
fn html_visible_text() {
    let html = r#"<!DOCTYPE html>
<html><head><title>Hidden title</title><meta charset="utf-8">
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body>
  <h1>Muscat   talks</h1>
  <!-- a comment with <p>tags</p> -->
  <p>Oman &amp; Iran met in <b>Muscat</b> on 3&nbsp;May.</p>
  <p title="a > b">Quotes: &quot;x&quot; &#39;y&#39; &lt;tag&gt; &#233; &#x1F600; &unknown; AT&T</p>
  <ul><li>one</li><li>two<br>three</li></ul>
  <div>Tab<table><tr><td>a</td><td>b</td></tr></table></div>
  <pre>  keep
    spaces</pre>
  <SCRIPT type="text/javascript">alert(1)</SCRIPT>
</body></html>"#;
    let d = decode_text_file("page.html", html.as_bytes()).unwrap();
    assert_eq!(d.kind, FileKind::Html);
    let expected = "Muscat talks\n\nOman & Iran met in Muscat on 3\u{A0}May.\n\n\
Quotes: \"x\" 'y' <tag> é 😀 &unknown; AT&T\n\none\ntwo\nthree\n\nTab\n\na\tb\n\n  keep\n    spaces";
    assert_eq!(d.text, expected);
}

#[test]
fn html_without_head_end_or_with_broken_markup() {
    assert_eq!(html_to_text("<head><title>t</title><body>Hello"), "Hello");
    // "< " is text; "<d" opens an (unknown) element, as in browsers.
    assert_eq!(html_to_text("a < b and c<d"), "a < b and c");
    assert_eq!(html_to_text("1 <2"), "1 <2");
    assert_eq!(html_to_text("x <!-- never closed"), "x");
    assert_eq!(html_to_text("<script>never closed"), "");
    assert_eq!(html_to_text("<p>unterminated <b attr='>"), "unterminated");
    assert_eq!(html_to_text("&#0; &#xD800; &#99999999999;"), "\u{FFFD} \u{FFFD} \u{FFFD}");
    assert_eq!(decode_entities("&amp;amp; &lt"), "&amp; &lt");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300),
                                       ext in prop::sample::select(vec!["txt", "html", "json", "md", "jsonl"])) {
        let name = format!("f.{ext}");
        match decode_text_file(&name, &bytes) {
            Ok(d) => {
                prop_assert!(!d.text.contains('\0'));
                if ext != "html" && d.encoding == "utf-8" {
                    prop_assert_eq!(d.text.as_bytes(), &bytes[..]);
                }
            }
            Err(e) => prop_assert!(e.to_string().contains(&name)),
        }
    }

    #[test]
    fn html_never_panics(parts in proptest::collection::vec(prop::sample::select(vec![
        "<", ">", "</", "<!--", "-->", "<p>", "</p>", "<script>", "</script>", "<pre>", "</pre>", "<br>",
        "&", ";", "&#", "&#x", "&amp;", "\"", "'", " ", "\n", "é", "😀", "<head>", "</head>", "<td>", "a", "1",
        "<!", "<?", "</ x>", "=", "<style", "</SCRIPT",
    ]), 0..60)) {
        let html: String = parts.concat();
        let t = html_to_text(&html);
        prop_assert!(!t.starts_with('\n') && !t.ends_with('\n'));
    }

    #[test]
    fn utf16_round_trips(s in "\\PC{0,40}", big in any::<bool>()) {
        prop_assume!(!s.contains('\0'));
        let d = decode_text_file("x.txt", &utf16_bytes(&s, big)).unwrap();
        prop_assert_eq!(d.text, s);
    }

    #[test]
    fn plain_text_is_unchanged_by_html_free_kinds(s in "\\PC{0,60}") {
        prop_assume!(!s.contains('\0'));
        let d = decode_text_file("x.json", s.as_bytes()).unwrap();
        prop_assert_eq!(d.text, s);
    }
}
