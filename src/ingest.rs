//! Ingest: `.txt`, `.jsonl`, `.csv`, folders (recursively, in name order) and
//! `-` for standard input. Articles are handed to a callback one at a time,
//! so a corpus is never held in memory. A record that cannot be read becomes
//! a [`Skipped`] with the file, line or record, and the reason; the run goes on.

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::model::Article;

/// An input record that was not analysed, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Skipped {
    pub file: String,
    /// `line N`, `record N`, or empty for a whole file.
    pub record: String,
    pub reason: String,
}

/// Counts kept while reading.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct IngestStats {
    pub files: usize,
    pub records: usize,
    pub articles: usize,
    pub skipped: usize,
    /// Records whose invalid UTF-8 was replaced by U+FFFD.
    pub lossy_utf8: usize,
    /// Articles whose id repeated an earlier one and got a `#N` suffix.
    pub renamed_duplicates: usize,
    /// Articles outside --since / --until (read, not analysed).
    #[serde(default)]
    pub filtered_by_date: usize,
    pub bytes: u64,
}

/// Where articles go.
impl IngestStats {
    /// Add another reader's counts (for aggregating shards).
    pub fn add(&mut self, o: &IngestStats) {
        self.files += o.files;
        self.records += o.records;
        self.articles += o.articles;
        self.skipped += o.skipped;
        self.lossy_utf8 += o.lossy_utf8;
        self.renamed_duplicates += o.renamed_duplicates;
        self.filtered_by_date += o.filtered_by_date;
        self.bytes += o.bytes;
    }
}

pub trait Sink {
    fn article(&mut self, a: Article);
    fn skipped(&mut self, s: Skipped);
}

const MAX_DEPTH: usize = 64;

/// Reads inputs, keeping the counts and the duplicate-id check.
pub struct Reader<'a, S: Sink> {
    sink: &'a mut S,
    pub stats: IngestStats,
    /// Ids seen so far, as 128-bit digests: 16 bytes an article however
    /// long its id, and no collision in any corpus this side of 2^64 ids.
    ids: HashSet<u128>,
}

fn id_digest(id: &str) -> u128 {
    use sha2::Digest;
    let d = sha2::Sha256::digest(id.as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    u128::from_le_bytes(b)
}

impl<'a, S: Sink> Reader<'a, S> {
    pub fn new(sink: &'a mut S) -> Self {
        Reader {
            sink,
            stats: IngestStats::default(),
            ids: HashSet::new(),
        }
    }

    /// Read one input argument: a file, a folder, or `-`.
    pub fn read_input(&mut self, input: &str) {
        if input == "-" {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin().lock().read_to_end(&mut buf) {
                self.skip("-", "", format!("cannot read standard input: {e}"));
                return;
            }
            self.stats.files += 1;
            let first = buf.iter().find(|b| !b.is_ascii_whitespace()).copied();
            if first == Some(b'{') {
                self.read_jsonl_stream("-", "stdin", &buf[..]);
            } else {
                self.read_txt_bytes("-", "stdin", &buf);
            }
            return;
        }
        let path = PathBuf::from(input);
        let mut visited = HashSet::new();
        self.read_path(&path, 0, &mut visited, true);
    }

    /// Read bytes already in memory as one input of the given format
    /// (`txt`, `jsonl` or `csv`); `name` is the file name reported.
    pub fn read_bytes(&mut self, format: &str, name: &str, bytes: &[u8]) {
        self.stats.files += 1;
        match format {
            "txt" => self.read_txt_bytes(name, name, bytes),
            "csv" => self.read_csv(name, name, bytes),
            _ => self.read_jsonl_stream(name, name, bytes),
        }
    }

    fn skip(&mut self, file: &str, record: &str, reason: String) {
        self.stats.skipped += 1;
        self.sink.skipped(Skipped {
            file: file.to_string(),
            record: record.to_string(),
            reason,
        });
    }

    fn read_path(
        &mut self,
        path: &Path,
        depth: usize,
        visited: &mut HashSet<PathBuf>,
        explicit: bool,
    ) {
        let shown = path.display().to_string();
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                self.skip(&shown, "", format!("cannot open: {e}"));
                return;
            }
        };
        if meta.is_dir() {
            if depth >= MAX_DEPTH {
                self.skip(
                    &shown,
                    "",
                    format!("folder nested deeper than {MAX_DEPTH} levels"),
                );
                return;
            }
            let canon = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            if !visited.insert(canon) {
                self.skip(&shown, "", "symlink loop: folder already visited".into());
                return;
            }
            let entries = match std::fs::read_dir(path) {
                Ok(e) => e,
                Err(e) => {
                    self.skip(&shown, "", format!("cannot list folder: {e}"));
                    return;
                }
            };
            let mut children: Vec<PathBuf> =
                entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            children.sort();
            for c in children {
                let hidden = c
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'));
                if !hidden {
                    self.read_path(&c, depth + 1, visited, false);
                }
            }
            return;
        }
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| shown.clone());
        match ext.as_str() {
            "txt" | "jsonl" | "ndjson" | "csv" => {}
            _ => {
                let why = if explicit {
                    format!("unsupported file type `.{ext}`: expected .txt, .jsonl or .csv")
                } else {
                    format!("not read: `.{ext}` is not .txt, .jsonl or .csv")
                };
                self.skip(&shown, "", why);
                return;
            }
        }
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) => {
                self.skip(&shown, "", format!("cannot open: {e}"));
                return;
            }
        };
        self.stats.files += 1;
        match ext.as_str() {
            "txt" => {
                let mut buf = Vec::new();
                if let Err(e) = BufReader::new(file).read_to_end(&mut buf) {
                    self.skip(&shown, "", format!("cannot read: {e}"));
                    return;
                }
                self.read_txt_bytes(&shown, &stem, &buf);
            }
            "csv" => self.read_csv(&shown, &stem, BufReader::new(file)),
            _ => self.read_jsonl_stream(&shown, &stem, BufReader::new(file)),
        }
    }

    fn decode(&mut self, bytes: Vec<u8>) -> String {
        match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                self.stats.lossy_utf8 += 1;
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            }
        }
    }

    fn emit(&mut self, mut a: Article, file: &str, record: &str) {
        if a.text.trim().is_empty() {
            self.skip(file, record, "empty text".into());
            return;
        }
        if a.text.as_bytes().contains(&0) {
            self.skip(file, record, "binary data (NUL bytes) in text".into());
            return;
        }
        if self.ids.contains(&id_digest(&a.id)) {
            let mut n = 2;
            while self.ids.contains(&id_digest(&format!("{}#{n}", a.id))) {
                n += 1;
            }
            a.id = format!("{}#{n}", a.id);
            self.stats.renamed_duplicates += 1;
        }
        self.ids.insert(id_digest(&a.id));
        self.stats.articles += 1;
        self.stats.bytes += a.text.len() as u64;
        a.origin = if record.is_empty() {
            file.to_string()
        } else {
            format!("{file}:{record}")
        };
        self.sink.article(a);
    }

    fn read_txt_bytes(&mut self, file: &str, stem: &str, buf: &[u8]) {
        self.stats.records += 1;
        if buf.iter().take(8192).any(|&b| b == 0) {
            self.skip(file, "", "binary file (NUL bytes)".into());
            return;
        }
        let text = self.decode(buf.to_vec());
        let a = parse_txt(&text, stem);
        self.emit(a, file, "");
    }

    fn read_jsonl_stream<R: BufRead>(&mut self, file: &str, stem: &str, mut r: R) {
        let mut line_no = 0usize;
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match r.read_until(b'\n', &mut buf) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    self.skip(
                        file,
                        &format!("line {}", line_no + 1),
                        format!("read error: {e}"),
                    );
                    break;
                }
            }
            line_no += 1;
            if buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            self.stats.records += 1;
            let rec = format!("line {line_no}");
            let line = self.decode(std::mem::take(&mut buf));
            let v: serde_json::Value =
                match serde_json::from_str(line.trim_start_matches('\u{FEFF}')) {
                    Ok(v) => v,
                    Err(e) => {
                        self.skip(file, &rec, format!("not JSON: {e}"));
                        continue;
                    }
                };
            let Some(obj) = v.as_object() else {
                self.skip(file, &rec, "not a JSON object".into());
                continue;
            };
            let field = |k: &str| -> String {
                match obj.get(k) {
                    Some(serde_json::Value::String(s)) => s.clone(),
                    Some(serde_json::Value::Null) | None => String::new(),
                    Some(other) => other.to_string(),
                }
            };
            let text = match obj.get("text") {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(_) => {
                    self.skip(file, &rec, "field `text` is not a string".into());
                    continue;
                }
                None => {
                    self.skip(file, &rec, "missing field `text`".into());
                    continue;
                }
            };
            let mut id = field("id");
            if id.is_empty() {
                id = format!("{stem}:{line_no}");
            }
            let a = Article {
                id,
                outlet: field("outlet"),
                date: field("date"),
                title: field("title"),
                url: field("url"),
                text,
                origin: String::new(),
            };
            self.emit(a, file, &rec);
        }
    }

    fn read_csv<R: Read>(&mut self, file: &str, stem: &str, r: R) {
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(r);
        let headers = match rdr.byte_headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                self.skip(file, "", format!("cannot read CSV header: {e}"));
                return;
            }
        };
        let col = |name: &str| {
            headers.iter().position(|h| {
                String::from_utf8_lossy(h)
                    .trim()
                    .trim_start_matches('\u{FEFF}')
                    .eq_ignore_ascii_case(name)
            })
        };
        let Some(text_col) = col("text") else {
            self.skip(file, "", "CSV has no `text` column".into());
            return;
        };
        let (id_c, out_c, date_c, title_c, url_c) = (
            col("id"),
            col("outlet"),
            col("date"),
            col("title"),
            col("url"),
        );
        let mut n = 0usize;
        let mut rec = csv::ByteRecord::new();
        loop {
            match rdr.read_byte_record(&mut rec) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    n += 1;
                    self.stats.records += 1;
                    let line = e.position().map(|p| p.line()).unwrap_or(0);
                    self.skip(file, &format!("line {line}"), format!("malformed CSV: {e}"));
                    // csv cannot resume after an I/O error; it can after a parse error
                    if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                        break;
                    }
                    continue;
                }
            }
            n += 1;
            self.stats.records += 1;
            let line = rec.position().map(|p| p.line()).unwrap_or(0);
            let recname = format!("line {line}");
            let mut get = |c: Option<usize>| -> String {
                match c.and_then(|c| rec.get(c)) {
                    Some(b) => match std::str::from_utf8(b) {
                        Ok(s) => s.to_string(),
                        Err(_) => {
                            self.stats.lossy_utf8 += 1;
                            String::from_utf8_lossy(b).into_owned()
                        }
                    },
                    None => String::new(),
                }
            };
            if rec.get(text_col).is_none() {
                self.skip(
                    file,
                    &recname,
                    format!("row has {} fields; no `text` field", rec.len()),
                );
                continue;
            }
            let text = get(Some(text_col));
            let mut id = get(id_c);
            if id.is_empty() {
                id = format!("{stem}:{n}");
            }
            let a = Article {
                id,
                outlet: get(out_c),
                date: get(date_c),
                title: get(title_c),
                url: get(url_c),
                text,
                origin: String::new(),
            };
            self.emit(a, file, &recname);
        }
    }
}

const HEADER_KEYS: [&str; 7] = [
    "outlet",
    "date",
    "url",
    "id",
    "publisher",
    "author",
    "source",
];

/// Parse a `.txt` article: headline on the first line; optional `key: value`
/// header lines ending at a blank line; the rest is the body.
pub fn parse_txt(text: &str, stem: &str) -> Article {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut a = Article {
        id: stem.to_string(),
        ..Default::default()
    };
    let (title, mut rest) = match text.find('\n') {
        Some(i) => (&text[..i], &text[i + 1..]),
        None => (text, ""),
    };
    a.title = title.trim().to_string();
    // header block
    let mut probe = rest;
    let mut header = Vec::new();
    loop {
        let (line, after) = match probe.find('\n') {
            Some(i) => (&probe[..i], &probe[i + 1..]),
            None => (probe, ""),
        };
        let l = line.trim_end_matches('\r');
        if l.trim().is_empty() {
            // the blank line after the header (or right after the headline) is not body
            rest = after;
            break;
        }
        match l.split_once(':') {
            Some((k, v)) if HEADER_KEYS.contains(&k.trim().to_ascii_lowercase().as_str()) => {
                header.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
                probe = after;
                if after.is_empty() {
                    rest = after;
                    break;
                }
            }
            _ => {
                header.clear();
                break;
            }
        }
    }
    for (k, v) in header {
        match k.as_str() {
            "outlet" | "publisher" | "source" => a.outlet = v,
            "date" => a.date = v,
            "url" => a.url = v,
            "id" => a.id = v,
            _ => {}
        }
    }
    a.text = rest.to_string();
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Collect {
        a: Vec<Article>,
        s: Vec<Skipped>,
    }
    impl Sink for Collect {
        fn article(&mut self, a: Article) {
            self.a.push(a)
        }
        fn skipped(&mut self, s: Skipped) {
            self.s.push(s)
        }
    }

    #[test]
    fn txt_with_and_without_header() {
        let a = parse_txt(
            "Headline\noutlet: Example Daily\ndate: 2024-01-02\n\nBody one.\nBody two.",
            "x",
        );
        assert_eq!(a.title, "Headline");
        assert_eq!(a.outlet, "Example Daily");
        assert_eq!(a.date, "2024-01-02");
        assert_eq!(a.text, "Body one.\nBody two.");
        let b = parse_txt("Headline\nBody: not a header key.\nMore.", "y");
        assert_eq!(b.id, "y");
        assert_eq!(b.text, "Body: not a header key.\nMore.");
        let c = parse_txt("Headline\n\nBody after a blank line.", "z");
        assert_eq!(c.text, "Body after a blank line.");
    }

    #[test]
    fn jsonl_bad_lines_are_skipped_with_reasons() {
        let mut c = Collect::default();
        let mut r = Reader::new(&mut c);
        let data = b"{\"id\":\"a\",\"text\":\"One.\"}\nnot json\n{\"id\":\"b\"}\n[1]\n{\"text\":\"Two.\",\"outlet\":5}\n{\"id\":\"a\",\"text\":\"dup\"}\n";
        r.read_jsonl_stream("f.jsonl", "f", &data[..]);
        let stats = r.stats.clone();
        assert_eq!(c.a.len(), 3);
        assert_eq!(c.a[1].id, "f:5");
        assert_eq!(c.a[1].outlet, "5");
        assert_eq!(c.a[2].id, "a#2");
        assert_eq!(c.s.len(), 3);
        assert!(c.s[0].reason.starts_with("not JSON"));
        assert_eq!(c.s[1].record, "line 3");
        assert_eq!(c.s[1].reason, "missing field `text`");
        assert_eq!(stats.records, 6);
        assert_eq!(stats.articles + stats.skipped, stats.records);
    }

    #[test]
    fn csv_needs_text_column_and_survives_ragged_rows() {
        let mut c = Collect::default();
        let mut r = Reader::new(&mut c);
        r.read_csv(
            "f.csv",
            "f",
            &b"id,outlet,text\n1,X,Hello there.\n2,Y\n3,Z,Third.,extra\n"[..],
        );
        assert_eq!(c.a.len(), 2);
        assert_eq!(c.s.len(), 1);
        assert_eq!(c.s[0].record, "line 3");
        let mut c2 = Collect::default();
        let mut r2 = Reader::new(&mut c2);
        r2.read_csv("g.csv", "g", &b"id,body\n1,x\n"[..]);
        assert_eq!(c2.s[0].reason, "CSV has no `text` column");
    }
}
