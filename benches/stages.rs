//! Stage benchmarks on the bundled sample corpus, with a baseline in the same
//! run (a plain word count over the same text) so that machine noise cancels
//! in the ratio. Run: `cargo bench --bench stages`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use slant::lexicon::Lexicons;
use slant::model::Article;
use slant::text::Folded;

fn articles() -> Vec<Article> {
    struct Collect(Vec<Article>);
    impl slant::ingest::Sink for Collect {
        fn article(&mut self, a: Article) {
            self.0.push(a)
        }
        fn skipped(&mut self, _: slant::ingest::Skipped) {}
    }
    let mut c = Collect(Vec::new());
    let mut r = slant::ingest::Reader::new(&mut c);
    r.read_input(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus"));
    c.0
}

fn stages(c: &mut Criterion) {
    let lex = Lexicons::load(&slant::default_lexicon_dir()).expect("lexicons");
    let arts = articles();
    let bytes: usize = arts.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("baseline: word count", |b| {
        b.iter(|| {
            arts.iter()
                .map(|a| black_box(&a.text).split_whitespace().count())
                .sum::<usize>()
        })
    });
    g.bench_function("fold", |b| {
        let mut f = Folded::default();
        b.iter(|| {
            for a in &arts {
                f.refill(black_box(&a.text));
            }
        })
    });
    g.bench_function("clean + segment", |b| {
        let mut seg = slant::segment::Segmented::default();
        b.iter(|| {
            for a in &arts {
                let f = Folded::new(&a.text);
                let c = slant::clean::clean(&a.text, &f, &lex);
                slant::segment::segment_into(&a.text, &f, &c.paragraphs, &lex, &mut seg);
            }
        })
    });
    g.bench_function("analyze (all stages)", |b| {
        let mut an = slant::Analyzer::new(&lex);
        b.iter(|| {
            for a in &arts {
                black_box(an.analyze(a.clone()));
            }
        })
    });
    g.bench_function("score text", |b| {
        let mut sc = slant::score::Scorer::new(&lex);
        b.iter(|| {
            for a in &arts {
                black_box(sc.score(&a.text, Some((0, 4.min(a.text.len()))), None));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
