//! The application: the command line (cli, config), what each command does (commands,
//! export) and how a report decides the exit status (triage).

pub mod cli;
pub mod commands;
pub mod config;
pub mod export;
pub mod triage;
