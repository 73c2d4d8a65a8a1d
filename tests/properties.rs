//! Properties over arbitrary text: offsets lie on UTF-8 boundaries inside
//! the text, claims cover every sentence exactly once and in order, and the
//! analysis is a pure function of its input.

use proptest::prelude::*;
use slant::lexicon::Lexicons;
use slant::model::Article;

fn lex() -> &'static Lexicons {
    static L: std::sync::OnceLock<Lexicons> = std::sync::OnceLock::new();
    L.get_or_init(|| Lexicons::load(&slant::default_lexicon_dir()).expect("lexicons"))
}

/// Text built from news-like pieces, quotes, punctuation and odd characters.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Iran said".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("according to TASS".to_string()),
        Just("the minister told reporters".to_string()),
        Just("He added that".to_string()),
        Just("U.S.".to_string()),
        Just("Mr.".to_string()),
        Just("\u{200B}".to_string()),
        Just("Путин".to_string()),
        Just("قال".to_string()),
        Just("may".to_string()),
        Just("May".to_string()),
        Just("it is unclear whether".to_string()),
        Just("appears".to_string()),
        Just("no doubt".to_string()),
        Just("clearly".to_string()),
        Just("would likely".to_string()),
        Just("critics claimed".to_string()),
        Just("Alleged".to_string()),
        Just("reclaimed".to_string()),
        Just("charges".to_string()),
        "[a-zA-Z ]{1,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.join(" "))
}

fn check(text: &str) {
    let a = slant::analyze(
        Article {
            id: "p".into(),
            text: text.to_string(),
            ..Default::default()
        },
        lex(),
    );
    let mut last_end = 0usize;
    let mut last_sentence: Option<usize> = None;
    for c in &a.claims {
        for s in [Some(c.span), c.mention, c.cue_span, c.content]
            .into_iter()
            .flatten()
        {
            assert!(
                s.start <= s.end && s.end <= text.len(),
                "span {s:?} outside {} bytes",
                text.len()
            );
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "span {s:?} splits a character"
            );
        }
        // claims are in order and do not overlap
        assert!(
            c.span.start >= last_end,
            "claims overlap at {}",
            c.span.start
        );
        last_end = c.span.end;
        if let Some(ls) = last_sentence {
            assert!(c.sentence_index >= ls);
        }
        last_sentence = Some(c.sentence_index);
    }
    // every sentence is covered by its claims exactly: their spans tile it
    for (i, s) in a.sentences.iter().enumerate() {
        let parts: Vec<_> = a.claims.iter().filter(|c| c.sentence_index == i).collect();
        assert!(!parts.is_empty(), "sentence {i} has no claim");
        assert_eq!(parts.first().unwrap().span.start, s.span.start);
        assert_eq!(parts.last().unwrap().span.end, s.span.end);
    }
    // a pure function: the same input gives the same claims
    let b = slant::analyze(
        Article {
            id: "p".into(),
            text: text.to_string(),
            ..Default::default()
        },
        lex(),
    );
    assert_eq!(a.claims, b.claims);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn offsets_and_coverage_on_newsy_text(text in newsy()) {
        check(&text);
    }

    #[test]
    fn offsets_and_coverage_on_any_string(text in any::<String>()) {
        check(&text);
    }

    /// One union scan of the article gives every matcher exactly the hits
    /// of scanning the range with that matcher alone.
    #[test]
    fn union_scan_hits_equal_direct_scans(text in newsy(), cut in 0usize..400, len in 0usize..400) {
        let l = lex();
        let direct = slant::text::Folded::new(&text);
        let mut scanned = slant::text::Folded::new(&text);
        l.scan(&mut scanned);
        prop_assert!(scanned.scan_hits().is_some());
        let n = direct.text.len();
        let mut a = cut.min(n);
        while !direct.text.is_char_boundary(a) { a -= 1; }
        let mut b = (a + len).min(n);
        while !direct.text.is_char_boundary(b) { b -= 1; }
        let matchers = [
            &l.entities, &l.descriptors, &l.junk, &l.scoring.targets, &l.scoring.topics,
        ];
        let extra = [l.scoring.hedges.terms.matcher.as_ref(), l.scoring.boosters.matcher.as_ref()];
        for m in matchers.into_iter().chain(extra.into_iter().flatten()) {
            for r in [0..n, a..b] {
                let (mut x, mut y) = (Vec::new(), Vec::new());
                m.find(&text, &direct, r.clone(), &mut x);
                m.find(&text, &scanned, r.clone(), &mut y);
                prop_assert_eq!(&x, &y, "range {:?}", r);
            }
        }
    }

    /// One scan of the hedges, boosters and distancing cue words together
    /// gives the hedges and boosters exactly the hits of scanning with each
    /// alone, and says a distancing word is there exactly when a scan for
    /// those words finds one.
    #[test]
    fn joint_hedge_and_booster_scan_equals_separate_scans(text in newsy(), cut in 0usize..400) {
        let lex = lex();
        let s = &lex.scoring;
        let (h, b) = (
            s.hedges.terms.matcher.as_ref().expect("hedges"),
            s.boosters.matcher.as_ref().expect("boosters"),
        );
        let joint = s.hedges_and_boosters.as_ref().expect("joint matcher");
        prop_assert_eq!(joint.boosters, h.len());
        prop_assert_eq!(joint.distancing, h.len() + b.len());
        let words = lex.distancing_cue_words();
        prop_assert!(!words.is_empty());
        let d = slant::lexicon::PhraseMatcher::new(&words);
        let f = slant::text::Folded::new(&text);
        let mut toks = Vec::new();
        let abbrev = |w: &str, _: &str| w == "mr" || w == "u.s";
        slant::text::tokenize(&text, &f, 0..text.len(), &abbrev, &mut toks);
        let p = slant::text::Passage { text: &text, folded: &f, toks: &toks, sentence_starts: &[] };
        let mut a = cut.min(f.text.len());
        while !f.text.is_char_boundary(a) { a -= 1; }
        for r in [0..f.text.len(), a..f.text.len()] {
            let (mut x, mut y, mut z, mut lo, mut hi) =
                (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
            h.find(&text, &f, r.clone(), &mut x);
            b.find(&text, &f, r.clone(), &mut y);
            d.find(&text, &f, r.clone(), &mut z);
            let seen = joint.matcher.find_split(
                &p, r.clone(), (joint.boosters, joint.distancing), &mut lo, &mut hi,
            );
            prop_assert_eq!(&x, &lo);
            prop_assert_eq!(&y, &hi);
            prop_assert_eq!(seen, !z.is_empty(), "{:?}", &f.text[r.clone()]);
        }
    }

    /// Reading the word boundaries off the tokens finds what walking the
    /// text's bytes finds: the shipped hedge scan, and terms that start
    /// inside tokens ("'s", "t" of "don't", the "s" of "u.s."), with
    /// punctuation, digits, non-ASCII letters or a wildcard, or with white
    /// space (which makes the matcher walk the bytes).
    #[test]
    fn boundaries_read_off_tokens_find_what_the_byte_walk_finds(
        text in prop_oneof![
            newsy(),
            any::<String>(),
            "[a-z'.,&é -]{0,40}",
            prop::collection::vec(
                prop::sample::select(vec![
                    "Iran's", "ministers'", "don't", "U.S.", "u.s.", "well-known", "1,000",
                    "3.5", "a&b", "''", "``", "é", "Mr.", "s", "t", ".", ",", " ", "\n", "'",
                ]),
                0..12,
            )
            .prop_map(|v| v.concat()),
        ],
        cut in 0usize..400,
    ) {
        let lex = lex();
        let joint = lex.scoring.hedges_and_boosters.as_ref().expect("joint matcher");
        let odd = slant::lexicon::PhraseMatcher::new(&[
            "'s", "s", "t", ".", "u.s.", "s.", "-known", "known", "é", "é*", "1,000", "000",
            "'", "''", ",", "may", "n't", "&", "a&b", "ré*",
        ]);
        let blank = slant::lexicon::PhraseMatcher::new(&["\u{7}x", "s"]);
        let f = slant::text::Folded::new(&text);
        let mut toks = Vec::new();
        let abbrev = |w: &str, _: &str| w == "mr" || w == "u.s";
        slant::text::tokenize(&text, &f, 0..text.len(), &abbrev, &mut toks);
        let mut a = cut.min(f.text.len());
        while !f.text.is_char_boundary(a) { a -= 1; }
        for r in [0..f.text.len(), a..f.text.len(), 0..a] {
            for m in [&joint.matcher, &odd, &blank] {
                let (mut bytes, mut words) = (Vec::new(), Vec::new());
                m.candidates(&text, &f, r.clone(), &mut bytes);
                m.candidates_in(&text, &f, Some(&toks), r.clone(), &mut words);
                prop_assert_eq!(&bytes, &words, "{:?} in {:?}", &f.text, r);
            }
        }
    }

    #[test]
    fn folding_maps_back_inside_the_text(text in any::<String>()) {
        let f = slant::text::Folded::new(&text);
        for i in 0..=f.text.len() {
            let o = f.orig(i);
            prop_assert!(o <= text.len() && text.is_char_boundary(o));
        }
    }
}

/// A CSV cell: text with the bytes that need quoting, formula starts and
/// non-ASCII characters, often empty.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-z ,\"\r\n=+@\t'-]{0,12}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    /// The report's own CSV encoder writes what the csv crate writes for
    /// the same cells (text cells neutralised as `safe_cell` does).
    #[test]
    fn rows_encode_as_the_csv_crate_writes_them(
        row in proptest::collection::vec(cell(), 0..6),
        text in proptest::collection::vec(0usize..6, 0..4),
    ) {
        let mut got = Vec::new();
        slant::report::encode_row(&mut got, &row, &text);
        let mut w = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
        w.write_record(row.iter().enumerate().map(|(i, c)| {
            if text.contains(&i) {
                slant::report::safe_cell(c).into_owned()
            } else {
                c.clone()
            }
        }))
        .unwrap();
        let want = w.into_inner().unwrap();
        prop_assert_eq!(String::from_utf8_lossy(&got), String::from_utf8_lossy(&want));
    }
}
