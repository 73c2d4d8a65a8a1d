//! The `slant` command: parses arguments and calls the library.
//!
//! Exit codes: 0 success (records that could not be read are listed in
//! `skipped.csv` and do not fail the run); 1 `lint` found errors, or an eval
//! bar given with `--min-*` was missed; 2 usage error; 3 the lexicons did not
//! load; 4 an output could not be written or an eval file could not be read
//! (an input that cannot be read is skipped, as a bad record is).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};

use slant::lexicon::{Lexicons, Severity};

#[derive(Parser)]
#[command(
    name = "slant",
    version,
    about = "Source attribution and bias analysis for news text"
)]
struct Cli {
    /// Lexicon folder (default: ./lexicons, else the one shipped with slant).
    #[arg(long, global = true)]
    lexicons: Option<PathBuf>,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Analyse articles and write the reports (claims, sources, coverage, comparisons ...).
    Report {
        /// Files (.txt, .jsonl, .csv), folders, or - for standard input.
        #[arg(required = true)]
        inputs: Vec<String>,
        /// Output folder.
        #[arg(long, default_value = "reports")]
        out: PathBuf,
        /// Print nothing but errors (no progress bar).
        #[arg(long)]
        quiet: bool,
        /// Worker threads (default: one per core); output is identical for any number.
        #[arg(long, default_value_t = 0)]
        threads: usize,
        #[command(flatten)]
        report: ReportArgs,
    },
    /// Map step: analyse articles (files or - for stdin) and write one JSON line per claim to stdout.
    Analyze {
        #[arg(default_value = "-")]
        inputs: Vec<String>,
        #[arg(long, default_value_t = 0)]
        threads: usize,
    },
    /// Reduce step: turn `slant analyze` outputs into the reports of a single run.
    Aggregate {
        /// Files of `slant analyze` output, in order, or - for stdin.
        #[arg(required = true)]
        inputs: Vec<String>,
        #[arg(long, default_value = "reports")]
        out: PathBuf,
        /// Print nothing but errors (no closing summary line).
        #[arg(long)]
        quiet: bool,
        #[command(flatten)]
        report: ReportArgs,
    },
    /// Score slant against annotated data.
    Eval {
        #[command(subcommand)]
        what: EvalCmd,
    },
    /// Score JSONL lines (`text`, optional `target_start`/`target_end`): hedging, valence, target stance.
    Score {
        /// A JSONL file, or - for standard input.
        #[arg(default_value = "-")]
        input: String,
        /// Hedge profile: news (default), or a file in lexicons/hedge_profiles/.
        #[arg(long)]
        profile: Option<String>,
        /// Print nothing but errors (no closing count line on stderr).
        #[arg(long)]
        quiet: bool,
    },
    /// Show, for each claim, the marked sentence, the rules and lexicon rows that fired, and the arithmetic.
    Explain {
        /// A file (.txt, .jsonl, .csv) or the text itself.
        input: String,
        /// Colour even when not on a terminal.
        #[arg(long)]
        color: bool,
        /// Hedge profile for the hedge lines: news (default, as reports
        /// use), or a file in lexicons/hedge_profiles/.
        #[arg(long)]
        profile: Option<String>,
    },
    /// The claims whose labels or scores change between two lexicon folders.
    Diff {
        /// Lexicon folder before the edit.
        #[arg(long)]
        old: PathBuf,
        /// Lexicon folder after the edit.
        #[arg(long)]
        new: PathBuf,
        /// Files, folders or - as for `report`.
        #[arg(required = true)]
        inputs: Vec<String>,
        /// Where to write the changed claims (CSV).
        #[arg(long, default_value = "diff.csv")]
        out: PathBuf,
        /// Worker threads (default: one per core); output is identical for any number.
        #[arg(long, default_value_t = 0)]
        threads: usize,
    },
    /// Fit a learned model from labelled data and write it as a lexicon file.
    Train {
        #[command(subcommand)]
        what: TrainCmd,
    },
    /// Check the lexicon files; print every problem as file:line: message.
    Lint {
        /// Lexicon folder (default: the --lexicons folder).
        dir: Option<PathBuf>,
    },
}

/// A `--since` / `--until` value: a whole calendar date.
fn calendar_date(v: &str) -> Result<String, String> {
    if slant::model::date_prefix(v) == Some(v) {
        Ok(v.to_string())
    } else {
        Err(format!(
            "`{v}` is not a date: expected YYYY-MM-DD, YYYY-MM or YYYY"
        ))
    }
}

/// Options of the comparison reports.
#[derive(clap::Args, Clone)]
struct ReportArgs {
    /// Compare by publisher, category (the publisher's), country (the publisher's) or date:month.
    #[arg(long, default_value = "publisher")]
    group_by: String,
    /// Only articles dated on or after this (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_parser = calendar_date)]
    since: Option<String>,
    /// Only articles dated on or before this (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_parser = calendar_date)]
    until: Option<String>,
    /// Rows with fewer observations are kept but flagged below_min_n.
    #[arg(long, default_value_t = 10)]
    min_n: u64,
    /// Start every CSV with a UTF-8 byte order mark, for Excel.
    #[arg(long)]
    excel: bool,
    /// Extra formats besides CSV: xlsx, html (repeat or separate with commas).
    #[arg(long, value_delimiter = ',')]
    format: Vec<String>,
}

impl ReportArgs {
    /// The options, or None after printing the usage error.
    fn options_or_usage(&self, threads: usize) -> Option<slant::report::ReportOptions> {
        self.options(threads)
            .map_err(|m| eprintln!("slant: {m}"))
            .ok()
    }

    fn options(&self, threads: usize) -> Result<slant::report::ReportOptions, String> {
        let group_by = slant::aggregate::GroupBy::parse(&self.group_by).ok_or_else(|| {
            format!(
                "--group-by must be publisher, category, country or date:month, not `{}`",
                self.group_by
            )
        })?;
        let mut o = slant::report::ReportOptions {
            threads,
            aggregate: slant::aggregate::Options {
                group_by,
                min_n: self.min_n,
            },
            since: self.since.clone(),
            until: self.until.clone(),
            excel: self.excel,
            before_tables: Some(release_stream_memory),
            ..Default::default()
        };
        for f in &self.format {
            match f.as_str() {
                "csv" => {}
                "xlsx" => o.xlsx = true,
                "html" => o.html = true,
                other => return Err(format!("--format must be csv, xlsx or html, not `{other}`")),
            }
        }
        Ok(o)
    }
}

/// A progress line on a terminal: articles and MB done, rate, time left.
struct Progress {
    total_bytes: u64,
    done_bytes: u64,
    articles: u64,
    start: std::time::Instant,
    last: std::time::Instant,
}

impl Progress {
    fn tick(&mut self, bytes: u64) {
        self.articles += 1;
        self.done_bytes += bytes;
        let now = std::time::Instant::now();
        if now.duration_since(self.last).as_millis() < 200 {
            return;
        }
        self.last = now;
        let secs = now.duration_since(self.start).as_secs_f64().max(1e-3);
        let rate = self.done_bytes as f64 / secs;
        let left = if self.total_bytes > self.done_bytes && rate > 0.0 {
            format!(
                ", {:.0}s left",
                (self.total_bytes - self.done_bytes) as f64 / rate
            )
        } else {
            String::new()
        };
        eprint!(
            "\r\x1b[2K{} articles, {:.1} / {:.1} MB, {:.1} MB/s{}",
            self.articles,
            self.done_bytes as f64 / 1e6,
            self.total_bytes as f64 / 1e6,
            rate / 1e6,
            left
        );
    }
}

/// Bytes in the inputs (files and folders), for the time-left estimate.
fn input_bytes(inputs: &[String]) -> u64 {
    fn walk(p: &std::path::Path, depth: usize) -> u64 {
        match std::fs::metadata(p) {
            Ok(m) if m.is_file() => m.len(),
            Ok(m) if m.is_dir() && depth < 16 => std::fs::read_dir(p)
                .map(|d| {
                    d.filter_map(|e| e.ok())
                        .map(|e| walk(&e.path(), depth + 1))
                        .sum()
                })
                .unwrap_or(0),
            _ => 0,
        }
    }
    inputs
        .iter()
        .filter(|i| *i != "-")
        .map(|i| walk(std::path::Path::new(i), 0))
        .sum()
}

#[derive(Subcommand)]
enum TrainCmd {
    /// The target-stance model (stance_model.csv) from JSONL lines with
    /// `text`, `target_start`, `target_end` (UTF-8 byte offsets) and
    /// `polarity` (-1, 0, 1), as NewsMTSC's.
    Stance {
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Where to write the model (it is used when it is the lexicon
        /// folder's stance_model.csv).
        #[arg(long)]
        out: PathBuf,
        /// Inverse L2 strength, as scikit-learn's C.
        #[arg(long, default_value_t = slant::learn::TrainOptions::default().c)]
        c: f64,
        /// Words in fewer training windows than this are not features.
        #[arg(long, default_value_t = slant::learn::TrainOptions::default().min_count)]
        min_count: usize,
        /// Word features whose weights are all smaller than this are not written.
        #[arg(long, default_value_t = slant::learn::TrainOptions::default().prune)]
        prune: f64,
        /// Optimisation steps.
        #[arg(long, default_value_t = slant::learn::TrainOptions::default().iterations)]
        iterations: usize,
        /// Also print the macro-F1 of a K-fold cross-validation on the
        /// training data (to choose the settings without a test set).
        #[arg(long, value_name = "K")]
        cv: Option<usize>,
    },
}

#[derive(Subcommand)]
enum EvalCmd {
    /// Sentence-level hedge detection (F1 of the hedged class).
    Hedge {
        file: PathBuf,
        /// Hedge profile: news (default), or a file in lexicons/hedge_profiles/.
        #[arg(long)]
        profile: Option<String>,
        #[arg(long, default_value = "eval-hedge-errors.csv")]
        errors: PathBuf,
    },
    /// Attribution relations against PolNeAR-format annotations (cue and triple P/R/F1).
    Attribution {
        file: PathBuf,
        #[arg(long, default_value = "eval-attribution-errors.csv")]
        errors: PathBuf,
    },
    /// Target stance (macro-F1 over -1 / 0 / 1).
    Stance {
        file: PathBuf,
        #[arg(long, default_value = "eval-stance-errors.csv")]
        errors: PathBuf,
    },
    /// Sentence valence (Pearson r with the mean human rating).
    Valence {
        file: PathBuf,
        #[arg(long, default_value = "eval-valence-errors.csv")]
        errors: PathBuf,
    },
    /// Attribution and labelling against gold articles (shared/gold/FORMAT.md).
    Gold {
        file: PathBuf,
        /// Where to write every disagreement (CSV).
        #[arg(long, default_value = "eval-gold-errors.csv")]
        errors: PathBuf,
    },
}

/// Exit status 2, after saying so, when `profile` names no hedge profile.
fn unknown_profile(lex: &Lexicons, profile: Option<&str>) -> Option<ExitCode> {
    let p = profile?;
    if lex.scoring.hedge_lexicon(Some(p)).is_some() {
        return None;
    }
    eprintln!(
        "slant: no hedge profile `{p}` in {}/hedge_profiles",
        lex.dir.display()
    );
    Some(ExitCode::from(2))
}

/// The lexicons of `dir` (or the default folder), kept to the end of the
/// process: they are leaked rather than dropped, since freeing thousands
/// of small allocations just before exit only costs time.
fn load(dir: &Option<PathBuf>) -> Result<&'static Lexicons, ExitCode> {
    let dir = dir.clone().unwrap_or_else(slant::default_lexicon_dir);
    match Lexicons::load(&dir) {
        Ok(l) => {
            for w in &l.warnings {
                eprintln!("{w}");
            }
            Ok(Box::leak(Box::new(l)))
        }
        Err(e) => {
            for p in &e.problems {
                eprintln!("{p}");
            }
            eprintln!(
                "slant: the lexicons in {} have errors; nothing was analysed",
                dir.display()
            );
            Err(ExitCode::from(3))
        }
    }
}

/// Print to stdout; a closed pipe (`slant ... | head`) ends the program quietly.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write;
        let mut o = std::io::stdout().lock();
        if let Err(e) = write!(o, $($arg)*) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(0);
            }
            return Err(e.into());
        }
    }};
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let code = match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("slant: {e:#}");
            ExitCode::from(4)
        }
    };
    skip_exit_purge();
    code
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.cmd {
        Cmd::Report {
            inputs,
            out,
            quiet,
            threads,
            report,
        } => {
            let Some(opts) = report.options_or_usage(threads) else {
                return Ok(ExitCode::from(2));
            };
            let lex = match load(&cli.lexicons) {
                Ok(l) => l,
                Err(c) => return Ok(c),
            };
            let t0 = std::time::Instant::now();
            use std::io::IsTerminal;
            let mut progress = Progress {
                total_bytes: input_bytes(&inputs),
                done_bytes: 0,
                articles: 0,
                start: std::time::Instant::now(),
                last: std::time::Instant::now(),
            };
            let show = !quiet && std::io::stderr().is_terminal();
            let mut tick = |a: &slant::report::ArticleDone| progress.tick(a.text_bytes as u64);
            let cb: Option<&mut (dyn FnMut(&slant::report::ArticleDone) + Send)> =
                if show { Some(&mut tick) } else { None };
            let summary = slant::report::run_report_with(&inputs, &out, lex, &opts, cb);
            if show {
                eprint!("\r\x1b[2K");
            }
            let summary =
                summary.with_context(|| format!("writing reports to {}", out.display()))?;
            if !quiet {
                let c = &summary.counts;
                eprintln!(
                    "slant: {} articles, {} claims ({} attributed), {} skipped, {:.1} MB in {:.2}s -> {}",
                    c.ingest.articles,
                    c.claims,
                    c.attributed_claims,
                    c.ingest.skipped,
                    c.ingest.bytes as f64 / 1e6,
                    t0.elapsed().as_secs_f64(),
                    out.display()
                );
                for s in summary.skipped.iter().take(5) {
                    eprintln!("slant: skipped {s}");
                }
                if summary.skipped.len() > 5 {
                    eprintln!(
                        "slant: ... {} more in skipped.csv",
                        summary.skipped.len() - 5
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Eval { what } => {
            let lex = match load(&cli.lexicons) {
                Ok(l) => l,
                Err(c) => return Ok(c),
            };
            let sentence = |file: &PathBuf,
                            task,
                            profile: Option<&str>,
                            errors: &PathBuf|
             -> anyhow::Result<ExitCode> {
                if let Some(code) = unknown_profile(lex, profile) {
                    return Ok(code);
                }
                let r = slant::eval::eval_sentences(file, task, lex, profile)?;
                say!("{}", r.table());
                slant::eval::write_sentence_errors(errors, &r.errors)?;
                say!(
                    "{} disagreements written to {}\n",
                    r.errors.len(),
                    errors.display()
                );
                Ok(ExitCode::SUCCESS)
            };
            use slant::eval::SentenceTask;
            match what {
                EvalCmd::Attribution { file, errors } => {
                    let r = slant::eval::eval_attribution(&file, lex)?;
                    say!("{}", r.table());
                    slant::eval::write_attribution_errors(&errors, &r.errors)?;
                    say!(
                        "{} disagreements written to {}\n",
                        r.errors.len(),
                        errors.display()
                    );
                    Ok(ExitCode::SUCCESS)
                }
                EvalCmd::Hedge {
                    file,
                    profile,
                    errors,
                } => sentence(&file, SentenceTask::Hedge, profile.as_deref(), &errors),
                EvalCmd::Stance { file, errors } => {
                    sentence(&file, SentenceTask::Stance, None, &errors)
                }
                EvalCmd::Valence { file, errors } => {
                    sentence(&file, SentenceTask::Valence, None, &errors)
                }
                EvalCmd::Gold { file, errors } => {
                    let gold = slant::eval::read_gold(&file)?;
                    let r = slant::eval::eval_gold(&gold, lex);
                    say!("{}", r.table());
                    slant::eval::write_errors(&errors, &r.errors)?;
                    println!(
                        "\n{} disagreements written to {}",
                        r.errors.len(),
                        errors.display()
                    );
                    Ok(ExitCode::SUCCESS)
                }
            }
        }
        Cmd::Score {
            input,
            profile,
            quiet,
        } => {
            let lex = match load(&cli.lexicons) {
                Ok(l) => l,
                Err(c) => return Ok(c),
            };
            if let Some(code) = unknown_profile(lex, profile.as_deref()) {
                return Ok(code);
            }
            let stdout = std::io::stdout();
            let out = std::io::BufWriter::new(stdout.lock());
            let counts = if input == "-" {
                slant::score::score_jsonl(
                    lex,
                    profile.as_deref(),
                    slant::ingest::buffered_stdin(),
                    out,
                    "-",
                )?
            } else {
                let f =
                    std::fs::File::open(&input).with_context(|| format!("{input}: cannot open"))?;
                slant::score::score_jsonl(
                    lex,
                    profile.as_deref(),
                    slant::ingest::buffered(f),
                    out,
                    &input,
                )?
            };
            // the rarer counts only when there are some
            let some = |n: usize, what: &str| {
                if n > 0 {
                    format!(", {n} {what}")
                } else {
                    String::new()
                }
            };
            if quiet {
                return Ok(ExitCode::SUCCESS);
            }
            eprintln!(
                "slant: scored {} lines, {} without text{}{}",
                counts.lines - counts.errors,
                counts.errors,
                some(counts.replaced, "with invalid UTF-8 replaced by U+FFFD"),
                some(
                    counts.target_errors,
                    "without a target score (see target_error)"
                ),
            );
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Analyze { inputs, threads } => {
            let lex = match load(&cli.lexicons) {
                Ok(l) => l,
                Err(c) => return Ok(c),
            };
            let opts = slant::report::ReportOptions {
                threads,
                ..Default::default()
            };
            match slant::report::run_analyze(&inputs, lex, &opts, std::io::stdout()) {
                Ok(()) => Ok(ExitCode::SUCCESS),
                Err(slant::Error::Io { error: source, .. })
                    if source.kind() == std::io::ErrorKind::BrokenPipe =>
                {
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => Err(e.into()),
            }
        }
        Cmd::Aggregate {
            inputs,
            out,
            quiet,
            report,
        } => {
            let Some(opts) = report.options_or_usage(0) else {
                return Ok(ExitCode::from(2));
            };
            let lex = match load(&cli.lexicons) {
                Ok(l) => l,
                Err(c) => return Ok(c),
            };
            let s = slant::report::run_aggregate(&inputs, &out, lex, &opts)?;
            if quiet {
                return Ok(ExitCode::SUCCESS);
            }
            eprintln!(
                "slant: {} claims from {} articles aggregated -> {}",
                s.counts.claims,
                s.counts.ingest.articles,
                out.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Explain {
            input,
            color,
            profile,
        } => {
            let lex = match load(&cli.lexicons) {
                Ok(l) => l,
                Err(c) => return Ok(c),
            };
            if let Some(code) = unknown_profile(lex, profile.as_deref()) {
                return Ok(code);
            }
            use std::io::IsTerminal;
            let color = color || std::io::stdout().is_terminal();
            let mut an = slant::Analyzer::new(lex);
            for a in slant::explain::articles_for(&input) {
                let analysis = an.analyze(a);
                say!(
                    "{}\n",
                    slant::explain::explain(&analysis, lex, color, profile.as_deref())
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Diff {
            old,
            new,
            inputs,
            out,
            threads,
        } => {
            let (Ok(lo), Ok(ln)) = (load(&Some(old)), load(&Some(new))) else {
                return Ok(ExitCode::from(3));
            };
            let opts = slant::report::ReportOptions {
                threads,
                ..Default::default()
            };
            let t0 = std::time::Instant::now();
            let r = slant::diff::run_diff(lo, ln, &inputs, &out, &opts)?;
            say!("{}", r.summary());
            say!(
                "{} changes written to {} in {:.2}s\n",
                r.changes,
                out.display(),
                t0.elapsed().as_secs_f64()
            );
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Train {
            what:
                TrainCmd::Stance {
                    inputs,
                    out,
                    c,
                    min_count,
                    prune,
                    iterations,
                    cv,
                },
        } => {
            let lex = match load(&cli.lexicons) {
                Ok(l) => l,
                Err(c) => return Ok(c),
            };
            if !c.is_finite() || c <= 0.0 {
                anyhow::bail!("--c must be a number above 0, not {c}");
            }
            if prune.is_nan() || prune < 0.0 {
                anyhow::bail!("--prune must be at least 0, not {prune}");
            }
            if iterations == 0 {
                anyhow::bail!("--iterations must be at least 1");
            }
            let window = lex.scoring.settings.stance_model_window;
            let set = slant::learn::read_training(&inputs, lex, window)?;
            for (f, l, why) in set.skipped.iter().take(5) {
                eprintln!("slant: skipped {}:{l}: {why}", f.display());
            }
            if set.skipped.len() > 5 {
                eprintln!("slant: ... {} more lines skipped", set.skipped.len() - 5);
            }
            if set.examples.is_empty() {
                anyhow::bail!("no labelled targets to train on");
            }
            let opts = slant::learn::TrainOptions {
                c,
                min_count,
                prune,
                iterations,
            };
            if let Some(k) = cv {
                if k < 2 || k > set.examples.len() {
                    anyhow::bail!("--cv must be between 2 and the number of examples");
                }
                let f = slant::learn::cross_validate(&set.examples, window, &opts, k);
                let mean = f.iter().sum::<f64>() / k as f64;
                let folds: Vec<String> = f.iter().map(|x| format!("{x:.3}")).collect();
                say!(
                    "{k}-fold cross-validation: macro-F1 {mean:.4} (folds {})\n",
                    folds.join(" ")
                );
            }
            let t = slant::learn::train(&set.examples, window, &opts);
            let header = slant::learn::provenance(&inputs, &out, &opts, window, &set, &t);
            slant::learn::write_model(&out, &t, &header)?;
            say!(
                "{} examples, {} skipped; {} features written to {}\n",
                set.examples.len(),
                set.skipped.len(),
                t.rows.len(),
                out.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Lint { dir } => {
            let dir = dir
                .or(cli.lexicons)
                .unwrap_or_else(slant::default_lexicon_dir);
            let mut problems = Lexicons::lint(&dir);
            // example sentences are checked once the lexicons load
            if let Ok(lex) = Lexicons::load(&dir) {
                problems.extend(slant::eval::check_examples(&lex));
            }
            let errors = problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .count();
            for p in &problems {
                say!("{p}\n");
            }
            println!(
                "{}: {} errors, {} warnings",
                dir.display(),
                errors,
                problems.len() - errors
            );
            Ok(if errors > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `purge_delay` option: its slot in `mi_option_e` of
/// mimalloc.h (v3). Options keep their slots (a retired one is renamed
/// `deprecated_…`); a test below checks that the slot holds v3's default.
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

extern "C" {
    /// mimalloc's: set an option unless the environment set it.
    fn mi_option_set_default(option: std::ffi::c_int, value: std::ffi::c_long);
    /// mimalloc's: free what it can now; `force` also purges pages at once.
    fn mi_collect(force: bool);
    /// mimalloc's: set an option, whatever the environment says.
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// Tell mimalloc not to give pages back to the system at exit. Its exit
/// handler collects with force, which purges (`madvise`) every free page
/// one by one, just before the process's memory goes anyway: on a
/// one-sentence `slant score` that was 3% of the run.
fn skip_exit_purge() {
    // SAFETY: mimalloc's option setter; a negative purge delay means
    // "never purge", which only holds pages this process is about to end.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}

/// Give the pages of the memory freed by a report's stream back to the
/// system before the summary tables are made. mimalloc v3 keeps freed pages
/// for a second (`purge_delay` 1000 ms), so the tables' memory came on top
/// of the stream's: a peak of 72 MB on a 600 MB corpus, 53 MB with this. The
/// stream itself keeps the delay: purging there costs three times the page
/// faults and about 5% of a report's time. A `MIMALLOC_PURGE_DELAY` in the
/// environment still wins.
fn release_stream_memory() {
    // SAFETY: mimalloc's option setter and collector, linked in with the
    // global allocator; both may be called at any time from any thread.
    unsafe {
        mi_option_set_default(MI_OPTION_PURGE_DELAY, 0);
        mi_collect(true);
    }
}

#[cfg(test)]
mod tests {
    extern "C" {
        fn mi_option_get(option: std::ffi::c_int) -> std::ffi::c_long;
    }

    /// The slot named purge_delay holds v3's default for it, 1000 ms (no
    /// other option defaults to 1000): a mimalloc that moved its options
    /// fails here rather than having some other option set.
    #[test]
    fn the_purge_delay_slot_is_mimallocs() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            eprintln!("skipped: MIMALLOC_PURGE_DELAY is set");
            return;
        }
        // SAFETY: mimalloc's option getter.
        let v = unsafe { mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        assert_eq!(v, 1000);
    }
}
