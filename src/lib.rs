//! slant: source attribution and bias analysis for news text.
//!
//! The pipeline is `ingest → clean → segment → attribute → label → score →
//! report`; each stage is a module with a small public surface and each is a
//! pure function of its input and the compiled [`lexicon::Lexicons`].
//! [`Analyzer`] runs the per-article stages with reusable buffers.
//!
//! Spans are UTF-8 byte offsets into the article's `text`, end exclusive.

// no unwrap() or expect() outside tests: data-dependent failures are errors
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod aggregate;
pub mod attribute;
pub mod clean;
pub mod diff;
pub mod error;
pub mod eval;
pub mod explain;
pub mod export;
mod flatjson;
pub mod ingest;
pub mod label;
pub mod learn;
pub mod lexicon;
pub mod model;
pub mod report;
pub mod score;
pub mod segment;
pub mod stats;
pub mod text;

use lexicon::Lexicons;
use model::{Analysis, Article, Claim, Source};
use segment::Segmented;
use text::Folded;

pub use error::Error;

/// Runs the per-article stages, reusing its buffers from one article to the next.
pub struct Analyzer<'a> {
    lex: &'a Lexicons,
    folded: Folded,
    seg: Segmented,
    starts: Vec<usize>,
    valences: Vec<f64>,
    /// Let the stance model decide target polarities (off: the lexicon
    /// rule's own, as `eval gold` reports beside the model's).
    pub use_model: bool,
}

impl<'a> Analyzer<'a> {
    pub fn new(lex: &'a Lexicons) -> Self {
        Analyzer {
            lex,
            folded: Folded::default(),
            seg: Segmented::default(),
            starts: Vec::new(),
            valences: Vec::new(),
            use_model: true,
        }
    }

    /// Analyse one article: clean, segment, attribute, label, score.
    pub fn analyze(&mut self, article: Article) -> Analysis {
        let lex = self.lex;
        self.folded.refill(&article.text);
        lex.scan(&mut self.folded);
        let cleaned = clean::clean(&article.text, &self.folded, lex);
        segment::segment_into(
            &article.text,
            &self.folded,
            &cleaned.paragraphs,
            lex,
            &mut self.seg,
        );
        let found = attribute::attribute(&article.text, &self.folded, &self.seg, lex);
        let sources = label::label(&article, &self.folded, &self.seg, &found, lex);
        let toks = &self.seg.tokens;
        self.starts.clear();
        self.starts
            .extend(self.seg.sentences.iter().map(|s| s.span.start));
        let mut claims: Vec<Claim> = Vec::with_capacity(found.len());
        for (f, src) in found.iter().zip(sources) {
            // a quotation continuation shows the cue and mention of the claim it continues
            let lead = f.shares_source_of.and_then(|g| found.get(g)).unwrap_or(f);
            let cue_span = lead.cue.map(|c| attribute::span_of(toks, c));
            let cue = cue_span
                .map(|s| attribute::cue_text(&self.folded, s))
                .unwrap_or_default();
            let source = if f.attribution == model::Attribution::Unattributed {
                Source::unattributed()
            } else {
                src
            };
            let mut c = Claim {
                sentence_index: f.sentence,
                span: attribute::span_of(toks, f.toks),
                attribution: f.attribution,
                cue,
                cue_span,
                mention: lead.mention.map(|m| attribute::span_of(toks, m)),
                content: f.content.map(|m| attribute::span_of(toks, m)),
                source,
                attribution_rule: f.rule,
                hedge: None,
                stance: None,
                targets: Vec::new(),
                topics: Vec::new(),
                also: f
                    .also
                    .iter()
                    .map(|r| r.map(|x| attribute::span_of(toks, x)))
                    .collect(),
            };
            let passage = text::Passage {
                text: &article.text,
                folded: &self.folded,
                toks,
                sentence_starts: &self.starts,
            };
            score::score_claim(lex, &passage, f, &mut c, &mut self.valences, self.use_model);
            claims.push(c);
        }
        Analysis {
            sentences: self.seg.sentences.clone(),
            claims,
            removed: cleaned.removed,
            article,
        }
    }
}

/// Analyse one article with fresh buffers.
pub fn analyze(article: Article, lex: &Lexicons) -> Analysis {
    Analyzer::new(lex).analyze(article)
}

/// The lexicon folder to use when none is given: `./lexicons` if it exists,
/// else the one shipped in the source tree.
pub fn default_lexicon_dir() -> std::path::PathBuf {
    let local = std::path::PathBuf::from("lexicons");
    if local.join("outlets.csv").exists() {
        local
    } else {
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("lexicons")
    }
}

/// The shipped lexicons, loaded once for unit tests.
#[cfg(test)]
pub(crate) fn test_lexicons() -> &'static Lexicons {
    static LEX: std::sync::OnceLock<Lexicons> = std::sync::OnceLock::new();
    LEX.get_or_init(|| {
        Lexicons::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons"))
            .unwrap_or_else(|e| panic!("shipped lexicons do not load:\n{e}"))
    })
}

/// `text` analysed as an article with the shipped lexicons, for unit tests.
#[cfg(test)]
pub(crate) fn test_analysis(text: &str) -> model::Analysis {
    analyze(
        model::Article {
            id: "t".into(),
            text: text.into(),
            ..Default::default()
        },
        test_lexicons(),
    )
}
