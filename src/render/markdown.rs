//! Markdown to HTML with pulldown-cmark: heading ids, cross-links (`@/lessons/<slug>`,
//! `@/pages/<slug>`, `@/lessons`) rewritten to relative addresses, images pointed at the copied
//! media, raw HTML shown as text.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::{BTreeSet, HashMap, VecDeque};

use crate::error::{Diagnostic, Location};
use crate::load::ContentFile;

/// Where a content file's page sits, which decides its relative links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Kind {
    #[default]
    /// `<cc>/<locale>/lessons/<slug>/index.html`
    Lesson,
    /// `<cc>/<locale>/<slug>/index.html`
    Page,
}

impl Kind {
    /// The prefix from this kind of page up to the locale's folder.
    fn up(self) -> &'static str {
        match self {
            Kind::Lesson => "../../",
            Kind::Page => "../",
        }
    }
}

/// What links may point at.
pub struct Targets<'a> {
    pub lessons: &'a BTreeSet<String>,
    pub pages: &'a BTreeSet<String>,
    /// Lessons that exist but are not shown where this rendering goes: their links become text.
    pub hidden: &'a BTreeSet<String>,
    /// Assets, by their path under `media/`.
    pub media: &'a BTreeSet<String>,
    /// The media folder of this file's lesson or page, e.g. `lessons/grooming-8-10`.
    pub media_dir: &'a str,
    /// Cleans raw HTML; `None` when the campaign trusts its own HTML.
    pub sanitizer: Option<&'a super::sanitize::Sanitizer>,
}

/// A heading, for a table of contents.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// HTML that templates show as it is: one shared string, handed to every page that shows it
/// without a copy (copying a lesson's HTML into each page's context was 3% of a build).
#[derive(Clone)]
pub struct SafeHtml(tera::Value);

impl SafeHtml {
    pub fn new(html: &str) -> SafeHtml {
        SafeHtml(tera::Value::safe_string(html))
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str().unwrap_or_default()
    }
}

impl Default for SafeHtml {
    fn default() -> SafeHtml {
        SafeHtml::new("")
    }
}

impl std::fmt::Debug for SafeHtml {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

impl serde::Serialize for SafeHtml {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// One file rendered.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: SafeHtml,
    pub headings: Vec<Heading>,
    /// Lesson slugs this file links to.
    pub links: BTreeSet<String>,
    /// Cross-links with an anchor: `(kind, slug, anchor, where)`, for `haven check`.
    pub anchored: Vec<(Kind, String, String, Location)>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Render a content file's body. `root` is the prefix from its page to the site root.
pub fn render(file: &ContentFile, kind: Kind, targets: &Targets, root: &str) -> Rendered {
    let body = match file.body() {
        Ok(body) => body,
        Err(d) => return Rendered { diagnostics: vec![d], ..Rendered::default() },
    };
    let mut ctx =
        Ctx { body: &body, file, kind, targets, root, out: Rendered::default(), ids: HashMap::new(), raw_html: false };
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut html = String::with_capacity(body.len() + body.len() / 4);
    let events = Parser::new_ext(&body, options).into_offset_iter();
    let stream = Stream { ctx: &mut ctx, events, walk: Walk::default(), out: VecDeque::new() };
    pulldown_cmark::html::push_html(&mut html, stream);
    // pulldown-cmark escapes text and attributes and every address passes through `link` and
    // `image`; only raw HTML can bring in anything else, so only then is the output cleaned.
    if let (Some(sanitizer), true) = (targets.sanitizer, ctx.raw_html) {
        html = sanitizer.clean(&html);
    }
    ctx.out.html = SafeHtml::new(&html);
    ctx.out
}

struct Ctx<'a> {
    file: &'a ContentFile,
    body: &'a str,
    kind: Kind,
    targets: &'a Targets<'a>,
    root: &'a str,
    out: Rendered,
    ids: HashMap<String, usize>,
    /// Whether the file has raw HTML, which must then be cleaned.
    raw_html: bool,
}

impl<'a> Ctx<'a> {
    /// Rewrite one event of the document (links, images, headings) into `out`: none, when it
    /// is dropped or held until its heading ends; several, when a heading ends.
    fn step(
        &mut self,
        walk: &mut Walk<'a>,
        event: Event<'a>,
        range: std::ops::Range<usize>,
        out: &mut VecDeque<Event<'a>>,
    ) {
        if let Some((_, alt)) = &mut walk.image {
            if let Event::Text(t) | Event::Code(t) = &event {
                alt.push_str(t);
            }
        }
        let event = match event {
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => match self.link(&dest_url, range.start) {
                Some(dest) => Event::Start(Tag::Link { link_type, dest_url: dest.into(), title, id }),
                None => {
                    walk.dropped_links += 1;
                    return;
                }
            },
            Event::End(TagEnd::Link) if walk.dropped_links > 0 => {
                walk.dropped_links -= 1;
                return;
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                walk.image = Some((range.start, String::new()));
                match self.image(&dest_url, range.start) {
                    Some(dest) => Event::Start(Tag::Image { link_type, dest_url: dest.into(), title, id }),
                    None => {
                        walk.dropped_images += 1;
                        return;
                    }
                }
            }
            Event::End(TagEnd::Image) if walk.dropped_images > 0 => {
                walk.dropped_images -= 1;
                walk.image = None;
                return;
            }
            Event::End(TagEnd::Image) => {
                if let Some((offset, alt)) = walk.image.take() {
                    if alt.trim().is_empty() {
                        let d = Diagnostic::warning("image without alt text")
                            .help("describe the image for people who cannot see it: ![a drawing of …](file.png)");
                        self.report(d, offset);
                    }
                }
                Event::End(TagEnd::Image)
            }
            Event::Html(ref html) | Event::InlineHtml(ref html) => {
                self.raw_html = true;
                if let Some(sanitizer) = self.targets.sanitizer {
                    let found = sanitizer.findings(html);
                    if !found.is_empty() {
                        let d = Diagnostic::warning(format!("raw HTML: removed {}", found.join(", ")))
                            .help("lessons may use plain HTML such as <details>; scripts, event handlers, forms, frames and outside images are removed");
                        self.report(d, range.start);
                    }
                }
                event
            }
            other => other,
        };
        match (&mut walk.heading, event) {
            (None, Event::Start(Tag::Heading { level, id, classes, attrs })) => {
                if !attrs.is_empty() {
                    let d = Diagnostic::warning("removed heading attributes other than an id and classes")
                        .help("write `## Heading {#id .class}`");
                    self.report(d, range.start);
                }
                walk.heading = Some(Open { level, id, classes, attrs: Vec::new(), inner: Vec::new() });
            }
            (Some(_), Event::End(TagEnd::Heading(_))) => {
                if let Some(open) = walk.heading.take() {
                    self.push_heading(out, open);
                }
            }
            (Some(open), e) => open.inner.push(e),
            (None, e) => out.push_back(e),
        }
    }

    fn push_heading(&mut self, out: &mut VecDeque<Event<'a>>, open: Open<'a>) {
        let text: String = open
            .inner
            .iter()
            .filter_map(|e| match e {
                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect();
        let base = open.id.as_deref().map_or_else(|| slugify(&text), str::to_owned);
        let id = self.unique_id(&base);
        let level = open.level;
        self.out.headings.push(Heading { level: level as u8, id: id.clone(), text });
        out.push_back(Event::Start(Tag::Heading {
            level,
            id: Some(id.into()),
            classes: open.classes,
            attrs: open.attrs,
        }));
        out.extend(open.inner);
        out.push_back(Event::End(TagEnd::Heading(level)));
    }

    fn unique_id(&mut self, base: &str) -> String {
        let n = self.ids.entry(base.to_owned()).or_insert(0);
        *n += 1;
        if *n == 1 {
            base.to_owned()
        } else {
            format!("{base}-{n}")
        }
    }

    fn location(&self, offset: usize) -> Location {
        Location::of_offset(&self.file.path, self.body, offset, self.file.body_line)
    }

    fn source_line(&self, loc: &Location) -> Option<String> {
        self.body.lines().nth(loc.line.checked_sub(self.file.body_line)?).map(str::to_owned)
    }

    fn report(&mut self, diag: Diagnostic, offset: usize) {
        let loc = self.location(offset);
        let mut d = diag.at(loc.clone());
        d.source_line = self.source_line(&loc);
        self.out.diagnostics.push(d);
    }

    /// The rewritten destination of a link, or `None` to show its text without a link.
    fn link(&mut self, dest: &str, offset: usize) -> Option<String> {
        let Some(rest) = dest.strip_prefix("@/") else {
            return self.plain_link(dest, offset);
        };
        let (path, anchor) = match rest.split_once('#') {
            Some((p, a)) => (p, format!("#{a}")),
            None => (rest, String::new()),
        };
        let up = self.kind.up();
        let path = path.trim_end_matches('/');
        if path == "lessons" {
            return Some(format!("{up}lessons/index.html{anchor}"));
        }
        if let Some(slug) = path.strip_prefix("lessons/") {
            if !self.targets.lessons.contains(slug) {
                self.report(
                    Diagnostic::error(format!("link to a lesson that does not exist: `{dest}`"))
                        .help("cross-links are written `@/lessons/<slug>`, with the lesson's folder name"),
                    offset,
                );
                return None;
            }
            self.out.links.insert(slug.to_owned());
            if let Some(a) = anchor.strip_prefix('#') {
                let loc = self.location(offset);
                self.out.anchored.push((Kind::Lesson, slug.to_owned(), a.to_owned(), loc));
            }
            if self.targets.hidden.contains(slug) {
                return None;
            }
            return Some(match self.kind {
                Kind::Lesson => format!("../{slug}/index.html{anchor}"),
                Kind::Page => format!("{up}lessons/{slug}/index.html{anchor}"),
            });
        }
        if let Some(slug) = path.strip_prefix("pages/") {
            if !self.targets.pages.contains(slug) {
                self.report(Diagnostic::error(format!("link to a page that does not exist: `{dest}`")), offset);
                return None;
            }
            if let Some(a) = anchor.strip_prefix('#') {
                let loc = self.location(offset);
                self.out.anchored.push((Kind::Page, slug.to_owned(), a.to_owned(), loc));
            }
            return Some(format!("{up}{slug}/index.html{anchor}"));
        }
        self.report(
            Diagnostic::error(format!("unknown cross-link `{dest}`"))
                .help("write `@/lessons/<slug>`, `@/pages/<slug>` or `@/lessons`"),
            offset,
        );
        None
    }

    /// A link that is not a cross-link: kept for https, http, mailto and tel addresses and for
    /// relative ones; any other scheme (`javascript:`, `data:`) is removed, with a warning.
    fn plain_link(&mut self, dest: &str, offset: usize) -> Option<String> {
        let scheme = dest
            .split(['/', '?', '#'])
            .next()
            .and_then(|first| first.split_once(':'))
            .map(|(s, _)| s.to_ascii_lowercase());
        match scheme.as_deref() {
            None | Some("https" | "http" | "mailto" | "tel") => Some(dest.to_owned()),
            Some(other) => {
                self.report(
                    Diagnostic::warning(format!("removed a link with a `{other}:` address")).help(
                        "links may go to https, mailto and tel addresses, or to other lessons with @/lessons/<slug>",
                    ),
                    offset,
                );
                None
            }
        }
    }

    /// Point a relative image at the copied media; an image from another host is removed (the
    /// sites load nothing from elsewhere), with a warning.
    fn image(&mut self, dest: &str, offset: usize) -> Option<String> {
        if super::sanitize::is_remote(dest) {
            self.report(
                Diagnostic::warning(format!(
                    "removed an image from another host or a data address: `{}`",
                    truncate(dest)
                ))
                .help("put the image beside the lesson and write its file name"),
                offset,
            );
            return None;
        }
        let clean = dest.trim_start_matches("./");
        let media_path = format!("{}/{clean}", self.targets.media_dir);
        if clean.split('/').any(|p| p == ".." || p.is_empty()) || !self.targets.media.contains(&media_path) {
            self.report(Diagnostic::error(format!("image `{dest}` is not a file beside this lesson")), offset);
            return None;
        }
        Some(format!("{}media/{media_path}", self.root))
    }
}

fn truncate(s: &str) -> String {
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s.to_owned()
    }
}

/// A heading id: lower-case letters and digits of any script, words joined by hyphens.
pub fn slugify(text: &str) -> String {
    let mut id = String::new();
    for word in text.split(is_separator).filter(|w| !w.is_empty()) {
        if !id.is_empty() {
            id.push('-');
        }
        id.extend(word.chars().flat_map(char::to_lowercase));
    }
    if id.is_empty() {
        "section".to_owned()
    } else {
        id
    }
}

/// The text of rendered HTML, for search: tags removed, entities decoded, a line break after
/// each block so that words of two paragraphs or cells never run together.
pub fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() * 3 / 4);
    let mut rest = html;
    while let Some(i) = memchr::memchr2(b'<', b'&', rest.as_bytes()) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            let end = memchr::memchr(b'>', rest.as_bytes()).map_or(rest.len(), |e| e + 1);
            let tag = &rest[..end];
            let block_end = ["p", "li", "h", "td", "th", "tr", "dt", "dd", "pre", "blockquote"];
            let ends_block = match tag.strip_prefix("</") {
                Some(name) => block_end.iter().any(|b| name.starts_with(b)),
                None => tag.starts_with("<br"),
            };
            if ends_block {
                out.push('\n');
            }
            rest = &rest[end..];
        } else {
            let end = rest.find(';').filter(|e| *e <= 10).map_or(1, |e| e + 1);
            let entity = &rest[..end];
            match entity {
                "&amp;" => out.push('&'),
                "&lt;" => out.push('<'),
                "&gt;" => out.push('>'),
                "&quot;" => out.push('"'),
                "&#39;" | "&#x27;" => out.push('\''),
                "&nbsp;" => out.push('\u{a0}'),
                other => out.push_str(other),
            }
            rest = &rest[end..];
        }
    }
    out.push_str(rest);
    out
}

/// Spaces and punctuation separate the words of an id; letters, digits and the combining marks
/// of scripts such as Thai, Khmer or Devanagari do not.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || c.is_control()
        || matches!(c, '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}')
        || "«»¿¡·‹›".contains(c)
}

/// The document's events, rewritten as the HTML writer asks for them: a document's events were
/// a tenth of a build's time when they were first collected into a list.
struct Stream<'a, 'c, I> {
    ctx: &'c mut Ctx<'a>,
    events: I,
    walk: Walk<'a>,
    /// Rewritten events not yet handed on.
    out: VecDeque<Event<'a>>,
}

impl<'a, I: Iterator<Item = (Event<'a>, std::ops::Range<usize>)>> Iterator for Stream<'a, '_, I> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        loop {
            if let Some(event) = self.out.pop_front() {
                return Some(event);
            }
            let (event, range) = self.events.next()?;
            // Most events (text, paragraphs, lists, emphasis) outside a heading or an image
            // pass unchanged: straight on, without the queue.
            if self.walk.is_plain() && passes_unchanged(&event) {
                return Some(event);
            }
            self.ctx.step(&mut self.walk, event, range, &mut self.out);
        }
    }
}

/// Whether [`Ctx::step`] hands `event` on as it is, when nothing is open.
fn passes_unchanged(event: &Event) -> bool {
    !matches!(
        event,
        Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::Heading { .. })
            | Event::End(TagEnd::Link | TagEnd::Image | TagEnd::Heading(_))
            | Event::Html(_)
            | Event::InlineHtml(_)
    )
}

/// Where the rewriting is in the document.
#[derive(Default)]
struct Walk<'a> {
    /// The heading being read, held until it ends and its id is known.
    heading: Option<Open<'a>>,
    /// Links and images being dropped (their text stays).
    dropped_links: usize,
    dropped_images: usize,
    /// The image being read: where it starts and its alt text so far.
    image: Option<(usize, String)>,
}

impl Walk<'_> {
    /// Nothing open: no heading, image, or dropped link or image.
    fn is_plain(&self) -> bool {
        self.heading.is_none() && self.image.is_none() && self.dropped_links == 0 && self.dropped_images == 0
    }
}

/// A heading being collected: its start tag's parts and the events inside it.
struct Open<'a> {
    level: HeadingLevel,
    id: Option<CowStr<'a>>,
    classes: Vec<CowStr<'a>>,
    attrs: Vec<(CowStr<'a>, Option<CowStr<'a>>)>,
    inner: Vec<Event<'a>>,
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn plain_text_of_html() {
        let html = "<h2 id=\"a\">Tom &amp; Jerry</h2>\n<p>It&#39;s <em>never</em> your fault.</p><ul><li>one</li><li>two</li></ul>";
        assert_eq!(super::plain_text(html), "Tom & Jerry\n\nIt's never your fault.\none\ntwo\n");
    }

    #[test]
    fn ids_keep_letters_of_every_script() {
        assert_eq!(slugify("What to do?"), "what-to-do");
        assert_eq!(slugify("ก่อนเริ่มคาบเรียน"), "ก่อนเริ่มคาบเรียน");
        assert_eq!(slugify("Qu'est-ce que c'est ?"), "qu-est-ce-que-c-est");
        assert_eq!(slugify("「相談」できるところ"), "相談-できるところ");
        assert_eq!(slugify("«Ναι»"), "ναι");
        assert_eq!(slugify("???"), "section");
    }
}
