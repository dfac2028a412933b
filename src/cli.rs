//! The command line as the user typed it (the "low-level" arguments).

use std::path::PathBuf;

use clap::{Parser, Subcommand};

const EXIT_CODES: &str = "Exit codes:
  0  success
  1  the campaign has errors (each is printed with its file, line and column)
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
previous output as it was.

Exit codes:
  0  success
  1  the campaign has errors (each is printed with its file, line and column)
  2  the command line is wrong
  3  a file or folder could not be read or written, or the output folder was refused"
    ))]
    Build(BuildArgs),
}

/// Arguments of `haven build`.
#[derive(Debug, clap::Args)]
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
