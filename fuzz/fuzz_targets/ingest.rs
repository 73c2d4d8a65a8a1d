//! Ingest over arbitrary bytes, as .txt, .jsonl and .csv: every record is an
//! article or a skipped record with a reason; nothing panics.
#![no_main]
use libfuzzer_sys::fuzz_target;
use slant::ingest::{Reader, Sink, Skipped};
use slant::model::Article;

#[derive(Default)]
struct Count(usize, usize);
impl Sink for Count {
    fn article(&mut self, a: Article) {
        assert!(!a.text.trim().is_empty());
        self.0 += 1;
    }
    fn skipped(&mut self, s: Skipped) {
        assert!(!s.reason.is_empty());
        self.1 += 1;
    }
}

fuzz_target!(|data: &[u8]| {
    for format in ["txt", "jsonl", "csv"] {
        let mut c = Count::default();
        let mut r = Reader::new(&mut c);
        r.read_bytes(format, "fuzz", data);
        let stats = r.stats.clone();
        assert_eq!(stats.articles, c.0);
        assert_eq!(stats.skipped, c.1);
    }
});
