//! Report: `claims.csv`, `skipped.csv` and `manifest.json`.
//!
//! Files are written to a temporary file in the output folder and renamed
//! into place, so an interrupted run never leaves a half-written report
//! where a good one was. Identical input gives byte-identical output: no
//! timestamps, fixed number formats, input order kept.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::Error;
use crate::ingest::{IngestStats, Reader, Sink, Skipped};
use crate::lexicon::Lexicons;
use crate::model::{Analysis, Article, Claim};
use crate::Analyzer;

/// The columns of `claims.csv`, in order.
pub const CLAIM_COLUMNS: [&str; 27] = [
    "claim_id",
    "article_id",
    "publisher",
    "date",
    "sentence_index",
    "start",
    "end",
    "text",
    "source",
    "source_mention",
    "source_start",
    "source_end",
    "source_kind",
    "category",
    "attribution",
    "cue",
    "cue_start",
    "cue_end",
    "content_start",
    "content_end",
    "hedge_score",
    "hedged",
    "hedge_cues",
    "stance_score",
    "stance_cues",
    "rule",
    "topics",
];

/// A file written beside its final path and renamed into place on `commit`.
pub struct AtomicFile {
    tmp: PathBuf,
    path: PathBuf,
    w: Option<BufWriter<File>>,
}

impl AtomicFile {
    pub fn create(path: &Path) -> Result<AtomicFile, Error> {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
        let f = File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
        Ok(AtomicFile {
            tmp,
            path: path.to_path_buf(),
            w: Some(BufWriter::with_capacity(1 << 16, f)),
        })
    }

    fn writer(&mut self) -> std::io::Result<&mut BufWriter<File>> {
        self.w.as_mut().ok_or_else(|| {
            std::io::Error::other(format!("{}: written after commit", self.path.display()))
        })
    }

    /// Create and start with a UTF-8 byte order mark when `bom` is set.
    pub fn create_csv(path: &Path, bom: bool) -> Result<AtomicFile, Error> {
        let mut f = AtomicFile::create(path)?;
        if bom {
            f.write_all(b"\xEF\xBB\xBF")
                .map_err(|e| Error::io(path, e))?;
        }
        Ok(f)
    }

    pub fn commit(mut self) -> Result<(), Error> {
        if let Some(w) = self.w.take() {
            let f = w
                .into_inner()
                .map_err(|e| Error::io(&self.tmp, e.into_error()))?;
            f.sync_all().map_err(|e| Error::io(&self.tmp, e))?;
        }
        std::fs::rename(&self.tmp, &self.path).map_err(|e| {
            // never leave the temporary file behind
            let _ = std::fs::remove_file(&self.tmp);
            Error::io(&self.path, e)
        })
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.w.is_some() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.writer()?.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.writer()?.flush()
    }
}

/// Neutralise a text cell that a spreadsheet would run as a formula (OWASP):
/// a leading `=`, `+`, `-`, `@`, tab or carriage return gets a `'` prefix.
pub fn safe_cell(s: &str) -> std::borrow::Cow<'_, str> {
    if starts_formula(s.as_bytes()) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

/// Whether a cell starts as a spreadsheet formula would.
fn starts_formula(cell: &[u8]) -> bool {
    matches!(
        cell.first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    )
}

/// A fixed, locale-free number format: up to 4 decimals, no trailing zeros.
pub fn num(x: f64) -> String {
    let mut s = String::with_capacity(12);
    num_into(x, &mut s);
    s
}

/// Append the decimal digits of `x`: what `write!(s, "{x}")` writes, at a
/// fraction of the formatting machinery's cost (a claim row holds seven
/// integers).
pub fn uint_into(x: u64, s: &mut String) {
    s.push_str(itoa::Buffer::new().format(x));
}

/// [`num`], appended to `s` (nothing for a non-finite number).
pub fn num_into(x: f64, s: &mut String) {
    if !x.is_finite() {
        return;
    }
    // the commonest number of all (no hedge, no stance), and -0 alike
    if x == 0.0 {
        s.push('0');
        return;
    }
    // Fast path: x × 10⁴ rounds as the exact decimal does unless it lies
    // near a tie (the product's error is far below 10⁻⁵ at these sizes).
    // Below 10¹⁰ the cast truncates exactly and the fraction is exact, so
    // no call to the libm `trunc` and `round` is needed.
    let scaled = x * 10_000.0;
    if scaled.abs() < 1e10 {
        let t = scaled as i64;
        let frac = scaled - t as f64;
        if (frac.abs() - 0.5).abs() > 1e-5 {
            // rounded half away from zero, as `f64::round` (no ties here)
            let v = t + i64::from(frac > 0.5) - i64::from(frac < -0.5);
            let (int, frac) = (v.unsigned_abs() / 10_000, v.unsigned_abs() % 10_000);
            if v < 0 {
                s.push('-');
            }
            uint_into(int, s);
            if frac != 0 {
                let digits = [
                    b'.',
                    b'0' + (frac / 1000) as u8,
                    b'0' + (frac / 100 % 10) as u8,
                    b'0' + (frac / 10 % 10) as u8,
                    b'0' + (frac % 10) as u8,
                ];
                let mut n = digits.len();
                while digits[n - 1] == b'0' {
                    n -= 1;
                }
                // ASCII digits and a dot
                s.push_str(std::str::from_utf8(&digits[..n]).unwrap_or_default());
            }
            return;
        }
    }
    s.push_str(&num_formatted(x));
}

/// [`num`] by the float formatter: exact on ties, slower.
fn num_formatted(x: f64) -> String {
    let s = format!("{x:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// One CSV row: its cells in one string, with the end of each, so that a
/// row costs two allocations however many cells it has. It serialises as
/// the list of its cells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    text: String,
    ends: Vec<u32>,
}

impl Row {
    pub fn with_capacity(cells: usize, bytes: usize) -> Row {
        Row {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(cells),
        }
    }

    fn end_cell(&mut self) {
        // a row is far shorter than 4 GB: the cast cannot truncate
        self.ends.push(self.text.len() as u32);
    }

    /// Append a cell.
    pub fn push(&mut self, cell: &str) {
        self.text.push_str(cell);
        self.end_cell();
    }

    /// Append a cell written by `f`.
    pub fn push_with(&mut self, f: impl FnOnce(&mut String)) {
        f(&mut self.text);
        self.end_cell();
    }

    /// Append a number in the fixed report format ([`num`]).
    pub fn push_num(&mut self, x: f64) {
        self.push_with(|s| num_into(x, s));
    }

    /// Append an integer, or an empty cell.
    pub fn push_int(&mut self, x: Option<usize>) {
        self.push_with(|s| {
            if let Some(x) = x {
                uint_into(x as u64, s);
            }
        });
    }

    /// Append `parts` joined by `sep`.
    pub fn push_joined<S: AsRef<str>>(&mut self, parts: &[S], sep: &str) {
        self.push_with(|s| {
            for (i, p) in parts.iter().enumerate() {
                if i > 0 {
                    s.push_str(sep);
                }
                s.push_str(p.as_ref());
            }
        });
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Cell `i`, or "" past the end.
    pub fn cell(&self, i: usize) -> &str {
        let Some(&end) = self.ends.get(i) else {
            return "";
        };
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start as usize..end as usize).unwrap_or("")
    }

    /// The byte ranges of the cells in `text`, in order.
    fn spans(&self) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(self.ends.iter().copied())
            .map(|(s, e)| s as usize..e as usize)
    }

    pub fn cells(&self) -> impl Iterator<Item = &str> {
        self.spans().map(|r| self.text.get(r).unwrap_or(""))
    }

    /// Append the row to `out` as a CSV record ([`encode_row`]).
    pub fn encode(&self, out: &mut Vec<u8>, text_cols: &[usize]) {
        // room for the cells and their commas: quotes may add more
        out.reserve(self.text.len() + self.ends.len() + 1);
        let bytes = self.text.as_bytes();
        encode_cells(out, self.spans().map(|r| &bytes[r]), text_cols);
    }
}

impl Serialize for Row {
    fn serialize<Z: serde::Serializer>(&self, s: Z) -> Result<Z::Ok, Z::Error> {
        s.collect_seq(self.cells())
    }
}

impl<'de> serde::Deserialize<'de> for Row {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Row, D::Error> {
        // each cell is appended to the row as it is read: no string a cell
        struct Cells;
        struct Cell<'r>(&'r mut Row);
        impl<'de> serde::de::Visitor<'de> for Cells {
            type Value = Row;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of strings")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Row, A::Error> {
                let mut row = Row::default();
                while seq.next_element_seed(Cell(&mut row))?.is_some() {}
                Ok(row)
            }
        }
        impl<'de> serde::de::DeserializeSeed<'de> for Cell<'_> {
            type Value = ();
            fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
                d.deserialize_str(self)
            }
        }
        impl serde::de::Visitor<'_> for Cell<'_> {
            type Value = ();
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(), E> {
                self.0.push(v);
                Ok(())
            }
        }
        d.deserialize_seq(Cells)
    }
}

/// One claims.csv row.
pub fn claim_row(a: &Article, n: usize, c: &Claim) -> Row {
    let text = &a.text;
    let slice = |s: crate::model::Span| text.get(s.start..s.end).unwrap_or("");
    let mut r = Row::with_capacity(CLAIM_COLUMNS.len(), 256 + c.span.end - c.span.start);
    r.push_with(|s| {
        s.push_str(&a.id);
        s.push(':');
        uint_into(n as u64, s);
    });
    r.push(&a.id);
    r.push(&a.outlet);
    r.push(&a.date);
    r.push_int(Some(c.sentence_index));
    r.push_int(Some(c.span.start));
    r.push_int(Some(c.span.end));
    r.push(slice(c.span));
    r.push(&c.source.name);
    r.push(c.mention.map(slice).unwrap_or(""));
    r.push_int(c.mention.map(|m| m.start));
    r.push_int(c.mention.map(|m| m.end));
    r.push(c.source.kind.as_str());
    r.push(c.source.category_label());
    r.push(c.attribution.as_str());
    r.push(&c.cue);
    r.push_int(c.cue_span.map(|m| m.start));
    r.push_int(c.cue_span.map(|m| m.end));
    r.push_int(c.content.map(|m| m.start));
    r.push_int(c.content.map(|m| m.end));
    match &c.hedge {
        Some(h) => {
            r.push_num(h.score);
            r.push(if h.hedged { "true" } else { "false" });
            r.push_joined(&h.cues, "|");
        }
        None => (0..3).for_each(|_| r.push("")),
    }
    match &c.stance {
        Some(s) => {
            r.push_num(s.score);
            r.push_joined(&s.cues, "|");
        }
        None => (0..2).for_each(|_| r.push("")),
    }
    r.push_with(|s| {
        s.push_str(c.attribution_rule);
        if !c.source.rule.is_empty() {
            s.push(';');
            s.push_str(&c.source.rule);
        }
    });
    r.push_joined(&c.topics, "|");
    r
}

/// Columns whose values are text a spreadsheet could mistake for a formula.
const TEXT_COLUMNS: [usize; 8] = [1, 2, 3, 7, 8, 9, 15, 22];

/// Bytes that make a CSV field quoted: the delimiter, the quote and line ends.
static CSV_SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    t[b',' as usize] = true;
    t[b'"' as usize] = true;
    t[b'\r' as usize] = true;
    t[b'\n' as usize] = true;
    t
};

/// Append one CSV record to `out`, neutralising the text cells in
/// `text_cols`: RFC 4180 with `\n` line ends, a field quoted only when it
/// holds a comma, a quote or a line end (quotes doubled), and a record of
/// no bytes written as `""`, byte for byte what the csv crate's default
/// writer produces, at a fraction of its cost.
pub fn encode_row<S: AsRef<str>>(out: &mut Vec<u8>, row: &[S], text_cols: &[usize]) {
    encode_cells(out, row.iter().map(|c| c.as_ref().as_bytes()), text_cols);
}

/// [`encode_row`] for the bytes of cells from an iterator.
fn encode_cells<'c>(out: &mut Vec<u8>, cells: impl Iterator<Item = &'c [u8]>, text_cols: &[usize]) {
    let from = out.len();
    for (i, v) in cells.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        // neutralised as `safe_cell` does
        let formula = starts_formula(v) && text_cols.contains(&i);
        // (memchr's vector search: the text cells are most of the bytes)
        let special = if v.len() < 16 {
            v.iter().any(|&b| CSV_SPECIAL[b as usize])
        } else {
            memchr::memchr3(b',', b'"', b'\n', v).is_some() || memchr::memchr(b'\r', v).is_some()
        };
        if !special {
            if formula {
                out.push(b'\'');
            }
            out.extend_from_slice(v);
            continue;
        }
        out.push(b'"');
        if formula {
            out.push(b'\'');
        }
        let mut rest = v;
        while let Some(q) = memchr::memchr(b'"', rest) {
            out.extend_from_slice(&rest[..=q]);
            out.push(b'"');
            rest = &rest[q + 1..];
        }
        out.extend_from_slice(rest);
        out.push(b'"');
    }
    if out.len() == from {
        out.extend_from_slice(b"\"\"");
    }
    out.push(b'\n');
}

/// Write one row, neutralising text cells (see [`encode_row`]).
pub fn write_row<W: Write, S: AsRef<str>>(
    w: &mut W,
    row: &[S],
    text_cols: &[usize],
) -> std::io::Result<()> {
    let mut buf = Vec::with_capacity(256);
    encode_row(&mut buf, row, text_cols);
    w.write_all(&buf)
}

/// How a report run writes its files.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    pub threads: usize,
    pub aggregate: crate::aggregate::Options,
    /// Keep only articles dated on or after / before or on these (YYYY-MM-DD prefixes).
    pub since: Option<String>,
    pub until: Option<String>,
    /// Start every CSV with a UTF-8 byte order mark (for Excel).
    pub excel: bool,
    /// Also write report.xlsx / index.html.
    pub xlsx: bool,
    pub html: bool,
    /// Called once the input is all read, before the summary tables are
    /// made (where the binary has its allocator give freed memory back).
    pub before_tables: Option<fn()>,
}

/// Counts for the manifest.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    pub ingest: IngestStats,
    pub claims: usize,
    pub attributed_claims: usize,
    pub by_attribution: BTreeMap<String, usize>,
    pub by_category: BTreeMap<String, usize>,
    pub removed_lines: BTreeMap<String, usize>,
}

#[derive(Serialize)]
struct ManifestFile<'a> {
    name: &'a str,
    sha256: &'a str,
    rows: usize,
}

#[derive(Serialize)]
struct Manifest<'a> {
    tool: &'static str,
    version: &'static str,
    inputs: &'a [String],
    lexicon_dir: String,
    lexicons: Vec<ManifestFile<'a>>,
    outputs: Vec<&'static str>,
    group_by: &'static str,
    min_n: u64,
    since: Option<&'a str>,
    until: Option<&'a str>,
    counts: &'a Counts,
}

/// The columns of `claim_targets.csv`, in order.
pub const TARGET_COLUMNS: [&str; 8] = [
    "claim_id",
    "article_id",
    "target",
    "mention",
    "mention_start",
    "mention_end",
    "stance_score",
    "polarity",
];

/// Read `inputs`, analyse them on `pool` a batch at a time, turn each
/// analysis into what the consumer needs with `prepare` (on the workers,
/// so that the analysis itself can be dropped there), and hand that to
/// `consume` in input order, on a writer thread: reading, analysis and
/// writing overlap, and memory is bounded by the batches in flight, not by
/// the corpus.
pub fn pipeline<T, P, F>(
    inputs: &[String],
    lex: &Lexicons,
    pool: &rayon::ThreadPool,
    opts: &ReportOptions,
    prepare: P,
    consume: F,
) -> (IngestStats, Vec<Skipped>)
where
    T: Send,
    P: Fn(Analysis) -> T + Sync,
    F: FnMut(T) + Send,
{
    pipeline_with(
        inputs,
        pool,
        opts,
        || Analyzer::new(lex),
        |an, a| prepare(an.analyze(a)),
        consume,
    )
}

/// As [`pipeline`], with the work done on each article given whole: each
/// worker makes its state with `init` once (its analyzers) and turns an
/// article into what `consume` takes with `work` (`slant diff` analyses
/// each article with two lexicon sets).
pub fn pipeline_with<S, T, I, W, F>(
    inputs: &[String],
    pool: &rayon::ThreadPool,
    opts: &ReportOptions,
    init: I,
    work: W,
    mut consume: F,
) -> (IngestStats, Vec<Skipped>)
where
    T: Send,
    I: Fn() -> S + Sync,
    W: Fn(&mut S, Article) -> T + Sync,
    F: FnMut(T) + Send,
{
    // an internal error on one article is reported in skipped.csv and the
    // run goes on, with the worker's state made anew
    let guarded = |s: &mut S, a: Article| -> Result<T, Skipped> {
        let (origin, id) = (a.origin.clone(), a.id.clone());
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(s, a))).map_err(|p| {
            *s = init();
            internal_error(&origin, &id, p.as_ref())
        })
    };
    std::thread::scope(|scope| {
        let (batch_tx, batch_rx) = std::sync::mpsc::sync_channel::<Vec<Article>>(1);
        let (done_tx, done_rx) = std::sync::mpsc::sync_channel::<Vec<Result<T, Skipped>>>(1);
        let (init, guarded) = (&init, &guarded);
        scope.spawn(move || {
            for batch in batch_rx {
                // what the consumer needs (rows, or analyze's JSON lines) is
                // made on the workers too
                let analyses: Vec<Result<T, Skipped>> = pool.install(|| {
                    use rayon::prelude::*;
                    batch.into_par_iter().map_init(init, guarded).collect()
                });
                if done_tx.send(analyses).is_err() {
                    break;
                }
            }
        });
        let consumer = scope.spawn(move || {
            let mut failed = Vec::new();
            for analyses in done_rx {
                for p in analyses {
                    match p {
                        Ok(p) => consume(p),
                        Err(s) => failed.push(s),
                    }
                }
            }
            failed
        });
        let mut batcher = Batcher {
            batch: Vec::new(),
            bytes: 0,
            tx: Some(batch_tx),
            skipped: Vec::new(),
            since: opts.since.clone(),
            until: opts.until.clone(),
            filtered: 0,
            undated: 0,
        };
        let mut stats = {
            let mut reader = Reader::new(&mut batcher);
            for i in inputs {
                reader.read_input(i);
            }
            reader.stats
        };
        stats.filtered_by_date = batcher.filtered;
        stats.undated_kept = batcher.undated;
        batcher.flush();
        batcher.tx = None; // close the pipeline
        let mut skipped = batcher.skipped;
        match consumer.join() {
            Ok(failed) => {
                stats.skipped += failed.len();
                skipped.extend(failed);
            }
            Err(_) => eprintln!("slant: the writer thread panicked"),
        }
        (stats, skipped)
    })
}

/// The skipped.csv row of an article whose analysis hit an internal error
/// (`origin` is `file` or `file:record`, the record `line N` or `record
/// N`); the error is a bug to report.
fn internal_error(origin: &str, id: &str, payload: &(dyn std::any::Any + Send)) -> Skipped {
    let msg = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("a panic");
    let (file, record) = crate::ingest::origin_parts(origin);
    let reason =
        format!("internal error analysing article `{id}` (a bug: please report it): {msg}");
    let skipped = Skipped {
        file: file.to_string(),
        record: record.to_string(),
        reason,
    };
    eprintln!("slant: {skipped}");
    skipped
}

/// Writes analysed articles, in order, to claims.csv and claim_targets.csv.
struct Writer<'a, 'l> {
    claims: AtomicFile,
    targets: AtomicFile,
    articles: AtomicFile,
    /// A reused buffer for the encoded rows of one claim.
    buf: Vec<u8>,
    agg: crate::aggregate::Aggregator<'l>,
    bom: bool,
    counts: Counts,
    error: Option<Error>,
    on_article: Option<&'a mut (dyn FnMut(&ArticleDone) + Send)>,
}

/// Articles analysed together; memory is bounded by these, not by the corpus.
pub const BATCH_ARTICLES: usize = 256;
pub const BATCH_BYTES: usize = 8 << 20;

/// The claims.csv row and the claim_targets.csv rows of each claim.
pub type ClaimRows = Vec<(Row, Vec<Row>)>;

/// The claims.csv row and the claim_targets.csv rows of each claim.
pub fn claim_rows(an: &Analysis) -> ClaimRows {
    an.claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let row = claim_row(&an.article, i + 1, c);
            let targets = c
                .targets
                .iter()
                .map(|t| {
                    let mut r = Row::with_capacity(TARGET_COLUMNS.len(), 96);
                    r.push(row.cell(0));
                    r.push(&an.article.id);
                    r.push(&t.target);
                    r.push(
                        an.article
                            .text
                            .get(t.mention.start..t.mention.end)
                            .unwrap_or(""),
                    );
                    r.push_int(Some(t.mention.start));
                    r.push_int(Some(t.mention.end));
                    r.push_num(t.score);
                    r.push_with(|s| {
                        if t.polarity < 0 {
                            s.push('-');
                        }
                        uint_into(u64::from(t.polarity.unsigned_abs()), s);
                    });
                    r
                })
                .collect();
            (row, targets)
        })
        .collect()
}

/// Lines removed by cleaning, by reason.
pub fn removed_counts<'r>(
    reasons: impl IntoIterator<Item = &'r str>,
    into: &mut BTreeMap<String, usize>,
) {
    for r in reasons {
        count_key(into, r);
    }
}

/// Why each removed line of an article was removed.
fn removal_reasons(removed: &[(crate::model::Span, &'static str)]) -> Vec<&'static str> {
    removed.iter().map(|(_, r)| *r).collect()
}

/// What the report writer keeps of an analysed article: its header, the
/// size of its text and why lines were removed; the text and the claims
/// themselves are dropped on the worker once the rows are made, so that
/// the batches in flight hold one copy of each claim, not three.
#[derive(Debug, Clone)]
pub struct ArticleDone {
    pub id: String,
    pub outlet: String,
    pub date: String,
    pub title: String,
    /// Bytes of the article's text.
    pub text_bytes: usize,
    removed: Vec<&'static str>,
}

/// One article as the workers prepare it for the report writer: its
/// header and its rows (for the summaries and the CSV files).
pub struct Prepared {
    done: ArticleDone,
    rows: ClaimRows,
}

impl Prepared {
    pub fn new(an: Analysis) -> Prepared {
        let rows = claim_rows(&an);
        let a = an.article;
        Prepared {
            done: ArticleDone {
                id: a.id,
                outlet: a.outlet,
                date: a.date,
                title: a.title,
                text_bytes: a.text.len(),
                removed: removal_reasons(&an.removed),
            },
            rows,
        }
    }
}

/// The text columns of claim_targets.csv.
const TARGET_TEXT_COLUMNS: [usize; 3] = [1, 2, 3];

/// Count `key` in `map`, allocating the key only the first time.
fn count_key(map: &mut BTreeMap<String, usize>, key: &str) {
    match map.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            map.insert(key.to_string(), 1);
        }
    }
}

impl Writer<'_, '_> {
    fn write(&mut self, p: Prepared) {
        if self.error.is_some() {
            return;
        }
        let a = &p.done;
        removed_counts(a.removed.iter().copied(), &mut self.counts.removed_lines);
        self.begin_article(&a.id, &a.outlet, &a.date, &a.title);
        for (row, targets) in &p.rows {
            self.write_claim(row, targets);
        }
        if let Some(cb) = self.on_article.as_mut() {
            cb(&p.done);
        }
    }

    /// Start an article (for articles.csv); writes the previous article's row.
    fn begin_article(&mut self, id: &str, publisher: &str, date: &str, title: &str) {
        if let Some(row) = self.agg.begin_article(id, publisher, date, title) {
            self.write_article(&row);
        }
    }

    fn write_article(&mut self, row: &[String]) {
        if self.error.is_none() {
            if let Err(e) = write_row(&mut self.articles, row, &[0, 1, 2, 3]) {
                self.error = Some(Error::io(&self.articles.path, e));
            }
        }
    }

    /// Write one claim row and its target rows, counting them.
    fn write_claim(&mut self, row: &Row, targets: &[Row]) {
        if self.error.is_some() {
            return;
        }
        self.agg.claim(row);
        for t in targets {
            self.agg.target(t, row.cell(2), row.cell(3), row.cell(13));
        }
        self.counts.claims += 1;
        let attribution = row.cell(14);
        if attribution != "unattributed" {
            self.counts.attributed_claims += 1;
        }
        count_key(&mut self.counts.by_attribution, attribution);
        count_key(&mut self.counts.by_category, row.cell(13));
        self.buf.clear();
        row.encode(&mut self.buf, &TEXT_COLUMNS);
        if let Err(e) = self.claims.write_all(&self.buf) {
            self.error = Some(Error::io(&self.claims.path, e));
            return;
        }
        self.buf.clear();
        for t in targets {
            t.encode(&mut self.buf, &TARGET_TEXT_COLUMNS);
        }
        if let Err(e) = self.targets.write_all(&self.buf) {
            self.error = Some(Error::io(&self.targets.path, e));
        }
    }
}

/// Collects articles into batches and hands each to the analysis stage.
struct Batcher {
    batch: Vec<Article>,
    bytes: usize,
    tx: Option<std::sync::mpsc::SyncSender<Vec<Article>>>,
    skipped: Vec<Skipped>,
    since: Option<String>,
    until: Option<String>,
    filtered: usize,
    /// Articles kept under a date filter because their date cannot be placed.
    undated: usize,
}

impl Batcher {
    fn flush(&mut self) {
        if self.batch.is_empty() {
            return;
        }
        let batch = std::mem::take(&mut self.batch);
        self.bytes = 0;
        if let Some(tx) = &self.tx {
            // a closed channel means the writer failed; its error is reported at the end
            let _ = tx.send(batch);
        }
    }
}

impl Sink for Batcher {
    fn article(&mut self, a: Article) {
        // --since / --until compare calendar dates at the precision both
        // have; an article whose date is empty or no YYYY-MM-DD date cannot
        // be placed, and is kept and counted
        if self.since.is_some() || self.until.is_some() {
            use std::cmp::Ordering;
            match crate::model::date_prefix(&a.date) {
                Some(d) => {
                    let before = self
                        .since
                        .as_deref()
                        .is_some_and(|s| crate::model::date_cmp(d, s) == Ordering::Less);
                    let after = self
                        .until
                        .as_deref()
                        .is_some_and(|u| crate::model::date_cmp(d, u) == Ordering::Greater);
                    if before || after {
                        self.filtered += 1;
                        return;
                    }
                }
                None => self.undated += 1,
            }
        }
        self.bytes += a.text.len();
        self.batch.push(a);
        if self.batch.len() >= BATCH_ARTICLES || self.bytes >= BATCH_BYTES {
            self.flush();
        }
    }
    fn skipped(&mut self, s: Skipped) {
        self.skipped.push(s);
    }
}

/// What a report run produced.
#[derive(Debug, Clone)]
pub struct Summary {
    pub counts: Counts,
    pub skipped: Vec<Skipped>,
}

/// Analyse `inputs` and write the reports into `out`, on all cores.
pub fn run_report(inputs: &[String], out: &Path, lex: &Lexicons) -> Result<Summary, Error> {
    run_report_with(inputs, out, lex, &ReportOptions::default(), None)
}

/// A thread pool of `threads` workers (0: one per core).
pub fn pool(threads: usize) -> Result<rayon::ThreadPool, Error> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Error::io("thread pool", std::io::Error::other(e.to_string())))
}

/// As [`run_report`] with `threads` workers (0: one per core), calling
/// `on_article` after each article, in input order.
pub fn run_report_with(
    inputs: &[String],
    out: &Path,
    lex: &Lexicons,
    opts: &ReportOptions,
    on_article: Option<&mut (dyn FnMut(&ArticleDone) + Send)>,
) -> Result<Summary, Error> {
    let pool = pool(opts.threads)?;
    let writer = Writer::open(out, lex, opts, on_article)?;
    let mut writer = writer;
    let ingested = pipeline(inputs, lex, &pool, opts, Prepared::new, |p| writer.write(p));
    finish(writer, ingested, out, inputs, lex, opts, &pool)
}

impl<'a, 'l> Writer<'a, 'l> {
    /// Open claims.csv and claim_targets.csv in `out` and write their headers.
    fn open(
        out: &Path,
        lex: &'l Lexicons,
        opts: &ReportOptions,
        on_article: Option<&'a mut (dyn FnMut(&ArticleDone) + Send)>,
    ) -> Result<Self, Error> {
        std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
        let claims_path = out.join("claims.csv");
        let targets_path = out.join("claim_targets.csv");
        let articles_path = out.join("articles.csv");
        let mut w = Writer {
            claims: AtomicFile::create_csv(&claims_path, opts.excel)?,
            targets: AtomicFile::create_csv(&targets_path, opts.excel)?,
            articles: AtomicFile::create_csv(&articles_path, opts.excel)?,
            buf: Vec::new(),
            agg: crate::aggregate::Aggregator::new(lex, opts.aggregate.clone()),
            bom: opts.excel,
            counts: Counts::default(),
            error: None,
            on_article,
        };
        write_row(&mut w.claims, &CLAIM_COLUMNS, &[]).map_err(|e| Error::io(&claims_path, e))?;
        write_row(&mut w.targets, &TARGET_COLUMNS, &[]).map_err(|e| Error::io(&targets_path, e))?;
        write_row(&mut w.articles, &crate::aggregate::article_columns(), &[])
            .map_err(|e| Error::io(&articles_path, e))?;
        Ok(w)
    }
}

/// Write the summary tables and skipped.csv, commit every file, then write
/// manifest.json; the tables are built on `pool`.
fn finish(
    mut writer: Writer,
    (stats, skipped): (IngestStats, Vec<Skipped>),
    out: &Path,
    inputs: &[String],
    lex: &Lexicons,
    opts: &ReportOptions,
    pool: &rayon::ThreadPool,
) -> Result<Summary, Error> {
    if let Some(row) = writer.agg.end_article() {
        writer.write_article(&row);
    }
    if let Some(e) = writer.error.take() {
        return Err(e);
    }
    if let Some(f) = opts.before_tables {
        f();
    }
    let bom = writer.bom;
    let Writer {
        claims,
        targets,
        articles,
        agg,
        mut counts,
        ..
    } = writer;
    counts.ingest = stats;
    // Finished files are committed (flushed, synced to disk, renamed into
    // place) on a thread of their own, so that waiting for the disk
    // overlaps the summary tables still being built; the manifest is
    // written last, once every other file is in place.
    let (tables, written) = std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::channel::<AtomicFile>();
        let committer = scope.spawn(move || {
            let mut first: Option<Error> = None;
            for f in rx {
                if let Err(e) = f.commit() {
                    first.get_or_insert(e);
                }
            }
            first
        });
        let work = (|| {
            let send = |f: AtomicFile| {
                // the committer only stops when every sender is gone
                let _ = tx.send(f);
            };
            send(articles);
            send(claims);
            send(targets);
            // each table is written as soon as it is built; only the workbook
            // (all of them) and the HTML page (its charted ones) keep any
            let mut tables = Vec::new();
            let keep = |t: &crate::aggregate::Table| {
                opts.xlsx || (opts.html && crate::export::HTML_TABLES.contains(&t.name))
            };
            // a table given in runs: its file and the table (rows kept only
            // when the workbook or page needs them)
            let mut open: Option<(AtomicFile, PathBuf, crate::aggregate::Table)> = None;
            pool.install(|| {
                agg.into_tables(|e| {
                    use crate::aggregate::Emit;
                    match e {
                        Emit::Whole(t) => {
                            send(table_file(&out.join(format!("{}.csv", t.name)), &t, bom)?);
                            if keep(&t) {
                                tables.push(t);
                            }
                        }
                        Emit::Begin(t) => {
                            // the header now, the rows as they come
                            let path = out.join(format!("{}.csv", t.name));
                            open = Some((table_file(&path, &t, bom)?, path, t));
                        }
                        Emit::Rows(rows) => {
                            if let Some((f, path, t)) = &mut open {
                                write_rows(f, path, t, &rows)?;
                                if keep(t) {
                                    t.rows.append(rows);
                                }
                            }
                        }
                        Emit::End => {
                            if let Some((f, _, t)) = open.take() {
                                send(f);
                                if keep(&t) {
                                    tables.push(t);
                                }
                            }
                        }
                    }
                    Ok::<(), Error>(())
                })
            })?;
            send(skipped_file(&out.join("skipped.csv"), &skipped, bom)?);
            Ok::<_, Error>(tables)
        })();
        drop(tx);
        let committed = committer.join().unwrap_or_else(|_| {
            Some(Error::io(
                out,
                std::io::Error::other("the committer panicked"),
            ))
        });
        (work, committed)
    });
    let tables = tables?;
    if let Some(e) = written {
        return Err(e);
    }
    if opts.xlsx {
        crate::export::write_xlsx(out, &tables)?;
    }
    if opts.html {
        crate::export::write_html(out, &tables, &counts, opts)?;
    }
    write_manifest(&out.join("manifest.json"), inputs, lex, &counts, opts)?;
    Ok(Summary { counts, skipped })
}

/// Write a summary table as CSV (RFC 4180; text cells neutralised).
pub fn write_table(path: &Path, t: &crate::aggregate::Table, bom: bool) -> Result<(), Error> {
    table_file(path, t, bom)?.commit()
}

/// A summary table written as CSV, not yet committed.
fn table_file(path: &Path, t: &crate::aggregate::Table, bom: bool) -> Result<AtomicFile, Error> {
    let mut f = AtomicFile::create_csv(path, bom)?;
    write_row(&mut f, &t.columns, &[]).map_err(|e| Error::io(path, e))?;
    write_rows(&mut f, path, t, &t.rows)?;
    Ok(f)
}

/// Append `rows` (of table `t`, whose columns say which cells are text) to
/// `f` as CSV records.
fn write_rows(
    f: &mut AtomicFile,
    path: &Path,
    t: &crate::aggregate::Table,
    rows: &crate::aggregate::Rows,
) -> Result<(), Error> {
    let text_cols: Vec<usize> = (0..t.columns.len()).filter(|&i| !t.numeric[i]).collect();
    // runs of rows are rendered on the workers, each by a writer of its own
    // (a CSV record does not depend on the one before it), and written in
    // order (not the whole table held twice)
    crate::aggregate::in_runs(
        rows.len(),
        ROWS_PER_JOB,
        |run| {
            let mut w = Vec::new();
            for r in run.filter_map(|i| rows.get(i)) {
                encode_cells(&mut w, r.cell_bytes(), &text_cols);
            }
            w
        },
        |part| f.write_all(&part).map_err(|e| Error::io(path, e)),
    )
}

/// Table rows one worker renders as CSV at a time.
const ROWS_PER_JOB: usize = 4096;

/// Reassemble the reports from `slant analyze` output (claim, skipped and
/// stats lines), in the order given: the reducer of a map/reduce run.
pub fn run_aggregate(
    inputs: &[String],
    out: &Path,
    lex: &Lexicons,
    opts: &ReportOptions,
) -> Result<Summary, Error> {
    use std::io::BufRead;
    let mut writer = Writer::open(out, lex, opts, None)?;
    let mut stats = IngestStats::default();
    let mut skipped = Vec::new();
    let mut removed: BTreeMap<String, usize> = BTreeMap::new();
    for input in inputs {
        let reader: Box<dyn BufRead> = if input == "-" {
            Box::new(crate::ingest::buffered_stdin())
        } else {
            Box::new(crate::ingest::buffered(
                std::fs::File::open(input).map_err(|e| Error::io(input, e))?,
            ))
        };
        // a line holds one claim row, whose text (a sentence of an article
        // of up to MAX_RECORD) JSON may write at up to six bytes a byte
        let cap = 8 * crate::ingest::MAX_RECORD;
        for (n, line) in crate::ingest::capped_lines(reader, cap).enumerate() {
            let line = line.map_err(|e| Error::line_read(input, n as u64 + 1, e))?;
            if line.trim().is_empty() {
                continue;
            }
            let bad = |m: String| Error::Data {
                path: PathBuf::from(input),
                line: n as u64 + 1,
                message: m,
            };
            let rec: MapRecord = serde_json::from_str(&line)
                .map_err(|e| bad(format!("not a `slant analyze` line: {e}")))?;
            match rec {
                MapRecord::Claim { row, targets } => {
                    if row.len() != CLAIM_COLUMNS.len() {
                        return Err(bad(format!(
                            "a claim row has {} fields, not {}",
                            row.len(),
                            CLAIM_COLUMNS.len()
                        )));
                    }
                    if let Some(t) = targets.iter().find(|t| t.len() != TARGET_COLUMNS.len()) {
                        return Err(bad(format!(
                            "a target row has {} fields, not {}",
                            t.len(),
                            TARGET_COLUMNS.len()
                        )));
                    }
                    writer.write_claim(&row, &targets);
                }
                MapRecord::Article {
                    id,
                    publisher,
                    date,
                    title,
                } => writer.begin_article(&id, &publisher, &date, &title),
                MapRecord::Skipped(s) => skipped.push(s),
                MapRecord::Stats {
                    ingest,
                    removed_lines,
                } => {
                    stats.add(&ingest);
                    for (k, v) in removed_lines {
                        *removed.entry(k).or_default() += v;
                    }
                }
            }
        }
    }
    writer.counts.removed_lines = removed;
    let pool = pool(opts.threads)?;
    finish(writer, (stats, skipped), out, inputs, lex, opts, &pool)
}

/// One line of `slant analyze` output.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum MapRecord {
    /// An article begins: its claims follow.
    Article {
        id: String,
        publisher: String,
        date: String,
        title: String,
    },
    /// A claims.csv row and its claim_targets.csv rows.
    Claim {
        row: Row,
        targets: Vec<Row>,
    },
    Skipped(Skipped),
    /// Ingest counts of this mapper, and lines removed by cleaning.
    Stats {
        ingest: IngestStats,
        removed_lines: BTreeMap<String, usize>,
    },
}

/// The mapper: analyse `inputs` (or standard input) and write one JSON line
/// per claim, then the skipped records and the counts.
pub fn run_analyze<W: Write + Send>(
    inputs: &[String],
    lex: &Lexicons,
    opts: &ReportOptions,
    out: W,
) -> Result<(), Error> {
    let pool = pool(opts.threads)?;
    let mut out = std::io::BufWriter::new(out);
    let mut removed: BTreeMap<String, usize> = BTreeMap::new();
    let mut error: Option<std::io::Error> = None;
    // the lines are encoded on the workers; this thread only writes them
    let lines = |an: Analysis| -> (Vec<&'static str>, Vec<u8>) {
        let mut buf = Vec::new();
        let mut push = |r: &MapRecord| {
            // serialising strings and numbers into memory cannot fail
            if serde_json::to_writer(&mut buf, r).is_ok() {
                buf.push(b'\n');
            }
        };
        let rows = claim_rows(&an);
        let a = an.article;
        push(&MapRecord::Article {
            id: a.id,
            publisher: a.outlet,
            date: a.date,
            title: a.title,
        });
        for (row, targets) in rows {
            push(&MapRecord::Claim { row, targets });
        }
        (removal_reasons(&an.removed), buf)
    };
    let (stats, skipped) = pipeline(inputs, lex, &pool, opts, lines, |(reasons, bytes)| {
        if error.is_some() {
            return;
        }
        removed_counts(reasons, &mut removed);
        if let Err(e) = out.write_all(&bytes) {
            error = Some(e);
        }
    });
    if let Some(e) = error {
        return Err(Error::io("stdout", e));
    }
    let io = |e: std::io::Error| Error::io("stdout", e);
    for s in skipped {
        serde_json::to_writer(&mut out, &MapRecord::Skipped(s)).map_err(|e| io(e.into()))?;
        out.write_all(b"\n").map_err(io)?;
    }
    serde_json::to_writer(
        &mut out,
        &MapRecord::Stats {
            ingest: stats,
            removed_lines: removed,
        },
    )
    .map_err(|e| io(e.into()))?;
    out.write_all(b"\n").map_err(io)?;
    out.flush().map_err(io)
}

/// skipped.csv, not yet committed.
fn skipped_file(path: &Path, skipped: &[Skipped], bom: bool) -> Result<AtomicFile, Error> {
    let mut f = AtomicFile::create_csv(path, bom)?;
    let io = |e: std::io::Error| Error::io(path, e);
    write_row(&mut f, &["file", "record", "reason"], &[]).map_err(io)?;
    for s in skipped {
        write_row(
            &mut f,
            &[s.file.as_str(), s.record.as_str(), s.reason.as_str()],
            &[0, 1, 2],
        )
        .map_err(io)?;
    }
    Ok(f)
}

fn write_manifest(
    path: &Path,
    inputs: &[String],
    lex: &Lexicons,
    counts: &Counts,
    opts: &ReportOptions,
) -> Result<(), Error> {
    let mut outputs = vec![
        "claims.csv",
        "claim_targets.csv",
        "articles.csv",
        "sources.csv",
        "coverage.csv",
        "targets.csv",
        "compare.csv",
        "unknown_sources.csv",
        "skipped.csv",
        "manifest.json",
    ];
    if opts.xlsx {
        outputs.push("report.xlsx");
    }
    if opts.html {
        outputs.push("index.html");
    }
    let m = Manifest {
        tool: "slant",
        version: env!("CARGO_PKG_VERSION"),
        inputs,
        lexicon_dir: lex.dir.display().to_string(),
        lexicons: lex
            .files
            .iter()
            .map(|f| ManifestFile {
                name: &f.name,
                sha256: f.sha256(),
                rows: f.rows,
            })
            .collect(),
        outputs,
        group_by: opts.aggregate.group_by.as_str(),
        min_n: opts.aggregate.min_n,
        since: opts.since.as_deref(),
        until: opts.until.as_deref(),
        counts,
    };
    let mut f = AtomicFile::create(path)?;
    serde_json::to_writer_pretty(&mut f, &m).map_err(|e| Error::io(path, e.into()))?;
    f.write_all(b"\n").map_err(|e| Error::io(path, e))?;
    f.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An article whose analysis panics is reported in skipped.csv with its
    /// line, and the others are analysed, in order, on a worker made anew.
    #[test]
    fn an_internal_error_on_one_article_skips_it_and_the_run_goes_on() {
        let dir = tempfile::tempdir().expect("temp dir");
        let input = dir.path().join("in.jsonl");
        let lines: Vec<String> = ["a", "b", "c", "d"]
            .iter()
            .map(|id| format!(r#"{{"id":"{id}","text":"Ana Ruiz said it was over."}}"#))
            .collect();
        std::fs::write(&input, lines.join("\n")).expect("write input");
        let pool = pool(1).expect("pool");
        let mut seen = Vec::new();
        let (stats, skipped) = pipeline_with(
            &[input.display().to_string()],
            &pool,
            &ReportOptions::default(),
            || 0usize,
            |calls, a| {
                *calls += 1;
                assert!(a.id != "b", "a bug");
                (a.id, *calls)
            },
            |p| seen.push(p),
        );
        // ("c" on a state made anew after "b")
        assert_eq!(
            seen,
            [
                ("a".to_string(), 1),
                ("c".to_string(), 1),
                ("d".to_string(), 2)
            ]
        );
        assert_eq!(stats.skipped, 1);
        assert_eq!(skipped.len(), 1, "{skipped:?}");
        assert_eq!(skipped[0].record, "line 2");
        assert!(skipped[0]
            .reason
            .contains("internal error analysing article `b`"));
        assert!(skipped[0].reason.contains("a bug"), "{}", skipped[0].reason);
    }

    /// Integers are written as `format!` writes them, at every length.
    #[test]
    fn integers_are_written_as_format_writes_them() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut values = vec![0, 1, 9, 10, 99, 100, u64::MAX, u64::MAX - 1];
        for shift in 0..64 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            values.push(x >> shift);
        }
        for v in values {
            let mut s = String::from("x");
            uint_into(v, &mut s);
            assert_eq!(s, format!("x{v}"));
        }
    }

    #[test]
    fn a_table_rendered_in_parts_reads_as_one_writer_wrote_it() {
        // more than a window of runs on two threads, and a short last run
        let rows: Vec<Vec<String>> =
            (0..(2 * crate::aggregate::JOBS_PER_THREAD + 3) * ROWS_PER_JOB + 17)
                .map(|i| {
                    vec![
                        format!("=cell {i}"),
                        format!("quoted, \"{i}\"\nline"),
                        i.to_string(),
                    ]
                })
                .collect();
        let t = crate::aggregate::Table {
            name: "t",
            columns: vec!["a", "b", "n"],
            numeric: vec![false, false, true],
            rows: rows.iter().cloned().collect(),
        };
        let dir = std::env::temp_dir().join(format!("slant-table-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.csv");
        let pool = pool(2).unwrap();
        pool.install(|| write_table(&path, &t, false)).unwrap();
        let got = std::fs::read(&path).unwrap();
        // what the csv crate writes for the same cells
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(&t.columns).unwrap();
        for r in &rows {
            w.write_record(r.iter().enumerate().map(|(i, c)| {
                if i < 2 {
                    safe_cell(c).into_owned()
                } else {
                    c.clone()
                }
            }))
            .unwrap();
        }
        let want = w.into_inner().unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(
            String::from_utf8(got).unwrap(),
            String::from_utf8(want).unwrap()
        );
    }

    #[test]
    fn a_row_holds_its_cells_in_one_string_and_serialises_as_their_list() {
        let mut r = Row::default();
        r.push("Iran said");
        r.push("");
        r.push_num(0.25);
        r.push_int(None);
        r.push_int(Some(17));
        r.push_joined(&["may", "could"], "|");
        let cells: Vec<&str> = r.cells().collect();
        assert_eq!(cells, ["Iran said", "", "0.25", "", "17", "may|could"]);
        assert_eq!((r.len(), r.cell(5), r.cell(6)), (6, "may|could", ""));
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(json, r#"["Iran said","","0.25","","17","may|could"]"#);
        assert_eq!(serde_json::from_str::<Row>(&json).unwrap(), r);
        // escaped strings come back as written
        let back: Row = serde_json::from_str(r#"["a\"b","\u00e9"]"#).unwrap();
        assert_eq!(back.cells().collect::<Vec<_>>(), ["a\"b", "é"]);
        assert!(Row::default().is_empty());
        assert!(serde_json::from_str::<Row>("[1]").is_err());
        assert!(serde_json::from_str::<Row>(r#""a""#).is_err());
    }

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(safe_cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(safe_cell("@SUM"), "'@SUM");
        assert_eq!(safe_cell("\tx"), "'\tx");
        assert_eq!(safe_cell("Iran said"), "Iran said");
    }

    #[test]
    fn numbers_are_fixed_format() {
        assert_eq!(num(0.5), "0.5");
        assert_eq!(num(-0.25), "-0.25");
        assert_eq!(num(1.0 / 3.0), "0.3333");
        assert_eq!(num(-0.00001), "0");
        for zero in [0.0, -0.0] {
            assert_eq!(num(zero), "0");
            assert_eq!(num(zero), num_formatted(zero));
        }
        assert_eq!(num(2.0), "2");
        assert_eq!(num(-1.05), "-1.05");
        assert_eq!(num(12345.00009), "12345.0001");
    }

    /// The fast path prints what `{:.4}` (trimmed) prints, ties included.
    #[test]
    fn numbers_match_the_formatter() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for i in 0..200_000u64 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = match i % 4 {
                0 => (x % 2_000_001) as f64 / 1_000_000.0 - 1.0,
                1 => (x % 200_001) as f64 / 20_000.0 - 5.0, // ties at the 5th decimal
                2 => f64::from_bits(x) % 1e6,
                _ => (x % 100_000) as f64 / 100_000.0 * (i as f64),
            };
            if v.is_finite() {
                assert_eq!(num(v), num_formatted(v), "{v:e}");
            }
        }
    }
}
