//! One file per command.

pub mod build;
pub mod bundle;
pub mod check;
pub mod new;
pub mod serve;
pub mod status;

use crate::cli::{Cli, Command, NewCommand};
use crate::error::Result;

/// Run the command the user asked for.
pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Build(args) => build::run(&args).map(|_| ()),
        Command::Check(args) => check::run(&args),
        Command::Bundle(args) => bundle::run(&args),
        Command::Serve(args) => serve::run(&args),
        Command::Status(args) => status::run(&args),
        Command::New(NewCommand::Lesson(args)) => new::lesson(&args),
        Command::New(NewCommand::Translation(args)) => new::translation(&args),
    }
}
