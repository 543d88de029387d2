use clap::Parser;

fn main() {
    let cli = layerhound::cli::Cli::parse();
    std::process::exit(layerhound::commands::run(cli));
}
