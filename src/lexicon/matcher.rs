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
    ac: Option<AhoCorasick>,
    terms: Vec<Term>,
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
        let ac = if pats.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(&pats)
                .or_else(|_| {
                    AhoCorasickBuilder::new()
                        .match_kind(MatchKind::Standard)
                        .build(&pats)
                })
                .ok()
        };
        PhraseMatcher { ac, terms: meta }
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
        let Some(ac) = &self.ac else { return };
        let text = &folded.text;
        let first = out.len();
        let hay = &text[fr.clone()];
        for m in ac.find_overlapping_iter(hay) {
            let fs = fr.start + m.start();
            let mut fe = fr.start + m.end();
            let term = &self.terms[m.pattern().as_usize()];
            // left boundary
            if text[..fs].chars().next_back().is_some_and(is_word_char) {
                continue;
            }
            if term.wildcard {
                while let Some(c) = text[fe..fr.end].chars().next() {
                    if is_word_char(c) {
                        fe += c.len_utf8();
                    } else {
                        break;
                    }
                }
            } else if text[fe..].chars().next().is_some_and(is_word_char)
                // a pattern that itself ends in a non-word char (e.g. "u.s.") needs no boundary
                && text[..fe].chars().next_back().is_some_and(is_word_char)
            {
                continue;
            }
            let start = folded.orig(fs);
            let end = folded.orig_end(fe);
            if term.case_sensitive && orig.get(start..end) != Some(term.original.as_str()) {
                continue;
            }
            if term.initial_cap
                && !orig
                    .get(start..)
                    .and_then(|s| s.chars().next())
                    .is_some_and(char::is_uppercase)
            {
                continue;
            }
            out.push(Hit {
                fs,
                fe,
                start,
                end,
                term: m.pattern().as_usize(),
            });
        }
        // leftmost-longest, non-overlapping
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
