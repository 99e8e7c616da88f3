use clap::{Parser, Subcommand, ValueEnum};
use dossier::config::Config;
use dossier::tui;
use dossier::{corpus, export, model::Dossier};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// A terminal reader for multilingual news dossiers: articles side by side by language.
#[derive(Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    /// The dossier folder (.txt and .md articles, optional dossier.toml). Default: the sample.
    dir: Option<PathBuf>,
    /// A config file to use instead of $XDG_CONFIG_HOME/dossier/config.toml.
    #[arg(long, global = true, value_name = "PATH")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Write the whole analysis to stdout.
    Export {
        /// The dossier folder. Default: the sample.
        dir: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Markdown,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("dossier: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Some(Command::Export { dir, format }) => {
            // Progress on stderr when a person watches it, nothing when it is piped or logged.
            let watched = std::io::stderr().is_terminal();
            let progress = |stage: corpus::Stage| {
                if watched {
                    eprint!("\r\x1b[Kdossier: {}…", stage.label());
                }
            };
            let d = match dir.as_deref() {
                Some(dir) => corpus::open_with(dir, &progress).map_err(|e| e.to_string()),
                None => Ok(corpus::sample()),
            };
            if watched {
                eprint!("\r\x1b[K");
            }
            let d = d?;
            report_warnings(&d);
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let written = match format {
                Format::Json => export::write_json(&d, &mut out).and_then(|()| writeln!(out)),
                Format::Markdown => writeln!(out, "{}", export::to_markdown(&d)),
            };
            // A closed pipe (`dossier export | head`) is the reader's choice, not an error.
            match written.and_then(|()| out.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(format!("cannot write the export: {e}"))
                }
                _ => Ok(()),
            }
        }
        None => {
            let config = Config::load(cli.config.as_deref()).map_err(|e| e.to_string())?;
            if let Some(dir) = cli.dir.as_deref() {
                corpus::load::open_folder(dir).map_err(|e| e.to_string())?;
            }
            if !std::io::stdout().is_terminal() {
                return Err("stdout is not a terminal; use `dossier export [DIR]` to write the analysis to a pipe or file".into());
            }
            let what = cli
                .dir
                .as_deref()
                .map_or("the sample".to_string(), |d| d.display().to_string());
            let dir = cli.dir.clone();
            let load: tui::Load = Box::new(move |report| match dir {
                Some(dir) => {
                    corpus::open_in_stages(&dir, &|s| report.stage(s), &|d| report.articles(d))
                        .map_err(|e| e.to_string())
                }
                None => Ok(corpus::sample()),
            });
            tui::run(&what, config, load).map_err(|e| format!("terminal error: {e}"))?
        }
    }
}

fn report_warnings(d: &Dossier) {
    for w in &d.warnings {
        eprintln!("dossier: warning: {w}");
    }
}
