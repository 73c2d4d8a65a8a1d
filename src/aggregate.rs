//! Aggregate: the comparison reports, from claim rows.
//!
//! Everything is kept as mergeable counts and [`Summary`] values keyed by
//! group, source, category, topic and target, so memory depends on how many
//! distinct keys there are, not on how many claims. The same aggregator
//! serves `slant report` (fed as articles are analysed) and `slant
//! aggregate` (fed from `slant analyze` output).

use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};

use crate::lexicon::{Descriptor, Entity, Lexicons};
use crate::report::num;
use crate::stats::{
    bh_qvalues, chi_squared, cohens_d, rank_tests, sorted_hist, welch, wilson95, Moments, Sample,
    Summary, Test,
};

/// What the comparison groups are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    Publisher,
    /// The publisher's outlet category (state media, Gulf media ...).
    Category,
    /// The publisher's country.
    Country,
    /// The article's month (YYYY-MM).
    Month,
}

impl GroupBy {
    pub fn parse(s: &str) -> Option<GroupBy> {
        Some(match s {
            "publisher" => GroupBy::Publisher,
            "category" => GroupBy::Category,
            "country" => GroupBy::Country,
            "date:month" | "month" => GroupBy::Month,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Publisher => "publisher",
            GroupBy::Category => "publisher category",
            GroupBy::Country => "publisher country",
            GroupBy::Month => "month",
        }
    }
}

/// Report options.
#[derive(Debug, Clone)]
pub struct Options {
    pub group_by: GroupBy,
    /// Rows with fewer observations are kept but flagged `below_min_n`.
    pub min_n: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            group_by: GroupBy::Publisher,
            min_n: 10,
        }
    }
}

/// A finished report table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub name: &'static str,
    pub columns: Vec<&'static str>,
    /// Which columns hold numbers (not neutralised, written as numbers in xlsx).
    pub numeric: Vec<bool>,
    pub rows: Rows,
}

/// What [`Aggregator::into_tables`] hands over, in order: a whole table,
/// or a table too large to hold whole given in runs of rows (`Begin` with
/// its columns and no rows, then its rows in order, then `End`).
#[derive(Debug)]
pub enum Emit {
    Whole(Table),
    Begin(Table),
    Rows(Rows),
    End,
}

/// The rows of a report table, stored compactly: the cells of a row one
/// after another, split by a byte no UTF-8 text holds, in chunks of about
/// a megabyte, instead of one allocation per cell (the publisher-pair table
/// alone has some 110,000 rows of 17 cells). Chunks never move once
/// filled, so a large table never needs twice its size to grow.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rows {
    chunks: Vec<Vec<u8>>,
    rows: Vec<RowAt>,
}

/// Where a row lies: its chunk, its byte range there, its number of cells.
#[derive(Debug, Clone, Copy, PartialEq)]
struct RowAt {
    chunk: usize,
    start: usize,
    end: usize,
    cells: usize,
}

/// Splits cells; never part of UTF-8.
const SEP: u8 = 0xFF;
/// A chunk is full past this many bytes (a longer row gets one of its own).
const CHUNK: usize = 1 << 20;

/// One row of [`Rows`].
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    /// The cells, separated by [`SEP`].
    bytes: &'a [u8],
    cells: usize,
}

impl Rows {
    pub fn push<S: AsRef<str>>(&mut self, row: impl IntoIterator<Item = S>) {
        if self.chunks.last().is_none_or(|c| c.len() >= CHUNK) {
            self.chunks.push(Vec::with_capacity(CHUNK));
        }
        let chunk = self.chunks.len() - 1;
        let buf = &mut self.chunks[chunk];
        let start = buf.len();
        let mut cells = 0;
        for c in row {
            if cells > 0 {
                buf.push(SEP);
            }
            buf.extend_from_slice(c.as_ref().as_bytes());
            cells += 1;
        }
        self.rows.push(RowAt {
            chunk,
            start,
            end: buf.len(),
            cells,
        });
    }

    /// Move `other`'s rows after these.
    pub fn append(&mut self, other: Rows) {
        let base = self.chunks.len();
        self.rows.extend(other.rows.into_iter().map(|r| RowAt {
            chunk: r.chunk + base,
            ..r
        }));
        self.chunks.extend(other.chunks);
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn get(&self, r: usize) -> Option<Row<'_>> {
        let at = self.rows.get(r)?;
        Some(Row {
            bytes: self.chunks.get(at.chunk)?.get(at.start..at.end)?,
            cells: at.cells,
        })
    }

    pub fn iter(&self) -> impl Iterator<Item = Row<'_>> + '_ {
        (0..self.len()).filter_map(|r| self.get(r))
    }
}

impl<S: AsRef<str>> FromIterator<Vec<S>> for Rows {
    fn from_iter<I: IntoIterator<Item = Vec<S>>>(iter: I) -> Rows {
        let mut rows = Rows::default();
        for r in iter {
            rows.push(r);
        }
        rows
    }
}

impl<'a> Row<'a> {
    pub fn len(&self) -> usize {
        self.cells
    }

    pub fn is_empty(&self) -> bool {
        self.cells == 0
    }

    pub fn get(&self, i: usize) -> Option<&'a str> {
        if i >= self.cells {
            return None;
        }
        self.cells().nth(i)
    }

    pub fn cells(&self) -> impl Iterator<Item = &'a str> + 'a {
        self.cell_bytes()
            .map(|c| std::str::from_utf8(c).unwrap_or(""))
    }

    /// The cells' bytes, each the UTF-8 of a `&str` pushed (for writers,
    /// which need not check that again).
    pub fn cell_bytes(&self) -> impl Iterator<Item = &'a [u8]> + 'a {
        self.bytes.split(|b| *b == SEP).take(self.cells)
    }

    pub fn to_vec(&self) -> Vec<String> {
        self.cells().map(str::to_string).collect()
    }
}

#[derive(Debug, Clone, Default)]
struct Group {
    claims: u64,
    hedge: Summary,
    stance: Summary,
    by_category: BTreeMap<String, Cell>,
    by_topic: BTreeMap<String, Cell>,
}

/// Claims of one cell of a table, with their hedge and stance samples:
/// [`Moments`] where only means and intervals are reported, [`Summary`]
/// (with the histogram) where a rank test compares cells.
#[derive(Debug, Clone, Default)]
struct Cell<S = Moments> {
    n: u64,
    hedge: S,
    stance: S,
}

impl<S: Sample> Cell<S> {
    fn add(&mut self, hedge: Option<f64>, stance: Option<f64>) {
        self.n += 1;
        if let Some(h) = hedge {
            self.hedge.add(h);
        }
        if let Some(s) = stance {
            self.stance.add(s);
        }
    }
}

#[derive(Debug, Clone, Default)]
struct SourceAgg {
    claims: u64,
    /// Distinct articles: claims arrive article by article, so a source
    /// counts an article when it first meets it (no set of ids that would
    /// grow with the corpus).
    articles: u64,
    last_article: u64,
    /// Ids of the publishers citing the source (`Aggregator::publisher_names`), sorted.
    publishers: Vec<u32>,
    hedge: Moments,
    stance: Moments,
}

#[derive(Debug, Clone, Default)]
struct Unknown {
    count: u64,
    /// The first claim naming it, cut to 300 characters.
    example: Box<str>,
}

/// A comparison's test (statistic, df, p) and effect size, kept between
/// the walk that collects the p-values and the one that writes the rows.
type Tested = (Option<Test>, Option<f64>);

/// One pair compared in compare.csv, by index into [`Pairs`].
#[derive(Debug, Clone, Copy)]
enum Pair {
    Groups(usize, usize),
    Categories(usize, usize),
}

/// What the comparisons of compare.csv read, gathered once.
struct Pairs<'a> {
    /// "publisher pair" (or the group-by's name).
    label: String,
    groups: Vec<(&'a String, &'a Group)>,
    /// Every category met in any group: the columns of the sourcing-mix tables.
    group_cats: Vec<&'a String>,
    cats: Vec<(&'a String, &'a Cell<Summary>)>,
    /// Sorted hedge and stance histograms of each group and category.
    group_hists: Vec<[Vec<(i64, u64)>; 2]>,
    cat_hists: Vec<[Vec<(i64, u64)>; 2]>,
    list: Vec<Pair>,
}

/// One row of compare.csv before it is written.
#[derive(Clone, Copy)]
struct Comparison<'a> {
    comparison: &'a str,
    a: &'a str,
    b: &'a str,
    metric: &'a str,
    n: (u64, u64),
    means: Option<(f64, f64)>,
    test_name: &'static str,
    /// The test's statistic, df (NaN: none) and p-value.
    test: Option<Test>,
    effect_name: &'static str,
    effect: Option<f64>,
    small: bool,
}

/// The per-article row being built.
#[derive(Debug, Clone, Default)]
struct ArticleRow {
    id: String,
    publisher: String,
    date: String,
    title: String,
    claims: u64,
    /// Only looked up (never listed): hashed.
    by_attribution: FxHashMap<String, u64>,
    by_category: FxHashMap<String, u64>,
    hedge: Moments,
    stance: Moments,
    hedged: u64,
}

/// The value at `k`, inserted with its default when absent; the key is
/// copied only then.
fn bump<'m, V: Default, M: StrMap<V>>(m: &'m mut M, k: &str) -> &'m mut V {
    if !m.has(k) {
        m.put(k.to_string(), V::default());
    }
    match m.at(k) {
        Some(v) => v,
        None => unreachable!("inserted above"),
    }
}

/// The maps [`bump`] counts in: ordered ones, and a hashed one where many
/// keys make a tree's string comparisons costly (the sources).
trait StrMap<V> {
    fn has(&self, k: &str) -> bool;
    fn put(&mut self, k: String, v: V);
    fn at(&mut self, k: &str) -> Option<&mut V>;
}

/// Both kinds of map answer with their own methods of the same names.
macro_rules! str_map {
    ($($map:ident),*) => {$(
        impl<V> StrMap<V> for $map<String, V> {
            fn has(&self, k: &str) -> bool {
                self.contains_key(k)
            }
            fn put(&mut self, k: String, v: V) {
                self.insert(k, v);
            }
            fn at(&mut self, k: &str) -> Option<&mut V> {
                self.get_mut(k)
            }
        }
    )*};
}
str_map!(BTreeMap, FxHashMap);

/// Source categories in a fixed column order for articles.csv.
pub const CATEGORY_COLUMNS: [&str; 12] = [
    "state media",
    "pro-Iran",
    "Gulf media",
    "wire service",
    "Israeli media",
    "Western media",
    "other media",
    "government",
    "organization",
    "person",
    "unnamed",
    "unattributed",
];

/// Columns of articles.csv.
pub fn article_columns() -> Vec<String> {
    let mut c: Vec<String> = [
        "article_id",
        "publisher",
        "date",
        "title",
        "claims",
        "attributed",
        "direct",
        "indirect",
        "according_to",
        "unattributed",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    c.extend(
        CATEGORY_COLUMNS
            .iter()
            .map(|k| format!("source_{}", k.replace([' ', '-'], "_").to_lowercase())),
    );
    c.extend(
        ["mean_hedge", "hedged_share", "mean_stance"]
            .iter()
            .map(|s| s.to_string()),
    );
    c
}

/// Collects claims into the comparison reports.
pub struct Aggregator<'l> {
    lex: &'l Lexicons,
    opts: Options,
    groups: BTreeMap<String, Group>,
    /// Hedge and stance by source category over all claims.
    categories: BTreeMap<String, Cell<Summary>>,
    /// By "source\0kind\0category" (hashed: sorted when written).
    sources: FxHashMap<String, SourceAgg>,
    source_key: String,
    /// (target, dimension, value) → stance
    targets: BTreeMap<(String, &'static str, String), Moments>,
    unknown: BTreeMap<String, Unknown>,
    article: Option<ArticleRow>,
    /// Sequence number of the current article (1-based).
    article_seq: u64,
    publisher_info: BTreeMap<String, (String, String)>,
    /// Publishers by id, for the per-source lists (an id is 4 bytes a
    /// source, a name many times that).
    publisher_names: Vec<String>,
    publisher_ids: rustc_hash::FxHashMap<String, u32>,
}

impl<'l> Aggregator<'l> {
    pub fn new(lex: &'l Lexicons, opts: Options) -> Self {
        Aggregator {
            lex,
            opts,
            groups: BTreeMap::new(),
            categories: BTreeMap::new(),
            sources: Default::default(),
            source_key: String::new(),
            targets: BTreeMap::new(),
            unknown: BTreeMap::new(),
            article: None,
            article_seq: 0,
            publisher_info: BTreeMap::new(),
            publisher_names: Vec::new(),
            publisher_ids: Default::default(),
        }
    }

    /// The publisher's (category, country) from the outlet lexicon.
    fn publisher(&mut self, name: &str) -> (String, String) {
        if let Some(x) = self.publisher_info.get(name) {
            return x.clone();
        }
        let f = crate::text::Folded::new(name);
        let mut hits = Vec::new();
        self.lex.entities.find(name, &f, 0..f.text.len(), &mut hits);
        let info = hits
            .iter()
            .find_map(|h| match self.lex.entity_of[h.term] {
                Entity::Outlet(i) => Some((
                    self.lex.outlets[i].category.as_str().to_string(),
                    self.lex.outlets[i].country.clone(),
                )),
                _ => None,
            })
            .unwrap_or_else(|| ("unknown".into(), "unknown".into()));
        self.publisher_info.insert(name.to_string(), info.clone());
        info
    }

    fn group_key(&mut self, publisher: &str, date: &str) -> String {
        match self.opts.group_by {
            GroupBy::Publisher => {
                if publisher.is_empty() {
                    "(no publisher)".into()
                } else {
                    publisher.to_string()
                }
            }
            GroupBy::Category => self.publisher(publisher).0,
            GroupBy::Country => self.publisher(publisher).1,
            // the month of a YYYY-MM(-DD) date; "unknown" for any other
            GroupBy::Month => crate::model::date_prefix(date)
                .and_then(|d| d.get(..7))
                .unwrap_or("unknown")
                .to_string(),
        }
    }

    /// Start an article; returns the finished row of the previous one.
    pub fn begin_article(
        &mut self,
        id: &str,
        publisher: &str,
        date: &str,
        title: &str,
    ) -> Option<Vec<String>> {
        let prev = self.end_article();
        self.article_seq += 1;
        self.article = Some(ArticleRow {
            id: id.into(),
            publisher: publisher.into(),
            date: date.into(),
            title: title.into(),
            ..Default::default()
        });
        prev
    }

    /// Finish the current article; its articles.csv row.
    pub fn end_article(&mut self) -> Option<Vec<String>> {
        let a = self.article.take()?;
        let attributed = a.claims - a.by_attribution.get("unattributed").copied().unwrap_or(0);
        let mut row = vec![
            a.id,
            a.publisher,
            a.date,
            a.title,
            a.claims.to_string(),
            attributed.to_string(),
        ];
        for k in ["direct", "indirect", "according_to", "unattributed"] {
            row.push(a.by_attribution.get(k).copied().unwrap_or(0).to_string());
        }
        for k in CATEGORY_COLUMNS {
            row.push(a.by_category.get(k).copied().unwrap_or(0).to_string());
        }
        row.push(num(a.hedge.mean()));
        row.push(if a.hedge.n > 0 {
            num(a.hedged as f64 / a.hedge.n as f64)
        } else {
            String::new()
        });
        row.push(num(a.stance.mean()));
        Some(row)
    }

    /// Add a claims.csv row (columns as [`crate::report::CLAIM_COLUMNS`]).
    pub fn claim(&mut self, row: &crate::report::Row) {
        let get = |i: usize| row.cell(i);
        let (article_id, publisher, date) = (get(1), get(2), get(3));
        let (source, kind, category, attribution) = (get(8), get(12), get(13), get(14));
        let hedge: Option<f64> = get(20).parse().ok();
        let hedged = get(21) == "true";
        let stance: Option<f64> = get(23).parse().ok();
        let rule = get(25);
        let topics: Vec<&str> = get(26).split('|').filter(|t| !t.is_empty()).collect();
        if self.article.as_ref().is_none_or(|a| a.id != article_id) {
            // claims arrive article by article; a new id starts a new article row
            let _ = self.begin_article(article_id, publisher, date, "");
        }
        if let Some(a) = self.article.as_mut() {
            a.claims += 1;
            *bump(&mut a.by_attribution, attribution) += 1;
            *bump(&mut a.by_category, category) += 1;
            if let Some(h) = hedge {
                a.hedge.add(h);
                a.hedged += hedged as u64;
            }
            if let Some(s) = stance {
                a.stance.add(s);
            }
        }
        let key = self.group_key(publisher, date);
        let g = bump(&mut self.groups, &key);
        g.claims += 1;
        if let Some(h) = hedge {
            g.hedge.add(h);
        }
        if let Some(s) = stance {
            g.stance.add(s);
        }
        bump(&mut g.by_category, category).add(hedge, stance);
        for t in &topics {
            bump(&mut g.by_topic, t).add(hedge, stance);
        }
        if attribution != "unattributed" {
            bump(&mut self.categories, category).add(hedge, stance);
            // one key "source\0kind\0category": it sorts as the triple does
            // (no mention holds a NUL), and is looked up without allocating
            let mut key = std::mem::take(&mut self.source_key);
            key.clear();
            for (i, part) in [source, kind, category].iter().enumerate() {
                if i > 0 {
                    key.push('\0');
                }
                key.push_str(part);
            }
            let s = bump(&mut self.sources, &key);
            self.source_key = key;
            s.claims += 1;
            if s.last_article != self.article_seq {
                s.last_article = self.article_seq;
                s.articles += 1;
            }
            let id = match self.publisher_ids.get(publisher) {
                Some(&id) => id,
                None => {
                    let id = self.publisher_names.len() as u32;
                    self.publisher_names.push(publisher.to_string());
                    self.publisher_ids.insert(publisher.to_string(), id);
                    id
                }
            };
            if let Err(k) = s.publishers.binary_search(&id) {
                s.publishers.insert(k, id);
            }
            if let Some(h) = hedge {
                s.hedge.add(h);
            }
            if let Some(v) = stance {
                s.stance.add(v);
            }
        }
        let last_rule = rule.rsplit(';').next().unwrap_or("");
        if last_rule.starts_with("unknown:") && last_rule != "unknown:surname" {
            let mention = get(9).to_string();
            if !mention.is_empty() {
                let u = self.unknown.entry(mention).or_default();
                u.count += 1;
                if u.example.is_empty() {
                    u.example = get(7).chars().take(300).collect();
                }
            }
        }
    }

    /// Add a claim_targets.csv row of a claim with this publisher, date and source category.
    pub fn target(
        &mut self,
        row: &crate::report::Row,
        publisher: &str,
        date: &str,
        category: &str,
    ) {
        let Ok(score) = row.cell(6).parse::<f64>() else {
            return;
        };
        let target = row.cell(2).to_string();
        let group = self.group_key(publisher, date);
        self.targets
            .entry((target.clone(), "all", "all".into()))
            .or_default()
            .add(score);
        self.targets
            .entry((target.clone(), "group", group))
            .or_default()
            .add(score);
        self.targets
            .entry((target, "source category", category.to_string()))
            .or_default()
            .add(score);
    }

    /// A category suggested by the descriptors in a mention no rule could label.
    fn suggest(&self, mention: &str) -> String {
        let f = crate::text::Folded::new(mention);
        let mut hits = Vec::new();
        self.lex
            .descriptors
            .find(mention, &f, 0..f.text.len(), &mut hits);
        let mut country = None;
        let mut ents = Vec::new();
        self.lex
            .entities
            .find(mention, &f, 0..f.text.len(), &mut ents);
        for h in &ents {
            if let Entity::Country(i) = self.lex.entity_of[h.term] {
                country = Some(i);
            }
        }
        let ds: Vec<&Descriptor> = hits
            .iter()
            .map(|h| &self.lex.descriptor_of[h.term])
            .collect();
        if let Some(Descriptor::Category(c)) =
            ds.iter().find(|d| matches!(d, Descriptor::Category(_)))
        {
            return c.as_str().into();
        }
        if ds.iter().any(|d| matches!(d, Descriptor::OutletNoun(_))) {
            return country
                .map(|i| self.lex.countries[i].outlet_category.as_str())
                .unwrap_or("other media")
                .into();
        }
        if ds
            .iter()
            .any(|d| matches!(d, Descriptor::GovBody { .. } | Descriptor::GovPerson { .. }))
        {
            return "government".into();
        }
        if ds.iter().any(|d| d.names_no_one()) {
            return "unnamed".into();
        }
        if ds.iter().any(|d| {
            matches!(
                d,
                Descriptor::OrgWord { .. } | Descriptor::GroupNoun | Descriptor::Proxy
            )
        }) {
            return "organization".into();
        }
        if ds.iter().any(|d| d.is_role()) {
            return "person".into();
        }
        String::new()
    }

    fn publisher_name(&self, id: u32) -> &str {
        self.publisher_names
            .get(id as usize)
            .map(String::as_str)
            .unwrap_or("")
    }

    fn flag(&self, n: u64) -> String {
        (n < self.opts.min_n).to_string()
    }

    /// The summary tables (sources, categories, coverage, targets,
    /// unknown_sources, compare, in that order), handed to `each` one at a
    /// time while the summaries behind each are dropped as soon as no later
    /// table needs them: the peak is the summaries plus one table, not plus
    /// all of them. The largest, compare (some 110,000 rows for 200
    /// publishers), comes last and in runs of rows, never held whole.
    pub fn into_tables<E>(mut self, mut each: impl FnMut(Emit) -> Result<(), E>) -> Result<(), E> {
        each(Emit::Whole(self.sources_table()))?;
        self.sources = Default::default();
        each(Emit::Whole(self.categories_table()))?;
        each(Emit::Whole(self.coverage_table()))?;
        each(Emit::Whole(self.targets_table()))?;
        self.targets = BTreeMap::new();
        let unknown = self.unknown_table();
        self.unknown = BTreeMap::new();
        each(Emit::Whole(unknown))?;
        self.compare_table(&mut each)
    }

    fn categories_table(&self) -> Table {
        let columns = vec![
            "category",
            "claims",
            "mean_hedge",
            "hedge_ci_low",
            "hedge_ci_high",
            "mean_stance",
            "stance_ci_low",
            "stance_ci_high",
            "below_min_n",
        ];
        let numeric = vec![false, true, true, true, true, true, true, true, false];
        let rows = self
            .categories
            .iter()
            .map(|(c, cell)| {
                let mut r = vec![c.clone(), cell.n.to_string()];
                r.extend(mean_ci(&cell.hedge));
                r.extend(stance_ci(&cell.stance));
                r.push(self.flag(cell.n));
                r
            })
            .collect();
        Table {
            name: "categories",
            columns,
            numeric,
            rows,
        }
    }

    fn sources_table(&self) -> Table {
        let columns = vec![
            "source",
            "source_kind",
            "category",
            "claims",
            "articles",
            "publishers",
            "publisher_list",
            "mean_hedge",
            "hedge_ci_low",
            "hedge_ci_high",
            "mean_stance",
            "stance_ci_low",
            "stance_ci_high",
            "below_min_n",
        ];
        let numeric = vec![
            false, false, false, true, true, true, false, true, true, true, true, true, true, false,
        ];
        // most cited first; ties in key order (source, kind, category)
        let mut order: Vec<(&String, &SourceAgg)> = self.sources.iter().collect();
        order.sort_unstable_by(|a, b| b.1.claims.cmp(&a.1.claims).then_with(|| a.0.cmp(b.0)));
        let mut rows = Rows::default();
        let mut pubs = String::new();
        let mut names: Vec<&str> = Vec::new();
        for (key, s) in order {
            let mut parts = key.splitn(3, '\0');
            let (name, kind, cat) = (
                parts.next().unwrap_or(""),
                parts.next().unwrap_or(""),
                parts.next().unwrap_or(""),
            );
            names.clear();
            names.extend(s.publishers.iter().map(|&i| self.publisher_name(i)));
            names.sort_unstable();
            pubs.clear();
            for (i, p) in names.iter().take(20).enumerate() {
                if i > 0 {
                    pubs.push('|');
                }
                pubs.push_str(p);
            }
            let [hm, hl, hh] = mean_ci(&s.hedge);
            let [sm, sl, sh] = stance_ci(&s.stance);
            rows.push([
                name,
                kind,
                cat,
                &s.claims.to_string(),
                &s.articles.to_string(),
                &s.publishers.len().to_string(),
                &pubs,
                &hm,
                &hl,
                &hh,
                &sm,
                &sl,
                &sh,
                &self.flag(s.claims),
            ]);
        }
        Table {
            name: "sources",
            columns,
            numeric,
            rows,
        }
    }

    fn coverage_table(&self) -> Table {
        let columns = vec![
            "group_by",
            "group",
            "dimension",
            "value",
            "claims",
            "group_claims",
            "share",
            "share_ci_low",
            "share_ci_high",
            "mean_hedge",
            "hedge_ci_low",
            "hedge_ci_high",
            "mean_stance",
            "stance_ci_low",
            "stance_ci_high",
            "below_min_n",
        ];
        let numeric = vec![
            false, false, false, false, true, true, true, true, true, true, true, true, true, true,
            true, false,
        ];
        let mut rows = Vec::new();
        for (g, grp) in &self.groups {
            for (dim, cells) in [
                ("source category", &grp.by_category),
                ("topic", &grp.by_topic),
            ] {
                for (v, c) in cells {
                    let (lo, hi) = wilson95(c.n, grp.claims);
                    let mut r = vec![
                        self.opts.group_by.as_str().to_string(),
                        g.clone(),
                        dim.to_string(),
                        v.clone(),
                        c.n.to_string(),
                        grp.claims.to_string(),
                        num(c.n as f64 / grp.claims.max(1) as f64),
                        num(lo),
                        num(hi),
                    ];
                    r.extend(mean_ci(&c.hedge));
                    r.extend(stance_ci(&c.stance));
                    r.push(self.flag(c.n));
                    rows.push(r);
                }
            }
        }
        Table {
            name: "coverage",
            columns,
            numeric,
            rows: rows.into_iter().collect(),
        }
    }

    fn targets_table(&self) -> Table {
        let columns = vec![
            "target",
            "by",
            "value",
            "n",
            "mean_stance",
            "stance_ci_low",
            "stance_ci_high",
            "below_min_n",
        ];
        let numeric = vec![false, false, false, true, true, true, true, false];
        let rows = self
            .targets
            .iter()
            .map(|((t, by, v), s)| {
                let by = if *by == "group" {
                    self.opts.group_by.as_str()
                } else {
                    by
                };
                let mut r = vec![t.clone(), by.to_string(), v.clone(), s.n.to_string()];
                r.extend(stance_ci(s));
                r.push(self.flag(s.n));
                r
            })
            .collect();
        Table {
            name: "targets",
            columns,
            numeric,
            rows,
        }
    }

    /// compare.csv, handed to `each` in runs of rows.
    fn compare_table<E>(&self, each: &mut impl FnMut(Emit) -> Result<(), E>) -> Result<(), E> {
        let columns = vec![
            "comparison",
            "a",
            "b",
            "metric",
            "n_a",
            "n_b",
            "mean_a",
            "mean_b",
            "difference",
            "test",
            "statistic",
            "df",
            "p",
            "q_bh",
            "effect_size",
            "effect",
            "below_min_n",
        ];
        let numeric = vec![
            false, false, false, false, true, true, true, true, true, false, true, true, true,
            true, false, true, false,
        ];
        // The q-values need every p-value first: a first walk runs the tests
        // (pair by pair, on the worker threads of the current rayon pool) and
        // keeps only their results, the second writes the rows from them, in
        // order (rather than some 110,000 rows kept to be patched).
        let pairs = self.comparison_pairs();
        let tests: Vec<Vec<Tested>> = {
            use rayon::prelude::*;
            pairs
                .list
                .par_iter()
                .map(|&p| {
                    let mut t = Vec::with_capacity(5);
                    self.pair_comparisons(&pairs, p, None, &mut |c| t.push((c.test, c.effect)));
                    t
                })
                .collect()
        };
        let ps: Vec<f64> = tests
            .iter()
            .flatten()
            .map(|t| t.0.map(|t| t.p).unwrap_or(f64::NAN))
            .collect();
        let q = bh_qvalues(&ps);
        // the rows of a run of pairs are formatted on the workers too, each
        // run into a `Rows` of its own, and handed over in order, a window
        // of runs at a time; row k of the table is p-value k
        let mut firsts = Vec::with_capacity(tests.len());
        let mut k = 0usize;
        for t in &tests {
            firsts.push(k);
            k += t.len();
        }
        each(Emit::Begin(Table {
            name: "compare",
            columns,
            numeric,
            rows: Rows::default(),
        }))?;
        let n = pairs.list.len();
        in_runs(
            n,
            PAIRS_PER_JOB,
            |run| {
                let mut rows = Rows::default();
                for i in run {
                    let mut k = firsts[i];
                    self.pair_comparisons(&pairs, pairs.list[i], Some(&tests[i]), &mut |c| {
                        let qk = q.get(k).copied().unwrap_or(f64::NAN);
                        k += 1;
                        compare_row(&mut rows, &c, qk);
                    });
                }
                rows
            },
            |part| each(Emit::Rows(part)),
        )?;
        each(Emit::End)
    }

    /// The pairs compare.csv compares, in row order: each pair of groups,
    /// then each pair of source categories; with what their tests read.
    fn comparison_pairs(&self) -> Pairs<'_> {
        let groups: Vec<(&String, &Group)> = self.groups.iter().collect();
        let group_cats: Vec<&String> = {
            let mut s: BTreeSet<&String> = BTreeSet::new();
            for (_, g) in &groups {
                s.extend(g.by_category.keys());
            }
            s.into_iter().collect()
        };
        let cats: Vec<(&String, &Cell<Summary>)> = self.categories.iter().collect();
        // each sample meets every other: its histogram as a sorted slice, made once
        let group_hists = groups
            .iter()
            .map(|(_, g)| [sorted_hist(&g.hedge), sorted_hist(&g.stance)])
            .collect();
        let cat_hists = cats
            .iter()
            .map(|(_, c)| [sorted_hist(&c.hedge), sorted_hist(&c.stance)])
            .collect();
        let mut list = Vec::new();
        for i in 0..groups.len() {
            list.extend((i + 1..groups.len()).map(|j| Pair::Groups(i, j)));
        }
        for i in 0..cats.len() {
            list.extend((i + 1..cats.len()).map(|j| Pair::Categories(i, j)));
        }
        Pairs {
            label: format!("{} pair", self.opts.group_by.as_str()),
            groups,
            group_cats,
            cats,
            group_hists,
            cat_hists,
            list,
        }
    }

    /// The rows of compare.csv for one pair, in order: hedge and stance
    /// (Welch's t and Mann–Whitney) and, for groups, the sourcing mix
    /// (chi-squared). The tests are read from `cache` (this pair's results
    /// of an earlier walk) when given, else computed.
    fn pair_comparisons(
        &self,
        pairs: &Pairs<'_>,
        p: Pair,
        cache: Option<&[Tested]>,
        f: &mut dyn FnMut(Comparison<'_>),
    ) {
        let min_n = self.opts.min_n;
        // row k's tests: from the cache, else computed
        let k = std::cell::Cell::new(0usize);
        let tested = |compute: &dyn Fn() -> Tested| {
            let i = k.get();
            k.set(i + 1);
            cache
                .and_then(|c| c.get(i).copied())
                .unwrap_or_else(compute)
        };
        let pair = |f: &mut dyn FnMut(Comparison<'_>),
                    comparison: &str,
                    a: &str,
                    b: &str,
                    metric: &str,
                    (x, hx): (&Summary, &[(i64, u64)]),
                    (y, hy): (&Summary, &[(i64, u64)])| {
            let (w, d) = tested(&|| (welch(x, y), Some(cohens_d(x, y))));
            let (mw, delta) = tested(&|| {
                let (t, d) = rank_tests(x, hx, y, hy);
                (t, Some(d))
            });
            let base = Comparison {
                comparison,
                a,
                b,
                metric,
                n: (x.n, y.n),
                means: Some((x.mean(), y.mean())),
                test_name: "welch_t",
                test: w,
                effect_name: "cohens_d",
                effect: d,
                small: x.n.min(y.n) < min_n,
            };
            f(base);
            f(Comparison {
                test_name: "mann_whitney_u",
                test: mw,
                effect_name: "cliffs_delta",
                effect: delta,
                ..base
            });
        };
        match p {
            Pair::Groups(i, j) => {
                let label = pairs.label.as_str();
                let ((a, ga), (b, gb)) = (pairs.groups[i], pairs.groups[j]);
                let (hi, hj) = (&pairs.group_hists[i], &pairs.group_hists[j]);
                pair(
                    f,
                    label,
                    a,
                    b,
                    "hedge",
                    (&ga.hedge, &hi[0]),
                    (&gb.hedge, &hj[0]),
                );
                pair(
                    f,
                    label,
                    a,
                    b,
                    "stance",
                    (&ga.stance, &hi[1]),
                    (&gb.stance, &hj[1]),
                );
                // sourcing mix: 2 × categories table
                let (chi, v) = tested(&|| {
                    let table: Vec<Vec<u64>> = [ga, gb]
                        .iter()
                        .map(|g| {
                            pairs
                                .group_cats
                                .iter()
                                .map(|c| g.by_category.get(*c).map(|x| x.n).unwrap_or(0))
                                .collect()
                        })
                        .collect();
                    let c = chi_squared(&table);
                    (c.map(|c| c.0), c.map(|c| c.1))
                });
                f(Comparison {
                    comparison: label,
                    a,
                    b,
                    metric: "sourcing mix",
                    n: (ga.claims, gb.claims),
                    means: None,
                    test_name: "chi_squared",
                    test: chi,
                    effect_name: "cramers_v",
                    effect: v,
                    small: ga.claims.min(gb.claims) < min_n,
                });
            }
            Pair::Categories(i, j) => {
                let label = "source category pair";
                let ((a, ca), (b, cb)) = (pairs.cats[i], pairs.cats[j]);
                let (hi, hj) = (&pairs.cat_hists[i], &pairs.cat_hists[j]);
                pair(
                    f,
                    label,
                    a,
                    b,
                    "hedge",
                    (&ca.hedge, &hi[0]),
                    (&cb.hedge, &hj[0]),
                );
                pair(
                    f,
                    label,
                    a,
                    b,
                    "stance",
                    (&ca.stance, &hi[1]),
                    (&cb.stance, &hj[1]),
                );
            }
        }
    }

    fn unknown_table(&self) -> Table {
        let columns = vec!["mention", "count", "suggested_category", "example"];
        let numeric = vec![false, true, false, false];
        // most frequent first; ties in mention order (a stable sort)
        let mut order: Vec<(&String, &Unknown)> = self.unknown.iter().collect();
        order.sort_by_key(|e| std::cmp::Reverse(e.1.count));
        let mut rows = Rows::default();
        for (m, u) in order {
            rows.push([
                m.as_str(),
                &u.count.to_string(),
                &self.suggest(m),
                &u.example,
            ]);
        }
        Table {
            name: "unknown_sources",
            columns,
            numeric,
            rows,
        }
    }
}

/// Pairs whose compare.csv rows one worker formats at a time.
const PAIRS_PER_JOB: usize = 512;

/// Runs made before they are handed over, per worker thread: two keep every
/// worker busy while the memory held stays small (16 runs of the
/// publisher-pair table, on two cores, had held some 10 MB).
pub(crate) const JOBS_PER_THREAD: usize = 2;

/// `0..n` in runs of `per_job`, each made by `make` on the workers of the
/// current rayon pool and handed to `each` in order, a window of
/// [`JOBS_PER_THREAD`] runs a worker at a time (never all of them held).
pub(crate) fn in_runs<T: Send, E>(
    n: usize,
    per_job: usize,
    make: impl Fn(std::ops::Range<usize>) -> T + Sync,
    mut each: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E> {
    use rayon::prelude::*;
    let starts: Vec<usize> = (0..n).step_by(per_job.max(1)).collect();
    let window = JOBS_PER_THREAD * rayon::current_num_threads().max(1);
    for window in starts.chunks(window) {
        let parts: Vec<T> = window
            .par_iter()
            .map(|&from| make(from..(from + per_job).min(n)))
            .collect();
        for part in parts {
            each(part)?;
        }
    }
    Ok(())
}

/// Append one compare.csv row; `q` is its Benjamini–Hochberg q-value.
fn compare_row(rows: &mut Rows, c: &Comparison<'_>, q: f64) {
    let means = c.means.map(|(x, y)| [num(x), num(y), num(x - y)]);
    let [ma, mb, diff] = means.unwrap_or_default();
    rows.push([
        c.comparison,
        c.a,
        c.b,
        c.metric,
        &c.n.0.to_string(),
        &c.n.1.to_string(),
        &ma,
        &mb,
        &diff,
        c.test_name,
        &c.test.map(|t| num(t.statistic)).unwrap_or_default(),
        &c.test.map(|t| num(t.df)).unwrap_or_default(),
        &c.test.map(|t| fmt_p(t.p)).unwrap_or_default(),
        &if q.is_finite() {
            fmt_p(q)
        } else {
            String::new()
        },
        c.effect_name,
        &c.effect.map(num).unwrap_or_default(),
        if c.small { "true" } else { "false" },
    ]);
}

/// Mean, interval low, interval high (t-based 95%), as cells.
fn mean_ci(s: &Moments) -> [String; 3] {
    let (lo, hi) = s.mean_ci95();
    [num(s.mean()), num(lo), num(hi)]
}

/// A stance mean and its interval, cut to the scores' range [-1, 1].
fn stance_ci(s: &Moments) -> [String; 3] {
    let (lo, hi) = s.mean_ci95_within(-1.0, 1.0);
    [num(s.mean()), num(lo), num(hi)]
}

/// p-values keep their small magnitudes: six significant digits.
pub fn fmt_p(p: f64) -> String {
    if !p.is_finite() {
        return String::new();
    }
    if p == 0.0 {
        return "0".into();
    }
    if p >= 1e-4 {
        return num(p);
    }
    format!("{p:.5e}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_give_back_every_cell_across_chunks() {
        let big = "é".repeat(CHUNK); // a row longer than a chunk
        let mut want: Vec<Vec<String>> =
            vec![vec![], vec![String::new()], vec!["".into(), "".into()]];
        for i in 0..60_000 {
            want.push(vec![
                format!("row {i}"),
                "ünïcode ✓".into(),
                String::new(),
                i.to_string(),
            ]);
        }
        want.push(vec![big.clone(), "after".into()]);
        want.push(vec!["last".into()]);
        let rows: Rows = want.iter().cloned().collect();
        assert!(rows.chunks.len() > 2, "the test must cross chunks");
        assert_eq!(rows.len(), want.len());
        for (r, w) in rows.iter().zip(&want) {
            assert_eq!(&r.to_vec(), w);
            assert_eq!(r.len(), w.len());
            for (i, c) in w.iter().enumerate() {
                assert_eq!(r.get(i), Some(c.as_str()));
            }
            assert_eq!(r.get(w.len()), None);
        }
        assert!(rows.get(want.len()).is_none());
        // rows built in parts and appended read back as one table
        let mut joined = Rows::default();
        for part in want.chunks(7_001) {
            joined.append(part.iter().cloned().collect());
        }
        assert_eq!(joined.len(), want.len());
        for (r, w) in joined.iter().zip(&want) {
            assert_eq!(&r.to_vec(), w);
        }
    }
}
