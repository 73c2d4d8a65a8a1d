//! Cleaning, segmentation, attribution, labelling and scoring over arbitrary
//! text: no panic, offsets on character boundaries inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use slant::lexicon::Lexicons;
use slant::model::Article;

fn lex() -> &'static Lexicons {
    static L: std::sync::OnceLock<Lexicons> = std::sync::OnceLock::new();
    L.get_or_init(|| Lexicons::load(&slant::default_lexicon_dir()).expect("lexicons"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let a = slant::analyze(Article { id: "f".into(), text: text.clone(), ..Default::default() }, lex());
    for c in &a.claims {
        for s in [Some(c.span), c.mention, c.cue_span, c.content].into_iter().flatten() {
            assert!(s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
    let mut sc = slant::score::Scorer::new(lex());
    let _ = sc.score(&text, Some((0, text.len().min(3))).filter(|(a, b)| text.is_char_boundary(*a) && text.is_char_boundary(*b) && a < b), None);
});
