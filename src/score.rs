//! Score: hedging and stance, from the scoring lexicons.
//!
//! Hedge score of a span = Σ weights of hedge cues (`hedges.csv`, or a genre
//! profile from `hedge_profiles/`) − Σ weights of boosters (`boosters.csv`),
//! plus `distancing_weight` for a distancing reporting cue ("claimed",
//! "alleged"). The claim is hedged when the score reaches `hedge_threshold`.
//!
//! Valence (stance) follows VADER's arithmetic over tokens: each evaluative
//! word's valence (`stance.csv`, overridden by `stance_news.csv`) is raised by
//! intensifiers and lowered by dampeners in the three words before it,
//! multiplied by `negation_scalar` after a negator within `negation_window`
//! words, and, around the last contrast word ("but"), multiplied by
//! `contrast_before` / `contrast_after`. The sum s becomes s / √(s² + α) in
//! [-1, 1].
//!
//! A favourable word whose object is a harm word (`modifiers.csv`) within
//! `harm_window` words of its clause turns unfavourable, unless a counter
//! word comes between; an evaluative word inside a capitalised name ("the
//! Supreme Court") counts nothing outside title-case text.
//!
//! Toward a target, each evaluative word counts only for the target nearest
//! to it (or its coordination, "Iran and Russia"; an agentive word, "helped",
//! for the target that does it), weighted 1 / (1 +
//! distance / `target_window`); the weighted sum is normalised the same way,
//! and |score| < `target_neutral_band` is neutral.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;
use std::path::{Path, PathBuf};

use crate::lexicon::table::{read_table, split_list};
use crate::lexicon::{check_term, LexiconFile, PhraseMatcher, Problems};
use crate::text::{fold_str, folded_index, Folded, TokKind, Token};

/// Hedging of one claim.
#[derive(Debug, Clone, PartialEq)]
pub struct HedgeScore {
    pub score: f64,
    pub hedged: bool,
    pub cues: Vec<String>,
}

/// Stance of one claim.
#[derive(Debug, Clone, PartialEq)]
pub struct StanceScore {
    pub score: f64,
    pub cues: Vec<String>,
}

/// Where a lexicon entry came from, for `explain`.
#[derive(Debug, Clone, PartialEq)]
pub struct Origin {
    /// Shared by every entry of the file.
    pub file: std::sync::Arc<str>,
    pub line: u64,
}

/// A weighted term list compiled into one matcher.
#[derive(Debug, Clone, Default)]
pub struct WeightedTerms {
    pub matcher: Option<PhraseMatcher>,
    pub weight: Vec<f64>,
    pub origin: Vec<Origin>,
    /// Written in lower case: does not match a capitalised word inside a sentence.
    pub lower: Vec<bool>,
    /// Listed plainly (not only as `^term`): counts wherever it occurs.
    pub plain: Vec<bool>,
    /// From a `^term` row: weight added when the term opens a sentence
    /// ("Some say ..." hedges more than "... in some cases").
    pub opening: Vec<Option<(f64, Origin)>>,
}

/// A hedge lexicon with its threshold.
#[derive(Debug, Clone, Default)]
pub struct HedgeLexicon {
    pub terms: WeightedTerms,
    pub threshold: f64,
    /// Every listed term found counts, nested ones included ("some" inside
    /// "some of"): a genre profile is a bag of overlapping features, as
    /// fitted. `hedges.csv` counts the longest term only.
    pub overlapping: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Modifier {
    Negator,
    Intensifier(f64),
    Dampener(f64),
    Contrast,
    /// A harmful thing (weapons, militants): a favourable word whose object it
    /// is within `harm_window` words turns unfavourable ("support for armed
    /// groups").
    Harm,
    /// Acting against harm ("against", "prevent"): between a favourable word
    /// and a harm word, it keeps the favourable word favourable.
    Counter,
    /// A word that evaluates its doer ("helped", "provided", "brokered"): toward
    /// targets it counts for the target that does it (the last one before it
    /// in its sentence, or the one after "by"), not the nearest one.
    Agentive,
    /// A word that evaluates the one it is done to ("praised", "condemned",
    /// "accused"): toward targets it counts for that target (the first one
    /// right after it, or in a passive, "was praised by", the last one
    /// before it in its sentence), not the nearest one.
    Patient,
}

/// One matcher for the default hedges, then the boosters, then the first
/// words of the distancing cue forms, and where each group starts.
#[derive(Debug, Clone)]
pub struct HedgeScan {
    pub matcher: PhraseMatcher,
    pub boosters: usize,
    pub distancing: usize,
}

/// A multi-word term of stance.csv or stance_news.csv: where it stands in
/// a text, it counts its valence once, on its first word, and its words
/// count neither their own valences nor act as modifiers ("health care"
/// is no praise; "no doubt" negates nothing).
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    /// The term as listed.
    pub term: String,
    /// The folded words after the first, as the tokenizer splits the term.
    pub rest: Vec<String>,
    pub valence: f64,
    pub origin: Origin,
}

/// Numbers of the stance and hedge arithmetic (`settings.csv`).
#[derive(Debug, Clone)]
pub struct ScoreSettings {
    pub hedge_threshold: f64,
    pub negation_window: usize,
    pub negation_scalar: f64,
    pub contrast_before: f64,
    pub contrast_after: f64,
    pub alpha: f64,
    pub target_window: f64,
    pub target_neutral_band: f64,
    pub distancing_weight: f64,
    /// Weight of evaluative words in what the target itself says.
    pub speaker_content_weight: f64,
    /// Target score at or above which the polarity is 1 (the negative side uses
    /// `target_neutral_band`).
    pub target_positive_band: f64,
    /// Share of capitalised words (of four letters or more) at which a text
    /// counts as title case, where capitals say nothing about names; below
    /// it an evaluative word inside a run of capitalised words is part of a
    /// name ("the Supreme Court", "Justice Department") and carries no
    /// valence. 0 turns the rule off.
    pub title_case_share: f64,
    /// Words after a favourable word in which a harm word flips it (0: off).
    pub harm_window: usize,
    /// Tokens the stance model reads on each side of a target mention.
    pub stance_model_window: usize,
}

impl Default for ScoreSettings {
    fn default() -> Self {
        ScoreSettings {
            hedge_threshold: 1.0,
            negation_window: 3,
            negation_scalar: -0.74,
            contrast_before: 0.5,
            contrast_after: 1.5,
            alpha: 15.0,
            target_window: 4.0,
            target_neutral_band: 0.05,
            distancing_weight: 1.0,
            speaker_content_weight: 0.3,
            target_positive_band: 0.05,
            title_case_share: 0.0,
            harm_window: 0,
            stance_model_window: 8,
        }
    }
}

/// Compiled scoring lexicons.
#[derive(Debug, Clone, Default)]
pub struct ScoringLexicons {
    pub loaded: bool,
    pub hedges: HedgeLexicon,
    pub profiles: BTreeMap<String, HedgeLexicon>,
    pub boosters: WeightedTerms,
    /// The default hedges, the boosters and the first words of the
    /// distancing cue forms in one matcher: a text that no union scan has
    /// read (`slant score`) is scanned once for all three.
    pub hedges_and_boosters: Option<HedgeScan>,
    /// Single-word valences, folded.
    pub stance: HashMap<String, (f64, Origin)>,
    /// Multi-word stance terms ("health care"), by their first word,
    /// longest first: a phrase's valence stands in for its words'.
    pub phrases: HashMap<String, Vec<Phrase>>,
    pub modifiers: HashMap<String, (Modifier, Origin)>,
    /// `stance` and `modifiers` in one map: a token's modifier and valence
    /// with one lookup on the per-sentence path.
    pub words: HashMap<String, (Option<Modifier>, f64)>,
    /// A Bloom filter of the words in `words`: most words of a sentence are
    /// absent, and two bits in a small table say so without a probe into
    /// the map, whose buckets are rarely in cache.
    pub word_bits: Vec<u64>,
    pub targets: PhraseMatcher,
    pub target_names: Vec<String>,
    /// The learned target-stance model (`stance_model.csv`); without it the
    /// rule's bands decide a target's polarity.
    pub stance_model: Option<crate::learn::StanceModel>,
    pub topics: PhraseMatcher,
    pub topic_names: Vec<String>,
    pub settings: ScoreSettings,
}

const SETTINGS: [&str; 14] = [
    "harm_window",
    "stance_model_window",
    "title_case_share",
    "target_positive_band",
    "speaker_content_weight",
    "hedge_threshold",
    "negation_window",
    "negation_scalar",
    "contrast_before",
    "contrast_after",
    "stance_alpha",
    "target_window",
    "target_neutral_band",
    "distancing_weight",
];

/// The folded key of a one-word term of a word-by-word lexicon (stance,
/// modifiers: looked up one token at a time), or `None` after reporting why
/// it cannot be one: not a valid term, or listed before in the file. Terms
/// with a space are the caller's (stance phrases; an error for modifiers).
fn single_word(
    term: &str,
    seen: &mut HashMap<String, u64>,
    p: &mut Problems,
    path: &Path,
    line: u64,
) -> Option<String> {
    if !check_term(term, p, path, line) {
        return None;
    }
    let key = fold_str(term);
    first_listing(seen, &key, term, p, path, line).then_some(key)
}

/// Whether `key` (of `term`) is listed for the first time in its file;
/// a repeat is an error, since one of the two would silently win.
#[inline]
fn first_listing(
    seen: &mut HashMap<String, u64>,
    key: &str,
    term: &str,
    p: &mut Problems,
    path: &Path,
    line: u64,
) -> bool {
    if let Some(l0) = seen.insert(key.to_string(), line) {
        p.error(path, line, format!("`{term}` already listed at line {l0}"));
        return false;
    }
    true
}

/// The folded words of a multi-word stance term as the tokenizer splits
/// text (the first and the rest), or `None` after reporting why it cannot
/// be one: not a valid term, a wildcard, a word the tokenizer would not
/// keep whole, or listed before.
fn phrase_words(
    term: &str,
    seen: &mut HashMap<String, u64>,
    p: &mut Problems,
    path: &Path,
    line: u64,
) -> Option<(String, Vec<String>)> {
    if !check_term(term, p, path, line) {
        return None;
    }
    let term = term.trim();
    if term.contains('*') {
        p.error(
            path,
            line,
            format!("stance phrases take no wildcard: `{term}`"),
        );
        return None;
    }
    let folded = Folded::new(term);
    let mut toks = Vec::new();
    crate::text::tokenize(term, &folded, 0..term.len(), &|_, _| false, &mut toks);
    let words: Vec<String> = toks.iter().map(|t| t.norm(&folded).to_string()).collect();
    let pieces = term.split_whitespace().count();
    if toks
        .iter()
        .any(|t| !matches!(t.kind, TokKind::Word | TokKind::Number))
        || words.len() != pieces
    {
        p.error(
            path,
            line,
            format!("a stance phrase is words separated by spaces; `{term}` reads as the tokens {words:?}"),
        );
        return None;
    }
    // the scan looks for phrases at words only
    if !toks.first().is_some_and(Token::is_word) {
        p.error(
            path,
            line,
            format!("a stance phrase starts with a word, not a number: `{term}`"),
        );
        return None;
    }
    if !first_listing(seen, &words.join(" "), term, p, path, line) {
        return None;
    }
    let mut words = words.into_iter();
    let first = words.next()?;
    Some((first, words.collect()))
}

fn load_weighted(
    path: &Path,
    p: &mut Problems,
    files: &mut Vec<LexiconFile>,
    max: f64,
) -> WeightedTerms {
    let mut w = WeightedTerms::default();
    let Some(t) = read_table(path, &["term", "weight"], &["kind", "notes"], p) else {
        return w;
    };
    let mut terms = Vec::new();
    // a term's index, and the lines of its plain and its `^` row
    let mut seen: HashMap<String, (usize, Option<u64>, Option<u64>)> = HashMap::default();
    let name: std::sync::Arc<str> = file_name(path).into();
    for r in &t.rows {
        let (opening, term) = match r.get(0).strip_prefix('^') {
            Some(rest) => (true, rest),
            None => (false, r.get(0)),
        };
        if !check_term(term, p, path, r.line) {
            continue;
        }
        let weight: f64 = match r.get(1).parse() {
            Ok(x) if (0.0..=max).contains(&x) => x,
            _ => {
                p.error(
                    path,
                    r.line,
                    format!("weight `{}` must be a number from 0 to {max}", r.get(1)),
                );
                continue;
            }
        };
        let origin = Origin {
            file: name.clone(),
            line: r.line,
        };
        let entry = seen.entry(fold_str(term)).or_insert_with(|| {
            terms.push(term.to_string());
            w.lower
                .push(!term.chars().next().is_some_and(char::is_uppercase));
            w.weight.push(0.0);
            w.origin.push(origin.clone());
            w.plain.push(false);
            w.opening.push(None);
            (terms.len() - 1, None, None)
        });
        let (i, plain_line, opening_line) = entry;
        let i = *i;
        let earlier = if opening { opening_line } else { plain_line };
        if let Some(l0) = *earlier {
            let w0 = if opening {
                w.opening[i].as_ref().map_or(0.0, |o| o.0)
            } else {
                w.weight[i]
            };
            let shown = r.get(0);
            if (w0 - weight).abs() > f64::EPSILON {
                p.error(path, r.line, format!("`{shown}` has weight {weight} here and {w0} at line {l0}: conflicting weights"));
            } else {
                p.warn(
                    path,
                    r.line,
                    format!("duplicate term `{shown}` (line {l0})"),
                );
            }
            continue;
        }
        *earlier = Some(r.line);
        if opening {
            w.opening[i] = Some((weight, origin));
        } else {
            w.weight[i] = weight;
            w.origin[i] = origin;
            w.plain[i] = true;
        }
    }
    w.matcher = Some(PhraseMatcher::new(&terms));
    files.push(crate::lexicon::hash_table(&t));
    w
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl ScoringLexicons {
    /// Settings keys this module owns in `settings.csv`.
    pub fn is_setting(key: &str) -> bool {
        SETTINGS.contains(&key) || key.starts_with("hedge_threshold.")
    }

    pub fn load(dir: &Path, p: &mut Problems, files: &mut Vec<LexiconFile>) -> ScoringLexicons {
        let mut s = ScoringLexicons::default();
        let hp = dir.join("hedges.csv");
        if !hp.exists() {
            // scoring lexicons are optional: the columns stay empty without them
            return s;
        }
        s.loaded = true;
        let mut profile_thresholds: BTreeMap<String, (f64, PathBuf, u64)> = BTreeMap::new();
        let sp = dir.join("settings.csv");
        if sp.exists() {
            let mut scratch = Problems::default(); // lexicon::load reports the table's own problems
            if let Some(t) = read_table(&sp, &["key", "value"], &["notes"], &mut scratch) {
                for r in &t.rows {
                    let key = r.get(0);
                    if !Self::is_setting(key) {
                        continue;
                    }
                    let Ok(v) = r.get(1).parse::<f64>() else {
                        p.error(
                            &sp,
                            r.line,
                            format!("`{key}` must be a number, not `{}`", r.get(1)),
                        );
                        continue;
                    };
                    let st = &mut s.settings;
                    match key {
                        "hedge_threshold" => st.hedge_threshold = v,
                        "negation_window" if v >= 0.0 && v.fract() == 0.0 => {
                            st.negation_window = v as usize
                        }
                        "negation_scalar" => st.negation_scalar = v,
                        "contrast_before" => st.contrast_before = v,
                        "contrast_after" => st.contrast_after = v,
                        "stance_alpha" if v > 0.0 => st.alpha = v,
                        "target_window" if v > 0.0 => st.target_window = v,
                        "target_neutral_band" if (0.0..1.0).contains(&v) => {
                            st.target_neutral_band = v
                        }
                        "distancing_weight" => st.distancing_weight = v,
                        "target_positive_band" if (0.0..1.0).contains(&v) => {
                            st.target_positive_band = v
                        }
                        "speaker_content_weight" if (0.0..=1.0).contains(&v) => {
                            st.speaker_content_weight = v
                        }
                        "title_case_share" if (0.0..=1.0).contains(&v) => st.title_case_share = v,
                        "harm_window" if v >= 0.0 && v.fract() == 0.0 => {
                            st.harm_window = v as usize
                        }
                        "stance_model_window" if (1.0..=32.0).contains(&v) && v.fract() == 0.0 => {
                            st.stance_model_window = v as usize
                        }
                        k if k.starts_with("hedge_threshold.") => {
                            profile_thresholds.insert(
                                k["hedge_threshold.".len()..].to_string(),
                                (v, sp.clone(), r.line),
                            );
                        }
                        _ => p.error(
                            &sp,
                            r.line,
                            format!("`{key}` is out of range: `{}`", r.get(1)),
                        ),
                    }
                }
            }
        }
        s.hedges = HedgeLexicon {
            terms: load_weighted(&hp, p, files, 5.0),
            threshold: s.settings.hedge_threshold,
            overlapping: false,
        };
        s.boosters = load_weighted(&dir.join("boosters.csv"), p, files, 5.0);
        // genre profiles
        let pdir = dir.join("hedge_profiles");
        if pdir.is_dir() {
            let mut names: Vec<PathBuf> = std::fs::read_dir(&pdir)
                .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            names.sort();
            for path in names
                .into_iter()
                .filter(|n| n.extension().is_some_and(|e| e == "csv"))
            {
                let name = path
                    .file_stem()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let threshold = match profile_thresholds.remove(&name) {
                    Some((v, _, _)) => v,
                    None => {
                        p.warn(&path, 0, format!("no `hedge_threshold.{name}` in settings.csv; using hedge_threshold"));
                        s.settings.hedge_threshold
                    }
                };
                let terms = load_weighted(&path, p, files, 20.0);
                s.profiles.insert(
                    name,
                    HedgeLexicon {
                        terms,
                        threshold,
                        overlapping: true,
                    },
                );
            }
        }
        for (name, (_, f, l)) in profile_thresholds {
            p.error(
                &f,
                l,
                format!("`hedge_threshold.{name}` names no file hedge_profiles/{name}.csv"),
            );
        }
        // stance: VADER-derived base, then news terms overriding
        for (fname, overrides) in [("stance.csv", false), ("stance_news.csv", true)] {
            let path = dir.join(fname);
            let shared: std::sync::Arc<str> = fname.into();
            if !path.exists() && overrides {
                continue;
            }
            let Some(t) = read_table(&path, &["term", "valence"], &["notes"], p) else {
                continue;
            };
            let mut seen: HashMap<String, u64> = HashMap::default();
            seen.reserve(t.rows.len());
            s.stance.reserve(t.rows.len());
            for r in &t.rows {
                let term = r.get(0);
                // a phrase's first word and the rest, or a single word
                let key = if term.trim().contains(' ') {
                    phrase_words(term, &mut seen, p, &path, r.line).map(|(w, rest)| (w, Some(rest)))
                } else {
                    single_word(term, &mut seen, p, &path, r.line).map(|w| (w, None))
                };
                let Some((key, rest)) = key else {
                    continue;
                };
                let v: f64 = match r.get(1).parse() {
                    Ok(x) if (-4.0..=4.0).contains(&x) => x,
                    _ => {
                        p.error(
                            &path,
                            r.line,
                            format!("valence `{}` must be a number from -4 to 4", r.get(1)),
                        );
                        continue;
                    }
                };
                let origin = Origin {
                    file: shared.clone(),
                    line: r.line,
                };
                match rest {
                    Some(rest) => s.add_phrase(key, rest, term.trim(), v, origin),
                    None => {
                        s.stance.insert(key, (v, origin));
                    }
                }
            }
            files.push(crate::lexicon::hash_table(&t));
        }
        // modifiers
        let mp = dir.join("modifiers.csv");
        let modifiers_file: std::sync::Arc<str> = "modifiers.csv".into();
        if let Some(t) = read_table(&mp, &["term", "kind"], &["value", "notes"], p) {
            let mut seen: HashMap<String, u64> = HashMap::default();
            for r in &t.rows {
                let term = r.get(0);
                if term.contains(' ') {
                    let why = format!("modifiers are single words; `{term}` has a space");
                    p.error(&mp, r.line, why);
                    continue;
                }
                let Some(key) = single_word(term, &mut seen, p, &mp, r.line) else {
                    continue;
                };
                let val = || {
                    r.get(2)
                        .parse::<f64>()
                        .ok()
                        .filter(|v| (0.0..=2.0).contains(v))
                };
                let m = match r.get(1) {
                    "negator" => Modifier::Negator,
                    "contrast" => Modifier::Contrast,
                    "harm" => Modifier::Harm,
                    "counter" => Modifier::Counter,
                    "agentive" => Modifier::Agentive,
                    "patient" => Modifier::Patient,
                    "intensifier" | "dampener" => match val() {
                        Some(v) if r.get(1) == "intensifier" => Modifier::Intensifier(v),
                        Some(v) => Modifier::Dampener(v),
                        None => {
                            p.error(
                                &mp,
                                r.line,
                                format!("{} `{term}` needs a value from 0 to 2", r.get(1)),
                            );
                            continue;
                        }
                    },
                    other => {
                        p.error(&mp, r.line, format!("unknown kind `{other}`; expected negator, intensifier, dampener, contrast, harm, counter, agentive or patient"));
                        continue;
                    }
                };
                s.modifiers.insert(
                    key,
                    (
                        m,
                        Origin {
                            file: modifiers_file.clone(),
                            line: r.line,
                        },
                    ),
                );
            }
            files.push(crate::lexicon::hash_table(&t));
        }
        // targets and topics
        for (fname, key, names, matcher) in [
            ("targets.csv", "target", &mut s.target_names, &mut s.targets),
            ("topics.csv", "topic", &mut s.topic_names, &mut s.topics),
        ] {
            let path = dir.join(fname);
            let cols: [&str; 2] = [key, if key == "target" { "aliases" } else { "terms" }];
            let Some(t) = read_table(&path, &cols, &["notes"], p) else {
                continue;
            };
            let mut terms = Vec::new();
            let mut owner: HashMap<String, (String, u64)> = HashMap::default();
            for r in &t.rows {
                let name = r.get(0);
                if name.is_empty() {
                    p.error(&path, r.line, format!("empty {key}"));
                    continue;
                }
                let list: Vec<&str> = if key == "target" {
                    std::iter::once(name).chain(split_list(r.get(1))).collect()
                } else {
                    split_list(r.get(1)).collect()
                };
                if list.is_empty() {
                    p.error(&path, r.line, format!("{key} `{name}` has no terms"));
                }
                for a in list {
                    if !check_term(a, p, &path, r.line) {
                        continue;
                    }
                    let k = fold_str(a);
                    if let Some((o, l0)) = owner.get(&k) {
                        if o != name {
                            p.error(
                                &path,
                                r.line,
                                format!("`{a}` is already a term of `{o}` (line {l0})"),
                            );
                        }
                        continue;
                    }
                    owner.insert(k, (name.to_string(), r.line));
                    terms.push(a.to_string());
                    names.push(name.to_string());
                }
            }
            *matcher = PhraseMatcher::new(&terms);
            files.push(crate::lexicon::hash_table(&t));
        }
        // an agentive or patient word routes its own valence: without one it
        // does nothing
        let mut inert: Vec<(&String, &Origin, &str)> = s
            .modifiers
            .iter()
            .filter(|(w, _)| !s.stance.contains_key(*w))
            .filter_map(|(w, (m, o))| match m {
                Modifier::Agentive => Some((w, o, "agentive")),
                Modifier::Patient => Some((w, o, "patient")),
                _ => None,
            })
            .collect();
        inert.sort_by_key(|(_, o, _)| o.line);
        for (w, o, kind) in inert {
            p.warn(
                &dir.join("modifiers.csv"),
                o.line,
                format!("{kind} `{w}` has no valence in stance.csv or stance_news.csv, so it does nothing"),
            );
        }
        s.stance_model = crate::learn::StanceModel::load(
            &dir.join("stance_model.csv"),
            s.settings.stance_model_window,
            p,
            files,
        );
        s.index_words();
        if let (Some(h), Some(b)) = (&s.hedges.terms.matcher, &s.boosters.matcher) {
            s.hedges_and_boosters = Some(HedgeScan {
                matcher: h.concat(b),
                boosters: h.len(),
                distancing: h.len() + b.len(),
            });
        }
        s
    }

    /// Add a stance phrase (its folded first word and the rest); one with
    /// the same words listed before is replaced (stance_news.csv overrides
    /// stance.csv, as for words). [`Self::index_words`] makes it count.
    fn add_phrase(
        &mut self,
        first: String,
        rest: Vec<String>,
        term: &str,
        valence: f64,
        origin: Origin,
    ) {
        let list = self.phrases.entry(first).or_default();
        list.retain(|x| x.rest != rest);
        list.push(Phrase {
            term: term.to_string(),
            rest,
            valence,
            origin,
        });
    }

    /// Build the per-token index from the stance words, modifiers and
    /// phrases: one map for a token's modifier and valence (a phrase's first
    /// word is in it, so that the scan finds it), its Bloom filter, and each
    /// word's phrases longest first (equal lengths in file order).
    fn index_words(&mut self) {
        for list in self.phrases.values_mut() {
            list.sort_by_key(|x| std::cmp::Reverse(x.rest.len()));
        }
        let words = &mut self.words;
        words.clear();
        words.reserve(self.stance.len() + self.modifiers.len());
        for (w, (v, _)) in &self.stance {
            words.entry(w.clone()).or_insert((None, 0.0)).1 = *v;
        }
        for (w, (m, _)) in &self.modifiers {
            words.entry(w.clone()).or_insert((None, 0.0)).0 = Some(*m);
        }
        for w in self.phrases.keys() {
            words.entry(w.clone()).or_insert((None, 0.0));
        }
        self.word_bits = vec![0u64; WORD_BITS / 64];
        for w in self.words.keys() {
            let (a, b) = word_bits(w);
            self.word_bits[a / 64] |= 1 << (a % 64);
            self.word_bits[b / 64] |= 1 << (b % 64);
        }
    }

    /// The rule's polarity of a target score: 1 at or above
    /// `target_positive_band`, -1 at or below -`target_neutral_band`.
    pub fn rule_polarity(&self, score: f64) -> i8 {
        polarity(
            score,
            self.settings.target_positive_band,
            self.settings.target_neutral_band,
        )
    }

    /// What the rule found about a target, as the stance model reads it:
    /// the rule's score and polarity and the `valence` around it.
    pub fn evidence(&self, rule: f64, valence: f64) -> crate::learn::Evidence {
        crate::learn::Evidence {
            score: rule,
            valence,
            polarity: self.rule_polarity(rule),
        }
    }

    /// The hedge lexicon for a profile (None or "news": the default).
    pub fn hedge_lexicon(&self, profile: Option<&str>) -> Option<&HedgeLexicon> {
        match profile {
            None | Some("news") | Some("") => Some(&self.hedges),
            Some(p) => self.profiles.get(p),
        }
    }
}

/// One hedge or booster hit, for explain.
#[derive(Debug, Clone, PartialEq)]
pub struct HedgeHit {
    pub start: usize,
    pub end: usize,
    pub term: String,
    pub weight: f64,
    pub origin: Origin,
}

/// The weighted hedge hits of the matcher hits `hits` of `terms`. Lower-case
/// terms skip capitalised words that do not start a sentence ("May" the month).
fn weigh(
    terms: &WeightedTerms,
    text: &str,
    folded: &Folded,
    sentence_starts: &[usize],
    hits: &[crate::lexicon::Hit],
    out: &mut Vec<HedgeHit>,
) {
    for h in hits {
        // worked out at most once a hit, and only where a rule asks
        let mut opens = None;
        let mut opens =
            || *opens.get_or_insert_with(|| opens_sentence(text, sentence_starts, h.start));
        if terms.lower[h.term] {
            let capital = text[h.start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            if capital && !opens() {
                continue;
            }
        }
        let (mut weight, mut origin) = (terms.weight[h.term], &terms.origin[h.term]);
        let opening = terms.opening[h.term].as_ref().filter(|_| opens());
        match opening {
            Some((extra, o)) => {
                weight += extra;
                origin = o;
            }
            None if !terms.plain[h.term] => continue,
            None => {}
        }
        // a term of weight 0 only masks the shorter terms inside it ("asked
        // whether" is no "whether"): no cue
        if weight == 0.0 {
            continue;
        }
        out.push(HedgeHit {
            start: h.start,
            end: h.end,
            term: folded.text[h.fs..h.fe].to_string(),
            weight,
            origin: origin.clone(),
        });
    }
}

/// Whether byte `at` of `text` opens a sentence: nothing but spaces,
/// quotation marks and brackets between it and the start of its sentence.
fn opens_sentence(text: &str, sentence_starts: &[usize], at: usize) -> bool {
    let k = sentence_starts.partition_point(|&s| s <= at);
    k > 0
        && text.get(sentence_starts[k - 1]..at).is_some_and(|gap| {
            gap.chars()
                .all(|c| c.is_whitespace() || "\"'“‘«([".contains(c))
        })
}

/// The full hedge arithmetic of a span, for scoring and explain.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HedgeDetail {
    pub hedges: Vec<HedgeHit>,
    pub boosters: Vec<HedgeHit>,
    pub distancing: Option<String>,
    pub score: f64,
    pub hedged: bool,
    /// Whether a distancing cue may be in the text: the scan saw the first
    /// word of a distancing cue form, or could not look for one.
    pub may_distance: bool,
}

impl ScoringLexicons {
    /// Scan for the first words of the distancing cue forms too, in the
    /// one scan of the hedges and boosters ([`HedgeDetail::may_distance`]).
    pub(crate) fn scan_distancing_words(&mut self, words: &[&str]) {
        if let Some(scan) = &mut self.hedges_and_boosters {
            scan.matcher = scan.matcher.concat(&PhraseMatcher::new(words));
        }
    }

    /// Count a distancing cue found after [`Self::hedge_detail`] (which was
    /// given none) as it would have.
    pub fn add_distancing(&self, d: &mut HedgeDetail, profile: Option<&str>, cue: String) {
        let Some(lex) = self.hedge_lexicon(profile).filter(|_| is_news(profile)) else {
            return;
        };
        d.distancing = Some(cue);
        self.settle(d, lex);
    }

    /// The score and the verdict of the hits and cue in `d`: hedge weights
    /// less booster weights, plus `distancing_weight` for a distancing cue,
    /// against the profile's threshold.
    fn settle(&self, d: &mut HedgeDetail, lex: &HedgeLexicon) {
        let plus: f64 = d.hedges.iter().map(|h| h.weight).sum();
        let minus: f64 = d.boosters.iter().map(|h| h.weight).sum();
        let dist = if d.distancing.is_some() {
            self.settings.distancing_weight
        } else {
            0.0
        };
        d.score = plus - minus + dist;
        d.hedged = d.score >= lex.threshold - 1e-9;
    }

    /// Hedge folded range `fr` of a passage. `distancing` names a
    /// distancing reporting cue of the claim.
    pub fn hedge_detail(
        &self,
        profile: Option<&str>,
        p: &crate::text::Passage,
        fr: std::ops::Range<usize>,
        distancing: Option<&str>,
    ) -> HedgeDetail {
        let (text, folded, sentence_starts) = (p.text, p.folded, p.sentence_starts);
        let mut d = HedgeDetail::default();
        let Some(lex) = self.hedge_lexicon(profile) else {
            return d;
        };
        let news = is_news(profile);
        // hedge hits, and booster hits for news text
        let (mut hedges, mut boosters) = (Vec::new(), Vec::new());
        d.may_distance = true;
        match &self.hedges_and_boosters {
            // no union scan to read: one scan finds both, and says whether
            // a distancing cue's word is there
            Some(scan) if news && folded.scan_hits().is_none() => {
                let groups = (scan.boosters, scan.distancing);
                d.may_distance = scan
                    .matcher
                    .find_split(p, fr, groups, &mut hedges, &mut boosters);
            }
            _ => {
                match &lex.terms.matcher {
                    Some(m) if lex.overlapping => {
                        m.candidates(text, folded, fr.clone(), &mut hedges);
                        // in text order, for the cues and for byte-identical output
                        hedges.sort_by_key(|h| (h.fs, h.fe, h.term));
                    }
                    Some(m) => m.find(text, folded, fr.clone(), &mut hedges),
                    None => {}
                }
                if let (true, Some(m)) = (news, &self.boosters.matcher) {
                    m.find(text, folded, fr, &mut boosters);
                }
            }
        }
        weigh(
            &lex.terms,
            text,
            folded,
            sentence_starts,
            &hedges,
            &mut d.hedges,
        );
        weigh(
            &self.boosters,
            text,
            folded,
            sentence_starts,
            &boosters,
            &mut d.boosters,
        );
        if news {
            d.distancing = distancing.map(str::to_string);
        }
        self.settle(&mut d, lex);
        d
    }
}

/// Whether `profile` is the news profile (the default), which counts
/// boosters and distancing cues; genre profiles count their own terms only.
fn is_news(profile: Option<&str>) -> bool {
    profile.is_none() || profile == Some("news")
}

/// Bits of the word filter: two bits per word (a Bloom filter), so that with
/// the 7,400 words of the bundled lexicons about 1% of other words pass.
const WORD_BITS: usize = 1 << 17;

/// The two filter bits of a word, from one hash of its bytes.
#[inline]
fn word_bits(w: &str) -> (usize, usize) {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(w.as_bytes());
    let x = h.finish().wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (
        (x >> 47) as usize % WORD_BITS,
        (x >> 13) as usize % WORD_BITS,
    )
}

/// The valence of each word token in `range`, VADER-style; zero for words
/// that carry none. `out[i - range.0]` belongs to token `i`.
pub fn word_valences(
    s: &ScoringLexicons,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
    out: &mut Vec<f64>,
) {
    out.clear();
    out.resize(range.1 - range.0, 0.0);
    // one lookup per token: its modifier, and its valence (if not a modifier);
    // the modifiers go to this thread's reused buffer
    MODIFIERS.with_borrow_mut(|mods| word_valences_with(s, folded, toks, range, out, mods));
}

thread_local! {
    /// The modifier of each token, for [`word_valences`].
    static MODIFIERS: std::cell::RefCell<Vec<Option<Modifier>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn word_valences_with(
    s: &ScoringLexicons,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
    out: &mut [f64],
    mods: &mut Vec<Option<Modifier>>,
) {
    let st = &s.settings;
    mods.clear();
    let mut contrast_at: Option<usize> = None;
    // whether the range is in title case, found at the first name word
    let mut title_case: Option<bool> = None;
    // whether the range holds a harm word at all (most texts do not)
    let mut harm = false;
    let mut i = range.0;
    while i < range.1 {
        let Some((m, v)) = word_entry(s, folded, &toks[i]) else {
            mods.push(None);
            i += 1;
            continue;
        };
        // a listed phrase starting here counts once, on its first word; its
        // words are neither evaluative nor modifiers
        if !s.phrases.is_empty() {
            if let Some((end, ph)) = phrase_at(s, folded, toks, range, i) {
                mods.resize(end - range.0, None);
                out[i - range.0] = ph.valence;
                i = end;
                continue;
            }
        }
        mods.push(m);
        harm |= m == Some(Modifier::Harm);
        match m {
            Some(Modifier::Contrast) => contrast_at = Some(i),
            Some(Modifier::Intensifier(_) | Modifier::Dampener(_)) => {}
            _ if v != 0.0 && in_masking_name(st, folded, toks, range, i, &mut title_case) => {}
            _ => out[i - range.0] = v,
        }
        i += 1;
    }
    for i in range.0..range.1 {
        let mut v = out[i - range.0];
        if v == 0.0 {
            continue;
        }
        // a favourable act whose object is harmful is unfavourable
        if harm
            && v > 0.0
            && st.harm_window > 0
            && harm_follows(toks, range, |j| mods[j - range.0], i, st.harm_window).is_some()
        {
            v = -v;
        }
        // modifiers in the words before
        let mut k = 0usize;
        let mut j = i;
        let mut negated = false;
        while j > range.0 && k < st.negation_window.max(3) {
            j -= 1;
            let tj = &toks[j];
            if !tj.is_word() {
                if matches!(tj.kind, TokKind::Punct('.' | ';' | ':' | '!' | '?')) {
                    break;
                }
                continue;
            }
            let scale = [1.0, 0.95, 0.9][k.min(2)];
            match mods[j - range.0] {
                Some(Modifier::Intensifier(b)) if k < 3 => v += v.signum() * b * scale,
                Some(Modifier::Dampener(b)) if k < 3 => v -= v.signum() * b * scale,
                Some(Modifier::Negator) if k < st.negation_window => negated = true,
                _ if k < st.negation_window && tj.norm(folded).ends_with("n't") => negated = true,
                _ => {}
            }
            k += 1;
        }
        if negated {
            v *= st.negation_scalar;
        }
        out[i - range.0] = v;
    }
    if let Some(c) = contrast_at {
        for (k, v) in out.iter_mut().enumerate() {
            let i = range.0 + k;
            if i < c {
                *v *= st.contrast_before;
            } else if i > c {
                *v *= st.contrast_after;
            }
        }
    }
}

/// The modifier and valence of word token `t`, if `words` lists it (the
/// Bloom filter answers for most words without a probe).
#[inline(always)]
fn word_entry(s: &ScoringLexicons, folded: &Folded, t: &Token) -> Option<(Option<Modifier>, f64)> {
    if !t.is_word() {
        return None;
    }
    let w = t.norm(folded);
    let (a, b) = word_bits(w);
    let set = |i: usize| {
        s.word_bits
            .get(i / 64)
            .is_some_and(|x| x & (1 << (i % 64)) != 0)
    };
    if !(set(a) && set(b)) {
        return None;
    }
    s.words.get(w).copied()
}

/// The longest listed phrase whose words start at token `i` and end inside
/// `range`, with the token after its last word.
pub fn phrase_at<'s>(
    s: &'s ScoringLexicons,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
    i: usize,
) -> Option<(usize, &'s Phrase)> {
    let first = toks.get(i).filter(|t| t.is_word())?;
    let list = s.phrases.get(first.norm(folded))?;
    list.iter().find_map(|ph| {
        let end = i + 1 + ph.rest.len();
        let words = toks.get(i + 1..end.min(range.1))?;
        (end <= range.1
            && ph.rest.iter().zip(words).all(|(w, t)| {
                matches!(t.kind, TokKind::Word | TokKind::Number) && t.norm(folded) == w
            }))
        .then_some((end, ph))
    })
}

/// The phrase that covers token `i` as [`word_valences`] reads `range`
/// (leftmost first, longest at a word, phrases never overlapping): its
/// first token, the token after its last, and the phrase.
pub fn phrase_covering<'s>(
    s: &'s ScoringLexicons,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
    i: usize,
) -> Option<(usize, usize, &'s Phrase)> {
    if s.phrases.is_empty() {
        return None;
    }
    let mut j = range.0;
    while j <= i && j < range.1 {
        match phrase_at(s, folded, toks, range, j) {
            Some((end, ph)) if i < end => return Some((j, end, ph)),
            Some((end, _)) => j = end,
            None => j += 1,
        }
    }
    None
}

/// The original end of the words whose valence token `i` carries: a
/// phrase's last word when one starts at `i` (a token with a valence is
/// never inside a phrase), else the token's own end.
pub fn valence_end(
    s: &ScoringLexicons,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
    i: usize,
) -> u32 {
    if s.phrases.is_empty() {
        return toks[i].end;
    }
    phrase_at(s, folded, toks, range, i).map_or(toks[i].end, |(e, _)| toks[e - 1].end)
}

/// Whether a harm word follows token `i` within `window` words of its
/// clause, with no counter word ("against") between.
fn harm_follows(
    toks: &[Token],
    range: (usize, usize),
    modifier: impl Fn(usize) -> Option<Modifier>,
    i: usize,
    window: usize,
) -> Option<usize> {
    let mut words = 0;
    for (j, t) in toks.iter().enumerate().take(range.1).skip(i + 1) {
        if matches!(t.kind, TokKind::Punct('.' | ';' | ':' | '!' | '?' | ',')) {
            return None;
        }
        if !t.is_word() {
            continue;
        }
        match modifier(j) {
            Some(Modifier::Harm) => return Some(j),
            Some(Modifier::Counter) => return None,
            _ => {}
        }
        words += 1;
        if words == window {
            return None;
        }
    }
    None
}

/// Why the evaluative word at token `i` scores as it does, for `slant
/// explain`: that it counts 0 inside a name, or the harm word that turned it
/// unfavourable.
pub fn valence_reason(
    s: &ScoringLexicons,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
    i: usize,
) -> Option<String> {
    let st = &s.settings;
    let t = &toks[i];
    if in_masking_name(st, folded, toks, range, i, &mut None) {
        return Some("0 inside a name (settings.csv title_case_share)".into());
    }
    let positive = s.stance.get(t.norm(folded)).is_some_and(|(v, _)| *v > 0.0);
    if !positive || st.harm_window == 0 {
        return None;
    }
    let modifier = |j: usize| s.words.get(toks[j].norm(folded)).and_then(|x| x.0);
    let j = harm_follows(toks, range, modifier, i, st.harm_window)?;
    let w = toks[j].norm(folded);
    let at = s
        .modifiers
        .get(w)
        .map(|(_, o)| format!("{}:{}", o.file, o.line))
        .unwrap_or_default();
    Some(format!("unfavourable: its object `{w}` is harm ({at})"))
}

/// Whether word token `i` is part of a name that takes its valence away: a
/// capitalised word of a name ([`in_name`]) in a text that is not in title
/// case (`title_case`, worked out once per range), with the rule on.
fn in_masking_name(
    st: &ScoreSettings,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
    i: usize,
    title_case: &mut Option<bool>,
) -> bool {
    st.title_case_share > 0.0
        && toks[i].cap
        && in_name(folded, toks, range, i)
        && !*title_case
            .get_or_insert_with(|| is_title_case(folded, toks, range, st.title_case_share))
}

/// Whether the capitalised word token `i` belongs to a name: a capitalised
/// word (not all in capitals, which is emphasis) next to it, or "of" / "for"
/// and one before that ("Department of Justice"). A name's first word
/// counts too, at a sentence start or not ("Justice Department officials").
fn in_name(folded: &Folded, toks: &[Token], range: (usize, usize), i: usize) -> bool {
    let t = &toks[i];
    if t.upper {
        return false;
    }
    let caps = |t: &Token| t.is_word() && t.cap;
    let next = toks.get(i + 1).filter(|_| i + 1 < range.1);
    if next.is_some_and(|n| caps(n) && n.start == t.end + 1) {
        return true;
    }
    if i > range.0 {
        let p = &toks[i - 1];
        if caps(p) && t.start == p.end + 1 && !sentence_initial(toks, range, i - 1) {
            return true;
        }
        if i > range.0 + 1 && matches!(p.norm(folded), "of" | "for") && caps(&toks[i - 2]) {
            return true;
        }
    }
    false
}

/// Whether word token `i` opens a sentence of the range (nothing but
/// quotation marks between it and the range start or the last full stop).
fn sentence_initial(toks: &[Token], range: (usize, usize), i: usize) -> bool {
    let mut j = i;
    while j > range.0 {
        j -= 1;
        match toks[j].kind {
            TokKind::Quote(_) => continue,
            TokKind::Punct('.' | '!' | '?' | ':' | ';') => return true,
            _ => return false,
        }
    }
    true
}

/// Whether at least `share` of the range's words of four letters or more
/// are capitalised (a headline in title case).
fn is_title_case(folded: &Folded, toks: &[Token], range: (usize, usize), share: f64) -> bool {
    let (n, caps) = crate::text::long_words_capitalised(folded, &toks[range.0..range.1]);
    n > 0 && caps as f64 >= share * n as f64
}

/// s / √(s² + α), in [-1, 1].
pub fn normalize(s: f64, alpha: f64) -> f64 {
    if s == 0.0 {
        0.0
    } else {
        (s / (s * s + alpha).sqrt()).clamp(-1.0, 1.0)
    }
}

/// Valence of a token range in [-1, 1], and the evaluative words.
pub fn valence(
    s: &ScoringLexicons,
    text: &str,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
    buf: &mut Vec<f64>,
) -> StanceScore {
    let score = valence_score(s, folded, toks, range, buf);
    let cues = buf
        .iter()
        .enumerate()
        .filter(|(_, v)| **v != 0.0)
        .map(|(k, _)| {
            let i = range.0 + k;
            let end = valence_end(s, folded, toks, range, i);
            text[toks[i].start as usize..end as usize].to_lowercase()
        })
        .collect();
    StanceScore { score, cues }
}

/// The score of [`valence`] alone; `buf` is left holding the word valences.
pub fn valence_score(
    s: &ScoringLexicons,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
    buf: &mut Vec<f64>,
) -> f64 {
    word_valences(s, folded, toks, range, buf);
    let sum: f64 = buf.iter().sum();
    let bangs = (range.0..range.1)
        .filter(|&i| toks[i].is_punct('!'))
        .count()
        .min(4) as f64;
    let sum = if sum != 0.0 {
        sum + sum.signum() * 0.292 * bangs
    } else {
        0.0
    };
    normalize(sum, s.settings.alpha)
}

/// A target named in a span.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetMention {
    pub target: String,
    pub start: usize,
    pub end: usize,
    /// Token range of the mention.
    pub toks: (usize, usize),
}

/// Targets named in the token range.
pub fn find_targets(
    s: &ScoringLexicons,
    text: &str,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
) -> Vec<TargetMention> {
    if range.0 >= range.1 {
        return Vec::new();
    }
    let fr = toks[range.0].fs as usize..toks[range.1 - 1].fe as usize;
    let mut hits = Vec::new();
    s.targets.find(text, folded, fr, &mut hits);
    hits.iter()
        .map(|h| {
            let (a, b) = crate::text::tokens_touching(toks, range.0..range.1, (h.fs, h.fe));
            // (a mention past the last token: from the first)
            let a = if a == range.1 { range.0 } else { a };
            TargetMention {
                target: s.target_names[h.term].clone(),
                start: h.start,
                end: h.end,
                toks: (a, b.max(a + 1)),
            }
        })
        .collect()
}

/// Stance toward each target in `targets` (token ranges inside `range`):
/// each evaluative word counts for one target, the nearest, or for an
/// agentive word the one doing it, weighed by its distance; coordinated
/// targets share their words ([`target_shares`] lists them).
pub fn target_scores(
    s: &ScoringLexicons,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
    targets: &[(usize, usize)],
    buf: &mut Vec<f64>,
) -> Vec<f64> {
    target_scores_weighted(s, folded, toks, range, targets, &[], buf)
}

/// As [`target_scores`]; words inside a `(tokens, weight)` range of `damp`
/// count with that weight for the first target (what the target itself says).
pub fn target_scores_weighted(
    s: &ScoringLexicons,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
    targets: &[(usize, usize)],
    damp: &[((usize, usize), f64)],
    buf: &mut Vec<f64>,
) -> Vec<f64> {
    if !targets.is_empty() {
        word_valences(s, folded, toks, range, buf);
    }
    target_scores_of_valences(s, folded, toks, range, targets, damp, buf)
}

/// As [`target_scores_weighted`], with the word valences of `range`
/// already in `buf` (as [`valence_score`] leaves them); `damp` scales them
/// in place.
fn target_scores_of_valences(
    s: &ScoringLexicons,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
    targets: &[(usize, usize)],
    damp: &[((usize, usize), f64)],
    buf: &mut [f64],
) -> Vec<f64> {
    if targets.is_empty() {
        return Vec::new();
    }
    for &((a, b), w) in damp {
        for i in a.max(range.0)..b.min(range.1) {
            buf[i - range.0] *= w;
        }
    }
    let mut sums = vec![0.0; targets.len()];
    // coordinated targets ("Iran and Russia", "Iranian and Russian
    // companies") share the words bound to either: group[k] is the first
    // target of k's group
    let group = coordination_groups(folded, toks, targets);
    // summed by group (a group's first target holds it), in the order the
    // words come, then handed to every member: the same additions, one
    // per word instead of one per word and target
    bind_words(s, folded, toks, range, targets, buf, |sh| {
        sums[group[sh.target]] += sh.add;
    });
    (0..targets.len())
        .map(|k| normalize(sums[group[k]], s.settings.alpha))
        .collect()
}

/// How an evaluative word was bound to a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// The target nearest to it.
    Nearest,
    /// The target that does what it says (an agentive word: "helped",
    /// "brokered by").
    Doer,
    /// The target it is done to (a patient word: "praised Tehran",
    /// "Tehran was condemned by").
    Patient,
    /// A capitalised word of a target's own mention: part of its name
    /// ("Winner", "Mia Love", "Mr. Earnest"), which says nothing about it;
    /// it adds 0.
    Name,
}

/// What one evaluative word gives a target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Share {
    /// The word's token.
    pub token: usize,
    /// Its value after modifiers.
    pub value: f64,
    /// The target (index into the targets) it is bound to.
    pub target: usize,
    pub bound: Bound,
    /// Tokens between the word and the target (0 inside the mention).
    pub distance: usize,
    /// `value / (1 + distance / target_window)`.
    pub add: f64,
}

/// Bind each evaluative word of `range` (valences in `vals`) to one target
/// and hand its share to `each`.
fn bind_words(
    s: &ScoringLexicons,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
    targets: &[(usize, usize)],
    vals: &[f64],
    mut each: impl FnMut(Share),
) {
    let w = s.settings.target_window;
    // targets in text order, none empty or overlapping (as a claim's are):
    // the nearest one is found by binary search, not by measuring them all
    let ordered = targets.iter().all(|t| t.0 < t.1) && targets.windows(2).all(|x| x[0].1 <= x[1].0);
    // the last sentence-ending mark before the word, kept as the words go
    let mut stop: Option<usize> = None;
    let mut scanned = range.0;
    for (k, v) in vals.iter().enumerate() {
        if *v == 0.0 {
            continue;
        }
        let i = range.0 + k;
        let dist = |t: &(usize, usize)| -> usize {
            if i < t.0 {
                t.0 - i
            } else if i >= t.1 {
                i + 1 - t.1
            } else {
                0
            }
        };
        let nearest = if ordered {
            // the first target ending past the word, and the one before it
            // (the earlier of two as near, as `min_by_key` takes)
            let p = targets.partition_point(|t| t.1 <= i);
            let before = p.checked_sub(1).map(|ti| (ti, dist(&targets[ti])));
            let after = targets.get(p).map(|t| (p, dist(t)));
            match (before, after) {
                (Some(b), Some(a)) if a.1 < b.1 => Some(a),
                (b, a) => b.or(a),
            }
            .map(|(ti, d)| (ti, d, Bound::Nearest))
        } else {
            targets
                .iter()
                .enumerate()
                .map(|(ti, t)| (ti, dist(t), Bound::Nearest))
                .min_by_key(|x| x.1)
        };
        let routes = match s.words.get(toks[i].norm(folded)) {
            Some((Some(m @ (Modifier::Agentive | Modifier::Patient)), _)) => Some(*m),
            _ => None,
        };
        let doer = if let Some(m) = routes {
            while scanned < i {
                if matches!(toks[scanned].kind, TokKind::Punct('.' | '!' | '?' | ';')) {
                    stop = Some(scanned);
                }
                scanned += 1;
            }
            let start = stop.map_or(range.0, |j| j + 1);
            let bound = if m == Modifier::Agentive {
                Bound::Doer
            } else {
                Bound::Patient
            };
            routed_target(m, folded, toks, range, targets, ordered, (start, i))
                .map(|ti| (ti, dist(&targets[ti]), bound))
        } else {
            None
        };
        let Some((target, distance, bound)) = doer.or(nearest) else {
            continue;
        };
        // words inside the target mention itself ("Syrian regime") count
        // fully, but for the capitalised words of a name: on NewsMTSC train
        // this took macro-F1 0.60257 -> 0.60326 (sentence-initial ones
        // included: without them, no change)
        // (some target holds the word exactly when the nearest one does)
        let name = toks[i].cap && nearest.is_some_and(|n| n.1 == 0);
        let (bound, add) = if name {
            (Bound::Name, 0.0)
        } else {
            (bound, v / (1.0 + distance as f64 / w))
        };
        each(Share {
            token: i,
            value: *v,
            target,
            bound,
            distance,
            add,
        });
    }
}

/// The shares of [`target_scores`], word by word, and each target's
/// coordination group (the first target of its group), for `slant explain`.
pub fn target_shares(
    s: &ScoringLexicons,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
    targets: &[(usize, usize)],
    buf: &mut Vec<f64>,
) -> (Vec<Share>, Vec<usize>) {
    word_valences(s, folded, toks, range, buf);
    let mut shares = Vec::new();
    if targets.is_empty() {
        return (shares, Vec::new());
    }
    bind_words(s, folded, toks, range, targets, buf, |sh| shares.push(sh));
    (shares, coordination_groups(folded, toks, targets))
}

/// How many tokens after a patient word its object may start ("praised
/// Tehran", "condemned the Iranian attack", "accused the US-led coalition").
const PATIENT_REACH: usize = 4;

/// The target a word of modifiers.csv's `agentive` or `patient` kind at
/// token `i` binds to, in its sentence (which starts at token `start`).
/// `ordered`: the targets are in text order and apart, as [`bind_words`]
/// checks.
/// - agentive, the target that does what the word says: after a passive
///   "by" right behind it, the first target there; else the last target
///   that ends before it;
/// - patient, the target it is done to: before a passive "by", the last
///   target that ends before it, at most [`PATIENT_REACH`] tokens before it
///   (its subject, right before the verb group: "the networks, which have
///   been criticized by" names no target); else the first target that
///   starts within [`PATIENT_REACH`] tokens after it with no punctuation
///   between.
fn routed_target(
    m: Modifier,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
    targets: &[(usize, usize)],
    ordered: bool,
    (start, i): (usize, usize),
) -> Option<usize> {
    let passive = passive_by(folded, toks, range, i);
    if m == Modifier::Agentive {
        return passive
            .then(|| first_starting(targets, ordered, (i + 2, i + 5)))
            .flatten()
            .or_else(|| last_ending(targets, ordered, (start, i), usize::MAX));
    }
    if passive {
        return last_ending(targets, ordered, (start, i), PATIENT_REACH);
    }
    let reach = (i + 1 + PATIENT_REACH).min(range.1);
    let open = (i + 1..reach)
        .find(|&k| matches!(toks[k].kind, TokKind::Punct(_)))
        .unwrap_or(reach);
    first_starting(targets, ordered, (i + 1, open))
}

/// Whether "by" follows the word at token `i` inside `range` (a passive).
fn passive_by(folded: &Folded, toks: &[Token], range: (usize, usize), i: usize) -> bool {
    i + 1 < range.1 && toks.get(i + 1).is_some_and(|t| t.norm(folded) == "by")
}

/// The first target starting in `from..to`.
fn first_starting(
    targets: &[(usize, usize)],
    ordered: bool,
    (from, to): (usize, usize),
) -> Option<usize> {
    if ordered {
        let p = targets.partition_point(|t| t.0 < from);
        return targets.get(p).filter(|t| t.0 < to).map(|_| p);
    }
    targets
        .iter()
        .enumerate()
        .filter(|(_, t)| t.0 >= from && t.0 < to)
        .min_by_key(|(_, t)| t.0)
        .map(|(ti, _)| ti)
}

/// The last target ending by token `i` that starts at or after `start` and
/// ends at most `reach` tokens before `i`.
fn last_ending(
    targets: &[(usize, usize)],
    ordered: bool,
    (start, i): (usize, usize),
    reach: usize,
) -> Option<usize> {
    let fits = |t: &(usize, usize)| t.0 >= start && i - t.1 <= reach;
    if ordered {
        // (an earlier one starts earlier and ends farther)
        let p = targets.partition_point(|t| t.1 <= i);
        return p.checked_sub(1).filter(|&ti| fits(&targets[ti]));
    }
    targets
        .iter()
        .enumerate()
        .filter(|(_, t)| t.1 <= i && fits(t))
        .max_by_key(|(_, t)| t.1)
        .map(|(ti, _)| ti)
}

/// For each target, the first target of its coordination: targets joined
/// only by "and", "or" or commas form one group.
fn coordination_groups(folded: &Folded, toks: &[Token], targets: &[(usize, usize)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..targets.len()).collect();
    order.sort_by_key(|&k| targets[k]);
    let mut group: Vec<usize> = (0..targets.len()).collect();
    for pair in order.windows(2) {
        let (a, b) = (targets[pair[0]], targets[pair[1]]);
        let joined = a.1 < b.0
            && b.0 - a.1 <= 2
            && toks[a.1..b.0]
                .iter()
                .any(|t| matches!(t.norm(folded), "and" | "or"))
            && toks[a.1..b.0]
                .iter()
                .all(|t| matches!(t.norm(folded), "and" | "or" | ","));
        if joined {
            group[pair[1]] = group[pair[0]];
        }
    }
    group
}

/// -1, 0 or 1: at or above `positive` is 1, at or below -`negative` is -1.
pub fn polarity(score: f64, positive: f64, negative: f64) -> i8 {
    if score >= positive {
        1
    } else if score <= -negative {
        -1
    } else {
        0
    }
}

/// Fill a claim's hedge and stance columns.
pub fn score_claim(
    lex: &crate::lexicon::Lexicons,
    passage: &crate::text::Passage,
    found: &crate::attribute::Found,
    claim: &mut crate::model::Claim,
    buf: &mut Vec<f64>,
    use_model: bool,
) {
    let s = &lex.scoring;
    if !s.loaded {
        return;
    }
    let (text, folded, toks) = (passage.text, passage.folded, passage.toks);
    let fr = folded_index(folded, claim.span.start)..folded_index(folded, claim.span.end);
    let distancing = (found.cue_kind == Some(crate::lexicon::CueKind::Distancing)
        && found.shares_source_of.is_none())
    .then_some(claim.cue.as_str());
    let d = s.hedge_detail(None, passage, fr, distancing);
    let mut cues: Vec<String> = d.hedges.iter().map(|h| h.term.clone()).collect();
    if let Some(c) = &d.distancing {
        cues.push(c.clone());
    }
    claim.hedge = Some(HedgeScore {
        score: d.score,
        hedged: d.hedged,
        cues,
    });
    claim.stance = Some(valence(s, text, folded, toks, found.toks, buf));
    // topics named in the claim
    if found.toks.0 < found.toks.1 {
        let fr = toks[found.toks.0].fs as usize..toks[found.toks.1 - 1].fe as usize;
        let mut hits = Vec::new();
        s.topics.find(text, folded, fr, &mut hits);
        let mut topics: Vec<String> = hits.iter().map(|h| s.topic_names[h.term].clone()).collect();
        topics.sort();
        topics.dedup();
        claim.topics = topics;
    }
    let mentions = find_targets(s, text, folded, toks, found.toks);
    let ranges: Vec<(usize, usize)> = mentions.iter().map(|m| m.toks).collect();
    // `buf` still holds the claim's word valences from its stance score
    let scores = target_scores_of_valences(s, folded, toks, found.toks, &ranges, &[], buf);
    let claim_valence = claim.stance.as_ref().map_or(0.0, |v| v.score);
    // every mention takes part in binding the words (each word goes to its
    // nearest mention); one of each target's mentions then speaks for it
    let source = claim.mention;
    let deciding = deciding_mentions(&mentions, source);
    claim.targets = mentions
        .into_iter()
        .zip(scores)
        .zip(deciding)
        .filter(|(_, decides)| *decides)
        .map(|((m, sc), _)| {
            let ev = s.evidence(sc, claim_valence);
            let (score, polarity) = decide(s, ev, folded, toks, found.toks, m.toks, use_model);
            crate::model::ClaimTarget {
                target: m.target,
                mention: crate::model::Span::new(m.start, m.end),
                score,
                polarity,
            }
        })
        .collect();
}

/// Which of a claim's target mentions decides its target's stance: one per
/// target, the first outside the claim's source mention, else the first. A
/// source mention ("A Russian envoy told reporters ...") names who speaks;
/// how the claim presents the target is in what is said ("... that Moscow
/// welcomed the ceasefire").
pub fn deciding_mentions(
    mentions: &[TargetMention],
    source: Option<crate::model::Span>,
) -> Vec<bool> {
    let in_source =
        |m: &TargetMention| source.is_some_and(|s| s.start <= m.start && m.end <= s.end);
    let mut deciding = vec![false; mentions.len()];
    for (i, m) in mentions.iter().enumerate() {
        let same = |o: &TargetMention| o.target == m.target;
        if mentions[..i].iter().any(same) {
            continue;
        }
        let pick = (i..mentions.len())
            .find(|&k| same(&mentions[k]) && !in_source(&mentions[k]))
            .unwrap_or(i);
        deciding[pick] = true;
    }
    deciding
}

/// A target's score and polarity from what the rule found (`ev`): the
/// stance model's decision (its P(positive) - P(negative) and most
/// probable class) for the target tokens `target` inside `range` when there
/// is a model and `use_model`, else the rule's score and polarity.
pub fn decide(
    s: &ScoringLexicons,
    ev: crate::learn::Evidence,
    folded: &Folded,
    toks: &[Token],
    range: (usize, usize),
    target: (usize, usize),
    use_model: bool,
) -> (f64, i8) {
    match s.stance_model.as_ref().filter(|_| use_model) {
        None => (ev.score, ev.polarity),
        Some(m) => {
            let p = m.predict_at(ev, folded, toks, range, target);
            (p.score, p.polarity)
        }
    }
}

/// The token range of the byte span `(ts, te)` (at least one token), or
/// `None` when it starts past the last token.
pub fn target_tokens(toks: &[Token], (ts, te): (usize, usize)) -> Option<(usize, usize)> {
    let a = toks
        .iter()
        .position(|t| t.end as usize > ts)
        .unwrap_or(toks.len());
    if a >= toks.len() {
        return None;
    }
    let b = toks
        .iter()
        .position(|t| t.start as usize >= te)
        .unwrap_or(toks.len())
        .max(a + 1)
        .min(toks.len());
    Some((a, b))
}

/// Scores of a free text (the `score` command and the sentence-level evals).
#[derive(Debug, Clone, PartialEq)]
pub struct TextScore {
    pub hedge: HedgeDetail,
    pub valence: StanceScore,
    /// Score and polarity toward the given target span.
    pub target: Option<(f64, i8)>,
    /// The lexicon rule's own score and polarity toward the target (the
    /// same as `target` without a stance model).
    pub target_rule: Option<(f64, i8)>,
}

/// Scores free texts, reusing its buffers.
pub struct Scorer<'a> {
    lex: &'a crate::lexicon::Lexicons,
    folded: Folded,
    seg: crate::segment::Segmented,
    starts: Vec<usize>,
    buf: Vec<f64>,
    /// Fill `TextScore::valence.cues` (off for `slant score`, which does
    /// not print them).
    pub valence_cues: bool,
    /// Let the stance model decide a target's polarity (off to read the
    /// rule's own evidence, as `slant train stance` does).
    pub use_model: bool,
}

impl<'a> Scorer<'a> {
    pub fn new(lex: &'a crate::lexicon::Lexicons) -> Self {
        Scorer {
            lex,
            folded: Folded::default(),
            seg: Default::default(),
            starts: Vec::new(),
            buf: Vec::new(),
            valence_cues: true,
            use_model: true,
        }
    }

    /// The folded words on each side of the target span `(ts, te)` of the
    /// text last scored, nearest first, `window` of each at most: the words
    /// the stance model reads; `None` when the span starts past the last token.
    pub fn window_of(
        &self,
        span: (usize, usize),
        window: usize,
    ) -> Option<(Vec<String>, Vec<String>)> {
        let toks = &self.seg.tokens;
        let target = target_tokens(toks, span)?;
        let (l, r) =
            crate::learn::window_words(&self.folded, toks, (0, toks.len()), target, window);
        Some((
            l.map(str::to_string).collect(),
            r.map(str::to_string).collect(),
        ))
    }

    /// Score `text`; `target` is a byte span of a target mention in it.
    pub fn score(
        &mut self,
        text: &str,
        target: Option<(usize, usize)>,
        profile: Option<&str>,
    ) -> TextScore {
        let lex = self.lex;
        let s = &lex.scoring;
        self.folded.refill(text);
        let whole = [crate::model::Span::new(0, text.len())];
        crate::segment::segment_into(text, &self.folded, &whole, lex, &mut self.seg);
        self.starts.clear();
        self.starts
            .extend(self.seg.sentences.iter().map(|x| x.span.start));
        let toks = &self.seg.tokens;
        // a distancing reporting cue ("Iran alleged that ...") counts as a
        // hedge, as for a claim in a report: attribution says whether a
        // distancing verb is a cue, and runs only when one may be there
        let mut found: Option<Vec<crate::attribute::Found>> = None;
        let passage = crate::text::Passage {
            text,
            folded: &self.folded,
            toks,
            sentence_starts: &self.starts,
        };
        let mut hedge = s.hedge_detail(profile, &passage, 0..self.folded.text.len(), None);
        if is_news(profile) && hedge.may_distance {
            let found = found.insert(crate::attribute::attribute(
                text,
                &self.folded,
                &self.seg,
                lex,
            ));
            let cue = found
                .iter()
                .filter(|f| f.shares_source_of.is_none())
                .filter(|f| f.cue_kind == Some(crate::lexicon::CueKind::Distancing))
                .find_map(|f| f.cue);
            if let Some(c) = cue {
                let span = crate::attribute::span_of(toks, c);
                let cue = crate::attribute::cue_text(&self.folded, span);
                s.add_distancing(&mut hedge, profile, cue);
            }
        }
        let all = (0, toks.len());
        let valence = if self.valence_cues {
            valence(s, text, &self.folded, toks, all, &mut self.buf)
        } else {
            StanceScore {
                score: valence_score(s, &self.folded, toks, all, &mut self.buf),
                cues: Vec::new(),
            }
        };
        let target = target.map(|span| {
            let Some((a, b)) = target_tokens(toks, span) else {
                return ((0.0, 0), (0.0, 0));
            };
            // the one target asked about takes every evaluative word by its
            // distance: other targets named in the text do not compete for
            // them (on NewsMTSC train, competing cost 0.004 macro-F1)
            let ranges = [(a, b)];
            // what the target itself says is not said about it
            let found = found.get_or_insert_with(|| {
                crate::attribute::attribute(text, &self.folded, &self.seg, lex)
            });
            let damp: Vec<((usize, usize), f64)> = found
                .iter()
                .filter(|f| f.mention.is_some_and(|(ms, me)| ms < b && me > a))
                .filter_map(|f| f.content.map(|c| (c, s.settings.speaker_content_weight)))
                .collect();
            let sc =
                target_scores_weighted(s, &self.folded, toks, all, &ranges, &damp, &mut self.buf)
                    [0];
            let ev = s.evidence(sc, valence.score);
            let decided = decide(s, ev, &self.folded, toks, all, (a, b), self.use_model);
            (decided, (ev.score, ev.polarity))
        });
        TextScore {
            hedge,
            valence,
            target: target.map(|(d, _)| d),
            target_rule: target.map(|(_, r)| r),
        }
    }
}

/// A target's byte span in `text` from JSON offsets, when they are valid.
pub fn target_span(text: &str, start: Option<u64>, end: Option<u64>) -> Option<(usize, usize)> {
    let (a, b) = (usize::try_from(start?).ok()?, usize::try_from(end?).ok()?);
    span_in(text, a, b).ok()
}

/// `a..b` as a non-empty span of `text` on character boundaries, or why it
/// is none.
fn span_in(text: &str, a: usize, b: usize) -> Result<(usize, usize), String> {
    if a >= b {
        return Err(format!("the target span {a}..{b} is empty"));
    }
    if b > text.len() {
        return Err(format!(
            "`target_end` {b} is past the end of `text` ({} bytes)",
            text.len()
        ));
    }
    for (name, x) in [("target_start", a), ("target_end", b)] {
        if !text.is_char_boundary(x) {
            return Err(format!(
                "`{name}` {x} is inside a UTF-8 character of `text`"
            ));
        }
    }
    Ok((a, b))
}

/// What [`score_jsonl`] read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScoreCounts {
    /// Lines that were not blank.
    pub lines: usize,
    /// Lines written back with an `error` (not JSON, or no string `text`).
    pub errors: usize,
    /// Lines whose bytes were not all UTF-8, scored with U+FFFD in their place.
    pub replaced: usize,
    /// Lines scored without a target score: their offsets name no span of
    /// `text` (a `target_error` field says why).
    pub target_errors: usize,
}

/// A field of a `slant score` line read whatever its JSON type, so that a
/// wrong type is reported for that field while the line's other fields are
/// kept.
enum Field<'a> {
    Str(std::borrow::Cow<'a, str>),
    /// A non-negative integer.
    Offset(u64),
    /// Anything else, by the name of its type ("a negative number", "an array").
    Other(&'static str),
}

impl<'de: 'a, 'a> serde::Deserialize<'de> for Field<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use std::borrow::Cow;
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for V<'a> {
            type Value = Field<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Field<'a>, E> {
                Ok(Field::Str(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Field<'a>, E> {
                Ok(Field::Str(Cow::Owned(v.to_string())))
            }
            fn visit_string<E>(self, v: String) -> Result<Field<'a>, E> {
                Ok(Field::Str(Cow::Owned(v)))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Field<'a>, E> {
                Ok(Field::Offset(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Field<'a>, E> {
                Ok(u64::try_from(v).map_or(Field::Other("a negative number"), Field::Offset))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Field<'a>, E> {
                Ok(Field::Other("a number with a fraction"))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Field<'a>, E> {
                Ok(Field::Other("a boolean"))
            }
            fn visit_unit<E>(self) -> Result<Field<'a>, E> {
                Ok(Field::Other("null"))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<Field<'a>, A::Error> {
                while a.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(Field::Other("an array"))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<Field<'a>, A::Error> {
                while a
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Field::Other("an object"))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

impl Field<'_> {
    fn kind(&self) -> &'static str {
        match self {
            Field::Str(_) => "a string",
            Field::Offset(_) => "a number",
            Field::Other(k) => k,
        }
    }
}

/// The target span of a `slant score` line: none when neither offset is
/// given, else the span or why the offsets name none.
fn target_of(
    text: &str,
    start: Option<&Field>,
    end: Option<&Field>,
) -> Result<Option<(usize, usize)>, String> {
    let offset = |f: Option<&Field>, name: &str| match f {
        Some(Field::Offset(x)) => {
            usize::try_from(*x).map_err(|_| format!("`{name}` {x} is too large"))
        }
        Some(other) => Err(format!("`{name}` is {}, not a byte offset", other.kind())),
        None => Err(format!("`{name}` is missing")),
    };
    if start.is_none() && end.is_none() {
        return Ok(None);
    }
    let (a, b) = (offset(start, "target_start")?, offset(end, "target_end")?);
    span_in(text, a, b).map(Some)
}

/// What `slant score` reads of a line: text and the target offsets; every
/// other field is copied as written.
#[derive(serde::Deserialize, Default)]
struct Line<'a> {
    #[serde(borrow)]
    text: Option<Field<'a>>,
    #[serde(borrow)]
    target_start: Option<Field<'a>>,
    #[serde(borrow)]
    target_end: Option<Field<'a>>,
    // fields slant adds: present ones are replaced
    hedge_score: Option<serde::de::IgnoredAny>,
    hedged: Option<serde::de::IgnoredAny>,
    hedge_cues: Option<serde::de::IgnoredAny>,
    valence: Option<serde::de::IgnoredAny>,
    target_score: Option<serde::de::IgnoredAny>,
    target_polarity: Option<serde::de::IgnoredAny>,
    target_error: Option<serde::de::IgnoredAny>,
}

/// `line` read by the shortcut of [`crate::flatjson`], when the fields read
/// hold a plain string or offset (or, for the fields slant adds, anything
/// but null) and none is repeated; else `None`, and serde_json reads it, as
/// it would have read this one.
fn fast_line(line: &str) -> Option<Line<'_>> {
    use crate::flatjson::Value;
    let mut l = Line::default();
    crate::flatjson::for_each_field(line, |key, value| {
        let added = match key {
            "text" => return read_once(&mut l.text, value),
            "target_start" => return read_once(&mut l.target_start, value),
            "target_end" => return read_once(&mut l.target_end, value),
            "hedge_score" => &mut l.hedge_score,
            "hedged" => &mut l.hedged,
            "hedge_cues" => &mut l.hedge_cues,
            "valence" => &mut l.valence,
            "target_score" => &mut l.target_score,
            "target_polarity" => &mut l.target_polarity,
            "target_error" => &mut l.target_error,
            _ => return Some(()),
        };
        // a null reads as absent, a repeat is an error: serde's call
        if added.is_some() || value == Value::Null {
            return None;
        }
        *added = Some(serde::de::IgnoredAny);
        Some(())
    })?;
    Some(l)
}

/// A field `slant score` reads, set from a plain string or offset the first
/// time it is met; `None` (serde_json's turn) for a repeat or another kind.
fn read_once<'a>(slot: &mut Option<Field<'a>>, value: crate::flatjson::Value<'a>) -> Option<()> {
    use crate::flatjson::Value;
    if slot.is_some() {
        return None;
    }
    *slot = Some(match value {
        Value::Str(s) => Field::Str(std::borrow::Cow::Borrowed(s)),
        Value::UInt(n) => Field::Offset(n),
        _ => return None,
    });
    Some(())
}

/// Read JSONL lines with `text` (and optional `target_start`, `target_end`)
/// and write each back with the scores added.
pub fn score_jsonl<R: std::io::BufRead, W: std::io::Write>(
    lex: &crate::lexicon::Lexicons,
    profile: Option<&str>,
    input: R,
    mut out: W,
    name: &str,
) -> Result<ScoreCounts, crate::Error> {
    let mut sc = Scorer::new(lex);
    sc.valence_cues = false;
    let (mut n, mut bad, mut lossy_lines, mut target_errors) = (0usize, 0usize, 0usize, 0usize);
    let mut input = input;
    // one line buffer and one output buffer for the whole stream
    let mut raw: Vec<u8> = Vec::new();
    let mut lossy: String;
    let mut extra: Vec<u8> = Vec::new();
    let mut digits = String::new();
    let mut i = 0usize;
    loop {
        raw.clear();
        let read = crate::ingest::read_line_into(&mut input, &mut raw, crate::ingest::MAX_RECORD)
            .map_err(|e| crate::Error::io(name, e))?;
        if read == 0 {
            break;
        }
        i += 1;
        // a line too long to hold is answered by an error line in its place,
        // as a bad line is (and the buffer, grown to the cap, given back)
        let too_long = read > raw.len();
        if too_long {
            raw = Vec::new();
        }
        // a line that is not UTF-8 is scored with U+FFFD in place of its bad
        // bytes, and said so, rather than ending the stream
        let line: &str = match std::str::from_utf8(&raw) {
            Ok(l) => l,
            Err(_) => {
                lossy_lines += 1;
                eprintln!("{name}:{i}: invalid UTF-8 replaced with U+FFFD");
                lossy = String::from_utf8_lossy(&raw).into_owned();
                &lossy
            }
        };
        if line.trim().is_empty() && !too_long {
            continue;
        }
        n += 1;
        // most lines are flat objects the shortcut reads; serde_json reads
        // the others, and says what is wrong with a bad one
        // (serde would also read a struct from a JSON array)
        let object = if too_long {
            Err(crate::ingest::too_long(read))
        } else if let Some(l) = fast_line(line) {
            Ok(l)
        } else if line.trim_start().starts_with('{') {
            serde_json::from_str::<Line>(line).map_err(|e| format!("not JSON: {e}"))
        } else {
            Err(match serde_json::from_str::<serde::de::IgnoredAny>(line) {
                Ok(_) => "not a JSON object".to_string(),
                Err(e) => format!("not JSON: {e}"),
            })
        };
        let parsed: Line = match object {
            Ok(v) => v,
            Err(why) => {
                bad += 1;
                eprintln!("{name}:{i}: {why}");
                writeln!(
                    out,
                    "{}",
                    serde_json::json!({"error": format!("line {i}: {why}")})
                )
                .map_err(|e| crate::Error::io(name, e))?;
                continue;
            }
        };
        let trimmed = line.trim_end();
        let text = match parsed.text {
            Some(Field::Str(t)) => t,
            other => {
                bad += 1;
                let why = match other {
                    None => "no string field `text`".to_string(),
                    Some(f) => format!("`text` is {}, not a string", f.kind()),
                };
                eprintln!("{name}:{i}: {why}");
                let body = trimmed.strip_suffix('}').unwrap_or(trimmed);
                let sep = if body.trim_end().ends_with('{') {
                    ""
                } else {
                    ","
                };
                extra.clear();
                extra.extend_from_slice(body.as_bytes());
                extra.extend_from_slice(sep.as_bytes());
                extra.extend_from_slice(b"\"error\":");
                serde_json::to_writer(&mut extra, &why)
                    .map_err(|e| crate::Error::io(name, e.into()))?;
                extra.extend_from_slice(b"}\n");
                out.write_all(&extra)
                    .map_err(|e| crate::Error::io(name, e))?;
                continue;
            }
        };
        // the text is scored even when its target offsets name no span
        let (target, target_error) = match target_of(
            &text,
            parsed.target_start.as_ref(),
            parsed.target_end.as_ref(),
        ) {
            Ok(t) => (t, None),
            Err(why) => {
                target_errors += 1;
                eprintln!("{name}:{i}: no target score: {why}");
                (None, Some(why))
            }
        };
        let r = sc.score(&text, target, profile);
        // an input field named like one slant adds is replaced, not repeated
        let replaced = parsed.hedge_score.is_some()
            || parsed.hedged.is_some()
            || parsed.hedge_cues.is_some()
            || parsed.valence.is_some()
            || parsed.target_score.is_some()
            || parsed.target_polarity.is_some()
            || parsed.target_error.is_some();
        let own: Option<String> = if replaced {
            without_fields(trimmed, &ADDED_FIELDS)
        } else {
            None
        };
        let trimmed = own.as_deref().unwrap_or(trimmed);
        // `text` is always kept, so a comma always follows the body
        let body = trimmed.strip_suffix('}').unwrap_or(trimmed);
        extra.clear();
        extra.extend_from_slice(body.as_bytes());
        extra.extend_from_slice(b",\"hedge_score\":");
        json_num(r.hedge.score, &mut digits, &mut extra);
        extra.extend_from_slice(if r.hedge.hedged {
            b",\"hedged\":true,\"hedge_cues\":["
        } else {
            b",\"hedged\":false,\"hedge_cues\":["
        });
        // a distancing cue last, as claims.csv lists it
        let cues = r.hedge.hedges.iter().map(|h| h.term.as_str());
        for (k, c) in cues.chain(r.hedge.distancing.as_deref()).enumerate() {
            if k > 0 {
                extra.push(b',');
            }
            serde_json::to_writer(&mut extra, c).map_err(|e| crate::Error::io(name, e.into()))?;
        }
        extra.extend_from_slice(b"],\"valence\":");
        json_num(r.valence.score, &mut digits, &mut extra);
        if let Some((ts, tp)) = r.target {
            extra.extend_from_slice(b",\"target_score\":");
            json_num(ts, &mut digits, &mut extra);
            extra.extend_from_slice(b",\"target_polarity\":");
            extra.extend_from_slice(match tp {
                -1 => b"-1",
                1 => b"1",
                _ => b"0",
            });
        }
        if let Some(why) = &target_error {
            extra.extend_from_slice(b",\"target_error\":");
            serde_json::to_writer(&mut extra, why).map_err(|e| crate::Error::io(name, e.into()))?;
        }
        extra.extend_from_slice(b"}\n");
        out.write_all(&extra)
            .map_err(|e| crate::Error::io(name, e))?;
    }
    Ok(ScoreCounts {
        lines: n,
        errors: bad,
        replaced: lossy_lines,
        target_errors,
    })
}

/// The fields `slant score` adds.
const ADDED_FIELDS: [&str; 7] = [
    "hedge_score",
    "hedged",
    "hedge_cues",
    "valence",
    "target_score",
    "target_polarity",
    "target_error",
];

/// The JSON object `line` without its top-level fields named in `drop`, the
/// others copied as written and in order (keys re-escaped, space between
/// tokens dropped); None if `line` is no JSON object.
fn without_fields(line: &str, drop: &[&str]) -> Option<String> {
    let fields = crate::flatjson::object_members(line).ok()?;
    let mut out = String::with_capacity(line.len());
    out.push('{');
    for (k, raw) in fields.iter().filter(|(k, _)| !drop.contains(&k.as_str())) {
        if out.len() > 1 {
            out.push(',');
        }
        out.push_str(&serde_json::to_string(k).ok()?);
        out.push(':');
        out.push_str(raw.get());
    }
    out.push('}');
    Some(out)
}

/// `x` as a JSON number appended to `out`: four decimals at most, never NaN
/// (written as 0). `digits` is a reused scratch buffer.
fn json_num(x: f64, digits: &mut String, out: &mut Vec<u8>) {
    digits.clear();
    crate::report::num_into(x, digits);
    out.extend_from_slice(if digits.is_empty() {
        b"0"
    } else {
        digits.as_bytes()
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped scoring lexicons with `phrases` added, as loading adds them.
    fn with_phrases(phrases: &[(&str, f64)]) -> ScoringLexicons {
        let mut s = crate::test_lexicons().scoring.clone();
        let mut seen = HashMap::default();
        let mut p = Problems::default();
        for (k, (term, v)) in phrases.iter().enumerate() {
            let line = k as u64 + 1;
            let (first, rest) = phrase_words(term, &mut seen, &mut p, Path::new("test.csv"), line)
                .unwrap_or_else(|| panic!("{term}: {:?}", p.list));
            let origin = Origin {
                file: "test.csv".into(),
                line,
            };
            s.add_phrase(first, rest, term, *v, origin);
        }
        s.index_words();
        s
    }

    /// Phrases found by the plain rule: from the left, at each word the
    /// longest listed phrase whose words follow, never overlapping.
    fn reference_phrases(
        s: &ScoringLexicons,
        folded: &Folded,
        toks: &[Token],
    ) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        let mut j = 0;
        while j < toks.len() {
            let best = s
                .phrases
                .get(toks[j].norm(folded))
                .into_iter()
                .flatten()
                .filter(|ph| {
                    j + 1 + ph.rest.len() <= toks.len()
                        && ph.rest.iter().enumerate().all(|(k, w)| {
                            let t = &toks[j + 1 + k];
                            t.is_word() && t.norm(folded) == w
                        })
                })
                .map(|ph| ph.rest.len())
                .max();
            match best {
                Some(n) if toks[j].is_word() => {
                    found.push((j, j + 1 + n));
                    j += 1 + n;
                }
                _ => j += 1,
            }
        }
        found
    }

    /// What a [`Line`] holds, to compare two readings of one line.
    fn line_summary(l: &Line) -> String {
        let field = |f: &Option<Field>| match f {
            None => "none".to_string(),
            Some(Field::Str(s)) => format!("str {s:?}"),
            Some(Field::Offset(n)) => format!("offset {n}"),
            Some(Field::Other(k)) => format!("other {k}"),
        };
        format!(
            "{} | {} | {} | {:?}",
            field(&l.text),
            field(&l.target_start),
            field(&l.target_end),
            [
                l.hedge_score.is_some(),
                l.hedged.is_some(),
                l.hedge_cues.is_some(),
                l.valence.is_some(),
                l.target_score.is_some(),
                l.target_polarity.is_some(),
                l.target_error.is_some(),
            ]
        )
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(3000))]
        /// A line the shortcut reads, serde_json reads into the same fields.
        #[test]
        fn the_line_shortcut_reads_as_serde_does(
            line in crate::flatjson::tests::line(),
            members in proptest::collection::vec((
                proptest::sample::select(vec!["text", "target_start", "target_end", "hedged", "k"]),
                proptest::sample::select(vec![
                    "\"Iran said.\"", "\"a \\\"b\\\"\"", "0", "12", "-3", "1.5", "true", "null", "[1]", "{}",
                ]),
            ), 1..5),
        ) {
            // syntax of every kind (`line`), and valid objects whose fields
            // repeat, hold nulls or the wrong kind of value (`members`)
            let object = format!(
                "{{{}}}",
                members.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect::<Vec<_>>().join(",")
            );
            for line in [line, object] {
            if let Some(fast) = fast_line(&line) {
                let slow = serde_json::from_str::<Line>(&line);
                proptest::prop_assert!(slow.is_ok(), "serde refuses {:?}", line);
                if let Ok(slow) = slow {
                    proptest::prop_assert_eq!(line_summary(&fast), line_summary(&slow), "{:?}", line);
                }
            }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(300))]
        /// The phrases the valence scan applies are the ones `explain`
        /// reads back (phrase_covering) and the plain rule finds; a phrase
        /// silences its other words, a phrase of valence 0 all of them, and
        /// a phrase that counts is its own stance cue.
        #[test]
        fn phrases_are_read_alike_by_scoring_explain_and_the_rule(
            words in proptest::collection::vec(0usize..14, 1..40)
        ) {
            const VOCAB: [&str; 14] = [
                "health", "care", "plan", "cold", "war", "no", "doubt", "good",
                "not", "very", "bad", "the", ",", "Health",
            ];
            let s = with_phrases(&[
                ("health care", 0.0),
                ("health care plan", 1.0),
                ("care plan", 2.0),
                ("cold war", -1.5),
                ("no doubt", 0.0),
            ]);
            let text = words.iter().map(|&w| VOCAB[w]).collect::<Vec<_>>().join(" ");
            let folded = Folded::new(&text);
            let mut toks = Vec::new();
            crate::text::tokenize(&text, &folded, 0..text.len(), &|_, _| false, &mut toks);
            let range = (0, toks.len());
            let mut buf = Vec::new();
            word_valences(&s, &folded, &toks, range, &mut buf);
            let mut covered = Vec::new();
            for (i, v) in buf.iter().enumerate() {
                if let Some((first, end, ph)) = phrase_covering(&s, &folded, &toks, range, i) {
                    if covered.last() != Some(&(first, end)) {
                        covered.push((first, end));
                    }
                    if i != first || ph.valence == 0.0 {
                        proptest::prop_assert_eq!(*v, 0.0, "token {} of {:?}", i, text);
                    }
                }
            }
            proptest::prop_assert_eq!(&covered, &reference_phrases(&s, &folded, &toks), "{:?}", text);
            let cues = valence(&s, &text, &folded, &toks, range, &mut buf).cues;
            for &(first, end) in &covered {
                if buf[first] != 0.0 {
                    let phrase = &text[toks[first].start as usize..toks[end - 1].end as usize];
                    proptest::prop_assert!(
                        cues.contains(&phrase.to_lowercase()),
                        "{:?} not among the cues {:?} of {:?}", phrase, cues, text
                    );
                }
            }
        }
    }

    fn valence_of(text: &str) -> f64 {
        Scorer::new(crate::test_lexicons())
            .score(text, None, None)
            .valence
            .score
    }

    /// The target score of `text` toward its substring `target`.
    fn toward(text: &str, target: &str) -> f64 {
        let a = text.find(target).expect("target in text");
        // the rule's own score: the stance model reads it
        let mut sc = Scorer::new(crate::test_lexicons());
        sc.use_model = false;
        let r = sc.score(text, Some((a, a + target.len())), None);
        r.target.expect("a target score").0
    }

    /// One mention a target decides: the first outside the source mention,
    /// else the first; every target keeps one.
    #[test]
    fn one_mention_decides_each_target() {
        let m = |target: &str, start: usize| TargetMention {
            target: target.to_string(),
            start,
            end: start + 4,
            toks: (0, 1),
        };
        let mentions = [m("Iran", 4), m("Russia", 20), m("Iran", 40), m("Iran", 60)];
        let source = Some(crate::model::Span::new(0, 10));
        assert_eq!(
            deciding_mentions(&mentions, source),
            [false, true, true, false]
        );
        // no source mention, or every mention inside it: the first
        assert_eq!(
            deciding_mentions(&mentions, None),
            [true, true, false, false]
        );
        let all = Some(crate::model::Span::new(0, 100));
        assert_eq!(
            deciding_mentions(&mentions, all),
            [true, true, false, false]
        );
    }
    #[test]
    fn a_targets_own_name_says_nothing_about_it() {
        // "Winner" and "United" are evaluative words, here parts of names
        assert_eq!(
            toward("Winner wrote that she had met the director.", "Winner"),
            0.0
        );
        assert_eq!(
            toward("The United States said it would respond.", "United States"),
            0.0
        );
        assert_eq!(
            toward("The UNITED STATES said it would respond.", "UNITED STATES"),
            0.0
        );
        // outside the mention the same word still counts ...
        assert!(toward("A winner, Smith said she had met the director.", "Smith") > 0.0);
        // ... and so does a lower-case word inside it
        assert!(toward("The Syrian regime said it would respond.", "Syrian regime") < 0.0);
    }

    #[test]
    fn evaluative_words_inside_names_count_nothing() {
        // "supreme" and "justice" are evaluative words; in these names they say nothing
        assert_eq!(
            valence_of("The case went to the Supreme Court on Monday."),
            0.0
        );
        assert_eq!(
            valence_of("Justice Department lawyers filed the brief."),
            0.0
        );
        assert_eq!(
            valence_of("Lawyers at the Department of Justice filed it."),
            0.0
        );
        // the same words outside a name still count
        assert!(valence_of("The court sought justice for the victims.") > 0.0);
        // a capitalised word alone at a sentence start is no name
        assert!(valence_of("Great news arrived on Monday.") > 0.0);
    }

    #[test]
    fn a_favourable_act_with_a_harmful_object_is_unfavourable() {
        assert!(valence_of("The group announced its support for armed militias.") < 0.0);
        assert!(valence_of("They expanded cooperation on missile production.") < 0.0);
        // the harm word must be the object, in the same clause
        assert!(valence_of("They welcomed the cooperation, and drones were not discussed.") > 0.0);
        // acting against harm stays favourable
        assert!(
            valence_of("They offered help to prevent attacks.")
                > valence_of("They offered help to plan attacks.")
        );
    }

    fn target_scores_of(text: &str, names: &[&str]) -> Vec<f64> {
        let lex = crate::test_lexicons();
        let folded = Folded::new(text);
        let mut seg = crate::segment::Segmented::default();
        let whole = [crate::model::Span::new(0, text.len())];
        crate::segment::segment_into(text, &folded, &whole, lex, &mut seg);
        let toks = &seg.tokens;
        let ranges: Vec<(usize, usize)> = names
            .iter()
            .map(|n| {
                let i = toks
                    .iter()
                    .position(|t| &text[t.start as usize..t.end as usize] == *n)
                    .unwrap_or_else(|| panic!("no token {n}"));
                (i, i + 1)
            })
            .collect();
        let mut buf = Vec::new();
        target_scores(
            &lex.scoring,
            &folded,
            toks,
            (0, toks.len()),
            &ranges,
            &mut buf,
        )
    }

    #[test]
    fn coordinated_targets_share_the_words_bound_to_them() {
        let s = target_scores_of(
            "Officials praised Iran and Russia while Israel watched.",
            &["Iran", "Russia", "Israel"],
        );
        assert!(s[0] > 0.0 && s[1] > 0.0, "{s:?}");
        assert!((s[0] - s[1]).abs() < 1e-12, "{s:?}");
        assert_eq!(s[2], 0.0, "{s:?}");
        // not coordinated: the nearest target alone takes the word
        let s = target_scores_of(
            "Officials praised Iran while Russia watched.",
            &["Iran", "Russia"],
        );
        assert!(s[0] > 0.0 && s[1] == 0.0, "{s:?}");
    }

    #[test]
    fn a_word_that_evaluates_its_doer_or_object_counts_for_that_target() {
        use std::cmp::Ordering::{Equal, Greater, Less};
        // (text, targets, the sign each target's score must have)
        let cases: &[(&str, &[&str], &[std::cmp::Ordering])] = &[
            // "helped" is nearest to Russia, but it is Iran that helps
            (
                "Iran had helped Russia rebuild the port.",
                &["Iran", "Russia"],
                &[Greater, Equal],
            ),
            // passive: the doer follows "by", though another target comes before
            (
                "Israel's truce brokered by Qatar held.",
                &["Israel", "Qatar"],
                &[Equal, Greater],
            ),
            // with no doer named before it, the nearest target takes it
            ("Officials helped Iran.", &["Iran"], &[Greater]),
            // "praised" is as near to Russia, but it is Tehran that is praised
            (
                "Russia praised Tehran for its restraint.",
                &["Russia", "Tehran"],
                &[Equal, Greater],
            ),
            (
                "Iran condemned the Israeli strike.",
                &["Iran", "Israeli"],
                &[Equal, Less],
            ),
            // passive: the one before "was ... by" is the object
            (
                "Tehran was condemned by Russia on Monday.",
                &["Tehran", "Russia"],
                &[Less, Equal],
            ),
            // with no target right after it, the nearest takes it
            ("Iran condemned the attack.", &["Iran"], &[Less]),
        ];
        for (text, targets, want) in cases {
            let s = target_scores_of(text, targets);
            let got: Vec<_> = s
                .iter()
                .map(|v| v.partial_cmp(&0.0).unwrap_or(Equal))
                .collect();
            assert_eq!(&got[..], *want, "{text}: {s:?}");
        }
    }

    #[test]
    fn capitals_and_title_case_keep_their_valence() {
        // all in capitals is emphasis, not a name
        assert!(valence_of("This is GREAT News for the town.") > 0.0);
        // a headline in title case: capitals say nothing about names
        assert!(valence_of("Mayor Wins Great Victory In Close Race") > 0.0);
    }
}
