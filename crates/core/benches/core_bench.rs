//! Core timings on a 1 MB mixed-script text with 10k spans. Prints numbers; asserts nothing.
//! Run: `cargo bench -p spandrel-core --bench core_bench`. Target: interactive operations < 1 ms.

use spandrel_core::edit::{Command, Editor, NewSpan};
use spandrel_core::index::{label_counts, layout_levels, segments, SpanIndex};
use spandrel_core::model::{Document, Id, Span};
use spandrel_core::snap::{snap_to_graphemes, snap_to_words};
use spandrel_core::text::Text;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Small deterministic xorshift generator (no dependency, reproducible runs).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const WORDS: &[&str] = &[
    "Iran",
    "talks",
    "Muscat",
    "Tehran’s",
    "Iran–US",
    "“temporary”",
    "the",
    "of",
    "diplomacy",
    "Oman",
    "U.S.",
    "阿拉格齐",
    "外交部长",
    "谈判",
    "😀",
    "👨\u{200d}👩\u{200d}👧",
    "🇮🇷",
    "café",
    "naïve",
    "مفاوضات",
    "שלום",
    "2025",
    "sanctions,",
];
const LABELS: &[&str] = &["PERSON", "ORG", "GPE", "LOC", "DATE"];

fn make_text(rng: &mut Rng, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 64);
    while s.len() < bytes {
        for _ in 0..(40 + rng.below(80)) {
            s.push_str(WORDS[rng.below(WORDS.len())]);
            s.push(if rng.below(12) == 0 { ',' } else { ' ' });
        }
        s.push_str(".\r\n\r\n");
    }
    s
}

fn us(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

/// Runs `f` `n` times; returns (mean, p99, max) in µs.
fn time_each(n: usize, mut f: impl FnMut(usize)) -> (f64, f64, f64) {
    let mut times: Vec<Duration> = (0..n)
        .map(|i| {
            let t = Instant::now();
            f(i);
            t.elapsed()
        })
        .collect();
    times.sort_unstable();
    let total: Duration = times.iter().sum();
    let p99 = times.get(n * 99 / 100).or(times.last()).copied().unwrap_or_default();
    let max = times.last().copied().unwrap_or_default();
    (us(total) / n.max(1) as f64, us(p99), us(max))
}

fn report(name: &str, (mean, p99, max): (f64, f64, f64)) {
    println!("{name:<44} mean {mean:>9.2} µs   p99 {p99:>9.2} µs   max {max:>9.2} µs");
}

fn random_span(rng: &mut Rng, text: &Text) -> Span {
    let start = rng.below(text.len_cp() - 30);
    let r = snap_to_graphemes(text, start..start + 1 + rng.below(20)).unwrap_or(start..start + 1);
    Span::new(r.start, r.end)
}

fn main() {
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let raw = make_text(&mut rng, 1 << 20);

    let t = Instant::now();
    let text = Text::new(raw.clone());
    println!("Text::new on {} bytes / {} code points: {:.2} ms", text.len_utf8(), text.len_cp(), us(t.elapsed()) / 1e3);

    let mut doc = Document::new("bench", "bench", text.clone(), 0);
    let mut spans = Vec::with_capacity(10_000);
    while spans.len() < 10_000 {
        spans.push(NewSpan::manual(random_span(&mut rng, &text), LABELS[rng.below(LABELS.len())]));
    }
    let mut ed = Editor::new(std::mem::replace(&mut doc, Document::new("x", "x", "", 0)));
    let t = Instant::now();
    let added = ed.apply(Command::AddSpans(spans), 1).expect("bulk add");
    println!(
        "AddSpans bulk: {} added, {} duplicates skipped in {:.2} ms",
        added.created.len(),
        added.skipped,
        us(t.elapsed()) / 1e3
    );

    let t = Instant::now();
    let ix = SpanIndex::new(ed.doc());
    println!("SpanIndex build ({} spans): {:.2} ms", ix.len(), us(t.elapsed()) / 1e3);

    // A lead assigns 10,000 documents to 20 annotators with 20% overlap (issue #30: < 200 ms in the
    // browser; this is the native figure of the same code), then reassigns after a member leaves.
    let docs: Vec<(String, Vec<String>)> = (0..10_000).map(|i| (format!("doc-{i}"), Vec::new())).collect();
    let team: Vec<String> = (0..20).map(|i| format!("annotator-{i}")).collect();
    let rule = spandrel_core::assign::Rule { overlap_share: 0.2, overlap_k: 2 };
    let t = Instant::now();
    let plan = spandrel_core::assign::assign(&docs, &team, rule).expect("assign");
    println!(
        "assign 10,000 documents to 20 annotators, 20% overlap: {:.2} ms ({} slots)",
        us(t.elapsed()) / 1e3,
        plan.iter().map(|(_, a)| a.len()).sum::<usize>()
    );
    let t = Instant::now();
    let again = spandrel_core::assign::assign(&plan, &team[..19], rule).expect("reassign");
    println!(
        "reassign after one of 20 annotators leaves: {:.2} ms ({} documents changed)",
        us(t.elapsed()) / 1e3,
        again.iter().zip(&plan).filter(|(a, b)| a.1 != b.1).count()
    );

    // The lead's dashboard over that project, every assigned annotator having worked on their documents
    // (one accepted span each; core's `team::sample_project`, which the browser bench times in wasm too):
    // issue #30's "opens < 1 s" figure, natively.
    let (project_docs, versions) = spandrel_core::team::sample_project(10_000, 20, rule).expect("sample project");
    let t = Instant::now();
    let dash =
        spandrel_core::team::dashboard(&project_docs, |id| versions.get(id).cloned().unwrap_or_default(), |_| false);
    println!(
        "team dashboard, 20 annotators × 10,000 documents ({} overlapped): {:.2} ms",
        dash.overlapped.len(),
        us(t.elapsed()) / 1e3
    );

    // "Most informative first": the learner's doubt about 10,000 sentences (prepared once, as the
    // worker keeps them) and the greedy order, after one learning step (issue #31: < 100 ms in the worker).
    {
        use spandrel_core::active::{informative_order, normalise, Candidate, Seen};
        use spandrel_core::extract::learn::{Feedback, LabelMap, LabelledSpan, Learner, Prepared};
        let bytes =
            std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/model/ner-v1.bin")).expect("model");
        let model = spandrel_core::extract::Model::from_bytes(&bytes).expect("model loads");
        let sample = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/muscat-talks.txt"))
            .expect("sample");
        let sents: Vec<&str> = sample.split(". ").filter(|s| s.len() > 20).collect();
        let texts: Vec<Text> = (0..10_000).map(|i| Text::from(format!("{}. ({i})", sents[i % sents.len()]))).collect();
        let t = Instant::now();
        let prepared: Vec<Prepared> = texts.iter().map(|t| Prepared::new(&model, t)).collect();
        let prep_ms = us(t.elapsed()) / 1e3;
        let mut learner = Learner::new(LabelMap::identity());
        let first = texts[0].as_str().split_whitespace().next().unwrap_or("x").chars().count();
        let fb = Feedback {
            known: vec![LabelledSpan { span: Span::new(0, first), label: "BENCH".into() }],
            rejected: Vec::new(),
            done: true,
        };
        learner.observe_prepared(&prepared[0], &fb).expect("learns");
        let t = Instant::now();
        let cands: Vec<Candidate> = prepared
            .iter()
            .zip(&texts)
            .map(|(p, text)| {
                let u = learner.uncertainty(p);
                let strings = u.spans.iter().filter_map(|s| text.slice_cp(s.range()).ok()).map(normalise).collect();
                Candidate { uncertainty: u.max, strings }
            })
            .collect();
        let doubt_ms = us(t.elapsed()) / 1e3;
        let t = Instant::now();
        let order = informative_order(&cands, &Seen::new());
        println!(
            "rank 10,000 sentences, most informative first: doubt {doubt_ms:.1} ms + order {:.1} ms ({} ranked; preparing them once: {prep_ms:.0} ms)",
            us(t.elapsed()) / 1e3,
            order.len()
        );
    }

    let len = text.len_cp();
    let viewport = 3000;
    let starts: Vec<usize> = (0..1000).map(|_| rng.below(len - viewport)).collect();
    let mut found = 0;
    report(
        "viewport overlapping() (3000 cp) x1000",
        time_each(1000, |i| found += black_box(ix.overlapping(starts[i]..starts[i] + viewport)).len()),
    );
    println!("  (mean {} spans per viewport)", found / 1000);
    report("at(pos) x1000", time_each(1000, |i| drop(black_box(ix.at(starts[i])))));
    report(
        "SpanIndex::segments viewport x1000",
        time_each(1000, |i| drop(black_box(ix.segments(len, starts[i]..starts[i] + viewport)))),
    );
    let all: Vec<(Id, Span)> = ed.doc().annotations.values().map(|a| (a.id, a.span)).collect();
    report(
        "segments() over all spans, viewport x100",
        time_each(100, |i| drop(black_box(segments(len, &all, starts[i]..starts[i] + viewport)))),
    );
    report(
        "layout_levels viewport spans x1000",
        time_each(1000, |i| drop(black_box(layout_levels(&ix.overlapping_spans(starts[i]..starts[i] + viewport))))),
    );
    report("layout_levels all 10k spans x10", time_each(10, |_| drop(black_box(layout_levels(&all)))));
    report("label_counts 10k spans x100", time_each(100, |_| drop(black_box(label_counts(ed.doc())))));
    report(
        "snap_to_words random selection x1000",
        time_each(1000, |i| drop(black_box(snap_to_words(&text, starts[i]..starts[i] + 7)))),
    );
    report(
        "cp_to_utf16 + utf16_to_cp random x1000",
        time_each(1000, |i| {
            let u = text.cp_to_utf16(starts[i]).unwrap_or(0);
            black_box(text.utf16_to_cp(u).ok());
        }),
    );

    // 1,000 random edits, then undo all, then redo all.
    let mut live: Vec<Id> = ed.doc().annotations.keys().copied().collect();
    let mut refused = 0;
    let mut commands = Vec::with_capacity(1000);
    for _ in 0..1000 {
        let id = live[rng.below(live.len())];
        commands.push(match rng.below(4) {
            0 => Command::AddSpan(NewSpan::manual(random_span(&mut rng, &text), LABELS[rng.below(LABELS.len())])),
            1 => Command::Relabel { id, label: LABELS[rng.below(LABELS.len())].to_owned() },
            2 => Command::Resize { id, span: random_span(&mut rng, &text) },
            _ => Command::RemoveSpans(vec![id]),
        });
        // Keep `live` roughly right so later commands mostly hit existing ids.
        if let Some(Command::RemoveSpans(ids)) = commands.last() {
            live.retain(|x| !ids.contains(x));
        }
    }
    let mut cmds = commands.into_iter();
    report(
        "edit apply (add/relabel/resize/remove) x1000",
        time_each(1000, |i| {
            if let Some(c) = cmds.next() {
                if ed.apply(c, i as i64).is_err() {
                    refused += 1;
                }
            }
        }),
    );
    println!("  ({refused} commands refused as duplicates/unknown ids)");
    let applied = 1000 - refused;
    report("undo x(all applied)", time_each(applied, |i| drop(black_box(ed.undo(i as i64)))));
    report("redo x(all applied)", time_each(applied, |i| drop(black_box(ed.redo(i as i64)))));
}
