//! Clean: find the paragraphs worth analysing and the scraped junk to drop
//! (script lines, store / cookie / newsletter / share lines). Cleaning never
//! edits the text, so offsets stay valid: it returns the kept paragraph spans
//! and the removed spans with their reason.

use crate::lexicon::{JunkKind, Lexicons};
use crate::model::Span;
use crate::text::{folded_index, Folded};

/// The outcome of cleaning one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    pub paragraphs: Vec<Span>,
    pub removed: Vec<(Span, &'static str)>,
}

const CODE_CHARS: &[char] = &['{', '}', '(', ')', ';', '=', '<', '>'];

/// Split `text` into lines and sort them into kept paragraphs and junk.
pub fn clean(text: &str, folded: &Folded, lex: &Lexicons) -> Cleaned {
    let mut out = Cleaned::default();
    let mut hits = Vec::new();
    let mut pos = 0usize;
    let mut in_code = false;
    // a gallery line is junk only beside other lines (never a whole article)
    let one_line = !text.trim().contains('\n');
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        if trimmed.is_empty() {
            continue;
        }
        let span = Span::new(start + lead, start + lead + trimmed.len());
        let reason = if credit_line(text, folded, span, lex, &mut hits) {
            Some("credit line")
        } else {
            junk_reason(text, folded, span, lex, &mut hits, &mut in_code, one_line)
        };
        match reason {
            Some(r) => out.removed.push((span, r)),
            None => out.paragraphs.push(span),
        }
    }
    out
}

/// A wire credit alone on its line: a dash or an opening bracket, then
/// only the name of a known outlet ("— Associated Press", "(Reuters)").
/// It credits the article, not the quotation before it.
fn credit_line(
    text: &str,
    folded: &Folded,
    span: Span,
    lex: &Lexicons,
    hits: &mut Vec<crate::lexicon::Hit>,
) -> bool {
    let s = &text[span.start..span.end];
    let opener = |c: char| matches!(c, '-' | '\u{2013}' | '\u{2014}' | '(') || c.is_whitespace();
    let rest = s.trim_start_matches(opener);
    let name = rest.trim_end_matches(|c: char| matches!(c, '.' | ')') || c.is_whitespace());
    if rest.len() == s.len() || name.is_empty() {
        return false;
    }
    let a = span.start + (s.len() - rest.len());
    let b = a + name.len();
    hits.clear();
    lex.entities.find(
        text,
        folded,
        folded_index(folded, a)..folded_index(folded, b),
        hits,
    );
    matches!(hits.as_slice(), [h] if h.start == a && h.end == b
        && matches!(lex.entity_of[h.term], crate::lexicon::Entity::Outlet(_)))
}

/// For each ASCII byte: bit 1 if it is one of [`CODE_CHARS`], bit 2 if it
/// is whitespace (as `char::is_whitespace` says).
static ASCII_LINE_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut k = 0;
    while k < CODE_CHARS.len() {
        t[CODE_CHARS[k] as usize] |= 1;
        k += 1;
    }
    let mut b = 0;
    while b < 128 {
        if (b as u8 as char).is_whitespace() {
            t[b] |= 2;
        }
        b += 1;
    }
    t
};

/// A line's characters, [`CODE_CHARS`] and whitespace-separated words, in
/// one pass that decodes only non-ASCII characters (an ASCII byte is
/// classed by a table).
fn line_stats(s: &str) -> (usize, usize, usize) {
    let (mut chars, mut code, mut words) = (0usize, 0usize, 0usize);
    // 1 after a word character, 0 after whitespace
    let mut in_word = 0usize;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // a run of ASCII: a plain loop over its bytes, without branches
        let run = crate::text::ascii_run(&bytes[i..]);
        for &b in &bytes[i..i + run] {
            let class = ASCII_LINE_CLASS[usize::from(b & 0x7f)];
            let word = usize::from((class >> 1) ^ 1);
            code += usize::from(class & 1);
            words += word & !in_word;
            in_word = word;
        }
        chars += run;
        i += run;
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        let word = usize::from(!c.is_whitespace());
        words += word & !in_word;
        in_word = word;
        chars += 1;
        i += c.len_utf8();
    }
    (chars, code, words)
}

fn junk_reason(
    text: &str,
    folded: &Folded,
    span: Span,
    lex: &Lexicons,
    hits: &mut Vec<crate::lexicon::Hit>,
    in_code: &mut bool,
    one_line: bool,
) -> Option<&'static str> {
    let s = &text[span.start..span.end];
    let (chars, code_chars, words) = line_stats(s);
    let chars = chars.max(1);
    let ratio = code_chars as f64 / chars as f64;
    hits.clear();
    let fr = folded_index(folded, span.start)..folded_index(folded, span.end);
    lex.junk.find(text, folded, fr, hits);
    let has_code_marker = hits.iter().any(|h| lex.junk_kind[h.term] == JunkKind::Code);
    let has_phrase = hits
        .iter()
        .any(|h| lex.junk_kind[h.term] == JunkKind::Phrase);
    let has_weak = hits.iter().any(|h| lex.junk_kind[h.term] == JunkKind::Weak);
    if !one_line
        && hits
            .iter()
            .any(|h| lex.junk_kind[h.term] == JunkKind::Gallery)
    {
        return Some("gallery");
    }
    // a disclaimer line, however long, but never a whole article on one line
    if hits
        .iter()
        .any(|h| lex.junk_kind[h.term] == JunkKind::Always)
        && words <= lex.settings.junk_always_max_words
    {
        return Some("boilerplate");
    }
    let ends_like_prose = s.ends_with(['.', '?', '!', '"', '\u{201D}']);
    // a long line needs code-like density; a short one a marker and no final stop
    let short = words <= lex.settings.junk_always_max_words;
    if has_code_marker
        && (ratio > lex.settings.junk_code_ratio / 2.0 || (short && !ends_like_prose))
    {
        *in_code = true;
        return Some("script");
    }
    if ratio > lex.settings.junk_code_ratio && s.contains(['{', '}', ';', '=']) {
        *in_code = true;
        return Some("script");
    }
    if *in_code && short && ratio > 0.0 && !ends_like_prose {
        return Some("script");
    }
    *in_code = false;
    if (has_phrase || (has_weak && !ends_like_prose)) && words <= lex.settings.junk_max_words {
        return Some("boilerplate");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str) -> Vec<String> {
        let lex = crate::test_lexicons();
        let f = Folded::new(text);
        clean(text, &f, lex)
            .paragraphs
            .iter()
            .map(|s| text[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn line_stats_count_as_chars_and_split_whitespace_do() {
        for s in [
            "",
            "plain words here",
            "  {x = f(y); } <tag>  ",
            "nbsp\u{a0}between\u{2003}em spaces\tand\ttabs",
            "ünï {códe} ✓ ;",
            "vertical\u{b}tab\u{c}form feed\r\nand \u{85}next line",
            &(0u8..128).map(char::from).collect::<String>(),
        ] {
            let want = (
                s.chars().count(),
                s.chars().filter(|c| CODE_CHARS.contains(c)).count(),
                s.split_whitespace().count(),
            );
            assert_eq!(line_stats(s), want, "{s:?}");
        }
    }

    #[test]
    fn drops_wire_credit_lines_only() {
        let text = "“We will not back down.”\n— Associated Press\n(Reuters)\n— Ilse Brandt, harbor master\nReuters reported the talks.\n— Reuters said the talks failed.\n";
        assert_eq!(
            kept(text),
            vec![
                "“We will not back down.”",
                "— Ilse Brandt, harbor master",
                "Reuters reported the talks.",
                "— Reuters said the talks failed."
            ]
        );
        let lex = crate::test_lexicons();
        let f = Folded::new(text);
        let reasons: Vec<&str> = clean(text, &f, lex).removed.iter().map(|r| r.1).collect();
        assert_eq!(reasons, vec!["credit line", "credit line"]);
    }

    #[test]
    fn drops_scripts_and_boilerplate_keeps_prose() {
        let text = "Iran said the talks went well.\n  \nVisit the Example Store\nSubscribe to our newsletter.\nvar x = document.getElementById(\"a\"); x.style.color = \"red\";\n}); (function (v, i) { });\nThe store was closed on Friday.\n";
        assert_eq!(
            kept(text),
            vec![
                "Iran said the talks went well.",
                "The store was closed on Friday."
            ]
        );
        let lex = crate::test_lexicons();
        let f = Folded::new(text);
        let reasons: Vec<&str> = clean(text, &f, lex).removed.iter().map(|r| r.1).collect();
        assert_eq!(
            reasons,
            vec!["boilerplate", "boilerplate", "script", "script"]
        );
    }

    #[test]
    fn drops_photo_and_video_caption_lines() {
        let text = "Image copyright Harbor Photos Image caption Officials said the port was closed
                    Media playback is unsupported on your device Media caption Ruiz says the port will reopen
                    Officials said the port was closed on Monday.
";
        assert_eq!(
            kept(text),
            vec!["Officials said the port was closed on Monday."]
        );
    }

    #[test]
    fn drops_a_topic_follow_widget_line() {
        let text = "Officials said the port was closed on Monday.\n\
                    Want to follow Harbor Policy? Add Harbor Policy as an interest to stay up \
                    to date on the latest Harbor Policy news, video, and analysis. Add Interest\n\
                    Ruiz said it would reopen.\n";
        assert_eq!(
            kept(text),
            vec![
                "Officials said the port was closed on Monday.",
                "Ruiz said it would reopen."
            ]
        );
    }

    #[test]
    fn drops_a_gallery_line_of_any_length_but_never_a_whole_article() {
        let captions =
            "Photos: The summit – Ana Ruiz speaks to reporters, who said the port was closed. "
                .repeat(30);
        let gallery = format!("{captions}Hide Caption 1 of 30 Photos: The summit");
        let text = format!("Officials said the port was closed on Monday.\n{gallery}\n");
        assert!(gallery.split_whitespace().count() > 300);
        assert_eq!(
            kept(&text),
            vec!["Officials said the port was closed on Monday."]
        );
        assert_eq!(kept(&gallery), vec![gallery.as_str()]);
    }
}
