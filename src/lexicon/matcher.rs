//! Many-term phrase matching compiled once into one automaton.
//!
//! aho-corasick's own case folding is ASCII-only, so both patterns and text
//! are folded by [`crate::text::fold_str`] first. Word boundaries, trailing
//! `*` prefix wildcards and case-sensitive acronyms are checked here.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

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
}

/// A compiled set of terms.
#[derive(Debug, Clone)]
pub struct PhraseMatcher {
    /// Folded patterns; their automaton is built on first direct use, since
    /// a matcher in a union is mostly read from the union's scan.
    pats: Vec<String>,
    ac: std::sync::OnceLock<Option<AhoCorasick>>,
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
    trie: std::sync::OnceLock<Option<aho_corasick::nfa::contiguous::NFA>>,
    /// Bytes that can start a pattern.
    first: Vec<bool>,
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
        let mut first = vec![false; 256];
        for (slot, m) in matchers.iter_mut().enumerate() {
            let Ok(slot16) = u16::try_from(slot) else {
                break;
            };
            m.slot = Some((id, slot16));
            for (i, (t, p)) in m.terms.iter().zip(&m.pats).enumerate() {
                if let Some(&b) = p.as_bytes().first() {
                    first[b as usize] = true;
                }
                pats.push(p.clone());
                map.push((slot16, i as u32, t.wildcard));
            }
        }
        UnionMatcher {
            id,
            pats,
            trie: std::sync::OnceLock::new(),
            first,
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
        use aho_corasick::automaton::Automaton;
        hits.clear();
        let trie = self.trie.get_or_init(|| {
            aho_corasick::nfa::contiguous::NFA::builder()
                .match_kind(MatchKind::Standard)
                .build(&self.pats)
                .ok()
        });
        let Some(trie) = trie else { return };
        let Ok(start) = trie.start_state(aho_corasick::Anchored::Yes) else {
            return;
        };
        hits.slots.resize_with(self.slots, Vec::new);
        let text = &folded.text;
        let bytes = text.as_bytes();
        // every match starts on a left word boundary: walk the trie from
        // each such position until it dies
        let mut prev_word = false;
        for (p, c) in text.char_indices() {
            let at_boundary = !prev_word;
            prev_word = is_word_char(c);
            if !at_boundary || !self.first[bytes[p] as usize] {
                continue;
            }
            let mut sid = start;
            for (i, &b) in bytes.iter().enumerate().skip(p) {
                sid = trie.next_state(aho_corasick::Anchored::Yes, sid, b);
                if !trie.is_special(sid) {
                    continue;
                }
                if trie.is_dead(sid) {
                    break;
                }
                if trie.is_match(sid) {
                    let fe = i + 1;
                    for k in 0..trie.match_len(sid) {
                        let pid = trie.match_pattern(sid, k);
                        // a state also reports patterns that are suffixes
                        // of the walked path: keep those starting here
                        if fe - trie.pattern_len(pid) != p {
                            continue;
                        }
                        let (slot, term, wildcard) = self.map[pid.as_usize()];
                        // the walk starts on a left boundary
                        if right_boundary(text, fe, wildcard) {
                            hits.slots[slot as usize].push(RawHit {
                                fs: p as u32,
                                fe: fe as u32,
                                term,
                            });
                        }
                    }
                }
            }
        }
        for s in &mut hits.slots {
            s.sort_unstable_by_key(|h| (h.fs, h.fe, h.term));
        }
        hits.union = self.id;
    }
}

fn build(pats: &[String]) -> Option<AhoCorasick> {
    if pats.is_empty() {
        return None;
    }
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(pats)
        .or_else(|_| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(pats)
        })
        .ok()
}

/// A match starting at `fs` starts on a word boundary.
#[inline]
fn left_boundary(text: &str, fs: usize) -> bool {
    !text[..fs].chars().next_back().is_some_and(is_word_char)
}

/// A match ending at `fe` ends on a word boundary, unless it is a prefix
/// wildcard or itself ends in a non-word character ("u.s.").
#[inline]
fn right_boundary(text: &str, fe: usize, wildcard: bool) -> bool {
    wildcard
        || !(text[fe..].chars().next().is_some_and(is_word_char)
            && text[..fe].chars().next_back().is_some_and(is_word_char))
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
            meta.push(Term {
                original: core.to_string(),
                wildcard,
                case_sensitive,
                initial_cap: !case_sensitive && core.chars().next().is_some_and(char::is_uppercase),
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

    /// For a matcher made by `a.concat(b)` with `split == a.len()`: the hits
    /// of `a.find` in `low` and of `b.find` in `high` (with `b`'s term
    /// numbers), from one scan of the text instead of two. Clears both.
    pub fn find_split(
        &self,
        orig: &str,
        folded: &Folded,
        fr: std::ops::Range<usize>,
        split: usize,
        low: &mut Vec<Hit>,
        high: &mut Vec<Hit>,
    ) {
        low.clear();
        high.clear();
        self.candidates(orig, folded, fr, low);
        high.extend(low.iter().filter(|h| h.term >= split).map(|h| Hit {
            term: h.term - split,
            ..*h
        }));
        low.retain(|h| h.term < split);
        select(low, 0);
        select(high, 0);
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
        if self.terms.is_empty() {
            return;
        }
        let text = &folded.text;
        // `push` takes candidates on word boundaries
        let mut push = |fs: usize, mut fe: usize, t: usize| {
            let term = &self.terms[t];
            if term.wildcard {
                while let Some(c) = text[fe..fr.end].chars().next() {
                    if is_word_char(c) {
                        fe += c.len_utf8();
                    } else {
                        break;
                    }
                }
            }
            let start = folded.orig(fs);
            let end = folded.orig_end(fe);
            if term.case_sensitive && orig.get(start..end) != Some(term.original.as_str()) {
                return;
            }
            if term.initial_cap
                && !orig
                    .get(start..)
                    .and_then(|s| s.chars().next())
                    .is_some_and(char::is_uppercase)
            {
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
                let Some(ac) = self.ac.get_or_init(|| build(&self.pats)) else {
                    return;
                };
                for m in ac.find_overlapping_iter(&text[fr.clone()]) {
                    let (fs, fe, t) = (fr.start + m.start(), fr.start + m.end(), m.pattern());
                    if left_boundary(text, fs) && right_boundary(text, fe, self.terms[t].wildcard) {
                        push(fs, fe, t.as_usize());
                    }
                }
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
    }
}
