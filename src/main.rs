use clap::Parser;

use haven::error::Error;

fn main() {
    let cli = haven::cli::Cli::parse();
    if let Err(err) = haven::commands::run(cli) {
        std::process::exit(print_error(&err));
    }
}

/// Print the error and its causes; return the exit code.
fn print_error(err: &Error) -> i32 {
    if let Error::Invalid(diags) = err {
        haven::report::print_diagnostics(diags.iter().cloned());
    }
    let mut message = format!("error: {err}");
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        message.push_str(&format!("\n  caused by: {cause}"));
        source = cause.source();
    }
    eprintln!("{message}");
    err.exit_code()
}
