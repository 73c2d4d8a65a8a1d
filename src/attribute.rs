//! Attribute: find each claim, its reporting cue, its source mention and its
//! reported content, and decide the attribution type.
//!
//! The mechanism is a small rule engine over tokens; the words it uses live
//! in `reporting_verbs.csv` (cues) and `grammar.csv` (auxiliaries, adverbs,
//! negators, clause boundaries ...). Patterns:
//!
//! - `X said (that) ...`, `X told Y (that) ...`, `X has also noted ...`
//! - tail: `..., X said.` and `“Q,” X said.`
//! - inverted: `“Q,” said X.` and `..., said X, a role.`
//! - `According to X, ...` and `..., according to X.`
//! - coordinated and participial verbs: `X welcomed ... but said ...`, `..., saying ...`
//! - two attributions in one sentence (`..., and X said ...`, `..., a charge X denies.`)
//!   split the sentence into two claims
//! - sentences inside a quotation take the attribution of the quotation
//!
//! Cues inside quotation marks never fire, and negated cues (`did not say`,
//! `has not confirmed`) are not attributions.

use crate::lexicon::{class, CueForm, CueKind, Descriptor, Frame, Lexicons};
use crate::model::{Attribution, Relation, Span};
use crate::segment::Segmented;
use crate::text::{Folded, QuoteMark, TokKind, Token};
use std::cell::Cell;

/// A token range `start..end`.
pub type TokRange = (usize, usize);

/// A claim as found by attribution, before its source is labelled.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub sentence: usize,
    pub toks: TokRange,
    pub attribution: Attribution,
    pub cue: Option<TokRange>,
    pub cue_lemma: String,
    pub cue_kind: Option<CueKind>,
    pub mention: Option<TokRange>,
    pub content: Option<TokRange>,
    pub rule: &'static str,
    /// Index of the claim whose source this one shares (quotation continuation).
    pub shares_source_of: Option<usize>,
    /// Further attributions inside this claim ("X said A, adding B").
    pub also: Vec<Relation<TokRange>>,
}

impl Found {
    fn unattributed(sentence: usize, toks: TokRange) -> Found {
        Found {
            sentence,
            toks,
            attribution: Attribution::Unattributed,
            cue: None,
            cue_lemma: String::new(),
            cue_kind: None,
            mention: None,
            content: None,
            rule: "none",
            shares_source_of: None,
            also: Vec::new(),
        }
    }

    /// A claim with its cue, source mention and content; the attribution type is
    /// decided later from the content (`attribution_type`).
    fn attributed(
        sentence: usize,
        toks: TokRange,
        cue: TokRange,
        (cue_lemma, cue_kind): (String, CueKind),
        mention: TokRange,
        content: Option<TokRange>,
        rule: &'static str,
    ) -> Found {
        Found {
            sentence,
            toks,
            attribution: Attribution::Indirect,
            cue: Some(cue),
            cue_lemma,
            cue_kind: Some(cue_kind),
            mention: Some(mention),
            content,
            rule,
            shares_source_of: None,
            also: Vec::new(),
        }
    }
}

/// One candidate attribution inside a sentence.
#[derive(Debug, Clone)]
struct Cand {
    cue: TokRange,
    form: usize,
    first_word: String,
    mention: TokRange,
    content: Option<TokRange>,
    rule: &'static str,
    /// The mention follows a clause boundary (", and", "; ").
    after_boundary: Option<usize>,
    /// The mention directly follows a comma with only a tail cue after.
    tail_after_comma: Option<usize>,
    /// Only a bare clause opens the cue's complement ([`Ctx::bare_clause`]:
    /// no "that", colon, quotation or infinitive, and no `evidence` noun
    /// before a `findings` cue): the claim's own only when its sentence has
    /// no other cue.
    bare: bool,
}

impl Cand {
    /// An inverted cue's candidate: `“Q,” said X`, `..., said X`.
    fn inverted(
        cue: TokRange,
        form: usize,
        first_word: String,
        mention: TokRange,
        content: Option<TokRange>,
    ) -> Cand {
        Cand {
            cue,
            form,
            first_word,
            mention,
            content,
            rule: "inverted",
            after_boundary: None,
            tail_after_comma: None,
            bare: false,
        }
    }
}

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Token],
    folded: &'a Folded,
    lex: &'a Lexicons,
    /// The forward scans that each cue of a sentence makes, with their
    /// last answers: see [`ScanMemo`].
    scans: [ScanMemo; Scans::COUNT],
    /// [`mixed_case_surnames`], built when first asked.
    surnames: std::cell::OnceCell<rustc_hash::FxHashSet<&'a str>>,
}

/// A forward scan that each cue makes, from just after it to the end of its
/// sentence (or clause), for the first token of some kind.
#[derive(Clone, Copy)]
enum Scans {
    /// ", adding ...": a participle cue, which ends the cue's content
    ParticipleCue,
    /// ", who ...", ", and ...", ", referring ...": the end of a content
    ContentBreak,
    /// "that" outside quotations
    That,
}

impl Scans {
    const COUNT: usize = 3;
}

/// A scan for the first position of some kind in `from..end`, which keeps
/// its last answer: no position of `from..found` has the kind, and `found`
/// has it (or is `end`, when none has). A call whose `from` lies between
/// the last call's `from` and its answer, with the same `end`, takes that
/// answer without reading a position: the cues of a sentence ask left to
/// right, so one long sentence of cues is read once, not once per cue.
#[derive(Default)]
struct ScanMemo(Cell<(usize, usize, usize)>);

impl ScanMemo {
    /// The first `k` in `from..end` with `is(k)`; `is` must answer the same
    /// for the same `k` on every call (it reads the tokens only).
    fn first(&self, from: usize, end: usize, is: impl Fn(usize) -> bool) -> Option<usize> {
        let (last_from, last_end, last_found) = self.0.get();
        let found = if last_end == end && last_from <= from && from <= last_found {
            last_found
        } else {
            (from..end).find(|&k| is(k)).unwrap_or(end)
        };
        self.0.set((from, end, found));
        (found < end).then_some(found)
    }
}

impl<'a> Ctx<'a> {
    #[inline]
    fn norm(&self, i: usize) -> &'a str {
        self.toks[i].norm(self.folded)
    }
    /// The first `k` in `from..end` with `is(k)`, by the scan `which`
    /// (see [`ScanMemo`]).
    fn first_from(
        &self,
        which: Scans,
        from: usize,
        end: usize,
        is: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        self.scans[which as usize].first(from, end, is)
    }
    /// A `-` token that was an en or em dash in the text, not a hyphen
    /// (both fold to `-`; [`Folded::is_dash`]): it separates phrases,
    /// never joins a name.
    fn is_dash(&self, i: usize) -> bool {
        self.toks[i].is_punct('-') && self.folded.is_dash(self.toks[i].fs as usize)
    }
    #[inline(always)]
    fn class(&self, i: usize) -> class::Class {
        let t = &self.toks[i];
        if t.is_word() {
            self.lex.class(t.norm(self.folded))
        } else {
            0
        }
    }
    #[inline(always)]
    fn has(&self, i: usize, c: class::Class) -> bool {
        self.class(i) & c != 0
    }
    fn is_word(&self, i: usize) -> bool {
        self.toks[i].is_word() || matches!(self.toks[i].kind, TokKind::Number)
    }
    /// The words of a token range, and how many of them are quoted.
    fn quoted_words(&self, (s, e): TokRange) -> (usize, usize) {
        (s..e)
            .filter(|&i| self.is_word(i))
            .fold((0, 0), |(w, q), i| {
                (w + 1, q + usize::from(self.toks[i].quoted))
            })
    }
    /// At least half of the range's words are quoted (and it has some).
    fn mostly_quoted(&self, range: TokRange) -> bool {
        let (words, quoted) = self.quoted_words(range);
        words > 0 && quoted * 2 >= words
    }
    /// A comma at `l`, or a closing quotation mark with the comma inside
    /// it ("“...,” said"), within the sentence from `a`.
    fn comma_at(&self, l: usize, a: usize) -> bool {
        self.toks[l].is_punct(',')
            || (self.closing_quote(l) && l > a && self.toks[l - 1].is_punct(','))
    }
    /// Token `s` follows a quotation that closes after its own punctuation
    /// ("“...,” dockers", "“...?” dockers"), not a term in quotation marks
    /// ("the “official” jobs report").
    fn quotation_tail_at(&self, s: usize) -> bool {
        s >= 2
            && self.closing_quote(s - 1)
            && matches!(self.toks[s - 2].kind, TokKind::Punct(',' | '.' | '?' | '!'))
    }
    fn closing_quote(&self, i: usize) -> bool {
        match self.toks[i].kind {
            TokKind::Quote(QuoteMark::Close) => true,
            // a straight mark, or an opening-shaped one used as closing (“Q,“ he
            // said), closes when a word or punctuation precedes it directly
            TokKind::Quote(QuoteMark::Toggle | QuoteMark::Open) => {
                let t = &self.toks;
                t[i].quoted
                    && i > 0
                    && ((t[i - 1].end == t[i].start && !t[i - 1].is_quote())
                        // a quotation inside it closed first, a space apart:
                        // “..., 'we will,' ” he said
                        || (i > 1
                            && t[i - 1].is_punct('\'')
                            && t[i - 1].end + 1 == t[i].start
                            && t[i - 2].end == t[i - 1].start)
                        // a straight mark a space after the quotation's last
                        // punctuation, ending it: "..., " said
                        || (matches!(t[i].kind, TokKind::Quote(QuoteMark::Toggle))
                            && matches!(t[i - 1].kind, TokKind::Punct(',' | '.' | '?' | '!'))
                            && t[i - 1].quoted
                            && t.get(i + 1).is_none_or(|n| !n.quoted)))
            }
            _ => false,
        }
    }
    fn cue_form(&self, first: &str, form: usize) -> &'a CueForm {
        &self.lex.cues[first][form]
    }
    /// An adverb-like word that may sit between subject and verb.
    fn verb_group_word(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if !t.is_word() || t.quoted {
            return false;
        }
        let n = self.norm(i);
        // (a contracted negation, "didn't", "won't", is an auxiliary and its
        // negator in one word, capitalised too: "Don't ask that" has none)
        self.has(
            i,
            class::AUX | class::ADVERB | class::NEGATOR | class::CHAIN,
        ) || (!t.cap
            && n.len() > 4
            && n.ends_with("ly")
            && !self.has(i, class::PREP)
            // a descriptor is a noun: "the family said", "the assembly voted"
            && !self.lex.descriptor_word.contains_key(n))
            || (n.len() > 3 && contracted_negation(n))
    }
    fn time_word(&self, i: usize) -> bool {
        self.has(i, class::TIME)
            || matches!(self.toks[i].kind, TokKind::Number)
            || self.month_aux(i)
            || self.abbreviated_time(i)
    }
    /// A time word's abbreviation, read as one token with its period:
    /// "Jan.", "Sept.".
    fn abbreviated_time(&self, i: usize) -> bool {
        let n = self.norm(i);
        n.len() > 1 && n.ends_with('.') && self.lex.class(&n[..n.len() - 1]) & class::TIME != 0
    }
    /// A capitalised auxiliary after a time preposition is a month: "in May",
    /// "since May", "early May".
    fn month_aux(&self, i: usize) -> bool {
        i > 0
            && self.toks[i].cap
            && self.has(i, class::AUX)
            && matches!(
                self.norm(i - 1),
                "in" | "on"
                    | "since"
                    | "during"
                    | "until"
                    | "by"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "this"
                    | "next"
            )
    }
    /// The token at `after` opens a complement frame's clause: "that", a colon,
    /// a quotation, or for intentions "to".
    fn opens_complement(&self, frame: Frame, after: usize, b: usize) -> bool {
        after < b
            && (self.norm(after) == "that"
                || (frame == Frame::Intent && self.norm(after) == "to")
                || self.toks[after].is_punct(':')
                || matches!(self.toks[after].kind, TokKind::Quote(_)))
    }
    /// The word at `k` follows a determiner or a possessive, where a cue
    /// word is a noun ("the talks", "Iran's reply").
    fn after_article_or_possessive(&self, k: usize) -> bool {
        k > 0 && (self.has(k - 1, class::DET) || self.toks[k - 1].kind == TokKind::Possessive)
    }
    /// A short prepositional phrase at `at` and then a complement's opener
    /// ("posted on Telegram that ...", "noted in a statement: ...", for an
    /// intention "vowed in a speech to continue"): a
    /// preposition other than "to", then at most five words that are no
    /// verb, auxiliary, cue, relative pronoun or conjunction, then a colon
    /// or "that" and a subject. Not after a cue that may be a noun.
    fn opens_after_phrase(&self, frame: Frame, cue: TokRange, at: usize, b: usize) -> bool {
        // (a cue word that may be a noun, or one after an article or a
        // possessive, is a noun before its phrase: "rock attacks on settlers
        // on roads that run ...", "a discredited claim at an event that")
        if self.lex.has_side_class(self.norm(cue.0), class::NOUN_FORM)
            || self.after_article_or_possessive(cue.0)
        {
            return false;
        }
        // (not "to", an infinitive's as often: "threatened to sanction banks
        // that ...")
        if at >= b
            || !self.is_word(at)
            || self.toks[at].quoted
            || !self.has(at, class::PREP)
            || self.norm(at) == "to"
        {
            return false;
        }
        for k in at + 1..(at + 7).min(b) {
            let t = &self.toks[k];
            if t.quoted || !self.is_word(k) {
                return t.is_punct(':') && self.opens_complement(frame, k, b);
            }
            // an intention's infinitive ("vowed in a televised speech to
            // continue the fight"; not "to the UN")
            if frame == Frame::Intent
                && self.norm(k) == "to"
                && k > at + 1
                && k + 1 < b
                && self.is_word(k + 1)
                && !self.toks[k + 1].cap
                && !self.toks[k + 1].quoted
                && self.class(k + 1) & (class::DET | class::PRONOUN | class::QUANTIFIER) == 0
            {
                return true;
            }
            if self.norm(k) == "that" {
                // a subject after it, not a relative clause's verb
                // ("posted on a website that sells ...")
                // (or a bare plural before an auxiliary: "posted on
                // Facebook that attacks would continue")
                let subject = k + 1 < b
                    && (self.toks[k + 1].cap
                        || matches!(self.toks[k + 1].kind, TokKind::Number | TokKind::Quote(_))
                        || self.has(k + 1, class::DET | class::PRONOUN)
                        || (k + 2 < b
                            && self.is_word(k + 1)
                            && plural_noun(self.norm(k + 1))
                            && self.has(k + 2, class::AUX)));
                return k > at + 1 && subject && self.opens_complement(frame, k, b);
            }
            if self.has(k, class::VERB | class::CONJ | class::AUX | class::RELATIVE)
                || self.lex.cues.contains_key(self.norm(k))
            {
                return false;
            }
        }
        false
    }
    /// A clause whose "that" is left out follows `cue`, for the frames
    /// that take one (`clause`, `intent`, `findings`): after any adverbs, a
    /// short subject (`bare_clause_words` of settings.csv at most), then an
    /// auxiliary and a word ("thinks the tax is wrong", "vowed Iran would
    /// respond", "believe they're right").
    ///
    /// - A pronoun only opens the subject ("someone he would like": no
    ///   clause), and "'s" after it is its auxiliary ("it's"); elsewhere
    ///   "'s" is a possessive ("Iran's program is").
    /// - The subject holds no quotation, punctuation, verb, negator, object
    ///   pronoun, preposition but "of", conjunction but "and" or "or"
    ///   before a determiner or a capital ("Iran and Russia are"), nor cue
    ///   word but a noun after a determiner or possessive ("the talks will").
    /// - A capitalised auxiliary is a name ("warned May would"); an -ed
    ///   word opens no subject ("their health plans cancelled will be").
    /// - Not in a question ("asked whether she thinks ...").
    /// - An intention's cue or an -ing form after a determiner, preposition
    ///   or number may be an adjective: its subject opens with a
    ///   determiner, a pronoun or a capital ("the 67 pledged delegates are
    ///   ..." is no pledge).
    fn bare_clause(&self, frame: Frame, cue: TokRange, b: usize) -> bool {
        let most = self.lex.settings.bare_clause_words;
        // (a cue word after a possessive, or one that may be a noun after
        // an article, is a noun: "Moscow's claims the drones ...", "the
        // claims the"; not "he's hoping", "Some think", "a study that finds")
        let noun_cue = cue.0 > 0 && {
            let p = cue.0 - 1;
            (self.toks[p].kind == TokKind::Possessive
                && !(p > 0 && self.has(p - 1, class::PRONOUN)))
                || (self.lex.has_side_class(self.norm(cue.0), class::NOUN_FORM)
                    && self.has(p, class::DET)
                    && !self.has(p, class::QUANTIFIER | class::RELATIVE_CUE))
        };
        if most == 0
            || !matches!(frame, Frame::Clause | Frame::Intent | Frame::Findings)
            || noun_cue
        {
            return false;
        }
        // "asked whether she thinks ...": a question, not a belief stated
        // (the subject and the word before it)
        let asked = (cue.0.saturating_sub(3)..cue.0).any(|k| {
            self.is_word(k) && matches!(self.norm(k), "whether" | "if" | "what" | "why" | "how")
        });
        if asked {
            return false;
        }
        let mut at = cue.1;
        while at < b
            && self.toks[at].is_word()
            && !self.toks[at].quoted
            && self.has(at, class::ADVERB)
            && !self.has(at, class::AUX)
        {
            at += 1;
        }
        let lim = (at + most + 1).min(b);
        // an intention's cue and an -ing form are adjectives after a
        // determiner, preposition or number ("the pledged delegates are",
        // "after promising data has"), unless their subject opens with a
        // determiner, a pronoun or a capital
        let adjective = (frame == Frame::Intent || self.norm(cue.1 - 1).ends_with("ing"))
            && cue.0 > 0
            && (self.has(cue.0 - 1, class::DET | class::PREP)
                || matches!(self.toks[cue.0 - 1].kind, TokKind::Number));
        if adjective && at < b && !(self.toks[at].cap || self.has(at, class::DET | class::PRONOUN))
        {
            return false;
        }
        let stop = class::PREP
            | class::CONJ
            | class::RELATIVE
            | class::RELATIVE_CUE
            | class::VERB
            | class::NEGATOR
            | class::BOUNDARY
            | class::CITING
            | class::SPECULATIVE;
        let mut words = 0;
        for k in at..lim {
            let t = &self.toks[k];
            if t.kind == TokKind::Possessive && !t.quoted {
                // "it's": the pronoun's auxiliary
                if words == 1 && self.has(k - 1, class::PRONOUN) {
                    return k + 1 < b && self.is_word(k + 1);
                }
                continue;
            }
            if t.quoted || !self.is_word(k) {
                return false;
            }
            let n = self.norm(k);
            if self.has(k, class::AUX) && !t.cap && !matches!(n, "be" | "been" | "being") {
                return words > 0 && k + 1 < b && self.is_word(k + 1) && !self.toks[k + 1].quoted;
            }
            if self.has(k, class::PRONOUN) {
                if words > 0 {
                    return false;
                }
                // "they're", "she'll": subject and auxiliary in one word
                if n.ends_with("'re") || n.ends_with("'ll") || n.ends_with("'ve") {
                    return k + 1 < b && self.is_word(k + 1);
                }
            }
            // "health plans cancelled will be": a participle opens no subject
            if words == 0 && !t.cap && looks_verbal(n) {
                return false;
            }
            let joins = matches!(n, "of" | "and" | "or")
                && words > 0
                && k + 1 < b
                && self.is_word(k + 1)
                && (self.toks[k + 1].cap || self.has(k + 1, class::DET));
            // a cue word after a determiner or a possessive is a noun ("the
            // talks will resume", "Iran's reply would")
            let noun = k > at && self.after_article_or_possessive(k);
            if !joins
                && (self.has(k, stop)
                    || (self.lex.cues.contains_key(n) && !noun)
                    || matches!(n, "him" | "them" | "me" | "us" | "to"))
            {
                return false;
            }
            words += 1;
        }
        false
    }
    /// A lower-case past-tense verb the cue lexicon need not list ("surmised",
    /// "beamed"): an -ed form or a `verb`-class word, not an auxiliary or adverb.
    fn past_verb(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let n = self.norm(i);
        t.is_word()
            && !t.cap
            && !t.quoted
            && ((n.ends_with("ed") && n.len() > 4) || self.has(i, class::VERB))
            && self.class(i) & (class::AUX | class::ADVERB | class::NEGATOR) == 0
    }
}

/// Find every claim of the article, in text order.
pub fn attribute(text: &str, folded: &Folded, seg: &Segmented, lex: &Lexicons) -> Vec<Found> {
    let cx = Ctx {
        text,
        toks: &seg.tokens,
        folded,
        lex,
        scans: Default::default(),
        surnames: Default::default(),
    };
    let mut out: Vec<Found> = Vec::new();
    for (si, s) in seg.sentences.iter().enumerate() {
        sentence_claims(&cx, si, s.tokens, &mut out);
    }
    continue_quotations(&cx, seg, &mut out);
    transcript_turns(&cx, seg, &mut out);
    for f in &mut out {
        f.attribution = attribution_type(&cx, f);
    }
    out
}

fn attribution_type(cx: &Ctx, f: &Found) -> Attribution {
    if f.cue.is_none() && f.shares_source_of.is_none() {
        return Attribution::Unattributed;
    }
    // a signature signs the quotation before it
    if f.rule == "signature" {
        return Attribution::Direct;
    }
    let (words, quoted) = cx.quoted_words(f.content.unwrap_or(f.toks));
    if words > 0 && quoted as f64 / words as f64 >= cx.lex.settings.direct_quote_share {
        Attribution::Direct
    } else if f.cue_kind == Some(CueKind::According) {
        Attribution::AccordingTo
    } else {
        Attribution::Indirect
    }
}

/// A sentence in title case, as headlines are written: every word of four
/// letters or more (and at least three of them) capitalised, quotations
/// aside (`Trump Says “we will win”`).
fn is_headline(cx: &Ctx, (a, b): TokRange) -> bool {
    let unquoted = cx.toks[a..b].iter().filter(|t| !t.quoted);
    let (n, caps) = crate::text::long_words_capitalised(cx.folded, unquoted);
    n >= 3 && caps == n
}

fn sentence_claims(cx: &Ctx, si: usize, (a, b): TokRange, out: &mut Vec<Found>) {
    let mut cands: Vec<Cand> = Vec::new();
    // relative-clause cues ("Harlow, who said ..."), placed after the main choice
    let mut rels: Vec<Cand> = Vec::new();
    // cues whose clause has no "that" ("Voters think X will win"): the
    // claim's own only when no other cue or speaker label is found, since
    // an outer source may follow ("..., according to a new poll")
    let mut bare: Vec<Cand> = Vec::new();
    let mut headline: Option<bool> = None;
    let mut i = a;
    while i < b {
        let t = &cx.toks[i];
        if !t.is_word() || t.quoted {
            i += 1;
            continue;
        }
        let n = cx.norm(i);
        let Some(forms) = cx.lex.cues.get(n) else {
            i += 1;
            continue;
        };
        // a capitalised cue word inside a sentence is part of a name ("United
        // States"), unless the sentence is a headline ("Iran Says Talks Stalled")
        let sentence_initial = (a..i).all(|k| cx.toks[k].is_quote());
        if t.cap && !sentence_initial && !*headline.get_or_insert_with(|| is_headline(cx, (a, b))) {
            i += 1;
            continue;
        }
        let mut matched = None;
        for (fi, f) in forms.iter().enumerate() {
            let len = 1 + f.rest.len();
            if i + len > b {
                continue;
            }
            if f.rest.iter().enumerate().all(|(k, w)| {
                let j = i + 1 + k;
                !cx.toks[j].quoted && cx.norm(j) == w
            }) {
                matched = Some((fi, len));
                break;
            }
        }
        let Some((fi, len)) = matched else {
            i += 1;
            continue;
        };
        let prev_mention = cands.last().map(|c| c.mention);
        // "..., said Voss, who said ...": the relative pronoun stands for the previous source
        if i > a + 1 && cx.has(i - 1, class::RELATIVE) && cx.toks[i - 2].is_punct(',') {
            if let Some(pm) = prev_mention.filter(|m| m.1 + 1 >= i - 2) {
                let content = content_after(cx, (i, i + len), b, cx.lex.cues[n][fi].frame);
                cands.push(Cand {
                    cue: (i, i + len),
                    form: fi,
                    first_word: n.to_string(),
                    mention: pm,
                    content: content.or(Some((i + len, b))),
                    rule: "participle",
                    after_boundary: None,
                    tail_after_comma: None,
                    bare: false,
                });
                i += len;
                continue;
            }
        }
        if let Some(c) = relative_candidate(cx, (a, b), (i, i + len), n, fi) {
            rels.push(c);
        } else if let Some(c) = candidate(cx, (a, b), (i, i + len), n, fi, prev_mention) {
            if c.bare {
                bare.push(c);
            } else {
                cands.push(c);
            }
        }
        i += len;
    }
    if cands.is_empty() && !rels.is_empty() {
        cands.push(rels.remove(0));
    }
    if cands.is_empty() {
        // “...” / — Name, role: a signature after a quotation
        if signature_attribution(cx, si, (a, b), out) {
            return;
        }
        // no reporting cue: a colon, a speech tail or a verb before a quotation
        let fallback = colon_attribution(cx, si, (a, b))
            .or_else(|| quote_tail_attribution(cx, si, (a, b)))
            .or_else(|| quote_verb_attribution(cx, si, (a, b)));
        if let Some(f) = fallback {
            out.push(f);
            return;
        }
        if bare.is_empty() {
            out.push(Found::unattributed(si, (a, b)));
            return;
        }
        let mut c = bare.remove(0);
        c.rule = "bare-clause";
        cands.push(c);
    }
    // Choose the attributions: the first, then any that start a new clause.
    let mut chosen: Vec<(Cand, usize)> = Vec::new(); // (cand, claim start)
    let mut extra: Vec<(usize, Relation<TokRange>)> = Vec::new(); // (chosen index, relation)
    let relation = |cue, content, mention| Relation {
        cue,
        content,
        mention,
    };
    for c in cands {
        match chosen.last() {
            None => {
                let start = c.after_boundary.unwrap_or(a);
                chosen.push((c, start));
            }
            Some((prev, _)) => {
                // "X said A, adding B" / "X declared A and said B": a further cue of
                // the same source in the same claim, unless it sits inside a that-clause
                // of the first ("claimed that the drills are symbolic and reveal ...")
                if matches!(c.rule, "participle" | "coordinated") && c.cue.0 > prev.cue.1 {
                    // after ", and" or a closing quote the clause is the source's again
                    let after_break = c.cue.0 >= 2
                        && (cx.toks[c.cue.0 - 2].is_punct(',') || cx.closing_quote(c.cue.0 - 2))
                        && cx.has(c.cue.0 - 1, class::CONJ);
                    let inside_that = !after_break
                        && cx
                            .first_from(Scans::That, prev.cue.1, b, |k| {
                                cx.toks[k].is_word() && cx.norm(k) == "that" && !cx.toks[k].quoted
                            })
                            .is_some_and(|k| k < c.cue.0);
                    if c.rule == "participle" || !inside_that {
                        let content = c.content.unwrap_or((c.cue.1, b));
                        extra.push((chosen.len() - 1, relation(c.cue, content, None)));
                    }
                    continue;
                }
                // a second attribution that opens no clause of its own stays inside
                // this claim as a relation with its own source ("..., X replied,
                // according to Z"; "When X accused Y, she said ...")
                let k = chosen.len() - 1;
                let own = |c: &Cand| {
                    (
                        k,
                        relation(c.cue, c.content.unwrap_or((c.cue.1, b)), Some(c.mention)),
                    )
                };
                if c.mention.0 <= prev.cue.1 && c.mention.0 <= prev.mention.0 {
                    // "Reuters, citing two sources, reported ...": the participle sits
                    // inside the subject of the verb, which is the claim's cue; and
                    // "The woman whom the minister praised said ...", "A lawyer who
                    // represented him in business disputes told ...": the first
                    // cue lies in a relative clause between this subject and its
                    // cue
                    let nested = c.mention.1 <= prev.cue.0
                        && prev.cue.1 <= c.cue.0
                        && cx.has(c.mention.1, class::RELATIVE | class::RELATIVE_CUE)
                        // the clause's cue ends it: only adverbs, auxiliaries
                        // or time words before this cue
                        && (prev.cue.1..c.cue.0).all(|k| {
                            cx.has(k, class::ADVERB | class::AUX) || cx.time_word(k)
                        });
                    // "Cruz, who says Trump is attacking him, said ...": the
                    // first cue lies in a relative clause inside this mention,
                    // one that follows a name (not "his attendance, which
                    // officials said ..., underscored", nor a place's
                    // "where")
                    let named_relative = |k: usize| {
                        let before = if cx.toks[k - 1].is_punct(',') {
                            k - 1
                        } else {
                            k
                        };
                        cx.has(k, class::RELATIVE)
                            && cx.norm(k) != "where"
                            && before > c.mention.0
                            && cx.toks[before - 1].is_word()
                            && cx.toks[before - 1].cap
                    };
                    let within = c.mention.0 < prev.mention.0
                        && prev.cue.1 <= c.mention.1
                        && c.mention.1 <= c.cue.0
                        && (c.mention.0 + 1..prev.mention.0).any(named_relative);
                    // "Ana Ruiz — an analyst according to her website —
                    // said": an "according to" between a subject and its
                    // verb is the apposition's
                    let apposed = prev.rule == "according_to"
                        && c.mention.1 <= prev.cue.0
                        && prev.mention.1 <= c.cue.0
                        && (cx.toks[c.mention.1].is_punct(',')
                            || cx.toks[c.mention.1].is_punct('-'));
                    // "Officials quoted by Reuters said": a participle and
                    // its agent inside this subject (a reduced relative)
                    let reduced = c.mention.0 < prev.cue.0
                        && prev.cue.1 < c.mention.1
                        && c.mention.1 <= c.cue.0
                        && cx.is_word(prev.cue.1)
                        && cx
                            .lex
                            .has_side_class(cx.norm(prev.cue.1), class::AUTHOR_PREP);
                    let nested = nested || within || apposed || reduced;
                    if (prev.rule == "participle" || nested)
                        && c.rule == "verb"
                        && chosen.len() == 1
                    {
                        if let Some((p, start)) = chosen.pop() {
                            let content = p.content.unwrap_or((p.cue.1, b));
                            // the nested cue has a source of its own
                            let mention = (nested && p.rule != "participle").then_some(p.mention);
                            chosen.push((c, start));
                            extra.push((0, relation(p.cue, content, mention)));
                        }
                    }
                    continue;
                }
                let pronoun = c.mention.1 - c.mention.0 == 1 && cx.has(c.mention.0, class::PRONOUN);
                if pronoun {
                    if !reported_belief(cx, prev, &c) {
                        extra.push(own(&c));
                    }
                    continue;
                }
                // "Iran-backed militias attacked the base, the Pentagon
                // said.": a tail whose speaker follows the comma reports the
                // clause before it, the first cue's too; it is the claim's
                // outer source, the first cue a relation of it (a plain
                // reporting verb, one that may invert: not "..., an
                // accusation Tehran rejects", a claim of its own)
                // ("Iran said it would respond, according to Tasnim": the
                // article cites Tasnim, which reports what Iran said; after
                // a comma and ending the sentence, not inside a
                // parenthetical: "Bennett—an analyst according to a wiki—")
                let outer_according = c.rule == "according_to"
                    && c.cue.0 > prev.cue.1
                    && cx.toks[c.cue.0 - 1].is_punct(',')
                    && (c.mention.1..b).all(|k| !cx.is_word(k) && !cx.toks[k].is_punct(','));
                // ("..., two sources told Reuters": a telling verb and its
                // listener end the sentence as plainly as "said")
                let plain_tail = || {
                    let f = cx.cue_form(&c.first_word, c.form);
                    f.inverts || f.frame == Frame::Object
                };
                let outer_tail = (outer_according
                    || c.rule == "tail" && plain_tail() && c.tail_after_comma == Some(c.mention.0))
                    && chosen.len() == 1
                    && c.content
                        .is_some_and(|(s, e)| s <= prev.mention.0 && prev.cue.1 <= e);
                if outer_tail {
                    if let Some((p, start)) = chosen.pop() {
                        let content = p.content.unwrap_or((p.cue.1, c.mention.0));
                        extra.push((0, relation(p.cue, content, Some(p.mention))));
                        // (what the source reports is the inner content: a
                        // quotation the inner speaker said keeps the claim direct)
                        let mut c = c;
                        if outer_according {
                            c.content = Some(content);
                        }
                        chosen.push((c, start));
                    }
                    continue;
                }
                match c.after_boundary.or(c.tail_after_comma) {
                    Some(split) if split > prev.cue.1 && split > prev.mention.1 => {
                        chosen.push((c, split));
                    }
                    _ => extra.push(own(&c)),
                }
            }
        }
    }
    // A relative-clause cue inside a source mention ("Harlow, who said A, said B") is
    // a further relation of that claim; one after a claim's cue and mention starts a
    // claim of its own at the pronoun ("Marsh attacked Delgado, who said ...").
    for r in rels {
        let Some(k) = chosen.iter().rposition(|(_, start)| *start <= r.cue.0) else {
            continue;
        };
        let (prev, _) = &chosen[k];
        let pronoun = r.mention.1 - 1;
        let inside_mention = prev.mention.0 <= r.cue.0 && r.cue.0 < prev.mention.1;
        let next_start = chosen.get(k + 1).map_or(b, |c| c.1);
        // ("..., who asked not to be named, as saying": no claim of its own)
        if !inside_mention
            && !asks_anonymity(cx, r.cue, b)
            && pronoun > prev.cue.1
            && pronoun > prev.mention.1
            && pronoun < next_start
        {
            chosen.insert(k + 1, (r, pronoun));
            for x in extra.iter_mut().filter(|x| x.0 > k) {
                x.0 += 1;
            }
        } else {
            let content = r.content.unwrap_or((r.cue.1, r.cue.1));
            extra.push((k, relation(r.cue, content, Some(r.mention))));
        }
    }
    // the other bare-clause cues are relations of the claim they fall in
    for c in bare {
        let k = chosen
            .iter()
            .rposition(|(_, start)| *start <= c.cue.0)
            .unwrap_or(0);
        if reported_belief(cx, &chosen[k].0, &c) {
            continue;
        }
        let content = c.content.unwrap_or((c.cue.1, b));
        extra.push((k, relation(c.cue, content, Some(c.mention))));
    }
    // Emit claims: an unattributed prefix if the first starts late.
    let first_start = chosen[0].1;
    if first_start > a {
        out.push(Found::unattributed(si, (a, first_start)));
    }
    let n = chosen.len();
    for k in 0..n {
        let start = chosen[k].1;
        let end = if k + 1 < n { chosen[k + 1].1 } else { b };
        let c = &chosen[k].0;
        let form = cx.cue_form(&c.first_word, c.form);
        let mut content = c.content.map(|(s, e)| (s.max(start), e.min(end)));
        if let Some((s, e)) = content {
            if s >= e {
                content = None;
            }
        }
        if content.is_none() && c.tail_after_comma.is_some() && k > 0 {
            // "..., an accusation Tehran rejects": the content is the previous clause
            content = Some((chosen[k - 1].1, start));
        }
        let mut f = Found::attributed(
            si,
            (start, end),
            c.cue,
            (form.lemma.clone(), form.kind),
            trim_mention(cx, c.mention),
            content,
            c.rule,
        );
        f.also = extra.iter().filter(|x| x.0 == k).map(|x| x.1).collect();
        out.push(f);
    }
}

/// "Harlow, who said he ...", "T-shirts that said “We won.”", "Voss, who has in
/// the past described ...": a cue right after a relative pronoun (auxiliaries
/// and adverbs may stand between). The source is the noun phrase before the
/// pronoun; the mention runs from it through the pronoun. A pronoun that is
/// not also a `relative` word ("that") needs a noun right before it.
/// A cue followed by a passive infinitive ("who asked not to be named",
/// "who declined to be identified"): it asks for something, it says
/// nothing of its own.
fn asks_anonymity(cx: &Ctx, cue: TokRange, b: usize) -> bool {
    let after = skip_after_cue(cx, cue.1, b);
    let to = if after < b && cx.norm(after) == "not" {
        after + 1
    } else {
        after
    };
    to + 2 < b
        && cx.norm(to) == "to"
        && is_be(cx.norm(to + 1))
        && cx.is_word(to + 2)
        && looks_verbal(cx.norm(to + 2))
}

fn relative_candidate(
    cx: &Ctx,
    (a, b): TokRange,
    cue: TokRange,
    first: &str,
    fi: usize,
) -> Option<Cand> {
    let form = cx.cue_form(first, fi);
    if form.frame == Frame::According || form.participle {
        return None;
    }
    let mut k = cue.0;
    while k > a && !cx.has(k - 1, class::RELATIVE_CUE) && cx.verb_group_word(k - 1) {
        k -= 1;
        let n = cx.norm(k);
        if cx.has(k, class::NEGATOR) || contracted_negation(n) || is_be(n) {
            return None;
        }
    }
    if k <= a + 1 {
        return None;
    }
    let rel = k - 1;
    if !cx.has(rel, class::RELATIVE_CUE) || cx.toks[rel].quoted {
        return None;
    }
    // ", who" and " — who": the noun phrase stands before the comma or dash
    let comma = matches!(cx.toks[rel - 1].kind, TokKind::Punct(',' | '-' | '—' | '–'));
    let ambiguous = !cx.has(rel, class::RELATIVE);
    if ambiguous {
        // "signs that read": a noun, not a verb, cue or function word, before "that"
        let p = rel - 1;
        let t = &cx.toks[p];
        // (nor a phrase after a cue and its preposition whose "that" opens
        // the cue's clause, as [`Ctx::opens_after_phrase`] reads it:
        // "warned on X that attacks would ...", "posted on Facebook that
        // ..."; not "replied to a column that argued", "a report in the
        // Globe that said")
        let after_cue_phrase = || {
            (p.saturating_sub(4).max(a + 1)..p).any(|k| {
                cx.is_word(k - 1)
                    && !cx.toks[k - 1].quoted
                    && cx.lex.cues.contains_key(cx.norm(k - 1))
                    && cx.opens_after_phrase(Frame::Complement, (k - 1, k), k, b)
            })
        };
        if comma
            || !t.is_word()
            || t.quoted
            || cx.lex.cues.contains_key(cx.norm(p))
            || cx.class(p) != 0
            || looks_verbal(cx.norm(p))
            || after_cue_phrase()
        {
            return None;
        }
    }
    // complement verbs need their clause opener here ("who warned that ...")
    if matches!(
        form.frame,
        Frame::Complement | Frame::Clause | Frame::Intent | Frame::Findings
    ) && !cx.opens_complement(form.frame, skip_after_cue(cx, cue.1, b), b)
        && !cx.bare_clause(form.frame, cue, b)
    {
        return None;
    }
    let np_end = if comma { rel.checked_sub(2)? } else { rel - 1 };
    let np = if np_end >= a {
        let who = cx.norm(rel) == "who";
        // "Sen. Ana Ruiz, D-Ore., who": the phrase before a party label
        // (one token, a capital letter and a hyphen) set off by commas
        // (a full stop after it may be a token of its own: "R-Mo" ".")
        let l = if cx.toks[np_end].is_punct('.') {
            np_end.saturating_sub(1)
        } else {
            np_end
        };
        let label = comma
            && l > a + 1
            && cx.toks[rel - 1].is_punct(',')
            && cx.toks[l - 1].is_punct(',')
            && party_label(cx, l);
        let np_end = if label { l - 2 } else { np_end };
        // (a phrase across a verb, "The stance drew attacks from the
        // president, who", "spoke to Prime Minister Ana Ruiz, who": from the
        // verb's object, or the object of a preposition after it; not
        // a participle after a determiner, "a retired colonel")
        let after_verb = |m: TokRange| -> TokRange {
            let verb = (m.0..m.1).rev().find(|&k| {
                cx.is_word(k)
                    && !cx.toks[k].cap
                    && verb_form(cx, k)
                    && !(k > a && cx.has(k - 1, class::DET))
            });
            let Some(v) = verb.filter(|_| comma && who) else {
                return m;
            };
            // (past a plain noun phrase naming no one: "drew attacks from",
            // not "met a spokesman for Ruiz")
            let s = match (v + 1..m.1).find(|&k| cx.has(k, class::PREP)) {
                Some(p)
                    if (v + 1..p).all(|k| {
                        cx.is_word(k) && !cx.toks[k].cap && cx.lex.descriptor(cx.norm(k)).is_none()
                    }) =>
                {
                    p + 1
                }
                _ => v + 1,
            };
            if s < m.1 {
                (s, m.1)
            } else {
                m
            }
        };
        np_backward(cx, np_end, a)
            .map(after_verb)
            .map(|m| relative_antecedent(cx, m, (comma, who), a))
            // a phrase too long for a mention still ends in the name "who"
            // stands for ("a deadline to make its case for the
            // extradition of Ana Ruiz, who")
            .or_else(|| (comma && who).then(|| name_ending(cx, np_end, a)).flatten())
    } else {
        None
    };
    let mention = match np {
        Some((s, _)) => (s, rel + 1),
        None if ambiguous => return None,
        None => (rel, rel + 1),
    };
    // a relative clause set off by commas ends at the next comma outside quotations
    let end = if comma {
        (cue.1..b)
            .find(|&j| cx.toks[j].is_punct(',') && !cx.toks[j].quoted)
            .unwrap_or(b)
    } else {
        b
    };
    Some(Cand {
        cue,
        form: fi,
        first_word: first.to_string(),
        mention,
        content: content_after(cx, cue, end, form.frame),
        rule: "relative",
        after_boundary: None,
        tail_after_comma: None,
        bare: false,
    })
}

/// The capitalised words ending at `end` (at most four, none quoted) after
/// a lower-case word, as a name: "... the extradition of Ana Ruiz".
fn name_ending(cx: &Ctx, end: usize, a: usize) -> Option<TokRange> {
    let name = |k: usize| cx.is_word(k) && cx.toks[k].cap && !cx.toks[k].quoted && cx.class(k) == 0;
    let mut s = end + 1;
    while s > a && end + 1 - s < 4 && name(s - 1) {
        s -= 1;
    }
    (s <= end && s > a && cx.is_word(s - 1) && !cx.toks[s - 1].cap).then_some((s, end + 1))
}

/// The antecedent of a relative pronoun within the phrase `m` before it:
/// after a verb the phrase took in ("Officials met Ruiz, who said": Ruiz),
/// without a leading preposition ("on Pyongyang, which"), and, when a comma
/// sets the clause off, a name ending the phrase after a preposition whose
/// noun is a lower-case word and no descriptor word ("the recommendation of
/// Consumer Reports, which said", "comments from Obama, who"; not "a
/// spokesman for Ruiz, who": spokesman is a descriptor word; not "Sen. Max
/// Baucus of Montana, who"; not after a `no_person_after` word, "those in
/// Berlin, who"; nor without the comma, "a study of World of Warcraft that
/// found"; nor an organization's name for "who", "a student at the
/// University of Maryland, who says"). An article before the name goes with
/// it ("the support of the Bank of Oslo, which").
fn relative_antecedent(
    cx: &Ctx,
    (mut s, e): TokRange,
    (comma, who): (bool, bool),
    a: usize,
) -> TokRange {
    let word = |k: usize| cx.toks[k].is_word() && !cx.toks[k].quoted;
    let verb = (s..e).rev().find(|&k| {
        word(k)
            && !cx.toks[k].cap
            && cx.has(k, class::VERB)
            && !(k > a && cx.has(k - 1, class::DET))
    });
    if let Some(k) = verb.filter(|&k| k + 1 < e) {
        s = k + 1;
    }
    while s + 1 < e && word(s) && !cx.toks[s].cap && cx.has(s, class::PREP) {
        s += 1;
    }
    // the capitalised name run that ends the phrase, and the word before it
    let mut n = e;
    while n > s
        && (cx.toks[n - 1].kind == TokKind::Possessive
            || (word(n - 1)
                && (cx.toks[n - 1].cap
                    || cx.lex.has_side_class(cx.norm(n - 1), class::NAME_JOINER))))
    {
        n -= 1;
    }
    // (a joiner opens no name: "the attention of President Obama")
    while n < e && word(n) && !cx.toks[n].cap {
        n += 1;
    }
    // (with its article: "the support of the Bank of Oslo, which")
    if n > s && n < e && word(n - 1) && cx.has(n - 1, class::DET) {
        n -= 1;
    }
    if comma
        && n < e
        && n > s + 1
        && word(n - 1)
        && cx.has(n - 1, class::PREP)
        && !cx
            .lex
            .has_side_class(cx.norm(n - 1), class::NO_PERSON_AFTER)
        && word(n - 2)
        && !cx.toks[n - 2].cap
        && !is_np_word(cx, n - 2)
        // ("who" is no organization: "a student at the University of
        // Maryland, who says")
        && !(who && (n..e).any(|k| org_word(cx, k)))
    {
        s = n;
    }
    (s, e)
}

/// "“Voters are tired of waiting for answers,” he surmised.": a sentence that
/// opens with a quotation closed by a comma, question or exclamation mark, then a
/// subject and a past-tense verb the cue lexicon does not list, at the end of the
/// sentence or before a comma. The quotation is the content.
fn quote_tail_attribution(cx: &Ctx, si: usize, (a, b): TokRange) -> Option<Found> {
    let mut q = a;
    while q < b && !cx.toks[q].is_quote() {
        q += 1;
    }
    if q >= b || (a..q).any(|k| cx.is_word(k)) || !cx.toks[q].quoted {
        return None;
    }
    // the closing mark of that quotation, with , ? or ! just inside it
    let close = (q + 1..b).find(|&k| cx.closing_quote(k))?;
    if !matches!(cx.toks[close - 1].kind, TokKind::Punct(',' | '?' | '!')) {
        return None;
    }
    // the subject after the quotation: capitalised words and pronouns ("“...,”
    // he surmised"), or a determiner and up to two plain nouns ("“Never!” the
    // audience cried out")
    let s = close + 1;
    let mut v = s;
    if v < b && cx.has(v, class::DET) && !cx.toks[v].quoted {
        v += 1;
        while v < b
            && v < s + 3
            && cx.toks[v].is_word()
            && !cx.toks[v].quoted
            && cx.class(v) == 0
            && !cx.past_verb(v)
        {
            v += 1;
        }
        if v == s + 1 {
            return None;
        }
    } else {
        while v < b && v < s + 6 && cx.toks[v].is_word() && !cx.toks[v].quoted {
            let pron = cx.has(
                v,
                class::PRON_PERSON | class::PRON_PLURAL | class::PRON_AUTHOR,
            );
            if !(cx.toks[v].cap || pron) {
                break;
            }
            v += 1;
        }
    }
    let (v, mention) = if v == s {
        // “This is wonderful!” beamed Ronald Pike: the verb before its subject
        let m = np_forward(cx, v + 1, b, true).filter(|m| cx.toks[m.0].cap)?;
        (v, m)
    } else {
        // the verb ends the clause, or a particle after it does ("“...,” he
        // ventured, smiling", "cried out,")
        let ends_at =
            |k: usize| k >= b || matches!(cx.toks[k].kind, TokKind::Punct('.' | ',' | '!' | '?'));
        let ends = v < b
            && (ends_at(v + 1)
                || (cx.toks[v + 1].is_word()
                    && !cx.toks[v + 1].quoted
                    && !cx.toks[v + 1].cap
                    && cx.class(v + 1) & (class::DET | class::AUX | class::CONJ) == 0
                    && ends_at(v + 2)));
        if !ends {
            return None;
        }
        (v, (s, v))
    };
    if !cx.past_verb(v) {
        return None;
    }
    Some(Found::attributed(
        si,
        (a, b),
        (v, v + 1),
        (cx.norm(v).to_string(), CueKind::Neutral),
        mention,
        Some((q, close + 1)),
        "quote-tail",
    ))
}

/// "Okafor delivered a curt reply: “Nobody is leaving the table.”", "Keller
/// suggested she took “about $40,000” from lobbyists": in a sentence with
/// no reporting cue, a clause subject, the verb right after it and a quotation
/// later in the clause. The cue is the verb's first word (an auxiliary counts:
/// "is best known for"); the content runs from the cue to the sentence end.
fn quote_verb_attribution(cx: &Ctx, si: usize, (a, b): TokRange) -> Option<Found> {
    // the first quotation mark of the clause, after some unquoted words
    let q = (a..b).find(|&k| cx.toks[k].is_quote() && cx.toks[k].quoted)?;
    let quoted_words = (q..b)
        .filter(|&k| cx.toks[k].quoted && cx.is_word(k))
        .count();
    if quoted_words == 0 || (a..q).any(|k| cx.toks[k].quoted) {
        return None;
    }
    let mention = main_subject(cx, a, q)?;
    if !plausible_mention(cx, mention) || cx.has(mention.0, class::NEGATOR) {
        return None;
    }
    let mut v = skip_apposition(cx, mention, q);
    while v < q && cx.toks[v].is_word() && cx.has(v, class::ADVERB) {
        v += 1;
    }
    if v >= q || !cx.toks[v].is_word() || cx.toks[v].cap {
        return None;
    }
    let c = cx.class(v);
    let not_verb = class::DET
        | class::PREP
        | class::CONJ
        | class::RELATIVE
        | class::BOUNDARY
        | class::NEGATOR
        | class::TIME
        | class::PRONOUN
        | class::PRON_AUTHOR;
    if c & not_verb != 0 {
        return None;
    }
    let n = cx.norm(v);
    // a lexical verb (an auxiliary alone mostly frames a scare quote: "It is odd
    // that he would denounce “fast-tracking”"), and the quotation close after it
    let lexical = |k: usize| {
        let n = cx.norm(k);
        let c = cx.class(k);
        c & class::VERB != 0
            || (c & class::AUX == 0
                && n.len() > 3
                && (n.ends_with("ed") || n.ends_with('s') || n.ends_with("ing"))
                && !n.ends_with("ss"))
    };
    // "has long called for", "is best known for": an auxiliary before a participle
    let mut w = v + 1;
    while w < q && cx.has(w, class::ADVERB) {
        w += 1;
    }
    // a plural noun before an auxiliary ends the subject ("Marine sponges are
    // called ..."): it is no verb
    let noun_before_aux = v + 1 < q && cx.has(v + 1, class::AUX);
    let verb_like = (c & class::AUX == 0 && !n.ends_with("ing") && !noun_before_aux && lexical(v))
        || (c & class::AUX != 0 && w < q && !cx.toks[w].cap && lexical(w));
    if !verb_like || q > v + cx.lex.settings.quote_verb_window {
        return None;
    }
    // a quotation of mostly capitalised words is a title ("“The Late Hour with
    // Pat Quinlan”"), not speech
    if title_quote(cx, q, b) {
        return None;
    }
    // no clause break between the verb and the quotation
    if (v..q).any(|k| matches!(cx.toks[k].kind, TokKind::Punct(';' | '.' | '?' | '!'))) {
        return None;
    }
    // an auxiliary and its participle make one cue ("was asked", "has adopted")
    let cue = if c & class::AUX != 0 {
        (v, w + 1)
    } else {
        (v, v + 1)
    };
    let content = content_after(cx, cue, b, Frame::Any).unwrap_or((cue.1, b));
    Some(Found::attributed(
        si,
        (a, b),
        cue,
        (cx.norm(v).to_string(), CueKind::Neutral),
        mention,
        Some(content),
        "quote-verb",
    ))
}

/// Whether the quoted words from `q` to `b` are mostly capitalised: a
/// title ("“The Late Hour with Pat Quinlan”"), not speech.
fn title_quote(cx: &Ctx, q: usize, b: usize) -> bool {
    let (mut words, mut caps) = (0usize, 0usize);
    for k in (q..b).filter(|&k| cx.toks[k].quoted && cx.toks[k].is_word()) {
        words += 1;
        caps += usize::from(cx.toks[k].cap);
    }
    words > 0 && caps * 3 >= words * 2
}

/// After a subject `(s, e)`, the token where its verb should be: past a
/// party and state in parentheses ("Ana Ruiz (R-Utah)") and an apposition
/// between commas that `np_backward` would also take ("Li Wen, director of
/// the institute, calls ...", "Tom Reed, a law professor, called
/// ..."), when the subject is a name.
fn skip_apposition(cx: &Ctx, (s, e): TokRange, limit: usize) -> usize {
    let mut v = e;
    if v < limit && cx.toks[v].is_punct('(') {
        match (v..limit.min(v + 8)).find(|&k| cx.toks[k].is_punct(')')) {
            Some(close) => v = close + 1,
            None => return e,
        }
    }
    let named = (s..e).any(|k| cx.toks[k].is_word() && cx.toks[k].cap);
    if !named || v >= limit || !cx.toks[v].is_punct(',') {
        return v;
    }
    // the closing comma, with no quotation or clause break before it
    let lim = limit.min(v + 1 + PARENTHETICAL_WINDOW);
    let Some(close) = (v + 1..lim).find(|&k| {
        cx.toks[k].is_punct(',')
            || cx.toks[k].quoted
            || cx.toks[k].is_quote()
            || matches!(cx.toks[k].kind, TokKind::Punct(';' | ':' | '.' | '?' | '!'))
    }) else {
        return v;
    };
    if !cx.toks[close].is_punct(',') || close + 1 >= limit {
        return v;
    }
    match parenthetical_start(cx, close, true, s) {
        Some(p) if p == v => close + 1,
        _ => v,
    }
}

/// A clause subject `m` and the name set off after it ("The UN envoy, Hans
/// Grundberg, briefed the council, saying"): the subject through the name,
/// as a reporting verb right after the apposition would have it.
fn named_apposition(cx: &Ctx, m: TokRange, limit: usize) -> TokRange {
    let v = skip_apposition(cx, m, limit);
    if !(m.1 + 1 < v && v < limit && cx.is_word(v) && cx.toks[m.1].is_punct(',')) {
        return m;
    }
    let t = &cx.toks[m.1 + 1];
    let name_first =
        t.is_word() && t.cap && !t.quoted && !cx.has(m.1 + 1, class::OPENER | class::PREP);
    // no dash, bracket or verb inside ("Reps. Adam Schiff, Elijah Cummings
    // and Eliot Engel released text messages provided by Kurt Volker, ...")
    let breaks = |k: usize| {
        cx.is_dash(k)
            || cx.toks[k].is_punct('(')
            || cx.is_word(k) && !cx.toks[k].cap && looks_verbal(cx.norm(k))
    };
    // and no list: "Texas, Florida, and Arizona"
    if name_first && !(m.1 + 1..v).any(breaks) && !cx.has(v, class::CONJ) {
        (m.0, v - 1)
    } else {
        m
    }
}

/// "Alvarez: I'm hopeful", "Jones: “The survey finds ...”": a short capitalised
/// name and a colon opening a sentence; returns the colon and the name.
fn colon_opener(cx: &Ctx, (a, b): TokRange) -> Option<(usize, TokRange)> {
    let colon = (a..b.min(a + 7)).find(|&k| cx.toks[k].is_punct(':'))?;
    if colon == a || colon + 1 >= b || cx.toks[colon].quoted {
        return None;
    }
    // "Read: ...": a reporting verb is no speaker's name
    let name_like = (a..colon).all(|k| {
        let t = &cx.toks[k];
        (t.is_word()
            && t.cap
            && !cx.lex.cues.contains_key(cx.norm(k))
            && cx.class(k)
                & (class::DET | class::PREP | class::AUX | class::BOUNDARY | class::OPENER)
                == 0)
            || t.kind == TokKind::Possessive
            || (t.is_word() && cx.has(k, class::PRON_PERSON))
    });
    // "RELATED:", "READ:", "PHOTOS:": section labels in capitals, not
    // sources; and a label word of grammar.csv in any case ("Photos:",
    // "Correction:", "Contributing:")
    let t = &cx.toks[a];
    let word = &cx.text[t.start as usize..t.end as usize];
    if colon == a + 1
        && ((word.chars().count() > 3 && word.chars().all(|c| !c.is_lowercase()))
            || cx.lex.has_side_class(cx.norm(a), class::LABEL))
    {
        return None;
    }
    // "FILE PHOTO:", "EDITOR'S NOTE:": a label word last, in capitals, of
    // two words at most ("HUMAN RIGHTS WATCH:" speaks); in any case, a label
    // word of two ("Reality Check:", "Canine Update:", "Facts First:"; not
    // an organization's last word: "Judicial Watch:")
    let last = &cx.toks[colon - 1];
    let two = (a..colon).filter(|&k| cx.is_word(k)).count() <= 2;
    if two
        && (last.is_word() && last.upper && cx.lex.has_side_class(cx.norm(colon - 1), class::LABEL)
            || !org_word(cx, colon - 1)
                && (a..colon)
                    .any(|k| cx.is_word(k) && cx.lex.has_side_class(cx.norm(k), class::LABEL)))
    {
        return None;
    }
    let words_after = (colon + 1..b).filter(|&k| cx.is_word(k)).count();
    if !name_like || words_after < 3 {
        return None;
    }
    Some((colon, (a, colon)))
}

/// A colon that introduces a quotation or a speaker's words: "Alvarez: I'm
/// hopeful" (a short capitalised name opening the sentence), or "... -
/// PollWatch: “Pollsters are under fire ...”" (a named noun phrase right
/// before a colon that a quotation follows).
fn colon_attribution(cx: &Ctx, si: usize, (a, b): TokRange) -> Option<Found> {
    let (colon, mention) = colon_opener(cx, (a, b)).or_else(|| {
        let colon = (a + 1..b).find(|&k| {
            cx.toks[k].is_punct(':')
                && !cx.toks[k].quoted
                && k + 1 < b
                && cx.toks[k + 1].is_quote()
                && cx.toks[k + 1].quoted
        })?;
        let m = np_backward(cx, colon - 1, a)?;
        // "Ron Vale, Ohio national committeeman: “...”": a name opening the
        // sentence and its role in apposition speak together
        let name_before = m.0 >= a + 2
            && m.0 <= a + 5
            && cx.toks[m.0 - 1].is_punct(',')
            && (a..m.0 - 1).all(|k| cx.toks[k].is_word() && cx.toks[k].cap && cx.class(k) == 0);
        let m = if name_before { (a, m.1) } else { m };
        let named = (m.0..m.1).any(|k| {
            cx.toks[k].is_word()
                && (cx.toks[k].cap && k > a || cx.has(k, class::PRON_PERSON | class::PRON_PLURAL))
        });
        (named && plausible_mention(cx, m)).then_some((colon, m))
    })?;
    Some(Found::attributed(
        si,
        (a, b),
        (colon, colon + 1),
        ("say".into(), CueKind::Neutral),
        mention,
        Some((colon + 1, b)),
        "colon",
    ))
}

/// "“The harbor will reopen.”" followed by "— Ana Lopez, Lisbon.": a sentence
/// that is only a dash and a name (and after a comma a role, place or
/// occasion) signs the quotation that ends right before it. The dash is the
/// cue of a claim of its own, and the quotation's claim, if unattributed,
/// shares its source. Returns whether it pushed the claim.
fn signature_attribution(cx: &Ctx, si: usize, (a, b): TokRange, out: &mut Vec<Found>) -> bool {
    let t = cx.toks;
    let mut d = a;
    while d < b && d < a + 2 && t[d].is_punct('-') && !t[d].quoted {
        d += 1;
    }
    if d == a || d >= b || !t[d].is_word() || !t[d].cap || t[d].quoted {
        return false;
    }
    // the name: capitalised words, possessives and "of the" ("Bank of the
    // West") up to a comma or the end; an auxiliary ends it (a headline: "Plot
    // May Have Been ..."), and so does any other preposition ("Stewart on ...")
    let mut e = d;
    while e < b
        && !t[e].quoted
        && (t[e].kind == TokKind::Possessive
            || (t[e].is_word()
                && !cx.has(e, class::AUX)
                && (t[e].cap && !cx.has(e, class::PREP) || matches!(cx.norm(e), "of" | "the"))))
    {
        e += 1;
    }
    while e > d + 1 && !t[e - 1].cap {
        e -= 1;
    }
    let ends = |k: usize| (k..b).all(|j| matches!(t[j].kind, TokKind::Punct('.' | '!' | ')')));
    let tail_ok = ends(e)
        || (t[e].is_punct(',') && b - e <= 14 && (e..b).all(|j| !t[j].is_quote() && !t[j].quoted));
    if !tail_ok || e - d > cx.lex.settings.max_mention_tokens {
        return false;
    }
    // the quotation right before: the previous claim, unattributed, ends with
    // its closing mark (after it at most a period)
    let Some(pi) = out.len().checked_sub(1) else {
        return false;
    };
    let prev = &out[pi];
    if prev.toks.1 != a || prev.cue.is_some() || prev.shares_source_of.is_some() || a == 0 {
        return false;
    }
    let mut k = a - 1;
    while k > prev.toks.0 && matches!(t[k].kind, TokKind::Punct('.' | ')')) {
        k -= 1;
    }
    if !cx.closing_quote(k) || !cx.mostly_quoted(prev.toks) {
        return false;
    }
    out.push(Found::attributed(
        si,
        (a, b),
        (a, d),
        ("say".into(), CueKind::Neutral),
        (d, e),
        None,
        "signature",
    ));
    share_source(out, pi, pi + 1, "signed-quotation");
    true
}

/// Build a candidate attribution for the cue at `cue`, or None.
fn candidate(
    cx: &Ctx,
    (a, b): TokRange,
    cue: TokRange,
    first: &str,
    fi: usize,
    prev_mention: Option<TokRange>,
) -> Option<Cand> {
    let form = cx.cue_form(first, fi);
    let first_word = first.to_string();
    if form.frame == Frame::According {
        return according(cx, (a, b), cue, first_word, fi);
    }
    // "quoted X as saying": the participle belongs to the earlier cue
    if form.participle && cue.0 > a && cx.norm(cue.0 - 1) == "as" {
        return None;
    }
    // "a group opposed to the deal", "the remarks added to the confusion":
    // reporting_verbs.csv `not_before`, though not for a cue that may
    // invert in a tail after a quotation ("...,” he added to applause.";
    // but "...,” groups opposed to the deal said", "...,” state Sen. Ana
    // Ruiz said"), nor when the clause's subject stands right before the
    // cue, its object fronted ("a group he accuses of rigging", "whom
    // Trump accused of lying", "who they have accused of ...")
    let subject_before = || {
        // (the auxiliary nearest the cue decides when there is one: a form
        // of "be" makes it a passive, "who has been accused of"; another
        // is the active's, "which activists have long accused of")
        let mut p = cue.0;
        while p > a && cx.verb_group_word(p - 1) {
            p -= 1;
            if cx.has(p, class::AUX) {
                return !is_be(cx.norm(p));
            }
        }
        p > a && {
            let s = p - 1;
            let pronoun = cx.has(s, class::PRONOUN | class::PRON_AUTHOR)
                && !cx.lex.has_side_class(cx.norm(s), class::OBJECT_PRONOUN)
                && cx.norm(s) != "it";
            let cap = |k: usize| cx.is_word(k) && cx.toks[k].cap;
            let mut n = s;
            while n > a && cap(n) && cap(n - 1) {
                n -= 1;
            }
            pronoun || (n > a && cap(n) && cx.has(n - 1, class::RELATIVE))
        }
    };
    if cue.1 < b
        && cx.is_word(cue.1)
        && form.not_before.iter().any(|w| w == cx.norm(cue.1))
        && !(form.inverts && (cue.0.saturating_sub(4).max(a)..cue.0).any(|k| cx.closing_quote(k)))
        && !subject_before()
    {
        return None;
    }
    // (asked last in the checks below: most cues are no such form)
    let noun_form = || cx.lex.has_side_class(cx.norm(cue.0), class::NOUN_FORM);
    // a plain word after the cue: no grammar word, cue or quotation
    let next_plain = || {
        cue.1 < b
            && cx.toks[cue.1].is_word()
            && !cx.toks[cue.1].quoted
            && cx.class(cue.1) == 0
            && !cx.lex.cues.contains_key(cx.norm(cue.1))
    };
    if cue.0 > a {
        let p = cue.0 - 1;
        // "the report said": a noun, not a verb (but "her" after a
        // preposition is its object: "a source close to her said")
        // (not before a base form, an -ing form or a form that is also a
        // noun, where "her" is the subject of a verb after a verb of
        // perception or a possessive: "listened to her say", "a video of
        // her defending", "expanded on her plans")
        let object = || {
            let n = cx.norm(cue.0);
            p > a
                && cx.lex.has_side_class(cx.norm(p), class::OBJECT_PRONOUN)
                && cx.has(p - 1, class::PREP)
                && !form.is_base(n)
                && !n.ends_with("ing")
                && !noun_form()
        };
        if cx.has(p, class::DET)
            && matches!(
                cx.norm(p),
                "the" | "a" | "an" | "these" | "those" | "its" | "their" | "his" | "her"
            )
            && !object()
        {
            return None;
        }
        // "two disputed reefs", "Halden's reported net worth": an adjective
        // between a determiner, number or possessive and a plain word
        // ("four in 10 said Obama was right": a share of those polled is the subject)
        let share = || share_start(cx, p, a).is_some();
        if next_plain()
            && (matches!(cx.toks[p].kind, TokKind::Number | TokKind::Possessive)
                || cx.has(p, class::DET))
            && !share()
        {
            return None;
        }
        // "all five states.", "most reports", "these claims": a cue form that
        // is also a plural noun, after a number or a word that opens a noun
        // phrase, is the noun, unless what follows is a complement ("its 2008
        // paper notes that ...", "Bill 5 promises to ..."); "a law that
        // states ..." keeps its cue
        let complement = || {
            cue.1 < b
                && (matches!(cx.norm(cue.1), "that" | "to" | ":") || cx.toks[cue.1].is_quote())
        };
        if (matches!(cx.toks[p].kind, TokKind::Number)
            || (cx.has(p, class::DET | class::QUANTIFIER) && cx.norm(p) != "that"))
            && !complement()
            && noun_form()
            && !share()
        {
            return None;
        }
        // "the reality show “Cake Boss”": a cue form that is also a noun,
        // after a plain lower-case word and before a quotation in title
        // case, is the noun and the quotation its name
        if cx.toks[p].is_word()
            && !cx.toks[p].cap
            && cx.class(p) == 0
            && cue.1 < b
            && cx.toks[cue.1].is_quote()
            && noun_form()
            && title_quote(cx, cue.1 + 1, b)
        {
            return None;
        }
        // "appears to confirm": an infinitive, unless "continues to say"
        if cx.norm(p) == "to" && !(p > a && cx.has(p - 1, class::CHAIN)) {
            return None;
        }
        // "in remarks to reporters", "of claims": a noun after a preposition
        // (not "by saying": the means of the clause's verb)
        if cx.has(p, class::PREP)
            && !cx.toks[p].quoted
            && cx.norm(p) != "to"
            && !(form.participle && cx.norm(p) == "by")
        {
            return None;
        }
    }
    // "states that have legalized", "reports that were denied": a plural
    // noun whose relative clause opens with an auxiliary ("Iran says that
    // was wrong" keeps its cue: "says" is no noun)
    if cue.1 + 1 < b && cx.norm(cue.1) == "that" {
        let n = cue.1 + 1;
        let n = if cx.has(n, class::ADVERB) && n + 1 < b {
            n + 1
        } else {
            n
        };
        if cx.has(n, class::AUX) && noun_form() {
            return None;
        }
    }
    // verb group to the left: auxiliaries, adverbs, negators, time adjuncts
    let mut k = cue.0 as isize - 1;
    let mut negated = false;
    let mut passive = false;
    // past a chain word and "to", a form of "be" is the chain word's, not
    // the cue's ("Netanyahu is reported to have told": no passive cue)
    let mut chained = false;
    while k >= a as isize {
        let ku = k as usize;
        if cx.verb_group_word(ku) && !aux_as_name(cx, ku, cue.0 - 1, a) && !cx.month_aux(ku) {
            // "did not say"; and "might also conclude": what a source may yet
            // think or say is no attribution
            if cx.has(ku, class::NEGATOR | class::SPECULATIVE) || contracted_negation(cx.norm(ku)) {
                negated = true;
            }
            if is_be(cx.norm(ku)) && !form.participle && !chained {
                passive = true;
            }
            k -= 1;
            continue;
        }
        // "Novak and Lindqvist have both said", "they both criticized": a floating
        // quantifier after the subject or its auxiliary
        if cx.has(ku, class::QUANTIFIER)
            && ku > a
            && (cx.has(ku - 1, class::AUX | class::PRON_PERSON | class::PRON_PLURAL)
                // a name, not a capitalised conjunction ("But another said")
                || (cx.toks[ku - 1].is_word()
                    && cx.toks[ku - 1].cap
                    && !cx.has(
                        ku - 1,
                        class::CONJ | class::ADVERB | class::OPENER | class::PREP,
                    )))
        {
            k -= 1;
            continue;
        }
        // "he's said": after a pronoun a glued 's is "has"
        if cx.toks[ku].kind == TokKind::Possessive
            && ku > a
            && cx.has(
                ku - 1,
                class::PRON_PERSON | class::PRON_PLURAL | class::PRON_AUTHOR,
            )
        {
            k -= 1;
            continue;
        }
        // "continues to say"
        if cx.norm(ku) == "to" && ku > a && cx.has(ku - 1, class::CHAIN) {
            chained = true;
            k -= 1;
            continue;
        }
        // "is reported to have told": a hearsay participle of grammar.csv
        // after a form of "be"
        if cx.norm(ku) == "to"
            && ku > a + 1
            && cx.is_word(ku - 1)
            && cx.lex.has_side_class(cx.norm(ku - 1), class::HEARSAY)
            && is_be(cx.norm(ku - 2))
        {
            chained = true;
            k -= 2;
            continue;
        }
        // "on Tuesday", "last week", "Thursday"; not a share of those polled
        // ("four in 10 said", "one in three said": a quantifier, "in" and a
        // number of at most three digits)
        let share = cx.toks[ku].kind == TokKind::Number && share_start(cx, ku, a).is_some();
        // ("Channel 12 reported": a number after a capitalised word no
        // time word is part of a name; "Jan. 8" is a date)
        let named_number = cx.toks[ku].kind == TokKind::Number
            && ku > a
            && cx.toks[ku - 1].is_word()
            && cx.toks[ku - 1].cap
            && !cx.time_word(ku - 1);
        // ("Doris Day said": a time word after a given name is her surname)
        if cx.time_word(ku)
            && !cx.toks[ku].quoted
            && !share
            && !named_number
            && !aux_as_name(cx, ku, cue.0 - 1, a)
        {
            let mut j = k - 1;
            // (a plain word between a determiner and the time word, the
            // phrase opening the clause or after a comma: "Ana Ruiz, the
            // chair, this past week announced"; not "issued a statement
            // Saturday condemning")
            let between = |j: usize| {
                j > a
                    && cx.is_word(j)
                    && !cx.toks[j].cap
                    && cx.class(j) == 0
                    && cx.has(j - 1, class::DET)
                    && cx.time_word(j + 1)
                    && (j - 1 == a || cx.toks[j - 2].is_punct(','))
            };
            while j >= a as isize
                && (cx.time_word(j as usize)
                    || cx.has(j as usize, class::DET)
                    || between(j as usize))
            {
                j -= 1;
            }
            if j >= a as isize
                && matches!(
                    cx.norm(j as usize),
                    "on" | "in" | "during" | "earlier" | "last" | "this"
                )
            {
                j -= 1;
            }
            // only when something subject-like stays to the left (or the
            // comma closing its apposition: "Ana Ruiz, the chair, this past
            // week announced")
            let ju = j.max(0) as usize;
            let apposition_comma = j > a as isize
                && cx.toks[ku].kind != TokKind::Number
                && cx.toks[ju].is_punct(',')
                && cx.is_word(ju - 1)
                && !cx.toks[ju - 1].quoted;
            if j >= a as isize
                && (cx.is_word(ju) || cx.toks[ju].kind == TokKind::Possessive || apposition_comma)
            {
                k = j;
                continue;
            }
        }
        break;
    }
    // "they're told that ...": a subject with a glued "are" before a past
    // participle is a passive too
    if k >= a as isize && !form.participle && cx.norm(k as usize).ends_with("'re") {
        passive = true;
    }
    if passive && !negated {
        let left = (k >= a as isize).then_some(k as usize);
        if let Some(c) = quoted_by(cx, (a, b), left, cue, &first_word, fi) {
            return Some(c);
        }
        if let Some(c) = left.and_then(|l| passive_by(cx, (a, b), (cue, &first_word, fi), l)) {
            return Some(c);
        }
    }
    if negated || passive {
        return None;
    }
    // "..., a view echoed by Yeni Safak.": a noun phrase after a comma that
    // sums up the clause before it, with a participle and its agent; the
    // agent is the source and that clause the content
    if let Some(comma) = (k >= a as isize)
        .then(|| summing_apposition(cx, k as usize, a))
        .flatten()
    {
        if let Some(c) = passive_by(cx, (a, b), (cue, &first_word, fi), k as usize) {
            return Some(Cand {
                content: Some((a, comma)),
                tail_after_comma: Some(comma + 1),
                ..c
            });
        }
    }
    // a subject that is itself a negation ("Neither side has confirmed")
    let after = skip_after_cue(cx, cue.1, b);
    // "hopes that", "said: “...”", and for intentions "vowed to block"; at the end
    // of a tail the content is what came before ("...,” Ostrom notes."), checked below
    let left = if k >= a as isize {
        Some(k as usize)
    } else {
        None
    };
    let mut needs_tail = false;
    let mut bare = false;
    if matches!(
        form.frame,
        Frame::Complement | Frame::Clause | Frame::Intent | Frame::Findings
    ) {
        let at_end = after >= b
            || matches!(cx.toks[after].kind, TokKind::Punct('.' | '!' | '?'))
            || (cx.toks[after].is_word() && cx.norm(after) == "and" && !cx.toks[after].quoted);
        let opened = cx.opens_complement(form.frame, after, b)
            || cx.opens_after_phrase(form.frame, cue, after, b);
        let by_bare = !opened && cx.bare_clause(form.frame, cue, b);
        let ok = opened || by_bare;
        // "“...,” agrees Paula Brennan": the quotation before an inverted cue
        let quote_before = form.inverts && left.is_some_and(|l| cx.closing_quote(l));
        // "“...,” Marlow stated in a letter": a quotation closing shortly
        // before the cue may make it a tail (checked below, once the subject is known)
        let closing_before = (cue.0.saturating_sub(12).max(a)..cue.0).any(|k| cx.closing_quote(k));
        // "A Fox News poll shows Sanders with 47 percent", "FEC records show
        // he backed ...": a poll's or a record's findings need no "that"
        let evidence = form.frame == Frame::Findings
            && left.is_some_and(|l| {
                cx.toks[l].is_word()
                    && !cx.toks[l].quoted
                    && cx.lex.has_side_class(cx.norm(l), class::EVIDENCE)
            });
        if !ok && !at_end && !quote_before && !closing_before && !evidence {
            return None;
        }
        needs_tail = !ok && !evidence;
        bare = by_bare && !evidence;
    }
    // inverted: `“Q,” said X` / `..., said X`
    let left_is_break = match left {
        None => false,
        Some(l) => cx.toks[l].is_punct(',') || cx.closing_quote(l),
    };
    let apposition = match left {
        Some(l) if cx.toks[l].is_punct(',') && !form.participle => {
            parenthetical_start(cx, l, true, a).and_then(|p| np_backward(cx, l, a).map(|m| (m, p)))
        }
        _ => None,
    };
    let apposition_subject = apposition.map(|(m, _)| m);
    let may_invert =
        form.inverts || left.is_some_and(|l| cx.closing_quote(l)) && form.frame != Frame::Object;
    // "..., said he would go", "..., said they opposed it", "..., said the
    // convention could fail": a pronoun or noun phrase that opens a clause
    // after the cue is the content's subject, not an inverted speaker; he /
    // she most often names the speaker, so it stays the last resort (below)
    // when no subject before the cue is found
    let mut pronoun_speaker = None;
    let mut clause_opens_content = false;
    // "..., whom he has alienated, said Larry Sabato, a professor.": a name
    // alone after the cue, ending the sentence or before a comma, is the
    // speaker, though a parenthetical before the cue could close a subject
    // (a role may open the name, "said spokesman Ray Colton"; not after a
    // plain noun phrase and its parenthetical, a subject:
    // "Ana Ruiz, a historian, said E-Verify, the system, is voluntary";
    // nor after an age: "Biden, 77, said Buttigieg, 38, reminded him")
    // (the phrase after the cue, read once)
    let forward = (may_invert && (left_is_break || left.is_none()))
        .then(|| np_forward(cx, cue.1, b, true))
        .flatten();
    let plain_subject = |(m, p): (TokRange, usize)| {
        (m.0..p).all(|k| {
            (plain_np_word(cx, k)
                && !(cx.has(k, class::ADVERB | class::OPENER)
                    || adverb_form(cx.norm(k))
                    || (k == m.0 && cx.has(k, class::PREP))))
                || crate::text::initial_dot(cx.folded, cx.toks, k)
        })
    };
    let age_before = || {
        left.is_some_and(|l| {
            l >= a + 2 && cx.toks[l - 1].kind == TokKind::Number && cx.toks[l - 2].is_punct(',')
        })
    };
    let named_after = |m: TokRange| {
        // (a role's lower-case words, "spokesman Ray Colton", then the
        // name's capitalised words, then its end)
        let s = (m.0..m.1)
            .find(|&k| !(cx.is_word(k) && !cx.toks[k].cap && is_np_word(cx, k)))
            .unwrap_or(m.1);
        let n = (s..b)
            .find(|&k| {
                !((cx.is_word(k) && cx.toks[k].cap)
                    || crate::text::initial_dot(cx.folded, cx.toks, k))
            })
            .unwrap_or(b);
        n > s
            && !cx.time_word(s)
            && cx.class(s) == 0
            && (n >= b || matches!(cx.toks[n].kind, TokKind::Punct(',' | '.')))
    };
    let invert = match (forward, apposition) {
        (Some(_), None) => true,
        (Some(m), Some(ap)) => !age_before() && !plain_subject(ap) && named_after(m),
        (None, _) => false,
    };
    if invert {
        if let Some(m) = forward.filter(|_| !form.participle) {
            let content_end = left.map(|l| comma_before(cx, l, a)).unwrap_or(a);
            let content = if content_end > a {
                Some((a, content_end))
            } else {
                None
            };
            // a clause after the cue: a pronoun and any word but a
            // preposition, time word, conjunction, adverb or boundary, or a
            // phrase and a lower-case verb form ("the convention was")
            let next_word = m.1 < b && cx.is_word(m.1) && !cx.toks[m.1].quoted;
            let pronoun_clause = m.1 == m.0 + 1
                && cx.has(m.0, class::PRONOUN)
                && next_word
                && !cx.has(
                    m.1,
                    class::PREP | class::TIME | class::CONJ | class::ADVERB | class::BOUNDARY,
                );
            let verb_after = next_word && !cx.toks[m.1].cap && verb_form(cx, m.1);
            if !pronoun_clause && !verb_after {
                return Some(Cand::inverted(cue, fi, first_word, m, content));
            }
            clause_opens_content = true;
            if cx.has(m.0, class::PRON_PERSON) {
                pronoun_speaker = Some((m, content));
            }
        }
    }
    // normal: subject to the left
    // ", saying", ",” saying" (the comma inside the closing quotation mark), and
    // "before adding", "while insisting"
    // ("by saying": the means of the clause's verb, "Bolton distanced
    // himself by saying ...")
    let after_comma = left.is_some_and(|l| {
        (form.participle
            && cx.toks[l].is_word()
            && !cx.toks[l].quoted
            && (cx.has(l, class::BOUNDARY) || cx.norm(l) == "by")
            && !cx.has(l, class::RELATIVE | class::DET))
            || cx.comma_at(l, a)
    });
    let backward = apposition_subject.or_else(|| {
        left.and_then(|l| {
            // a participle ("who shared a video claiming ...") keeps its own subject rules
            (!form.participle)
                .then(|| relative_clause_antecedent(cx, l, cue.0, a))
                .flatten()
                .or_else(|| np_backward(cx, l, a))
        })
    });
    let backward = backward.map(|m| relative_clause_subject(cx, m, a).unwrap_or(m));
    let backward = backward.map(|m| coordinated_subject(cx, m, a).unwrap_or(m));
    // "Khamenei has the final say on ...": a cue in its base form after an
    // auxiliary and a phrase ending in a plain lower-case word (no one a
    // descriptor or a name says: not "Did the minister say ...?") is a noun,
    // and that phrase no subject
    let backward = backward.filter(|m| {
        !(m.0 > a
            && m.1 == cue.0
            && cx.is_word(m.0 - 1)
            && cx.has(m.0 - 1, class::AUX)
            && plain_noun_at(cx, m.1 - 1)
            && form.is_base(cx.norm(cue.0)))
    });
    // "A report published Wednesday said", "a statement issued by the
    // ministry said": the noun phrase before a participle that modifies it
    // (after a parenthetical too, when the phrase before it opens with a
    // preposition: "Veterans interviewed at rallies, including Ana Ruiz,
    // said")
    let backward = match left {
        Some(l)
            if !form.participle
                && (apposition_subject.is_none()
                    || backward.is_some_and(|m| cx.has(m.0, class::PREP))) =>
        {
            // (a plain verb, no form that may be a noun, may end a tail:
            // "..., people briefed on the talks said.")
            let plain_verb = || form.frame == Frame::Any && !noun_form();
            reduced_relative(cx, backward, l, cue, (a, b), &plain_verb).or(backward)
        }
        _ => backward,
    };
    // "Iran's foreign minister, quoted by the Tasnim news agency, said":
    // the article cites the agent, its source (as "according to data cited
    // by RIA Novosti")
    let backward = match left {
        Some(l) if !form.participle && cx.toks[l].is_punct(',') => {
            passive_parenthetical(cx, l, a).or(backward)
        }
        _ => backward,
    };
    // "Trump issued a statement saying ...", "she released an ad calling
    // ...": a participle after a document its subject issued is the
    // issuer's, not the document's
    // ("the White House issued a statement on Friday claiming", "Trump
    // reversed course, issuing a statement saying": a time between the
    // document and the participle, the issuing verb inside the phrase);
    // the verb's index when so
    let issued = |m: TokRange| -> Option<usize> {
        if !cx.norm(cue.0).ends_with("ing") || m.0 <= a || m.1 > cue.0 {
            return None;
        }
        let timely = |j: usize| {
            cx.time_word(j)
                || cx.has(j, class::ADVERB)
                || (cx.has(j, class::PREP) && j + 1 < cue.0 && cx.time_word(j + 1))
        };
        // the determiner opening the document's phrase, after the verb or
        // "with" ("responded with a statement") inside the phrase, if any
        // (a bare plural document noun opens it too: "issued statements
        // calling for restraint")
        let document = |n: &str| cx.lex.descriptor(n) == Some(&Descriptor::DocumentNoun);
        let bare_plural = |k: usize| {
            let n = cx.norm(k);
            k < m.1 && plural_noun(n) && (document(n) || n.strip_suffix('s').is_some_and(document))
        };
        let inside = !cx.toks[m.0].cap
            && (cx.has(m.0 + 1, class::DET) || bare_plural(m.0 + 1))
            && (cx.class(m.0) == 0 || cx.norm(m.0) == "with");
        let d = if inside { m.0 + 1 } else { m.0 };
        let v = if d - 1 > a && cx.norm(d - 1) == "with" {
            d - 2
        } else {
            d - 1
        };
        // the document noun, then only times ("on Friday afternoon", "later")
        let k = if bare_plural(d) {
            d
        } else {
            (d + 1..m.1.min(d + 4)).find(|&k| document(cx.norm(k)))?
        };
        // (not "..., which issued a statement saying": the relative clause
        // has its own antecedent)
        let ok = (cx.has(d, class::DET) || k == d)
            && (k + 1..cue.0).all(timely)
            && !(v > a && cx.has(v - 1, class::RELATIVE))
            && v >= a
            && cx.is_word(v)
            && !cx.toks[v].cap
            && !cx.toks[v].quoted
            && cx.class(v) & (class::PREP | class::DET | class::CONJ | class::BOUNDARY) == 0;
        ok.then_some(v)
    };
    let issuer = backward.and_then(|m| issued(m).map(|v| (m, v)));
    let (mention, rule) = match backward {
        Some(m) if issuer.is_some() => match issuer.and_then(|(_, v)| main_subject(cx, a, v)) {
            Some(s) if s.1 <= m.0 && plausible_mention(cx, s) => (s, "participle"),
            _ => (trim_mention(cx, m), "verb"),
        },
        Some(m) if !(form.participle && after_comma) => (trim_mention(cx, m), "verb"),
        _ => {
            // coordinated ("welcomed the accord but said") or participial (", saying") verb:
            // the clause subject
            let coordinated = left.is_some_and(|l| cx.has(l, class::CONJ));
            if !(coordinated || (form.participle && after_comma)) {
                // "Mullins, who lives in Loveland, east of Denver, said it
                // caught her off guard": before a comma and a cue whose
                // content opens with a pronoun, the noun phrase opening the
                // sentence, however long the parenthetical after it
                match left
                    .filter(|_| clause_opens_content)
                    .and_then(|l| opening_subject(cx, a, l))
                {
                    Some(m) => (m, "verb"),
                    None => {
                        return pronoun_speaker
                            .map(|(m, content)| Cand::inverted(cue, fi, first_word, m, content))
                    }
                }
            } else {
                // the subject of the previous cue ("said Dunmore, explaining"), else the clause's
                let m = match prev_mention {
                    Some(pm) => pm,
                    None => match form
                        .participle
                        .then(|| last_clause_subject(cx, a, cue.0))
                        .flatten()
                    {
                        Some(m) => m,
                        None => named_apposition(cx, main_subject(cx, a, cue.0)?, cue.0),
                    },
                };
                (
                    m,
                    if form.participle {
                        "participle"
                    } else {
                        "coordinated"
                    },
                )
            }
        }
    };
    if !plausible_mention(cx, mention) {
        return None;
    }
    // "a creative writing professor,": a participle right after its noun
    // phrase (no auxiliary: "Paul is saying trust, ...") and before a plain
    // noun that ends the phrase is an adjective
    let next_ends = |k: usize| k >= b || matches!(cx.toks[k].kind, TokKind::Punct(',' | '.'));
    if rule == "verb"
        && form.participle
        && mention.1 == cue.0
        && next_plain()
        && !cx.toks[cue.1].cap
        && next_ends(cue.1 + 1)
    {
        return None;
    }
    if cx.has(mention.0, class::NEGATOR) {
        return None;
    }
    if rule == "verb" && naming(cx, mention, cue, b) {
        return None;
    }
    // "All told, ...", "All said, ...": an idiom, not a quantifier speaking;
    // but a quotation after the comma is speech ("Another said, “...”")
    if mention.1 - mention.0 == 1
        && cx.has(mention.0, class::QUANTIFIER)
        && cue.1 < b
        && cx.toks[cue.1].is_punct(',')
        && !(cue.1 + 1 < b && cx.toks[cue.1 + 1].is_quote())
    {
        return None;
    }
    // "I think", "we believe" outside quotations: the author's own voice
    let author = mention.1 - mention.0 == 1 && cx.has(mention.0, class::PRON_AUTHOR);
    if author && form.kind == CueKind::Cognition {
        return None;
    }
    let mention_len = mention.1 - mention.0;
    if mention_len > cx.lex.settings.max_mention_tokens * 2 {
        return None;
    }
    // content: after the cue, or before the subject for tails
    // ", adding ...", ", saying ...": a further cue ends this one's content
    let b_own = cx
        .first_from(Scans::ParticipleCue, cue.1 + 1, b, |k| {
            cx.toks[k - 1].is_punct(',')
                && !cx.toks[k].quoted
                && cx.toks[k].is_word()
                && cx
                    .lex
                    .cues
                    .get(cx.norm(k))
                    .is_some_and(|fs| fs.iter().any(|f| f.participle))
        })
        .map(|k| k - 1)
        .unwrap_or(b);
    let mut content = content_after(cx, cue, b_own, form.frame);
    let mut tail_after_comma = None;
    let before_mention = prev_non_quote(cx, mention.0, a);
    let introduces_clause = content.is_some_and(|(s, _)| {
        s > cue.1
            && (cx.toks[s - 1].is_punct(':')
                || cx.norm(s - 1) == "that"
                || matches!(cx.toks[s].kind, TokKind::Quote(_)))
    });
    // after a closing quote the quotation is the content unless a clause follows the cue;
    // after a comma only when nothing follows the cue
    let tail = before_mention.is_some_and(|p| {
        (cx.closing_quote(p) && (content.is_none() || !introduces_clause))
            || (cx.toks[p].is_punct(',') && content.is_none())
    });
    if tail {
        content = None;
    }
    if tail {
        let p = before_mention.unwrap_or(a);
        let end = comma_before(cx, p, a);
        if end > a {
            content = Some((a, end));
        }
        if cx.toks[p].is_punct(',') {
            tail_after_comma = Some(p + 1);
        }
    }
    if needs_tail && !tail {
        return None;
    }
    // the author's or reader's own words count only as a quotation ("“...,” I said"),
    // not as the voice of an opinion piece ("I am against", "as you say")
    if author {
        let quoted = content.is_some_and(|(s, e)| {
            let words = (s..e).filter(|&k| cx.is_word(k)).count();
            words > 0
                && (s..e)
                    .filter(|&k| cx.is_word(k) && cx.toks[k].quoted)
                    .count()
                    * 2
                    >= words
        });
        if !quoted {
            return None;
        }
    }
    let after_boundary = if rule == "verb" {
        clause_boundary_before(cx, mention.0, a)
    } else {
        None
    };
    Some(Cand {
        cue,
        form: fi,
        first_word,
        mention,
        content,
        rule: if tail { "tail" } else { rule },
        after_boundary,
        tail_after_comma,
        bare: bare && !tail && rule == "verb",
    })
}

fn according(
    cx: &Ctx,
    (a, b): TokRange,
    cue: TokRange,
    first_word: String,
    fi: usize,
) -> Option<Cand> {
    let mut e = cue.1;
    let mut depth = 0i32;
    while e < b {
        let t = &cx.toks[e];
        if t.quoted {
            break;
        }
        if t.is_punct('(') {
            depth += 1;
        } else if t.is_punct(')') {
            depth -= 1;
        } else if depth <= 0 {
            // (an initial's period stays: "according to Armando R. Aguilar",
            // "the Franklin D. Roosevelt Library")
            let initial = t.is_punct('.') && e > cue.1 && initial_in_name(cx, e);
            // (a hyphen may join a name's words; a dash, spaced or not, ends
            // it: "according to her website—said")
            let dash = t.is_punct('-')
                && (!cx.text[t.start as usize..].starts_with('-')
                    || spaced_dash_at(cx, e, cue.1).is_some()
                    || cx.toks.get(e + 1).is_some_and(|n| n.is_punct('-')));
            if (matches!(t.kind, TokKind::Punct(c) if c != '-' && c != '&') && !initial)
                || dash
                || t.is_quote()
            {
                break;
            }
            if t.is_word() && cx.has(e, class::BOUNDARY) && cx.norm(e) != "that" {
                break;
            }
        }
        e += 1;
        if e - cue.1 > cx.lex.settings.max_mention_tokens {
            break;
        }
    }
    if e == cue.1 {
        return None;
    }
    // a `set_off` cue opens the sentence before a comma, or follows a
    // comma before the sentence's end or another comma, and a capital or
    // a determiner opens its source: "Per Axios, ...", "..., per the
    // ministry."; not "$80 per barrel", nor a rule or plan (grammar.csv
    // norm_noun: "per the party's bylaws")
    if cx.cue_form(&first_word, fi).set_off {
        let opens = (a..cue.0).all(|k| cx.toks[k].is_quote());
        let ends = e >= b || matches!(cx.toks[e].kind, TokKind::Punct(',' | '.' | ';' | ')'));
        let placed = if opens {
            e < b && cx.toks[e].is_punct(',')
        } else {
            // (the comma inside a closing quotation mark: "“...,” per X.")
            cx.comma_at(cue.0 - 1, a) && ends
        };
        let norm = (cue.1..e)
            .any(|k| cx.is_word(k) && cx.lex.has_side_class(cx.norm(k), class::NORM_NOUN));
        if !(placed && (cx.toks[cue.1].cap || cx.has(cue.1, class::DET))) || norm {
            return None;
        }
    }
    let mention = (cue.1, e);
    // before: `..., according to X` → content is what precedes
    let before_words = (a..cue.0).any(|i| cx.is_word(i));
    let content = if before_words && !opener_only(cx, a, cue.0) {
        let end = comma_before(cx, cue.0, a);
        Some((a, end.max(a + 1).min(cue.0)))
    } else {
        let mut s = e;
        while s < b && (cx.toks[s].is_punct(',') || cx.toks[s].is_punct(':')) {
            s += 1;
        }
        if s < b {
            Some((s, b))
        } else {
            None
        }
    };
    Some(Cand {
        cue,
        form: fi,
        first_word,
        mention,
        content,
        rule: "according_to",
        after_boundary: None,
        tail_after_comma: None,
        bare: false,
    })
}

/// A passive quotation, "Kanaani was quoted by IRNA as saying that ...":
/// the agent after "by" quotes, as in "IRNA quoted Kanaani as saying", and
/// is the source (the guideline's outermost source); with no agent ("Kanaani
/// was quoted as saying") the subject before the verb group, ending at
/// `left`, is. The content is what the participle after "as" reports.
fn quoted_by(
    cx: &Ctx,
    (a, b): TokRange,
    left: Option<usize>,
    cue: TokRange,
    first_word: &str,
    fi: usize,
) -> Option<Cand> {
    // "as" and a participle that is a cue ("as saying") at `k`
    let participle_at = |k: usize| {
        cx.norm(k) == "as"
            && k + 1 < b
            && cx.is_word(k + 1)
            && cx.norm(k + 1).ends_with("ing")
            && cx.lex.cues.contains_key(cx.norm(k + 1))
    };
    if first_word != "quoted" || cue.1 + 1 >= b {
        return None;
    }
    let frame = cx.cue_form(first_word, fi).frame;
    let cand = |mention: TokRange, participle: usize| Cand {
        cue,
        form: fi,
        first_word: first_word.to_string(),
        mention,
        content: content_after(cx, (participle, participle + 2), b, frame),
        rule: "passive_quote",
        after_boundary: None,
        tail_after_comma: None,
        bare: false,
    };
    // a word an agent's name may hold: no quotation, no punctuation
    let agent_word =
        |k: usize| (cx.is_word(k) || cx.toks[k].kind == TokKind::Possessive) && !cx.toks[k].quoted;
    // the agent's words from `start` up to `e`, without a time or place
    // adjunct after them ("by state media on Tuesday")
    let agent = |start: usize, e: usize| {
        (start + 1..e)
            .find(|&k| cx.has(k, class::PREP | class::TIME) && !matches!(cx.norm(k), "of" | "for"))
            .unwrap_or(e)
    };
    if participle_at(cue.1) {
        let subject = np_backward(cx, left?, a)?;
        // a quotation before the subject is the content ("“...,” a
        // spokesperson was quoted as saying")
        let quoted_before = prev_non_quote(cx, subject.0, a)
            .filter(|&p| cx.closing_quote(p))
            .map(|p| (a, comma_before(cx, p, a)))
            .filter(|c| c.1 > a);
        // "... was quoted as saying by Reuters": the agent after the
        // participle speaks, up to a clause or punctuation
        let by = cue.1 + 2;
        if by + 1 < b && cx.norm(by) == "by" {
            let start = by + 1;
            let limit = b.min(start + cx.lex.settings.max_mention_tokens);
            let e = (start..limit)
                .find(|&k| !agent_word(k) || cx.has(k, class::BOUNDARY))
                .unwrap_or(limit);
            if e > start {
                let mut c = cand((start, agent(start, e)), cue.1);
                c.content = quoted_before.or_else(|| content_after(cx, (e, e), b, frame));
                return Some(c);
            }
        }
        let mut c = cand(subject, cue.1);
        if quoted_before.is_some() {
            c.content = quoted_before;
        }
        return Some(c);
    }
    if cx.norm(cue.1) != "by" {
        return None;
    }
    let start = cue.1 + 1;
    let limit = b.min(start + cx.lex.settings.max_mention_tokens + 1);
    // the agent runs to the participle
    let e = (start + 1..limit).find(|&k| participle_at(k))?;
    // (words only: no quotation or clause inside the agent)
    if !(start..e).all(agent_word) {
        return None;
    }
    Some(cand((start, agent(start, e)), e))
}

/// A passive report, "The strike was confirmed by the Israeli military.":
/// a cue that takes any object (frame `Any`, no belief), after a form of
/// "be" and before "by" (as [`quoted_by`] reads it) and an agent
/// ([`agent_phrase`]) that ends the clause or meets an adjunct ("... by Iranian officials
/// on Monday"; not "was asked by a reporter whether ..."); the agent
/// speaks, the subject ending at `left` is the content.
fn passive_by(
    cx: &Ctx,
    (a, b): TokRange,
    (cue, first_word, fi): (TokRange, &str, usize),
    left: usize,
) -> Option<Cand> {
    let form = cx.cue_form(first_word, fi);
    if form.frame != Frame::Any
        || form.kind == CueKind::Cognition
        || !looks_verbal(cx.norm(cue.0))
        || cue.1 + 1 >= b
        || !cx.is_word(cue.1)
        || cx.norm(cue.1) != "by"
        || !cx.is_word(left)
        || cx.toks[left].quoted
    {
        return None;
    }
    let from = cue.1 + 1;
    let to = agent_phrase(cx, from, b.min(from + cx.lex.settings.max_mention_tokens))?;
    let ends = to >= b
        || matches!(cx.toks[to].kind, TokKind::Punct('.' | ',' | ';'))
        || cx.has(to, class::PREP | class::TIME);
    if !(ends && cx.is_word(to - 1) && plausible_mention(cx, (from, to))) {
        return None;
    }
    Some(Cand {
        cue,
        form: fi,
        first_word: first_word.to_string(),
        mention: (from, to),
        content: Some((a, left + 1)),
        rule: "passive",
        after_boundary: None,
        tail_after_comma: None,
        bare: false,
    })
}

/// The comma before a noun phrase ending at `k` that sums up the clause
/// before it ("..., a view echoed by ...", "..., a claim repeated by
/// ..."): a determiner and up to two plain lower-case words before `k`,
/// itself a plain lower-case word, right after a comma with a clause
/// before it.
fn summing_apposition(cx: &Ctx, k: usize, a: usize) -> Option<usize> {
    let plain =
        |j: usize| cx.is_word(j) && !cx.toks[j].cap && !cx.toks[j].quoted && cx.class(j) == 0;
    if !plain(k) {
        return None;
    }
    let det = (k.saturating_sub(3).max(a + 2)..k)
        .rev()
        .find(|&j| !plain(j))
        .filter(|&j| cx.has(j, class::DET) && cx.is_word(j))?;
    if !(det + 1..k).all(plain) {
        return None;
    }
    let comma = det - 1;
    (cx.toks[comma].is_punct(',') && comma > a + 1).then_some(comma)
}

/// Everything before `end` is an opener like "Hours later," or "In general,".
fn opener_only(cx: &Ctx, a: usize, end: usize) -> bool {
    // counted to four at most: a long sentence is not read to its cue for
    // each cue it holds
    let words = (a..end).filter(|&i| cx.is_word(i)).take(4).count();
    words <= 3 && (a..end).any(|i| cx.toks[i].is_punct(','))
}

/// Index after `i` skipping "that", ":", adverbs and time adjuncts.
fn skip_after_cue(cx: &Ctx, mut i: usize, b: usize) -> usize {
    while i < b {
        let t = &cx.toks[i];
        if t.is_punct(',')
            || (t.is_word()
                && !t.quoted
                && (cx.has(i, class::ADVERB | class::TIME) || cx.verb_group_word(i)))
        {
            i += 1;
            continue;
        }
        if t.is_word()
            && matches!(cx.norm(i), "on" | "in" | "last" | "this" | "earlier")
            && i + 1 < b
            && cx.time_word(i + 1)
        {
            i += 2;
            continue;
        }
        break;
    }
    i
}

/// The reported content after a cue up to `b`: skips the object of `told`,
/// adjuncts, `that` and colons. None when nothing remains.
fn content_after(cx: &Ctx, cue: TokRange, b: usize, frame: Frame) -> Option<TokRange> {
    let mut s = cue.1;
    // a "that" or ":" or opening quote within the next few tokens starts the content
    let lim = (s + 12).min(b);
    let mut start = None;
    // after a preposition a quotation is a title or a phrase ("said on Channel 9’s “Morning
    // Desk”"), not the content; a colon still opens it ("said in a statement: “...”")
    let mut after_prep = false;
    for j in s..lim {
        let t = &cx.toks[j];
        if t.quoted && matches!(t.kind, TokKind::Quote(_)) {
            if !after_prep {
                start = Some(j);
            }
            break;
        }
        after_prep |= t.is_word() && cx.has(j, class::PREP);
        if t.quoted {
            break;
        }
        if t.is_punct(':') {
            start = Some(j + 1);
            break;
        }
        if t.is_word()
            && (cx.norm(j) == "that" || (cx.norm(j) == "saying" && j > 0 && cx.norm(j - 1) == "as"))
        {
            start = Some(j + 1);
            break;
        }
        if t.is_punct('.') || t.is_punct(';') {
            break;
        }
    }
    if let Some(st) = start {
        s = st;
    }
    s = skip_after_cue(cx, s, b);
    // the content ends at ", referring to ...", ", who ...", ", and ..." outside quotations
    let b = cx
        .first_from(Scans::ContentBreak, s + 1, b, |k| {
            cx.toks[k - 1].is_punct(',')
                && !cx.toks[k].quoted
                && cx.toks[k].is_word()
                && (cx.has(k, class::RELATIVE | class::CONJ)
                    || (cx.norm(k).ends_with("ing") && !cx.toks[k].cap))
        })
        .map(|k| k - 1)
        .unwrap_or(b);
    // what remains must hold words that are not just an adjunct or object
    // (counted to seven: past six the tail is long)
    let mut rest_words = (s..b).filter(|&i| cx.is_word(i));
    let first = rest_words.next()?;
    if start.is_none() {
        // no complementizer: a short prepositional or object tail is not content
        let short = rest_words.take(6).count() < 6;
        // "declined to comment", "vowed to veto it": an intention's infinitive is its content
        let infinitive = frame == Frame::Intent && cx.norm(first) == "to";
        if short && !infinitive && (cx.has(first, class::PREP) || frame == Frame::Object) {
            return None;
        }
    }
    Some((s, b))
}

/// "X said he thought ...": `c`, a cognition cue whose subject is a
/// pronoun right after the speech cue of `prev` (past "that" and adverbs),
/// reports a belief of the speaker's, one attribution with the speech.
fn reported_belief(cx: &Ctx, prev: &Cand, c: &Cand) -> bool {
    c.mention.1 - c.mention.0 == 1
        && cx.has(c.mention.0, class::PRONOUN)
        && cx.cue_form(&c.first_word, c.form).kind == CueKind::Cognition
        && cx.cue_form(&prev.first_word, prev.form).kind != CueKind::Cognition
        && prev.cue.1 <= c.mention.0
        && (prev.cue.1..c.mention.0).all(|k| {
            cx.toks[k].is_word()
                && !cx.toks[k].quoted
                && (cx.norm(k) == "that" || cx.has(k, class::ADVERB | class::TIME))
        })
}

/// The last token before `i` (going left) that is not a quotation mark.
fn prev_non_quote(cx: &Ctx, i: usize, a: usize) -> Option<usize> {
    let mut j = i;
    while j > a {
        j -= 1;
        if !cx.toks[j].is_quote() || cx.closing_quote(j) {
            return Some(j);
        }
    }
    None
}

/// End (exclusive) of the material before position `p`, dropping a trailing
/// comma and keeping closing quotes inside the content.
fn comma_before(cx: &Ctx, p: usize, a: usize) -> usize {
    let mut e = p + 1;
    while e > a
        && (cx.toks[e - 1].is_punct(',') || (cx.toks[e - 1].is_quote() && !cx.toks[e - 1].quoted))
    {
        e -= 1;
    }
    // keep a closing quote mark that belongs to the quotation
    if e > a && cx.toks[e - 1].is_punct(',') {
        e -= 1;
    }
    e.max(a)
}

/// A clause boundary (", and", ", but", "; ") ending right before `m`:
/// returns the token index where the new clause starts.
fn clause_boundary_before(cx: &Ctx, m: usize, a: usize) -> Option<usize> {
    if m <= a {
        return None;
    }
    let p = m - 1;
    if cx.toks[p].is_punct(';') {
        return Some(m);
    }
    if cx.toks[p].is_word()
        && cx.has(p, class::CONJ)
        && p > a
        && (cx.toks[p - 1].is_punct(',') || cx.toks[p - 1].is_punct(';'))
    {
        return Some(p);
    }
    if cx.toks[p].is_word() && cx.has(p, class::CONJ) && p > a && cx.norm(p) == "but" {
        return Some(p);
    }
    // "..., while Delgado said", "whereas X argued"
    if cx.toks[p].is_word()
        && matches!(cx.norm(p), "while" | "whereas" | "although" | "though")
        && p > a
    {
        return Some(p);
    }
    None
}

/// Noun phrase ending at `end` (inclusive), walking left. Skips a
/// parenthetical between commas (", which ...,", ", citing ...,").
fn np_backward(cx: &Ctx, end: usize, a: usize) -> Option<TokRange> {
    // "Dana Ruiz — a nurse from Elm Grove — says": a parenthetical
    // between dashes right before the cue; the mention is the phrase before it
    if let Some(open) = dash_parenthetical(cx, end, a) {
        return np_backward(cx, open - 1, a);
    }
    let max = cx.lex.settings.max_mention_tokens;
    let mut j = end as isize;
    let mut count = 0usize;
    let mut depth = 0i32;
    let mut start = end + 1;
    // a ", citing ...," parenthetical is not part of the mention
    let mut mention_end = end + 1;
    // whether the words read since the last comma follow a parenthetical
    let mut in_parenthetical = false;
    // the last word of the phrase read since the last parenthetical
    let mut phrase_end = end;
    while j >= a as isize {
        let ju = j as usize;
        let t = &cx.toks[ju];
        if t.quoted && depth <= 0 {
            break;
        }
        match t.kind {
            TokKind::Word | TokKind::Number => {
                let c = cx.class(ju);
                let n = cx.norm(ju);
                if depth == 0 {
                    if c & class::RELATIVE != 0
                        || (c & class::BOUNDARY != 0 && !is_det_that(cx, ju, a))
                    {
                        break;
                    }
                    if c & class::CONJ != 0 {
                        // "Western and Arab officials", "Baku and Tehran"
                        let joins = matches!(n, "and" | "&")
                            && ju > a
                            && cx.toks[ju - 1].is_word()
                            && cx.toks[ju - 1].cap
                            && ju < end
                            && cx.toks[ju + 1].cap;
                        if !joins {
                            break;
                        }
                    }
                    if c & class::AUX != 0 && !aux_as_name(cx, ju, end, a) {
                        break;
                    }
                    if c & (class::PRONOUN) != 0 {
                        // a possessive before a plain word is its determiner
                        // ("her friend said") where a subject can start, not
                        // as an object after a verb ("she recited her
                        // resume:"); the phrase goes on before it only after
                        // "of" or a quantifier ("members of her team", "all
                        // her aides"); any other pronoun is a whole subject
                        let of_or_quantifier = ju > a
                            && (cx.norm(ju - 1) == "of" || cx.has(ju - 1, class::QUANTIFIER));
                        let clause_start = ju == a
                            || !cx.toks[ju - 1].is_word()
                            || cx.has(ju - 1, class::CONJ)
                            || of_or_quantifier;
                        let determiner = c & class::DET != 0
                            && ju < end
                            && cx.toks[ju + 1].is_word()
                            && cx.class(ju + 1) == 0
                            && clause_start;
                        if determiner || ju == end {
                            start = ju;
                        }
                        // a pronoun that is only ever an object ("him",
                        // "them") right after a preposition is that
                        // preposition's, and the phrase goes on before it
                        // ("a source close to him said", "people familiar
                        // with them"); not "like he said", nor the
                        // subject of a gerund ("despite him insisting")
                        let gerund = || {
                            cx.toks
                                .get(end + 1)
                                .is_some_and(|t| t.is_word() && t.norm(cx.folded).ends_with("ing"))
                        };
                        let object = ju > a
                            && ju == end
                            && cx.lex.has_side_class(n, class::OBJECT_PRONOUN)
                            && cx.is_word(ju - 1)
                            && cx.has(ju - 1, class::PREP)
                            && cx.norm(ju - 1) != "of"
                            && !gerund();
                        if determiner && of_or_quantifier || object {
                            count += 1;
                            j -= 1;
                            continue;
                        }
                        break;
                    }
                    // a lowercase verb-like word ends the phrase ("..., an
                    // accusation Tehran rejects"), unless a determiner makes
                    // it an adjective ("the retired surgeon") or it stands
                    // right before the cue after a plural noun, whose
                    // participle it is ("Voters polled said", "Residents
                    // interviewed said"); after a name or another singular
                    // it is the main verb ("Ruiz helped write", "the lady
                    // ignored shouted questions"), and so it is before a cue
                    // in -ing or one that may be a noun ("Ruiz contributed
                    // reporting", "revolution dampened plans")
                    let subjects_participle = || {
                        ju == end
                            && ju > a
                            && cx.toks[ju - 1].is_word()
                            && !cx.toks[ju - 1].quoted
                            && cx.class(ju - 1) == 0
                            && plural_noun(cx.norm(ju - 1))
                            && cx.toks.get(end + 1).is_some_and(|t| t.is_word())
                            && cx.lex.cues.contains_key(cx.norm(end + 1))
                            && !cx.norm(end + 1).ends_with("ing")
                            && !cx.lex.has_side_class(cx.norm(end + 1), class::NOUN_FORM)
                    };
                    // (nor after an adverb in -ly that a determiner or a
                    // possessive opens, before a word naming a person or a
                    // government body: "Yemen's internationally recognised
                    // government", "the democratically elected president";
                    // not "Barr's highly publicized comments", "that
                    // previously released")
                    let after_adverb = || {
                        let speaker_noun = || {
                            ju < end
                                && cx.is_word(ju + 1)
                                && cx.lex.descriptor(cx.norm(ju + 1)).is_some_and(|d| {
                                    d.titles_a_person()
                                        || matches!(
                                            d,
                                            Descriptor::GovBody { .. } | Descriptor::StateNoun
                                        )
                                })
                        };
                        ju >= a + 2
                            && cx.is_word(ju - 1)
                            && !cx.toks[ju - 1].cap
                            && cx.norm(ju - 1).len() >= 5
                            && cx.norm(ju - 1).ends_with("ly")
                            && (cx.toks[ju - 2].kind == TokKind::Possessive
                                || (cx.has(ju - 2, class::DET) && cx.norm(ju - 2) != "that"))
                            && speaker_noun()
                    };
                    let modifier = || {
                        (ju > a && cx.has(ju - 1, class::DET))
                            || subjects_participle()
                            || after_adverb()
                    };
                    if !t.cap && c == 0 && verbal_in_np(cx, ju) && !modifier() {
                        break;
                    }
                }
                start = ju;
                count += 1;
            }
            TokKind::Possessive => {
                start = ju;
            }
            TokKind::Punct(')') => {
                depth += 1;
                start = ju;
            }
            TokKind::Punct('(') => {
                depth -= 1;
                start = ju;
                if depth < 0 {
                    break;
                }
            }
            // a hyphen inside a name ("R-Ky."), not a dash between clauses ("... - X:")
            TokKind::Punct('-') | TokKind::Punct('&') | TokKind::Punct('.')
                if depth == 0
                    && !cx.is_dash(ju)
                    && ju < end
                    && !(t.is_punct('-')
                        && ju > a
                        && cx.toks[ju - 1].end < t.start
                        && t.end < cx.toks[ju + 1].start) =>
            {
                start = ju;
            }
            // a share: "47% say"
            TokKind::Punct('%')
                if depth == 0 && ju > a && matches!(cx.toks[ju - 1].kind, TokKind::Number) =>
            {
                start = ju;
            }
            TokKind::Punct(',') if depth == 0 => {
                // a parenthetical ", which ...," / ", citing ...," / ", a role," before the
                // verb, or before another ("Vera Peete, 47, of Antioch, Calif., said"); after
                // words of no parenthetical the comma ends the phrase ("On Monday, the port
                // reopened, officials said": the clause is content)
                let found = (start > end || in_parenthetical)
                    .then(|| parenthetical_start(cx, ju, start > end, a))
                    .flatten();
                // a phrase that opens the sentence before a comma at `c`,
                // fronted by a preposition before capitalised words, or an
                // opener alone, is no name nor apposition: "On Wednesday,
                // the director of the agency, Ana Ruiz, said", "However,
                // the minister, Ana Ruiz, said", "On Wednesday, however,
                // the minister, ..."
                let fronted = |c: usize| {
                    (c > a + 1
                        && cx.has(a, class::PREP)
                        && (a + 1..c).all(|k| cx.is_word(k) && cx.toks[k].cap))
                        || (c == a + 1 && opener_word(cx, a))
                };
                // (not when an abbreviation between goes on with the
                // fronted place, "In Madison, Wis., Ana Ruiz, ..., said", nor
                // when a clause with a verb is between, "On Sunday, Ruiz
                // bought a gun at a store, the store's lawyer, ..., said")
                let abbreviated = |p: usize| {
                    (p + 1..ju).any(|k| {
                        cx.toks[k].abbrev
                            || cx.toks[k].is_punct('.')
                            || (cx.is_word(k)
                                && !cx.toks[k].cap
                                && (looks_verbal(cx.norm(k))
                                    || cx.has(k, class::VERB | class::AUX)))
                    })
                };
                if let Some(p) =
                    found.filter(|&p| in_parenthetical && p > a && fronted(p) && !abbreviated(p))
                {
                    // (the phrase between is the head, unless it is an
                    // opener too)
                    let opener = ju == p + 2 && opener_word(cx, p + 1);
                    start = if opener { ju + 1 } else { p + 1 };
                    break;
                }
                if let Some(p) = found {
                    // the source is who speaks, not how ("Sondland, though,");
                    // but a document's carrier or issuer stays ("The
                    // statement, carried by the WAM news agency, said": the
                    // label reads who carried it)
                    let carried = || {
                        p > a
                            && cx.is_word(p - 1)
                            && cx.lex.descriptor(cx.norm(p - 1)) == Some(&Descriptor::DocumentNoun)
                            && p + 2 < ju
                            && cx.lex.has_side_class(cx.norm(p + 1), class::CARRIER)
                            && cx.lex.has_side_class(
                                cx.norm(p + 2),
                                class::AUTHOR_PREP | class::VENUE_PREP,
                            )
                    };
                    if (cx.has(p + 1, class::CITING) || is_adjunct(cx, p + 1, ju, start > end))
                        && !carried()
                    {
                        mention_end = p;
                    }
                    in_parenthetical = true;
                    start = ju;
                    j = p as isize - 1;
                    phrase_end = p - 1;
                    continue;
                }
                // a second apposition: the phrase read since a parenthetical
                // is a lower-case role after a name ("Ana Ruiz, deputy
                // chairman of the committee, the main body, said": Ana Ruiz)
                // (or any noun after "a": "Ana Ruiz, a teacher from Amman,
                // Jordan, said"; not after an opener: "Similarly, another
                // woman, who ..., said")
                let opener_before = || opener_word(cx, ju - 1);
                let role_after_name = in_parenthetical
                    && ju > a
                    && !fronted(ju)
                    && (cx.toks[ju - 1].is_punct(')')
                        || (cx.is_word(ju - 1) && cx.toks[ju - 1].cap))
                    && cx.is_word(ju + 1)
                    && !cx.toks[ju + 1].cap
                    && ((ju + 1..=phrase_end).any(|k| cx.is_word(k) && is_np_word(cx, k))
                        || (cx.lex.has_side_class(cx.norm(ju + 1), class::INDEFINITE)
                            && cx.has(ju + 1, class::DET)
                            && ju + 2 <= phrase_end
                            && !opener_before()));
                // or a party label after a name ("Sen. Ana Ruiz, D-Ore.,
                // ranking member of the panel, said": Ana Ruiz)
                let label_after_name = in_parenthetical
                    && ju > a
                    && cx.is_word(ju - 1)
                    && cx.toks[ju - 1].cap
                    && party_label(cx, ju + 1)
                    && (phrase_end == ju + 1
                        || (phrase_end == ju + 2 && cx.toks[phrase_end].is_punct('.')));
                if role_after_name || label_after_name {
                    start = ju;
                    j -= 1;
                    phrase_end = ju - 1;
                    continue;
                }
                // or a one-word discourse parenthetical before it
                // ("Sanders, meanwhile, who sits at zero endorsements,
                // said": Sanders)
                let discourse = in_parenthetical
                    && ju > a
                    && phrase_end == ju + 1
                    && plain_np_word(cx, ju - 1)
                    && cx.has(ju + 1, class::OPENER | class::ADVERB)
                    && !cx.toks[ju + 1].cap;
                if discourse {
                    mention_end = ju;
                    start = ju;
                    j -= 1;
                    phrase_end = ju - 1;
                    continue;
                }
                break;
            }
            _ => {
                if depth > 0 {
                    start = ju;
                } else {
                    break;
                }
            }
        }
        if count > max {
            return None;
        }
        j -= 1;
    }
    if start > end {
        return None;
    }
    // drop leading punctuation
    while start <= end && !cx.is_word(start) && !cx.toks[start].is_punct('(') {
        start += 1;
    }
    if start > end {
        return None;
    }
    Some((start, mention_end.max(start + 1)))
}

/// The agent of a parenthetical that the comma at `l` closes when it is
/// [`passive_agent`]'s shape, after a subject.
fn passive_parenthetical(cx: &Ctx, l: usize, a: usize) -> Option<TokRange> {
    let lim = l.saturating_sub(PARENTHETICAL_WINDOW).max(a);
    // (the comma opening it: words, possessives and hyphens between,
    // "quoted by Iran's state news agency IRNA")
    let p = (lim..l).rev().find(|&k| {
        let t = &cx.toks[k];
        t.quoted || !(t.is_word() || t.kind == TokKind::Possessive || t.is_punct('-'))
    })?;
    let subject_before = p > a && cx.toks[p].is_punct(',') && cx.is_word(p - 1);
    if !subject_before {
        return None;
    }
    passive_agent(cx, (p + 1, l))
}

/// The agent of a parenthetical `(s, e)` that is a relaying verb's past
/// participle ([`Lexicons::relaying`](crate::lexicon::Lexicons)) and an
/// `author_prep` of grammar.csv before a noun phrase
/// ("quoted by the Tasnim news agency", "as cited by IRNA"): that phrase,
/// to a preposition other than "of" ("Omar Haddad in his book": Omar
/// Haddad), when it opens with a determiner or holds a capitalised word
/// (not "quoted by reporters").
fn passive_agent(cx: &Ctx, (s, e): TokRange) -> Option<TokRange> {
    // ("as quoted by IRNA")
    let s = if s + 1 < e && cx.is_word(s) && cx.has(s, class::BOUNDARY) && !cx.toks[s].cap {
        s + 1
    } else {
        s
    };
    if s + 2 >= e
        || !cx.is_word(s)
        || !looks_verbal(cx.norm(s))
        || !cx.lex.relays_by(cx.norm(s), cx.norm(s + 1))
    {
        return None;
    }
    // the phrase, to a preposition other than "of" ("Omar Haddad in his
    // book") or the parenthetical's end
    let from = s + 2;
    let to = agent_phrase(cx, from, e)?;
    (to == e || cx.has(to, class::PREP | class::TIME)).then_some((from, to))
}

/// The end of an agent's noun phrase opening at `from` before `limit`
/// ("quoted by the Tasnim news agency", "confirmed by the Israeli
/// military"), when it opens with a determiner or holds a capital: plain
/// noun-phrase words, hyphens and capitalised words (one in -ed is a
/// name's: "The Associated Press"), and a name joiner or "and" between
/// capitals ("the Centers for Disease Control and Prevention"), up to
/// another word or a preposition or time word other than "of".
fn agent_phrase(cx: &Ctx, from: usize, limit: usize) -> Option<usize> {
    // (a middle initial's period too: "by John F. Kennedy")
    let agent_word = |k: usize| {
        plain_np_word(cx, k)
            || cx.toks[k].is_punct('-')
            || (cx.is_word(k) && cx.toks[k].cap && !cx.toks[k].quoted)
            || (k > from && initial_in_name(cx, k))
    };
    let joiner = |k: usize| {
        k + 1 < limit
            && cx.toks[k - 1].cap
            && cx.toks[k + 1].cap
            && !cx.time_word(k + 1)
            && (cx.lex.has_side_class(cx.norm(k), class::NAME_JOINER)
                || matches!(cx.norm(k), "and" | "&"))
    };
    if from >= limit || !cx.is_word(from) || cx.toks[from].quoted || !agent_word(from) {
        return None;
    }
    let to = (from + 1..limit)
        .find(|&k| {
            !joiner(k)
                && (!agent_word(k) || (cx.has(k, class::PREP | class::TIME) && cx.norm(k) != "of"))
        })
        .unwrap_or(limit);
    let opens = cx.has(from, class::DET) || (from..to).any(|k| cx.toks[k].cap);
    opens.then_some(to)
}

/// A subject coordinated before the mention `m` ("Qatar and the United
/// States said", "Ana Ruiz and her aides said", "Saudi Arabia, Qatar and the
/// UAE said"): `m` read back to the first conjunct, when that conjunct
/// opens the clause (the sentence's subject, or the words after a
/// conjunction or a clause boundary). Each conjunct before `m` is a short
/// phrase ending in a capitalised word, with no comma inside; a comma
/// joins conjuncts only in a list an "and" closes. `None` when no conjunct
/// comes before `m`, or when the first is no clause's subject ("The army
/// shelled Gaza and the UN said": the UN's).
fn coordinated_subject(cx: &Ctx, (s, e): TokRange, a: usize) -> Option<TokRange> {
    // (the longest list read: six conjuncts, each of six tokens at most)
    const CONJUNCTS: usize = 6;
    const CONJUNCT_TOKENS: usize = 6;
    let is_and = |k: usize| cx.toks[k].is_and(cx.folded);
    // (`m` opens a noun phrase: a capital, a determiner, a quantifier, a
    // number or a plain word, not "to vote ...")
    let opens_phrase = cx.toks[s].cap
        || matches!(cx.toks[s].kind, TokKind::Number)
        || cx.has(s, class::DET | class::PRONOUN | class::QUANTIFIER)
        || cx.class(s) == 0;
    // (nothing to read unless an "and" or a comma comes right before it)
    if !opens_phrase || s < a + 2 || !(is_and(s - 1) || cx.toks[s - 1].is_punct(',')) {
        return None;
    }
    // (an "and" of `m` joins conjuncts before a preposition or a comma
    // of it: not "the head of the Kestrel Water and Power Agency")
    let mut joined = (s..e)
        .take_while(|&k| !cx.has(k, class::PREP) && !cx.toks[k].is_punct(','))
        .any(|k| is_and(k) && !cx.toks[k].quoted);
    // each conjunct's start, from `m` back, and whether an "and" is read by then
    let mut starts = [(s, joined); CONJUNCTS + 1];
    let mut n = 1;
    while n <= CONJUNCTS {
        let start = starts[n - 1].0;
        if start < a + 2 {
            break;
        }
        let p = start - 1;
        let and = is_and(p);
        // (", and": the serial comma)
        let end = if and && cx.toks[p - 1].is_punct(',') {
            match p.checked_sub(2) {
                Some(k) if k >= a => k,
                _ => break,
            }
        } else if and || (joined && cx.toks[p].is_punct(',')) {
            p - 1
        } else {
            break;
        };
        if !(cx.toks[end].is_word() && cx.toks[end].cap && !cx.toks[end].quoted) {
            break;
        }
        let Some((cs, ce)) = np_backward(cx, end, a) else {
            break;
        };
        if ce != end + 1 || ce - cs > CONJUNCT_TOKENS || (cs..ce).any(|k| cx.toks[k].is_punct(','))
        {
            break;
        }
        // (one a comma sets off is a name: capitalised words after a
        // determiner, not "the acting head of the Kestrel agency")
        let name = || {
            (cs..ce).all(|k| {
                (cx.toks[k].is_word() && (cx.toks[k].cap || (k == cs && cx.has(k, class::DET))))
                    || cx.toks[k].is_punct('.')
            })
        };
        // (nor a party label: "Ana Ruiz, R-Iowa, and ..."; nor a phrase
        // with a preposition other than "of", inside whose complement the
        // "and" may join: "Mayors from Kestrel and three other towns")
        let prep = || {
            (cs + 1..ce).any(|k| cx.has(k, class::PREP) && !cx.toks[k].cap && cx.norm(k) != "of")
        };
        if (!and && !name()) || (ce == cs + 1 && party_label(cx, cs)) || prep() {
            break;
        }
        joined |= and;
        starts[n] = (cs, joined);
        n += 1;
    }
    if n == 1 {
        return None;
    }
    // the first conjunct is the one that opens the clause: the sentence's
    // subject ("On Tuesday, Qatar and ...": not "On Tuesday"), or the words
    // after a conjunction or a clause boundary ("..., but Qatar and ...")
    let subject = main_subject(cx, a, s).map(|(m, _)| m);
    // ("After meeting Qatar, Egypt and the US said": a conjunct after a
    // boundary opens with a capital or a determiner; "going after Omar":
    // a boundary word that is a preposition too opens no clause there)
    let opens = |k: usize| {
        Some(k) == subject
            || (k > a
                && cx.has(k - 1, class::CONJ | class::BOUNDARY)
                && !cx.has(k - 1, class::PREP)
                && (cx.toks[k].cap || cx.has(k, class::DET)))
    };
    starts[1..n]
        .iter()
        .rev()
        .find(|&&(k, joined)| joined && opens(k))
        .map(|&(k, _)| (k, e))
}

/// "An official who spoke on condition of anonymity said ...": when the words
/// before a cue are a restrictive relative clause opened by "who" (no comma
/// around it), the subject is the noun phrase before "who". `m` is what
/// [`np_backward`] found before the cue; only an implausible one is replaced.
fn relative_clause_subject(cx: &Ctx, m: TokRange, a: usize) -> Option<TokRange> {
    if plausible_mention(cx, m) || m.0 < a + 2 {
        return None;
    }
    let who = m.0 - 1;
    if cx.norm(who) != "who" || cx.toks[who].quoted {
        return None;
    }
    // the antecedent ends right before "who", with no comma between
    let end = who - 1;
    if !cx.is_word(end) {
        return None;
    }
    let s = trim_mention(cx, np_backward(cx, end, a)?);
    // a person noun phrase ("a city official", "the lawyer", "Dana Ruiz"),
    // not a pronoun ("those who"), and the clause short
    (plausible_mention(cx, s)
        && !cx.has(s.0, class::PRONOUN)
        && m.1 - who <= PARENTHETICAL_WINDOW / 2)
        .then_some(s)
}

/// "The man who Lopez met said ...", "The envoy that Tehran sent said ...",
/// "The official who met Lopez said ...": the words before a cue (ending at
/// `l`, the cue at `cue`) are a restrictive relative clause, opened by a
/// relative pronoun with a noun right before it and no punctuation, other
/// clause opener or conjunction between it and the cue, and
/// the clause has a verb of its own: the subject is the noun phrase before
/// the pronoun, if that phrase opens the clause (the sentence, or after
/// punctuation or a sentence-initial conjunction) and holds no verb or
/// pronoun itself. Without a verb in the clause the phrase after the
/// pronoun is the speaker ("a man who Lopez said was armed"); a pronoun or
/// a conjunction right before the cue keeps the usual rules ("In an article
/// that he published he wrote", "Democrats counter that ... and argue"), as
/// does a preposition ("who wanted to say").
fn relative_clause_antecedent(cx: &Ctx, l: usize, cue: usize, a: usize) -> Option<TokRange> {
    const PRONOUN: class::Class = class::PRONOUN | class::PRON_AUTHOR;
    // (a participle not in -ed too: "Aides who have seen the plan say")
    let verbal = |j: usize| {
        let t = &cx.toks[j];
        t.is_word()
            && !t.cap
            && (cx.has(j, class::VERB)
                || looks_verbal(cx.norm(j))
                || cx.lex.has_side_class(cx.norm(j), class::PARTICIPLE))
    };
    // (an object pronoun ends the clause: "Diplomats who met him say")
    let object = |k: usize| cx.lex.has_side_class(cx.norm(k), class::OBJECT_PRONOUN);
    if (cx.has(l, PRONOUN | class::CONJ) && !object(l)) || (cue > a && cx.has(cue - 1, class::PREP))
    {
        return None;
    }
    let lim = l.saturating_sub(PARENTHETICAL_WINDOW / 2).max(a + 1);
    // the clause needs a verb and a word besides it (the time words and
    // adverbs skipped before the cue count): in "a psychiatrist who helped
    // write ..." the cue continues the clause's own verb
    let mut verb = false;
    let mut other = (l + 1..cue).any(|k| cx.is_word(k));
    let mut j = l;
    loop {
        let t = &cx.toks[j];
        if t.quoted || !(t.is_word() || matches!(t.kind, TokKind::Number | TokKind::Possessive)) {
            return None;
        }
        if j < l && cx.has(j, class::RELATIVE | class::RELATIVE_CUE) {
            break;
        }
        // another clause ("... when House Republicans said") or a
        // coordination ("that first endorsed slavery and then ...") between
        if cx.has(j, class::BOUNDARY | class::CONJ) {
            return None;
        }
        if verbal(j) {
            verb = true;
        } else {
            other = true;
        }
        if j <= lim {
            return None;
        }
        j -= 1;
    }
    let before = j - 1;
    // (a possessive ends the phrase too: "Friends of Mr. Clinton's who
    // have seen him say")
    let possessive = cx.toks[before].kind == TokKind::Possessive;
    if !(verb && other && (cx.is_word(before) || possessive))
        || cx.has(before, class::DET | class::PREP | class::CONJ)
    {
        return None;
    }
    let s = trim_mention(cx, np_backward(cx, before, a)?);
    // (or after a clause boundary: "..., but a campaign aide who asked not
    // to be named said")
    let opens_clause = s.0 == a
        || !cx.toks[s.0 - 1].is_word()
        || (s.0 - 1 == a && cx.has(a, class::CONJ | class::OPENER))
        || clause_boundary_before(cx, s.0, a).is_some();
    (opens_clause
        && plausible_mention(cx, s)
        && !cx.has(s.0, PRONOUN | class::PREP)
        && !(s.0..s.1).any(verbal))
    .then_some(s)
}

/// Tokens a parenthetical between commas or dashes may span.
const PARENTHETICAL_WINDOW: usize = 30;

/// Tokens an adjunct parenthetical with no verb of its own may span (see
/// [`is_adjunct`]).
const LONG_ADJUNCT: usize = 15;

/// A dash set off by spaces (" — ", " -- "), ending at `i`: its first token.
fn spaced_dash_at(cx: &Ctx, i: usize, a: usize) -> Option<usize> {
    let t = &cx.toks[i];
    if !t.is_punct('-') || t.quoted {
        return None;
    }
    // "--" is two hyphens
    let first = if i > a && cx.toks[i - 1].is_punct('-') && cx.toks[i - 1].end == t.start {
        i - 1
    } else {
        i
    };
    let spaced_before = first > a && cx.toks[first - 1].end < cx.toks[first].start;
    let spaced_after = i + 1 < cx.toks.len() && t.end < cx.toks[i + 1].start;
    (spaced_before && spaced_after).then_some(first)
}

/// For a spaced dash at `end`, the opening dash of a parenthetical it closes
/// ("X — a nurse from Elm Grove —"; "X — who vowed to “stop them” —"), with a
/// word before it: returns the opening dash's first token. Both dashes stand
/// outside quotation marks, so a quotation between them opens and closes
/// there.
fn dash_parenthetical(cx: &Ctx, end: usize, a: usize) -> Option<usize> {
    let close = spaced_dash_at(cx, end, a)?;
    let lim = close.saturating_sub(PARENTHETICAL_WINDOW).max(a + 1);
    let mut k = close;
    while k > lim {
        k -= 1;
        let t = &cx.toks[k];
        if t.quoted || t.is_quote() {
            continue;
        }
        if matches!(t.kind, TokKind::Punct(';' | ':' | '.' | '?' | '!')) {
            return None;
        }
        if let Some(open) = spaced_dash_at(cx, k, a) {
            let inner = (open..close).filter(|&j| cx.is_word(j)).count();
            let before_word = open > a && cx.is_word(open - 1);
            return (inner > 0 && before_word).then_some(open);
        }
    }
    None
}

/// The full stop at `e` ends an initial inside a name, a capitalised word
/// after it ("Carol J. Guthrie", "R. Shane Day").
fn initial_in_name(cx: &Ctx, e: usize) -> bool {
    crate::text::initial_dot(cx.folded, cx.toks, e)
        && cx.toks.get(e + 1).is_some_and(|n| n.is_word() && n.cap)
}

/// Drop trailing commas from a mention.
fn trim_mention(cx: &Ctx, (mut s, mut e): TokRange) -> TokRange {
    // a trailing comma or dash ("Scott Bennett—who ...") is not the name's
    while e > s + 1 && (cx.toks[e - 1].is_punct(',') || cx.toks[e - 1].is_punct('-')) {
        e -= 1;
    }
    // nor a time phrase with no comma before the subject ("Yesterday I",
    // "Last week the ministry", "On Monday Iran")
    if let Some(t) = time_phrase_end(cx, (s, e)) {
        s = t;
    }
    // nor a place phrase opening the sentence before a comma ("In
    // Washington, a State Department official, who ...,": a place
    // preposition, `no_person_after` in grammar.csv, and capitalised words;
    // the subject opens after it with a word of no opener's class)
    // (and its state's abbreviation: "In Madison, Wis., Obama ...")
    if e > s + 3
        && cx.is_word(s)
        && cx.toks[s].cap
        && cx.has(s, class::PREP)
        && cx.lex.has_side_class(cx.norm(s), class::NO_PERSON_AFTER)
    {
        let comma_after = |from: usize| (from..e - 1).find(|&k| cx.toks[k].is_punct(','));
        if let Some(mut c) = comma_after(s + 2) {
            let name_words = |from: usize, to: usize| {
                (from..to).all(|k| (cx.is_word(k) && cx.toks[k].cap) || cx.toks[k].is_punct('.'))
            };
            let place = (s + 1..c).all(|k| cx.is_word(k) && cx.toks[k].cap);
            if let Some(c2) = comma_after(c + 2) {
                let abbreviation = cx.text[..cx.toks[c2].start as usize].ends_with('.');
                if name_words(c + 1, c2) && abbreviation {
                    c = c2;
                }
            }
            let subject = cx.is_word(c + 1)
                && !cx.toks[c + 1].quoted
                && !cx.has(
                    c + 1,
                    class::PREP | class::OPENER | class::CONJ | class::BOUNDARY | class::ADVERB,
                );
            if place && subject {
                s = c + 1;
            }
        }
    }
    // nor a leading adverb before a determiner or a name ("Even the organizer",
    // "Even Trump"; not "First responders", nor "Nearly nine out of 10")
    while e > s + 1
        && cx.has(s, class::ADVERB)
        && (cx.has(s + 1, class::DET) || (cx.is_word(s + 1) && cx.toks[s + 1].cap))
        && share_start(cx, e - 1, s + 1) != Some(s + 1)
    {
        s += 1;
    }
    (s, e)
}

/// Past the last time word of a phrase opening at `s` and ending before
/// `limit`: unquoted words of time, determiners, quantifiers, openers and
/// adverbs ("A few minutes later", "Last week", "Earlier this month"), with
/// `prep_first` a preposition opening it too ("On Monday"); `s` when it
/// holds no time word.
fn time_words_end(cx: &Ctx, s: usize, limit: usize, prep_first: bool) -> usize {
    let phrase = class::TIME | class::DET | class::QUANTIFIER | class::ADVERB | class::OPENER;
    let mut k = s;
    let mut after_time = s;
    while k < limit
        && cx.toks[k].is_word()
        && !cx.toks[k].quoted
        && (cx.has(k, phrase) || (prep_first && k == s && cx.has(k, class::PREP)))
    {
        if cx.has(k, class::TIME) {
            after_time = k + 1;
        }
        k += 1;
    }
    after_time
}

/// The end of a time phrase opening the mention `(s, e)` when a subject
/// follows it: a determiner or pronoun ("Last week the ministry",
/// "Yesterday I"); any word after a phrase of two words or more that opens
/// with a preposition or adverb ("On Monday Iran", "Last year officials");
/// a capitalised word after one word both time and adverb in grammar.csv
/// ("Yesterday Iran") or after a lower-case time word ("this month Ana
/// Ruiz"). Not "The Sunday Times", "Morning Consult", "Monday's
/// statement", "Today show host Ana Ruiz"; only a phrase that opens its
/// clause, before a word that may open a subject.
fn time_phrase_end(cx: &Ctx, (s, e): TokRange) -> Option<usize> {
    // (the phrase opens its clause: "has been for years now one of the
    // most interesting voices" is no subject)
    if s > 0 && cx.is_word(s - 1) && !cx.has(s - 1, class::CONJ | class::OPENER) {
        return None;
    }
    let after_time = time_words_end(cx, s, e - 1, true);
    if after_time == s || after_time >= e || !cx.toks[after_time].is_word() {
        return None;
    }
    let next = cx.class(after_time);
    // (a preposition, conjunction or auxiliary next opens no subject: "on
    // Sunday morning with Candy Crowley")
    if next & (class::PREP | class::CONJ | class::BOUNDARY | class::AUX) != 0 {
        return None;
    }
    let subject = next & (class::DET | class::PRONOUN | class::PRON_AUTHOR) != 0;
    let last = after_time - 1;
    let opened = after_time - s > 1 && cx.has(s, class::PREP | class::ADVERB | class::OPENER);
    // (a noun of time: "the earlier Congress" is no time phrase)
    let lower_time = !cx.toks[last].cap && !cx.has(last, class::ADVERB);
    let one_adverb = after_time - s == 1 && cx.has(s, class::ADVERB);
    let cap = cx.toks[after_time].cap;
    (subject || opened || cap && (one_adverb || lower_time)).then_some(after_time)
}

/// A `naming` cue form (grammar.csv) that names the phrase before it or is
/// a phrasal verb, no attribution: a preposition after it ("called off",
/// "called into the show"), or a lower-case noun right before it and a
/// name or quotation after it, where the phrase opens with "a" / "an" or
/// the noun is no descriptor word ("a group called Color of Change", "a
/// website called “Real News”", "the program called Sandy Hook Promise";
/// not "officials called Lopez a liar").
fn naming(cx: &Ctx, mention: TokRange, (cue, cue_end): TokRange, b: usize) -> bool {
    // (one word: "called for" is a cue of its own)
    if cue_end != cue + 1 || cue_end >= b || !cx.lex.has_side_class(cx.norm(cue), class::NAMING) {
        return false;
    }
    let next = &cx.toks[cue_end];
    if next.is_word() && !next.quoted && cx.has(cue_end, class::PREP) {
        return true;
    }
    let named = next.is_quote() || (next.is_word() && next.cap);
    let n = cue - 1;
    let noun = mention.1 == cue
        && cx.toks[n].is_word()
        && !cx.toks[n].cap
        && !cx.toks[n].quoted
        && (cx.class(n) == 0 || is_np_word(cx, n));
    let indefinite = cx.toks[mention.0].is_word() && matches!(cx.norm(mention.0), "a" | "an");
    named && noun && (indefinite || !is_np_word(cx, n))
}

/// "A report published Wednesday said", "A statement issued by the ministry
/// said", "a study published in Nature found": the words before the cue at
/// `cue` (ending at `l`) are a noun phrase and a past participle that
/// modifies it (a reduced relative clause), followed by a time or a
/// preposition ("by", "in"), not by an object, which would make it a
/// clause's own verb. `m` is what [`np_backward`] found before the cue: the
/// phrase after the participle ("by the ministry"), or none when the
/// participle is `l` itself. The mention runs from the noun phrase's start
/// through the participle's phrase. The cue must say something (a word, a
/// quotation or a colon after it): a cue word before a comma or ending its
/// sentence is a noun ("... contributed to this report.", "students
/// arrested on administrative charges, ..."), unless the phrase follows a
/// quotation whose tail it is ("“...,” dockers opposed to the plan
/// said."), or a comma before a cue no noun shares (`plain_verb`: "...,
/// people briefed on the talks said.").
fn reduced_relative(
    cx: &Ctx,
    m: Option<TokRange>,
    l: usize,
    (cue, cue_end): TokRange,
    (a, b): TokRange,
    plain_verb: &dyn Fn() -> bool,
) -> Option<TokRange> {
    let says = cue_end < b
        && (cx.toks[cue_end].is_word()
            || cx.toks[cue_end].is_quote()
            || cx.toks[cue_end].is_punct(':'));
    let p = match m {
        Some((s, _)) => s.checked_sub(1)?,
        None => l,
    };
    if p <= a || p + 1 >= cue {
        return None;
    }
    let t = &cx.toks[p];
    let participle = t.is_word()
        && !t.cap
        && !t.quoted
        && (looks_verbal(cx.norm(p)) || cx.has(p, class::VERB))
        && cx.class(p) & !class::VERB == 0;
    // what follows it: a time ("Wednesday") or a preposition ("by", "in")
    let after = p + 1;
    if !participle || cx.toks[after].quoted || !(cx.time_word(after) || cx.has(after, class::PREP))
    {
        return None;
    }
    // the noun it modifies: a word no determiner, preposition, auxiliary,
    // pronoun or clause word
    let n = p - 1;
    let open = class::DET
        | class::PREP
        | class::AUX
        | class::CONJ
        | class::RELATIVE
        | class::BOUNDARY
        | class::PRONOUN
        | class::PRON_AUTHOR
        | class::VERB;
    if !cx.is_word(n) || cx.toks[n].quoted || cx.has(n, open) {
        return None;
    }
    let head = np_backward(cx, n, a)?;
    // (or the tail after a quotation: "“...,” dockers opposed to the plan
    // said.")
    let tail = || {
        head.0 > a
            && (cx.quotation_tail_at(head.0) || (cx.toks[head.0 - 1].is_punct(',') && plain_verb()))
    };
    if !(says || tail()) || !plausible_mention(cx, head) {
        return None;
    }
    // the participle's own time words, which the verb group skipped
    // (not a parenthetical it left out)
    let mut e = m.map_or(l + 1, |m| m.1);
    while e < cue && (cx.time_word(e) || cx.has(e, class::DET | class::PREP)) {
        e += 1;
    }
    Some((head.0, e))
}

/// The first token of a share of those polled that ends at `e`, at or
/// after `a`: a count, "in" or "out of" or "of", and a number or count
/// ("four in 10", "one in three", "nine out of 10", "three of 10"; after a
/// bare "of" digits only).
fn share_start(cx: &Ctx, e: usize, a: usize) -> Option<usize> {
    let count = |i: usize| {
        cx.is_word(i) && cx.has(i, class::QUANTIFIER)
            || (cx.toks[i].kind == TokKind::Number && cx.toks[i].end - cx.toks[i].start <= 3)
    };
    if e < a + 2 || !count(e) {
        return None;
    }
    // ("one of many" is no share: after a bare "of", digits only)
    let p = match cx.norm(e - 1) {
        "in" => e - 1,
        "of" if cx.norm(e - 2) == "out" => e - 2,
        "of" if cx.toks[e].kind == TokKind::Number => e - 1,
        _ => return None,
    };
    // (a count or a number of any length, or "one", "a")
    let c = p.checked_sub(1).filter(|&c| c >= a)?;
    (cx.toks[c].kind == TokKind::Number || cx.has(c, class::QUANTIFIER | class::DET)).then_some(c)
}

/// A source mention names something: a capitalised word, a pronoun, a
/// number ("three diplomats") or a descriptor word ("officials").
fn plausible_mention(cx: &Ctx, (s, e): TokRange) -> bool {
    // a leading adverb says how many, not who ("Nearly half of voters")
    let s = if e - s >= 2 && cx.has(s, class::ADVERB) {
        s + 1
    } else {
        s
    };
    // "Several said", "Another said"
    if e - s == 1 && cx.has(s, class::QUANTIFIER) {
        return true;
    }
    // "There is no evidence showing ...": a sentence starter (segment.csv)
    // of no grammar class alone is no one
    if e - s == 1 && cx.lex.plain_starter(cx.norm(s)) {
        return false;
    }
    // a share of those polled: "one in three", "four in 10", "nine out of 10"
    if share_start(cx, e - 1, s).is_some() {
        return true;
    }
    // "the lawyers", "a retired surgeon": a determiner and a noun
    let noun_last = cx.toks[e - 1].is_word() && !cx.has(e - 1, class::DET | class::PREP);
    if e - s >= 2
        && cx.has(s, class::DET)
        && !cx.has(s, class::PRON_PERSON | class::PRON_THING)
        && noun_last
    {
        return true;
    }
    // "studies show", "other research has suggested": a word of evidence
    // (grammar.csv) heading a phrase of two words at most
    if e - s <= 2
        && cx.is_word(e - 1)
        && !cx.toks[e - 1].cap
        && cx.lex.has_side_class(cx.norm(e - 1), class::EVIDENCE)
    {
        return true;
    }
    // "most candidates", "some of the delegates", "half of those polled": a
    // quantifier and a plural noun or a partitive "of" (not "most
    // prominent", a superlative cut from its noun)
    if e - s >= 2
        && cx.has(s, class::QUANTIFIER)
        && noun_last
        && (cx.norm(e - 1).ends_with('s') || cx.norm(s + 1) == "of")
    {
        return true;
    }
    // "“...,” dockers said": a bare plural right after a quotation
    if cx.quotation_tail_at(s)
        && cx.is_word(s)
        && !cx.toks[s].cap
        && cx.class(s) == 0
        && plural_noun(cx.norm(s))
    {
        return true;
    }
    (s..e).any(|i| {
        let t = &cx.toks[i];
        (t.is_word()
            && ((t.cap && (cx.class(i) == 0 || aux_as_name(cx, i, e - 1, s)))
                || cx.has(i, class::PRONOUN | class::PRON_AUTHOR)
                || is_np_word(cx, i)))
            || matches!(t.kind, TokKind::Number)
    })
}

/// A verb form at token `k`: an auxiliary, an irregular form (grammar.csv
/// `verb`), a contracted negation or a word in -ed.
fn verb_form(cx: &Ctx, k: usize) -> bool {
    let n = cx.norm(k);
    cx.has(k, class::AUX | class::VERB) || contracted_negation(n) || looks_verbal(n)
}

/// An auxiliary and its negation in one word: "didn't", "won't", "can't"
/// (curly apostrophes are folded to `'`).
fn contracted_negation(n: &str) -> bool {
    n.ends_with("n't")
}

/// A form of "be": before a past participle it makes a passive ("is believed").
fn is_be(n: &str) -> bool {
    matches!(n, "is" | "was" | "are" | "were" | "been" | "being" | "be")
}

/// A plural noun by its ending ("voters", "Americans"; not "press").
fn plural_noun(n: &str) -> bool {
    n.len() > 3 && n.ends_with('s') && !n.ends_with("ss") && !n.ends_with("us")
}

/// [`looks_verbal`], unless grammar.csv reads the word as an adjective
/// (`adjective`) and a noun may follow it ("the Iraqi armed forces"; not
/// "the group elected to publish", "elected by").
fn verbal_in_np(cx: &Ctx, k: usize) -> bool {
    let n = cx.norm(k);
    if !looks_verbal(n) {
        return false;
    }
    let noun_next = cx.toks.get(k + 1).is_some_and(|t| t.is_word())
        && !cx.has(
            k + 1,
            class::PREP | class::AUX | class::CONJ | class::DET | class::BOUNDARY,
        );
    // (a hyphenated compound before a name or a descriptor's noun is an
    // adjective: "the state-affiliated Al-Qahera News", "North Korea's
    // state-controlled newspaper"; not "op-ed", nor before a plain word:
    // "Obama's oft-stated quotes")
    let compound = || {
        noun_next
            && n.rsplit_once('-').is_some_and(|(_, t)| looks_verbal(t))
            && (cx.toks[k + 1].cap || is_np_word(cx, k + 1))
    };
    !(noun_next && cx.lex.has_side_class(n, class::ADJECTIVE) || compound())
}

/// A lowercase word that is probably a verb form, ending a noun phrase.
/// (not a name joined to a particle, "al-Rashed", "el-Sayed")
fn looks_verbal(n: &str) -> bool {
    n.ends_with("ed")
        && n.len() > 4
        && !n
            .split_once('-')
            .is_some_and(|(p, _)| crate::label::is_particle(p))
}

/// A word in -ly of six letters or more that no lexicon lists as a name:
/// an adverb ("Essentially", "Similarly"; not "Kelly", "Connolly").
fn ly_adverb(cx: &Ctx, k: usize) -> bool {
    let n = cx.norm(k);
    n.ends_with("ly")
        && n.len() >= 6
        && cx.lex.given_name_gender(n) == 0
        && !cx.lex.people.contains_key(n)
}

/// An opener or adverb of grammar.csv, or an -ly adverb ([`ly_adverb`]):
/// a word that alone opens a sentence before its subject ("However,",
/// "Similarly,").
fn opener_word(cx: &Ctx, k: usize) -> bool {
    cx.has(k, class::OPENER | class::ADVERB) || ly_adverb(cx, k)
}

/// An adverb by its ending, capitalised or not ("Increasingly, ...",
/// "Apparently"): endings no name has (not -ally or -elly: "Sally", "Kelly").
fn adverb_form(n: &str) -> bool {
    n.len() > 6
        && [
            "ingly", "edly", "ously", "ively", "ately", "fully", "ically", "ently", "antly",
        ]
        .iter()
        .any(|e| n.ends_with(e))
}

/// "that"/"this"/"these" used as a determiner at the start of a phrase.
fn is_det_that(cx: &Ctx, i: usize, a: usize) -> bool {
    let det = cx.has(i, class::DET);
    det && (i == a || cx.toks[i].cap || cx.has(i - 1, class::PREP))
}

/// For a comma at `comma` closing a parenthetical, find the comma that
/// opens it; returns its index. `before_cue`: the parenthetical stands right
/// before the verb, where an adjunct may be long (see [`is_adjunct`]).
fn parenthetical_start(cx: &Ctx, comma: usize, before_cue: bool, a: usize) -> Option<usize> {
    // look left for the previous comma within a window
    let mut p = comma;
    let lim = comma.saturating_sub(PARENTHETICAL_WINDOW).max(a);
    while p > lim {
        p -= 1;
        if cx.toks[p].quoted {
            return None;
        }
        if cx.toks[p].is_punct(',') {
            let first = p + 1;
            if first >= comma {
                return None;
            }
            let fw = first;
            // "Jo Park, vice president and counsel for the firm,": a role
            // apposition after a name, lower-case but holding a descriptor word
            // (a name may end in a party and state: "Carl Mendez (D-Ore.), chair of ...,")
            // (or an age after one, which then opens the parenthetical:
            // "Ana Ruiz, 46, of Antioch,")
            let age = p > a + 2
                && cx.toks[p - 1].kind == TokKind::Number
                && cx.toks[p - 2].is_punct(',')
                && cx.toks[p - 3].is_word()
                && cx.toks[p - 3].cap;
            // (not an opener that opens the sentence: "Increasingly,
            // outside groups are getting involved, said" is a clause)
            let name_before = p > a
                && !(p == a + 1 && opener_word(cx, a))
                && ((cx.toks[p - 1].is_word() && cx.toks[p - 1].cap)
                    || cx.toks[p - 1].is_punct(')')
                    || age);
            let role = cx.toks[fw].is_word()
                && name_before
                && (first..comma).any(|k| cx.toks[k].is_word() && is_np_word(cx, k));
            // (a one-word one after a plain noun phrase opening the clause:
            // "The critics, however, say"; not after a clause: "It's not that
            // simple, though, say the critics")
            let discourse = comma - first == 1
                && p > a
                && cx.has(fw, class::OPENER | class::ADVERB | class::BOUNDARY)
                && (a..p).all(|k| plain_np_word(cx, k));
            // (or a plain noun phrase opening the clause, a preposition
            // inside it: "A Western official, speaking on condition of
            // anonymity, said", "Officials at the ministry, including Ana
            // Ruiz, said"; not a fronted phrase, "On Monday,")
            // (a participle after a plural noun and before a preposition or
            // a time word too: "Veterans interviewed at rallies this week,")
            let reduced = |k: usize| {
                k > a
                    && k + 1 < p
                    && looks_verbal(cx.norm(k))
                    && cx.class(k - 1) == 0
                    && plural_noun(cx.norm(k - 1))
                    && cx.has(k + 1, class::PREP | class::TIME)
            };
            // (after a conjunction opening the sentence: "But the
            // minister, writing in a newspaper, cautioned")
            let s0 = if p > a + 1 && cx.has(a, class::CONJ) {
                a + 1
            } else {
                a
            };
            let np_before = p > s0
                && (cx.toks[s0].cap || cx.has(s0, class::DET | class::QUANTIFIER))
                && !cx.has(s0, class::PREP | class::OPENER | class::TIME)
                && !(p == s0 + 1 && ly_adverb(cx, s0))
                && (s0..p).all(|k| {
                    (plain_np_word(cx, k)
                        && (!cx.has(k, class::PREP | class::OPENER | class::TIME)
                            || (k > s0
                                && (cx.has(k, class::TIME)
                                    || (k + 1 < p && cx.has(k, class::PREP))))))
                        || reduced(k)
                });
            let adjunct =
                (name_before || discourse || np_before) && is_adjunct(cx, first, comma, before_cue);
            // "Tester, himself up for reelection,": a reflexive apposition
            let reflexive = name_before && {
                let n = cx.norm(fw);
                n.ends_with("self") || n.ends_with("selves")
            };
            let ok = adjunct
                || reflexive
                || cx.has(fw, class::RELATIVE | class::CITING)
                || (cx.has(fw, class::DET) && cx.norm(fw) != "that")
                || (cx.toks[fw].cap && cx.toks[fw].is_word())
                || matches!(cx.toks[fw].kind, TokKind::Number)
                || role;
            // there must be something before the parenthetical
            let before = p > a && (cx.is_word(p - 1) || cx.toks[p - 1].is_punct(')'));
            if ok && age {
                return Some(p - 2);
            }
            return if ok && before { Some(p) } else { None };
        }
        // inside a sentence a full stop belongs to an abbreviation ("R-Ky.,")
        if cx.toks[p].is_punct(';') || cx.toks[p].is_punct(':') {
            return None;
        }
    }
    None
}

/// Whether token `k` may be a word of a plain noun phrase: a word or a
/// possessive, unquoted, no verb form, auxiliary, negator, boundary,
/// conjunction or pronoun.
fn plain_np_word(cx: &Ctx, k: usize) -> bool {
    const NOT_IN_NP: class::Class = class::AUX
        | class::NEGATOR
        | class::BOUNDARY
        | class::CONJ
        | class::PRONOUN
        | class::PRON_AUTHOR;
    (cx.is_word(k) || cx.toks[k].kind == TokKind::Possessive)
        && !cx.toks[k].quoted
        && !verbal_in_np(cx, k)
        && cx.class(k) & NOT_IN_NP == 0
}

/// The noun phrase opening the clause at `a` and ending at its first comma,
/// `comma` or one before ("Mullins, who lives in Loveland, east of Denver,"
/// -> Mullins): capitalised or opening with a determiner, of plain words, not
/// an opener ("In Iowa,") nor a pronoun.
fn opening_subject(cx: &Ctx, a: usize, comma: usize) -> Option<TokRange> {
    let first = (a..=comma).find(|&k| cx.toks[k].is_punct(','))?;
    if first == a || first - a > cx.lex.settings.max_mention_tokens {
        return None;
    }
    // "Flake of Arizona and Graham of South Carolina", "The American
    // Council on Education", "Several of them", "Rep. Ana Ruiz (D-Colo.)":
    // "of", "and", a preposition before a capital, a pronoun after "of",
    // a bracketed party and state
    let mut depth = 0usize;
    let plain = (a..first).all(|k| {
        let t = &cx.toks[k];
        if t.is_punct('(') {
            depth += 1;
            return k > a;
        }
        if t.is_punct(')') && depth > 0 {
            depth -= 1;
            return true;
        }
        let after_of = k > a && cx.norm(k - 1) == "of";
        depth > 0
            || (k > a
                && (matches!(cx.norm(k), "of" | "and")
                    || (cx.has(k, class::PREP) && k + 1 < first && cx.toks[k + 1].cap)
                    || (after_of && cx.has(k, class::PRON_PLURAL | class::PRON_PERSON))))
            || (plain_np_word(cx, k) && !cx.has(k, class::PREP | class::OPENER | class::TIME))
    }) && depth == 0;
    let opens = cx.toks[a].cap || cx.has(a, class::DET | class::QUANTIFIER);
    (plain && opens).then_some((a, first))
}

/// Whether the parenthetical `first..comma` after a name is an adjunct, not
/// a role ("Hale, after a long pause, said", "Sondland, though, said",
/// "Texas, specifically, said", "Trump, posting on Twitter, said"): at most
/// six words opening with a preposition, an opener, an adverb or a
/// participle, or one word of grammar.csv's boundary class or in -ly; up to
/// [`LONG_ADJUNCT`] words, when `long` (right before the verb), if none
/// after the first is a verb but one in -ing, a boundary or a relative
/// word ("Ruiz, in the wake of a new poll showing her lead down to 4
/// points, told"; not "Increasingly, outside groups are going to get
/// involved, said"); not a participle before a role word ("acting
/// director of the agency" is a role); or a past participle before an
/// `author_prep` of grammar.csv, a passive ("Saba, run by the Houthis,
/// said", "the paper, owned by the state, said").
fn is_adjunct(cx: &Ctx, first: usize, comma: usize, long: bool) -> bool {
    let one = comma - first == 1;
    let verbless = || {
        (first + 1..comma).all(|k| {
            // (a word after a determiner is a noun: "her lead", and so is
            // one after a determiner and a plain word: "a phone call")
            !cx.is_word(k)
                || cx.norm(k).ends_with("ing")
                || cx.has(k - 1, class::DET)
                || (k >= first + 2
                    && cx.has(k - 2, class::DET)
                    && cx.is_word(k - 1)
                    && cx.class(k - 1) == 0
                    && !verb_form(cx, k - 1))
                || !(verb_form(cx, k) || cx.has(k, class::BOUNDARY | class::RELATIVE))
                // (a preposition that may open a clause too, right after
                // the first word: "speaking before a gathering of ...")
                || (k == first + 1 && cx.has(k, class::OPENER))
        })
    };
    // "acting director of ...": a participle before a role word is a role
    let role = || first + 1 < comma && cx.is_word(first + 1) && is_np_word(cx, first + 1);
    // (or any preposition, "as" too: "known as the E3", "based in Doha")
    let passive = || {
        first + 1 < comma
            && (looks_verbal(cx.norm(first))
                || cx.has(first, class::VERB)
                || cx.lex.has_side_class(cx.norm(first), class::PARTICIPLE))
            && !is_np_word(cx, first)
            && cx.is_word(first + 1)
            && (cx.has(first + 1, class::PREP | class::BOUNDARY)
                || cx
                    .lex
                    .has_side_class(cx.norm(first + 1), class::AUTHOR_PREP))
    };
    comma > first
        && (comma - first <= 6 || (long && comma - first <= LONG_ADJUNCT && verbless()))
        && cx.is_word(first)
        && !cx.toks[first].quoted
        && (cx.has(first, class::PREP | class::OPENER | class::ADVERB)
            // (a negator before an -ing form: "without citing sources")
            || (cx.has(first, class::NEGATOR)
                && first + 1 < comma
                && cx.is_word(first + 1)
                && cx.norm(first + 1).ends_with("ing"))
            || (!cx.toks[first].cap && passive())
            || (one && cx.has(first, class::BOUNDARY))
            || (!cx.toks[first].cap
                && ((one && cx.norm(first).ends_with("ly"))
                    || (cx.norm(first).ends_with("ing") && !role()))))
}

/// A noun phrase starting at `s` going right (inverted subjects, "according to X").
fn np_forward(cx: &Ctx, s: usize, b: usize, allow_apposition: bool) -> Option<TokRange> {
    if s >= b {
        return None;
    }
    let t0 = &cx.toks[s];
    if !t0.is_word() || t0.quoted {
        return None;
    }
    let n0 = cx.norm(s);
    let c0 = cx.class(s);
    // "said retired Army Lt. Gen. ...", "said undecided voter Jane Doe": lower-case
    // words before a name within a few words
    let name_soon = (s + 1..(s + 5).min(b))
        .any(|k| cx.toks[k].is_word() && cx.toks[k].cap && !cx.toks[k].quoted)
        && (s..(s + 5).min(b))
            .take_while(|&k| !cx.toks[k].cap)
            .all(|k| {
                cx.toks[k].is_word()
                    && cx.class(k) & (class::BOUNDARY | class::AUX | class::CONJ) == 0
            });
    let starts_np = t0.cap || c0 & (class::DET | class::PRONOUN) != 0 || name_soon;
    if !starts_np || n0 == "that" || c0 & (class::PREP | class::TIME) != 0 {
        return None;
    }
    // a pronoun is a phrase of one word ("..., said he would go": he, whom
    // the pronoun names, is the likeliest speaker of "said"); one that is
    // also a determiner before a word opens a longer one ("added her
    // friend Beth Slocum")
    let determiner = c0 & class::DET != 0 && s + 1 < b && cx.is_word(s + 1);
    if c0 & (class::PRONOUN) != 0 && !determiner {
        return Some((s, s + 1));
    }
    let mut e = s;
    let max = cx.lex.settings.max_mention_tokens;
    while e < b && e - s <= max {
        let t = &cx.toks[e];
        if t.quoted {
            break;
        }
        match t.kind {
            TokKind::Word | TokKind::Number => {
                let c = cx.class(e);
                // (a capitalised auxiliary is a name: "ad maker Will Ritter")
                let aux = c & class::AUX != 0 && !t.cap;
                if e > s
                    && (c & (class::BOUNDARY | class::RELATIVE) != 0
                        || aux
                        || contracted_negation(cx.norm(e)))
                {
                    break;
                }
                if e > s && c & class::PREP != 0 && cx.norm(e) != "of" {
                    break;
                }
                if e > s && c & class::TIME != 0 {
                    break;
                }
                // a past-tense verb after a name, or an article and a
                // name, ends the phrase ("said Gates described the role",
                // "said the UAE condemned the attack": the name, then its
                // clause; not "read a message Trump dictated", nor a
                // participle before its preposition after an article, "said
                // one Republican involved in the planning")
                // (or a descriptor's noun: "said the kingdom rejected any
                // attack")
                let article = cx.has(s, class::DET) && e > s + 1;
                let noun = |k: usize| cx.lex.descriptor(cx.norm(k)).is_some();
                if e > s
                    && !t.cap
                    && c == 0
                    && verbal_in_np(cx, e)
                    && (s..e).all(|k| {
                        cx.is_word(k) && (cx.toks[k].cap || (k == s && article) || noun(k))
                    })
                    && !(article && e + 1 < b && cx.has(e + 1, class::PREP))
                {
                    break;
                }
                e += 1;
            }
            TokKind::Possessive => e += 1,
            TokKind::Punct('-') if !cx.is_dash(e) => e += 1,
            // an initial's period ("said Carol J. Guthrie")
            TokKind::Punct('.') if e > s && initial_in_name(cx, e) => e += 1,
            TokKind::Punct(',') if allow_apposition => {
                // ", a regional security analyst", ", spokesman for the
                // ministry" (a government's title in lower case, "minister",
                // "spokesman") up to the end of the clause
                let n = e + 1;
                let title = || {
                    matches!(
                        cx.lex.descriptor(cx.norm(n)),
                        Some(Descriptor::GovPerson { .. })
                    )
                };
                if n < b
                    && cx.toks[n].is_word()
                    && (cx.has(n, class::DET) || cx.toks[n].cap || title())
                    && cx.norm(n) != "that"
                {
                    let mut k = n;
                    while k < b
                        && !matches!(cx.toks[k].kind, TokKind::Punct(c) if c != '-')
                        && !cx.toks[k].quoted
                    {
                        k += 1;
                    }
                    e = k;
                }
                break;
            }
            _ => break,
        }
    }
    if e == s {
        None
    } else {
        Some((s, e))
    }
}

/// "Hurt asked Norton to republish it, it declined, citing ...": before a
/// participle after a comma, a clause of its own after an earlier comma,
/// opening with a pronoun or capitalised words and a verb right after
/// them, whose subject the participle shares.
fn last_clause_subject(cx: &Ctx, a: usize, cue: usize) -> Option<TokRange> {
    if cue < a + 2 || !cx.toks[cue - 1].is_punct(',') {
        return None;
    }
    let comma = cue - 1;
    let open = (a..comma)
        .rev()
        .find(|&k| cx.toks[k].is_punct(',') || cx.toks[k].is_punct(';'))?;
    let s = open + 1;
    if s + 1 >= comma || cx.toks[s].quoted || !cx.is_word(s) {
        return None;
    }
    let pronoun = cx.has(s, class::PRONOUN);
    if !(pronoun || cx.toks[s].cap) || cx.has(s, class::OPENER | class::PREP | class::CONJ) {
        return None;
    }
    let subject_end = if pronoun {
        s + 1
    } else {
        (s..comma)
            .take_while(|&k| cx.is_word(k) && cx.toks[k].cap)
            .last()?
            + 1
    };
    let verb = subject_end < comma
        && cx.is_word(subject_end)
        && !cx.toks[subject_end].quoted
        && verb_form(cx, subject_end);
    verb.then_some((s, subject_end))
}

/// The token after a dateline that opens the sentence at `a`, before
/// `before`: capitalised words (a place, "NEW DELHI", "ANKARA, Turkey"),
/// then a dash or a colon, the words either in capitals or followed by an
/// agency in brackets ("Washington (AFP) –", "WASHINGTON —", "NEW DELHI:").
fn dateline_end(cx: &Ctx, a: usize, before: usize) -> Option<usize> {
    let mut k = a;
    let mut words = 0;
    let mut upper = true;
    while k < before && k < a + 6 {
        let t = &cx.toks[k];
        if t.is_word() && t.cap && !t.quoted {
            words += 1;
            upper &= t.upper;
        } else if !(t.is_punct(',') && words > 0) {
            break;
        }
        k += 1;
    }
    if words == 0 || k >= before || cx.toks[k - 1].is_punct(',') {
        return None;
    }
    let agency = cx.toks[k].is_punct('(');
    if agency {
        let close = (k..before.min(k + 5)).find(|&c| cx.toks[c].is_punct(')'))?;
        k = close + 1;
    }
    let sep = k + 1 < before && (cx.toks[k].is_punct('-') || cx.toks[k].is_punct(':'));
    // ("NATO — the alliance — hit back": a dash that a second one closes
    // sets off an apposition)
    let closed = || (k + 1..before).any(|j| cx.toks[j].is_punct('-'));
    (sep && (agency || (upper && !closed())) && cx.is_word(k + 1)).then_some(k + 1)
}

/// The subject at the start of the clause containing `before` (for
/// coordinated and participial cues).
fn main_subject(cx: &Ctx, a: usize, before: usize) -> Option<TokRange> {
    let mut s = dateline_end(cx, a, before).unwrap_or(a);
    // skip a dateline "(Reuters) -", a stamp "[Updated at 11:11 a.m. ET]",
    // quotation material, punctuation
    for (open, close) in [('(', ')'), ('[', ']')] {
        if s < before && cx.toks[s].is_punct(open) {
            if let Some(c) = (s..before).find(|&k| cx.toks[k].is_punct(close)) {
                s = c + 1;
            }
        }
    }
    while s < before
        && (cx.toks[s].quoted
            || cx.toks[s].is_quote()
            || matches!(cx.toks[s].kind, TokKind::Punct(_)))
    {
        s += 1;
    }
    // "But on Saturday, ...", "And yet, ...": a conjunction opening the
    // sentence before an opener
    if s + 1 < before
        && cx.has(s, class::CONJ)
        && cx.is_word(s + 1)
        && cx.has(s + 1, class::OPENER | class::PREP | class::ADVERB)
    {
        s += 1;
    }
    // "In Iowa, ...", "Turning to the budget, ...", "Essentially, ...",
    // "Shortly after the merger, ...": an opener (an adverb in -ly before a
    // comma or a preposition, of six letters or more and no listed name:
    // "Kelly, ...", "Connolly said" speak)
    let ly = || {
        let next = s + 1;
        ly_adverb(cx, s)
            && next < before
            && (cx.toks[next].is_punct(',') || cx.has(next, class::PREP | class::OPENER))
    };
    // (an adverb before a comma too: "Still, ...", "Likewise, ...")
    let adverb = || cx.has(s, class::ADVERB) && s + 1 < before && cx.toks[s + 1].is_punct(',');
    let opener = s < before
        && (cx.has(s, class::OPENER | class::PREP)
            || adverb()
            || (cx.toks[s].is_word() && (cx.norm(s).ends_with("ing") || ly())));
    if opener {
        if let Some(c) = (s..before).find(|&i| cx.toks[i].is_punct(',')) {
            s = c + 1;
        }
    }
    // "A few minutes later they ...", "Last week the minister ...": a time
    // phrase with no comma before the subject
    let mut after_time = time_words_end(cx, s, before, false);
    if after_time > s && after_time < before {
        // "Two months after her email, ...": the time phrase goes on to a comma
        if cx.has(after_time, class::PREP | class::OPENER | class::BOUNDARY) {
            if let Some(c) = (after_time..before).find(|&i| cx.toks[i].is_punct(',')) {
                after_time = c;
            }
        }
        if cx.toks[after_time].is_punct(',') {
            after_time += 1;
        }
        if after_time < before && cx.is_word(after_time) {
            s = after_time;
        }
    }
    let mut e = s;
    while e < before {
        let t = &cx.toks[e];
        if t.quoted {
            break;
        }
        let ok = match t.kind {
            TokKind::Word => {
                let c = cx.class(e);
                if c & (class::AUX | class::BOUNDARY | class::CONJ | class::RELATIVE) != 0
                    && !(e == s && is_det_that(cx, e, a))
                {
                    false
                } else if t.cap || c & (class::DET | class::PRONOUN) != 0 {
                    true
                } else {
                    // "The justice", "the wealthy developer": up to two plain
                    // lower-case nouns right after an opening determiner
                    let plain = || {
                        c == 0 && !looks_verbal(cx.norm(e)) && !cx.lex.cues.contains_key(cx.norm(e))
                    };
                    // (or one word after a possessive, before a
                    // descriptor's noun: "Ansarallah's political bureau";
                    // not after a pronoun's "'s": "It's better")
                    let possessed = || {
                        cx.toks[e - 1].kind == TokKind::Possessive
                            && e - 1 > s
                            && !cx.has(e - 2, class::PRONOUN)
                            && e + 1 < before
                            && cx.toks[e + 1].is_word()
                            && is_np_word(cx, e + 1)
                    };
                    let plain_noun =
                        || (cx.has(s, class::DET) && e <= s + 2 || e > s && possessed()) && plain();
                    // "Republican presidential candidate Donald Trump": a
                    // plain word before a role and a name; "Former Secretary
                    // of State Hillary Clinton": "of" between a capitalised
                    // role and a capital
                    let cap_at = |k: usize| k < before && cx.toks[k].is_word() && cx.toks[k].cap;
                    let before_role = || {
                        e > s
                            && cap_at(e + 2)
                            && cx.toks[e + 1].is_word()
                            && is_np_word(cx, e + 1)
                            && plain()
                    };
                    let joiner = || {
                        e > s
                            && cx.norm(e) == "of"
                            && cap_at(e - 1)
                            && cap_at(e + 1)
                            && is_np_word(cx, e - 1)
                    };
                    // "Iranian state TV showed ...": a plain word (a cue's
                    // form too: "state") between a capital and an outlet noun
                    let before_outlet_noun = || {
                        e > s
                            && cap_at(e - 1)
                            && e + 1 < before
                            && cx.toks[e + 1].is_word()
                            && matches!(
                                cx.lex.descriptor(cx.norm(e + 1)),
                                Some(Descriptor::OutletNoun(_))
                            )
                            && c == 0
                            && !looks_verbal(cx.norm(e))
                    };
                    // "Local farmer Ana Ruiz was upbeat, saying ...": a
                    // plain noun between the sentence's opening capital and
                    // a given name of given_names.csv, then a capital (not a
                    // verb's form: "Kestrel hires Ana Ruiz", "Ruiz hired Omar
                    // Haddad")
                    let before_given_name = || {
                        e == s + 1
                            && cap_at(e + 2)
                            && cap_at(e + 1)
                            && cx.lex.given_name_gender(cx.norm(e + 1)) != 0
                            && plain()
                            && !cx.norm(e).ends_with('s')
                            && !cx.norm(e).ends_with("ing")
                    };
                    is_np_word(cx, e)
                        || plain_noun()
                        || before_role()
                        || joiner()
                        || before_outlet_noun()
                        || before_given_name()
                }
            }
            TokKind::Number | TokKind::Possessive => true,
            TokKind::Punct('-') => !cx.is_dash(e),
            // an initial's period ("R. Shane Day")
            TokKind::Punct('.') => e > s && initial_in_name(cx, e),
            _ => false,
        };
        if !ok {
            break;
        }
        // "The President shed the restraint ... and defended": an article
        // after a plain lower-case word taken for a noun shows that word to
        // be the verb; the phrase ends before it ("surveys this week" is no
        // verb: only an article tells)
        if e > s + 1
            && t.kind == TokKind::Word
            && !t.cap
            && matches!(cx.norm(e), "the" | "a" | "an")
            && plain_noun_at(cx, e - 1)
        {
            e -= 1;
            break;
        }
        e += 1;
    }
    if e > s {
        Some((s, e))
    } else {
        None
    }
}

/// A lower-case word of no grammar class and no descriptor word, not quoted:
/// one the subject scan takes for a plain noun ("the wealthy developer").
fn plain_noun_at(cx: &Ctx, k: usize) -> bool {
    let t = &cx.toks[k];
    t.is_word() && !t.cap && !t.quoted && cx.class(k) == 0 && !is_np_word(cx, k)
}

/// A word that marks a name as an organization's (`org_word` of
/// descriptors.csv: "University", "Association").
fn org_word(cx: &Ctx, i: usize) -> bool {
    cx.toks[i].is_word()
        && matches!(
            cx.lex.descriptor(cx.norm(i)),
            Some(crate::lexicon::Descriptor::OrgWord { .. })
        )
}

/// A party label after a name, "R-Mo" or "D-Ore": one capitalised token
/// with a hyphen after its first letter.
fn party_label(cx: &Ctx, k: usize) -> bool {
    cx.is_word(k) && cx.toks[k].cap && cx.norm(k).as_bytes().get(1) == Some(&b'-')
}

/// A lowercase word that can sit in a source noun phrase: a descriptor word.
fn is_np_word(cx: &Ctx, i: usize) -> bool {
    cx.lex.descriptor_word.contains_key(cx.norm(i))
}

/// Sentences inside a quotation without their own cue take the attribution
/// of the sentence that opens or closes that quotation.
fn continue_quotations(cx: &Ctx, seg: &Segmented, out: &mut [Found]) {
    if seg.quotes.is_empty() {
        return;
    }
    // chains of quotations continued across paragraphs
    let mut chain_of = vec![0usize; seg.quotes.len()];
    let mut chain = 0usize;
    for (qi, q) in seg.quotes.iter().enumerate() {
        if !q.continued || qi == 0 {
            chain = qi;
        }
        chain_of[qi] = chain;
    }
    // each chain's last quotation, by the chain's first
    let mut chain_last = vec![0usize; seg.quotes.len()];
    for (qi, &ch) in chain_of.iter().enumerate() {
        chain_last[ch] = qi;
    }
    // quotations are in text order and do not overlap: a binary search
    // finds the one holding a token (a scan of all of them per claim was
    // quadratic in a long article)
    let quote_at = |tok: usize| {
        let k = seg.quotes.partition_point(|q| q.open <= tok);
        k.checked_sub(1).filter(|&k| tok < seg.quotes[k].end)
    };
    // claims are in text order (`attribute` makes them so), so those
    // touching a quotation chain are one run, found by binary search
    debug_assert!(out
        .windows(2)
        .all(|w| w[0].toks.0 <= w[1].toks.0 && w[0].toks.1 <= w[1].toks.1));
    // by chain: the attributed claims that may lend it their source
    let mut lenders: rustc_hash::FxHashMap<usize, Vec<usize>> = Default::default();
    for fi in 0..out.len() {
        if out[fi].cue.is_some() {
            continue;
        }
        let (s, e) = out[fi].toks;
        let words: Vec<usize> = (s..e).filter(|&i| cx.is_word(i)).collect();
        if words.is_empty() {
            continue;
        }
        let quoted = words.iter().filter(|&&i| cx.toks[i].quoted).count();
        if (quoted as f64) < words.len() as f64 * 0.6 {
            continue;
        }
        let Some(qi) = words
            .iter()
            .find_map(|&i| if cx.toks[i].quoted { quote_at(i) } else { None })
        else {
            continue;
        };
        let ch = chain_of[qi];
        let lo = seg.quotes[ch].open;
        let hi = seg.quotes[chain_last[ch]].end;
        // an attributed claim touching this quotation chain whose content is
        // quoted in it, its cue outside the quotation
        let lends = |g: &Found| {
            let Some(cue) = g.cue else { return false };
            if g.shares_source_of.is_some() {
                return false;
            }
            let (gs, ge) = g.toks;
            let touches = gs < hi && ge > lo;
            let content_quoted = g.content.is_some_and(|(cs, ce)| cs < hi && ce > lo);
            touches && content_quoted && !(cue.0 >= lo && cue.1 <= hi && cx.toks[cue.0].quoted)
        };
        // the nearest of them (the earlier of two as near); a chain's
        // lenders are listed once, as only claims without a cue take a
        // source in this loop
        let list = lenders.entry(ch).or_insert_with(|| {
            let first = out.partition_point(|g| g.toks.1 <= lo);
            let end = out.partition_point(|g| g.toks.0 < hi);
            (first..end).filter(|&gi| lends(&out[gi])).collect()
        });
        let p = list.partition_point(|&gi| gi < fi);
        let below = p.checked_sub(1).map(|k| list[k]);
        let above = list.get(p).copied();
        let mut best = match (below, above) {
            (Some(b), Some(a)) if a - fi < fi - b => Some((a, a - fi)),
            (Some(b), _) => Some((b, fi - b)),
            (None, Some(a)) => Some((a, a - fi)),
            (None, None) => None,
        };
        // speaker carry-over: a quotation of its own right after a quoted attribution
        if best.is_none() && fi > 0 {
            let prev = &out[fi - 1];
            let lead = prev.shares_source_of.unwrap_or(fi - 1);
            let prev_quoted = prev.content.is_some_and(|c| cx.mostly_quoted(c));
            let same_or_next_paragraph = seg.sentences[out[fi].sentence].paragraph
                <= seg.sentences[prev.sentence].paragraph + 1;
            if (prev.cue.is_some() || prev.shares_source_of.is_some())
                && prev_quoted
                && same_or_next_paragraph
            {
                best = Some((lead, 1));
            }
        }
        if let Some((gi, _)) = best {
            share_source(out, fi, gi, "quote-continuation");
        }
    }
}

/// Whether the capitalised auxiliary, adverb or time word at `ju` (and no
/// word of another class: "That said" is none) (in a subject read back from
/// `end`, the word before the cue, within a sentence from `a`) is a name:
/// after a given name ("Theresa May said"), as a given name before a name
/// ("Will Smith said"), or right before a cue that is no base form, which
/// no auxiliary can stand before ("May said", "Will told"; in "Iran May
/// Say" it is the auxiliary).
fn aux_as_name(cx: &Ctx, ju: usize, end: usize, a: usize) -> bool {
    let t = cx.toks;
    let c = cx.class(ju);
    if !t[ju].cap || t[ju].upper || !class::may_be_name(c) {
        return false;
    }
    let after_given = ju > a
        && t[ju - 1].is_word()
        && t[ju - 1].cap
        && cx.lex.given_names.contains_key(cx.norm(ju - 1));
    let inflected_cue = t.get(end + 1).is_some_and(|c| c.is_word())
        && cx
            .lex
            .cues
            .get(cx.norm(end + 1))
            .is_some_and(|forms| forms.iter().all(|f| f.lemma != cx.norm(end + 1)));
    // (a modal only, standing alone: "on Sunday said", "Simply put",
    // "Being told", "in May announced", "Jobs Were Added" name no one)
    let n = cx.norm(ju);
    let modal = c & class::AUX != 0
        && !is_be(n)
        && !matches!(
            n,
            "being" | "been" | "has" | "have" | "had" | "having" | "do" | "does" | "did"
        );
    let alone = ju == a || !t[ju - 1].is_word();
    // a time word or adverb before a cue, with no name after it, that is
    // the surname of a name the article writes ("Aaron Day ... Day said",
    // "Billy Long ... Long told reporters"; not "Also said Jones", "Simply
    // put", "Previously reported")
    let surname_word = || {
        c & (class::TIME | class::ADVERB) != 0
            && c & class::AUX == 0
            && !t.get(end + 2).is_some_and(|n| n.is_word() && n.cap)
            && cx
                .surnames
                .get_or_init(|| mixed_case_surnames(cx))
                .contains(cx.norm(ju))
    };
    let before_inflected_cue = ju == end && inflected_cue && alone && (modal || surname_word());
    // a given name before a name ("Will Smith said"; not "Will Republicans
    // say ...?")
    let given_before_name = inflected_cue
        && cx.lex.given_names.contains_key(cx.norm(ju))
        && t.get(ju + 1)
            .is_some_and(|n| n.is_word() && n.cap && !n.upper && cx.class(ju + 1) == 0);
    after_given || before_inflected_cue || given_before_name
}

/// A speaker's label opening a paragraph of a transcript, in capitals and
/// before a colon: "AMY GOODMAN: ...", "REP. DEB HAALAND: ...", "TAPPER:
/// ...", "RENEE MONTAGNE, HOST:" (a role after a comma is no part of the
/// name). Returns the colon and the name's tokens.
fn speaker_label(cx: &Ctx, (a, b): TokRange) -> Option<(usize, TokRange)> {
    let t = cx.toks;
    let label_word = |k: usize| {
        let tk = &t[k];
        tk.is_word() && !tk.quoted && (tk.upper || (tk.abbrev && tk.cap && tk.end - tk.start == 2))
    };
    let mut e = a;
    while e < b && e < a + 6 && label_word(e) {
        e += 1;
    }
    if e == a || e >= b {
        return None;
    }
    let mut colon = e;
    // ", HOST", ", BYLINE": a role of three words at most
    if t[e].is_punct(',') {
        colon = e + 1;
        while colon < b && colon < e + 4 && t[colon].is_word() && t[colon].upper {
            colon += 1;
        }
        if colon == e + 1 {
            return None;
        }
    }
    if colon >= b || !t[colon].is_punct(':') || t[colon].quoted {
        return None;
    }
    Some((colon, (a, e)))
}

/// Whether the words of a label in capitals may be a name: no page label
/// ("UPDATE:", "FILE PHOTO:"), reporting word ("READ MORE:"), article,
/// preposition or auxiliary ("THE FACTS:", "JUST IN:").
fn name_like_label(cx: &Ctx, (s, e): TokRange) -> bool {
    (s..e).all(|k| {
        !cx.lex.has_side_class(cx.norm(k), class::LABEL)
            && !cx.lex.cues.contains_key(cx.norm(k))
            && cx.class(k)
                & (class::DET | class::PREP | class::AUX | class::BOUNDARY | class::OPENER)
                == 0
    })
}

/// Transcripts: a paragraph opened by a speaker's label ([`speaker_label`])
/// is that speaker's, and so are the paragraphs after it up to the next
/// label, when the article has two labels or more (in one labelled
/// paragraph alone, only its own sentences). A sentence with an attribution
/// of its own keeps it; the label's sentence is the speaker's, the
/// attribution inside it kept as a further relation. A label of one word
/// must be known as a name: the last word of a label of two words or more,
/// a surname of `people.csv`, or the last word of a name in the article
/// ("Chuck Todd" for "TODD:"); one of two words or more needs a given name
/// or a title in it, or to label two paragraphs or more. A paragraph in
/// brackets ("(SOUNDBITE OF APPLAUSE)") ends a turn.
fn transcript_turns(cx: &Ctx, seg: &Segmented, out: &mut [Found]) {
    let t = cx.toks;
    // (claim index, colon, name) of each paragraph opened by a label
    let mut labels: Vec<(usize, usize, TokRange)> = Vec::new();
    let mut prev_par = usize::MAX;
    for (fi, f) in out.iter().enumerate() {
        let s = &seg.sentences[f.sentence];
        if s.paragraph == prev_par || f.toks.0 != s.tokens.0 {
            continue;
        }
        prev_par = s.paragraph;
        if let Some((colon, name)) = speaker_label(cx, f.toks) {
            labels.push((fi, colon, name));
        }
    }
    if labels.is_empty() {
        return;
    }
    let key = |(s, e): TokRange| {
        (s..e)
            .map(|k| cx.norm(k).trim_end_matches('.'))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let keys: Vec<String> = labels.iter().map(|l| key(l.2)).collect();
    let words = |(s, e): TokRange| (s..e).filter(|&k| t[k].is_word()).count();
    // how often each label is written, and the last words of the labels
    // of two words or more (counted once: an article of thousands of
    // labels is read in one pass)
    let mut times: rustc_hash::FxHashMap<&str, usize> = Default::default();
    let mut last_words: rustc_hash::FxHashSet<&str> = Default::default();
    for (l, k) in labels.iter().zip(&keys) {
        *times.entry(k.as_str()).or_default() += 1;
        if words(l.2) >= 2 {
            if let Some(w) = k.rsplit(' ').next() {
                last_words.insert(w);
            }
        }
    }
    let mut accepted = vec![false; labels.len()];
    for (i, &(_, _, (s, e))) in labels.iter().enumerate() {
        let k = &keys[i];
        // a headline in capitals after the colon is no speaker's turn
        // ("SOCIALISM RISING: DEMS TAKE HOUSE ...", a related link)
        let (colon, sb) = (labels[i].1, out[labels[i].0].toks.1);
        let after = (colon + 1..sb).filter(|&j| t[j].is_word());
        let (n, caps) = after.fold((0, 0), |(n, c), j| (n + 1, c + usize::from(t[j].upper)));
        accepted[i] = if !name_like_label(cx, (s, e)) || n >= 3 && caps * 5 >= n * 4 {
            false
        } else if words((s, e)) >= 2 {
            let given = (s..e).any(|j| {
                let n = cx.norm(j);
                cx.lex.given_names.contains_key(n)
                    || cx
                        .lex
                        .descriptor(n)
                        .is_some_and(Descriptor::titles_a_person)
            });
            given || times.get(k.as_str()).is_some_and(|&n| n >= 2)
        } else {
            last_words.contains(k.as_str())
                || cx.lex.people.contains_key(k.as_str())
                || cx
                    .surnames
                    .get_or_init(|| mixed_case_surnames(cx))
                    .contains(k.as_str())
        };
    }
    let count = accepted.iter().filter(|&&x| x).count();
    if count == 0 {
        return;
    }
    let transcript = count >= 2;
    let mut next = 0usize;
    let mut lender: Option<usize> = None;
    for fi in 0..out.len() {
        let par = seg.sentences[out[fi].sentence].paragraph;
        if next < labels.len() && labels[next].0 == fi {
            let (_, colon, name) = labels[next];
            let ok = accepted[next];
            next += 1;
            if ok {
                let f = &out[fi];
                let (a, b) = f.toks;
                let content = (colon + 1 < b).then_some((colon + 1, b));
                let mut label = Found::attributed(
                    f.sentence,
                    f.toks,
                    (colon, colon + 1),
                    ("say".into(), CueKind::Neutral),
                    name,
                    content,
                    "speaker-label",
                );
                // an attribution inside the labelled sentence stays a relation
                if let (Some(cue), None) = (f.cue, f.shares_source_of) {
                    if cue.0 > colon && f.toks.0 == a {
                        label.also = as_relations(f);
                    }
                }
                if f.cue.is_none() || f.rule == "colon" || !label.also.is_empty() {
                    out[fi] = label;
                    lender = Some(fi);
                    continue;
                }
            }
            lender = None;
            continue;
        }
        let Some(l) = lender else { continue };
        let lpar = seg.sentences[out[l].sentence].paragraph;
        if par != lpar && !transcript {
            lender = None;
            continue;
        }
        let (a, b) = out[fi].toks;
        // "(LAUGHTER)", "[break]": no words of the speaker's; a paragraph
        // of them ends the turn
        if matches!(t[a].kind, TokKind::Punct('(' | '['))
            && matches!(t[b - 1].kind, TokKind::Punct(')' | ']'))
        {
            if par != lpar {
                lender = None;
            }
            continue;
        }
        // a bare-clause cue inside a turn ("everybody knows this FCC is
        // ...") is the speaker's claim, and the cue a relation of it
        if out[fi].rule == "bare-clause" && out[fi].shares_source_of.is_none() {
            let f = &out[fi];
            let mut turn = Found::unattributed(f.sentence, f.toks);
            turn.also = as_relations(f);
            out[fi] = turn;
        }
        if out[fi].cue.is_none() && out[fi].shares_source_of.is_none() {
            share_source(out, fi, l, "transcript-turn");
        }
    }
}

/// A claim's own attribution and its relations, as relations of another
/// claim that takes its sentence over.
fn as_relations(f: &Found) -> Vec<Relation<TokRange>> {
    let own = f.cue.map(|cue| Relation {
        cue,
        content: f.content.unwrap_or((cue.1, f.toks.1)),
        mention: f.mention,
    });
    own.into_iter().chain(f.also.iter().copied()).collect()
}

/// The folded last words of the names written in mixed case ("Chuck Todd"):
/// a capitalised word after another, none after it.
fn mixed_case_surnames<'a>(cx: &Ctx<'a>) -> rustc_hash::FxHashSet<&'a str> {
    let t = cx.toks;
    let name_word = |j: usize| t[j].is_word() && t[j].cap && !t[j].upper;
    (1..t.len())
        .filter(|&j| {
            name_word(j) && name_word(j - 1) && !t.get(j + 1).is_some_and(|n| n.is_word() && n.cap)
        })
        .map(|j| cx.norm(j))
        .collect()
}

/// Claim `fi` (a quotation) takes the source of claim `gi`: its cue lemma
/// and kind, and the whole claim as content.
fn share_source(out: &mut [Found], fi: usize, gi: usize, rule: &'static str) {
    let (lemma, kind) = (out[gi].cue_lemma.clone(), out[gi].cue_kind);
    let f = &mut out[fi];
    f.cue_lemma = lemma;
    f.cue_kind = kind;
    f.shares_source_of = Some(gi);
    f.rule = rule;
    f.content = Some(f.toks);
}

/// Byte span of a token range.
pub fn span_of(toks: &[Token], (s, e): TokRange) -> Span {
    if s >= e || e > toks.len() {
        return Span::new(0, 0);
    }
    Span::new(toks[s].start as usize, toks[e - 1].end as usize)
}

/// The folded words of a cue at span `s`, as a claim's `cue` holds them
/// ("claimed", "according to").
pub fn cue_text(folded: &Folded, s: Span) -> String {
    folded.text
        [crate::text::folded_index(folded, s.start)..crate::text::folded_index(folded, s.end)]
        .to_string()
}

#[cfg(test)]
mod tests {
    use crate::model::Attribution;

    proptest::proptest! {
        /// A remembered scan answers every sequence of calls (rising, as
        /// the cues of a sentence ask, or in any order, over sentences and
        /// clauses of different ends) as the plain scan does.
        #[test]
        fn a_remembered_scan_answers_as_the_plain_one(
            kinds in proptest::collection::vec(proptest::bool::weighted(0.15), 0..60),
            calls in proptest::collection::vec((0usize..64, 0usize..64), 1..40),
            rising: bool,
        ) {
            let mut calls = calls;
            if rising {
                calls.sort();
            }
            let memo = super::ScanMemo::default();
            for (from, end) in calls {
                let end = end.min(kinds.len());
                let plain = (from..end).find(|&k| kinds[k]);
                proptest::prop_assert_eq!(memo.first(from, end, |k| kinds[k]), plain);
            }
        }
    }

    fn analysis(text: &str) -> crate::model::Analysis {
        crate::test_analysis(text)
    }

    /// (claim text, attribution, cue, mention) for each claim of `text`.
    fn claims(text: &str) -> Vec<(String, Attribution, String, String)> {
        let a = analysis(text);
        a.claims
            .iter()
            .map(|c| {
                let m = c
                    .mention
                    .map(|m| text[m.start..m.end].to_string())
                    .unwrap_or_default();
                (
                    text[c.span.start..c.span.end].to_string(),
                    c.attribution,
                    c.cue.clone(),
                    m,
                )
            })
            .collect()
    }

    /// Each text holds one claim whose mention is the words given.
    fn mentions_are(cases: &[(&str, &str)]) {
        for &(text, mention) in cases {
            assert_eq!(one(text).2, mention, "{text}");
        }
    }

    fn one(text: &str) -> (Attribution, String, String) {
        let c = claims(text);
        assert_eq!(c.len(), 1, "{c:?}");
        (c[0].1, c[0].2.clone(), c[0].3.clone())
    }

    use Attribution::*;

    /// (claim text, source, attribution rule) for each claim of `text`.
    fn sources(text: &str) -> Vec<(String, String, &'static str)> {
        analysis(text)
            .claims
            .iter()
            .map(|c| {
                (
                    text[c.span.start..c.span.end].to_string(),
                    c.source.name.clone(),
                    c.attribution_rule,
                )
            })
            .collect()
    }

    #[test]
    fn a_transcript_gives_each_turn_to_its_speaker() {
        let text = "Ana Ruiz joined us from Lisbon.\n\n\
                    OMAR HADDAD: Welcome. Critics say the port is failing.\n\n\
                    ANA RUIZ: It is not. The harbor will reopen.\n\n\
                    We have the money.\n\n\
                    (LAUGHTER)\n\n\
                    The vote is on Monday.\n\n\
                    HADDAD: Thank you.\n\n\
                    UPDATE: The vote was moved.";
        let got = sources(text);
        let want: &[(&str, &str, &str)] = &[
            ("Ana Ruiz joined us from Lisbon.", "", "none"),
            ("OMAR HADDAD: Welcome.", "Omar Haddad", "speaker-label"),
            // an attribution of its own is kept
            ("Critics say the port is failing.", "unnamed", "verb"),
            ("ANA RUIZ: It is not.", "Ana Ruiz", "speaker-label"),
            ("The harbor will reopen.", "Ana Ruiz", "transcript-turn"),
            // the turn goes on over paragraphs without a label
            ("We have the money.", "Ana Ruiz", "transcript-turn"),
            // a paragraph in brackets ends it
            ("(LAUGHTER)", "", "none"),
            ("The vote is on Monday.", "", "none"),
            // a surname alone, known from a fuller label
            ("HADDAD: Thank you.", "Omar Haddad", "speaker-label"),
            // a page label is no speaker, and ends the turn
            ("UPDATE: The vote was moved.", "", "none"),
        ];
        let got: Vec<(&str, &str, &str)> = got
            .iter()
            .map(|(t, s, r)| (t.as_str(), s.as_str(), *r))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn one_label_holds_only_its_paragraph_and_a_capitals_headline_none() {
        let got = sources(
            "OMAR HADDAD: The talks failed. We will try again.\n\nThe port reopened on Monday.",
        );
        assert_eq!(got[1].1, "Omar Haddad", "{got:?}");
        assert_eq!(got[2].1, "", "{got:?}");
        // related links in capitals, however often, are no transcript
        let got = sources(
            "PORT WATCH: HARBOR TO REOPEN NEXT WEEK AFTER STRIKE\n\n\
             The port reopened.\n\nPORT WATCH: UNION VOTES ON NEW DEAL\n\nShips waited.",
        );
        assert!(
            got.iter()
                .all(|c| c.2 != "speaker-label" && c.2 != "transcript-turn"),
            "{got:?}"
        );
    }

    #[test]
    fn a_participle_after_by_is_the_subject_s_means() {
        assert_eq!(
            one("Ana Ruiz ended the stalemate by saying she would sign the deal."),
            (Indirect, "saying".into(), "Ana Ruiz".into())
        );
        assert_eq!(
            one("She closed by saying, “We will go on.”"),
            (Direct, "saying".into(), "She".into())
        );
        // with nothing before it, no one
        assert_eq!(
            one("By saying no, the senator angered his party.").0,
            Unattributed
        );
    }

    #[test]
    fn verb_patterns() {
        assert_eq!(
            one("Iran said that the talks failed."),
            (Indirect, "said".into(), "Iran".into())
        );
        assert_eq!(
            one("The talks failed, Iran said."),
            (Indirect, "said".into(), "Iran".into())
        );
        assert_eq!(
            one("“The talks failed,” Iran said."),
            (Direct, "said".into(), "Iran".into())
        );
        assert_eq!(
            one("“The talks failed,” said the minister."),
            (Direct, "said".into(), "the minister".into())
        );
        assert_eq!(
            one("Iran said: “The talks failed.”"),
            (Direct, "said".into(), "Iran".into())
        );
        assert_eq!(
            one("Iran has also repeatedly warned that it will respond."),
            (Indirect, "warned".into(), "Iran".into())
        );
        assert_eq!(
            one("Iran continues to say that sanctions must end."),
            (Indirect, "say".into(), "Iran".into())
        );
        assert_eq!(
            one("Tehran on Sunday denied the report."),
            (Indirect, "denied".into(), "Tehran".into())
        );
    }

    #[test]
    fn according_to_before_and_after() {
        // a middle initial stays in the name
        assert_eq!(
            one("The talks failed, according to Ana J. Ruiz, a diplomat."),
            (AccordingTo, "according to".into(), "Ana J. Ruiz".into())
        );
        assert_eq!(
            one("According to Reuters, the talks failed."),
            (AccordingTo, "according to".into(), "Reuters".into())
        );
        assert_eq!(
            one("The talks failed, according to two diplomats."),
            (AccordingTo, "according to".into(), "two diplomats".into())
        );
        assert_eq!(
            one("According to TASS, “the talks failed.”"),
            (Direct, "according to".into(), "TASS".into())
        );
    }

    #[test]
    fn outer_source_and_speaker() {
        // a time phrase after the subject's apposition
        assert_eq!(
            one("Ana Ruiz, the party chair, this past week announced a new website."),
            (
                Indirect,
                "announced".into(),
                "Ana Ruiz, the party chair".into()
            )
        );
        // a name and a past-tense verb after the cue open its content
        assert_eq!(
            one("One former aide, speaking on condition of anonymity, said Gromov described the plan."),
            (Indirect, "said".into(), "One former aide".into())
        );
        // a middle initial stays in the name after the cue
        assert_eq!(
            one("The plan failed, said Ana J. Ruiz, a spokeswoman."),
            (Indirect, "said".into(), "Ana J. Ruiz, a spokeswoman".into())
        );
        // a name alone after the cue speaks, though a relative clause before
        // it could close a subject
        assert_eq!(
            one("Gromov lacks allies in the party, whom he has alienated, said Ana Ruiz, a historian."),
            (Indirect, "said".into(), "Ana Ruiz, a historian".into())
        );
        assert_eq!(
            one("Press TV, citing a senior aide, said the meeting was delayed."),
            (Indirect, "said".into(), "Press TV".into())
        );
        assert_eq!(
            one("The minister told RIA that the meeting was delayed."),
            (Indirect, "told".into(), "The minister".into())
        );
        // a passive quotation: the agent quotes, as in "RIA quoted the
        // minister as saying", without the adjunct after it
        assert_eq!(
            one("The minister was quoted by RIA on Monday as saying that the meeting was delayed."),
            (Indirect, "quoted".into(), "RIA".into())
        );
        // with the agent after the participle, and with none
        assert_eq!(
            one("“The meeting is delayed,” the minister was quoted as saying by RIA."),
            (Direct, "quoted".into(), "RIA".into())
        );
        assert_eq!(
            one("The minister was quoted as saying that the meeting was delayed."),
            (Indirect, "quoted".into(), "The minister".into())
        );
        assert_eq!(
            one("Saudi Arabia, which has kept a truce since 2022, called for restraint."),
            // relative clauses stay in the mention: they carry descriptors ("which is pro-Iran")
            (
                Indirect,
                "called for".into(),
                "Saudi Arabia, which has kept a truce since 2022".into()
            )
        );
        assert_eq!(
            one("Kestrel’s Interior Ministry welcomed the plan but said it was overdue."),
            (
                Indirect,
                "said".into(),
                "Kestrel’s Interior Ministry".into()
            )
        );
    }

    #[test]
    fn a_name_and_its_role_before_a_colon_speak_together() {
        assert_eq!(
            one("Ron Vale, Ohio national committeeman: “It is New Jersey.”"),
            (
                Direct,
                ":".into(),
                "Ron Vale, Ohio national committeeman".into()
            )
        );
        // a phrase that is no name before the comma stays out
        assert_eq!(
            one("In Ohio, Party Chairman Ron Vale: “It is New Jersey.”").2,
            "Party Chairman Ron Vale"
        );
    }

    #[test]
    fn what_is_not_an_attribution() {
        for s in [
            "The bureau did not say when the bridge would reopen.",
            // a contracted negation is one too
            "The agency didn't say that the line would open.",
            "I don’t think that the deal is dead.",
            "Officials in Tehran have not confirmed the shipment.",
            "The smuggling ring is believed to earn millions each year.",
            "Recent reports suggest the appeals went unheard.",
            "Coastal states may be running out of time.",
            "The United States has threatened new sanctions.",
            "The turnout appears to confirm that.",
            "Al-Ain devoted two full pages to the summit.",
            "I think the deal is dead.",
        ] {
            assert_eq!(one(s).0, Unattributed, "{s}");
        }
    }

    #[test]
    fn cues_inside_quotes_do_not_fire() {
        let c = claims("“According to this report, Iran wants jets,” Al-Ain noted.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].2, "noted");
        assert_eq!(c[0].3, "Al-Ain");
    }

    #[test]
    fn two_attributions_split_a_sentence() {
        let c = claims(
            "Kestrel has denied selling rifles, and Kestrel’s Interior Ministry insisted it stays apart.",
        );
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[0].0, "Kestrel has denied selling rifles,");
        assert_eq!(c[1].3, "Kestrel’s Interior Ministry");
        let c = claims("Officials say Iran arms the militia, an accusation Tehran rejects.");
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[1].2, "rejects");
        let c = claims("Oil sales peaked in March, and analysts said Tehran would hold firm.");
        assert_eq!((c[0].1, c[1].1), (Unattributed, Indirect));
        // a pronoun continues the same speaker: no split
        assert_eq!(
            claims("The office said the findings were clear, and it called on others to act.")
                .len(),
            1
        );
    }

    /// (cue, mention or "(claim)") of each further relation of the claims of `text`.
    fn relations(text: &str) -> Vec<(String, String)> {
        let a = analysis(text);
        let at = |s: crate::model::Span| text[s.start..s.end].to_string();
        a.claims
            .iter()
            .flat_map(|c| c.also.iter())
            .map(|r| (at(r.cue), r.mention.map_or("(claim)".into(), at)))
            .collect()
    }

    #[test]
    fn a_restrictive_relative_clause_before_the_cue_leaves_the_noun_before_it() {
        // an object pronoun, a participle not in -ed and a possessive
        // before "who" each leave the subject the phrase before "who"
        mentions_are(&[
            (
                "Diplomats who met him last week say he is tired.",
                "Diplomats",
            ),
            ("Aides who have seen the plan say it will fail.", "Aides"),
            (
                "Friends of Omar Haddad's who met him say he is tired.",
                "Friends of Omar Haddad's",
            ),
        ]);
    }

    #[test]
    fn relative_clause_cues() {
        // inside a subject: a further relation of the claim
        let t = "Harlow, who said he votes early, said he likes Brandt.";
        assert_eq!(
            one(t),
            (
                Indirect,
                "said".into(),
                "Harlow, who said he votes early".into()
            )
        );
        assert_eq!(relations(t), [("said".into(), "Harlow, who".into())]);
        // past a party label set off by commas
        assert_eq!(
            one("Kestrel met Sen. Ana Ruiz, D-Ore., who has proposed a bill to curb it."),
            (
                Indirect,
                "proposed".into(),
                "Sen. Ana Ruiz, D-Ore., who".into()
            )
        );
        // across a verb, from the verb's object
        assert_eq!(
            one("The stance drew attacks from the president, who accused the lawmaker of lying.").2,
            "the president, who"
        );
        // after a phrase too long for a mention, the name that ends it
        assert_eq!(
            one("A judge gave the U.S. a deadline to make its case for the extradition of Ana Ruiz, who has denied the charges.").2,
            "Ana Ruiz, who"
        );
        // the same between dashes, a quotation inside the clause
        let t = "Viktor Gromov — who once vowed to “bury the plan” — said on Monday that it had passed.";
        assert_eq!(one(t), (Indirect, "said".into(), "Viktor Gromov".into()));
        assert_eq!(
            relations(t),
            [("vowed".into(), "Viktor Gromov — who".into())]
        );
        // the only cue of the sentence: the claim, sourced to the noun before "that"
        assert_eq!(
            one("Supporters waved banners that said “We won.”"),
            (Direct, "said".into(), "banners that".into())
        );
        // after a claim's cue and mention: a claim of its own from the pronoun on
        let c = claims("Marsh attacked Delgado, who said he would carry Ohio.");
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(
            (c[1].0.as_str(), c[1].2.as_str()),
            ("who said he would carry Ohio.", "said")
        );
        // "that said" opening a sentence is a discourse marker; negation still blocks
        assert_eq!(one("That said, the plan stands.").0, Unattributed);
        assert_eq!(
            one("Officials who did not say so were fired.").0,
            Unattributed
        );
    }

    #[test]
    fn a_participle_and_its_preposition_set_off_in_a_subject() {
        // a reduced relative between commas is no part of the subject: a
        // participle in -ed, or one grammar.csv lists (`participle`), then
        // any preposition, "as" too
        for (t, m) in [
            (
                "The three countries, known as the E3, said Kestrel had breached the deal.",
                "The three countries",
            ),
            (
                "The Kestrel Club, based in Doha, said the deal was weak.",
                "The Kestrel Club",
            ),
            (
                "Lena Ortiz, pressed at the briefing, said the deal was weak.",
                "Lena Ortiz",
            ),
        ] {
            assert_eq!(one(t), (Indirect, "said".into(), m.into()), "{t}");
        }
    }

    #[test]
    fn a_telling_tail_is_the_outer_source() {
        // "..., two sources told Reuters." ends the sentence as "..., two
        // sources said." does: one claim, the first cue a relation of it
        let t = "Kestrel mediators have proposed a truce, two sources familiar with the talks told Reuters.";
        assert_eq!(
            one(t),
            (
                Indirect,
                "told".into(),
                "two sources familiar with the talks".into()
            )
        );
        assert_eq!(
            relations(t),
            [("proposed".into(), "Kestrel mediators".into())]
        );
        let t = "Gromov said he would resign, an aide told reporters.";
        assert_eq!(one(t), (Indirect, "told".into(), "an aide".into()));
        assert_eq!(relations(t), [("said".into(), "Gromov".into())]);
    }

    #[test]
    fn an_inverted_speaker_keeps_a_government_title_set_off_after_the_name() {
        mentions_are(&[
            (
                "“The door is open,” said Omar Haddad, spokesman for Kestrel's foreign ministry.",
                "Omar Haddad, spokesman for Kestrel's foreign ministry",
            ),
            (
                "“The door is open,” said Omar Haddad, a fellow at the Kestrel Institute.",
                "Omar Haddad, a fellow at the Kestrel Institute",
            ),
            // (a role of no government's in lower case stays out, as does
            // a participle)
            (
                "“The door is open,” said Omar Haddad, senior fellow at the Kestrel Institute.",
                "Omar Haddad",
            ),
            (
                "“The door is open,” said Omar Haddad, adding that talks would go on.",
                "Omar Haddad",
            ),
        ]);
    }

    #[test]
    fn a_documents_carrier_and_a_speakers_modifiers_stay_in_the_mention() {
        mentions_are(&[
            (
                "The statement, carried by the Kestrel news agency, said the talks would resume.",
                "The statement, carried by the Kestrel news agency",
            ),
            // (not who obtained it, nor an adjunct after a person)
            (
                "The letter, obtained by the Kestrel Times, said the talks would resume.",
                "The letter",
            ),
            (
                "Omar Haddad, speaking in Kestrel, said the talks would resume.",
                "Omar Haddad",
            ),
            // an adverb and a participle before a speaker's noun, after a
            // possessive or a determiner, are the subject's modifiers
            (
                "Kestrel's internationally recognised government said the talks would resume.",
                "Kestrel's internationally recognised government",
            ),
            (
                "The democratically elected president said the talks would resume.",
                "The democratically elected president",
            ),
        ]);
    }

    #[test]
    fn a_coordinated_subject_runs_back_to_its_first_conjunct() {
        mentions_are(&[
            // an "and" before a determiner or a possessive, a serial comma,
            // a list, a time phrase before the subject, a clause after "but"
            ("Qatar and the Kestrel Union said the truce held.", "Qatar and the Kestrel Union"),
            ("Ana Ruiz and her aides said the truce held.", "Ana Ruiz and her aides"),
            ("Oman, Qatar, and the Kestrel Union said the truce held.", "Oman, Qatar, and the Kestrel Union"),
            ("Oman, Qatar and the Kestrel Union said the truce held.", "Oman, Qatar and the Kestrel Union"),
            ("On Tuesday, Qatar and the Kestrel Union said the truce held.", "Qatar and the Kestrel Union"),
            // not an object before a new clause, nor an opener, nor a
            // party label, nor the complement of a preposition, nor a
            // phrase set off by commas that is no name
            ("The army shelled Kestrel and the UN said the truce held.", "the UN"),
            ("After meeting Qatar, Oman and the UN said the truce held.", "Oman and the UN"),
            ("Mayors from Kestrel and three other towns said the truce held.", "three other towns"),
            (
                "In a letter to Ana Ruiz, the acting head of the agency, Reps. Omar Haddad and Lena Ortiz called the truce dead.",
                "Reps. Omar Haddad and Lena Ortiz",
            ),
        ]);
        // (the second of two claims: after "but")
        let text = "Oman wavered, but Qatar and its allies said the truce held.";
        let last = claims(text).pop().map(|c| c.3);
        assert_eq!(last.as_deref(), Some("Qatar and its allies"), "{text}");
    }

    #[test]
    fn a_clause_subject_keeps_its_named_apposition() {
        mentions_are(&[
            // a participle's or a coordinated verb's subject runs through
            // the name set off after it, as a reporting verb's would
            (
                "The UN envoy, Ana Ruiz, briefed the council on Monday, saying the truce held.",
                "The UN envoy, Ana Ruiz",
            ),
            (
                "The party chair, Omar Haddad, welcomed the vote but said more was needed.",
                "The party chair, Omar Haddad",
            ),
            // not a word set off that is no name, nor a list, nor a clause
            (
                "The ministry, meanwhile, issued a statement, saying the talks had stalled.",
                "The ministry",
            ),
            (
                "Ruiz, Haddad, and Ortiz met the envoy on Monday, saying the truce held.",
                "Ruiz",
            ),
            (
                "Sens. Ana Ruiz, Lena Ortiz and Omar Haddad released letters signed by Gromov, Kestrel's chief, saying the deal was dead.",
                "Sens. Ana Ruiz",
            ),
            // a plain word between a possessive and a descriptor's noun
            // stays in the subject; one before a verb does not
            (
                "Kestrel's political bureau issued a statement vowing to fight on.",
                "Kestrel's political bureau",
            ),
            (
                "Kestrel's new leader issued a statement vowing to fight on.",
                "Kestrel's new leader",
            ),
            // a plain noun between the opening capital and a given name
            // stays in it; a verb's form there does not
            (
                "Local farmer Ana Ruiz welcomed the verdict, saying it would help.",
                "Local farmer Ana Ruiz",
            ),
            (
                "Ruiz hired Omar Haddad last year, saying he was the best.",
                "Ruiz",
            ),
            (
                "Kestrel hires Omar Haddad as chief, saying he was the best.",
                "Kestrel",
            ),
        ]);
    }

    #[test]
    fn second_attributions_keep_their_own_source() {
        // "according to" ending the sentence names the outer source, which
        // reports the reply (FORMAT.md's outermost source), and the claim
        // stays direct: its content is the quotation
        let t = "“I plan to run,” Talbot replied at the time, according to Greer’s account.";
        assert_eq!(
            one(t),
            (Direct, "according to".into(), "Greer’s account".into())
        );
        assert_eq!(relations(t), [("replied".into(), "Talbot".into())]);
        // not inside a parenthetical
        let t = "Ana Ruiz — an analyst according to her website — said the port was closed.";
        assert_eq!(one(t).2, "Ana Ruiz");
        // a participle inside the subject of the verb: the verb is the claim's cue
        let t = "Reuters, citing two sources, reported that the freighter was held.";
        assert_eq!(one(t), (Indirect, "reported".into(), "Reuters".into()));
        assert_eq!(relations(t), [("citing".into(), "(claim)".into())]);
    }

    #[test]
    fn subjects_real_news_uses() {
        // a role apposition in lower case, an abbreviation inside a parenthetical
        assert_eq!(
            one("Jo Park, vice president and counsel for the firm, said the charges had no basis.")
                .2,
            "Jo Park, vice president and counsel for the firm"
        );
        assert_eq!(
            one("\"Let me be plain,\" Senate Minority Whip Dale Horton, R-Neb., said.").2,
            "Senate Minority Whip Dale Horton, R-Neb."
        );
        // a place phrase opening the sentence is no part of the subject,
        // nor is its state's abbreviation
        assert_eq!(
            one("In Washington, a State Department official, who asked not to be named, said it.")
                .2,
            "a State Department official, who asked not to be named"
        );
        assert_eq!(
            one("In Madison, Wis., Ana Ruiz, her voice hoarse, said the race was close.").2,
            "Ana Ruiz, her voice hoarse"
        );
        // the author reporting their own speech, but not their own opinion
        assert_eq!(one("“I am not timid,” I said.").2, "I");
        let a = analysis("“I am not timid,” I said.");
        assert_eq!(
            (a.claims[0].source.name.as_str(), a.claims[0].source.kind),
            ("author", crate::model::SourceKind::Person)
        );
        assert_eq!(one("I think the plan will fail.").0, Unattributed);
        // "he's said" is "he has said"; an inverted complement verb after a quotation
        assert_eq!(one("He's said as much at every rally.").2, "He");
        assert_eq!(
            one("“Our plans differ,” agrees Paula Brennan.").2,
            "Paula Brennan"
        );
        // a participle after ",”" and a clause subject with a plain noun
        assert_eq!(
            one("Dorsey teased the “analyst,” saying, “An analyst who writes on demand!”").2,
            "Dorsey"
        );
        assert_eq!(
            one("The justice lashed out at the board, saying she was weary.").2,
            "The justice"
        );
        assert_eq!(one("“Voters are restless,” he went on.").2, "he");
        // quantifiers alone, an adjunct after a name, a glued opening mark closing a quote
        assert_eq!(one("Several said they were angry.").2, "Several");
        assert_eq!(one("Four in 10 said they were unsure.").2, "Four in 10");
        // a share of those polled before a name after the cue, with "out
        // of", and after a leading adverb
        assert_eq!(one("Four in 10 said Ana Ruiz was right.").2, "Four in 10");
        assert_eq!(
            one("Nearly nine out of 10 say the port should reopen.").2,
            "Nearly nine out of 10"
        );
        assert_eq!(
            one("Three of 10 said the port should reopen.").2,
            "Three of 10"
        );
        // "one of many" is no share: "slamming" stays a participle
        assert_eq!(
            one("Ruiz is one of many slamming Haddad for the move.").0,
            Unattributed
        );
        // a participle right before the cue after a noun is the subject's;
        // not after a number, an adverb, before time words or a cue in -ing
        assert_eq!(
            one("Voters polled said the economy was weak.").2,
            "Voters polled"
        );
        assert_eq!(
            one("Residents interviewed said the water was bad.").2,
            "Residents interviewed"
        );
        assert_eq!(
            one("A report published Wednesday said the port was shut.").2,
            "A report published Wednesday"
        );
        assert_eq!(one("Ana Ruiz contributed reporting.").0, Unattributed);
        assert_eq!(
            one("The Post said it obtained 72 work-related emails.").2,
            "The Post"
        );
        // a possessive before a noun is its determiner, not a pronoun subject
        assert_eq!(
            one("Hale was headed to the port, her friend said.").2,
            "her friend"
        );
        assert_eq!(
            one("“He had many backers,” Hale, after a long pause, said of Marsh.").2,
            "Hale"
        );
        assert_eq!(
            one("Hale, after a long pause, said he had many backers.").2,
            "Hale"
        );
        // a long adjunct with no verb of its own; not one with a verb
        assert_eq!(
            one("Hale, in the wake of a new poll showing her lead down to four points, told reporters that she would stay.").2,
            "Hale"
        );
        assert_eq!(
            one("Increasingly, small donors are going to get involved in these fights, said spokesman Ray Colton.").2,
            "spokesman Ray Colton"
        );
        // an article and a name before a past tense after the cue open the
        // content, no inverted speaker
        assert_eq!(
            one("The statement, carried by WAM, said the UAE condemned the attack.").2,
            "The statement, carried by WAM"
        );
        // (a capitalised adverb opens no subject; a role may open the name
        // after the cue)
        assert_eq!(
            one("Even before he was confirmed, critics in Congress singled him out, says former spokeswoman Lena Ortiz.").2,
            "former spokeswoman Lena Ortiz"
        );
        // a participle before a role word is a role ("acting director"), kept
        assert_eq!(
            one("Hale, acting director of the agency, said the port was shut.").2,
            "Hale, acting director of the agency"
        );
        // a party label and a role after the name
        assert_eq!(
            one("Sen. Ana Ruiz, D-Oregon, ranking Democrat on the Senate Judiciary Committee, said the port was shut.").2,
            "Sen. Ana Ruiz, D-Oregon, ranking Democrat on the Senate Judiciary Committee"
        );
        assert_eq!(
            one("“That could make things harder for her there,“ said Ray Colton.").2,
            "Ray Colton"
        );
        // a floating quantifier joins the verb group; "All told," is an idiom
        assert_eq!(
            one("Novak and Lindqvist have both said that they were not told.").2,
            "Novak and Lindqvist"
        );
        assert_eq!(
            one("All told, more than 900 goods face the new duties.").0,
            Unattributed
        );
        // an opinion piece's own voice is no source; a reporting verb is no name
        assert_eq!(
            one("I am opposed to any plan that includes the toll.").0,
            Unattributed
        );
        assert_eq!(
            one("As far as we can see, nothing was lost.").0,
            Unattributed
        );
        assert_eq!(
            one("Read: Why summer storms are getting stronger").0,
            Unattributed
        );
        // adjectival participles are not cues
        assert_eq!(
            one("Halden’s reported net worth grew again.").0,
            Unattributed
        );
        assert_eq!(
            one("Fishing grew despite quarrels over two disputed reefs.").0,
            Unattributed
        );
    }

    #[test]
    fn contents_of_intentions_and_titles() {
        let text =
            "The department declined to comment. “She made it up,” Ortega said on Channel 9’s “Morning Desk.”";
        let a = analysis(text);
        let content = |i: usize| a.claims[i].content.map(|s| &text[s.start..s.end]);
        assert_eq!(content(0), Some("to comment."));
        assert_eq!(content(1), Some("“She made it up,”"));
    }

    #[test]
    fn a_verb_before_a_quotation() {
        // a sentence with no reporting cue: subject, verb and a quotation close by
        assert_eq!(
            one("Okafor delivered a curt reply: “Nobody is leaving the table.”"),
            (Direct, "delivered".into(), "Okafor".into())
        );
        assert_eq!(
            one("He has long called the pact “a gift to insiders.”").2,
            "He"
        );
        // a speech tail whose verb the lexicon does not list, either order
        assert_eq!(
            one("“Voters are tired of waiting for answers,” he ventured."),
            (Direct, "ventured".into(), "he".into())
        );
        assert_eq!(
            one("“This is wonderful!” beamed Ronald Pike of Dayton."),
            (Direct, "beamed".into(), "Ronald Pike of Dayton".into())
        );
        // a named phrase and a colon before a quotation; not a lower-case phrase
        assert_eq!(
            one("But surveys did foresee the primary - PollWatch: “Most surveys held up well.”").2,
            "PollWatch"
        );
        assert_eq!(
            one("The rule is simple: “Call every voter twice.”").0,
            Unattributed
        );
        // titles, scare quotes after a bare auxiliary, and nouns are not attributions
        assert_eq!(
            one("Marsh made similar remarks on Channel 4’s “Early Edition” program.").0,
            Unattributed
        );
        assert_eq!(
            one("It is odd that he would denounce “fast-tracking.”").0,
            Unattributed
        );
        assert_eq!(
            one("Marine sponges are called “living filters” by biologists.").0,
            Unattributed
        );
    }

    #[test]
    fn quotation_over_several_sentences() {
        let c = claims(
            "“The bridge will open by 2029. The funding is settled,” Petrov said. “We are ready.”",
        );
        assert_eq!(c.len(), 3);
        assert!(c.iter().all(|x| x.1 == Direct && x.3 == "Petrov"), "{c:?}");
    }

    #[test]
    fn appositions_and_tails_real_news_uses() {
        // two appositions after a name: the name opens the mention
        assert_eq!(
            one("Ana Ruiz, deputy chairman of the committee, the main body, said the rules would change.").2,
            "Ana Ruiz, deputy chairman of the committee, the main body"
        );
        assert_eq!(
            one("Omar Haddad, director of the Kestrel Institute, a think tank in Lyon, called the law a disaster.").2,
            "Omar Haddad, director of the Kestrel Institute, a think tank in Lyon"
        );
        // a role after "a" whose place ends in a state or country set off
        // by its own comma; not after an opener
        assert_eq!(
            one("Ana Ruiz, a teacher from Amman, Jordan, said the school had closed.").2,
            "Ana Ruiz, a teacher from Amman, Jordan"
        );
        assert_eq!(
            one("Similarly, another woman, who lives in Amman, said the school had closed.").2,
            "another woman, who lives in Amman"
        );
        // a headline in title case has capitalised cues; in a sentence a
        // capitalised cue word is part of a name
        assert_eq!(
            one("Iran Says Talks With Russia Have Stalled"),
            (Indirect, "says".into(), "Iran".into())
        );
        assert_eq!(
            one("The Talks With Russia Have Stalled, Officials Warn").2,
            "Officials"
        );
        assert_eq!(
            one("The United Nations Says office reopened on Monday.").0,
            Unattributed
        );
        // a leading adverb is not the subject's ("Even the organizer said")
        assert_eq!(
            one("Even the organizer said the rules were bad.").2,
            "the organizer"
        );
        assert_eq!(one("Even Trump said the rules were bad.").2, "Trump");
        // a tail after a comma reports the clause before it, a cue in it
        // too: one claim, the tail's (the outermost source)
        assert_eq!(
            one("Kestrel-backed militias attacked the base, the ministry said."),
            (Indirect, "said".into(), "the ministry".into())
        );
        assert_eq!(
            one("Ana Ruiz attacked the plan, the report said."),
            (Indirect, "said".into(), "the report".into())
        );
        // a report of a report: "is reported to have told" is the subject's
        assert_eq!(
            one("Ana Ruiz is reported to have told the cabinet that it was over."),
            (Indirect, "told".into(), "Ana Ruiz".into())
        );
        assert_eq!(one("The plan is said to be fair.").0, Unattributed);
        // the subject read back from the cue:
        mentions_are(&[
            // a one-word discourse parenthetical before another one
            (
                "Sanders, meanwhile, who has no endorsements, said it was over.",
                "Sanders",
            ),
            // a number after a capitalised word is the name's, after a month
            // a date's
            ("Kestrel 24 reported that it was over.", "Kestrel 24"),
            ("The ministry on Jan. 8 said it was over.", "The ministry"),
            ("The ministry on March 8 said it was over.", "The ministry"),
            // the agent of ", quoted by ...,": the source the article cites
            (
                "The minister, quoted by the Kestrel news agency, said it was over.",
                "the Kestrel news agency",
            ),
            (
                "The minister, as cited by Kestrel, said it was over.",
                "Kestrel",
            ),
            (
                "Ana Ruiz, quoted by Omar Haddad in his book, said it was over.",
                "Omar Haddad",
            ),
            (
                "The minister, quoted by reporters, said it was over.",
                "The minister",
            ),
            (
                "The minister, backed by Kestrel, said it was over.",
                "The minister",
            ),
            (
                "The minister, quoted by Iran's Kestrel agency, said it was over.",
                "Iran's Kestrel agency",
            ),
            // a time phrase with no comma that opens the clause is left out
            ("Yesterday Iran said the talks failed.", "Iran"),
            (
                "Last week the ministry said the talks failed.",
                "the ministry",
            ),
            ("On Monday Ana Ruiz said the talks failed.", "Ana Ruiz"),
            (
                "Earlier this month Ana Ruiz said the talks failed.",
                "Ana Ruiz",
            ),
            ("Last year officials said the talks failed.", "officials"),
            (
                "But two days later the Kremlin said the talks failed.",
                "the Kremlin",
            ),
            // a time word in a name, or an adjective, stays
            (
                "The Sunday Kestrel reported that the talks failed.",
                "The Sunday Kestrel",
            ),
            (
                "Morning Kestrel found that the talks failed.",
                "Morning Kestrel",
            ),
            (
                "Monday's statement said the talks failed.",
                "Monday's statement",
            ),
            (
                "Today show host Ana Ruiz said the talks failed.",
                "Today show host Ana Ruiz",
            ),
            (
                "The earlier Congress decided to repeal the penalty.",
                "The earlier Congress",
            ),
        ]);
        // a cue form that is also a plural noun ("noun_form" in grammar.csv)
        assert_eq!(
            one("Illinois joins 10 other states that have legalized it.").0,
            Unattributed
        );
        assert_eq!(
            one("The S&P 500 rose 29.63 points to 1,315.13.").0,
            Unattributed
        );
        assert_eq!(
            one("The policy states that the district is committed.").1,
            "states"
        );
        assert_eq!(one("Their 2008 paper notes that the fund sold.").1, "notes");
        assert_eq!(one("Iran says that was a mistake.").2, "Iran");
        // a share of those polled
        assert_eq!(
            one("In the poll, 47% say the port should reopen."),
            (Indirect, "say".into(), "47%".into())
        );
        // "N in M" is a share, not a time ("in 2019")
        assert_eq!(
            one("About four in 10 said the port should reopen."),
            (Indirect, "said".into(), "About four in 10".into())
        );
        assert_eq!(
            one("One in three said the port should reopen."),
            (Indirect, "said".into(), "One in three".into())
        );
        // a clause between commas before a tail's subject is its content, not
        // an apposition of the subject (an apposition's comma comes right
        // before the cue: "Smith, the ministry's spokesman, said")
        assert_eq!(
            one("On Monday, after the storm, the port reopened, officials said."),
            (Indirect, "said".into(), "officials".into())
        );
        assert_eq!(
            one("In the end, the talks failed, Karimi said.").2,
            "Karimi"
        );
        // one parenthetical after another still reaches the name
        assert_eq!(
            one("Vera Peete, 47, of Antioch, Calif., said the port reopened.").2,
            "Vera Peete, 47, of Antioch, Calif."
        );
        // a party and state, then a role, between the name and its verb
        assert_eq!(
            one("Rep. Carl Mendez (D-Ore.), chair of the Budget Committee, said that it was “settled.”").1,
            "said"
        );
        // a name, its apposition, and a verb before a quotation
        assert_eq!(
            one("Li Wen, director of the Institute of Border Studies, calls the port “a mistake” because few live there."),
            (Indirect, "calls".into(), "Li Wen".into())
        );
        // a quotation over two sentences closed by a complement verb and an adjunct
        let c = claims("“The depot must close. An auditor must be named,” Marlow stated in a letter on Tuesday.");
        assert_eq!(c.len(), 2, "{c:?}");
        assert!(c.iter().all(|x| x.3 == "Marlow"), "{c:?}");
        // a determiner phrase after the quotation, a verb and its particle
        assert_eq!(
            one("“Never!” the audience cried out, jeering."),
            (Direct, "cried".into(), "the audience".into())
        );
        // the base form of a reporting verb
        assert_eq!(one("“We oppose it,” they conclude.").1, "conclude");
        assert_eq!(
            one("Legal observers note that the agency cannot shut the camp.").1,
            "note"
        );
        // what a source might yet conclude is no attribution
        assert_eq!(
            one("Iran’s rulers may well conclude, in time, that only deterrence works.").0,
            Unattributed
        );
        // a straight quotation closed a space after a nested one it holds
        assert_eq!(
            one("\"The guard told us, 'Nobody leaves tonight,' \" said ferry captain Ilse Brandt."),
            (Direct, "said".into(), "ferry captain Ilse Brandt".into())
        );
        // a quantifier after a capitalised conjunction is the subject, and a
        // quotation after its comma makes it speech, not the idiom "All told,"
        assert_eq!(
            one("But another said, “Ferries will run again in May.”").2,
            "another"
        );
        assert_eq!(one("All told, the ferries ran twice.").0, Unattributed);
        // a restrictive relative clause between the subject and its verb
        assert_eq!(
            one("A port official who spoke on condition of anonymity said Friday, “The cranes are idle.”"),
            (Direct, "said".into(), "A port official".into())
        );
        assert_eq!(
            one("Those who stayed said the ferry was late.").0,
            Unattributed
        );
        // an en or em dash ends a name; a hyphen does not
        for (text, cue, subject) in [
            (
                "MARSH—The harbor office said the ferry was late.",
                "said",
                "The harbor office",
            ),
            (
                "“The ferry is late,” said Dana Ruiz—a harbor master—on Monday.",
                "said",
                "Dana Ruiz",
            ),
            (
                "Dana Ruiz-Marsh said the ferry was late.",
                "said",
                "Dana Ruiz-Marsh",
            ),
        ] {
            assert_eq!(one(text).1, cue, "{text}");
            assert_eq!(one(text).2, subject, "{text}");
        }
        // the clause may have a subject of its own, before or after its verb
        for (text, subject) in [
            (
                "The clerk who Ruiz met said the ferry was late.",
                "The clerk",
            ),
            (
                "The clerk whom Ruiz visited said the ferry was late.",
                "The clerk",
            ),
            (
                "The envoy that Marsh sent said the ferry was late.",
                "The envoy",
            ),
            (
                "The clerk who met Ruiz said the ferry was late.",
                "The clerk",
            ),
            (
                "But harbor officials who spoke to Marsh said the ferry was late.",
                "harbor officials",
            ),
            // a cue inside the clause is not the claim's
            (
                "The clerk whom the mayor praised said the ferry was late.",
                "The clerk",
            ),
            (
                "A clerk who has helped him in harbor disputes once said the ferry was late.",
                "A clerk",
            ),
            // nor is a later cue that does not follow the clause's own
            (
                "An aide to a firm that had invested in the port said in a memo cited in the report that the ferry was late.",
                "An aide to a firm",
            ),
        ] {
            assert_eq!(
                one(text),
                (Indirect, "said".into(), subject.into()),
                "{text}"
            );
        }
        // without a verb of its own the phrase after the pronoun is the speaker;
        // a pronoun or a conjunction before the cue keeps the usual rules
        for (text, cue, subject) in [
            (
                "Police held a man who Ruiz said was the driver.",
                "said",
                "Ruiz",
            ),
            (
                "In a letter that Ruiz published he wrote that the ferry was late.",
                "wrote",
                "he",
            ),
            (
                "Critics counter that Marsh erred and argue that the ferry was late.",
                "argue",
                "Critics",
            ),
            // the cue continues the clause's own verb
            (
                "Ruiz, a clerk who helped write the rules, has argued that the ferry was late.",
                "argued",
                "Ruiz, a clerk who helped write the rules",
            ),
        ] {
            assert_eq!(one(text), (Indirect, cue.into(), subject.into()), "{text}");
        }
        // a signature line signs the quotation before it: both claims carry its
        // source, the quotation as direct speech
        let c = claims("“The ferries will run again in May.”\n\n— Ilse Brandt, harbor master");
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[0].1, Direct, "{c:?}");
        assert!(c.iter().all(|x| x.3 == "Ilse Brandt"), "{c:?}");
        let c = claims("\"The ferries will run again in May.\" - Mayor Ilse Brandt.");
        assert!(c.iter().all(|x| x.3 == "Mayor Ilse Brandt"), "{c:?}");
        // not after a quotation, nor a headline or a name with a phrase after it
        for text in [
            "The ferries will run again in May.\n\n— Ilse Brandt",
            "“The ferries will run again.”\n\n-- Port May Have Been Closed Too Early.",
            "“The ferries will run again.”\n\n— Brandt on Harbor Radio’s Morning Show.",
        ] {
            let c = claims(text);
            assert!(c.iter().all(|x| x.1 == Unattributed), "{text}: {c:?}");
        }
        // a lone apostrophe and a space before a straight mark do not close it
        let c = claims("\"We crossed the rivers' \"mouths\" at dawn,\" Brandt said.");
        assert!(c.iter().any(|x| x.3 == "Brandt"), "{c:?}");
    }

    #[test]
    fn quantified_subjects_and_time_openers() {
        // a quantifier and a plural noun is a subject
        assert_eq!(
            one("Most of the delegates said the vote was fair.").2,
            "Most of the delegates"
        );
        assert_eq!(
            one("Both delegates said the vote was fair.").2,
            "Both delegates"
        );
        // a share, and an adverb before it
        assert_eq!(
            one("Three-quarters said the same of Ruiz.").2,
            "Three-quarters"
        );
        assert_eq!(
            one("Nearly two-thirds of those surveyed believe the law will fail.").2,
            "Nearly two-thirds of those surveyed"
        );
        // a participle between a noun phrase and a plain noun ending the
        // phrase is an adjective ("writing professor"), unless an
        // auxiliary makes it a verb
        assert_eq!(
            one("Sexton, a creative writing professor, said the vote was fair.").1,
            "said"
        );
        assert_eq!(one("Ruiz is saying trust, but verify.").1, "saying");
        // a time phrase with or without a comma is no part of a coordinated
        // or participial verb's subject
        mentions_are(&[
            (
                "A few minutes later they closed the doors and said the vote would go on.",
                "they",
            ),
            (
                "Last week the minister flew to Oslo and said the talks had failed.",
                "the minister",
            ),
            (
                "Two years ago, Mr. Dahl opposed the rule, arguing that it was unfair.",
                "Mr. Dahl",
            ),
            (
                "Two months after the vote, Ines Moro resigned, later explaining that she was tired.",
                "Ines Moro",
            ),
            // a number opens the subject ("Two officials"), not a time phrase
            ("Two officials arrived and said the talks had failed.", "Two officials"),
        ]);
    }

    #[test]
    fn a_word_of_evidence_alone_is_a_subject() {
        // a bare plural of evidence, no determiner, mid-sentence
        for (text, subject) in [
            (
                "The vote was close, but studies show that the port is busy.",
                "studies",
            ),
            (
                "Air pollution, research shows, lowers our ability to work.",
                "research",
            ),
            (
                "Recent surveys suggest that the port is busy.",
                "Recent surveys",
            ),
        ] {
            let c = claims(text);
            assert!(c.iter().any(|x| x.3 == subject), "{text}: {c:?}");
        }
        // a plain lower-case word alone is still no subject
        let c = claims("The vote was close, but voting shows that the port is busy.");
        assert!(c.iter().all(|x| x.1 == Unattributed), "{c:?}");
    }

    #[test]
    fn an_article_after_a_plain_word_ends_the_subject_before_it() {
        // "shed" is no listed verb: the article after it shows it is one
        mentions_are(&[
            (
                "The minister shed the restraint she had shown and defended the port deal.",
                "The minister",
            ),
            // an article after a word a lexicon knows stays in the phrase
            (
                "All the delegates walked out and said the vote was unfair.",
                "All the delegates",
            ),
            // no article: "surveys this week" is not cut
            (
                "Two national surveys this week found and said the vote was close.",
                "Two national surveys",
            ),
        ]);
    }

    #[test]
    fn a_base_form_after_an_auxiliary_and_a_plain_phrase_is_a_noun() {
        // "has the final say", "is a welcome signal": no claim; a question's
        // verb after a descriptor word keeps its subject
        for text in [
            "Khamenei, who has the final say on state matters, has not commented.",
            "It is a welcome signal that the talks resumed.",
        ] {
            assert_eq!(one(text).0, Unattributed, "{text}");
        }
        assert_eq!(
            one("Did the minister say the talks had failed?").2,
            "the minister"
        );
    }

    #[test]
    fn a_participle_after_the_subject_modifies_it() {
        // a reduced relative clause ("published Wednesday", "issued by the
        // ministry") is part of the subject, not its end
        mentions_are(&[
            (
                "A report published Wednesday said the talks had failed.",
                "A report published Wednesday",
            ),
            (
                "A statement issued by the ministry said the talks had failed.",
                "A statement issued by the ministry",
            ),
            (
                "A poll released on Monday by Gallup showed that most voters oppose the deal.",
                "A poll released on Monday by Gallup",
            ),
            (
                "Officials briefed on the talks said they had failed.",
                "Officials briefed on the talks",
            ),
        ]);
        // a cue word before a comma or a full stop is a noun
        assert_eq!(
            one("CNN's Lena Ruiz, Ben Ode, Ana Pelt and Tom Ode contributed to this report.").0,
            Unattributed
        );
        let c = claims(
            "Out of the 250 students arrested on minor charges, \"nearly 80% left,\" the office said.",
        );
        assert!(c.iter().all(|x| x.3 == "the office"), "{c:?}");
    }

    #[test]
    fn called_that_names_or_is_a_phrasal_verb() {
        for text in [
            "A new group called Fair Votes, led by strategists, is raising money.",
            "Dahl now leads a program called Harbor Promise.",
            "An essay called “The Last Ferry” won the prize.",
            "Several firms have called off projects with him.",
        ] {
            assert_eq!(one(text).0, Unattributed, "{text}");
        }
        // a name or descriptor word before it, a longer cue, an object
        // and its predicate: claims
        for (text, cue) in [
            ("Officials called Lopez a liar.", "called"),
            ("Ruiz later called Dahl “very weak.”", "called"),
            ("The ministry called the attack a crime.", "called"),
            ("A party leader called for new elections.", "called for"),
        ] {
            assert_eq!(one(text).1, cue, "{text}");
        }
    }

    #[test]
    fn the_antecedent_of_who_and_which() {
        // (the last claim of each: the relative clause's own)
        let mention = |text: &str| claims(text).pop().map(|c| c.3).unwrap_or_default();
        for (text, antecedent) in [
            // after a verb the phrase took in, without a leading preposition
            ("Officials met Ruiz, who said the plan failed.", "Ruiz, who"),
            (
                "The plan was a win for Ruiz, who said the vote was fair.",
                "Ruiz, who",
            ),
            // a name after a lower-case noun and a preposition
            (
                "The car lost the backing of Road Weekly, which said its brakes were poor.",
                "Road Weekly, which",
            ),
            (
                "The plan won the support of the Bank of Oslo, which said it was sound.",
                "the Bank of Oslo, which",
            ),
            // not a place after a name, nor after a descriptor word or `in`
            (
                "The vote was backed by Sen. Ilse Brandt of Ohio, who said it was fair.",
                "Sen. Ilse Brandt of Ohio, who",
            ),
            (
                "Reporters met a spokesman for Ruiz, who said the vote was unfair.",
                "a spokesman for Ruiz, who",
            ),
            (
                "It angered the voters in Toledo, who said the vote was unfair.",
                "the voters in Toledo, who",
            ),
            (
                "It angered a student at the University of Oslo, who said the vote was unfair.",
                "a student at the University of Oslo, who",
            ),
        ] {
            assert_eq!(mention(text), antecedent, "{text}");
        }
    }

    #[test]
    fn a_label_in_capitals_before_a_colon_is_no_speaker() {
        for text in [
            "FILE PHOTO: The minister speaks at a rally in Oslo on May 5.",
            "LIVE UPDATE: Crowds gather at the harbor in Oslo on Monday.",
            "NOW WATCH: Protesters march on the harbor in Oslo",
        ] {
            assert_eq!(one(text).0, Unattributed, "{text}");
        }
        // a name of three words that ends in a label word speaks
        assert_eq!(
            one("HARBOR RIGHTS WATCH: The port's way is not the city's way").2,
            "HARBOR RIGHTS WATCH"
        );
    }

    #[test]
    fn a_clause_without_that_after_a_clause_cue() {
        // a subject, then an auxiliary: a complement clause
        for (text, cue, mention) in [
            ("Ana Ruiz thinks the tax is wrong.", "thinks", "Ana Ruiz"),
            (
                "Analysts expect the talks will resume.",
                "expect",
                "Analysts",
            ),
            (
                "Omar Haddad knew Iran's reply would be late.",
                "knew",
                "Omar Haddad",
            ),
            (
                "Kestrel signaled it would accept the truce.",
                "signaled",
                "Kestrel",
            ),
            (
                "The ministry hopes Iran and Russia will agree.",
                "hopes",
                "The ministry",
            ),
            ("Ana Ruiz agrees they're right.", "agrees", "Ana Ruiz"),
            (
                "Moscow claims the drones were made in Russia.",
                "claims",
                "Moscow",
            ),
            ("He's hoping a dynamic response will work.", "hoping", "He"),
        ] {
            assert_eq!(one(text), (Indirect, cue.into(), mention.into()), "{text}");
        }
        for text in [
            // a `complement` cue still needs its "that" ("reports suggest" is
            // the author's hedged voice)
            "The newest surveys suggest these appeals have changed little.",
            // a question, not a belief stated
            "Asked whether she thinks the plan will work, the clerk left.",
            // a pronoun only opens the subject
            "Ana Ruiz has finally found someone he would like to hire.",
            // an adjective after a number, no pledge
            "The 67 pledged delegates are up for grabs.",
            // no auxiliary: no clause
            "Ana Ruiz knows the city well.",
            // a cue that is a noun
            "For small ports, the contest is less a choice than a hedge.",
            "Moscow's claims the drones were made in Russia are false.",
        ] {
            assert_eq!(one(text).0, Unattributed, "{text}");
        }
    }

    #[test]
    fn a_belief_without_that_yields_to_an_outer_source() {
        // the outer source is the claim's; the belief a relation of it
        let t = "Most voters think Ana Ruiz should keep running, according to a new poll.";
        assert_eq!(
            one(t),
            (AccordingTo, "according to".into(), "a new poll".into())
        );
        assert_eq!(relations(t), [("think".into(), "Most voters".into())]);
        // alone, it is the claim's, by the rule `bare-clause`
        assert_eq!(
            sources("Most voters think Ana Ruiz should keep running."),
            [(
                "Most voters think Ana Ruiz should keep running.".into(),
                "unnamed".into(),
                "bare-clause"
            )]
        );
        // inside a speaker's turn it is the speaker's
        let text = "OMAR HADDAD: Welcome.\n\n\
                    ANA RUIZ: It is not.\n\n\
                    Everybody knows the port is failing.";
        let got = sources(text);
        assert_eq!(got[2].1, "Ana Ruiz", "{got:?}");
        assert_eq!(got[2].2, "transcript-turn", "{got:?}");
    }

    #[test]
    fn a_belief_a_speaker_reports_is_the_speech() {
        // "said he thought ...": one attribution, the speech
        let t = "Ana Ruiz said he thought the deal was fair.";
        assert_eq!(one(t), (Indirect, "said".into(), "Ana Ruiz".into()));
        assert_eq!(relations(t), Vec::<(String, String)>::new());
        assert_eq!(
            relations("Ana Ruiz said that he firmly believed the deal was fair."),
            Vec::<(String, String)>::new()
        );
        // another's belief stays a relation of its own
        assert_eq!(
            relations("Ana Ruiz said they claimed the deal was fair."),
            [("claimed".into(), "they".into())]
        );
    }

    #[test]
    fn a_short_phrase_may_stand_between_a_complement_cue_and_its_that() {
        assert_eq!(
            one("Zakharova posted on Telegram that the sanctions were illegal."),
            (Indirect, "posted".into(), "Zakharova".into())
        );
        assert_eq!(
            one("Ana Ruiz hinted during the rally that she would run.").1,
            "hinted"
        );
        for text in [
            // a relative clause's "that", a verb after it
            "Ana Ruiz posted on a website that sells guns.",
            // an infinitive's "to"
            "Kestrel threatened to sanction banks that process payments.",
            // a cue word that may be a noun
            "Omar Haddad denied reports on Monday that the port had closed.",
        ] {
            let c = claims(text);
            assert!(
                c.iter()
                    .all(|x| !matches!(x.2.as_str(), "posted" | "threatened" | "reports")),
                "{text}: {c:?}"
            );
        }
    }

    #[test]
    fn a_subject_before_an_adjunct_may_hold_a_preposition_or_participle() {
        // a preposition, a time word or a reduced relative inside the noun
        // phrase before ", including ...,"
        assert_eq!(
            one("Officials at the port, including Omar Haddad, said the cranes were idle."),
            (Indirect, "said".into(), "Officials at the port".into())
        );
        assert_eq!(
            one("Dockers interviewed at the gates this week, including Omar Haddad, said the cranes were idle.").2,
            "Dockers interviewed at the gates this week"
        );
        // not a fronted phrase
        assert_eq!(
            one("On Monday, including Omar Haddad, the dockers said the cranes were idle.").2,
            "the dockers"
        );
    }

    #[test]
    fn a_quotation_closed_a_space_late_and_its_tails() {
        // a straight mark a space after the quotation's comma closes it
        assert_eq!(
            one("\"The cranes are idle, \" said Omar Haddad."),
            (Direct, "said".into(), "Omar Haddad".into())
        );
        assert_eq!(
            one("''The cranes are idle, '' said Omar Haddad."),
            (Direct, "said".into(), "Omar Haddad".into())
        );
        // but an opening one after a comma does not
        assert_eq!(
            one("Omar Haddad said, \"The cranes are idle.\"").2,
            "Omar Haddad"
        );
        // not_before holds in a tail for a cue that cannot invert
        assert_eq!(
            one("“The cranes are idle,” state Sen. Ana Ruiz said.").1,
            "said"
        );
        assert_eq!(
            one("“The cranes are idle,” dockers opposed to the plan said.").1,
            "said"
        );
    }

    #[test]
    fn an_opener_is_no_name_before_a_role_apposition() {
        // an opener is no name before a role apposition
        assert_eq!(
            one("Increasingly, outside groups are getting involved, said dock spokesman Omar Haddad.").2,
            "dock spokesman Omar Haddad"
        );
    }

    #[test]
    fn a_noun_phrase_summing_up_a_clause_is_its_agents_claim() {
        // a noun phrase summing up the clause before it, with a participle
        // and its agent: a claim of the agent's own
        assert_eq!(
            one("The port reopened on Monday, a view echoed by Omar Haddad."),
            (Indirect, "echoed".into(), "Omar Haddad".into())
        );
        let c = claims("Kestrel Radio said the port reopened, a view echoed by Omar Haddad.");
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[1].0, "a view echoed by Omar Haddad.");
        assert_eq!((c[1].1, c[1].3.as_str()), (Indirect, "Omar Haddad"));
        // (a middle initial inside the agent)
        assert_eq!(
            one("The port reopened, a claim repeated by Ana M. Ruiz.").2,
            "Ana M. Ruiz"
        );
        // (no comma before it: the subject of its own clause)
        assert_eq!(
            one("A view echoed by Omar Haddad held that the port reopened.").2,
            "A view"
        );
    }

    #[test]
    fn a_relative_clause_asking_for_anonymity_is_no_claim() {
        // a relative clause asking for anonymity starts no claim of its own
        let c = claims(
            "Kestrel Radio quoted a docker, who asked not to be named, as saying the cranes were idle.",
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].2, "quoted");
        // and the subject it follows opens a clause after a boundary
        let c = claims(
            "Ana Ruiz declined to comment, but a port official who asked not to be named said the cranes were idle.",
        );
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(
            (c[1].2.as_str(), c[1].3.as_str()),
            ("said", "a port official")
        );
    }

    #[test]
    fn particle_names_conjunctions_and_comma_tails() {
        // a name joined to a particle is no verb form
        assert_eq!(
            one("Kestrel columnist Omar al-Rashed said the cranes were idle.").2,
            "Kestrel columnist Omar al-Rashed"
        );
        // a conjunction before a subject and its adjunct
        assert_eq!(
            one("But the harbour master, writing in a newspaper, cautioned that the cranes were idle.").2,
            "the harbour master"
        );
        // a reduced relative in a tail after a comma, with a plain verb
        assert_eq!(
            one("The cranes were idle, port officials briefed on the plan said.").2,
            "port officials briefed on the plan"
        );
        assert_eq!(
            one("Ana Ruiz and Omar Haddad contributed to this report.").0,
            Unattributed
        );
    }

    #[test]
    fn that_after_a_platform_opens_the_cues_clause() {
        // a name after a cue and its preposition: no relative clause
        assert_eq!(
            claims("Omar Haddad, the port's spokesman, warned on X that attacks would continue.")
                .len(),
            1
        );
        // a bare plural before an auxiliary is the clause's subject
        assert_eq!(
            one("Omar Haddad posted on Facebook that attacks would continue.").1,
            "posted"
        );
        // (but a noun phrase with its article keeps its relative clause)
        let c = claims(
            "Ana Ruiz replied to a column in the Kestrel Times that argued the port was idle.",
        );
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[1].2, "argued");
    }

    #[test]
    fn adjuncts_left_out_of_the_mention() {
        // a long participial adjunct after a preposition that may open a clause
        assert_eq!(
            one("Ruiz, speaking before a gathering of the Kestrel Journalists Association in Lisbon, said the cranes were idle.").2,
            "Ruiz"
        );
        // a negator before an -ing form
        assert_eq!(
            one("Kestrel Radio, without citing sources, reported that the cranes were idle."),
            (Indirect, "reported".into(), "Kestrel Radio".into())
        );
        // (which stays a negated cue alone)
        assert_eq!(
            one("He left without saying that the cranes were idle.").0,
            Unattributed
        );
    }
}
