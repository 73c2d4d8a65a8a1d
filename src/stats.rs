//! Statistics for the comparison reports, on top of statrs' distributions.
//!
//! Samples are kept as mergeable [`Summary`] values: count, sum, sum of
//! squares and a histogram of the values rounded to 1/1000 (hedge and stance
//! scores are reported with four decimals at most, so the rank tests see the
//! same ties the reports show). Summaries of shards add up to the summary of
//! the whole, so memory stays bounded however large the corpus.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use statrs::distribution::{ChiSquared, ContinuousCDF, Normal, StudentsT};

/// Values are binned at this resolution for the rank tests.
const SCALE: f64 = 1000.0;

/// The moments of a sample: count, sum and sum of squares. Enough for
/// means, intervals, Welch's t and Cohen's d, in constant memory.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Moments {
    pub n: u64,
    pub sum: f64,
    pub sumsq: f64,
}

impl Moments {
    pub fn add(&mut self, x: f64) {
        if !x.is_finite() {
            return;
        }
        self.n += 1;
        self.sum += x;
        self.sumsq += x * x;
    }

    pub fn merge(&mut self, o: &Moments) {
        self.n += o.n;
        self.sum += o.sum;
        self.sumsq += o.sumsq;
    }

    pub fn mean(&self) -> f64 {
        if self.n == 0 {
            f64::NAN
        } else {
            self.sum / self.n as f64
        }
    }

    /// Unbiased sample variance.
    pub fn var(&self) -> f64 {
        if self.n < 2 {
            return f64::NAN;
        }
        let n = self.n as f64;
        ((self.sumsq - self.sum * self.sum / n) / (n - 1.0)).max(0.0)
    }

    pub fn sd(&self) -> f64 {
        self.var().sqrt()
    }

    /// [`Self::mean_ci95`] cut to `[lo, hi]`, the range every observation
    /// lies in (a stance score's [-1, 1]): with two or three observations
    /// the t interval reaches far past what any mean can be, and a
    /// spreadsheet or chart would show a mean stance of -3.6 as possible.
    pub fn mean_ci95_within(&self, lo: f64, hi: f64) -> (f64, f64) {
        let (a, b) = self.mean_ci95();
        (a.clamp(lo, hi), b.clamp(lo, hi))
    }

    /// t-based 95% confidence interval of the mean.
    pub fn mean_ci95(&self) -> (f64, f64) {
        if self.n < 2 {
            return (f64::NAN, f64::NAN);
        }
        let n = self.n as f64;
        let h = t975(self.n - 1) * self.sd() / n.sqrt();
        (self.mean() - h, self.mean() + h)
    }
}

/// The 0.975 quantile of Student's t with `df` degrees of freedom (NaN for
/// none). A report asks for the same few small `df` thousands of times (one
/// interval per source, cell and target), so those are remembered per thread.
pub fn t975(df: u64) -> f64 {
    const REMEMBERED: usize = 4096;
    let compute =
        |df: u64| StudentsT::new(0.0, 1.0, df as f64).map_or(f64::NAN, |t| t.inverse_cdf(0.975));
    let Some(i) = usize::try_from(df).ok().filter(|&i| i < REMEMBERED) else {
        return compute(df);
    };
    thread_local! {
        static KNOWN: std::cell::RefCell<Vec<Option<f64>>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    KNOWN.with(|k| {
        let mut k = k.borrow_mut();
        if k.len() <= i {
            k.resize(i + 1, None);
        }
        *k[i].get_or_insert_with(|| compute(df))
    })
}

/// What a cell of a report accumulates values into.
pub trait Sample: Default {
    fn add(&mut self, x: f64);
}

impl Sample for Moments {
    fn add(&mut self, x: f64) {
        Moments::add(self, x)
    }
}

impl Sample for Summary {
    fn add(&mut self, x: f64) {
        Summary::add(self, x)
    }
}

/// A mergeable summary of a sample: its [`Moments`] and the histogram the
/// rank tests need. Kept only where a rank test reads it (a histogram can
/// hold up to 2,001 stance values), [`Moments`] everywhere else.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub moments: Moments,
    /// value × 1000 (rounded) → count
    pub hist: BTreeMap<i64, u64>,
}

impl std::ops::Deref for Summary {
    type Target = Moments;
    fn deref(&self) -> &Moments {
        &self.moments
    }
}

impl Summary {
    pub fn add(&mut self, x: f64) {
        if !x.is_finite() {
            return;
        }
        self.moments.add(x);
        *self.hist.entry((x * SCALE).round() as i64).or_default() += 1;
    }

    pub fn merge(&mut self, o: &Summary) {
        self.moments.merge(&o.moments);
        for (k, v) in &o.hist {
            *self.hist.entry(*k).or_default() += v;
        }
    }
}

/// Wilson score interval (95%) for `k` successes in `n` trials.
pub fn wilson95(k: u64, n: u64) -> (f64, f64) {
    if n == 0 {
        return (f64::NAN, f64::NAN);
    }
    let z = 1.959_963_984_540_054;
    let (k, n) = (k as f64, n as f64);
    let p = k / n;
    let denom = 1.0 + z * z / n;
    let centre = (p + z * z / (2.0 * n)) / denom;
    let half = z * ((p * (1.0 - p) / n) + z * z / (4.0 * n * n)).sqrt() / denom;
    ((centre - half).max(0.0), (centre + half).min(1.0))
}

/// A test's statistic and two-sided p-value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Test {
    pub statistic: f64,
    pub df: f64,
    pub p: f64,
}

/// Welch's unequal-variance t-test, two-sided.
pub fn welch(a: &Moments, b: &Moments) -> Option<Test> {
    if a.n < 2 || b.n < 2 {
        return None;
    }
    let (va, vb) = (a.var() / a.n as f64, b.var() / b.n as f64);
    let se = (va + vb).sqrt();
    if se == 0.0 {
        return None;
    }
    let t = (a.mean() - b.mean()) / se;
    let df = (va + vb).powi(2) / (va * va / (a.n as f64 - 1.0) + vb * vb / (b.n as f64 - 1.0));
    let dist = StudentsT::new(0.0, 1.0, df).ok()?;
    Some(Test {
        statistic: t,
        df,
        p: (2.0 * (1.0 - dist.cdf(t.abs()))).min(1.0),
    })
}

/// Mann–Whitney U (of `a`), normal approximation with tie and continuity
/// correction, two-sided.
pub fn mann_whitney(a: &Summary, b: &Summary) -> Option<Test> {
    rank_tests(a, &sorted_hist(a), b, &sorted_hist(b)).0
}

/// Chi-squared test of independence on an r×c table of counts; also returns
/// Cramér's V.
pub fn chi_squared(table: &[Vec<u64>]) -> Option<(Test, f64)> {
    let rows: Vec<f64> = table.iter().map(|r| r.iter().sum::<u64>() as f64).collect();
    let ncols = table.iter().map(Vec::len).max().unwrap_or(0);
    let cols: Vec<f64> = (0..ncols)
        .map(|j| table.iter().map(|r| *r.get(j).unwrap_or(&0)).sum::<u64>() as f64)
        .collect();
    // drop empty rows and columns
    let rows_kept: Vec<usize> = (0..rows.len()).filter(|&i| rows[i] > 0.0).collect();
    let cols_kept: Vec<usize> = (0..cols.len()).filter(|&j| cols[j] > 0.0).collect();
    let (r, c) = (rows_kept.len(), cols_kept.len());
    if r < 2 || c < 2 {
        return None;
    }
    let n: f64 = rows.iter().sum();
    let mut chi = 0.0;
    for &i in &rows_kept {
        for &j in &cols_kept {
            let e = rows[i] * cols[j] / n;
            let o = *table[i].get(j).unwrap_or(&0) as f64;
            chi += (o - e) * (o - e) / e;
        }
    }
    let df = ((r - 1) * (c - 1)) as f64;
    let dist = ChiSquared::new(df).ok()?;
    let v = (chi / (n * (r.min(c) - 1) as f64)).sqrt();
    Some((
        Test {
            statistic: chi,
            df,
            p: (1.0 - dist.cdf(chi)).max(0.0),
        },
        v,
    ))
}

/// Cohen's d with the pooled standard deviation.
pub fn cohens_d(a: &Moments, b: &Moments) -> f64 {
    if a.n < 2 || b.n < 2 {
        return f64::NAN;
    }
    let (n1, n2) = (a.n as f64, b.n as f64);
    let pooled = (((n1 - 1.0) * a.var() + (n2 - 1.0) * b.var()) / (n1 + n2 - 2.0)).sqrt();
    if pooled == 0.0 {
        return f64::NAN;
    }
    (a.mean() - b.mean()) / pooled
}

/// Cliff's delta: P(a > b) − P(a < b), from the histograms.
pub fn cliffs_delta(a: &Summary, b: &Summary) -> f64 {
    rank_tests(a, &sorted_hist(a), b, &sorted_hist(b)).1
}

/// A histogram as a sorted slice (value × 1000, count), for many rank
/// tests against the same sample.
pub fn sorted_hist(s: &Summary) -> Vec<(i64, u64)> {
    s.hist.iter().map(|(k, v)| (*k, *v)).collect()
}

/// [`mann_whitney`] and [`cliffs_delta`] of the samples `a` and `b`, given
/// their sorted histograms, in one merge walk in value order: average ranks
/// for U, and for each value of `a` the `b` values below and above it for
/// the delta.
pub fn rank_tests(
    a: &Moments,
    ha: &[(i64, u64)],
    b: &Moments,
    hb: &[(i64, u64)],
) -> (Option<Test>, f64) {
    if a.n == 0 || b.n == 0 {
        return (None, f64::NAN);
    }
    let (n1, n2) = (a.n as f64, b.n as f64);
    let n = n1 + n2;
    let mut rank = 0.0;
    let mut r1 = 0.0;
    let mut ties = 0.0;
    let mut below = 0u64;
    let mut greater = 0.0;
    let mut less = 0.0;
    let total_b = b.n as f64;
    let (mut i, mut j) = (0, 0);
    while i < ha.len() || j < hb.len() {
        let (ca, cb) = match (ha.get(i), hb.get(j)) {
            (Some(&(ka, ca)), Some(&(kb, cb))) => match ka.cmp(&kb) {
                std::cmp::Ordering::Less => {
                    i += 1;
                    (ca, 0)
                }
                std::cmp::Ordering::Greater => {
                    j += 1;
                    (0, cb)
                }
                std::cmp::Ordering::Equal => {
                    i += 1;
                    j += 1;
                    (ca, cb)
                }
            },
            (Some(&(_, ca)), None) => {
                i += 1;
                (ca, 0)
            }
            (None, Some(&(_, cb))) => {
                j += 1;
                (0, cb)
            }
            (None, None) => break,
        };
        // Cliff's delta
        let caf = ca as f64;
        greater += caf * below as f64;
        less += caf * (total_b - below as f64 - cb as f64);
        below += cb;
        // Mann–Whitney: average ranks
        let (caf, cbf) = (ca as f64, cb as f64);
        let t = caf + cbf;
        let avg = rank + (t + 1.0) / 2.0;
        r1 += caf * avg;
        rank += t;
        ties += t * t * t - t;
    }
    let delta = (greater - less) / (a.n as f64 * total_b);
    let u1 = r1 - n1 * (n1 + 1.0) / 2.0;
    let mu = n1 * n2 / 2.0;
    let sigma2 = n1 * n2 / 12.0 * ((n + 1.0) - ties / (n * (n - 1.0)));
    if sigma2 <= 0.0 {
        return (None, delta);
    }
    let diff = u1 - mu;
    let z = (diff.abs() - 0.5).max(0.0) / sigma2.sqrt();
    let Ok(norm) = Normal::new(0.0, 1.0) else {
        return (None, delta);
    };
    (
        Some(Test {
            statistic: u1,
            df: f64::NAN,
            p: (2.0 * (1.0 - norm.cdf(z))).min(1.0),
        }),
        delta,
    )
}

/// Benjamini–Hochberg q-values, in the order of `p` (NaN stays NaN).
pub fn bh_qvalues(p: &[f64]) -> Vec<f64> {
    let mut idx: Vec<usize> = (0..p.len()).filter(|&i| p[i].is_finite()).collect();
    let m = idx.len() as f64;
    idx.sort_by(|&a, &b| {
        p[a].partial_cmp(&p[b])
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.cmp(&b))
    });
    let mut q = vec![f64::NAN; p.len()];
    let mut running = 1.0f64;
    for (rank, &i) in idx.iter().enumerate().rev() {
        let v = (p[i] * m / (rank as f64 + 1.0)).min(1.0);
        running = running.min(v);
        q[i] = running;
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(xs: &[f64]) -> Summary {
        let mut s = Summary::default();
        for &x in xs {
            s.add(x);
        }
        s
    }

    // R's `sleep` data (Cushny & Peebles), the standard worked example of
    // t.test and wilcox.test.
    const G1: [f64; 10] = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const G2: [f64; 10] = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

    fn close(a: f64, b: f64, tol: f64) {
        assert!((a - b).abs() <= tol, "{a} != {b} (±{tol})");
    }

    #[test]
    fn t_quantiles_match_r_qt() {
        // R: qt(0.975, c(1, 2, 9, 30, 5000)); the first four twice (remembered)
        for _ in 0..2 {
            close(t975(1), 12.706205, 1e-5);
            close(t975(2), 4.302653, 1e-6);
            close(t975(9), 2.262157, 1e-6);
            close(t975(30), 2.042272, 1e-6);
        }
        close(t975(5000), 1.960439, 1e-5);
        assert!(t975(0).is_nan());
        // the t interval of G1 (R: t.test(G1)$conf.int: -0.5297804 2.0297804)
        let (lo, hi) = summary(&G1).mean_ci95();
        close(lo, -0.5297804, 1e-6);
        close(hi, 2.0297804, 1e-6);
    }

    #[test]
    fn a_bounded_mean_keeps_its_interval_inside_the_bounds() {
        // two stance scores: the t interval is 0.5 ± 12.706 · 0.3536 · ... (R:
        // t.test(c(0.25, 0.75))$conf.int: -2.676551 3.676551)
        let mut m = Moments::default();
        m.add(0.25);
        m.add(0.75);
        let (lo, hi) = m.mean_ci95();
        close(lo, -2.676551, 1e-6);
        close(hi, 3.676551, 1e-6);
        assert_eq!(m.mean_ci95_within(-1.0, 1.0), (-1.0, 1.0));
        // an interval inside the bounds is untouched
        let g = summary(&G1);
        assert_eq!(g.mean_ci95_within(-10.0, 10.0), g.mean_ci95());
        // one observation has no interval, cut or not
        let mut one = Moments::default();
        one.add(0.5);
        assert!(one.mean_ci95_within(-1.0, 1.0).0.is_nan());
    }

    #[test]
    fn welch_matches_r_t_test_on_sleep() {
        // R: t.test(extra ~ group, data = sleep): t = -1.8608, df = 17.776, p-value = 0.07939
        // (scipy.stats.ttest_ind(equal_var=False) agrees: -1.8608135, 17.776474, 0.0793941)
        let t = welch(&summary(&G1), &summary(&G2)).unwrap();
        close(t.statistic, -1.8608, 1e-4);
        close(t.df, 17.776, 1e-3);
        close(t.p, 0.07939, 1e-5);
    }

    #[test]
    fn mann_whitney_matches_r_wilcox_test_on_sleep() {
        // R: wilcox.test(extra ~ group, data = sleep, exact = FALSE): W = 25.5, p-value = 0.06933
        let t = mann_whitney(&summary(&G1), &summary(&G2)).unwrap();
        close(t.statistic, 25.5, 1e-9);
        close(t.p, 0.06933, 1e-5);
    }

    #[test]
    fn chi_squared_matches_r_chisq_test_example() {
        // R ?chisq.test (Agresti 2007, party by gender):
        // X-squared = 30.07, df = 2, p-value = 2.954e-07
        let (t, v) = chi_squared(&[vec![762, 327, 468], vec![484, 239, 477]]).unwrap();
        close(t.statistic, 30.07, 5e-3);
        assert_eq!(t.df, 2.0);
        close(t.p, 2.954e-7, 5e-10);
        close(v, (30.0701 / 2757.0f64).sqrt(), 1e-4);
    }

    #[test]
    fn wilson_interval_reference_values() {
        // Wilson (1927); reference values from statsmodels
        // proportion_confint(81, 263, method="wilson") = (0.255289, 0.366210)
        let (lo, hi) = wilson95(81, 263);
        close(lo, 0.255_288_5, 1e-6);
        close(hi, 0.366_209_6, 1e-6);
        let (lo, hi) = wilson95(0, 10);
        close(lo, 0.0, 1e-12);
        close(hi, 0.277_533, 1e-5);
    }

    #[test]
    fn effect_sizes_on_sleep() {
        let (a, b) = (summary(&G1), summary(&G2));
        // pooled sd of the sleep groups: sqrt((3.2006 + 4.0090) / 2)
        close(
            cohens_d(&a, &b),
            (0.75 - 2.33) / ((3.200_556 + 4.009_000) / 2.0f64).sqrt(),
            1e-4,
        );
        // Cliff's delta = 2U/(n1 n2) - 1 with U = 25.5
        close(cliffs_delta(&a, &b), 2.0 * 25.5 / 100.0 - 1.0, 1e-12);
    }

    #[test]
    fn benjamini_hochberg_reference() {
        // p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH") = 0.02 0.04 0.04 0.02
        let q = bh_qvalues(&[0.01, 0.04, 0.03, 0.005]);
        for (x, y) in q.iter().zip([0.02, 0.04, 0.04, 0.02]) {
            close(*x, y, 1e-12);
        }
        assert!(bh_qvalues(&[f64::NAN, 0.5])[0].is_nan());
    }

    #[test]
    fn summaries_merge_like_the_whole() {
        let (mut a, b) = (summary(&G1), summary(&G2));
        let whole = summary(&[G1, G2].concat());
        a.merge(&b);
        assert_eq!(a.n, whole.n);
        close(a.mean(), whole.mean(), 1e-12);
        assert_eq!(a.hist, whole.hist);
    }

    #[test]
    fn moments_alone_give_the_summary_figures() {
        let mut m = Moments::default();
        for x in G1.iter().chain(&G2) {
            m.add(*x);
        }
        let s = summary(&[G1, G2].concat());
        assert_eq!(m, s.moments);
        assert_eq!(m.mean_ci95(), s.mean_ci95());
        m.add(f64::NAN);
        assert_eq!(m.n, s.n);
    }
}
