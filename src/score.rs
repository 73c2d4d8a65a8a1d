//! Hedging and stance scoring. The claim columns exist from the start; the
//! scoring lexicons (`hedges.csv`, `boosters.csv`, `stance.csv` ...) fill them
//! when present. Until they are, the columns stay empty.

use std::path::Path;

use crate::lexicon::{LexiconFile, Problems};

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

/// Compiled scoring lexicons (empty until the scoring lexicons exist).
#[derive(Debug, Clone, Default)]
pub struct ScoringLexicons {
    pub loaded: bool,
}

impl ScoringLexicons {
    /// Settings keys this module owns in `settings.csv`.
    pub fn is_setting(key: &str) -> bool {
        matches!(key, "hedge_threshold")
    }

    pub fn load(_dir: &Path, _p: &mut Problems, _files: &mut Vec<LexiconFile>) -> ScoringLexicons {
        ScoringLexicons::default()
    }
}

/// Fill a claim's hedge and stance columns (no-op without scoring lexicons).
pub fn score_claim(
    _text: &str,
    _folded: &crate::text::Folded,
    lex: &crate::lexicon::Lexicons,
    _found: &crate::attribute::Found,
    _claim: &mut crate::model::Claim,
) {
    if !lex.scoring.loaded {}
}
