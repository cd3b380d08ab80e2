//! HTML (a saved web page or a fragment) to a plain text with its structure, parsed by html5ever (the WHATWG
//! parsing algorithm, as browsers parse) into a tree that is walked, never rendered.
//!
//! Invariants:
//! - Only readable content reaches the text: the page's `<main>` (else its `role="main"` element, else its
//!   `<article>` with the most text, else `<body>`), without scripts, styles, templates, frames, forms,
//!   navigation, asides, footers, or anything hidden (`hidden`, `aria-hidden="true"`, inline
//!   `display:none` / `visibility:hidden`). Comments and attributes never become text; event handlers
//!   and URLs are never run or fetched (there is no DOM, only a tree of data).
//! - Each heading, paragraph, list item, quote paragraph, preformatted line and table row is one line; a
//!   table row's cells are separated by tabs and each cell is a block. Whitespace collapses outside `<pre>`.
//! - Emphasis (`em`, `i`), strong (`strong`, `b`), code (`code`, `kbd`, `samp`), strikethrough (`s`, `del`)
//!   and links (`a href`, the href kept as written) become marks over exactly their text.
//! - The walk uses an explicit stack: a deeply nested page cannot overflow the call stack.

use super::{title_of, Block, BlockKind, Builder, MarkKind, SourceFile, Structure};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// Elements whose whole subtree is never text.
const SKIP: [&str; 24] = [
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head", "nav", "footer",
    "aside", "form", "button", "select", "textarea", "input", "canvas", "video", "audio", "map", "dialog", "title",
];

/// Elements that start and end a line of their own (the leaves' containers).
const BLOCKS: [&str; 30] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "caption",
    "address",
    "details",
    "summary",
];

/// The XPath of an element from the document's root, as the W3C `XPathSelector` takes it:
/// `/html[1]/body[1]/div[2]/p[3]` (each step's position among its parent's children of that name).
fn xpath_of(h: &Handle) -> String {
    let mut steps = Vec::new();
    let mut node = Some(h.clone());
    while let Some(n) = node {
        let Some(name) = name_of(&n) else { break };
        let parent = n.parent.take();
        n.parent.set(parent.clone());
        let parent = parent.and_then(|p| p.upgrade());
        let index = parent.as_ref().map_or(1, |p| {
            let kids = p.children.borrow();
            let before = kids.iter().take_while(|k| !std::rc::Rc::ptr_eq(k, &n));
            1 + before.filter(|k| name_of(k).as_deref() == Some(name.as_str())).count()
        });
        steps.push(format!("{name}[{index}]"));
        node = parent;
    }
    steps.reverse();
    format!("/{}", steps.join("/"))
}

fn name_of(h: &Handle) -> Option<String> {
    match &h.data {
        NodeData::Element { name, .. } => Some(name.local.to_string()),
        _ => None,
    }
}

fn attr(h: &Handle, key: &str) -> Option<String> {
    match &h.data {
        NodeData::Element { attrs, .. } => {
            attrs.borrow().iter().find(|a| a.name.local.as_ref() == key).map(|a| a.value.to_string())
        }
        _ => None,
    }
}

fn hidden(h: &Handle) -> bool {
    if attr(h, "hidden").is_some() || attr(h, "aria-hidden").is_some_and(|v| v.trim() == "true") {
        return true;
    }
    attr(h, "style").is_some_and(|s| {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// All text under `h` (for choosing the article with the most text and for the `<title>`).
fn text_len(h: &Handle) -> usize {
    let mut n = 0;
    let mut stack = vec![h.clone()];
    while let Some(x) = stack.pop() {
        if let NodeData::Text { contents } = &x.data {
            n += contents.borrow().trim().len();
        }
        if name_of(&x).is_some_and(|t| SKIP.contains(&t.as_str())) {
            continue;
        }
        stack.extend(x.children.borrow().iter().cloned());
    }
    n
}

fn find_all(root: &Handle, pred: &dyn Fn(&Handle) -> bool) -> Vec<Handle> {
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(x) = stack.pop() {
        if pred(&x) {
            out.push(x.clone());
        }
        // Children in document order once popped.
        stack.extend(x.children.borrow().iter().rev().cloned());
    }
    out
}

fn title_element(root: &Handle) -> Option<String> {
    let t = find_all(root, &|h| name_of(h).as_deref() == Some("title")).into_iter().next()?;
    let mut s = String::new();
    for c in t.children.borrow().iter() {
        if let NodeData::Text { contents } = &c.data {
            s.push_str(&contents.borrow());
        }
    }
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// The readable part of the page (see the module's invariants).
fn content_root(doc: &Handle) -> Handle {
    if let Some(m) = find_all(doc, &|h| name_of(h).as_deref() == Some("main")).into_iter().next() {
        return m;
    }
    if let Some(m) = find_all(doc, &|h| attr(h, "role").as_deref() == Some("main")).into_iter().next() {
        return m;
    }
    if let Some(a) = find_all(doc, &|h| name_of(h).as_deref() == Some("article")).into_iter().max_by_key(text_len) {
        return a;
    }
    find_all(doc, &|h| name_of(h).as_deref() == Some("body")).into_iter().next().unwrap_or_else(|| doc.clone())
}

struct Walk {
    b: Builder,
    /// The open leaf block and where it started.
    leaf: Option<(Block, usize)>,
    /// Open lists (ordered?), quotes, preformatted depth, table (row, col, header row?).
    lists: Vec<bool>,
    quotes: usize,
    pre: usize,
    rows: Vec<(u32, u32)>,
    /// Open marks: kind, href, start.
    marks: Vec<(MarkKind, Option<String>, usize)>,
    /// The block-level elements open around the walk (the content root first): a block's source element is
    /// the innermost one, named by its XPath.
    elements: Vec<Handle>,
}

impl Walk {
    fn context_block(&self) -> Block {
        if self.pre > 0 {
            return Block::new(BlockKind::Code, 0, 0);
        }
        match self.lists.last() {
            Some(&ordered) => Block { level: self.lists.len() as u8, ordered, ..Block::new(BlockKind::ListItem, 0, 0) },
            None if self.quotes > 0 => Block::new(BlockKind::Quote, 0, 0),
            None => Block::new(BlockKind::Paragraph, 0, 0),
        }
    }

    fn close_leaf(&mut self) {
        if let Some((block, start)) = self.leaf.take() {
            self.b.block(block, start);
        }
        self.b.end_line();
    }

    fn open_leaf(&mut self, mut block: Block) {
        self.close_leaf();
        block.xpath = self.elements.last().map(xpath_of);
        self.leaf = Some((block, self.b.cp()));
    }

    fn text(&mut self, t: &str) {
        if self.pre > 0 {
            if self.leaf.is_none() {
                self.open_leaf(Block::new(BlockKind::Code, 0, 0));
            }
            self.b.push_str(&t.replace('\r', ""));
            return;
        }
        let collapsed: String = t.split_whitespace().collect::<Vec<_>>().join(" ");
        let lead = t.starts_with(char::is_whitespace);
        let trail = t.ends_with(char::is_whitespace) && !collapsed.is_empty();
        if collapsed.is_empty() {
            if lead && self.leaf.is_some() && !self.b.at_line_start() && !self.b.text.ends_with([' ', '\t']) {
                self.b.push_char(' ');
            }
            return;
        }
        if self.leaf.is_none() {
            let block = self.context_block();
            self.open_leaf(block);
        } else if lead && !self.b.at_line_start() && !self.b.text.ends_with([' ', '\t']) {
            self.b.push_char(' ');
        }
        self.b.push_str(&collapsed);
        if trail {
            self.b.push_char(' ');
        }
    }

    fn enter(&mut self, tag: &str, h: &Handle) {
        // A cell does not end its row's line.
        if BLOCKS.contains(&tag) && !matches!(tag, "td" | "th") {
            self.close_leaf();
        }
        match tag {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = tag[1..].parse().unwrap_or(1);
                self.open_leaf(Block { level, ..Block::new(BlockKind::Heading, 0, 0) });
            }
            "ul" | "ol" => self.lists.push(tag == "ol"),
            "li" => {
                let block = self.context_block();
                self.open_leaf(block);
            }
            "blockquote" => self.quotes += 1,
            "pre" => {
                self.pre += 1;
                self.open_leaf(Block::new(BlockKind::Code, 0, 0));
            }
            "table" => self.rows.push((0, 0)),
            "tr" => {
                if let Some(r) = self.rows.last_mut() {
                    r.1 = 0;
                }
            }
            "td" | "th" => {
                // Cells of a row share a line: no line break between them.
                let (row, col) = self.rows.last().copied().unwrap_or((0, 0));
                if col > 0 {
                    self.b.push_char('\t');
                }
                let block = Block {
                    row: Some(row),
                    col: Some(col),
                    header: tag == "th",
                    xpath: Some(xpath_of(h)),
                    ..Block::new(BlockKind::TableCell, 0, 0)
                };
                self.leaf = Some((block, self.b.cp()));
            }
            "br" => {
                if self.pre > 0 {
                    self.b.push_char('\n');
                } else if self.leaf.is_some() {
                    self.b.push_char(' ');
                }
            }
            "em" | "i" => self.marks.push((MarkKind::Emphasis, None, self.b.cp())),
            "strong" | "b" => self.marks.push((MarkKind::Strong, None, self.b.cp())),
            "s" | "del" | "strike" => self.marks.push((MarkKind::Strikethrough, None, self.b.cp())),
            "code" | "kbd" | "samp" | "tt" if self.pre == 0 => self.marks.push((MarkKind::Code, None, self.b.cp())),
            "a" => {
                let href = attr(h, "href").filter(|s| !s.trim().is_empty());
                self.marks.push((MarkKind::Link, href, self.b.cp()));
            }
            _ => {}
        }
    }

    fn exit(&mut self, tag: &str) {
        match tag {
            "ul" | "ol" => {
                self.close_leaf();
                self.lists.pop();
            }
            "blockquote" => {
                self.close_leaf();
                self.quotes = self.quotes.saturating_sub(1);
            }
            "pre" => {
                self.close_leaf();
                self.pre = self.pre.saturating_sub(1);
            }
            "td" | "th" => {
                if let Some((block, start)) = self.leaf.take() {
                    self.b.block(block, start);
                }
                if let Some(r) = self.rows.last_mut() {
                    r.1 += 1;
                }
            }
            "tr" => {
                self.close_leaf();
                if let Some(r) = self.rows.last_mut() {
                    if r.1 > 0 {
                        r.0 += 1;
                    }
                }
            }
            "table" => {
                self.close_leaf();
                self.rows.pop();
            }
            "em" | "i" | "strong" | "b" | "s" | "del" | "strike" | "a" => self.pop_mark(),
            "code" | "kbd" | "samp" | "tt" if self.pre == 0 => self.pop_mark(),
            t if BLOCKS.contains(&t) => self.close_leaf(),
            _ => {}
        }
    }

    fn pop_mark(&mut self) {
        if let Some((kind, href, start)) = self.marks.pop() {
            // A link without a target is not a link mark.
            if kind != MarkKind::Link || href.is_some() {
                self.b.mark(kind, href, start);
            }
        }
    }
}

/// An HTML file's text and structure, and its title (the first heading, else `<title>`, else `name`'s stem).
pub fn read(name: &str, source: &str) -> (String, String, Structure) {
    let dom: RcDom = html5ever::parse_document(RcDom::default(), Default::default()).one(source);
    let root = content_root(&dom.document);
    let mut w = Walk {
        b: Builder::default(),
        leaf: None,
        lists: Vec::new(),
        quotes: 0,
        pre: 0,
        rows: Vec::new(),
        marks: Vec::new(),
        elements: vec![root.clone()],
    };
    // (node, entered): a node is entered, its children walked, then exited.
    let mut stack: Vec<(Handle, bool)> = vec![(root, false)];
    while let Some((h, entered)) = stack.pop() {
        match &h.data {
            NodeData::Text { contents } => w.text(&contents.borrow()),
            NodeData::Element { .. } => {
                let tag = name_of(&h).unwrap_or_default();
                let block = BLOCKS.contains(&tag.as_str());
                if entered {
                    w.exit(&tag);
                    if block {
                        w.elements.pop();
                    }
                    continue;
                }
                if SKIP.contains(&tag.as_str()) || hidden(&h) {
                    continue;
                }
                if block {
                    w.elements.push(h.clone());
                }
                w.enter(&tag, &h);
                stack.push((h.clone(), true));
                for c in h.children.borrow().iter().rev() {
                    stack.push((c.clone(), false));
                }
            }
            NodeData::Document => {
                for c in h.children.borrow().iter().rev() {
                    stack.push((c.clone(), false));
                }
            }
            _ => {}
        }
    }
    w.close_leaf();
    let stem = name.rsplit_once('.').map(|(s, _)| s).unwrap_or(name);
    let (text, structure) =
        w.b.finish(SourceFile { name: name.to_string(), media_type: "text/html".into(), digest: None, pages: None });
    // The page's own heading names the document better than its <title> ("Headline - Site name").
    let fallback = title_element(&dom.document).unwrap_or_else(|| stem.to_string());
    let title = title_of(&text, &structure, &fallback);
    (text, title, structure)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(text: &str, s: &Structure) -> Vec<(String, BlockKind, u8)> {
        s.blocks.iter().map(|b| (text.chars().skip(b.start).take(b.end - b.start).collect(), b.kind, b.level)).collect()
    }

    #[test]
    fn readable_content_with_blocks_and_marks() {
        let html = r#"<!doctype html><html><head><title> Talks  in Muscat </title><style>p{color:red}</style>
            <script>alert(1)</script></head><body><nav><a href="/">Home</a></nav>
            <main><h1>Talks in <em>Muscat</em></h1>
            <p onclick="steal()">Iran and the <a href="https://example.org/us">United States</a> met
               on <strong>6 February</strong>.<!-- secret --></p>
            <div style="display: none">hidden cookie banner</div>
            <ul><li>Oman hosts</li><li>Talks <b>resume</b><ol><li>nested</li></ol></li></ul>
            <blockquote><p>A quote.</p></blockquote>
            <pre>line one
  line two</pre>
            <table><tr><th>Who</th><th>Where</th></tr><tr><td>Araghchi</td><td>Muscat</td></tr></table>
            <iframe src="https://evil.example"></iframe></main><footer>Copyright</footer></body></html>"#;
        let (text, title, s) = read("page.html", html);
        assert_eq!(title, "Talks in Muscat");
        let (_, title, _) = read("t.html", "<title>Site - Page</title><p>No heading here.</p>");
        assert_eq!(title, "Site - Page");
        assert_eq!(
            text,
            "Talks in Muscat\nIran and the United States met on 6 February.\nOman hosts\nTalks resume\nnested\nA quote.\nline one\n  line two\nWho\tWhere\nAraghchi\tMuscat"
        );
        let b = blocks(&text, &s);
        assert_eq!(b[0], ("Talks in Muscat".into(), BlockKind::Heading, 1));
        assert_eq!(b[1].1, BlockKind::Paragraph);
        assert_eq!(b[2], ("Oman hosts".into(), BlockKind::ListItem, 1));
        assert_eq!(b[4], ("nested".into(), BlockKind::ListItem, 2));
        assert_eq!(b[5].1, BlockKind::Quote);
        assert_eq!(b[6], ("line one\n  line two".into(), BlockKind::Code, 0));
        assert_eq!(b[7].1, BlockKind::TableCell);
        let link = s.marks.iter().find(|m| m.kind == MarkKind::Link).unwrap();
        assert_eq!(link.href.as_deref(), Some("https://example.org/us"));
        assert_eq!(text.chars().skip(link.start).take(link.end - link.start).collect::<String>(), "United States");
        s.check(text.chars().count()).unwrap();
        for bad in ["alert", "steal", "secret", "cookie", "Copyright", "Home", "color"] {
            assert!(!text.contains(bad), "{bad} in {text:?}");
        }
    }

    #[test]
    fn a_fragment_without_body_and_deep_nesting_read() {
        let (text, _, _) = read("f.html", "Just <i>text</i> and <b>more</b>");
        assert_eq!(text, "Just text and more");
        let deep = format!("{}deep{}", "<div>".repeat(5_000), "</div>".repeat(5_000));
        let (text, _, _) = read("deep.html", &deep);
        assert_eq!(text, "deep");
    }
}
