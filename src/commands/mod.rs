//! One file per command.

pub mod build;

use crate::cli::{Cli, Command};
use crate::error::Result;

/// Run the command the user asked for.
pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Build(args) => build::run(&args).map(|_| ()),
    }
}
