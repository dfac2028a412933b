//! Tera 2 templates: the theme's, with the campaign's own overriding them one by one, and the
//! `t` function and filter that format interface text through Fluent.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Kwargs, State, Tera, Value};

use super::i18n::I18n;
use crate::error::{Diagnostic, Diagnostics, Location};

/// The template engine and where each template came from.
pub struct Templates {
    pub tera: Tera,
    files: HashMap<String, (PathBuf, String)>,
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
    let templates = Templates { tera: Tera::new(), files: HashMap::new() };
    if let Err(e) = tera.add_raw_templates(all) {
        let t = Templates { files, ..templates };
        diags.push(t.diagnostic(&e));
        return None;
    }
    Some(Templates { tera, files })
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
    /// Render a template, turning Tera's error into a diagnostic at the template's line.
    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String, Diagnostic> {
        self.tera.render(name, context).map_err(|e| self.diagnostic(&e))
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
