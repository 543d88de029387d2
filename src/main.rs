use clap::{CommandFactory, FromArgMatches};
use layerhound::cli::Cli;

fn main() {
    // The matches say which flags were given, so a config file fills in only the others.
    let matches = Cli::command().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|err| err.exit());
    std::process::exit(layerhound::commands::run(cli, &matches));
}
