//! Many-term phrase matching compiled once into one automaton.
//!
//! aho-corasick's own case folding is ASCII-only, so both patterns and text
//! are folded by [`crate::text::fold_str`] first. Word boundaries, trailing
//! `*` prefix wildcards and case-sensitive acronyms are checked here.

use aho_corasick::MatchKind;

use crate::text::{is_word_char, Folded};

/// One hit: folded and original spans and the index of the matched term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub fs: usize,
    pub fe: usize,
    pub start: usize,
    pub end: usize,
    /// Index into the matcher's terms.
    pub term: usize,
}

#[derive(Debug, Clone)]
struct Term {
    /// Pattern as written, for case-sensitive terms.
    original: String,
    wildcard: bool,
    case_sensitive: bool,
    /// Written with an initial capital: matches only capitalised text.
    initial_cap: bool,
    /// A later word is written with a capital too ("The Paper", "Daily
    /// News"): each such word must be capitalised in the text ("the paper
    /// said" is no outlet).
    later_caps: bool,
    /// "The" and a capitalised word ("The Independent", "The Hill"): that
    /// word must be capitalised in the text, whatever `later_caps` says
    /// ("The independent counsel" is no outlet).
    article_caps: bool,
    /// "The" and a capitalised word, matched after "the" in lower case too
    /// ("told the Hill"), unless [`PhraseMatcher::keep_article_lower`]
    /// says otherwise.
    article_lower: bool,
    /// "The" and one word ("The National", "The Guardian"): no outlet when
    /// a capitalised word follows, which goes on with a longer name ("The
    /// National Security Council", "The Guardian Council").
    article_word: bool,
}

/// A compiled set of terms.
#[derive(Debug, Clone)]
pub struct PhraseMatcher {
    /// Folded patterns; their automaton is built on first direct use, since
    /// a matcher in a union is mostly read from the union's scan.
    pats: Vec<String>,
    ac: std::sync::OnceLock<Option<Anchored>>,
    terms: Vec<Term>,
    /// `(union id, slot)` once the matcher's terms are part of a
    /// [`UnionMatcher`]: a text scanned by that union is not scanned again.
    slot: Option<(u32, u16)>,
}

/// A candidate hit of one union scan: on a left word boundary, before the
/// range-dependent checks of [`PhraseMatcher::find`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct RawHit {
    pub fs: u32,
    /// End of the matched pattern (before any `*` extension).
    pub fe: u32,
    pub term: u32,
}

/// The hits of one union scan of a folded text, per matcher slot, each
/// list sorted by start. Kept in [`Folded`] so that every stage reads the
/// article's hits instead of scanning it again.
#[derive(Debug, Clone, Default)]
pub struct ScanHits {
    /// The id of the union that made these hits; 0 when none.
    pub(crate) union: u32,
    pub(crate) slots: Vec<Vec<RawHit>>,
}

impl ScanHits {
    pub(crate) fn clear(&mut self) {
        self.union = 0;
        for s in &mut self.slots {
            s.clear();
        }
    }
}

/// The terms of several matchers compiled into one automaton, so that an
/// article is scanned once for all of them ([`UnionMatcher::scan`]). Each
/// matcher's own [`PhraseMatcher::find`] then reads the hits of its slot;
/// its results are exactly those of scanning with the matcher alone.
#[derive(Debug, Clone, Default)]
pub struct UnionMatcher {
    id: u32,
    /// Folded patterns of every slot, in slot order.
    pats: Vec<String>,
    /// Their trie (an NFA searched anchored), walked from each word start
    /// only; built on the first scan, so commands that never scan an
    /// article do not pay for it.
    trie: std::sync::OnceLock<Option<Anchored>>,
    /// Pattern → (slot, term of that slot's matcher, term is a wildcard).
    map: Vec<(u16, u32, bool)>,
    slots: usize,
}

static UNION_IDS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

impl UnionMatcher {
    /// Compile the terms of `matchers` into one automaton and tie each
    /// matcher to its slot.
    pub fn new(matchers: &mut [&mut PhraseMatcher]) -> UnionMatcher {
        let id = UNION_IDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut pats = Vec::new();
        let mut map = Vec::new();
        for (slot, m) in matchers.iter_mut().enumerate() {
            let Ok(slot16) = u16::try_from(slot) else {
                break;
            };
            m.slot = Some((id, slot16));
            for (i, (t, p)) in m.terms.iter().zip(&m.pats).enumerate() {
                pats.push(p.clone());
                map.push((slot16, i as u32, t.wildcard));
            }
        }
        UnionMatcher {
            id,
            pats,
            trie: std::sync::OnceLock::new(),
            map,
            slots: matchers.len(),
        }
    }

    /// Scan the whole folded text once; its matchers' `find` then reads
    /// these hits until the text is refilled.
    pub fn scan(&self, folded: &mut Folded) {
        let mut hits = std::mem::take(&mut folded.scan);
        self.scan_into(folded, &mut hits);
        folded.scan = hits;
    }

    fn scan_into(&self, folded: &Folded, hits: &mut ScanHits) {
        hits.clear();
        let trie = self.trie.get_or_init(|| {
            trie(&self.pats).map(|t| Anchored {
                aut: Automaton::Trie(t),
                first: Starts::new(&self.pats),
            })
        });
        let Some(trie) = trie else { return };
        hits.slots.resize_with(self.slots, Vec::new);
        trie.walk(folded, 0..folded.text.len(), |p, fe, pid| {
            let (slot, term, wildcard) = self.map[pid.as_usize()];
            // the walk starts on a left boundary
            if right_boundary(folded, fe, wildcard) {
                hits.slots[slot as usize].push(RawHit {
                    fs: p as u32,
                    fe: fe as u32,
                    term,
                });
            }
        });
        for s in &mut hits.slots {
            s.sort_unstable_by_key(|h| (h.fs, h.fe, h.term));
        }
        hits.union = self.id;
    }
}

/// Every occurrence of a pattern of `aut` (an automaton searched anchored)
/// that starts on a left word boundary inside `fr` and ends by `fr.end`,
/// as `(start, end, pattern)`: the automaton is walked from each boundary
/// whose bytes can start a pattern (`first`) until it dies, so text inside
/// words is never searched.
///
/// The boundaries are found by reading the text's bytes, or, given `toks`
/// (the tokens of the whole folded text, as [`crate::text::tokenize`]
/// splits it), read off the tokens: a left boundary is then the start of a
/// token or a character inside one, since between tokens there is only
/// white space and control characters, which start no pattern (the caller
/// checks [`Starts::blank_first`]). A token marked
/// [`Token::plain`](crate::text::Token::plain) has no boundary inside, so
/// each plain word costs one look instead of a walk over its bytes.
fn walk_from_boundaries<A: aho_corasick::automaton::Automaton>(
    aut: &A,
    first: &Starts,
    folded: &Folded,
    toks: Option<&[crate::text::Token]>,
    fr: std::ops::Range<usize>,
    mut found: impl FnMut(usize, usize, aho_corasick::PatternID),
) {
    let Ok(start) = aut.start_state(aho_corasick::Anchored::Yes) else {
        return;
    };
    let bytes = folded.text.as_bytes();
    let end = fr.end.min(bytes.len());
    let Some(toks) = toks else {
        let p = fr.start;
        return walk_chars(
            aut,
            start,
            first,
            folded,
            (p, folded.word_char_before(p), end),
            end,
            &mut found,
        );
    };
    let from = toks.partition_point(|t| (t.fe as usize) <= fr.start);
    for t in &toks[from..] {
        let (fs, fe) = (t.fs as usize, (t.fe as usize).min(end));
        if fs >= end {
            break;
        }
        // the token's first position inside the range
        let p = fs.max(fr.start);
        let prev_word = folded.word_char_before(p);
        if t.plain && p == fs {
            if !prev_word && first.may_start(bytes, p, end) {
                walk_at(aut, start, bytes, p, end, &mut found);
            }
        } else {
            walk_chars(
                aut,
                start,
                first,
                folded,
                (p, prev_word, fe),
                end,
                &mut found,
            );
        }
    }
}

/// Walk from each left boundary of `p..to` (`prev_word`: a word character
/// comes before `p`), to matches ending by `end`.
#[inline(always)]
fn walk_chars<A: aho_corasick::automaton::Automaton>(
    aut: &A,
    start: aho_corasick::automaton::StateID,
    first: &Starts,
    folded: &Folded,
    (mut p, mut prev_word, to): (usize, bool, usize),
    end: usize,
    found: &mut impl FnMut(usize, usize, aho_corasick::PatternID),
) {
    let text = &folded.text;
    let bytes = text.as_bytes();
    // the dashes folded to `-` ahead, which join no words: the next one,
    // which the walk lands on (a run stops there), then the one after
    let dashes = folded.dashes_from(p);
    let mut di = 0;
    let mut dash = dashes.first().map_or(usize::MAX, |&d| d as usize);
    while p < to {
        let b = bytes[p];
        if !prev_word && first.may_start(bytes, p, end) {
            walk_at(aut, start, bytes, p, end, found);
        }
        if b >= 0x80 {
            let Some(c) = text[p..].chars().next() else {
                break;
            };
            prev_word = is_word_char(c);
            p += c.len_utf8();
        } else if crate::text::ASCII_WORD[b as usize] {
            if p == dash {
                di += 1;
                dash = dashes.get(di).map_or(usize::MAX, |&d| d as usize);
                prev_word = false;
                p += 1;
                continue;
            }
            // no boundary inside a run of ASCII word bytes: skip it whole,
            // up to a dash
            let run = p + 1 + crate::text::ascii_run_of(&bytes[p + 1..to], true);
            p = run.min(dash);
            prev_word = true;
        } else {
            prev_word = false;
            p += 1;
        }
    }
}

/// Walk `aut` anchored from `p` until it dies or reaches `end`, reporting
/// the patterns that start at `p`.
#[inline(always)]
fn walk_at<A: aho_corasick::automaton::Automaton>(
    aut: &A,
    start: aho_corasick::automaton::StateID,
    bytes: &[u8],
    p: usize,
    end: usize,
    found: &mut impl FnMut(usize, usize, aho_corasick::PatternID),
) {
    let mut sid = start;
    for (i, &b) in bytes[..end].iter().enumerate().skip(p) {
        sid = aut.next_state(aho_corasick::Anchored::Yes, sid, b);
        if !aut.is_special(sid) {
            continue;
        }
        if aut.is_dead(sid) {
            break;
        }
        if aut.is_match(sid) {
            let fe = i + 1;
            for k in 0..aut.match_len(sid) {
                let pid = aut.match_pattern(sid, k);
                // a state also reports patterns that are suffixes
                // of the walked path: keep those starting here
                if fe - aut.pattern_len(pid) == p {
                    found(p, fe, pid);
                }
            }
        }
    }
}

/// The first three bytes that can start one of a matcher's patterns, as a
/// hashed bit set: a walk from a word start whose first bytes start none is
/// not begun ("the", "that" start no hedge). A two-byte pattern marks
/// every third byte; one-byte patterns are kept by their byte. Past the end
/// of the range a byte reads as 0. False passes cost a walk; there are no
/// false refusals.
#[derive(Debug, Clone)]
struct Starts {
    single: [bool; 256],
    triples: Box<[u64; TRIPLE_WORDS]>,
    /// Some pattern starts with white space or a control character, which
    /// no token holds: its walks cannot be read off the tokens.
    blank_first: bool,
}

const TRIPLE_WORDS: usize = 1024;

/// The bit of a triple of bytes in [`Starts`]: 16 bits of a multiplicative hash.
#[inline]
fn triple_bit(b0: u8, b1: u8, b2: u8) -> usize {
    let x = u32::from(b0) << 16 | u32::from(b1) << 8 | u32::from(b2);
    (x.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

impl Starts {
    fn new<S: AsRef<str>>(pats: &[S]) -> Starts {
        let mut single = [false; 256];
        let mut triples = Box::new([0u64; TRIPLE_WORDS]);
        let mut mark = |bit: usize| triples[bit >> 6] |= 1 << (bit & 63);
        let blank_first = pats.iter().any(|p| {
            p.as_ref()
                .chars()
                .next()
                .is_some_and(|c| c.is_whitespace() || c.is_control())
        });
        for p in pats {
            match *p.as_ref().as_bytes() {
                [] => {}
                [b0] => single[usize::from(b0)] = true,
                [b0, b1] => (0..=255).for_each(|b2| mark(triple_bit(b0, b1, b2))),
                [b0, b1, b2, ..] => mark(triple_bit(b0, b1, b2)),
            }
        }
        Starts {
            single,
            triples,
            blank_first,
        }
    }

    /// Whether a pattern can start at `p` (`p < end <= bytes.len()`).
    #[inline]
    fn may_start(&self, bytes: &[u8], p: usize, end: usize) -> bool {
        let b0 = bytes[p];
        if self.single[usize::from(b0)] {
            return true;
        }
        let at = |k: usize| if p + k < end { bytes[p + k] } else { 0 };
        let bit = triple_bit(b0, at(1), at(2));
        self.triples[bit >> 6] & (1 << (bit & 63)) != 0
    }
}

/// A matcher's own automaton: its patterns searched anchored from word
/// starts. A DFA for a few hundred patterns (the hedge and booster lists,
/// searched in every text); for the thousands of the outlet registry, read
/// directly only for short names, the trie, some four times cheaper to build.
#[derive(Debug, Clone)]
struct Anchored {
    aut: Automaton,
    first: Starts,
}

#[derive(Debug, Clone)]
enum Automaton {
    Dfa(aho_corasick::dfa::DFA),
    Trie(aho_corasick::nfa::contiguous::NFA),
}

/// Above this many patterns a matcher's own automaton is a trie, not a DFA.
const DFA_PATTERNS: usize = 512;

fn build(pats: &[String]) -> Option<Anchored> {
    if pats.is_empty() {
        return None;
    }
    let aut = if pats.len() <= DFA_PATTERNS {
        aho_corasick::dfa::DFA::builder()
            .match_kind(MatchKind::Standard)
            .start_kind(aho_corasick::StartKind::Anchored)
            .build(pats)
            .ok()
            .map(Automaton::Dfa)
    } else {
        None
    };
    let aut = match aut {
        Some(a) => a,
        None => Automaton::Trie(trie(pats)?),
    };
    Some(Anchored {
        aut,
        first: Starts::new(pats),
    })
}

/// The patterns' trie (a contiguous NFA), for searches anchored at word starts.
fn trie(pats: &[String]) -> Option<aho_corasick::nfa::contiguous::NFA> {
    aho_corasick::nfa::contiguous::NFA::builder()
        .match_kind(MatchKind::Standard)
        .build(pats)
        .ok()
}

impl Anchored {
    fn walk(
        &self,
        folded: &Folded,
        fr: std::ops::Range<usize>,
        found: impl FnMut(usize, usize, aho_corasick::PatternID),
    ) {
        self.walk_tokens(folded, None, fr, found)
    }

    /// [`Self::walk`] with the boundaries read off `toks` (see
    /// [`walk_from_boundaries`]) when that finds the same.
    fn walk_tokens(
        &self,
        folded: &Folded,
        toks: Option<&[crate::text::Token]>,
        fr: std::ops::Range<usize>,
        found: impl FnMut(usize, usize, aho_corasick::PatternID),
    ) {
        let toks = toks.filter(|_| !self.first.blank_first);
        match &self.aut {
            Automaton::Dfa(a) => walk_from_boundaries(a, &self.first, folded, toks, fr, found),
            Automaton::Trie(a) => walk_from_boundaries(a, &self.first, folded, toks, fr, found),
        }
    }
}

/// A match ending at `fe` ends on a word boundary, unless it is a prefix
/// wildcard or itself ends in a non-word character ("u.s."); a dash folded
/// to `-` is no word character ([`Folded::word_char_at`]).
#[inline]
fn right_boundary(folded: &Folded, fe: usize, wildcard: bool) -> bool {
    wildcard || !(folded.word_char_at(fe) && folded.word_char_before(fe))
}

/// The words of a term or of the text it matched: runs of letters and digits.
fn term_words(s: &str) -> impl Iterator<Item = &str> + Clone {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Text that starts with a capital, or with a lower-case particle of a few
/// letters joined by a hyphen to a capitalised word, as transliterated
/// names are often written ("al-Manar", "el-Sisi"): a term written
/// "Al-Manar" matches both.
fn starts_capitalised(s: &str) -> bool {
    let rest = s.trim_start_matches(|c: char| c.is_lowercase());
    let particle = s.len() - rest.len();
    match particle {
        0 => s.chars().next().is_some_and(char::is_uppercase),
        1..=3 => rest
            .strip_prefix('-')
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase),
        _ => false,
    }
}

/// Whether `rest` opens with one space and a capitalised word: a name goes
/// on past the match.
fn capital_follows(rest: &str) -> bool {
    rest.strip_prefix(' ')
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_uppercase())
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether every later word the term writes with a capital is capitalised
/// in the matched text (word by word; a text split otherwise is not
/// judged; the first word is [`starts_capitalised`]'s).
fn caps_kept(term: &str, matched: &str) -> bool {
    let (tw, mw) = (term_words(term), term_words(matched));
    if tw.clone().count() != mw.clone().count() {
        return true;
    }
    tw.zip(mw)
        .skip(1)
        .all(|(t, m)| !starts_upper(t) || starts_upper(m))
}

/// A term is matched case-sensitively when it is a short all-capitals
/// acronym ("AP", "US", "RT"), so that "us" and "rt" in prose do not hit.
pub fn is_acronym(term: &str) -> bool {
    let letters = term.chars().filter(|c| c.is_alphabetic()).count();
    letters > 0
        && letters <= 5
        && term
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '-' || c == '&')
}

impl Default for PhraseMatcher {
    fn default() -> Self {
        PhraseMatcher::new::<&str>(&[])
    }
}

impl PhraseMatcher {
    /// Keep the word-by-word capital check only for the terms `keep` names
    /// (index as given to [`Self::new`]).
    pub fn keep_later_caps(&mut self, keep: impl Fn(usize) -> bool) {
        for (i, t) in self.terms.iter_mut().enumerate() {
            t.later_caps &= keep(i);
        }
    }

    /// Keep the lower-case "the" of a "The" term ("told the Hill") only
    /// for the terms whose word after "The" (folded) `keep` accepts: "the
    /// Times" in running text is most often an outlet the article names
    /// more fully, not the one of that name a lexicon lists.
    pub fn keep_article_lower(&mut self, keep: impl Fn(&str) -> bool) {
        for t in self.terms.iter_mut().filter(|t| t.article_lower) {
            let second = term_words(&t.original).nth(1).map(crate::text::fold_str);
            t.article_lower = second.is_some_and(|w| keep(&w));
        }
    }

    /// Build from terms as written in the lexicon (a trailing `*` is a
    /// prefix wildcard). Term `i` of the input is reported as `term: i`.
    pub fn new<S: AsRef<str>>(terms: &[S]) -> PhraseMatcher {
        let mut pats = Vec::with_capacity(terms.len());
        let mut meta = Vec::with_capacity(terms.len());
        for t in terms {
            let t = t.as_ref().trim();
            let wildcard = t.ends_with('*');
            let core = t.trim_end_matches('*');
            pats.push(crate::text::fold_str(core));
            let case_sensitive = is_acronym(core);
            // "The" and a capitalised word ("The Hill")
            let article = !case_sensitive && {
                let mut w = term_words(core);
                w.next().is_some_and(|f| f.eq_ignore_ascii_case("the"))
                    && w.next().is_some_and(starts_upper)
            };
            meta.push(Term {
                original: core.to_string(),
                wildcard,
                case_sensitive,
                initial_cap: !case_sensitive && core.chars().next().is_some_and(char::is_uppercase),
                later_caps: !case_sensitive && term_words(core).skip(1).any(starts_upper),
                article_caps: article,
                article_lower: article,
                article_word: article && term_words(core).count() == 2,
            });
        }
        PhraseMatcher {
            pats,
            ac: std::sync::OnceLock::new(),
            terms: meta,
            slot: None,
        }
    }

    pub fn len(&self) -> usize {
        self.terms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// All non-overlapping hits inside the folded range `fr`, leftmost-longest,
    /// each on word boundaries. Appends to `out`.
    pub fn find(
        &self,
        orig: &str,
        folded: &Folded,
        fr: std::ops::Range<usize>,
        out: &mut Vec<Hit>,
    ) {
        let first = out.len();
        self.candidates(orig, folded, fr, out);
        select(out, first);
    }

    /// This matcher's terms followed by `other`'s, for [`Self::find_split`].
    pub fn concat(&self, other: &PhraseMatcher) -> PhraseMatcher {
        let mut pats = self.pats.clone();
        pats.extend(other.pats.iter().cloned());
        let mut terms = self.terms.clone();
        terms.extend(other.terms.iter().cloned());
        PhraseMatcher {
            pats,
            ac: std::sync::OnceLock::new(),
            terms,
            slot: None,
        }
    }

    /// For a matcher made by `a.concat(b).concat(c)` with `split == a.len()`
    /// and `end == split + b.len()`: the hits of `a.find` in `low` and of
    /// `b.find` in `high` (with `b`'s term numbers), from one scan of the
    /// text instead of two, and whether any term of `c` is there. Clears both.
    /// The word boundaries are read off the passage's tokens (see
    /// [`Self::candidates_in`]).
    pub fn find_split(
        &self,
        p: &crate::text::Passage,
        fr: std::ops::Range<usize>,
        (split, end): (usize, usize),
        low: &mut Vec<Hit>,
        high: &mut Vec<Hit>,
    ) -> bool {
        low.clear();
        high.clear();
        self.candidates_in(p.text, p.folded, Some(p.toks), fr, low);
        let past = low.iter().any(|h| h.term >= end);
        high.extend(
            low.iter()
                .filter(|h| (split..end).contains(&h.term))
                .map(|h| Hit {
                    term: h.term - split,
                    ..*h
                }),
        );
        low.retain(|h| h.term < split);
        select(low, 0);
        select(high, 0);
        past
    }

    /// Every hit on word boundaries inside `fr`, overlapping ones included,
    /// appended to `out` in no particular order.
    pub fn candidates(
        &self,
        orig: &str,
        folded: &Folded,
        fr: std::ops::Range<usize>,
        out: &mut Vec<Hit>,
    ) {
        self.candidates_in(orig, folded, None, fr, out);
    }

    /// [`Self::candidates`]; `toks`, when given, are the tokens of the
    /// whole folded text, which spare a walk over its bytes for the word
    /// boundaries (the hits are the same).
    pub fn candidates_in(
        &self,
        orig: &str,
        folded: &Folded,
        toks: Option<&[crate::text::Token]>,
        fr: std::ops::Range<usize>,
        out: &mut Vec<Hit>,
    ) {
        if self.terms.is_empty() {
            return;
        }
        let text = &folded.text;
        // `push` takes candidates on word boundaries
        let mut push = |fs: usize, mut fe: usize, t: usize| {
            let term = &self.terms[t];
            if term.wildcard {
                while fe < fr.end && folded.word_char_at(fe) {
                    fe += text[fe..].chars().next().map_or(1, char::len_utf8);
                }
            }
            let start = folded.orig(fs);
            let end = folded.orig_end(fe);
            // (a wildcard's prefix only: "US-*" matches "US-brokered")
            // (checked for acronyms only)
            let exact = || {
                let o = orig.get(start..end);
                if term.wildcard {
                    o.is_some_and(|o| o.starts_with(term.original.as_str()))
                } else {
                    o == Some(term.original.as_str())
                }
            };
            if term.case_sensitive && !exact() {
                return;
            }
            // ("The" may be written "the" inside a sentence, "told the
            // Hill", so long as the name after it keeps its capital: the
            // `article_caps` check below)
            if term.initial_cap
                && !term.article_lower
                && !starts_capitalised(orig.get(start..).unwrap_or(""))
            {
                return;
            }
            if term.later_caps && !caps_kept(&term.original, orig.get(start..end).unwrap_or("")) {
                return;
            }
            if term.article_caps
                && !term_words(orig.get(start..end).unwrap_or(""))
                    .nth(1)
                    .is_some_and(starts_upper)
            {
                return;
            }
            if term.article_word && capital_follows(orig.get(end..).unwrap_or("")) {
                return;
            }
            out.push(Hit {
                fs,
                fe,
                start,
                end,
                term: t,
            });
        };
        match (self.slot, folded.scan_hits()) {
            (Some((id, slot)), Some(scan)) if scan.union == id => {
                let raw = scan.slots.get(slot as usize).map_or(&[][..], Vec::as_slice);
                let from = raw.partition_point(|h| (h.fs as usize) < fr.start);
                for h in &raw[from..] {
                    if h.fs as usize >= fr.end {
                        break;
                    }
                    // the scan checked the boundaries
                    if h.fe as usize <= fr.end {
                        push(h.fs as usize, h.fe as usize, h.term as usize);
                    }
                }
            }
            _ => {
                let Some(a) = self.ac.get_or_init(|| build(&self.pats)) else {
                    return;
                };
                a.walk_tokens(folded, toks, fr.clone(), |fs, fe, t| {
                    if right_boundary(folded, fe, self.terms[t].wildcard) {
                        push(fs, fe, t.as_usize());
                    }
                });
            }
        }
    }
}

/// Keep the leftmost-longest, non-overlapping hits of `out[first..]`.
fn select(out: &mut Vec<Hit>, first: usize) {
    let hits = &mut out[first..];
    hits.sort_by(|a, b| {
        a.fs.cmp(&b.fs)
            .then(b.fe.cmp(&a.fe))
            .then(a.term.cmp(&b.term))
    });
    let mut keep = first;
    let mut last_end = 0usize;
    for i in first..out.len() {
        let h = out[i];
        if i > first && h.fs < last_end {
            continue;
        }
        last_end = h.fe;
        out[keep] = h;
        keep += 1;
    }
    out.truncate(keep);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(terms: &[&str], text: &str) -> Vec<String> {
        let m = PhraseMatcher::new(terms);
        let f = Folded::new(text);
        let mut out = Vec::new();
        m.find(text, &f, 0..f.text.len(), &mut out);
        out.iter()
            .map(|h| text[h.start..h.end].to_string())
            .collect()
    }

    #[test]
    fn a_capitalised_term_matches_a_lower_case_particle_before_a_capital() {
        let terms = ["Al-Manar", "The Hill"];
        assert_eq!(hits(&terms, "Hezbollah's al-Manar said"), ["al-Manar"]);
        assert_eq!(hits(&terms, "Al-Manar said"), ["Al-Manar"]);
        // the name after the particle keeps its capital; a long first word
        // is no particle
        assert!(hits(&terms, "al-manar said").is_empty());
        assert!(hits(&terms, "up the hill").is_empty());
        assert!(hits(&["Al-Manar"], "xyzal-Manar").is_empty());
    }

    #[test]
    fn walking_from_word_starts_finds_what_an_overlapping_search_does() {
        let word_starts = [
            "may", "can", "it is", "is un", "u.s.", "appear", "é", "ünï", "-x", "a", "ab", "b",
            "_z", "an", "candid",
        ];
        // patterns that start with other characters than word ones
        let other_starts = ["(u.s.)", "'can", " b", "may", "ab", "é"];
        let mut texts: Vec<String> = [
            "",
            "may can candidate American; it is unclear — is under U.S. review",
            "appeared ab-b a_b _z ab\u{e9} é éa -x x-x ünïcode Ünï",
            "ab ab ab abab b  b\tb\nb a",
            "canmay a.b.u.s. (u.s.) «may» 'can'",
            "ab\u{2014}may can\u{2013}b x\u{2014}-x ab-\u{2014}can",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        // longer texts, mostly ASCII, with word runs of every length
        let pieces = [
            "may", "can", " ", "  ", "ab", "-", "_z", "é", "it is", "U.S.", ",", "b", "candid",
            "x", "(u.s.)", "'", "appear", "1", "ünï", "\u{2014}", "\u{2013}",
        ];
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..60 {
            let mut t = String::new();
            for _ in 0..(x % 40) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                t.push_str(pieces[(x % pieces.len() as u64) as usize]);
            }
            texts.push(t);
        }
        for set in [&word_starts[..], &other_starts[..]] {
            let pats: Vec<String> = set.iter().map(|p| crate::text::fold_str(p)).collect();
            let dfa = build(&pats).unwrap();
            assert!(matches!(dfa.aut, Automaton::Dfa(_)));
            // the trie that a matcher of thousands of patterns gets
            let trie = Anchored {
                aut: Automaton::Trie(trie(&pats).unwrap()),
                first: Starts::new(&pats),
            };
            let overlapping = aho_corasick::AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&pats)
                .unwrap();
            for t in &texts {
                let f = crate::text::Folded::new(t);
                let text = &f.text;
                let cuts: Vec<usize> = (0..=text.len())
                    .filter(|&i| text.is_char_boundary(i))
                    .collect();
                for (k, &from) in cuts.iter().enumerate().step_by(3) {
                    for &to in cuts[k..].iter().step_by(5).chain(Some(&text.len())) {
                        let mut want: Vec<(usize, usize, usize)> = overlapping
                            .find_overlapping_iter(&text[from..to])
                            .map(|m| (from + m.start(), from + m.end(), m.pattern().as_usize()))
                            .filter(|&(fs, _, _)| {
                                !text[..fs].chars().next_back().is_some_and(|c| {
                                    is_word_char(c) && !(c == '-' && f.is_dash(fs - 1))
                                })
                            })
                            .collect();
                        want.sort_unstable();
                        for a in [&dfa, &trie] {
                            let mut got = Vec::new();
                            a.walk(&f, from..to, |fs, fe, p| got.push((fs, fe, p.as_usize())));
                            got.sort_unstable();
                            assert_eq!(got, want, "{t:?} in {from}..{to}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn word_boundaries_and_longest() {
        assert_eq!(
            hits(
                &["iran", "iran deal", "ran"],
                "Iran’s Iran deal; Iranian tran"
            ),
            vec!["Iran", "Iran deal"]
        );
    }

    #[test]
    fn wildcard_prefix() {
        assert_eq!(
            hits(&["appear*", "possibl*"], "it appears possibly appear"),
            vec!["appears", "possibly", "appear"]
        );
    }

    #[test]
    fn acronyms_are_case_sensitive() {
        assert_eq!(
            hits(&["US", "AP"], "the US told us; ap AP"),
            vec!["US", "AP"]
        );
        assert_eq!(hits(&["U.S."], "the U.S. said"), vec!["U.S."]);
        // a wildcard's prefix is what must match in capitals
        assert_eq!(
            hits(&["US-*"], "a US-brokered truce; us-made; a US-led force"),
            vec!["US-brokered", "US-led"]
        );
    }

    #[test]
    fn capitalised_terms_need_capitalised_text() {
        assert_eq!(
            hits(
                &["Slate", "the kremlin"],
                "a slate; Slate said; The Kremlin"
            ),
            vec!["Slate", "The Kremlin"]
        );
    }

    #[test]
    fn the_and_a_capitalised_word_need_that_word_capitalised() {
        // with no word-by-word check kept (curated outlets), "The" and a
        // capitalised word still need that word in capitals
        let mut m = PhraseMatcher::new(&["The Independent", "Time Magazine"]);
        m.keep_later_caps(|_| false);
        let text = "The independent counsel; The Independent; Time magazine";
        let folded = Folded::new(text);
        let mut out = Vec::new();
        m.find(text, &folded, 0..folded.text.len(), &mut out);
        let got: Vec<&str> = out.iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(got, ["The Independent", "Time magazine"]);
    }

    #[test]
    fn the_and_one_word_give_way_to_a_longer_capitalised_name() {
        // "The National" is no outlet in "The National Security Council",
        // whose own term then matches; it is before a lower-case word
        assert_eq!(
            hits(
                &["The National", "National Security Council"],
                "The National Security Council met; The National reported"
            ),
            vec!["National Security Council", "The National"]
        );
        // a longer "The" name is kept before a capital ("The Washington
        // Post Monday")
        assert_eq!(
            hits(&["The Washington Post"], "The Washington Post Monday"),
            vec!["The Washington Post"]
        );
    }

    #[test]
    fn curly_and_straight_apostrophes_match_alike() {
        assert_eq!(
            hits(&["prime minister's office"], "Prime Minister’s Office"),
            vec!["Prime Minister’s Office"]
        );
    }

    #[test]
    fn hyphenated_words_are_whole() {
        assert_eq!(
            hits(&["iran", "pro-iran"], "pro-Iran Iran-backed"),
            vec!["pro-Iran"]
        );
        // U+2010 and U+2011 are hyphens too
        assert_eq!(
            hits(&["iran"], "pro\u{2010}Iran Iran\u{2011}backed"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_dash_joins_no_words() {
        // an en or em dash folds to `-` but, unlike a hyphen, ends a word:
        // a term glued to one is found, by a wildcard too
        assert_eq!(
            hits(
                &["former", "reuters", "appear*"],
                "Trump\u{2014}former aide; said\u{2014}Reuters; appears\u{2013}again"
            ),
            vec!["former", "Reuters", "appears"]
        );
        assert_eq!(
            hits(&["former", "reuters"], "ex-former Reuters-led"),
            Vec::<String>::new()
        );
    }
}
