//! The command line as the user typed it (the "low-level" arguments).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Exit codes, shown under every command's help.
const EXIT_CODES: &str = "Exit codes:
  0  success
  1  the campaign has errors, or a --fail-on gate failed
  2  the command line is wrong
  3  a file or folder could not be read or written, or the output folder was refused";

/// haven turns localized Markdown lessons into one static site per country, in each of its
/// languages. The sites work offline, from a USB stick or a folder opened with file://.
#[derive(Debug, Parser)]
#[command(name = "haven", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the sites of a campaign.
    #[command(after_help = concat!(
        "Examples:
  haven build                      build the campaign in this folder into ./public
  haven build my-campaign          build another campaign folder
  haven build --country ch --country be --out /tmp/site
                                   only Switzerland and Belgium, into /tmp/site

The output is replaced only when the whole build succeeds; a failed build leaves the
previous output as it was. The replaced output is kept beside it as .<name>.haven-spare,
with a note of its folders (.<name>.haven-listing.json), for the next build to reuse.

", "Exit codes:
  0  success
  1  the campaign has errors (each is printed with its file, line and column)
  2  the command line is wrong
  3  a file or folder could not be read or written, or the output folder was refused"))]
    Build(BuildArgs),
    /// Serve the sites on 127.0.0.1, rebuild what a change affects, reload the browser.
    #[command(after_help = concat!(
        "Examples:
  haven serve                      serve this campaign on http://127.0.0.1:1111/
  haven serve --port 0             on a free port (the address is printed)

haven watches content/, locales/, themes/, templates/, static/ and campaign.yaml. Each
page records the files it was made from, and a change re-renders only the pages that used
the changed file: a lesson, a locale's .ftl file, a country file or a template; static
files and images are copied. campaign.yaml, a new or deleted file, or a change to which
pages exist (a lesson's topic or weight, a country's languages) rebuilds the site. A
change that does not build shows over the page in the browser and on the terminal; the
previous build stays served until the file is fixed. Only files of the output folder are
served, and only on 127.0.0.1.

", "Exit codes:
  0  stopped
  2  the port cannot be used
  3  a file or folder could not be read or written"))]
    Serve(ServeArgs),
    /// Report every problem of a campaign at once, without writing anything.
    #[command(after_help = concat!(
        "Examples:
  haven check                      check the campaign in this folder
  haven check --format json        the same, as JSON for CI

Checks: front matter and country files against their schema; Fluent syntax; interface text
missing from a locale or used by no template; cross-links and anchors; images without alt
text; raw HTML; absolute or external addresses in the theme; contacts (international phone
numbers, https addresses, a check older than 12 months, a country without a helpline or
hotline). Set HAVEN_TODAY=YYYY-MM-DD to check dates against another day.

", "Exit codes:
  0  no errors (there may be warnings)
  1  errors
  2  the command line is wrong"))]
    Check(CheckArgs),
    /// Show translation coverage: translated, draft, missing and stale, per country and locale.
    #[command(after_help = concat!(
        "Examples:
  haven status                     a table, and the lessons each locale still needs
  haven status --country ch        Switzerland only
  haven status --format json       for scripts
  haven status --fail-on stale     exit 1 when a translation is out of date (for CI)

A translation is stale when the source_hash it records is not the hash of its source file
any more: the source changed after it was translated.

", "Exit codes:
  0  success
  1  the campaign has errors, or a --fail-on gate failed
  2  the command line is wrong"))]
    Status(StatusArgs),
    /// Package each country's site as a zip file for schools, with a README and a manifest.
    #[command(after_help = concat!(
        "Examples:
  haven bundle                     a zip per country into ./bundles
  haven bundle --country ch --out /media/usb

Each zip holds the folder haven-<cc>/ with index.html, which opens from file:// with
everything working offline; README.txt for teachers, in the country's languages; and
MANIFEST-SHA256.txt, every file with its SHA-256 (check with `sha256sum -c`).

", "Exit codes:
  0  success
  1  the campaign has errors
  2  the command line is wrong
  3  a file could not be written"))]
    Bundle(BundleArgs),
    /// Write a new lesson, or a new translation of one, with its front matter filled in.
    #[command(subcommand)]
    New(NewCommand),
}

/// `haven new …`
#[derive(Debug, Subcommand)]
pub enum NewCommand {
    /// Write content/lessons/<SLUG>/<default locale>.md, ready to fill in.
    #[command(
        after_help = "Example:\n  haven new lesson scams-8-10 --topic online-risks --age-band 8-10 --audience children"
    )]
    Lesson(NewLessonArgs),
    /// Write content/lessons/<SLUG>/<LOCALE>.md (or a page's), from its source, with the
    /// source hash filled in and status: draft.
    #[command(
        after_help = "Examples:\n  haven new translation grooming-8-10 nl\n  haven new translation get-help nl      (pages work too)"
    )]
    Translation(NewTranslationArgs),
}

/// Output format of `check` and `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people: text, coloured on a terminal.
    Text,
    /// For programs.
    Json,
}

/// What `status --fail-on` gates on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Gate {
    /// A lesson or page with no translation in a country's locale.
    Missing,
    /// A translation whose source changed since it was made.
    Stale,
}

/// Arguments of `haven build`.
#[derive(Debug, Clone, clap::Args)]
pub struct BuildArgs {
    /// The campaign folder (the one with campaign.yaml).
    #[arg(default_value = ".")]
    pub campaign: PathBuf,
    /// Build only this country (ISO 3166-1 alpha-2 code, e.g. `ch`); repeat for more.
    #[arg(long = "country", value_name = "CC")]
    pub countries: Vec<String>,
    /// The output folder [default: the campaign's output.dir, normally `public`].
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Replace the output folder even if haven did not write it.
    #[arg(long)]
    pub force: bool,
    /// Print only errors and warnings, not the summary.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Arguments of `haven serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The campaign folder.
    #[arg(default_value = ".")]
    pub campaign: PathBuf,
    /// The port on 127.0.0.1; 0 picks a free one.
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// Build into this folder instead of a temporary one.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// Arguments of `haven bundle`.
#[derive(Debug, clap::Args)]
pub struct BundleArgs {
    /// The campaign folder.
    #[arg(default_value = ".")]
    pub campaign: PathBuf,
    /// Only this country; repeat for more.
    #[arg(long = "country", value_name = "CC")]
    pub countries: Vec<String>,
    /// Where the zip files go [default: bundles/ in the campaign folder].
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Print only errors and warnings.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Arguments of `haven check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The campaign folder.
    #[arg(default_value = ".")]
    pub campaign: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

/// Arguments of `haven status`.
#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    /// The campaign folder.
    #[arg(default_value = ".")]
    pub campaign: PathBuf,
    /// Only this country; repeat for more.
    #[arg(long = "country", value_name = "CC")]
    pub countries: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Exit with 1 when there is a missing or a stale translation; repeat for both.
    #[arg(long = "fail-on", value_enum, value_name = "WHAT")]
    pub fail_on: Vec<Gate>,
}

/// Arguments of `haven new lesson`.
#[derive(Debug, clap::Args)]
pub struct NewLessonArgs {
    /// The lesson's folder name: lower-case letters, digits and hyphens.
    pub slug: String,
    /// The campaign folder.
    #[arg(long, default_value = ".")]
    pub campaign: PathBuf,
    /// Its topic, e.g. `grooming`, `self-produced-images`, `online-risks`.
    #[arg(long, default_value = "online-risks")]
    pub topic: String,
    /// `8-10`, `11-13`, `14-17` or `adults`.
    #[arg(long, default_value = "11-13")]
    pub age_band: String,
    /// `children`, `parents` or `teachers`.
    #[arg(long, default_value = "children")]
    pub audience: String,
}

/// Arguments of `haven new translation`.
#[derive(Debug, clap::Args)]
pub struct NewTranslationArgs {
    /// The lesson's (or page's) folder name.
    pub slug: String,
    /// The locale to translate into, e.g. `nl` or `sr-Latn`.
    pub locale: String,
    /// The campaign folder.
    #[arg(long, default_value = ".")]
    pub campaign: PathBuf,
}
