//! Explain: for each claim, the sentence with its cues marked, the rule that
//! chose source and category, every lexicon hit with its `file:line`, and the
//! score arithmetic. Colour on a terminal; plain brackets when piped:
//! `«cue»`, `[mention]`, `{hedge}`, `<evaluative word>`.

use std::fmt::Write;

use crate::lexicon::{Descriptor, Entity, Lexicons};
use crate::model::{Analysis, Article, Span};
use crate::score::{normalize, phrase_covering, valence_reason, word_valences};
use crate::text::{folded_index, Folded};

#[derive(Clone, Copy)]
enum Mark {
    Cue,
    Mention,
    Hedge,
    Positive,
    Negative,
}

fn open(m: Mark, color: bool) -> &'static str {
    match (m, color) {
        (Mark::Cue, true) => "\x1b[1;33m",
        (Mark::Mention, true) => "\x1b[4;36m",
        (Mark::Hedge, true) => "\x1b[35m",
        (Mark::Positive, true) => "\x1b[32m",
        (Mark::Negative, true) => "\x1b[31m",
        (Mark::Cue, false) => "«",
        (Mark::Mention, false) => "[",
        (Mark::Hedge, false) => "{",
        (Mark::Positive, false) | (Mark::Negative, false) => "<",
    }
}

fn close(m: Mark, color: bool) -> &'static str {
    match (m, color) {
        (_, true) => "\x1b[0m",
        (Mark::Cue, false) => "»",
        (Mark::Mention, false) => "]",
        (Mark::Hedge, false) => "}",
        (Mark::Positive, false) | (Mark::Negative, false) => ">",
    }
}

/// Render `text[span]` with non-overlapping marks (earlier marks win).
fn render(text: &str, span: Span, marks: &mut [(Span, Mark)], color: bool) -> String {
    marks.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
    let mut out = String::new();
    let mut pos = span.start;
    for (s, m) in marks.iter() {
        if s.start < pos || s.end > span.end || s.start < span.start {
            continue;
        }
        out.push_str(&text[pos..s.start]);
        out.push_str(open(*m, color));
        out.push_str(&text[s.start..s.end]);
        out.push_str(close(*m, color));
        pos = s.end;
    }
    out.push_str(&text[pos..span.end]);
    out
}

/// Explain every claim of an analysed article; the hedge lines use the
/// hedge `profile` (None: news, as the reports do).
pub fn explain(an: &Analysis, lex: &Lexicons, color: bool, profile: Option<&str>) -> String {
    let text = &an.article.text;
    let folded = Folded::new(text);
    let cleaned = crate::clean::clean(text, &folded, lex);
    let seg = crate::segment::segment(text, &folded, &cleaned.paragraphs, lex);
    let starts: Vec<usize> = seg.sentences.iter().map(|s| s.span.start).collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "article {} ({}), {} claims",
        an.article.id,
        if an.article.outlet.is_empty() {
            "no outlet"
        } else {
            &an.article.outlet
        },
        an.claims.len()
    );
    for (span, why) in &an.removed {
        let _ = writeln!(
            out,
            "  removed ({why}): {}",
            trunc(&text[span.start..span.end], 70)
        );
    }
    let mut buf = Vec::new();
    let mut hits = Vec::new();
    for (n, c) in an.claims.iter().enumerate() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "[{}] sentence {} · {} · source {} ({}, {}) · rule {}",
            n + 1,
            c.sentence_index,
            c.attribution,
            if c.source.name.is_empty() {
                "-"
            } else {
                &c.source.name
            },
            c.source.kind.as_str(),
            c.source.category_label(),
            c.rule()
        );
        let mut marks: Vec<(Span, Mark)> = Vec::new();
        if let Some(s) = c
            .cue_span
            .filter(|s| s.start >= c.span.start && s.end <= c.span.end)
        {
            marks.push((s, Mark::Cue));
        }
        if let Some(s) = c
            .mention
            .filter(|s| s.start >= c.span.start && s.end <= c.span.end)
        {
            marks.push((s, Mark::Mention));
        }
        // hedge arithmetic
        let fr = folded_index(&folded, c.span.start)..folded_index(&folded, c.span.end);
        let distancing = c
            .hedge
            .as_ref()
            .and_then(|h| h.cues.last().filter(|x| **x == c.cue).cloned());
        let passage = crate::text::Passage {
            text,
            folded: &folded,
            toks: &seg.tokens,
            sentence_starts: &starts,
        };
        let d = lex
            .scoring
            .hedge_detail(profile, &passage, fr.clone(), distancing.as_deref());
        for h in &d.hedges {
            marks.push((Span::new(h.start, h.end), Mark::Hedge));
        }
        // stance words
        let toks = &seg.tokens;
        let tr = (
            toks.iter()
                .position(|t| t.start as usize >= c.span.start)
                .unwrap_or(toks.len()),
            toks.iter()
                .position(|t| t.start as usize >= c.span.end)
                .unwrap_or(toks.len()),
        );
        let mut stance_lines = Vec::new();
        let mut sum = 0.0;
        if lex.scoring.loaded && tr.0 < tr.1 {
            word_valences(&lex.scoring, &folded, toks, tr, &mut buf);
            for (k, v) in buf.iter().enumerate() {
                let t = &toks[tr.0 + k];
                let w = t.norm(&folded);
                let (mut base, mut origin) = lex
                    .scoring
                    .stance
                    .get(w)
                    .map(|(b, o)| (*b, format!("{}:{}", o.file, o.line)))
                    .unwrap_or((0.0, String::new()));
                let mut w = w.to_string();
                let mut span = Span::new(t.start as usize, t.end as usize);
                // a listed phrase speaks for its words
                if let Some((first, end, ph)) =
                    phrase_covering(&lex.scoring, &folded, toks, tr, tr.0 + k)
                {
                    let at = format!("{}:{}", ph.origin.file, ph.origin.line);
                    if first != tr.0 + k {
                        if base != 0.0 {
                            stance_lines.push(format!(
                                "{w} {base:+} ({origin}) -> 0, a word of the phrase `{}` ({at})",
                                ph.term
                            ));
                        }
                        continue;
                    }
                    if *v == 0.0 {
                        stance_lines.push(format!("{} {:+} ({at}) phrase", ph.term, ph.valence));
                        continue;
                    }
                    (w, base, origin) = (ph.term.clone(), ph.valence, at);
                    span = Span::new(t.start as usize, toks[end - 1].end as usize);
                }
                let reason = || valence_reason(&lex.scoring, &folded, toks, tr, tr.0 + k);
                if *v == 0.0 {
                    // a lexicon word that counts nothing here says why
                    if let Some(r) = reason().filter(|_| base != 0.0) {
                        stance_lines.push(format!("{w} {base:+} ({origin}) -> {r}"));
                    }
                    continue;
                }
                sum += v;
                marks.push((
                    span,
                    if *v > 0.0 {
                        Mark::Positive
                    } else {
                        Mark::Negative
                    },
                ));
                let note = if (*v - base).abs() > 1e-9 {
                    match reason() {
                        Some(r) => format!(" -> {v:+.3} after modifiers; {r}"),
                        None => format!(" -> {v:+.3} after modifiers"),
                    }
                } else {
                    String::new()
                };
                stance_lines.push(format!("{w} {base:+} ({origin}){note}"));
            }
        }
        let _ = writeln!(out, "    {}", render(text, c.span, &mut marks, color));
        if !c.cue.is_empty() {
            let form = lex
                .cues
                .get(c.cue.split_whitespace().next().unwrap_or(""))
                .and_then(|v| {
                    v.iter().find(|f| {
                        let mut words = c.cue.split_whitespace().skip(1);
                        f.rest.iter().all(|r| words.next() == Some(r.as_str()))
                            && words.next().is_none()
                    })
                });
            match form {
                Some(f) => {
                    let _ = writeln!(
                        out,
                        "    cue: {} ({}, lemma {}, {})",
                        c.cue,
                        f.origin,
                        f.lemma,
                        f.kind.as_str()
                    );
                }
                None => {
                    let _ = writeln!(out, "    cue: {}", c.cue);
                }
            }
        }
        if let Some(m) = c.mention {
            let mf = folded_index(&folded, m.start)..folded_index(&folded, m.end);
            hits.clear();
            lex.entities.find(text, &folded, mf.clone(), &mut hits);
            let mut facts = Vec::new();
            for h in &hits {
                let e = lex.entity_of[h.term];
                let what = match e {
                    Entity::Outlet(i) => format!(
                        "outlet {} ({})",
                        lex.outlets[i].name,
                        lex.outlets[i].category.as_str()
                    ),
                    Entity::Org(i) => format!("{} {}", lex.orgs[i].kind.as_str(), lex.orgs[i].name),
                    Entity::Country(i) => format!("country {}", lex.countries[i].name),
                };
                facts.push(format!(
                    "`{}` {what} ({})",
                    &text[h.start..h.end],
                    lex.entity_origin[h.term]
                ));
            }
            hits.clear();
            lex.descriptors.find(text, &folded, mf, &mut hits);
            for h in &hits {
                let what = match &lex.descriptor_of[h.term] {
                    Descriptor::Category(c) => format!("category {}", c.as_str()),
                    Descriptor::OutletNoun(t) => format!("outlet noun ({t})"),
                    other => format!("{other:?}").to_lowercase(),
                };
                facts.push(format!(
                    "`{}` {what} ({})",
                    &text[h.start..h.end],
                    lex.descriptor_origin[h.term]
                ));
            }
            let _ = writeln!(
                out,
                "    mention: {} -> {}",
                &text[m.start..m.end],
                if facts.is_empty() {
                    "no lexicon entry".to_string()
                } else {
                    facts.join("; ")
                }
            );
        }
        if lex.scoring.loaded {
            let mut parts: Vec<String> = d
                .hedges
                .iter()
                .map(|h| {
                    format!(
                        "{} +{} ({}:{})",
                        h.term,
                        crate::report::num(h.weight),
                        h.origin.file,
                        h.origin.line
                    )
                })
                .collect();
            parts.extend(d.boosters.iter().map(|h| {
                format!(
                    "{} -{} ({}:{})",
                    h.term,
                    crate::report::num(h.weight),
                    h.origin.file,
                    h.origin.line
                )
            }));
            if let Some(x) = &d.distancing {
                parts.push(format!(
                    "{x} +{} (distancing cue, settings.csv distancing_weight)",
                    lex.scoring.settings.distancing_weight
                ));
            }
            let _ = writeln!(
                out,
                "    hedge: {} = {} {} threshold {} -> {}",
                if parts.is_empty() {
                    "no cues".to_string()
                } else {
                    parts.join(", ")
                },
                crate::report::num(d.score),
                if d.hedged { ">=" } else { "<" },
                lex.scoring
                    .hedge_lexicon(profile)
                    .map_or(lex.scoring.settings.hedge_threshold, |l| l.threshold),
                if d.hedged { "hedged" } else { "not hedged" }
            );
            let _ = writeln!(
                out,
                "    stance: {} {}",
                if stance_lines.is_empty() {
                    "no evaluative words".to_string()
                } else {
                    stance_lines.join(", ")
                },
                normalised(sum, lex.scoring.settings.alpha)
            );
            target_lines(&mut out, lex, text, &folded, toks, tr, c.mention, &mut buf);
        }
    }
    out
}

/// Each target of the claim's tokens `tr`: the evaluative words bound to
/// it (by nearness, as their doer, or through a coordinated target), each
/// weighed by its distance, and the sum's score and polarity; for a target
/// named more than once, which mention decides it (`source`: the claim's
/// source mention).
#[allow(clippy::too_many_arguments)]
fn target_lines(
    out: &mut String,
    lex: &Lexicons,
    text: &str,
    folded: &Folded,
    toks: &[crate::text::Token],
    tr: (usize, usize),
    source: Option<crate::model::Span>,
    buf: &mut Vec<f64>,
) {
    use crate::report::num;
    use crate::score::{find_targets, target_shares, Bound};
    let s = &lex.scoring;
    // the claim's valence, a feature of the stance model
    let claim_valence = crate::score::valence_score(s, folded, toks, tr, buf);
    let mentions = find_targets(s, text, folded, toks, tr);
    let ranges: Vec<(usize, usize)> = mentions.iter().map(|m| m.toks).collect();
    let (shares, group) = target_shares(s, folded, toks, tr, &ranges, buf);
    let deciding = crate::score::deciding_mentions(&mentions, source);
    let w = s.settings.target_window;
    for (k, m) in mentions.iter().enumerate() {
        let mine: Vec<_> = shares
            .iter()
            .filter(|sh| group[sh.target] == group[k])
            .collect();
        let sum: f64 = mine.iter().map(|sh| sh.add).sum();
        let parts: Vec<String> = mine
            .iter()
            .map(|sh| {
                let t = &toks[sh.token];
                let how = match sh.bound {
                    Bound::Doer => "its doer",
                    Bound::Patient => "the one it is done to",
                    Bound::Nearest => "nearest",
                    Bound::Name => "part of the target's name, counts 0",
                };
                let via = if sh.target == k {
                    String::new()
                } else {
                    format!(
                        " via coordinated `{}`",
                        &text[mentions[sh.target].start..mentions[sh.target].end]
                    )
                };
                let away = match sh.distance {
                    0 => "inside the mention".to_string(),
                    1 => "1 token away".to_string(),
                    d => format!("{d} tokens away"),
                };
                let weighed = if sh.distance == 0 || sh.bound == Bound::Name {
                    String::new()
                } else {
                    format!(" /(1 + {}/{w}) = {}", sh.distance, num(sh.add))
                };
                // a phrase's valence sits on its first word: name the phrase
                let end = crate::score::valence_end(s, folded, toks, tr, sh.token);
                format!(
                    "{} {}{} ({how}{via}, {away}){weighed}",
                    &text[t.start as usize..end as usize],
                    if sh.value > 0.0 { "+" } else { "" },
                    num(sh.value),
                )
            })
            .collect();
        let ev = s.evidence(normalize(sum, s.settings.alpha), claim_valence);
        let _ = writeln!(
            out,
            "    target {} (`{}`): {} {} -> {}polarity {} (1 at >= {}, -1 at <= -{})",
            m.target,
            &text[m.start..m.end],
            if parts.is_empty() {
                "no evaluative words".to_string()
            } else {
                parts.join(", ")
            },
            normalised(sum, s.settings.alpha),
            if s.stance_model.is_some() {
                "rule "
            } else {
                ""
            },
            ev.polarity,
            s.settings.target_positive_band,
            s.settings.target_neutral_band
        );
        if let Some(model) = &s.stance_model {
            let (p, parts) = model.explain_at(ev, folded, toks, tr, m.toks);
            model_line(out, &p, parts);
        }
        if !deciding[k] {
            let by = (0..mentions.len())
                .find(|&d| deciding[d] && mentions[d].target == m.target)
                .map_or("", |d| &text[mentions[d].start..mentions[d].end]);
            let _ = writeln!(
                out,
                "      not the deciding mention: `{by}` speaks for {} in claim_targets.csv (one mention a target: the first outside the source mention, else the first)",
                m.target
            );
        }
    }
}

/// The stance model's decision for a target: its class probabilities, the
/// score and polarity they give, and the features that weighed most for the
/// chosen class, each with its line of stance_model.csv.
fn model_line(
    out: &mut String,
    p: &crate::learn::Prediction,
    mut parts: Vec<crate::learn::Contribution>,
) {
    use crate::report::num;
    let win = crate::learn::CLASSES
        .iter()
        .position(|c| *c == p.polarity)
        .unwrap_or(1);
    // how much a feature favours the chosen class over the other two
    let lean = |c: &crate::learn::Contribution| {
        c.add[win] - (c.add.iter().sum::<f64>() - c.add[win]) / 2.0
    };
    parts.sort_by(|a, b| {
        lean(b)
            .abs()
            .total_cmp(&lean(a).abs())
            .then(a.line.cmp(&b.line))
    });
    let shown: Vec<String> = parts
        .iter()
        .take(8)
        .map(|c| {
            format!(
                "{} (line {}) {}/{}/{}",
                c.feature,
                c.line,
                num(c.add[0]),
                num(c.add[1]),
                num(c.add[2])
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "      model (stance_model.csv): P(-1) {}, P(0) {}, P(1) {}; P(1) - P(-1) = {} -> polarity {}",
        num(p.p[0]),
        num(p.p[1]),
        num(p.p[2]),
        num(p.score),
        p.polarity
    );
    if !shown.is_empty() {
        let _ = writeln!(
            out,
            "        weighed most (-1/0/1): {}{}",
            shown.join(", "),
            if parts.len() > shown.len() {
                format!(", and {} more", parts.len() - shown.len())
            } else {
                String::new()
            }
        );
    }
}

/// "sum s -> s/sqrt(s^2 + alpha) = score": how a sum becomes a score.
fn normalised(sum: f64, alpha: f64) -> String {
    let s = crate::report::num(sum);
    format!(
        "sum {s} -> {s}/sqrt({s}^2 + {alpha}) = {}",
        crate::report::num(normalize(sum, alpha))
    )
}

fn trunc(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

/// The articles named by an explain argument: a file (.txt, .jsonl, .csv)
/// or, when no such file exists, the text itself.
pub fn articles_for(arg: &str) -> Vec<Article> {
    struct Collect(Vec<Article>);
    impl crate::ingest::Sink for Collect {
        fn article(&mut self, a: Article) {
            self.0.push(a);
        }
        fn skipped(&mut self, s: crate::ingest::Skipped) {
            eprintln!("slant: skipped {s}");
        }
    }
    if std::path::Path::new(arg).exists() {
        let mut c = Collect(Vec::new());
        let mut r = crate::ingest::Reader::new(&mut c);
        r.read_input(arg);
        c.0
    } else {
        // a mistyped file name would otherwise be explained as a sentence
        let lower = arg.to_ascii_lowercase();
        let looks_like_a_path = !arg.contains(char::is_whitespace)
            && (arg.contains('/')
                || [".txt", ".jsonl", ".ndjson", ".csv"]
                    .iter()
                    .any(|e| lower.ends_with(e)));
        if looks_like_a_path {
            eprintln!("slant: no file `{arg}`: explaining the argument itself as text");
        }
        vec![Article {
            id: "text".into(),
            text: arg.to_string(),
            ..Default::default()
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_lines_reproduce_every_claim_target_and_say_how_words_were_bound() {
        let lex = crate::test_lexicons();
        let texts = [
            "Russia helped Iran build drones, officials said.",
            "Iran and Syria praised the deal brokered by Qatar, the ministry said.",
            "The Syrian regime failed again, while Turkey welcomed the talks.",
            "China condemned the sanctions, but the United States defended them.",
        ];
        let mut bound = std::collections::BTreeSet::new();
        for t in texts {
            let an = crate::analyze(
                Article {
                    id: "t".into(),
                    text: t.into(),
                    ..Default::default()
                },
                lex,
            );
            let out = explain(&an, lex, false, None);
            for c in &an.claims {
                for ct in &c.targets {
                    let head = format!(
                        "    target {} (`{}`): ",
                        ct.target,
                        &t[ct.mention.start..ct.mention.end]
                    );
                    let mut lines = out.lines().skip_while(|l| !l.starts_with(&head));
                    let line = lines
                        .next()
                        .unwrap_or_else(|| panic!("no line {head:?} in\n{out}"));
                    // with a stance model, the line after the rule's decides
                    let (line, tail) = if lex.scoring.stance_model.is_some() {
                        let model = lines.next().unwrap_or_default();
                        assert!(model.starts_with("      model "), "{out}");
                        assert!(line.contains("-> rule polarity "), "{line}");
                        (
                            model,
                            format!(
                                " = {} -> polarity {}",
                                crate::report::num(ct.score),
                                ct.polarity
                            ),
                        )
                    } else {
                        (
                            line,
                            format!(
                                " = {} -> polarity {} ",
                                crate::report::num(ct.score),
                                ct.polarity
                            ),
                        )
                    };
                    assert!(line.contains(&tail), "{line:?} lacks {tail:?}");
                }
            }
            for how in [
                "its doer",
                "via coordinated",
                "nearest",
                "inside the mention",
            ] {
                if out.contains(how) {
                    bound.insert(how);
                }
            }
        }
        assert_eq!(bound.len(), 4, "each way of binding shown: {bound:?}");
    }
}
