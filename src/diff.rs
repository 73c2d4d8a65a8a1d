//! Diff: the claims whose labels or scores change between two lexicon
//! folders over the same articles, as CSV rows and a summary.

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::Error;
use crate::lexicon::Lexicons;
use crate::model::{Article, Claim};
use crate::Analyzer;

/// One changed field of one claim.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Change {
    pub article_id: String,
    pub start: usize,
    pub end: usize,
    pub field: &'static str,
    pub old: String,
    pub new: String,
    pub text: String,
}

/// What changed, over how many claims.
#[derive(Debug, Clone, Default)]
pub struct DiffReport {
    pub articles: usize,
    pub claims_old: usize,
    pub claims_new: usize,
    pub changed_claims: usize,
    pub by_field: BTreeMap<&'static str, usize>,
    pub changes: Vec<Change>,
}

impl DiffReport {
    pub fn summary(&self) -> String {
        let mut s = format!(
            "{} articles; claims {} (old) / {} (new); {} claims changed\n",
            self.articles, self.claims_old, self.claims_new, self.changed_claims
        );
        for (f, n) in &self.by_field {
            s.push_str(&format!("  {f:<14} {n}\n"));
        }
        s
    }
}

fn fields(c: &Claim) -> [(&'static str, String); 8] {
    let (hs, hd) = c
        .hedge
        .as_ref()
        .map(|h| (crate::report::num(h.score), h.hedged.to_string()))
        .unwrap_or_default();
    let ss = c
        .stance
        .as_ref()
        .map(|s| crate::report::num(s.score))
        .unwrap_or_default();
    [
        ("source", c.source.name.clone()),
        ("source_kind", c.source.kind.as_str().into()),
        ("category", c.source.category_label().into()),
        ("attribution", c.attribution.as_str().into()),
        ("cue", c.cue.clone()),
        ("hedged", hd),
        ("hedge_score", hs),
        ("stance_score", ss),
    ]
}

/// Analyse `articles` with both lexicon sets and list every difference.
pub fn diff(old: &Lexicons, new: &Lexicons, articles: &[Article]) -> DiffReport {
    let mut r = DiffReport::default();
    let (mut a_old, mut a_new) = (Analyzer::new(old), Analyzer::new(new));
    for a in articles {
        r.articles += 1;
        let o = a_old.analyze(a.clone());
        let n = a_new.analyze(a.clone());
        r.claims_old += o.claims.len();
        r.claims_new += n.claims.len();
        let key = |c: &Claim| (c.span.start, c.span.end);
        let olds: BTreeMap<_, _> = o.claims.iter().map(|c| (key(c), c)).collect();
        let news: BTreeMap<_, _> = n.claims.iter().map(|c| (key(c), c)).collect();
        let mut keys: Vec<(usize, usize)> = olds.keys().chain(news.keys()).copied().collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            let text = a.text.get(k.0..k.1).unwrap_or("").to_string();
            let mut changed = false;
            let mut push = |field: &'static str, old: String, new: String, r: &mut DiffReport| {
                changed = true;
                *r.by_field.entry(field).or_default() += 1;
                r.changes.push(Change {
                    article_id: a.id.clone(),
                    start: k.0,
                    end: k.1,
                    field,
                    old,
                    new,
                    text: text.clone(),
                });
            };
            match (olds.get(&k), news.get(&k)) {
                (Some(oc), Some(nc)) => {
                    for ((f, ov), (_, nv)) in fields(oc).into_iter().zip(fields(nc)) {
                        if ov != nv {
                            push(f, ov, nv, &mut r);
                        }
                    }
                }
                (Some(_), None) => push("claim", "present".into(), "absent".into(), &mut r),
                (None, Some(_)) => push("claim", "absent".into(), "present".into(), &mut r),
                (None, None) => {}
            }
            if changed {
                r.changed_claims += 1;
            }
        }
    }
    r
}

/// Write the changes as CSV.
pub fn write_changes(path: &Path, changes: &[Change]) -> Result<(), Error> {
    let mut f = crate::report::AtomicFile::create(path)?;
    let io = |e: std::io::Error| Error::io(path, e);
    crate::report::write_row(
        &mut f,
        &["article_id", "start", "end", "field", "old", "new", "text"],
        &[],
    )
    .map_err(io)?;
    for c in changes {
        let row = [
            c.article_id.clone(),
            c.start.to_string(),
            c.end.to_string(),
            c.field.to_string(),
            c.old.clone(),
            c.new.clone(),
            c.text.clone(),
        ];
        crate::report::write_row(&mut f, &row, &[0, 4, 5, 6]).map_err(io)?;
    }
    f.commit()
}
