//! A member country, validated.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Diagnostics};
use crate::load::country::{BrandingFile, ContactFile};
use crate::load::CountryFile;

/// The kinds of contact a country lists, in the order the get-help page shows them.
pub const CONTACT_KINDS: [&str; 5] = ["emergency", "helpline", "hotline", "police", "other"];

/// A way to get help, checked.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Contact {
    pub kind: String,
    pub name: String,
    pub phone: Option<String>,
    /// `tel:` form of the phone number: digits and a leading `+` only.
    pub tel: Option<String>,
    pub url: Option<String>,
    pub source: String,
    pub verified: String,
}

/// Branding, checked.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Branding {
    pub organisation: String,
    /// The logo's path under the output's `media/` folder.
    pub logo: Option<String>,
    pub accent: Option<String>,
}

/// A member country, ready to render.
#[derive(Debug, Clone)]
pub struct Country {
    /// The country file.
    pub path: PathBuf,
    /// Lower case, as in paths: `ch`.
    pub cc: String,
    /// Upper case, as in `hreflang`: `CH`.
    pub code: String,
    pub name_key: String,
    pub locales: Vec<String>,
    pub exit_url: String,
    pub branding: Option<Branding>,
    pub contacts: Vec<Contact>,
    pub include: Option<Vec<String>>,
    pub exclude: Vec<String>,
    /// Which kinds of contact are missing among `helpline` and `hotline`.
    pub gaps: Vec<String>,
}

impl Country {
    /// The warning for a country without a national helpline or hotline, whose get-help page
    /// points to the international directories instead.
    pub fn gap_warning(&self) -> Option<Diagnostic> {
        (!self.gaps.is_empty()).then(|| {
            Diagnostic::warning(format!(
                "country `{}` has no {}; its get-help page points to the international directory",
                self.cc,
                self.gaps.join(" or ")
            ))
            .in_file(&self.path)
        })
    }
}

/// Check one country file; `None` when it has errors (all reported).
pub fn resolve(
    path: &Path,
    file: CountryFile,
    default_exit: &str,
    media: &BTreeMap<String, ()>,
    diags: &mut Diagnostics,
) -> Option<Country> {
    let before = diags.error_count();
    let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    let err = |m: String| Diagnostic::error(m).in_file(path);
    if stem.len() != 2 || !stem.bytes().all(|b| b.is_ascii_lowercase()) {
        diags.push(err(format!(
            "`{stem}.yaml`: a country file is named by its ISO 3166-1 alpha-2 code in lower case, e.g. `ch.yaml`"
        )));
    } else if file.code != stem.to_ascii_uppercase() {
        diags.push(
            err(format!("`code: {}` does not match the file name `{stem}.yaml`", file.code))
                .help(format!("write `code: \"{}\"`", stem.to_ascii_uppercase())),
        );
    }
    if file.locales.is_empty() {
        diags.push(err("a country needs at least one locale in `locales`".into()));
    }
    let mut seen = std::collections::HashSet::new();
    for l in &file.locales {
        if let Err(d) = crate::load::check_locale_tag(l) {
            diags.push(d.in_file(path));
        } else if !seen.insert(l) {
            diags.push(err(format!("locale `{l}` is listed twice")));
        }
    }
    if let Some(own) = &file.exit_url {
        check_https(own, "exit_url", path, diags);
    }
    let exit_url = file.exit_url.clone().unwrap_or_else(|| default_exit.to_owned());
    let contacts: Vec<Contact> = file.contacts.iter().filter_map(|c| contact(c, path, diags)).collect();
    let branding = file.branding.as_ref().and_then(|b| branding(b, &stem, path, media, diags));
    let gaps = ["helpline", "hotline"]
        .into_iter()
        .filter(|k| !contacts.iter().any(|c| c.kind == *k))
        .map(str::to_owned)
        .collect();
    (diags.error_count() == before).then(|| Country {
        path: path.to_path_buf(),
        cc: stem.clone(),
        code: file.code,
        name_key: file.name,
        locales: file.locales,
        exit_url,
        branding,
        contacts,
        include: file.lessons.include,
        exclude: file.lessons.exclude,
        gaps,
    })
}

fn contact(c: &ContactFile, path: &Path, diags: &mut Diagnostics) -> Option<Contact> {
    let before = diags.error_count();
    if !CONTACT_KINDS.contains(&c.kind.as_str()) {
        diags.push(
            Diagnostic::error(format!("contact `{}`: unknown kind `{}`", c.name, c.kind))
                .in_file(path)
                .help(format!("use one of: {}", CONTACT_KINDS.join(", "))),
        );
    }
    if c.phone.is_none() && c.url.is_none() {
        diags.push(Diagnostic::error(format!("contact `{}` has neither `phone` nor `url`", c.name)).in_file(path));
    }
    let tel = c.phone.as_deref().map(|p| tel_of(p, &c.name, path, diags));
    if let Some(url) = &c.url {
        check_https(url, &format!("contact `{}`: url", c.name), path, diags);
    }
    check_https(&c.source, &format!("contact `{}`: source", c.name), path, diags);
    if !is_date(&c.verified) {
        diags.push(
            Diagnostic::error(format!("contact `{}`: `verified: {}` is not a date", c.name, c.verified))
                .in_file(path)
                .help("write the date it was checked as YYYY-MM-DD"),
        );
    }
    (diags.error_count() == before).then(|| Contact {
        kind: c.kind.clone(),
        name: c.name.clone(),
        phone: c.phone.clone(),
        tel,
        url: c.url.clone(),
        source: c.source.clone(),
        verified: c.verified.clone(),
    })
}

/// The `tel:` form: a leading `+` and the digits; spaces, dots, hyphens and brackets dropped.
fn tel_of(phone: &str, name: &str, path: &Path, diags: &mut Diagnostics) -> String {
    let allowed = |c: char| c.is_ascii_digit() || " +-.()".contains(c);
    let plus_ok = phone.trim_start().starts_with('+') || !phone.contains('+');
    if !phone.chars().all(allowed) || !plus_ok || !phone.chars().any(|c| c.is_ascii_digit()) {
        diags.push(
            Diagnostic::error(format!("contact `{name}`: `{phone}` is not a phone number"))
                .in_file(path)
                .help("digits, spaces and an optional leading +, e.g. \"+41 147\" or \"112\""),
        );
    }
    phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

fn branding(
    b: &BrandingFile,
    cc: &str,
    path: &Path,
    media: &BTreeMap<String, ()>,
    diags: &mut Diagnostics,
) -> Option<Branding> {
    let before = diags.error_count();
    if let Some(accent) = &b.accent {
        let hex = accent.strip_prefix('#').unwrap_or("");
        if hex.len() != 6 || !hex.bytes().all(|c| c.is_ascii_hexdigit()) {
            diags.push(
                Diagnostic::error(format!("branding: accent `{accent}` is not a colour like `#1d70b8`")).in_file(path),
            );
        } else if contrast_with_white(hex) < 4.5 {
            diags.push(
                Diagnostic::error(format!(
                    "branding: white text on accent `{accent}` has a contrast of {:.1}:1; it needs at least 4.5:1",
                    contrast_with_white(hex)
                ))
                .in_file(path)
                .help("choose a darker colour"),
            );
        }
    }
    let logo = b.logo.as_ref().map(|l| format!("countries/{cc}/{l}"));
    if let Some(logo) = &logo {
        if !media.contains_key(logo) {
            diags.push(
                Diagnostic::error(format!(
                    "branding: logo `{}` is not in content/countries/{cc}/",
                    b.logo.as_deref().unwrap_or_default()
                ))
                .in_file(path),
            );
        }
    }
    (diags.error_count() == before).then(|| Branding {
        organisation: b.organisation.clone(),
        logo,
        accent: b.accent.clone(),
    })
}

/// The WCAG contrast ratio of white against the colour `rrggbb`.
pub fn contrast_with_white(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0)) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    1.05 / (luminance + 0.05)
}

/// Report a value that is not an https address.
pub fn check_https(url: &str, what: &str, path: &Path, diags: &mut Diagnostics) {
    let ok = url.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        host.contains('.') && !url.chars().any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
    });
    if !ok {
        diags.push(Diagnostic::error(format!("{what}: `{url}` is not an https address")).in_file(path));
    }
}

/// `YYYY-MM-DD` with a plausible month and day.
pub fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let num = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse::<u32>().unwrap_or(0))
    };
    matches!((num(y, 4), num(m, 2), num(d, 2)), (Some(_), Some(1..=12), Some(1..=31)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast() {
        assert!((contrast_with_white("000000") - 21.0).abs() < 0.01);
        assert!((contrast_with_white("ffffff") - 1.0).abs() < 0.01);
        assert!(contrast_with_white("1d70b8") > 4.5);
        assert!(contrast_with_white("ffdd00") < 4.5);
    }

    #[test]
    fn dates() {
        assert!(is_date("2026-11-25"));
        assert!(!is_date("2026-13-01"));
        assert!(!is_date("25.11.2026"));
    }

    #[test]
    fn tel_keeps_plus_and_digits() {
        let mut d = Diagnostics::new();
        assert_eq!(tel_of("+41 (0)147", "x", Path::new("a"), &mut d), "+410147");
        assert!(!d.has_errors());
        tel_of("call 112", "x", Path::new("a"), &mut d);
        assert!(d.has_errors());
    }

    #[test]
    fn https_only() {
        let mut d = Diagnostics::new();
        check_https("https://example.org/a", "u", Path::new("a"), &mut d);
        assert!(!d.has_errors());
        for bad in ["http://example.org", "javascript:alert(1)", "https://", "https://x y.org"] {
            let mut d = Diagnostics::new();
            check_https(bad, "u", Path::new("a"), &mut d);
            assert!(d.has_errors(), "{bad}");
        }
    }
}
