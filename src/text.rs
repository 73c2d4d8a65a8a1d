//! Text primitives shared by every stage: case and punctuation folding with an
//! offset map back to the original bytes, and the tokenizer.
//!
//! Spans everywhere in slant are UTF-8 byte offsets into the article's `text`,
//! end exclusive (`start..end`). Folding never moves those: matching happens on
//! the folded copy and every hit is mapped back through [`Folded::orig`].

/// Fold one character for matching: lower case, curly quotes and dashes to
/// ASCII, exotic spaces to a plain space. Zero-width and bidi controls fold to
/// nothing. NFKC leaves quotes and dashes alone, hence this explicit table.
fn fold_char(c: char, out: &mut String) {
    match c {
        c if c.is_ascii() => out.push(char::from(fold_ascii(c as u8))),
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => {
            out.push('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => out.push('"'),
        '\u{2010}' | '\u{2011}' => out.push('-'),
        c if is_dash(c) => out.push('-'),
        '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            out.push(' ')
        }
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{00AD}' => {}
        c => {
            for l in c.to_lowercase() {
                out.push(l);
            }
        }
    }
}

/// A dash that folds to `-` but, unlike a hyphen (ASCII `-`, U+2010,
/// U+2011), joins no words: figure, en, em and horizontal-bar dashes and the
/// minus sign ("facts\u{2014}to tell" is two words and a dash).
#[inline]
fn is_dash(c: char) -> bool {
    matches!(c, '\u{2012}'..='\u{2015}' | '\u{2212}')
}

/// How an ASCII byte folds: to its lower case, except a tab to a space and a
/// backquote to an apostrophe (the bytes of [`ASCII_NOT_LOWER`]).
#[inline]
pub(crate) fn fold_ascii(b: u8) -> u8 {
    match b {
        b'\t' => b' ',
        b'`' => b'\'',
        b => b.to_ascii_lowercase(),
    }
}

/// The ASCII bytes [`fold_ascii`] turns into something else than their lower case.
const ASCII_NOT_LOWER: [u8; 2] = [b'\t', b'`'];

/// Fold a pattern (lexicon term) the same way text is folded.
pub fn fold_str(s: &str) -> String {
    // most terms are plain ASCII: one byte each
    if s.is_ascii() {
        // ASCII folds to ASCII, byte for byte
        let bytes: Vec<u8> = s.bytes().map(fold_ascii).collect();
        return String::from_utf8(bytes).unwrap_or_default();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// A text as the scans read it: the original, its fold, the tokens of the
/// whole folded text, and where its sentences start (original offsets).
#[derive(Debug, Clone, Copy)]
pub struct Passage<'a> {
    pub text: &'a str,
    pub folded: &'a Folded,
    pub toks: &'a [Token],
    pub sentence_starts: &'a [usize],
}

/// The tokens of `toks[range]` (in text order) that the folded bytes
/// `fs..fe` (not empty) touch, as `(first, end)`: the first token ending
/// past `fs`, and the first starting at or past `fe` (`range.end` where
/// none does). Binary searches, not walks from the range's start: a long
/// sentence holds many hits.
pub fn tokens_touching(
    toks: &[Token],
    range: std::ops::Range<usize>,
    (fs, fe): (usize, usize),
) -> (usize, usize) {
    let toks = &toks[range.start..range.end.max(range.start)];
    let first = toks.partition_point(|t| t.fe as usize <= fs);
    let end = first + toks[first..].partition_point(|t| (t.fs as usize) < fe);
    (range.start + first, range.start + end)
}

/// A folded copy of a text with a byte map back to the original.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    pub text: String,
    /// `map[i]` is the original byte offset of the character that produced
    /// folded byte `i`; `map[text.len()]` is the original length. Empty
    /// while `identity` holds.
    map: Vec<u32>,
    /// Whether folding kept every byte where it was (`map[i] == i`): true
    /// for ASCII text, whose bytes fold one to one. Offsets then map back
    /// without a map, and none is written.
    identity: bool,
    /// The folded offsets, ascending, of each `-` folded from a dash (not a
    /// hyphen; see [`Folded::is_dash`]); empty for ASCII text.
    dashes: Vec<u32>,
    /// Lexicon hits of the last union scan of this text, if any.
    pub(crate) scan: crate::lexicon::ScanHits,
}

impl Folded {
    pub fn new(orig: &str) -> Folded {
        let mut f = Folded::default();
        f.refill(orig);
        f
    }

    /// Refold into the existing buffers (no allocation once they are large enough).
    pub fn refill(&mut self, orig: &str) {
        self.scan.clear();
        self.text.clear();
        self.map.clear();
        self.dashes.clear();
        self.text.reserve(orig.len());
        let bytes = orig.as_bytes();
        self.identity = true;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // ASCII folds one byte to one byte: a run of it is copied in
            // bulk, lower-cased, and its rare other bytes folded after
            if b.is_ascii() {
                let end = i + ascii_run(&bytes[i..]);
                let from = self.text.len();
                self.text.push_str(&orig[i..end]);
                self.text[from..].make_ascii_lowercase();
                let [x, y] = ASCII_NOT_LOWER;
                for k in memchr::memchr2_iter(x, y, &bytes[i..end]) {
                    let at = from + k;
                    let mut to = [0u8; 4];
                    let to = char::from(fold_ascii(bytes[i + k])).encode_utf8(&mut to);
                    self.text.replace_range(at..at + 1, to);
                }
                if !self.identity {
                    self.map.extend(i as u32..end as u32);
                }
                i = end;
                continue;
            }
            if self.identity {
                // the map so far: every byte where it was
                self.identity = false;
                self.map.reserve(orig.len() + 1);
                self.map.extend(0..i as u32);
            }
            let Some(c) = orig[i..].chars().next() else {
                break;
            };
            let before = self.text.len();
            if is_dash(c) {
                self.dashes.push(before as u32);
            }
            fold_char(c, &mut self.text);
            for _ in before..self.text.len() {
                self.map.push(i as u32);
            }
            i += c.len_utf8();
        }
        if !self.identity {
            self.map.push(orig.len() as u32);
        }
    }

    /// The whole map, written out for an identity fold too.
    #[cfg(test)]
    fn full_map(&self) -> Vec<u32> {
        if self.identity {
            (0..=self.text.len() as u32).collect()
        } else {
            self.map.clone()
        }
    }

    /// Whether the folded byte `f` is a `-` folded from a dash, which joins
    /// no words, where a hyphen's `-` does.
    #[inline(always)]
    pub fn is_dash(&self, f: usize) -> bool {
        !self.dashes.is_empty() && self.dashes.binary_search(&(f as u32)).is_ok()
    }

    /// The folded offsets of the `-`s folded from dashes at or after `p`,
    /// ascending: a scan walking forward reads them in turn.
    #[inline]
    pub(crate) fn dashes_from(&self, p: usize) -> &[u32] {
        if self.dashes.is_empty() {
            return &[];
        }
        &self.dashes[self.dashes.partition_point(|&d| (d as usize) < p)..]
    }

    /// Whether the folded text joins a word at byte `p` (the character that
    /// starts there is a word character, [`is_word_char`], and no dash).
    #[inline(always)]
    pub(crate) fn word_char_at(&self, p: usize) -> bool {
        match self.text.as_bytes().get(p) {
            None => false,
            Some(&b) if b < 0x80 => self.ascii_joins(b, p),
            Some(_) => self.text[p..].chars().next().is_some_and(is_word_char),
        }
    }

    /// Whether the ASCII byte `b` at folded offset `at` joins a word: a
    /// word byte, and no dash folded to `-`.
    #[inline(always)]
    fn ascii_joins(&self, b: u8, at: usize) -> bool {
        ASCII_WORD[b as usize] && !(b == b'-' && self.is_dash(at))
    }

    /// Whether the character before folded byte `p` joins a word (see
    /// [`Folded::word_char_at`]).
    #[inline(always)]
    pub(crate) fn word_char_before(&self, p: usize) -> bool {
        let Some(q) = p.checked_sub(1) else {
            return false;
        };
        match self.text.as_bytes().get(q) {
            None => false,
            Some(&b) if b < 0x80 => self.ascii_joins(b, q),
            Some(_) => self.text[..p].chars().next_back().is_some_and(is_word_char),
        }
    }

    /// The hits of a union scan of this text ([`crate::lexicon::UnionMatcher`]).
    pub fn scan_hits(&self) -> Option<&crate::lexicon::ScanHits> {
        (self.scan.union != 0).then_some(&self.scan)
    }

    /// Original byte offset of a folded start offset.
    #[inline]
    pub fn orig(&self, folded: usize) -> usize {
        if self.identity {
            return folded.min(self.text.len());
        }
        self.map
            .get(folded)
            .copied()
            .unwrap_or_else(|| self.map.last().copied().unwrap_or(0)) as usize
    }

    /// Original end offset (exclusive) for a folded end offset.
    #[inline]
    pub fn orig_end(&self, folded_end: usize) -> usize {
        if self.identity {
            return folded_end.min(self.text.len());
        }
        if folded_end == 0 {
            return 0;
        }
        // The end of the character that produced the last folded byte.
        let last = self.orig(folded_end - 1);
        let next = self.orig(folded_end);
        if next > last {
            next
        } else {
            // Several folded bytes from one original char: find the next char start.
            let mut i = folded_end;
            while i < self.map.len() && self.map[i] as usize == last {
                i += 1;
            }
            self.orig(i)
        }
    }
}

/// How many of `toks` are words of four letters or more, and how many of
/// those are capitalised: what makes a headline in title case.
pub fn long_words_capitalised<'t>(
    folded: &Folded,
    toks: impl IntoIterator<Item = &'t Token>,
) -> (usize, usize) {
    let (mut n, mut caps) = (0usize, 0usize);
    for t in toks {
        if t.is_word() && t.norm(folded).len() >= 4 {
            n += 1;
            caps += usize::from(t.cap);
        }
    }
    (n, caps)
}

/// Whether a folded character joins a word for boundary purposes.
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Number,
    /// `'s` or a bare `'` after a plural (`ministers'`).
    Possessive,
    /// A double quotation mark; see [`QuoteMark`].
    Quote(QuoteMark),
    Punct(char),
}

/// The direction a quotation mark declares by its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteMark {
    Open,
    Close,
    /// A straight `"`: opens or closes depending on state.
    Toggle,
}

/// One token. `start..end` are original byte offsets, `fs..fe` folded offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub fs: u32,
    pub fe: u32,
    pub kind: TokKind,
    /// First character is upper case in the original text.
    pub cap: bool,
    /// Inside a quotation (set by segmentation).
    pub quoted: bool,
    /// A word followed by `.` folded into the token (abbreviation).
    pub abbrev: bool,
    /// A word of two letters or more, all in capitals ("GREAT", "NATO").
    pub upper: bool,
    /// No left word boundary inside: every character but the last is a
    /// word character ([`is_word_char`]). Set for a word read as one run of
    /// ASCII letters and digits (with an abbreviation's dot) and for a
    /// one-character token; false says nothing.
    pub plain: bool,
}

impl Token {
    #[inline]
    pub fn norm<'a>(&self, folded: &'a Folded) -> &'a str {
        &folded.text[self.fs as usize..self.fe as usize]
    }
    /// "and" or "&", the joiners of coordinated phrases ("Qatar and the
    /// UAE", "Ernst & Young").
    #[inline]
    pub fn is_and(&self, folded: &Folded) -> bool {
        (self.is_word() && self.norm(folded) == "and") || self.is_punct('&')
    }
    #[inline]
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokKind::Word)
    }
    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        matches!(self.kind, TokKind::Punct(p) if p == c)
    }
    #[inline]
    pub fn is_quote(&self) -> bool {
        matches!(self.kind, TokKind::Quote(_))
    }
}

fn quote_mark(orig_char: char) -> Option<QuoteMark> {
    match orig_char {
        '\u{201C}' | '\u{201E}' | '\u{00AB}' => Some(QuoteMark::Open),
        '\u{201D}' | '\u{00BB}' | '\u{201F}' => Some(QuoteMark::Close),
        '"' | '\u{2033}' => Some(QuoteMark::Toggle),
        _ => None,
    }
}

/// Tokenize `orig[range]` (already folded into `folded`), appending to `out`.
/// `is_abbrev(word, after)` says whether `word.` is an abbreviation whose
/// period belongs to the word, with `after` the text after the period.
pub fn tokenize(
    orig: &str,
    folded: &Folded,
    range: std::ops::Range<usize>,
    is_abbrev: &dyn Fn(&str, &str) -> bool,
    out: &mut Vec<Token>,
) {
    tokenize_ways(orig, folded, range, is_abbrev, out, true);
}

/// [`tokenize`]; `short_way` off reads every token by the general rules
/// (for the test that both ways agree).
#[inline(always)]
fn tokenize_ways(
    orig: &str,
    folded: &Folded,
    range: std::ops::Range<usize>,
    is_abbrev: &dyn Fn(&str, &str) -> bool,
    out: &mut Vec<Token>,
    short_way: bool,
) {
    let ft = &folded.text;
    // Find the folded range for the original range.
    let fstart = folded_index(folded, range.start);
    let fend = folded_index(folded, range.end);
    let bytes = ft.as_bytes();
    let word = |(start, j), numeric, flags| {
        word_token(orig, folded, is_abbrev, (start, j, fend), numeric, flags)
    };
    let mut i = fstart;
    while i < fend {
        // spaces and newlines between words: the common case first
        if matches!(bytes[i], b' ' | b'\n') {
            i += 1;
            continue;
        }
        // the commonest token, read the short way: a run of ASCII letters
        // and digits that the byte after it ends (no character decoded)
        if short_way && ASCII_ALNUM[bytes[i] as usize] {
            let numeric = bytes[i].is_ascii_digit();
            let j = i + 1 + ascii_run_of(&bytes[i + 1..fend], false);
            if ends_word(&bytes[..fend], j, numeric, j - i > 1) {
                let t = word((i, j), numeric, (false, true));
                out.push(t);
                i = t.fe as usize;
                continue;
            }
        }
        let c = match char_at(ft, i) {
            Some(c) => c,
            None => break,
        };
        let clen = c.len_utf8();
        // an ASCII letter or digit starts a word: no whitespace checks
        let alnum = ASCII_ALNUM[bytes[i] as usize];
        if !alnum && (c.is_whitespace() || c.is_control()) {
            i += clen;
            continue;
        }
        let start = i;
        if alnum || c.is_alphanumeric() {
            let numeric = c.is_ascii_digit();
            let mut j = i + clen;
            // Dotted acronyms: u.s. u.n. d.c.
            let mut dotted = false;
            // one run of ASCII letters and digits, nothing joined to it
            // (cleared wherever the word goes on)
            let mut plain = alnum;
            loop {
                // a run of ASCII letters and digits: the common case
                j += ascii_run_of(&bytes[j..fend], false);
                if j >= fend {
                    break;
                }
                if ends_word(&bytes[..fend], j, numeric, plain && j - start > 1) {
                    break;
                }
                let d = match char_at(ft, j) {
                    Some(d) => d,
                    None => break,
                };
                if d.is_alphanumeric() {
                    j += d.len_utf8();
                    plain = false;
                    continue;
                }
                // Joiners: a joiner followed by an alphanumeric continues the token.
                let next = char_at(ft, j + d.len_utf8());
                let next_alnum = next.is_some_and(|n| n.is_alphanumeric());
                // a hyphen joins ("well-known"); a dash folded to `-` does
                // not ("facts—to tell": two words and a dash)
                let hyphen = d == '-' && !folded.is_dash(j);
                if (hyphen || d == '&') && next_alnum && !numeric {
                    j += d.len_utf8();
                    plain = false;
                    continue;
                }
                if d == '\'' && next_alnum {
                    // Possessive 's is split off as its own token.
                    let rest = &ft[j + 1..];
                    let is_poss = rest.starts_with('s')
                        && !rest[1..]
                            .chars()
                            .next()
                            .is_some_and(|n| n.is_alphanumeric());
                    if is_poss {
                        break;
                    }
                    j += 1;
                    plain = false;
                    continue;
                }
                if (d == '.' || d == ',') && numeric && next.is_some_and(|n| n.is_ascii_digit()) {
                    j += 1;
                    plain = false;
                    continue;
                }
                if d == '.' && !numeric {
                    // single letter segments: u.s., and after a hyphen
                    // the state of a party label: r-n.y.
                    let seg_len = ft[start..j]
                        .rsplit(['.', '-'])
                        .next()
                        .map(|s| s.chars().count());
                    let after = &ft[j + 1..];
                    let mut it = after.chars();
                    let a1 = it.next();
                    let a2 = it.next();
                    if seg_len == Some(1)
                        && a1.is_some_and(|x| x.is_alphabetic())
                        && a2 == Some('.')
                    {
                        j += 1;
                        dotted = true;
                        plain = false;
                        continue;
                    }
                    if dotted && seg_len == Some(1) {
                        // closing dot of u.s.
                        j += 1;
                    }
                }
                break;
            }
            let t = word((start, j), numeric, (dotted, plain));
            out.push(t);
            i = t.fe as usize;
            continue;
        }
        let os = folded.orig(start);
        let oe = folded.orig_end(start + clen);
        // '' and `` (two single quotes) are a double quotation mark; of
        // three apostrophes after a word or punctuation, the first closes a
        // single quotation inside ("the word 'old-school,''' said"), and
        // the pair after it is the mark
        let closing_single = c == '\''
            && ft[start + 1..fend].starts_with("''")
            && ft[..start]
                .chars()
                .next_back()
                .is_some_and(|p| !p.is_whitespace() && !matches!(p, '(' | '[' | '"'));
        if (c == '\'' || c == '`') && ft[start + 1..fend].starts_with(c) && !closing_single {
            let kind = if c == '`' {
                QuoteMark::Open
            } else {
                QuoteMark::Toggle
            };
            out.push(Token {
                start: os as u32,
                end: folded.orig_end(start + 2) as u32,
                fs: start as u32,
                fe: (start + 2) as u32,
                kind: TokKind::Quote(kind),
                cap: false,
                quoted: false,
                abbrev: false,
                upper: false,
                plain: false,
            });
            i = start + 2;
            continue;
        }
        if c == '\'' {
            // possessive after a word
            let prev_is_word = out
                .last()
                .is_some_and(|t| t.fe as usize == start && t.is_word());
            if prev_is_word {
                let rest = &ft[start + 1..];
                let is_s =
                    rest.starts_with('s') && !rest[1..].chars().next().is_some_and(is_word_char);
                let end = if is_s { start + 2 } else { start + 1 };
                let plural = out.last().is_some_and(|t| t.norm(folded).ends_with('s'));
                if is_s || plural {
                    out.push(Token {
                        start: os as u32,
                        end: folded.orig_end(end) as u32,
                        fs: start as u32,
                        fe: end as u32,
                        kind: TokKind::Possessive,
                        cap: false,
                        quoted: false,
                        abbrev: false,
                        upper: false,
                        plain: false,
                    });
                    i = end;
                    continue;
                }
            }
        }
        let orig_c = orig[os..].chars().next().unwrap_or(c);
        let kind = match quote_mark(orig_c) {
            Some(q) => TokKind::Quote(q),
            None => TokKind::Punct(c),
        };
        out.push(Token {
            start: os as u32,
            end: oe as u32,
            fs: start as u32,
            fe: (start + clen) as u32,
            kind,
            cap: false,
            quoted: false,
            abbrev: false,
            upper: false,
            plain: true,
        });
        i += clen;
    }
}

/// Whether a word read up to folded byte `j` of `bytes` (cut at the end of
/// the range) ends there, as that byte alone tells: the range ends, an
/// ASCII byte joins nothing, a comma follows a word (not a number), or a
/// full stop follows `long_run` (a run of two letters or more with nothing
/// joined: no acronym). Otherwise the joiner rules read the characters
/// around it.
#[inline(always)]
fn ends_word(bytes: &[u8], j: usize, numeric: bool, long_run: bool) -> bool {
    match bytes.get(j) {
        None => true,
        Some(0x80..=0xFF | b'-' | b'&' | b'\'') => false,
        Some(b',') => !numeric,
        Some(b'.') => !numeric && long_run,
        Some(_) => true,
    }
}

/// The word or number token at folded `start..j` (a range ending at
/// `fend`), with the full stop of
/// an abbreviation taken in (`is_abbrev`; a dotted acronym has its own).
/// `(dotted, plain)`: the word is a dotted acronym; it is one plain run.
#[inline(always)]
fn word_token(
    orig: &str,
    folded: &Folded,
    is_abbrev: &dyn Fn(&str, &str) -> bool,
    (start, mut j, fend): (usize, usize, usize),
    numeric: bool,
    (dotted, plain): (bool, bool),
) -> Token {
    let ft = &folded.text;
    let mut abbrev = dotted;
    if !dotted && j < fend && ft.as_bytes()[j] == b'.' && is_abbrev(&ft[start..j], &ft[j + 1..fend])
    {
        j += 1;
        abbrev = true;
    }
    let (os, oe) = (folded.orig(start), folded.orig_end(j));
    let cap = match orig.as_bytes().get(os) {
        Some(&b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => orig[os..]
            .chars()
            .next()
            .is_some_and(|ch| ch.is_uppercase()),
    };
    // all in capitals: the second byte is no lower-case letter, then a full check
    let upper = cap
        && orig
            .as_bytes()
            .get(os + 1)
            .is_some_and(|b| !b.is_ascii_lowercase())
        && all_upper(&orig[os..oe]);
    Token {
        start: os as u32,
        end: oe as u32,
        fs: start as u32,
        fe: j as u32,
        kind: if numeric {
            TokKind::Number
        } else {
            TokKind::Word
        },
        cap,
        quoted: false,
        abbrev,
        upper,
        plain,
    }
}

/// ASCII letters and digits, by byte.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The length of the run of ASCII letters and digits (and, with `joiners`,
/// `-` and `_`: the word characters of [`is_word_char`]) that starts
/// `bytes`, eight bytes at a time: the run ends in the first word whose
/// mask is not full, so the loop exit is one well-predicted branch per run
/// rather than one per byte.
#[inline(always)]
pub(crate) fn ascii_run_of(bytes: &[u8], joiners: bool) -> usize {
    let table = if joiners { &ASCII_WORD } else { &ASCII_ALNUM };
    run_len(
        bytes,
        |w| !word_bytes(w, joiners) & HIGH_BITS,
        |b| !table[b as usize],
    )
}

/// The length of the run at the start of `bytes` read eight bytes at a
/// time: `stops(word)` has the high bit set of each byte that ends the run,
/// `stops_at(byte)` says the same of one byte, for the last few.
#[inline(always)]
fn run_len(bytes: &[u8], stops: impl Fn(u64) -> u64, stops_at: impl Fn(u8) -> bool) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut n = 0;
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        let stop = stops(w);
        if stop != 0 {
            return n + stop.trailing_zeros() as usize / 8;
        }
        n += 8;
    }
    let rest = chunks.remainder();
    n + rest.iter().position(|&b| stops_at(b)).unwrap_or(rest.len())
}

const LOW_BITS: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of every byte of `w` that is an ASCII letter or digit (or,
/// with `joiners`, `-` or `_`). Each byte is tested on its own: with the
/// high bits cleared no subtraction borrows and no addition carries across
/// bytes (the "has between" test of Bit Twiddling Hacks).
#[inline]
fn word_bytes(w: u64, joiners: bool) -> u64 {
    let y = w & (LOW_BITS * 127);
    let between = |lo: u8, hi: u8| {
        // bytes b with lo < b < hi
        (LOW_BITS * (127 + u64::from(hi))).wrapping_sub(y)
            & !w
            & (y + LOW_BITS * (127 - u64::from(lo)))
    };
    let mut m =
        between(b'0' - 1, b'9' + 1) | between(b'a' - 1, b'z' + 1) | between(b'A' - 1, b'Z' + 1);
    if joiners {
        m |= between(b'-' - 1, b'-' + 1) | between(b'_' - 1, b'_' + 1);
    }
    m & HIGH_BITS
}

/// ASCII word characters ([`is_word_char`]), by byte.
pub(crate) static ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'-' || c == b'_';
        b += 1;
    }
    t
};

/// The length of the run of ASCII bytes that starts `bytes`, read eight
/// bytes at a time.
#[inline]
pub(crate) fn ascii_run(bytes: &[u8]) -> usize {
    // the first byte with its high bit set ends it
    run_len(bytes, |w| w & HIGH_BITS, |b| !b.is_ascii())
}

/// Two letters or more and none in lower case ("NATO", "U.S.").
#[cold]
fn all_upper(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        letters += usize::from(c.is_alphabetic());
    }
    letters > 1
}

/// The character starting at byte `i` of `s` (an ASCII fast path first).
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => s.get(i..).and_then(|r| r.chars().next()),
        None => None,
    }
}

/// The folded offset of an original offset (first folded byte at or after it).
pub fn folded_index(folded: &Folded, orig: usize) -> usize {
    if folded.identity {
        // the map is 0, 1, …, len: `orig` of its entries lie below
        // `orig`, all len + 1 of them past the end
        return orig.min(folded.text.len() + 1);
    }
    folded.map.partition_point(|&o| (o as usize) < orig)
}

/// The full stop of a middle initial ("John F. Kennedy"): right after a
/// capital letter standing alone.
pub fn initial_dot(folded: &Folded, toks: &[crate::text::Token], i: usize) -> bool {
    i > 0
        && toks[i].is_punct('.')
        && toks[i - 1].is_word()
        && toks[i - 1].cap
        && toks[i - 1].end == toks[i].start
        && toks[i - 1].norm(folded).chars().count() == 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    /// The eight-at-a-time run length is the byte-by-byte one, for every
    /// byte value in every position.
    #[test]
    fn word_runs_read_eight_bytes_at_a_time_match_the_tables() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for joiners in [false, true] {
            let table = if joiners { &ASCII_WORD } else { &ASCII_ALNUM };
            for _ in 0..20_000 {
                let len = (next() % 24) as usize;
                // mostly word bytes, so that long runs occur
                let bytes: Vec<u8> = (0..len)
                    .map(|_| match next() % 4 {
                        0 => (next() % 256) as u8,
                        _ => b"az09AZ-_"[(next() % 8) as usize],
                    })
                    .collect();
                let want = bytes
                    .iter()
                    .position(|&b| !table[b as usize])
                    .unwrap_or(len);
                assert_eq!(ascii_run_of(&bytes, joiners), want, "{bytes:?} {joiners}");
            }
            for b in 0..=255u8 {
                let mut bytes = [b'a'; 9];
                bytes[3] = b;
                let want = if table[b as usize] { 9 } else { 3 };
                assert_eq!(ascii_run_of(&bytes, joiners), want, "byte {b} {joiners}");
            }
        }
    }

    /// The folded text and map, one character at a time: what the bulk
    /// ASCII path of `refill` must reproduce.
    fn fold_slowly(s: &str) -> (String, Vec<u32>) {
        let (mut text, mut map) = (String::new(), Vec::new());
        for (i, c) in s.char_indices() {
            let before = text.len();
            fold_char(c, &mut text);
            map.extend(std::iter::repeat_n(i as u32, text.len() - before));
        }
        map.push(s.len() as u32);
        (text, map)
    }

    #[test]
    fn ascii_folds_to_lower_case_but_for_its_listed_bytes() {
        for b in 0u8..128 {
            assert_eq!(
                fold_ascii(b) != b.to_ascii_lowercase(),
                ASCII_NOT_LOWER.contains(&b),
                "byte {b}"
            );
        }
    }

    #[test]
    fn bulk_ascii_folding_equals_folding_by_character() {
        let cases = [
            "",
            "Plain ASCII, with CAPS and digits 0123456789.",
            "tab\there and `backquotes` and ``doubled'' ones\t",
            "a run of exactly8 then ‘curly’ — dashes\u{00A0}nbsp É Straße İ",
            "`",
            "\t\t`x`\t",
            "Ünïcödé only",
            "mixed 12345678ab\u{200B}zero-width 1234567\u{FEFF}",
        ];
        let mut f = Folded::default();
        for s in cases {
            f.refill(s);
            let (text, map) = fold_slowly(s);
            assert_eq!(f.text, text, "text of {s:?}");
            assert_eq!(f.full_map(), map, "map of {s:?}");
            // lexicon terms fold as text does
            assert_eq!(fold_str(s), f.text, "fold_str of {s:?}");
        }
        // every split of an ASCII run at a non-ASCII byte, at every offset
        for k in 0..20 {
            let s = format!("{}é{}\t", "Ab`".repeat(k), "Z".repeat(20 - k));
            f.refill(&s);
            assert_eq!((f.text.clone(), f.full_map()), fold_slowly(&s), "{s:?}");
        }
    }

    /// For ASCII text the offsets map back without the map, and agree
    /// with it at every offset, past the end included.
    #[test]
    fn ascii_offsets_map_back_as_the_map_says() {
        for s in ["", "x", "Iran said, `maybe'.", "tab\there U.S. 12,5"] {
            let f = Folded::new(s);
            assert!(f.identity, "{s:?}");
            let mut by_map = f.clone();
            by_map.map = f.full_map();
            by_map.identity = false;
            for i in 0..s.len() + 4 {
                assert_eq!(f.orig(i), by_map.orig(i), "orig({i}) of {s:?}");
                assert_eq!(f.orig_end(i), by_map.orig_end(i), "orig_end({i}) of {s:?}");
                assert_eq!(
                    folded_index(&f, i),
                    folded_index(&by_map, i),
                    "folded_index({i}) of {s:?}"
                );
            }
        }
        // one non-ASCII character anywhere turns the shortcut off
        assert!(!Folded::new("naïve").identity);
        assert!(!Folded::new("x\u{200B}").identity);
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(2000))]
        /// The short way and the general rules read the same tokens:
        /// plain ASCII (folded byte for byte) and text that is not.
        #[test]
        fn the_short_way_reads_the_tokens_the_rules_read(
            text in proptest::prop_oneof![
                "[a-zA-Z0-9 ,.'&`\"\t\n-]{0,60}".prop_map(String::from),
                "[a-zA-Z0-9 ,.'’“”é—İK-]{0,60}".prop_map(String::from),
                proptest::collection::vec(
                    proptest::sample::select(vec![
                        "Iran's", "ministers'", "don't", "U.S.", "u.s.", "Mr.", "Dr", "NATO",
                        "NATO's", "well-known", "A&B", "1,000", "3.5", "10.", "2024,", "x.",
                        "No.", "said,", "said.", "''", "``", "\"", "a", "I", "e.g.", " ", "\n",
                        "\t", ".", ",", "-", "'", "&", "“", "”", "’s", "café", "İstanbul",
                        "\u{212A}elvin", "—", "\u{200B}",
                    ]),
                    0..16,
                )
                .prop_map(|v| v.concat()),
            ],
        ) {
            let abbrev = |w: &str, _: &str| w == "mr" || w == "dr" || w == "no";
            let f = Folded::new(&text);
            let (mut short, mut long) = (Vec::new(), Vec::new());
            tokenize_ways(&text, &f, 0..text.len(), &abbrev, &mut short, true);
            tokenize_ways(&text, &f, 0..text.len(), &abbrev, &mut long, false);
            proptest::prop_assert_eq!(short, long, "{:?}", text);
        }
    }

    fn toks(s: &str) -> Vec<String> {
        let f = Folded::new(s);
        let mut out = Vec::new();
        tokenize(s, &f, 0..s.len(), &|w, _| w == "mr" || w == "jan", &mut out);
        out.iter()
            .map(|t| s[t.start as usize..t.end as usize].to_string())
            .collect()
    }

    /// Of three apostrophes after a word or punctuation the first closes a
    /// single quotation, the pair after it the double one; at a phrase's
    /// start the pair opens first.
    #[test]
    fn three_apostrophes_close_the_single_quotation_first() {
        assert_eq!(
            toks("''the word 'new,''' he said"),
            vec!["''", "the", "word", "'", "new", ",", "'", "''", "he", "said"]
        );
        assert_eq!(
            toks("'''Tis here,''"),
            vec!["''", "'", "Tis", "here", ",", "''"]
        );
    }

    #[test]
    fn folds_quotes_dashes_and_case() {
        let f = Folded::new("Iran’s “Deal” — ÉTAT\u{200B}x");
        assert_eq!(f.text, "iran's \"deal\" - étatx");
        // every folded byte maps back inside the original
        assert_eq!(f.orig(4), 4); // the apostrophe starts at byte 4
        assert_eq!(f.orig_end(5), 7); // ends after the 3-byte ’
    }

    #[test]
    fn splits_possessives_keeps_acronyms_and_abbreviations() {
        assert_eq!(
            toks("Iran’s U.S. envoy, Mr. Smith, said 1.3 billion on Jan. 5."),
            vec![
                "Iran", "’s", "U.S.", "envoy", ",", "Mr.", "Smith", ",", "said", "1.3", "billion",
                "on", "Jan.", "5", "."
            ]
        );
    }

    /// A number keeps its separators; a word's comma and full stop, and a
    /// number's that no digit follows, stand alone.
    #[test]
    fn numbers_keep_their_separators() {
        assert_eq!(
            toks("1,000 of 2,5 at 10, said x, in 2024."),
            vec!["1,000", "of", "2,5", "at", "10", ",", "said", "x", ",", "in", "2024", "."]
        );
    }

    #[test]
    fn hyphens_and_quotes() {
        assert_eq!(
            toks("“Al-Ain,” he said; ministers' pro-Iran don't"),
            vec![
                "“",
                "Al-Ain",
                ",",
                "”",
                "he",
                "said",
                ";",
                "ministers",
                "'",
                "pro-Iran",
                "don't"
            ]
        );
        // a hyphen (ASCII or U+2010/U+2011) joins; en and em dashes do not
        assert_eq!(
            toks("facts—to well‐known one–two Al-Ain"),
            vec![
                "facts",
                "—",
                "to",
                "well‐known",
                "one",
                "–",
                "two",
                "Al-Ain"
            ]
        );
    }

    /// The binary searches find what walks from the range's start find,
    /// for every span of a few texts and every sub-range of their tokens.
    #[test]
    fn tokens_touching_is_the_walk() {
        for s in [
            "Iran's U.S. envoy, Mr. Ali, said: “no.”",
            "a  b\n\nc-d — e",
            "x",
        ] {
            let f = Folded::new(s);
            let mut toks = Vec::new();
            tokenize(s, &f, 0..s.len(), &|_, _| false, &mut toks);
            let n = f.text.len();
            for a in 0..=toks.len() {
                for b in a..=toks.len() {
                    for fs in 0..n {
                        for fe in fs + 1..=n {
                            let first = (a..b).find(|&i| toks[i].fe as usize > fs).unwrap_or(b);
                            let end = (a..b).find(|&i| toks[i].fs as usize >= fe).unwrap_or(b);
                            assert_eq!(
                                tokens_touching(&toks, a..b, (fs, fe)),
                                (first, end),
                                "{s:?} tokens {a}..{b} bytes {fs}..{fe}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn offsets_survive_multibyte_text() {
        let s = "Türkiye’s “Россия” said";
        let f = Folded::new(s);
        let mut out = Vec::new();
        tokenize(s, &f, 0..s.len(), &|_, _| false, &mut out);
        for t in &out {
            assert!(s.is_char_boundary(t.start as usize) && s.is_char_boundary(t.end as usize));
        }
        assert_eq!(&s[out[0].start as usize..out[0].end as usize], "Türkiye");
        assert_eq!(&s[out[3].start as usize..out[3].end as usize], "Россия");
    }
}
