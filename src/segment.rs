//! Segment: tokens, quotation marking and sentences with byte offsets.
//!
//! Sentences end at `.`, `?` or `!` (with any closing quotes or brackets that
//! follow) before a capitalised word, a number or an opening quote, and always
//! at the end of a paragraph. Abbreviations come from `segment.csv`: a
//! `title` ("Mr.", "Gen.") never ends a sentence, an `abbrev` ("U.S.",
//! "Jan.") only before a `starter` word ("The", "It"). Quotations are tracked
//! per paragraph; a paragraph that ends inside a quotation and a next one
//! that opens with a quotation mark continue the same quotation (the news
//! convention for long quotes).

use crate::lexicon::{Lexicons, SegKind};
use crate::model::{Sentence, Span};
use crate::text::{tokenize, Folded, QuoteMark, TokKind, Token};

/// A quotation: token range of its marks (inclusive open, exclusive end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotation {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index one past the closing mark (or the paragraph end).
    pub end: usize,
    /// Whether it was closed by a mark.
    pub closed: bool,
    /// Continues the quotation of the previous paragraph.
    pub continued: bool,
}

/// Tokens, sentences and quotations of one article.
#[derive(Debug, Clone, Default)]
pub struct Segmented {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quotation>,
}

/// Segment the kept paragraphs of `text`.
pub fn segment(text: &str, folded: &Folded, paragraphs: &[Span], lex: &Lexicons) -> Segmented {
    let mut seg = Segmented::default();
    segment_into(text, folded, paragraphs, lex, &mut seg);
    seg
}

/// As [`segment`], reusing the buffers of `seg`.
pub fn segment_into(
    text: &str,
    folded: &Folded,
    paragraphs: &[Span],
    lex: &Lexicons,
    seg: &mut Segmented,
) {
    seg.tokens.clear();
    seg.sentences.clear();
    seg.quotes.clear();
    // "No." before a number ("No. 2") and not at the end of "said no."
    let is_abbrev = |w: &str, after: &str| match lex.segment.get(w) {
        Some(SegKind::Number) => after
            .trim_start_matches(' ')
            .as_bytes()
            .first()
            .is_some_and(|b| b.is_ascii_digit()),
        Some(k) => *k != SegKind::Starter,
        None => false,
    };
    let mut prev_open_at_end = false;
    for (pi, p) in paragraphs.iter().enumerate() {
        let first = seg.tokens.len();
        tokenize(text, folded, p.start..p.end, &is_abbrev, &mut seg.tokens);
        let last = seg.tokens.len();
        if first == last {
            continue;
        }
        prev_open_at_end = mark_quotes(
            &mut seg.tokens,
            first,
            last,
            &mut seg.quotes,
            prev_open_at_end,
        );
        split_sentences(
            folded,
            lex,
            &seg.tokens,
            first,
            last,
            pi,
            &mut seg.sentences,
        );
    }
}

/// Mark `quoted` on tokens; returns whether the paragraph ended inside a quote.
fn mark_quotes(
    toks: &mut [Token],
    first: usize,
    last: usize,
    quotes: &mut Vec<Quotation>,
    prev_open: bool,
) -> bool {
    let mut open: Option<usize> = None;
    let mut continued = false;
    #[allow(clippy::needless_range_loop)]
    for i in first..last {
        let t = toks[i];
        if let TokKind::Quote(m) = t.kind {
            // an opening-shaped mark glued to the word before it closes an open quote
            // (“Apparently not,“ he said)
            let glued = i > first && toks[i - 1].end == t.start && !toks[i - 1].is_quote();
            let opening = match m {
                QuoteMark::Open if open.is_some() && glued => false,
                QuoteMark::Open => true,
                QuoteMark::Close => false,
                QuoteMark::Toggle => open.is_none(),
            };
            if opening {
                if let Some(o) = open {
                    // an opening mark inside an open quote: close the old one unclosed
                    quotes.push(Quotation {
                        open: o,
                        end: i,
                        closed: false,
                        continued,
                    });
                }
                continued = i == first && prev_open;
                open = Some(i);
                toks[i].quoted = true;
            } else if let Some(o) = open.take() {
                toks[i].quoted = true;
                quotes.push(Quotation {
                    open: o,
                    end: i + 1,
                    closed: true,
                    continued,
                });
                continued = false;
            }
            // a stray closing mark outside any quote is left unquoted
            continue;
        }
        toks[i].quoted = open.is_some();
    }
    if let Some(o) = open {
        quotes.push(Quotation {
            open: o,
            end: last,
            closed: false,
            continued,
        });
        return true;
    }
    false
}

fn split_sentences(
    folded: &Folded,
    lex: &Lexicons,
    toks: &[Token],
    first: usize,
    last: usize,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let mut start = first;
    let mut i = first;
    while i < last {
        let t = &toks[i];
        let ends = match t.kind {
            TokKind::Punct('.') | TokKind::Punct('?') | TokKind::Punct('!') => {
                // an initial: "John F. Kennedy"
                let initial = t.is_punct('.')
                    && i > first
                    && toks[i - 1].is_word()
                    && toks[i - 1].cap
                    && toks[i - 1].end == t.start
                    && toks[i - 1].norm(folded).chars().count() == 1;
                !initial
            }
            TokKind::Word if t.abbrev => {
                let base = t.norm(folded).trim_end_matches('.');
                match lex.segment.get(base) {
                    Some(SegKind::Title) => false,
                    _ => {
                        // an abbreviation ends a sentence only before a starter word
                        let next = next_content(toks, i + 1, last);
                        next.is_some_and(|n| {
                            toks[n].cap
                                && lex.segment.get(toks[n].norm(folded)) == Some(&SegKind::Starter)
                        })
                    }
                }
            }
            _ => false,
        };
        if ends {
            // attach closing quotes and brackets
            let mut j = i + 1;
            while j < last {
                let k = &toks[j];
                let closing_quote = matches!(k.kind, TokKind::Quote(QuoteMark::Close))
                    || (matches!(k.kind, TokKind::Quote(QuoteMark::Toggle))
                        && k.quoted
                        && !opens_quote(toks, j, last));
                if closing_quote
                    || k.is_punct(')')
                    || k.is_punct(']')
                    || k.is_punct('.') && toks[j - 1].abbrev
                {
                    j += 1;
                } else {
                    break;
                }
            }
            // “What do I have?” Trump asked: a speech tail after a quoted question or
            // exclamation stays in the sentence
            let speech_tail = j > i + 1
                && matches!(t.kind, TokKind::Punct('?' | '!'))
                && toks[i + 1..j].iter().any(|k| k.is_quote())
                && {
                    let lim = (j + 5).min(last);
                    let k = (j..lim)
                        .find(|&k| !(toks[k].is_word() && toks[k].cap))
                        .unwrap_or(lim);
                    k > j
                        && k < lim
                        && toks[k].is_word()
                        && lex.cues.contains_key(toks[k].norm(folded))
                };
            let boundary = if j >= last {
                true
            } else if speech_tail {
                false
            } else {
                let n = &toks[j];
                n.cap
                    || matches!(n.kind, TokKind::Number)
                    || matches!(n.kind, TokKind::Quote(QuoteMark::Open))
                    || (matches!(n.kind, TokKind::Quote(QuoteMark::Toggle))
                        && opens_quote(toks, j, last))
                    || n.is_punct('(')
                    || n.is_punct('[')
                    || n.is_punct('-')
            };
            if boundary {
                push_sentence(toks, start, j, paragraph, out);
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if start < last {
        push_sentence(toks, start, last, paragraph, out);
    }
}

/// A straight quote at `j` opens a quotation when a word follows it directly.
fn opens_quote(toks: &[Token], j: usize, last: usize) -> bool {
    j + 1 < last
        && toks[j + 1].start == toks[j].end
        && !matches!(toks[j + 1].kind, TokKind::Punct(_))
}

fn next_content(toks: &[Token], from: usize, last: usize) -> Option<usize> {
    (from..last).find(|&k| !toks[k].is_quote())
}

fn push_sentence(toks: &[Token], a: usize, b: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    if a >= b {
        return;
    }
    out.push(Sentence {
        span: Span::new(toks[a].start as usize, toks[b - 1].end as usize),
        tokens: (a, b),
        paragraph,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn sentences(text: &str) -> Vec<String> {
        let lex = crate::test_lexicons();
        let f = Folded::new(text);
        let c = crate::clean::clean(text, &f, lex);
        let seg = segment(text, &f, &c.paragraphs, lex);
        seg.sentences
            .iter()
            .map(|s| text[s.span.start..s.span.end].to_string())
            .collect()
    }

    #[test]
    fn abbreviations_decimals_and_initials_do_not_split() {
        assert_eq!(
            sentences("Mr. Smith met Gen. Ali in the U.S. capital on Jan. 5 and paid 1.3 billion. John F. Kennedy was not there."),
            vec![
                "Mr. Smith met Gen. Ali in the U.S. capital on Jan. 5 and paid 1.3 billion.",
                "John F. Kennedy was not there."
            ]
        );
        // plural titles (segment.csv)
        assert_eq!(
            sentences("Sens. Ana Ruiz and Omar Haddad met Reps. Lena Ruiz and Viktor Gromov."),
            vec!["Sens. Ana Ruiz and Omar Haddad met Reps. Lena Ruiz and Viktor Gromov."]
        );
    }

    #[test]
    fn no_is_an_abbreviation_only_before_a_number() {
        assert_eq!(
            sentences("She said no. He wore No. 5 and No.12 was taken. The answer: No."),
            vec![
                "She said no.",
                "He wore No. 5 and No.12 was taken.",
                "The answer: No."
            ]
        );
    }

    #[test]
    fn an_abbreviation_ends_a_sentence_before_a_starter() {
        assert_eq!(
            sentences("Sanctions were imposed by the U.S. The move angered Tehran."),
            vec![
                "Sanctions were imposed by the U.S.",
                "The move angered Tehran."
            ]
        );
        assert_eq!(
            sentences("The U.S. Central Command said so."),
            vec!["The U.S. Central Command said so."]
        );
    }

    #[test]
    fn a_quoted_question_keeps_its_speech_tail() {
        assert_eq!(
            sentences("“What do I have?” Trump asked. He smiled."),
            ["“What do I have?” Trump asked.", "He smiled."]
        );
        // without a reporting cue after the name the question ends the sentence
        assert_eq!(
            sentences("“What do I have?” Trump Tower stood empty."),
            ["“What do I have?”", "Trump Tower stood empty."]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("“The line will open in 2027. All issues are resolved,” Gromov said. “Why?” he asked."),
            vec!["“The line will open in 2027.", "All issues are resolved,” Gromov said.", "“Why?” he asked."]
        );
        assert_eq!(
            sentences("He said \"it is over.\" Then he left."),
            vec!["He said \"it is over.\"", "Then he left."]
        );
    }

    #[test]
    fn paragraphs_always_end_sentences() {
        assert_eq!(
            sentences("A heading without a stop\nThe body starts here."),
            vec!["A heading without a stop", "The body starts here."]
        );
    }

    #[test]
    fn quotations_continue_across_paragraphs() {
        let text = "“We will respond,” he said. “The first part\n“And the second part.”";
        let lex = crate::test_lexicons();
        let f = Folded::new(text);
        let c = crate::clean::clean(text, &f, lex);
        let seg = segment(text, &f, &c.paragraphs, lex);
        assert_eq!(seg.quotes.len(), 3);
        assert!(seg.quotes[2].continued);
        assert!(!seg.quotes[1].closed);
        let spans: Vec<Span> = seg.sentences.iter().map(|s| s.span).collect();
        assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
    }
}
