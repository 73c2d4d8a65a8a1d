//! Domain types shared by the pipeline stages.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A byte span `start..end` into an article's text (end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn overlap(&self, other: &Span) -> usize {
        self.end
            .min(other.end)
            .saturating_sub(self.start.max(other.start))
    }
}

/// One news article as read from the input.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub outlet: String,
    pub date: String,
    pub title: String,
    pub url: String,
    /// The body. All offsets point into it.
    pub text: String,
    /// Where it came from: `file` or `file:line`.
    #[serde(skip)]
    pub origin: String,
}

/// A sentence: its span and its token range in the article's token list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: (usize, usize),
    /// Paragraph number (0-based) among the kept paragraphs.
    pub paragraph: usize,
}

/// How a claim is attributed (see the gold FORMAT).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attribution {
    Direct,
    Indirect,
    AccordingTo,
    Unattributed,
}

impl Attribution {
    pub fn as_str(self) -> &'static str {
        match self {
            Attribution::Direct => "direct",
            Attribution::Indirect => "indirect",
            Attribution::AccordingTo => "according_to",
            Attribution::Unattributed => "unattributed",
        }
    }
    pub const ALL: [Attribution; 4] = [
        Attribution::Direct,
        Attribution::Indirect,
        Attribution::AccordingTo,
        Attribution::Unattributed,
    ];
}

impl fmt::Display for Attribution {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of thing a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Outlet,
    Government,
    Organization,
    Person,
    Unnamed,
    Unattributed,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Outlet => "outlet",
            SourceKind::Government => "government",
            SourceKind::Organization => "organization",
            SourceKind::Person => "person",
            SourceKind::Unnamed => "unnamed",
            SourceKind::Unattributed => "unattributed",
        }
    }
    pub fn parse(s: &str) -> Option<SourceKind> {
        Some(match s {
            "outlet" => SourceKind::Outlet,
            "government" => SourceKind::Government,
            "organization" => SourceKind::Organization,
            "person" => SourceKind::Person,
            "unnamed" => SourceKind::Unnamed,
            "unattributed" => SourceKind::Unattributed,
            _ => return None,
        })
    }
}

/// The primary category of an outlet (OUTLETS.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    StateMedia,
    ProIran,
    GulfMedia,
    WireService,
    IsraeliMedia,
    WesternMedia,
    OtherMedia,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::StateMedia,
        Category::ProIran,
        Category::GulfMedia,
        Category::WireService,
        Category::IsraeliMedia,
        Category::WesternMedia,
        Category::OtherMedia,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Category::StateMedia => "state media",
            Category::ProIran => "pro-Iran",
            Category::GulfMedia => "Gulf media",
            Category::WireService => "wire service",
            Category::IsraeliMedia => "Israeli media",
            Category::WesternMedia => "Western media",
            Category::OtherMedia => "other media",
        }
    }
    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// Whom a claim is attributed to, after labelling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Canonical name (`TASS`, `Iran`, `unnamed`); empty when unattributed.
    pub name: String,
    pub kind: SourceKind,
    /// Outlet category for outlets.
    pub category: Option<Category>,
    pub country: String,
    /// The rule that decided (`registry:TASS`, `coref:the report->Al-Ain`).
    pub rule: String,
}

impl Source {
    pub fn unattributed() -> Source {
        Source {
            name: String::new(),
            kind: SourceKind::Unattributed,
            category: None,
            country: String::new(),
            rule: String::new(),
        }
    }
    /// The category column: the outlet category, or the kind for non-outlets.
    pub fn category_label(&self) -> &'static str {
        match (self.kind, self.category) {
            (SourceKind::Outlet, Some(c)) => c.as_str(),
            (SourceKind::Outlet, None) => Category::OtherMedia.as_str(),
            (k, _) => k.as_str(),
        }
    }
}

/// One reported proposition and its attribution.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub sentence_index: usize,
    pub span: Span,
    pub attribution: Attribution,
    /// The reporting cue as folded text (`said`, `according to`).
    pub cue: String,
    pub cue_span: Option<Span>,
    pub mention: Option<Span>,
    pub content: Option<Span>,
    pub source: Source,
    /// How the attribution was found (`verb`, `tail`, `according_to`, `quote-continuation` ...).
    pub attribution_rule: &'static str,
    pub hedge: Option<crate::score::HedgeScore>,
    pub stance: Option<crate::score::StanceScore>,
    /// Stance toward each target named in the claim.
    pub targets: Vec<ClaimTarget>,
    /// Further attributions inside this claim ("X said A, adding B", "..., according to Z").
    pub also: Vec<Relation<Span>>,
    /// Topics named in the claim (`topics.csv`), sorted.
    pub topics: Vec<String>,
}

/// Stance toward one target named in a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimTarget {
    pub target: String,
    pub mention: Span,
    pub score: f64,
    pub polarity: i8,
}

impl Claim {
    /// The `rule` column: attribution rule and labelling rule.
    pub fn rule(&self) -> String {
        if self.source.rule.is_empty() {
            self.attribution_rule.to_string()
        } else {
            format!("{};{}", self.attribution_rule, self.source.rule)
        }
    }
}

/// A fully analysed article.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub article: Article,
    pub sentences: Vec<Sentence>,
    pub claims: Vec<Claim>,
    /// Spans removed by cleaning, with the reason.
    pub removed: Vec<(Span, &'static str)>,
}

/// A further attribution inside a claim: its cue, its content and whose it is.
/// `S` is a byte [`Span`] in a [`Claim`], a token range during attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Relation<S> {
    pub cue: S,
    pub content: S,
    /// `None`: the claim's own source ("X said A, adding B"); `Some`: a mention of
    /// its own ("X replied, according to Z").
    pub mention: Option<S>,
}

impl<S: Copy> Relation<S> {
    /// The same relation with its ranges mapped (token ranges to byte spans).
    pub fn map<T>(&self, f: impl Fn(S) -> T) -> Relation<T> {
        Relation {
            cue: f(self.cue),
            content: f(self.content),
            mention: self.mention.map(f),
        }
    }
}
