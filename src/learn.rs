//! The learned target-stance model (`lexicons/stance_model.csv`): a
//! multinomial logistic regression over the rule's evidence (its target
//! score and polarity, the text's valence) and the words on either side of
//! the target mention. It decides a target's polarity where the lexicon rule
//! alone cannot: on NewsMTSC the words around a mention ("criticized",
//! "slammed", "praised", "defended") say more about the target than the
//! valence words bound to it.
//!
//! The model is a lexicon file like the others: one row per feature with a
//! weight for each class, validated on load with `file:line` errors, and
//! written by `slant train stance` from labelled sentences, so an analyst can
//! retrain it on their own annotations. Without the file the rule decides.
//!
//! Features (names as written in the file):
//! - `bias`: always 1;
//! - `rule:score` (the rule's target score, -1..1), `rule:valence` (the
//!   text's or the claim's valence, -1..1), `rule:polarity=-1|0|1` (the
//!   rule's polarity, one-hot);
//! - `left:WORD`, `right:WORD`: a folded token among the `window` tokens
//!   before or after the mention (inside the claim in a report, inside the
//!   text in `slant score`), counted once however often it occurs.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

use crate::lexicon::{LexiconFile, Problems};
use crate::text::{Folded, Token};

/// The three classes, in the order of the file's weight columns.
pub const CLASSES: [i8; 3] = [-1, 0, 1];
/// The weight columns of `stance_model.csv`.
pub const COLUMNS: [&str; 4] = ["feature", "negative", "neutral", "positive"];
/// The features that are not words, in the order the file lists them.
pub const FIXED: [&str; 6] = [
    "bias",
    "rule:score",
    "rule:valence",
    "rule:polarity=-1",
    "rule:polarity=0",
    "rule:polarity=1",
];

/// One weight per class (negative, neutral, positive) and the line of the
/// file it was read from (0: not in the file).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Weights {
    pub w: [f64; 3],
    pub line: u64,
}

/// A loaded model.
#[derive(Debug, Clone, Default)]
pub struct StanceModel {
    /// Tokens read on each side of a mention (`stance_model_window` in
    /// settings.csv; the model must be trained with the same).
    pub window: usize,
    fixed: [Weights; 6],
    left: HashMap<String, Weights>,
    right: HashMap<String, Weights>,
}

/// What the rule found about a target, the model's non-word features.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evidence {
    pub score: f64,
    pub valence: f64,
    pub polarity: i8,
}

/// A model's decision for one target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prediction {
    /// Class probabilities (negative, neutral, positive).
    pub p: [f64; 3],
    /// P(positive) - P(negative), in [-1, 1].
    pub score: f64,
    /// The most probable class (neutral on a tie).
    pub polarity: i8,
}

/// One feature's part in a decision, for `slant explain`.
#[derive(Debug, Clone, PartialEq)]
pub struct Contribution {
    pub feature: String,
    pub line: u64,
    /// The feature's value times its weight, per class.
    pub add: [f64; 3],
}

/// The words of the window on each side of the target tokens `target`
/// (a token range) inside the token range `range`: nearest first.
pub fn window_words<'t>(
    folded: &'t Folded,
    toks: &'t [Token],
    range: (usize, usize),
    target: (usize, usize),
    window: usize,
) -> (
    impl Iterator<Item = &'t str> + 't,
    impl Iterator<Item = &'t str> + 't,
) {
    let lo = range.0.min(target.0);
    let hi = range.1.min(toks.len()).max(target.1.min(toks.len()));
    let left = toks[lo..target.0.min(toks.len())]
        .iter()
        .rev()
        .take(window)
        .map(move |t| t.norm(folded));
    let right = toks[target.1.min(hi)..hi]
        .iter()
        .take(window)
        .map(move |t| t.norm(folded));
    (left, right)
}

impl StanceModel {
    /// Read `path` (absent: `None`, the rule decides alone). Every problem is
    /// reported with its line; a file with errors gives no model.
    pub fn load(
        path: &Path,
        window: usize,
        p: &mut Problems,
        files: &mut Vec<LexiconFile>,
    ) -> Option<StanceModel> {
        if !path.exists() {
            return None;
        }
        let text = crate::lexicon::table::read_utf8(path, p)?;
        let rows = rows(&text, path, p);
        files.push(crate::lexicon::lexicon_file(
            path,
            text.as_bytes().into(),
            rows.len(),
        ));
        let mut m = StanceModel {
            window,
            ..Default::default()
        };
        let mut errors = false;
        m.left.reserve(rows.len() / 2);
        m.right.reserve(rows.len() / 2);
        for r in &rows {
            let name: &str = &r.name;
            let mut w = [0.0; 3];
            let mut ok = true;
            for (k, x) in w.iter_mut().enumerate() {
                match weight(r.weights[k]) {
                    Some(v) => *x = v,
                    None => {
                        p.error(
                            path,
                            r.line,
                            format!(
                                "`{}` weight of `{name}` must be a number, not `{}`",
                                COLUMNS[k + 1],
                                r.weights[k]
                            ),
                        );
                        ok = false;
                    }
                }
            }
            let weights = Weights { w, line: r.line };
            let Some(slot) = m.slot(name) else {
                p.error(
                    path,
                    r.line,
                    format!(
                        "unknown feature `{name}`: one of {}, `left:WORD` or `right:WORD`",
                        FIXED.map(|f| format!("`{f}`")).join(", ")
                    ),
                );
                errors = true;
                continue;
            };
            if slot.line != 0 {
                p.error(
                    path,
                    r.line,
                    format!("feature `{name}` is listed twice (line {})", slot.line),
                );
                errors = true;
            } else if ok {
                *slot = weights;
            } else {
                // keep the line, so that a second listing is still found
                slot.line = r.line;
                errors = true;
            }
        }
        if rows.is_empty() {
            p.warn(
                path,
                0,
                "no features: the lexicon rule decides target polarity",
            );
            return None;
        }
        if m.fixed[0].line == 0 {
            p.warn(path, 0, "no `bias` row: the classes start even");
        }
        (!errors).then_some(m)
    }

    /// The weights of the feature `name` as the file writes it (`bias`,
    /// `left:WORD` ...), or `None` for a name that is no feature.
    fn slot(&mut self, name: &str) -> Option<&mut Weights> {
        if let Some(i) = FIXED.iter().position(|f| *f == name) {
            Some(&mut self.fixed[i])
        } else if let Some(word) = name.strip_prefix("left:").filter(|w| !w.is_empty()) {
            Some(self.left.entry(word.to_string()).or_default())
        } else if let Some(word) = name.strip_prefix("right:").filter(|w| !w.is_empty()) {
            Some(self.right.entry(word.to_string()).or_default())
        } else {
            None
        }
    }

    /// The class sums of a decision: the evidence and the window's words
    /// (each distinct word once per side). `each` sees every feature that
    /// has weights.
    fn sums<'w>(
        &self,
        ev: Evidence,
        left: impl Iterator<Item = &'w str>,
        right: impl Iterator<Item = &'w str>,
        mut each: impl FnMut(&str, &str, &Weights, f64),
    ) -> [f64; 3] {
        let mut z = [0.0; 3];
        let mut add = |side: &str, name: &str, w: &Weights, x: f64| {
            for (zc, wc) in z.iter_mut().zip(w.w) {
                *zc += x * wc;
            }
            each(side, name, w, x);
        };
        let pol = match ev.polarity {
            -1 => 3,
            0 => 4,
            _ => 5,
        };
        for (i, x) in [(0, 1.0), (1, ev.score), (2, ev.valence), (pol, 1.0)] {
            add("", FIXED[i], &self.fixed[i], x);
        }
        let window = self.window;
        distinct(left.take(window), |w| {
            if let Some(x) = self.left.get(w) {
                add("left:", w, x, 1.0);
            }
        });
        distinct(right.take(window), |w| {
            if let Some(x) = self.right.get(w) {
                add("right:", w, x, 1.0);
            }
        });
        z
    }

    /// The model's decision for the target tokens `target` inside the
    /// token range `range` (its claim, or the whole text).
    pub fn predict_at(
        &self,
        ev: Evidence,
        folded: &Folded,
        toks: &[Token],
        range: (usize, usize),
        target: (usize, usize),
    ) -> Prediction {
        let (left, right) = window_words(folded, toks, range, target, self.window);
        self.predict(ev, left, right)
    }

    /// As [`Self::predict_at`], with every feature's part in it.
    pub fn explain_at(
        &self,
        ev: Evidence,
        folded: &Folded,
        toks: &[Token],
        range: (usize, usize),
        target: (usize, usize),
    ) -> (Prediction, Vec<Contribution>) {
        let (left, right) = window_words(folded, toks, range, target, self.window);
        let mut parts = Vec::new();
        let z = self.sums(ev, left, right, |side, name, w, x| {
            if w.line > 0 && x != 0.0 {
                parts.push(Contribution {
                    feature: format!("{side}{name}"),
                    line: w.line,
                    add: w.w.map(|c| c * x),
                });
            }
        });
        (prediction(z), parts)
    }

    /// The model's decision for a target.
    pub fn predict<'w>(
        &self,
        ev: Evidence,
        left: impl Iterator<Item = &'w str>,
        right: impl Iterator<Item = &'w str>,
    ) -> Prediction {
        prediction(self.sums(ev, left, right, |_, _, _, _| {}))
    }
}

/// A data row of `stance_model.csv`: the feature and its three weights as written.
struct ModelRow<'t> {
    line: u64,
    name: std::borrow::Cow<'t, str>,
    weights: [&'t str; 3],
}

/// The data rows of `stance_model.csv`, each problem reported by line. The
/// file is a CSV table of four columns whose first may be quoted (RFC 4180:
/// `"left:,"`); `#` lines are comments. It holds thousands of rows, so it
/// is read by this small reader rather than the general table reader, at a
/// third of its cost on every start-up.
fn rows<'t>(text: &'t str, path: &Path, p: &mut Problems) -> Vec<ModelRow<'t>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut out = Vec::with_capacity(text.len() / 32);
    let mut header = false;
    for (i, raw) in text.split('\n').enumerate() {
        let line = i as u64 + 1;
        let l = raw.strip_suffix('\r').unwrap_or(raw);
        let t = l.trim_ascii_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        if !header {
            let cols: Vec<&str> = l.split(',').map(str::trim).collect();
            if cols != COLUMNS {
                p.error(
                    path,
                    line,
                    format!("the header must be `{}`, not `{l}`", COLUMNS.join(",")),
                );
                return Vec::new();
            }
            header = true;
            continue;
        }
        // the feature: quoted, with "" for a quote, or up to the first comma
        let (name, rest) = if let Some(q) = t.strip_prefix('"') {
            let mut name = String::new();
            let mut rest = None;
            let mut it = q.char_indices().peekable();
            while let Some((k, c)) = it.next() {
                if c != '"' {
                    name.push(c);
                } else if it.peek().is_some_and(|&(_, d)| d == '"') {
                    name.push('"');
                    it.next();
                } else {
                    rest = Some(&q[k + 1..]);
                    break;
                }
            }
            match rest.and_then(|r| r.trim_start().strip_prefix(',')) {
                Some(r) => (std::borrow::Cow::Owned(name), r),
                None => {
                    p.error(
                        path,
                        line,
                        "unclosed quote, or no comma after the quoted feature",
                    );
                    continue;
                }
            }
        } else {
            match t.find(',') {
                Some(c) => (
                    std::borrow::Cow::Borrowed(t[..c].trim_ascii_end()),
                    &t[c + 1..],
                ),
                None => (std::borrow::Cow::Borrowed(t.trim_ascii_end()), ""),
            }
        };
        // the weights: fields cut at commas, read byte by byte (a comma is
        // ASCII, so every cut is a character boundary)
        let mut weights = [""; 3];
        let mut n = 0;
        let mut from = 0;
        for (k, &c) in rest
            .as_bytes()
            .iter()
            .enumerate()
            .chain([(rest.len(), &b',')])
        {
            if c == b',' {
                if n < 3 {
                    weights[n] = rest[from..k].trim_ascii();
                }
                n += 1;
                from = k + 1;
            }
        }
        if n != 3 {
            p.error(
                path,
                line,
                format!("{} fields, but the header has 4", n + 1),
            );
            continue;
        }
        if name.is_empty() {
            p.error(path, line, "empty feature");
            continue;
        }
        out.push(ModelRow {
            line,
            name,
            weights,
        });
    }
    if !header {
        p.error(path, 1, "empty file: a header row is required");
    }
    out
}

/// A weight: a plain decimal ("-0.1312", as `slant train` writes them) is
/// read without the general float parser (the quotient of two exact
/// doubles is the correctly rounded value, as the parser gives); anything
/// else goes to it. `None` for what is not a finite number.
fn weight(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let (neg, digits) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        _ => (false, b),
    };
    let mut mantissa: u64 = 0;
    let mut scale: i32 = 0;
    let mut dot = false;
    let simple = !digits.is_empty()
        && digits.len() <= 15
        && digits.iter().all(|&c| match c {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(c - b'0');
                if dot {
                    scale += 1;
                }
                true
            }
            b'.' if !dot => {
                dot = true;
                true
            }
            _ => false,
        })
        && digits.iter().any(u8::is_ascii_digit);
    if simple {
        let v = mantissa as f64 / 10f64.powi(scale);
        return Some(if neg { -v } else { v });
    }
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Each distinct word of `words` once, in order: a window holds at most a
/// few dozen words (`stance_model_window` is at most 32), so a linear look
/// back costs less than a set.
fn distinct<'w>(words: impl Iterator<Item = &'w str>, mut each: impl FnMut(&'w str)) {
    let mut seen: [&str; 64] = [""; 64];
    let mut n = 0;
    for word in words {
        if seen[..n].contains(&word) {
            continue;
        }
        if n < seen.len() {
            seen[n] = word;
            n += 1;
        }
        each(word);
    }
}

/// Softmax of the class sums, and the decision.
fn prediction(z: [f64; 3]) -> Prediction {
    let m = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e = z.map(|x| (x - m).exp());
    let total: f64 = e.iter().sum();
    let p = e.map(|x| x / total);
    // the most probable class; neutral wins a tie, then negative
    let mut best = 1;
    for c in [0, 2] {
        if p[c] > p[best] {
            best = c;
        }
    }
    Prediction {
        p,
        score: p[2] - p[0],
        polarity: CLASSES[best],
    }
}

/// One labelled target for training: its evidence, window words and class.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub evidence: Evidence,
    pub left: Vec<String>,
    pub right: Vec<String>,
    pub polarity: i8,
}

/// Settings of `slant train stance`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainOptions {
    /// Inverse strength of the L2 penalty, as scikit-learn's `C`: the loss is
    /// the class-balanced mean cross-entropy plus |w|² / (2·C·n).
    pub c: f64,
    /// Words seen in fewer windows than this are not features.
    pub min_count: usize,
    /// Word features whose largest absolute weight is below this are not
    /// written (they barely move a decision; the file stays small).
    pub prune: f64,
    /// Full-batch optimisation steps.
    pub iterations: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            c: 0.1,
            min_count: 2,
            prune: 0.05,
            iterations: 1500,
        }
    }
}

/// A trained model as rows of `stance_model.csv`, features in file order.
#[derive(Debug, Clone, PartialEq)]
pub struct Trained {
    pub rows: Vec<(String, [f64; 3])>,
    /// Examples per class (negative, neutral, positive).
    pub class_counts: [usize; 3],
    /// Word features before pruning.
    pub vocabulary: usize,
}

fn class_index(polarity: i8) -> Option<usize> {
    CLASSES.iter().position(|c| *c == polarity)
}

/// Fit the model to `examples` (deterministic: no sampling, sums in a
/// fixed order). Adam on the full batch; the loss is convex, so the steps
/// only decide how close to its minimum the weights end.
pub fn train(examples: &[Example], window: usize, opts: &TrainOptions) -> Trained {
    // the vocabulary: words in at least `min_count` windows, per side
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let feature_words = |e: &Example| {
        let mut f: Vec<String> = e
            .left
            .iter()
            .take(window)
            .map(|w| format!("left:{w}"))
            .chain(e.right.iter().take(window).map(|w| format!("right:{w}")))
            .collect();
        f.sort();
        f.dedup();
        f
    };
    let feats: Vec<Vec<String>> = examples.iter().map(feature_words).collect();
    for f in &feats {
        for w in f {
            *counts.entry(w.clone()).or_default() += 1;
        }
    }
    let vocab: Vec<String> = counts
        .into_iter()
        .filter(|(_, n)| *n >= opts.min_count.max(1))
        .map(|(w, _)| w)
        .collect();
    let index: HashMap<&str, usize> = vocab
        .iter()
        .enumerate()
        .map(|(i, w)| (w.as_str(), FIXED.len() + i))
        .collect();
    let dims = FIXED.len() + vocab.len();
    // each example as (feature, value) pairs
    let rows: Vec<(Vec<(usize, f64)>, usize)> = examples
        .iter()
        .zip(&feats)
        .filter_map(|(e, f)| {
            let y = class_index(e.polarity)?;
            let pol = 3 + class_index(e.evidence.polarity).unwrap_or(1);
            let mut x = vec![
                (0, 1.0),
                (1, e.evidence.score),
                (2, e.evidence.valence),
                (pol, 1.0),
            ];
            x.extend(
                f.iter()
                    .filter_map(|w| index.get(w.as_str()).map(|&i| (i, 1.0))),
            );
            Some((x, y))
        })
        .collect();
    let mut class_counts = [0usize; 3];
    for (_, y) in &rows {
        class_counts[*y] += 1;
    }
    let n = rows.len().max(1) as f64;
    // balanced class weights, as scikit-learn's class_weight="balanced"
    let cw = class_counts.map(|k| if k == 0 { 0.0 } else { n / (3.0 * k as f64) });
    let lambda = 1.0 / (opts.c.max(1e-12) * n);
    let mut w = vec![[0.0f64; 3]; dims];
    let (mut m1, mut m2) = (vec![[0.0f64; 3]; dims], vec![[0.0f64; 3]; dims]);
    let (b1, b2, eps) = (0.9f64, 0.999f64, 1e-8);
    let mut grad = vec![[0.0f64; 3]; dims];
    for step in 1..=opts.iterations {
        for g in grad.iter_mut() {
            *g = [0.0; 3];
        }
        for (x, y) in &rows {
            let mut z = [0.0; 3];
            for &(i, v) in x {
                for c in 0..3 {
                    z[c] += w[i][c] * v;
                }
            }
            let p = prediction(z).p;
            for &(i, v) in x {
                for c in 0..3 {
                    let t = if c == *y { 1.0 } else { 0.0 };
                    grad[i][c] += cw[*y] * (p[c] - t) * v / n;
                }
            }
        }
        // the bias is not penalised
        for i in 1..dims {
            for c in 0..3 {
                grad[i][c] += lambda * w[i][c];
            }
        }
        // a step size that shrinks as the minimum nears
        let lr = 0.05 / (1.0 + step as f64 / 500.0);
        let (c1, c2) = (1.0 - b1.powi(step as i32), 1.0 - b2.powi(step as i32));
        for i in 0..dims {
            for c in 0..3 {
                let g = grad[i][c];
                m1[i][c] = b1 * m1[i][c] + (1.0 - b1) * g;
                m2[i][c] = b2 * m2[i][c] + (1.0 - b2) * g * g;
                w[i][c] -= lr * (m1[i][c] / c1) / ((m2[i][c] / c2).sqrt() + eps);
            }
        }
    }
    let mut out: Vec<(String, [f64; 3])> = FIXED
        .iter()
        .enumerate()
        .map(|(i, f)| (f.to_string(), w[i]))
        .collect();
    out.extend(vocab.iter().enumerate().filter_map(|(k, name)| {
        let wk = w[FIXED.len() + k];
        let big = wk.iter().any(|x| x.abs() >= opts.prune);
        big.then(|| (name.clone(), wk))
    }));
    Trained {
        rows: out,
        class_counts,
        vocabulary: vocab.len(),
    }
}

impl Trained {
    /// The model these rows make, as if read back from their file.
    pub fn model(&self, window: usize) -> StanceModel {
        let mut m = StanceModel {
            window,
            ..Default::default()
        };
        for (k, (name, w)) in self.rows.iter().enumerate() {
            if let Some(slot) = m.slot(name) {
                *slot = Weights {
                    w: *w,
                    line: k as u64 + 1,
                };
            }
        }
        m
    }
}

/// Macro-F1 of each fold of a `k`-fold cross-validation: example `i` is in
/// fold `i % k`, scored by a model trained (and pruned) on the other folds.
/// A way to choose `--c`, the window and the pruning on training data alone.
pub fn cross_validate(
    examples: &[Example],
    window: usize,
    opts: &TrainOptions,
    k: usize,
) -> Vec<f64> {
    (0..k)
        .map(|fold| {
            let train_set: Vec<Example> = examples
                .iter()
                .enumerate()
                .filter(|(i, _)| i % k != fold)
                .map(|(_, e)| e.clone())
                .collect();
            let m = train(&train_set, window, opts).model(window);
            let pairs: Vec<(i8, i8)> = examples
                .iter()
                .enumerate()
                .filter(|(i, _)| i % k == fold)
                .map(|(_, e)| {
                    let p = m.predict(
                        e.evidence,
                        e.left.iter().map(String::as_str),
                        e.right.iter().map(String::as_str),
                    );
                    (e.polarity, p.polarity)
                })
                .collect();
            crate::eval::macro_f1(&pairs).0
        })
        .collect()
}

/// The comment lines a written model starts with: what it is, the command
/// that wrote it (to retrain it the same way) and what it was fitted on.
pub fn provenance(
    inputs: &[std::path::PathBuf],
    out: &Path,
    opts: &TrainOptions,
    window: usize,
    set: &TrainingSet,
    t: &Trained,
) -> Vec<String> {
    let names: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
    let TrainOptions {
        c,
        min_count,
        prune,
        iterations,
    } = opts;
    vec![
        "The target-stance model: multinomial logistic regression weights per class.".to_string(),
        "Written by slant; see lexicons/README.md. Retrain after changing stance_model_window:"
            .to_string(),
        format!(
            "slant train stance {} --out {} --c {c} --min-count {min_count} --prune {prune} --iterations {iterations}",
            names.join(" "),
            out.display()
        ),
        format!(
            "{} examples (negative {}, neutral {}, positive {}), {} skipped; window {window}; {} of {} word features kept",
            set.examples.len(),
            t.class_counts[0],
            t.class_counts[1],
            t.class_counts[2],
            set.skipped.len(),
            t.rows.len() - FIXED.len(),
            t.vocabulary
        ),
    ]
}

/// Write a trained model to `out` (atomically), `header` as its comments.
pub fn write_model(out: &Path, t: &Trained, header: &[String]) -> Result<(), crate::Error> {
    let mut f = crate::report::AtomicFile::create(out)?;
    std::io::Write::write_all(&mut f, to_csv(t, header).as_bytes())
        .map_err(|e| crate::Error::io(out, e))?;
    f.commit()
}

/// `stance_model.csv` for a trained model, `header` as its comment lines.
pub fn to_csv(t: &Trained, header: &[String]) -> String {
    let mut s = String::new();
    for h in header {
        s.push_str("# ");
        s.push_str(h);
        s.push('\n');
    }
    s.push_str(&COLUMNS.join(","));
    s.push('\n');
    for (name, w) in &t.rows {
        // RFC 4180: a feature holding a comma or a quote ("left:,") is quoted
        if name.contains([',', '"', '\n', '\r']) {
            s.push('"');
            s.push_str(&name.replace('"', "\"\""));
            s.push('"');
        } else {
            s.push_str(name);
        }
        for x in w {
            s.push(',');
            s.push_str(&crate::report::num(*x));
        }
        s.push('\n');
    }
    s
}

/// Labelled targets read for training, and the lines that could not be used.
#[derive(Debug, Clone, Default)]
pub struct TrainingSet {
    pub examples: Vec<Example>,
    /// `(file, line, reason)` of each line left out.
    pub skipped: Vec<(std::path::PathBuf, u64, String)>,
}

/// Read labelled targets from JSONL files in the NewsMTSC form (`text`,
/// `target_start`, `target_end` as UTF-8 byte offsets, `polarity` -1, 0 or
/// 1), with the rule's evidence from `lex` (the model itself is not used:
/// it is what is being fitted). A line that cannot be used is counted in
/// `skipped` with its reason, never dropped silently.
pub fn read_training(
    paths: &[std::path::PathBuf],
    lex: &crate::lexicon::Lexicons,
    window: usize,
) -> Result<TrainingSet, crate::Error> {
    let mut set = TrainingSet::default();
    let mut sc = crate::score::Scorer::new(lex);
    sc.valence_cues = false;
    sc.use_model = false;
    for path in paths {
        let f = std::fs::File::open(path).map_err(|e| crate::Error::io(path, e))?;
        for (i, line) in crate::ingest::file_lines(f).enumerate() {
            let no = i as u64 + 1;
            let mut skip = |why: &str| set.skipped.push((path.clone(), no, why.to_string()));
            let line = match line {
                Ok(l) => l,
                Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                    skip("not UTF-8");
                    continue;
                }
                Err(e) if e.kind() == std::io::ErrorKind::FileTooLarge => {
                    skip(&e.to_string());
                    continue;
                }
                Err(e) => return Err(crate::Error::line_read(path, no, e)),
            };
            if line.trim().is_empty() {
                continue;
            }
            // the fields are read without a tree of the line; JSON that is
            // no object has no `text`
            use crate::flatjson::member;
            let v = match crate::flatjson::object_members(&line) {
                Ok(v) => v,
                Err(_) if serde_json::from_str::<serde::de::IgnoredAny>(&line).is_ok() => {
                    Vec::new()
                }
                Err(_) => {
                    skip("not a JSON object");
                    continue;
                }
            };
            let Some(text) = member::<String>(&v, "text") else {
                skip("no `text`");
                continue;
            };
            let text = text.as_str();
            let Some(polarity) = member::<i64>(&v, "polarity").filter(|p| (-1..=1).contains(p))
            else {
                skip("no `polarity` of -1, 0 or 1");
                continue;
            };
            let Some(span) = crate::score::target_span(
                text,
                member(&v, "target_start"),
                member(&v, "target_end"),
            ) else {
                skip("no valid `target_start` / `target_end`");
                continue;
            };
            let out = sc.score(text, Some(span), None);
            let (Some((score, rule_polarity)), Some((left, right))) =
                (out.target_rule, sc.window_of(span, window))
            else {
                skip("the target span holds no word");
                continue;
            };
            set.examples.push(Example {
                evidence: Evidence {
                    score,
                    valence: out.valence.score,
                    polarity: rule_polarity,
                },
                left,
                right,
                polarity: polarity as i8,
            });
        }
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(score: f64, left: &[&str], right: &[&str], y: i8) -> Example {
        Example {
            evidence: Evidence {
                score,
                valence: score,
                polarity: crate::score::polarity(score, 0.05, 0.05),
            },
            left: left.iter().map(|s| s.to_string()).collect(),
            right: right.iter().map(|s| s.to_string()).collect(),
            polarity: y,
        }
    }

    /// Trained on words that decide the class, the model learns them, and a
    /// model read back from its own file decides as the trained one.
    #[test]
    fn learns_window_words_and_reads_back_its_file() {
        let mut data = Vec::new();
        for i in 0..30 {
            let filler = ["the", "a", "on", "in", "of"][i % 5];
            data.push(ex(0.0, &[filler], &["slammed", filler], -1));
            data.push(ex(0.0, &[filler], &["praised", filler], 1));
            data.push(ex(0.0, &[filler], &["met", filler], 0));
        }
        let t = train(&data, 4, &TrainOptions::default());
        assert_eq!(t.class_counts, [30, 30, 30]);
        let csv = to_csv(&t, &["test".to_string()]);
        let dir = std::env::temp_dir().join(format!("slant-learn-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("stance_model.csv");
        std::fs::write(&path, &csv).unwrap();
        let mut p = Problems::default();
        let m = StanceModel::load(&path, 4, &mut p, &mut Vec::new()).unwrap();
        assert!(!p.has_errors(), "{:?}", p.list);
        let ev = Evidence {
            score: 0.0,
            valence: 0.0,
            polarity: 0,
        };
        for (word, want) in [("slammed", -1), ("praised", 1), ("met", 0)] {
            let got = m.predict(ev, ["the"].into_iter(), [word, "of"].into_iter());
            assert_eq!(got.polarity, want, "{word}: {got:?}");
        }
        // past the window a word says nothing
        let far = m.predict(
            ev,
            std::iter::empty(),
            ["a", "b", "c", "d", "slammed"].into_iter(),
        );
        let near = m.predict(ev, std::iter::empty(), ["slammed"].into_iter());
        assert!(far.p[0] < near.p[0], "{far:?} {near:?}");
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn load_reports_bad_rows_by_line() {
        let dir = std::env::temp_dir().join(format!("slant-learn-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("stance_model.csv");
        std::fs::write(
            &path,
            "feature,negative,neutral,positive\nbias,0,0.1,0\nleft:x,1,two,3\nmiddle:y,0,0,0\nbias,1,1,1\n",
        )
        .unwrap();
        let mut p = Problems::default();
        assert!(StanceModel::load(&path, 4, &mut p, &mut Vec::new()).is_none());
        let lines: Vec<(u64, &str)> = p
            .list
            .iter()
            .map(|x| (x.line, x.message.as_str()))
            .collect();
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == 3 && m.contains("must be a number")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == 4 && m.contains("unknown feature")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|(l, m)| *l == 5 && m.contains("listed twice")),
            "{lines:?}"
        );
        std::fs::remove_dir_all(&dir).ok();
    }

    /// The plain-decimal reader gives the float parser's value to the bit.
    #[test]
    fn weights_read_as_the_float_parser_reads_them() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = (x % 2_000_000) as f64 / 10f64.powi((x >> 40) as i32 % 7) - 100.0;
            let s = crate::report::num(v);
            assert_eq!(weight(&s), s.parse::<f64>().ok(), "{s}");
        }
        for s in [
            "1e-3", "-0", ".5", "5.", "-", "", ".", "x", "1.2.3", "inf", "NaN", "0012.50",
        ] {
            assert_eq!(
                weight(s),
                s.parse::<f64>().ok().filter(|v| v.is_finite()),
                "{s}"
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(200))]
        /// A model written by `to_csv` reads back with the same weights,
        /// whatever its words hold (commas, quotes, '#', non-ASCII): the
        /// small reader agrees with the writer's quoting.
        #[test]
        fn written_models_read_back_exactly(
            words in proptest::collection::btree_set("[a-z,\"#é'’.-]{1,6}", 1..20),
            seed in 0u64..1000,
        ) {
            let mut rows: Vec<(String, [f64; 3])> = FIXED
                .iter()
                .map(|f| (f.to_string(), [0.5, -0.25, 0.125]))
                .collect();
            for (k, w) in words.iter().enumerate() {
                let side = if (k as u64 + seed).is_multiple_of(2) { "left:" } else { "right:" };
                let x = ((k as u64 * 7919 + seed) % 20000) as f64 / 1000.0 - 10.0;
                rows.push((format!("{side}{w}"), [x, -x / 3.0, 0.0]));
            }
            let t = Trained { rows: rows.clone(), class_counts: [1, 1, 1], vocabulary: words.len() };
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("stance_model.csv");
            std::fs::write(&path, to_csv(&t, &["a test".to_string()])).unwrap();
            let mut p = Problems::default();
            let m = StanceModel::load(&path, 4, &mut p, &mut Vec::new());
            proptest::prop_assert!(!p.has_errors(), "{:?}", p.list);
            let m = m.unwrap();
            for (name, w) in &rows {
                let got = if let Some(i) = FIXED.iter().position(|f| f == name) {
                    m.fixed[i].w
                } else if let Some(word) = name.strip_prefix("left:") {
                    m.left[word].w
                } else {
                    m.right[name.strip_prefix("right:").unwrap()].w
                };
                // written with four decimals
                for (g, x) in got.iter().zip(w) {
                    proptest::prop_assert!((g - x).abs() <= 5e-5, "{name}: {got:?} vs {w:?}");
                }
            }
            proptest::prop_assert_eq!(m.left.len() + m.right.len(), words.len());
        }
    }

    #[test]
    fn prediction_is_a_softmax_and_ties_go_to_neutral() {
        let p = prediction([0.0, 0.0, 0.0]);
        assert_eq!(p.polarity, 0);
        assert!((p.p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        let p = prediction([2.0, 0.0, 0.0]);
        assert_eq!(p.polarity, -1);
        assert!(p.score < 0.0 && p.score >= -1.0);
    }
}
