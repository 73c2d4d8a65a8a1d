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

/// The calendar date a date field starts with: `YYYY-MM-DD`, `YYYY-MM` or
/// `YYYY` (month 01-12, day 01-31), whatever follows it ("T09:30Z", a
/// time); None when it starts with none ("yesterday", "05/01/2024", "").
pub fn date_prefix(d: &str) -> Option<&str> {
    let d = d.trim_start();
    let b = d.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    let num = |r: std::ops::Range<usize>| {
        b.get(r)
            .map(|x| x.iter().fold(0u32, |n, c| n * 10 + u32::from(c - b'0')))
            .unwrap_or(0)
    };
    // a year not followed by another digit
    if !digits(0..4) || b.get(4).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let month = b.get(4) == Some(&b'-') && digits(5..7) && (1..=12).contains(&num(5..7));
    if !month || b.get(7).is_some_and(u8::is_ascii_digit) {
        return Some(&d[..4]);
    }
    let day = b.get(7) == Some(&b'-') && digits(8..10) && (1..=31).contains(&num(8..10));
    if !day || b.get(10).is_some_and(u8::is_ascii_digit) {
        return Some(&d[..7]);
    }
    Some(&d[..10])
}

/// Whether a date prefix lies before (-1), within (0) or after (1) a bound,
/// compared at the precision of the shorter ("2024" is within "2024-06").
pub fn date_cmp(date: &str, bound: &str) -> std::cmp::Ordering {
    let n = date.len().min(bound.len());
    date.as_bytes()[..n].cmp(&bound.as_bytes()[..n])
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_from_their_iso_prefix() {
        for (d, want) in [
            ("2024-03-05", Some("2024-03-05")),
            ("2024-03-05T09:30:00Z", Some("2024-03-05")),
            (" 2024-03-05 10:00", Some("2024-03-05")),
            ("2024-03", Some("2024-03")),
            ("2024", Some("2024")),
            ("2024-13-01", Some("2024")),
            ("2024-02-32", Some("2024-02")),
            ("20240305", None),
            ("yesterday", None),
            ("05/03/2024", None),
            ("", None),
            ("202", None),
        ] {
            assert_eq!(date_prefix(d), want, "{d:?}");
        }
    }

    #[test]
    fn dates_compare_at_the_shorter_precision() {
        use std::cmp::Ordering::*;
        assert_eq!(date_cmp("2024-03-05", "2024-03"), Equal);
        assert_eq!(date_cmp("2024", "2024-06-01"), Equal);
        assert_eq!(date_cmp("2024-02-28", "2024-03"), Less);
        assert_eq!(date_cmp("2025", "2024-12-31"), Greater);
    }
}
