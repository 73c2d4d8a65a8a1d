//! Eval: score slant against annotated gold articles (`shared/gold/FORMAT.md`).
//!
//! A predicted claim matches a gold claim when its span contains the gold
//! `quote` or overlaps at least half of it; matching is one-to-one, gold
//! claims in order, each taking the unmatched prediction with the largest
//! overlap. Sources are compared case-insensitively after mapping aliases to
//! canonical names through the lexicons.

use std::path::Path;

use serde::Deserialize;

use crate::error::Error;
use crate::lexicon::Lexicons;
use crate::model::{Analysis, Article, Attribution, Span};
use crate::Analyzer;

#[derive(Debug, Clone, Deserialize)]
pub struct GoldStance {
    pub target: String,
    pub polarity: i8,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldClaim {
    pub quote: String,
    pub source: Option<String>,
    #[serde(default)]
    pub source_mention: Option<String>,
    pub source_kind: String,
    pub category: String,
    pub attribution: String,
    #[serde(default)]
    pub cue: Option<String>,
    #[serde(default)]
    pub hedged: bool,
    #[serde(default)]
    pub hedge_cues: Vec<String>,
    #[serde(default)]
    pub stance: Vec<GoldStance>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    pub id: String,
    #[serde(default)]
    pub outlet: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub title: String,
    pub text: String,
    pub claims: Vec<GoldClaim>,
}

impl GoldArticle {
    pub fn article(&self) -> Article {
        Article {
            id: self.id.clone(),
            outlet: self.outlet.clone(),
            date: self.date.clone(),
            title: self.title.clone(),
            url: String::new(),
            text: self.text.clone(),
            origin: String::new(),
        }
    }
}

/// Read a gold JSONL file.
pub fn read_gold(path: &Path) -> Result<Vec<GoldArticle>, Error> {
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut out = Vec::new();
    for (i, line) in crate::ingest::file_lines(f).enumerate() {
        let line = line.map_err(|e| Error::line_read(path, i as u64 + 1, e))?;
        if line.trim().is_empty() {
            continue;
        }
        let g: GoldArticle = serde_json::from_str(&line).map_err(|e| Error::Data {
            path: path.to_path_buf(),
            line: i as u64 + 1,
            message: format!("not a gold article: {e}"),
        })?;
        out.push(g);
    }
    Ok(out)
}

/// A correct / total counter.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Ratio {
    pub hit: usize,
    pub total: usize,
}

impl Ratio {
    pub fn add(&mut self, ok: bool) {
        self.total += 1;
        if ok {
            self.hit += 1;
        }
    }
    pub fn value(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.hit as f64 / self.total as f64
        }
    }
}

/// The gold evaluation's figures.
#[derive(Debug, Clone, Default)]
pub struct GoldReport {
    pub articles: usize,
    pub gold_claims: usize,
    pub predicted_claims: usize,
    pub matched: usize,
    /// Over every gold claim (an unmatched gold claim counts as wrong).
    pub source: Ratio,
    pub category: Ratio,
    pub attribution: Ratio,
    pub kind: Ratio,
    /// Over gold claims that are attributed.
    pub source_attributed: Ratio,
    pub category_attributed: Ratio,
    pub attribution_attributed: Ratio,
    /// Attributed-claim detection.
    pub tp: usize,
    pub pred_attributed: usize,
    pub gold_attributed: usize,
    /// Hedged class over matched claims.
    pub hedge: Binary,
    /// (gold, predicted) polarity per gold (claim, target).
    pub stance_pairs: Vec<(i8, i8)>,
    /// The same from the lexicon rule alone, when a stance model decided.
    pub stance_rule_pairs: Option<Vec<(i8, i8)>>,
    pub errors: Vec<GoldError>,
}

impl GoldReport {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.pred_attributed)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.gold_attributed)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }

    /// The figures as a plain-text table.
    pub fn table(&self) -> String {
        let mut s = String::new();
        s.push_str(&format!(
            "articles {}  gold claims {}  predicted claims {}  matched {}\n\n",
            self.articles, self.gold_claims, self.predicted_claims, self.matched
        ));
        s.push_str(&format!("{:<34} {:>8} {:>12}\n", "metric", "value", "n"));
        let row = |s: &mut String, name: &str, r: &Ratio| {
            s.push_str(&format!(
                "{:<34} {:>8.3} {:>12}\n",
                name,
                r.value(),
                format!("{}/{}", r.hit, r.total)
            ));
        };
        row(&mut s, "source accuracy (all claims)", &self.source);
        row(&mut s, "category accuracy (all claims)", &self.category);
        row(&mut s, "attribution-type accuracy (all)", &self.attribution);
        row(&mut s, "source-kind accuracy (all claims)", &self.kind);
        row(
            &mut s,
            "source accuracy (attributed)",
            &self.source_attributed,
        );
        row(
            &mut s,
            "category accuracy (attributed)",
            &self.category_attributed,
        );
        row(
            &mut s,
            "attribution-type acc (attributed)",
            &self.attribution_attributed,
        );
        s.push_str(&format!(
            "{:<34} {:>8.3} {:>12}\n",
            "attributed-claim precision",
            self.precision(),
            format!("{}/{}", self.tp, self.pred_attributed)
        ));
        s.push_str(&format!(
            "{:<34} {:>8.3} {:>12}\n",
            "attributed-claim recall",
            self.recall(),
            format!("{}/{}", self.tp, self.gold_attributed)
        ));
        s.push_str(&format!(
            "{:<34} {:>8.3}\n",
            "attributed-claim F1",
            self.f1()
        ));
        if self.hedge.tp + self.hedge.fp + self.hedge.fn_ + self.hedge.tn > 0 {
            s.push_str(&format!(
                "{:<34} {:>8.3} {:>12}\n",
                "hedged-claim F1",
                self.hedge.f1(),
                format!(
                    "P {:.3} R {:.3}",
                    self.hedge.precision(),
                    self.hedge.recall()
                )
            ));
            let (m, per) = macro_f1(&self.stance_pairs);
            s.push_str(&format!(
                "{:<34} {:>8.3} {:>12}\n",
                "target stance macro-F1",
                m,
                format!("n={}", self.stance_pairs.len())
            ));
            s.push_str(&format!(
                "{:<34} {:>8} -1 {:.3}  0 {:.3}  1 {:.3}\n",
                "  per class F1", "", per[0], per[1], per[2]
            ));
            if let Some(pairs) = &self.stance_rule_pairs {
                s.push_str(&format!(
                    "{:<34} {:>8.3} {:>12}\n",
                    "  the lexicon rule alone",
                    macro_f1(pairs).0,
                    "(no model)"
                ));
            }
        }
        s
    }
}

pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// One disagreement, for tuning.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GoldError {
    pub article_id: String,
    pub field: String,
    pub gold: String,
    pub predicted: String,
    pub quote: String,
    pub predicted_text: String,
    pub rule: String,
}

/// Match gold claims to predicted claims: for each gold claim, the index of its prediction.
pub fn match_claims(text: &str, gold: &[GoldClaim], pred: &[Span]) -> Vec<Option<usize>> {
    let mut used = vec![false; pred.len()];
    let mut from = 0usize;
    let mut out = Vec::with_capacity(gold.len());
    for g in gold {
        let start = text[from.min(text.len())..]
            .find(&g.quote)
            .map(|i| i + from)
            .or_else(|| text.find(&g.quote));
        let Some(qs) = start else {
            out.push(None);
            continue;
        };
        let q = Span::new(qs, qs + g.quote.len());
        from = q.start;
        let mut best: Option<(usize, usize)> = None;
        for (pi, p) in pred.iter().enumerate() {
            if used[pi] {
                continue;
            }
            let ov = p.overlap(&q);
            let contains = p.start <= q.start && p.end >= q.end;
            if (contains || ov * 2 >= q.len().max(1)) && best.is_none_or(|(_, b)| ov > b) {
                best = Some((pi, ov));
            }
        }
        if let Some((pi, _)) = best {
            used[pi] = true;
        }
        out.push(best.map(|(pi, _)| pi));
    }
    out
}

/// Evaluate an analysis run against gold articles.
pub fn eval_gold(gold: &[GoldArticle], lex: &Lexicons) -> GoldReport {
    let mut an = Analyzer::new(lex);
    let runs: Vec<Analysis> = gold.iter().map(|g| an.analyze(g.article())).collect();
    let mut r = score_gold(gold, &runs, lex);
    // with a stance model, the lexicon rule's own target stance as well:
    // the same articles analysed again with the model left out
    if lex.scoring.stance_model.is_some() {
        an.use_model = false;
        let runs: Vec<Analysis> = gold.iter().map(|g| an.analyze(g.article())).collect();
        r.stance_rule_pairs = Some(score_gold(gold, &runs, lex).stance_pairs);
    }
    r
}

/// Score existing analyses (one per gold article, same order).
pub fn score_gold(gold: &[GoldArticle], runs: &[Analysis], lex: &Lexicons) -> GoldReport {
    let mut r = GoldReport::default();
    for (g, run) in gold.iter().zip(runs) {
        r.articles += 1;
        let spans: Vec<Span> = run.claims.iter().map(|c| c.span).collect();
        r.predicted_claims += spans.len();
        let matches = match_claims(&g.text, &g.claims, &spans);
        let mut pred_matched = vec![false; spans.len()];
        for (gc, m) in g.claims.iter().zip(&matches) {
            r.gold_claims += 1;
            let gold_attr = gc.attribution != "unattributed";
            if gold_attr {
                r.gold_attributed += 1;
            }
            let p = m.map(|i| &run.claims[i]);
            if let Some(i) = m {
                pred_matched[*i] = true;
                r.matched += 1;
            }
            let gsrc = gc
                .source
                .as_deref()
                .map(|s| lex.canonical(s))
                .unwrap_or_default();
            let psrc = p.map(|c| lex.canonical(&c.source.name)).unwrap_or_default();
            let source_ok = p.is_some() && gsrc == psrc;
            let cat_ok =
                p.is_some_and(|c| c.source.category_label().eq_ignore_ascii_case(&gc.category));
            let attr_ok = p.is_some_and(|c| c.attribution.as_str() == gc.attribution);
            let kind_ok = p.is_some_and(|c| c.source.kind.as_str() == gc.source_kind);
            r.source.add(source_ok);
            r.category.add(cat_ok);
            r.attribution.add(attr_ok);
            r.kind.add(kind_ok);
            if gold_attr {
                r.source_attributed.add(source_ok);
                r.category_attributed.add(cat_ok);
                r.attribution_attributed.add(attr_ok);
            }
            if let Some(c) = p {
                if gold_attr && c.attribution != Attribution::Unattributed {
                    r.tp += 1;
                }
            }
            let ptext = p
                .map(|c| {
                    g.text
                        .get(c.span.start..c.span.end)
                        .unwrap_or("")
                        .to_string()
                })
                .unwrap_or_default();
            let rule = p.map(|c| c.rule()).unwrap_or_default();
            let mut err = |field: &str, gold: String, pred: String| {
                r.errors.push(GoldError {
                    article_id: g.id.clone(),
                    field: field.into(),
                    gold,
                    predicted: pred,
                    quote: gc.quote.clone(),
                    predicted_text: ptext.clone(),
                    rule: rule.clone(),
                });
            };
            if let Some(c) = p {
                if let Some(h) = &c.hedge {
                    r.hedge.add(gc.hedged, h.hedged);
                    if gc.hedged != h.hedged {
                        err(
                            "hedged",
                            format!("{} {:?}", gc.hedged, gc.hedge_cues),
                            format!("{} {:?}", h.hedged, h.cues),
                        );
                    }
                }
                if c.hedge.is_some() {
                    for gs in &gc.stance {
                        let pred = c
                            .targets
                            .iter()
                            .find(|t| t.target.eq_ignore_ascii_case(&gs.target))
                            .map(|t| t.polarity)
                            .unwrap_or(0);
                        r.stance_pairs.push((gs.polarity, pred));
                        if pred != gs.polarity {
                            err(
                                "stance",
                                format!("{} {}", gs.target, gs.polarity),
                                format!("{} {}", gs.target, pred),
                            );
                        }
                    }
                }
            }
            match p {
                None => err("match", "claim".into(), "no matching claim".into()),
                Some(c) => {
                    if !source_ok {
                        err(
                            "source",
                            format!(
                                "{} [{}]",
                                gc.source.clone().unwrap_or_default(),
                                gc.source_mention.clone().unwrap_or_default()
                            ),
                            format!(
                                "{} [{}]",
                                c.source.name,
                                c.mention
                                    .map(|m| g.text.get(m.start..m.end).unwrap_or(""))
                                    .unwrap_or("")
                            ),
                        );
                    }
                    if !cat_ok {
                        err(
                            "category",
                            gc.category.clone(),
                            c.source.category_label().into(),
                        );
                    }
                    if !attr_ok {
                        err(
                            "attribution",
                            gc.attribution.clone(),
                            c.attribution.as_str().into(),
                        );
                    }
                }
            }
        }
        for (i, c) in run.claims.iter().enumerate() {
            if c.attribution != Attribution::Unattributed {
                r.pred_attributed += 1;
                if !pred_matched[i] {
                    r.errors.push(GoldError {
                        article_id: g.id.clone(),
                        field: "extra".into(),
                        gold: String::new(),
                        predicted: format!("{} ({})", c.source.name, c.attribution),
                        quote: String::new(),
                        predicted_text: g.text.get(c.span.start..c.span.end).unwrap_or("").into(),
                        rule: c.rule(),
                    });
                }
            }
        }
    }
    r
}

/// Write the errors CSV.
pub fn write_errors(path: &Path, errors: &[GoldError]) -> Result<(), Error> {
    let mut f = crate::report::AtomicFile::create(path)?;
    {
        let mut w = csv::Writer::from_writer(&mut f);
        for e in errors {
            w.serialize(e).map_err(|e| Error::io(path, e.into()))?;
        }
        w.flush().map_err(|e| Error::io(path, e))?;
    }
    f.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trimming_a_span_sets_aside_space_and_punctuation_at_its_edges() {
        let text = "Said Ana Ruiz, the mayor, on Monday.";
        // "Ana Ruiz, the mayor," and "Ana Ruiz, the mayor" agree once trimmed
        assert_eq!(trim_span(text, (5, 25)), (5, 24));
        assert_eq!(trim_span(text, (5, 24)), (5, 24));
        // inner punctuation stays; a span of punctuation alone is empty
        assert_eq!(trim_span(text, (4, 14)), (5, 13));
        let comma = trim_span(text, (13, 14));
        assert_eq!(comma.0, comma.1);
        // off a character boundary: as it is
        assert_eq!(trim_span("é", (1, 2)), (1, 2));
    }

    #[test]
    fn lexicon_examples_hold() {
        let problems = check_examples(crate::test_lexicons());
        assert!(
            problems.is_empty(),
            "{}",
            problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    fn gc(q: &str) -> GoldClaim {
        GoldClaim {
            quote: q.into(),
            source: None,
            source_mention: None,
            source_kind: "unattributed".into(),
            category: "unattributed".into(),
            attribution: "unattributed".into(),
            cue: None,
            hedged: false,
            hedge_cues: vec![],
            stance: vec![],
        }
    }

    #[test]
    fn matching_is_one_to_one_and_needs_half_overlap() {
        let text = "One two three. Four five six, and seven eight.";
        let gold = vec![
            gc("One two three."),
            gc("Four five six,"),
            gc("and seven eight."),
        ];
        // one prediction covering both halves of the second sentence
        let pred = vec![Span::new(0, 14), Span::new(15, 46)];
        let m = match_claims(text, &gold, &pred);
        assert_eq!(m, vec![Some(0), Some(1), None]);
        // a prediction overlapping less than half does not match
        let m2 = match_claims(text, &gold[..1], &[Span::new(8, 14)]);
        assert_eq!(m2, vec![None]);
    }
}

/// Binary classification counts.
#[derive(Debug, Clone, Copy, Default)]
pub struct Binary {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub tn: usize,
}

impl Binary {
    pub fn add(&mut self, gold: bool, pred: bool) {
        match (gold, pred) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

/// Macro-F1 over the classes -1, 0, 1, from (gold, predicted) pairs.
pub fn macro_f1(pairs: &[(i8, i8)]) -> (f64, [f64; 3]) {
    let mut per = [0.0; 3];
    for (k, c) in [-1i8, 0, 1].into_iter().enumerate() {
        let mut b = Binary::default();
        for &(g, p) in pairs {
            b.add(g == c, p == c);
        }
        per[k] = b.f1();
    }
    (per.iter().sum::<f64>() / 3.0, per)
}

/// Pearson's correlation coefficient.
pub fn pearson(xs: &[f64], ys: &[f64]) -> f64 {
    let n = xs.len().min(ys.len());
    if n < 2 {
        return 0.0;
    }
    let mx = xs[..n].iter().sum::<f64>() / n as f64;
    let my = ys[..n].iter().sum::<f64>() / n as f64;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for i in 0..n {
        let (dx, dy) = (xs[i] - mx, ys[i] - my);
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if sxx == 0.0 || syy == 0.0 {
        0.0
    } else {
        sxy / (sxx * syy).sqrt()
    }
}

/// Which sentence-level set to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentenceTask {
    Hedge,
    Stance,
    Valence,
}

/// The outcome of a sentence-level evaluation.
#[derive(Debug, Clone)]
pub struct SentenceReport {
    pub task: SentenceTask,
    pub n: usize,
    pub skipped: usize,
    pub hedge: Binary,
    pub stance_macro_f1: f64,
    pub stance_per_class: [f64; 3],
    /// The lexicon rule's own macro-F1 and per-class F1, when a stance
    /// model decided (what the model adds to the rule).
    pub stance_rule: Option<(f64, [f64; 3])>,
    pub pearson: f64,
    /// (line, text, gold, predicted, cues)
    pub errors: Vec<(usize, String, String, String, String)>,
}

impl SentenceReport {
    pub fn table(&self) -> String {
        let mut s = format!("{} sentences scored, {} skipped\n", self.n, self.skipped);
        match self.task {
            SentenceTask::Hedge => s.push_str(&format!(
                "hedged-class precision {:.3}  recall {:.3}  F1 {:.3}  (tp {} fp {} fn {} tn {})\n",
                self.hedge.precision(),
                self.hedge.recall(),
                self.hedge.f1(),
                self.hedge.tp,
                self.hedge.fp,
                self.hedge.fn_,
                self.hedge.tn
            )),
            SentenceTask::Stance => {
                s.push_str(&format!(
                    "target stance macro-F1 {:.3}  (F1 -1: {:.3}  0: {:.3}  1: {:.3})\n",
                    self.stance_macro_f1,
                    self.stance_per_class[0],
                    self.stance_per_class[1],
                    self.stance_per_class[2]
                ));
                if let Some((m, per)) = self.stance_rule {
                    s.push_str(&format!(
                        "  the lexicon rule alone {:.3}  (F1 -1: {:.3}  0: {:.3}  1: {:.3}); the stance model decided\n",
                        m, per[0], per[1], per[2]
                    ));
                }
            }
            SentenceTask::Valence => {
                s.push_str(&format!("valence Pearson r {:.3}\n", self.pearson))
            }
        }
        s
    }
}

/// Score a sentence-level set (formats in shared/corpora/README.md).
pub fn eval_sentences(
    path: &Path,
    task: SentenceTask,
    lex: &Lexicons,
    profile: Option<&str>,
) -> Result<SentenceReport, Error> {
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut sc = crate::score::Scorer::new(lex);
    let mut r = SentenceReport {
        task,
        n: 0,
        skipped: 0,
        hedge: Binary::default(),
        stance_macro_f1: 0.0,
        stance_per_class: [0.0; 3],
        stance_rule: None,
        pearson: 0.0,
        errors: Vec::new(),
    };
    let (mut pairs, mut xs, mut ys) = (Vec::new(), Vec::new(), Vec::new());
    let mut rule_pairs = Vec::new();
    for (i, line) in crate::ingest::file_lines(f).enumerate() {
        // a line that is not UTF-8, or too long to hold, is skipped and
        // counted, as one that is not JSON
        let line = match line {
            Ok(l) => l,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::InvalidData | std::io::ErrorKind::FileTooLarge
                ) =>
            {
                r.skipped += 1;
                continue;
            }
            Err(e) => return Err(Error::line_read(path, i as u64 + 1, e)),
        };
        if line.trim().is_empty() {
            continue;
        }
        // the fields are read without a tree of the line
        let Ok(v) = crate::flatjson::object_members(&line) else {
            r.skipped += 1;
            continue;
        };
        use crate::flatjson::member;
        let Some(text) = member::<String>(&v, "text") else {
            r.skipped += 1;
            continue;
        };
        let text = text.as_str();
        let target =
            crate::score::target_span(text, member(&v, "target_start"), member(&v, "target_end"));
        let out = sc.score(text, target, profile);
        r.n += 1;
        let cues = |o: &crate::score::TextScore| {
            o.hedge
                .hedges
                .iter()
                .map(|h| h.term.as_str())
                .collect::<Vec<_>>()
                .join("|")
        };
        match task {
            SentenceTask::Hedge => {
                let gold = member::<bool>(&v, "hedged").unwrap_or(false);
                r.hedge.add(gold, out.hedge.hedged);
                if gold != out.hedge.hedged {
                    r.errors.push((
                        i + 1,
                        text.into(),
                        gold.to_string(),
                        out.hedge.hedged.to_string(),
                        cues(&out),
                    ));
                }
            }
            SentenceTask::Stance => {
                let Some(gold) = member::<i64>(&v, "polarity") else {
                    r.skipped += 1;
                    continue;
                };
                let pred = out.target.map(|t| t.1).unwrap_or(0);
                pairs.push((gold as i8, pred));
                rule_pairs.push((gold as i8, out.target_rule.map(|t| t.1).unwrap_or(0)));
                if gold as i8 != pred {
                    let tscore = out
                        .target
                        .map(|t| crate::report::num(t.0))
                        .unwrap_or_default();
                    r.errors.push((
                        i + 1,
                        text.into(),
                        gold.to_string(),
                        format!("{pred} ({tscore})"),
                        out.valence.cues.join("|"),
                    ));
                }
            }
            SentenceTask::Valence => {
                let Some(gold) = member::<f64>(&v, "valence") else {
                    r.skipped += 1;
                    continue;
                };
                xs.push(gold);
                ys.push(out.valence.score);
            }
        }
    }
    if task == SentenceTask::Stance {
        let (m, per) = macro_f1(&pairs);
        r.stance_macro_f1 = m;
        r.stance_per_class = per;
        if lex.scoring.stance_model.is_some() {
            r.stance_rule = Some(macro_f1(&rule_pairs));
        }
    }
    if task == SentenceTask::Valence {
        r.pearson = pearson(&xs, &ys);
    }
    Ok(r)
}

/// Write sentence-level errors as CSV.
pub fn write_sentence_errors(
    path: &Path,
    errors: &[(usize, String, String, String, String)],
) -> Result<(), Error> {
    let mut f = crate::report::AtomicFile::create(path)?;
    {
        let mut w = csv::Writer::from_writer(&mut f);
        let io = |e: csv::Error| Error::io(path, e.into());
        w.write_record(["line", "text", "gold", "predicted", "cues"])
            .map_err(io)?;
        for (l, t, g, p, c) in errors {
            w.write_record([l.to_string().as_str(), t, g, p, c])
                .map_err(io)?;
        }
        w.flush().map_err(|e| Error::io(path, e))?;
    }
    f.commit()
}

/// Check `examples.csv` in the lexicon folder: each sentence's first claim
/// must have the expected labels. Problems are reported as `file:line`.
pub fn check_examples(lex: &Lexicons) -> Vec<crate::lexicon::Problem> {
    let path = lex.dir.join("examples.csv");
    let mut p = crate::lexicon::Problems::default();
    if !path.exists() {
        return p.list;
    }
    let Some(t) = crate::lexicon::table::read_table(
        &path,
        &["text", "source", "category", "attribution"],
        &["cue", "hedged", "notes"],
        &mut p,
    ) else {
        return p.list;
    };
    let mut an = Analyzer::new(lex);
    for r in &t.rows {
        let a = an.analyze(Article {
            id: format!("example:{}", r.line),
            text: r.get(0).to_string(),
            ..Default::default()
        });
        let Some(c) = a.claims.first() else {
            p.error(&path, r.line, "the example gives no claim");
            continue;
        };
        let hedged = c
            .hedge
            .as_ref()
            .map(|h| h.hedged.to_string())
            .unwrap_or_default();
        let got = [
            ("source", c.source.name.as_str(), r.get(1)),
            ("category", c.source.category_label(), r.get(2)),
            ("attribution", c.attribution.as_str(), r.get(3)),
            ("cue", c.cue.as_str(), r.get(4)),
            ("hedged", hedged.as_str(), r.get(5)),
        ];
        for (field, actual, expected) in got {
            let checked = !expected.is_empty()
                || (field == "source" && !r.get(2).is_empty() && r.get(2) == "unattributed");
            if checked && actual != expected {
                p.error(
                    &path,
                    r.line,
                    format!(
                        "{field}: expected `{expected}`, got `{actual}` (rule {})",
                        c.rule()
                    ),
                );
            }
        }
    }
    p.list
}

/// A PolNeAR attribution (`shared/corpora/README.md`).
#[derive(Debug, Clone, Deserialize)]
pub struct PnAttribution {
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub source_spans: Vec<[usize; 2]>,
    #[serde(default)]
    pub cue_spans: Vec<[usize; 2]>,
    #[serde(default)]
    pub content_spans: Vec<[usize; 2]>,
    #[serde(default)]
    pub quoted: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PnArticle {
    pub id: String,
    #[serde(default)]
    pub outlet: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub title: String,
    pub text: String,
    pub attributions: Vec<PnAttribution>,
}

/// Precision / recall counts.
#[derive(Debug, Clone, Copy, Default)]
pub struct Prf {
    pub tp_pred: usize,
    pub pred: usize,
    pub tp_gold: usize,
    pub gold: usize,
}

impl Prf {
    pub fn p(&self) -> f64 {
        ratio(self.tp_pred, self.pred)
    }
    pub fn r(&self) -> f64 {
        ratio(self.tp_gold, self.gold)
    }
    pub fn f(&self) -> f64 {
        f1(self.p(), self.r())
    }
}

/// The attribution evaluation's figures.
#[derive(Debug, Clone, Default)]
pub struct AttributionReport {
    pub articles: usize,
    pub cue: Prf,
    pub triple: Prf,
    pub cue_quoted: Prf,
    pub cue_unquoted: Prf,
    pub triple_quoted: Prf,
    pub triple_unquoted: Prf,
    pub exact_source: Ratio,
    /// Exact source spans once space and punctuation at either edge are
    /// set aside: PolNeAR's spans often take in the comma closing an
    /// apposition ("Ana Ruiz, the mayor,"), which a mention leaves out.
    pub exact_source_trimmed: Ratio,
    /// (article, kind, gold cue, predicted cue, gold source, predicted source, detail, sentence)
    pub errors: Vec<[String; 8]>,
}

impl AttributionReport {
    pub fn table(&self) -> String {
        let mut s = format!(
            "{} articles\n\n{:<28} {:>9} {:>9} {:>9} {:>14}\n",
            self.articles, "", "precision", "recall", "F1", "n (pred/gold)"
        );
        let row = |s: &mut String, name: &str, x: &Prf| {
            s.push_str(&format!(
                "{:<28} {:>9.3} {:>9.3} {:>9.3} {:>14}\n",
                name,
                x.p(),
                x.r(),
                x.f(),
                format!("{}/{}", x.pred, x.gold)
            ));
        };
        row(&mut s, "cue", &self.cue);
        row(&mut s, "triple", &self.triple);
        row(&mut s, "cue, quoted", &self.cue_quoted);
        row(&mut s, "cue, not quoted", &self.cue_unquoted);
        row(&mut s, "triple, quoted", &self.triple_quoted);
        row(&mut s, "triple, not quoted", &self.triple_unquoted);
        // a recall alone, in the recall column
        let ratio = |s: &mut String, name: &str, x: &Ratio| {
            s.push_str(&format!(
                "{:<28} {:>9} {:>9.3} {:>9} {:>14}\n",
                name,
                "",
                x.value(),
                "",
                format!("{}/{}", x.hit, x.total)
            ));
        };
        ratio(&mut s, "exact-source recall", &self.exact_source);
        ratio(
            &mut s,
            "  edge punctuation aside",
            &self.exact_source_trimmed,
        );
        s
    }
}

/// `(s, e)` without the space and punctuation at its edges (byte offsets
/// in `text`; a span off character boundaries is returned as it is).
fn trim_span(text: &str, (s, e): (usize, usize)) -> (usize, usize) {
    let Some(t) = text.get(s..e) else {
        return (s, e);
    };
    let edge = |c: char| !c.is_alphanumeric();
    let start = s + (t.len() - t.trim_start_matches(edge).len());
    let end = s + t.trim_end_matches(edge).len();
    (start, end.max(start))
}

fn overlaps(a: (usize, usize), pieces: &[[usize; 2]]) -> usize {
    pieces
        .iter()
        .map(|p| a.1.min(p[1]).saturating_sub(a.0.max(p[0])))
        .sum()
}

/// Score a run of slant against PolNeAR-format attributions.
pub fn eval_attribution(path: &Path, lex: &Lexicons) -> Result<AttributionReport, Error> {
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut an = Analyzer::new(lex);
    let mut r = AttributionReport::default();
    for (i, line) in crate::ingest::file_lines(f).enumerate() {
        let line = line.map_err(|e| Error::line_read(path, i as u64 + 1, e))?;
        if line.trim().is_empty() {
            continue;
        }
        let g: PnArticle = serde_json::from_str(&line).map_err(|e| Error::Data {
            path: path.to_path_buf(),
            line: i as u64 + 1,
            message: format!("not a PolNeAR article: {e}"),
        })?;
        r.articles += 1;
        let text = g.text.clone();
        let a = an.analyze(Article {
            id: g.id.clone(),
            outlet: g.outlet.clone(),
            date: g.date.clone(),
            title: g.title.clone(),
            url: String::new(),
            text: g.text.clone(),
            origin: String::new(),
        });
        score_polnear_article(&g, &a, &text, &mut r);
    }
    Ok(r)
}

/// One predicted attribution relation: claims sharing a cue merged.
struct PredRel {
    cue: (usize, usize),
    source: Option<(usize, usize)>,
    content: Option<(usize, usize)>,
    quoted: bool,
    source_name: String,
}

fn score_polnear_article(g: &PnArticle, a: &Analysis, text: &str, r: &mut AttributionReport) {
    let mut preds: Vec<PredRel> = Vec::new();
    for c in &a.claims {
        let (Some(cue), true) = (c.cue_span, c.attribution != Attribution::Unattributed) else {
            continue;
        };
        let key = (cue.start, cue.end);
        let content = c.content.map(|s| (s.start, s.end));
        match preds.iter_mut().find(|p| p.cue == key) {
            Some(p) => {
                if let (Some(pc), Some(cc)) = (p.content, content) {
                    p.content = Some((pc.0.min(cc.0), pc.1.max(cc.1)));
                } else if p.content.is_none() {
                    p.content = content;
                }
            }
            None => preds.push(PredRel {
                cue: key,
                source: c.mention.map(|m| (m.start, m.end)),
                content,
                quoted: c.attribution == Attribution::Direct,
                source_name: c.source.name.clone(),
            }),
        }
        // further attributions inside the claim are relations of their own
        for rel in &c.also {
            preds.push(PredRel {
                cue: (rel.cue.start, rel.cue.end),
                source: rel.mention.or(c.mention).map(|m| (m.start, m.end)),
                content: Some((rel.content.start, rel.content.end)),
                quoted: c.attribution == Attribution::Direct,
                source_name: c.source.name.clone(),
            });
        }
    }
    let gold: Vec<&PnAttribution> = g
        .attributions
        .iter()
        .filter(|x| !x.cue_spans.is_empty())
        .collect();
    // one-to-one matching on cue overlap, largest overlap first
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (pi, p) in preds.iter().enumerate() {
        for (gi, ga) in gold.iter().enumerate() {
            let ov = overlaps(p.cue, &ga.cue_spans);
            if ov > 0 {
                pairs.push((ov, pi, gi));
            }
        }
    }
    pairs.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut pm: Vec<Option<usize>> = vec![None; preds.len()];
    let mut gm: Vec<Option<usize>> = vec![None; gold.len()];
    for (_, pi, gi) in pairs {
        if pm[pi].is_none() && gm[gi].is_none() {
            pm[pi] = Some(gi);
            gm[gi] = Some(pi);
        }
    }
    let slice = |s: (usize, usize)| text.get(s.0..s.1).unwrap_or("").replace('\n', " ");
    let pieces = |ps: &[[usize; 2]]| {
        ps.iter()
            .map(|p| slice((p[0], p[1])))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let triple_ok = |p: &PredRel, ga: &PnAttribution| -> (bool, String) {
        let src_ok = match (p.source, ga.source_spans.is_empty()) {
            (Some(s), false) => overlaps(s, &ga.source_spans) > 0,
            (None, true) => true,
            _ => false,
        };
        let gold_len: usize = ga
            .content_spans
            .iter()
            .map(|x| x[1].saturating_sub(x[0]))
            .sum();
        let cf1 = match p.content {
            Some(c) if gold_len > 0 => {
                let ov = overlaps(c, &ga.content_spans) as f64;
                f1(ov / (c.1 - c.0).max(1) as f64, ov / gold_len as f64)
            }
            None if gold_len == 0 => 1.0,
            _ => 0.0,
        };
        let ok = src_ok && cf1 >= 0.5;
        let why = if ok {
            String::new()
        } else if !src_ok {
            "source".into()
        } else {
            format!("content F1 {cf1:.2}")
        };
        (ok, why)
    };
    let sentence_of = |pos: usize| -> String {
        let st = text[..pos.min(text.len())]
            .rfind(['.', '\n'])
            .map(|x| x + 1)
            .unwrap_or(0);
        let en = text[pos.min(text.len())..]
            .find(['.', '\n'])
            .map(|x| x + pos + 1)
            .unwrap_or(text.len());
        text.get(st..en.min(text.len()))
            .unwrap_or("")
            .trim()
            .chars()
            .take(200)
            .collect()
    };
    for (pi, p) in preds.iter().enumerate() {
        let (cue_all, cue_q) = (&mut r.cue, p.quoted);
        cue_all.pred += 1;
        let split = if cue_q {
            &mut r.cue_quoted
        } else {
            &mut r.cue_unquoted
        };
        split.pred += 1;
        r.triple.pred += 1;
        let tsplit = if cue_q {
            &mut r.triple_quoted
        } else {
            &mut r.triple_unquoted
        };
        tsplit.pred += 1;
        match pm[pi] {
            Some(gi) => {
                r.cue.tp_pred += 1;
                if cue_q {
                    r.cue_quoted.tp_pred += 1;
                } else {
                    r.cue_unquoted.tp_pred += 1;
                }
                let (ok, why) = triple_ok(p, gold[gi]);
                if ok {
                    r.triple.tp_pred += 1;
                    if cue_q {
                        r.triple_quoted.tp_pred += 1;
                    } else {
                        r.triple_unquoted.tp_pred += 1;
                    }
                } else {
                    r.errors.push([
                        g.id.clone(),
                        "triple".into(),
                        pieces(&gold[gi].cue_spans),
                        slice(p.cue),
                        pieces(&gold[gi].source_spans),
                        p.source.map(slice).unwrap_or_default(),
                        why,
                        sentence_of(p.cue.0),
                    ]);
                }
            }
            None => r.errors.push([
                g.id.clone(),
                "false positive".into(),
                String::new(),
                slice(p.cue),
                String::new(),
                format!(
                    "{} ({})",
                    p.source.map(slice).unwrap_or_default(),
                    p.source_name
                ),
                String::new(),
                sentence_of(p.cue.0),
            ]),
        }
    }
    for (gi, ga) in gold.iter().enumerate() {
        r.cue.gold += 1;
        r.triple.gold += 1;
        let (cs, ts) = if ga.quoted {
            (&mut r.cue_quoted, &mut r.triple_quoted)
        } else {
            (&mut r.cue_unquoted, &mut r.triple_unquoted)
        };
        cs.gold += 1;
        ts.gold += 1;
        if !ga.source_spans.is_empty() {
            let exact = gm[gi].is_some_and(|pi| {
                let p = &preds[pi];
                ga.source_spans.len() == 1
                    && p.source == Some((ga.source_spans[0][0], ga.source_spans[0][1]))
            });
            r.exact_source.add(exact);
            let trimmed = gm[gi].is_some_and(|pi| {
                let g = ga.source_spans[0];
                ga.source_spans.len() == 1
                    && preds[pi].source.map(|p| trim_span(text, p))
                        == Some(trim_span(text, (g[0], g[1])))
            });
            r.exact_source_trimmed.add(trimmed);
        }
        match gm[gi] {
            Some(pi) => {
                r.cue.tp_gold += 1;
                cs.tp_gold += 1;
                if triple_ok(&preds[pi], ga).0 {
                    r.triple.tp_gold += 1;
                    ts.tp_gold += 1;
                }
            }
            None => r.errors.push([
                g.id.clone(),
                "missed".into(),
                pieces(&ga.cue_spans),
                String::new(),
                pieces(&ga.source_spans),
                String::new(),
                if ga.quoted {
                    "quoted".into()
                } else {
                    String::new()
                },
                ga.cue_spans
                    .first()
                    .map(|c| sentence_of(c[0]))
                    .unwrap_or_default(),
            ]),
        }
    }
}

/// Write the attribution errors CSV.
pub fn write_attribution_errors(path: &Path, errors: &[[String; 8]]) -> Result<(), Error> {
    let mut f = crate::report::AtomicFile::create(path)?;
    {
        let mut w = csv::Writer::from_writer(&mut f);
        let io = |e: csv::Error| Error::io(path, e.into());
        w.write_record([
            "article",
            "kind",
            "gold_cue",
            "predicted_cue",
            "gold_source",
            "predicted_source",
            "detail",
            "sentence",
        ])
        .map_err(io)?;
        for e in errors {
            w.write_record(e).map_err(io)?;
        }
        w.flush().map_err(|e| Error::io(path, e))?;
    }
    f.commit()
}
