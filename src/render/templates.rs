//! Tera 2 templates: the theme's, with the campaign's own overriding them one by one, and the
//! `t` function and filter that format interface text through Fluent.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Kwargs, State, Tera, Value};

use super::i18n::I18n;
use crate::error::{Diagnostic, Diagnostics, Location};

/// The size a page's buffer starts at: a lesson page of the shipped theme is 20–40 KB.
const PAGE_BYTES: usize = 48 * 1024;

/// The template engine, where each template came from, and the templates each one is made of.
pub struct Templates {
    pub tera: Tera,
    files: HashMap<String, (PathBuf, String)>,
    uses: HashMap<String, Vec<String>>,
}

/// Load `themes/<theme>/templates/**` and then `templates/**` from the campaign root.
pub fn load(root: &Path, theme: &str, i18n: Arc<I18n>, diags: &mut Diagnostics) -> Option<Templates> {
    let theme_dir = crate::load::shown(root, Path::new("themes").join(theme));
    if !theme_dir.is_dir() {
        diags.push(
            Diagnostic::error(format!("theme `{theme}` not found"))
                .in_file(&theme_dir)
                .help("the campaign's `theme` names a folder under themes/"),
        );
        return None;
    }
    let mut files: HashMap<String, (PathBuf, String)> = HashMap::new();
    for dir in [theme_dir.join("templates"), crate::load::shown(root, "templates")] {
        for path in html_files(&dir) {
            let name = path.strip_prefix(&dir).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            match crate::load::read_text(&path) {
                Ok(text) => {
                    files.insert(name, (path, text));
                }
                Err(d) => diags.push(d),
            }
        }
    }
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".xml"]);
    register(&mut tera, i18n);
    let mut names: Vec<&String> = files.keys().collect();
    names.sort();
    let all = names.iter().map(|n| (n.as_str(), files[*n].1.as_str()));
    if let Err(e) = tera.add_raw_templates(all) {
        let t = Templates { tera: Tera::new(), files, uses: HashMap::new() };
        diags.push(t.diagnostic(&e));
        return None;
    }
    let texts: HashMap<&str, &str> = files.iter().map(|(n, (_, t))| (n.as_str(), t.as_str())).collect();
    let uses = dependencies(&texts);
    Some(Templates { tera, files, uses })
}

fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .follow_links(false)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .filter(|p| p.extension().is_some_and(|e| e == "html" || e == "xml"))
        .collect();
    out.sort();
    out
}

impl Templates {
    /// The template `name` and every template it extends, includes or takes a component from,
    /// directly or not.
    pub fn uses(&self, name: &str) -> &[String] {
        self.uses.get(name).map_or(&[], Vec::as_slice)
    }

    /// The name of the template read from `path`, if it is one in use.
    pub fn name_of(&self, path: &Path) -> Option<&str> {
        self.files.iter().find(|(_, (p, _))| p == path).map(|(name, _)| name.as_str())
    }

    /// Render a template, turning Tera's error into a diagnostic at the template's line.
    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String, Diagnostic> {
        // Room for a typical page at once, rather than growing from the template's size.
        let mut out = Vec::with_capacity(PAGE_BYTES);
        self.tera.render_to(name, context, &mut out).map_err(|e| self.diagnostic(&e))?;
        String::from_utf8(out)
            .map_err(|e| Diagnostic::error(format!("template {name} wrote text that is not UTF-8: {e}")))
    }

    /// A Tera error as a diagnostic naming the template file, line and column.
    pub fn diagnostic(&self, err: &tera::Error) -> Diagnostic {
        let mut message = match err.kind() {
            tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
                let d = Diagnostic::error(format!("template: {}", r.message()));
                return self.locate(d, r.filename(), r.span(), err);
            }
            other => format!("template: {other}"),
        };
        append_causes(&mut message, err);
        Diagnostic::error(message)
    }

    fn locate(&self, d: Diagnostic, name: &str, span: &tera::Span, err: &tera::Error) -> Diagnostic {
        let mut d = d;
        append_causes(&mut d.message, err);
        match self.files.get(name) {
            Some((path, text)) => d.at(Location::at(path, span.start_line, span.start_col + 1)).with_source(text),
            None => d,
        }
    }
}

/// What one template's text names: the templates it extends or includes, the components it
/// defines and the components it calls.
#[derive(Debug, Default, PartialEq)]
struct Refs {
    templates: Vec<String>,
    defines: Vec<String>,
    calls: Vec<String>,
}

/// For each template, itself and every template it is made of, found by reading the tags of
/// the sources: `{% extends "…" %}`, `{% include "…" %}`, and for a component call (`<Name …>`)
/// the template that defines `{% component Name(…) %}`.
fn dependencies(texts: &HashMap<&str, &str>) -> HashMap<String, Vec<String>> {
    let refs: HashMap<&str, Refs> = texts.iter().map(|(name, text)| (*name, refs(text))).collect();
    let definers: HashMap<&str, &str> =
        refs.iter().flat_map(|(name, r)| r.defines.iter().map(move |c| (c.as_str(), *name))).collect();
    let direct = |name: &str| -> Vec<String> {
        let Some(r) = refs.get(name) else { return Vec::new() };
        let components = r.calls.iter().filter_map(|c| definers.get(c.as_str()).map(|d| (*d).to_owned()));
        r.templates.iter().cloned().chain(components).collect()
    };
    texts
        .keys()
        .map(|name| {
            let mut seen = BTreeSet::from([(*name).to_owned()]);
            let mut todo = vec![(*name).to_owned()];
            while let Some(next) = todo.pop() {
                todo.extend(direct(&next).into_iter().filter(|n| seen.insert(n.clone())));
            }
            ((*name).to_owned(), seen.into_iter().collect())
        })
        .collect()
}

/// The references in one template's `{% … %}` and `{{ … }}` tags.
fn refs(text: &str) -> Refs {
    let mut refs = Refs::default();
    for tag in tags(text) {
        let words = tag.trim().trim_matches('-').trim();
        let (keyword, rest) = words.split_once(char::is_whitespace).unwrap_or((words, ""));
        match keyword {
            "extends" | "include" => refs.templates.extend(string_literal(rest.trim())),
            "component" => refs.defines.extend(identifier(rest.trim_start())),
            _ => {}
        }
        refs.calls.extend(tag.match_indices('<').filter_map(|(i, _)| identifier(&tag[i + 1..])));
    }
    refs
}

/// The insides of the `{% … %}` and `{{ … }}` tags of a template, in order; comments
/// (`{# … #}`) skipped.
fn tags(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let close = match after.chars().next() {
            Some('%') => "%}",
            Some('{') => "}}",
            Some('#') => "#}",
            _ => {
                rest = after;
                continue;
            }
        };
        let inner = &after[1..];
        let Some(end) = inner.find(close) else { break };
        if close != "#}" {
            out.push(&inner[..end]);
        }
        rest = &inner[end + close.len()..];
    }
    out
}

/// The string a tag starts with: `"…"`, `'…'` or `` `…` ``.
fn string_literal(s: &str) -> Option<String> {
    let quote = s.chars().next().filter(|c| matches!(c, '"' | '\'' | '`'))?;
    let body = &s[1..];
    body.find(quote).map(|end| body[..end].to_owned())
}

/// The (possibly dotted) identifier `s` starts with.
fn identifier(s: &str) -> Option<String> {
    if !s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        return None;
    }
    let end = s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.')).unwrap_or(s.len());
    Some(s[..end].to_owned())
}

fn append_causes(message: &mut String, err: &tera::Error) {
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
}

/// `t(key="…", name=…)` and `"…" | t(name=…)`: interface text in the page's locale (the
/// context variable `lang`), through its fallback chain.
fn register(tera: &mut Tera, i18n: Arc<I18n>) {
    let for_fn = i18n.clone();
    tera.register_function("t", move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
        let key: &str = kwargs.must_get("key")?;
        translate(&for_fn, key, &kwargs, state)
    });
    tera.register_filter("t", move |key: &str, kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
        translate(&i18n, key, &kwargs, state)
    });
}

fn translate(i18n: &I18n, key: &str, kwargs: &Kwargs, state: &State) -> tera::TeraResult<String> {
    let lang: String =
        state.get::<String>("lang")?.ok_or_else(|| tera::Error::message("`t` needs the context variable `lang`"))?;
    let mut args = FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let name = name.to_string();
        if name != "key" {
            args.set(name, fluent_value(value));
        }
    }
    i18n.format(&lang, key, Some(&args)).map_err(|m| tera::Error::message(m.to_string()))
}

fn fluent_value(value: &Value) -> FluentValue<'static> {
    if let Some(n) = value.as_i64() {
        FluentValue::from(n)
    } else if let Some(f) = value.as_f64() {
        FluentValue::from(f)
    } else if let Some(s) = value.as_str() {
        FluentValue::from(s.to_owned())
    } else {
        FluentValue::from(value.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_a_template_names() {
        let text = "{% extends \"base.html\" %}{%- include 'partials/a.html' -%}{% if a < b %}{{ <Card x=1 /> }}\
                    {% endif %}{% component Pill(label) %}<b>{{ label }}</b>{% endcomponent Pill %}{# {% include \"no\" %} #}";
        let r = refs(text);
        assert_eq!(r.templates, ["base.html", "partials/a.html"]);
        assert_eq!(r.defines, ["Pill"]);
        assert!(r.calls.contains(&"Card".to_owned()) && !r.calls.contains(&"b".to_owned()), "{:?}", r.calls);
    }

    #[test]
    fn follows_extends_includes_and_components_transitively() {
        let texts: HashMap<&str, &str> = HashMap::from([
            ("base.html", "<html>{% block main %}{% endblock main %}</html>"),
            (
                "page.html",
                "{% extends \"base.html\" %}{% block main %}{% include \"partials/notices.html\" %}{% endblock main %}",
            ),
            ("get-help.html", "{% extends \"page.html\" %}"),
            ("partials/notices.html", "{{ <Pill label=\"x\" /> }}"),
            ("partials/pill.html", "{% component Pill(label) %}{{ label }}{% endcomponent Pill %}"),
            ("home.html", "{% extends \"base.html\" %}"),
        ]);
        let uses = dependencies(&texts);
        assert_eq!(
            uses["get-help.html"],
            ["base.html", "get-help.html", "page.html", "partials/notices.html", "partials/pill.html"]
        );
        assert_eq!(uses["home.html"], ["base.html", "home.html"]);
        assert_eq!(uses["base.html"], ["base.html"]);
    }
}
