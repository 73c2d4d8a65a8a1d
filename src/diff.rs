//! Diff: the claims whose labels or scores change between two lexicon
//! folders over the same articles, as CSV rows and a summary.
//!
//! A claim is compared through the rows `slant report` would write for it
//! (claims.csv and claim_targets.csv), so a diff shows exactly what would
//! change in those files, formatted as they format it. Articles are read,
//! analysed with both lexicon sets on the worker threads and written as a
//! stream, in input order, like `slant report`: memory does not grow with
//! the corpus.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::error::Error;
use crate::lexicon::Lexicons;
use crate::model::{Analysis, Article};
use crate::report::{claim_rows, ReportOptions, Row, CLAIM_COLUMNS};
use crate::Analyzer;

/// One changed field of one claim, or of one target named in it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Change {
    pub article_id: String,
    pub start: usize,
    pub end: usize,
    /// A claims.csv column, or for a target: `target` (named or not),
    /// `target_mention` (another mention decides: the words and their
    /// offsets), `target_stance_score` or `target_polarity`.
    pub field: &'static str,
    /// For a target's fields, the target and the words naming it
    /// ("Iran (Tehran)", the new mention where both name it); empty for a
    /// claim's own fields.
    pub target: String,
    pub old: String,
    pub new: String,
    pub text: String,
}

/// The columns of diff.csv, in order.
pub const DIFF_COLUMNS: [&str; 8] = [
    "article_id",
    "start",
    "end",
    "field",
    "target",
    "old",
    "new",
    "text",
];

/// The claims.csv columns that carry a claim's labels and scores: a change
/// in any is a change of the claim (positions and numbering are not).
const COMPARED: [&str; 12] = [
    "source",
    "source_mention",
    "source_kind",
    "category",
    "attribution",
    "cue",
    "hedge_score",
    "hedged",
    "hedge_cues",
    "stance_score",
    "stance_cues",
    "topics",
];

/// Fields whose old and new values are numbers.
const NUMERIC_FIELDS: [&str; 4] = [
    "hedge_score",
    "stance_score",
    "target_stance_score",
    "target_polarity",
];

/// The differences found in one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleDiff {
    pub claims_old: usize,
    pub claims_new: usize,
    /// Claims with at least one change (or present under one lexicon set only).
    pub changed_claims: usize,
    pub changes: Vec<Change>,
}

/// What changed, over how many claims.
#[derive(Debug, Clone, Default)]
pub struct DiffReport {
    pub articles: usize,
    pub claims_old: usize,
    pub claims_new: usize,
    pub changed_claims: usize,
    /// Changes by field.
    pub by_field: BTreeMap<&'static str, usize>,
    /// Rows of diff.csv.
    pub changes: usize,
    /// Input records that could not be read (each also said on stderr).
    pub skipped: usize,
}

impl DiffReport {
    fn add(&mut self, d: &ArticleDiff) {
        self.articles += 1;
        self.claims_old += d.claims_old;
        self.claims_new += d.claims_new;
        self.changed_claims += d.changed_claims;
        self.changes += d.changes.len();
        for c in &d.changes {
            *self.by_field.entry(c.field).or_default() += 1;
        }
    }

    pub fn summary(&self) -> String {
        let mut s = format!(
            "{} articles; claims {} (old) / {} (new); {} claims changed\n",
            self.articles, self.claims_old, self.claims_new, self.changed_claims
        );
        for (f, n) in &self.by_field {
            s.push_str(&format!("  {f:<19} {n}\n"));
        }
        if self.skipped > 0 {
            s.push_str(&format!(
                "{} input records skipped (see above)\n",
                self.skipped
            ));
        }
        s
    }
}

/// The claims.csv column index of each compared field, found once.
fn compared_columns() -> &'static [(&'static str, usize); COMPARED.len()] {
    static COLUMNS: std::sync::LazyLock<[(&str, usize); COMPARED.len()]> =
        std::sync::LazyLock::new(|| {
            COMPARED.map(|f| {
                let i = CLAIM_COLUMNS.iter().position(|c| *c == f);
                // a compared field that is no column is a bug, caught by the tests
                (f, i.unwrap_or(usize::MAX))
            })
        });
    &COLUMNS
}

/// Every difference between the analyses of one article under the old and
/// the new lexicons. Claims are matched by their span; a claim's targets
/// by target (claim_targets.csv has one row a target), so a target whose
/// deciding mention moves is one target with a `target_mention` change.
pub fn diff_article(old: &Analysis, new: &Analysis) -> ArticleDiff {
    let a = &new.article;
    let (rows_old, rows_new) = (claim_rows(old), claim_rows(new));
    // claims.csv: start, end (checked by a test)
    let span = |r: &Row| -> (usize, usize) {
        let n = |i: usize| r.cell(i).parse().unwrap_or(0);
        (n(5), n(6))
    };
    let olds: BTreeMap<_, _> = rows_old.iter().map(|c| (span(&c.0), c)).collect();
    let news: BTreeMap<_, _> = rows_new.iter().map(|c| (span(&c.0), c)).collect();
    let keys: BTreeSet<(usize, usize)> = olds.keys().chain(news.keys()).copied().collect();
    let mut d = ArticleDiff {
        claims_old: rows_old.len(),
        claims_new: rows_new.len(),
        ..Default::default()
    };
    for k in keys {
        let text = a.text.get(k.0..k.1).unwrap_or("");
        let before = d.changes.len();
        let mut push = |field: &'static str, target: String, old: &str, new: &str| {
            d.changes.push(Change {
                article_id: a.id.clone(),
                start: k.0,
                end: k.1,
                field,
                target,
                old: old.to_string(),
                new: new.to_string(),
                text: text.to_string(),
            });
        };
        match (olds.get(&k), news.get(&k)) {
            (Some((ro, to)), Some((rn, tn))) => {
                for &(f, i) in compared_columns() {
                    if ro.cell(i) != rn.cell(i) {
                        push(f, String::new(), ro.cell(i), rn.cell(i));
                    }
                }
                // claim_targets.csv cells 2-7: target, mention, mention_start,
                // mention_end, stance_score, polarity (checked by a test)
                let named = |r: &Row| format!("{} ({})", r.cell(2), r.cell(3));
                let mention = |r: &Row| format!("{} {}-{}", r.cell(3), r.cell(4), r.cell(5));
                for (o, n) in paired_targets(to, tn) {
                    match (o, n) {
                        (Some(o), Some(n)) => {
                            if mention(o) != mention(n) {
                                push("target_mention", named(n), &mention(o), &mention(n));
                            }
                            if o.cell(6) != n.cell(6) {
                                push("target_stance_score", named(n), o.cell(6), n.cell(6));
                            }
                            if o.cell(7) != n.cell(7) {
                                push("target_polarity", named(n), o.cell(7), n.cell(7));
                            }
                        }
                        (Some(o), None) => push("target", named(o), "named", "not named"),
                        (None, Some(n)) => push("target", named(n), "not named", "named"),
                        (None, None) => {}
                    }
                }
            }
            (Some(_), None) => push("claim", String::new(), "present", "absent"),
            (None, Some(_)) => push("claim", String::new(), "absent", "present"),
            (None, None) => {}
        }
        if d.changes.len() > before {
            d.changed_claims += 1;
        }
    }
    d
}

/// A claim's claim_targets.csv rows under the old and the new lexicons,
/// paired by target (cell 2), in text order: by the earlier of the two
/// deciding mentions' offsets (cells 4 and 5), then by name.
fn paired_targets<'r>(old: &'r [Row], new: &'r [Row]) -> Vec<(Option<&'r Row>, Option<&'r Row>)> {
    let at = |r: &Row| {
        let n = |i: usize| r.cell(i).parse::<usize>().unwrap_or(0);
        (n(4), n(5))
    };
    let mut by_name: BTreeMap<&str, (Option<&Row>, Option<&Row>)> = BTreeMap::new();
    for r in old {
        by_name.entry(r.cell(2)).or_default().0 = Some(r);
    }
    for r in new {
        by_name.entry(r.cell(2)).or_default().1 = Some(r);
    }
    let mut pairs: Vec<_> = by_name.into_iter().collect();
    pairs.sort_by_key(|(name, (o, n))| {
        let first = [o, n].into_iter().flatten().map(|r| at(r)).min();
        (first, *name)
    });
    pairs.into_iter().map(|(_, p)| p).collect()
}

/// Read `inputs` (files, folders or `-`, as for `slant report`), analyse
/// each article with both lexicon sets on `opts.threads` workers, and
/// write every change to `out` (diff.csv, written atomically) in input
/// order: the output is the same for any number of threads. Unreadable
/// records are said on stderr and counted.
pub fn run_diff(
    old: &Lexicons,
    new: &Lexicons,
    inputs: &[String],
    out: &Path,
    opts: &ReportOptions,
) -> Result<DiffReport, Error> {
    let pool = crate::report::pool(opts.threads)?;
    let mut f = crate::report::AtomicFile::create(out)?;
    crate::report::write_row(&mut f, &DIFF_COLUMNS, &[]).map_err(|e| Error::io(out, e))?;
    let mut r = DiffReport::default();
    let mut error: Option<std::io::Error> = None;
    let mut buf = Vec::new();
    let (_, skipped) = crate::report::pipeline_with(
        inputs,
        &pool,
        opts,
        || (Analyzer::new(old), Analyzer::new(new)),
        |(ao, an): &mut (Analyzer, Analyzer), a: Article| {
            diff_article(&ao.analyze(a.clone()), &an.analyze(a))
        },
        |d: ArticleDiff| {
            r.add(&d);
            if error.is_some() {
                return;
            }
            buf.clear();
            for c in &d.changes {
                let (start, end) = (c.start.to_string(), c.end.to_string());
                let row = [
                    c.article_id.as_str(),
                    &start,
                    &end,
                    c.field,
                    &c.target,
                    &c.old,
                    &c.new,
                    &c.text,
                ];
                // a number stays a number for a spreadsheet; other values
                // are guarded against formula injection like any text cell
                let text_cols: &[usize] = if NUMERIC_FIELDS.contains(&c.field) {
                    &[0, 4, 7]
                } else {
                    &[0, 4, 5, 6, 7]
                };
                crate::report::encode_row(&mut buf, &row, text_cols);
            }
            if let Err(e) = std::io::Write::write_all(&mut f, &buf) {
                error = Some(e);
            }
        },
    );
    if let Some(e) = error {
        return Err(Error::io(out, e));
    }
    for s in &skipped {
        eprintln!("slant: skipped {s}");
    }
    r.skipped = skipped.len();
    f.commit()?;
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cells diff reads by position are the columns it means.
    #[test]
    fn the_cells_read_by_position_are_the_columns_meant() {
        use crate::report::TARGET_COLUMNS;
        assert_eq!((CLAIM_COLUMNS[5], CLAIM_COLUMNS[6]), ("start", "end"));
        assert_eq!(
            TARGET_COLUMNS[2..8],
            [
                "target",
                "mention",
                "mention_start",
                "mention_end",
                "stance_score",
                "polarity"
            ]
        );
    }

    #[test]
    fn every_compared_field_is_a_claims_column() {
        for &(f, i) in compared_columns() {
            assert!(i < CLAIM_COLUMNS.len(), "{f} is no claims.csv column");
        }
    }
}
