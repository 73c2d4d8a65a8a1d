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

/// `file record: reason`, as the commands say it on stderr.
impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        if self.record.is_empty() {
            // a whole file: no record to name
            write!(f, "{}: {}", self.file, self.reason)
        } else {
            write!(f, "{} {}: {}", self.file, self.record, self.reason)
        }
    }
}

/// An article's `origin`: its file, and its record (`line N`, `record N`)
/// after a colon when it has one; [`origin_parts`] reads it back.
fn origin_of(file: &str, record: &str) -> String {
    if record.is_empty() {
        file.to_string()
    } else {
        format!("{file}:{record}")
    }
}

/// The file and record (empty for a whole file) of an article's `origin`
/// ([`origin_of`]), as a [`Skipped`] row names them.
pub fn origin_parts(origin: &str) -> (&str, &str) {
    match origin.rsplit_once(':') {
        Some((f, r)) if r.starts_with("line ") || r.starts_with("record ") => (f, r),
        _ => (origin, ""),
    }
}

/// UTF-16 text read as UTF-8, its byte-order mark already consumed; an
/// unpaired surrogate or a lone last byte becomes U+FFFD and sets `lossy`.
struct Utf16<R> {
    inner: R,
    little: bool,
    /// A byte of a code unit whose other byte is in the next read.
    odd: Option<u8>,
    /// A high surrogate waiting for its low one.
    high: Option<u16>,
    /// Decoded bytes not yet handed out, from `at`.
    out: Vec<u8>,
    at: usize,
    /// Something was replaced by U+FFFD.
    lossy: bool,
}

/// The byte order a UTF-16 byte-order mark at the start of `head` names
/// (true: little-endian), if it starts with one.
fn utf16_bom(head: &[u8]) -> Option<bool> {
    match head {
        [0xFF, 0xFE, ..] => Some(true),
        [0xFE, 0xFF, ..] => Some(false),
        _ => None,
    }
}

impl<R: Read> Utf16<R> {
    fn new(inner: R, little: bool) -> Utf16<R> {
        Utf16 {
            inner,
            little,
            odd: None,
            high: None,
            out: Vec::new(),
            at: 0,
            lossy: false,
        }
    }

    fn push(&mut self, c: char) {
        let mut b = [0u8; 4];
        self.out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
    }

    fn unit(&mut self, u: u16) {
        if let Some(h) = self.high.take() {
            if (0xDC00..0xE000).contains(&u) {
                let c = 0x10000 + ((u32::from(h) - 0xD800) << 10) + (u32::from(u) - 0xDC00);
                self.push(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
                return;
            }
            self.replace();
        }
        match u {
            0xD800..=0xDBFF => self.high = Some(u),
            0xDC00..=0xDFFF => self.replace(),
            _ => self.push(char::from_u32(u32::from(u)).unwrap_or(char::REPLACEMENT_CHARACTER)),
        }
    }

    fn replace(&mut self) {
        self.lossy = true;
        self.push(char::REPLACEMENT_CHARACTER);
    }

    /// Decode the next piece of the input into `out`; false at its end.
    fn fill(&mut self) -> std::io::Result<bool> {
        let mut raw = [0u8; 8192];
        let n = loop {
            match self.inner.read(&mut raw) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        };
        self.out.clear();
        self.at = 0;
        if n == 0 {
            // an unpaired high surrogate, then a lone byte, at the end
            if self.high.take().is_some() {
                self.replace();
            }
            if self.odd.take().is_some() {
                self.replace();
            }
            return Ok(!self.out.is_empty());
        }
        let mut bytes = &raw[..n];
        if let Some(first) = self.odd.take() {
            let pair = [first, bytes[0]];
            self.unit(self.code_unit(pair));
            bytes = &bytes[1..];
        }
        let mut pairs = bytes.chunks_exact(2);
        for p in &mut pairs {
            self.unit(self.code_unit([p[0], p[1]]));
        }
        self.odd = pairs.remainder().first().copied();
        Ok(true)
    }

    fn code_unit(&self, b: [u8; 2]) -> u16 {
        if self.little {
            u16::from_le_bytes(b)
        } else {
            u16::from_be_bytes(b)
        }
    }
}

impl<R: Read> Read for Utf16<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.at >= self.out.len() {
            if !self.fill()? {
                return Ok(0);
            }
        }
        let n = buf.len().min(self.out.len() - self.at);
        buf[..n].copy_from_slice(&self.out[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// The delimiter of a CSV file from its header line: the first of comma,
/// semicolon (Excel's CSV where the decimal mark is a comma) and tab that
/// gives it a `text` column; a comma when none does.
fn csv_delimiter(header: &[u8]) -> u8 {
    let is_text = |cell: &[u8]| {
        let cell = String::from_utf8_lossy(cell);
        cell.trim()
            .trim_start_matches('\u{FEFF}')
            .trim_matches('"')
            .trim()
            .eq_ignore_ascii_case("text")
    };
    [b',', b';', b'\t']
        .into_iter()
        .find(|&d| header.split(|&c| c == d).any(is_text))
        .unwrap_or(b',')
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
    /// Articles kept under --since / --until because their date is empty or
    /// starts with no YYYY-MM-DD date, so cannot be placed.
    #[serde(default)]
    pub undated_kept: usize,
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
        self.undated_kept += o.undated_kept;
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
            // streamed, as a file is: a mapper's input split or a corpus
            // piped in is never held whole
            let mut r = buffered_stdin();
            let little = match r.fill_buf() {
                Ok(b) => utf16_bom(b),
                Err(e) => {
                    self.skip("-", "", format!("cannot read standard input: {e}"));
                    return;
                }
            };
            self.stats.files += 1;
            self.read_unicode(r, little, |me, r| me.read_stdin(r));
            return;
        }
        let path = PathBuf::from(input);
        let mut visited = HashSet::new();
        self.read_path(&path, 0, &mut visited, true);
    }

    /// Read standard input: JSON lines when its first byte that is not white
    /// space is `{`, else one text article.
    fn read_stdin<R: BufRead>(&mut self, mut r: R) {
        // the white space read past to find that byte, given back in front
        let mut lead = Vec::new();
        let first = loop {
            let b = match r.fill_buf() {
                Ok(b) => b,
                Err(e) => {
                    self.skip("-", "", format!("cannot read standard input: {e}"));
                    return;
                }
            };
            if b.is_empty() {
                break None;
            }
            if let Some(&c) = b.iter().find(|c| !c.is_ascii_whitespace()) {
                break Some(c);
            }
            lead.extend_from_slice(b);
            let n = b.len();
            r.consume(n);
        };
        let r = (&lead[..]).chain(r);
        if first == Some(b'{') {
            self.read_jsonl_stream("-", "stdin", r);
        } else {
            self.read_format("txt", "-", "stdin", r);
        }
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
        let mut file = buffered(file);
        let little = file.fill_buf().ok().and_then(utf16_bom);
        self.read_unicode(file, little, |me, r| me.read_format(&ext, &shown, &stem, r));
    }

    /// Read `r` with `read` as UTF-8 text: through the UTF-16 decoder when
    /// `little` says it starts with a UTF-16 byte-order mark (Excel's
    /// "Unicode Text", some database exports), whose unpaired surrogates
    /// count as one record decoded lossily.
    fn read_unicode<R: BufRead>(
        &mut self,
        mut r: R,
        little: Option<bool>,
        read: impl FnOnce(&mut Self, &mut dyn BufRead),
    ) {
        match little {
            Some(little) => {
                r.consume(2);
                let mut text = BufReader::with_capacity(READ_BUFFER, Utf16::new(r, little));
                read(self, &mut text);
                self.stats.lossy_utf8 += usize::from(text.get_ref().lossy);
            }
            None => read(self, &mut r),
        }
    }

    /// Read a file's text in the format its extension names.
    fn read_format<R: BufRead>(&mut self, ext: &str, shown: &str, stem: &str, mut r: R) {
        match ext {
            "txt" => {
                let mut buf = Vec::new();
                if let Err(e) = r.by_ref().take(MAX_RECORD as u64 + 1).read_to_end(&mut buf) {
                    self.skip(shown, "", format!("cannot read: {e}"));
                    return;
                }
                if buf.len() > MAX_RECORD {
                    // counted to its end, without keeping it
                    let why = match std::io::copy(&mut r, &mut std::io::sink()) {
                        Ok(rest) => too_long(buf.len() + rest as usize),
                        Err(e) => format!(
                            "more than {} bytes, longer than the {} MiB a record may have \
                             (the rest could not be read: {e}): not read",
                            buf.len(),
                            MAX_RECORD >> 20
                        ),
                    };
                    self.stats.records += 1;
                    self.skip(shown, "", format!("{why} (one article a text file)"));
                    return;
                }
                self.read_txt_bytes(shown, stem, &buf);
            }
            "csv" => self.read_csv(shown, stem, r),
            _ => self.read_jsonl_stream(shown, stem, r),
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
        a.origin = origin_of(file, record);
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
        if a.text.trim().is_empty() && !a.title.is_empty() {
            // a one-line file: say why its line is not read as the body
            self.skip(
                file,
                "",
                "empty text: only a headline (a .txt article's first line is its headline, the body follows it)".into(),
            );
            return;
        }
        self.emit(a, file, "");
    }

    fn read_jsonl_stream<R: BufRead>(&mut self, file: &str, stem: &str, mut r: R) {
        let mut line_no = 0usize;
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match read_line_into(&mut r, &mut buf, MAX_RECORD) {
                Ok(0) => break,
                Ok(n) if n > buf.len() => {
                    // the buffer grew to the cap before the line proved too long
                    buf = Vec::new();
                    line_no += 1;
                    self.stats.records += 1;
                    let why = format!("{} (one JSON object a line is expected)", too_long(n));
                    self.skip(file, &format!("line {line_no}"), why);
                    continue;
                }
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
            let line = line.trim_start_matches('\u{FEFF}');
            let mut fields = match JsonRecord::parse(line) {
                Ok(f) => f,
                Err(why) => {
                    self.skip(file, &rec, why);
                    continue;
                }
            };
            let Some(Some(text)) = fields.text.take() else {
                self.skip(file, &rec, "missing field `text`".into());
                continue;
            };
            let field = |name| fields.metadata(name);
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

    fn read_csv<R: BufRead>(&mut self, file: &str, stem: &str, mut r: R) {
        // the header (as far as the first read holds it) says the delimiter
        let delimiter = match r.fill_buf() {
            Ok(b) => csv_delimiter(b.split(|&c| c == b'\n').next().unwrap_or(b)),
            Err(_) => b',',
        };
        // the csv crate holds a record whole until it ends: a reader that
        // fails past the cap keeps an unclosed `"` from taking in the file
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .delimiter(delimiter)
            .from_reader(Capped {
                inner: r,
                read: 0,
                limit: CSV_CAP,
            });
        let headers = match rdr.byte_headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                let why = match capped(&e) {
                    true => too_long_csv(&mut rdr, 0),
                    false => format!("cannot read CSV header: {e}"),
                };
                self.skip(file, "", why);
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
            let at = rdr.position().clone();
            rdr.get_mut().limit = at.byte() + CSV_CAP;
            match rdr.read_byte_record(&mut rec) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) if capped(&e) => {
                    self.stats.records += 1;
                    let why = too_long_csv(&mut rdr, at.byte());
                    self.skip(file, &format!("line {}", at.line()), why);
                    break;
                }
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
            if rec.as_slice().len() > MAX_RECORD {
                // (the cap on reading leaves a little over MAX_RECORD through)
                let why = too_long(rec.as_slice().len());
                self.skip(file, &recname, format!("{why} (an unclosed `\"`?)"));
                rec = csv::ByteRecord::new();
                continue;
            }
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

/// The largest read buffer for an input: 256 KB, so that a large file or a
/// pipe is read in a few dozen system calls rather than thousands of 8 KB
/// ones (the standard library's default). Reading the 5.9 MB of the
/// benchmark sentences took 8% of `slant score`'s time in 8 KB reads.
pub const READ_BUFFER: usize = 256 * 1024;

/// `file` behind a read buffer sized to it: its length up to
/// [`READ_BUFFER`] (at least 8 KB), so that many small files do not each
/// take a large buffer.
pub fn buffered(file: File) -> BufReader<File> {
    let len = file.metadata().map_or(READ_BUFFER as u64, |m| m.len());
    let cap = usize::try_from(len.saturating_add(1))
        .map_or(READ_BUFFER, |n| n.clamp(8 * 1024, READ_BUFFER));
    BufReader::with_capacity(cap, file)
}

/// Standard input behind a [`READ_BUFFER`].
pub fn buffered_stdin() -> BufReader<std::io::StdinLock<'static>> {
    BufReader::with_capacity(READ_BUFFER, std::io::stdin().lock())
}

/// The longest record slant reads: a JSON line, a text file, a line of
/// `slant score` input (64 MiB). Past it a record is skipped with its
/// length rather than held: a file without line ends (a JSON array saved as
/// `.jsonl`, a corrupt dump) would otherwise be read whole into memory.
pub const MAX_RECORD: usize = 64 << 20;

/// Append the next line of `r`, with its `\n` if it has one, to `out`; the
/// bytes read, 0 at the end. What `BufRead::read_until(b'\n', out)` does,
/// with the memchr crate's vector search for the line end (the standard
/// library's is a plain one), except that a line longer than `cap` bytes is
/// read to its end but not kept: `out` is left as it was, and the caller
/// tells by the count being larger than what `out` gained.
pub(crate) fn read_line_into<R: BufRead>(
    r: &mut R,
    out: &mut Vec<u8>,
    cap: usize,
) -> std::io::Result<usize> {
    let mut read = 0;
    let kept = out.len();
    loop {
        let (done, used) = {
            let buf = match r.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            let (done, used) = match memchr::memchr(b'\n', buf) {
                Some(i) => (true, i + 1),
                None => (buf.is_empty(), buf.len()),
            };
            if read + used <= cap {
                out.extend_from_slice(&buf[..used]);
            } else if out.len() > kept {
                out.truncate(kept);
            }
            (done, used)
        };
        r.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

/// The lines of a reader as `BufRead::lines` gives them (without `\n` or
/// `\r\n`; an `InvalidData` error for a line that is not UTF-8), except that
/// a line longer than the cap is read through without being held and given
/// as a `FileTooLarge` error with its length, after which the next line
/// follows: a file without line ends cannot fill memory.
pub struct CappedLines<R> {
    r: R,
    cap: usize,
}

/// [`CappedLines`] of `r`, holding no line past `cap` bytes.
pub fn capped_lines<R: BufRead>(r: R, cap: usize) -> CappedLines<R> {
    CappedLines { r, cap }
}

/// The [`CappedLines`] of a data file (an eval or training set), behind
/// its [`buffered`] reader, holding no line past [`MAX_RECORD`].
pub fn file_lines(file: File) -> CappedLines<BufReader<File>> {
    capped_lines(buffered(file), MAX_RECORD)
}

impl<R: BufRead> Iterator for CappedLines<R> {
    type Item = std::io::Result<String>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut buf = Vec::new();
        let n = match read_line_into(&mut self.r, &mut buf, self.cap) {
            Ok(0) => return None,
            Ok(n) => n,
            Err(e) => return Some(Err(e)),
        };
        if n > buf.len() {
            let why = too_long_as(n, self.cap, "line");
            return Some(Err(std::io::Error::new(
                std::io::ErrorKind::FileTooLarge,
                why,
            )));
        }
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        }
        Some(String::from_utf8(buf).map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "stream did not contain valid UTF-8",
            )
        }))
    }
}

/// The fields of a JSON line that make an [`Article`], read without
/// building the rest: other members are validated and skipped, the metadata
/// kept as raw JSON, and a `text` that is no string refused at its first
/// byte. A line of one huge value (a JSON array saved as a line, a member of
/// megabytes of nested data) costs its own size, not a tree of it. A
/// repeated key keeps its last value, as a map would (but a `text` that is
/// no string refuses the line where it stands, even if a string follows).
struct JsonRecord<'a> {
    /// `Some(None)` for a null text
    text: Option<Option<String>>,
    /// id, outlet, date, title, url: [`JSON_FIELDS`] after `text`
    metadata: [Option<&'a serde_json::value::RawValue>; 5],
}

/// The content of a validated JSON string without escapes (its text as
/// written between the quotes), or `None` for a string with a backslash or
/// a value that is no string.
fn unescaped(raw: &str) -> Option<&str> {
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    (memchr::memchr(b'\\', inner.as_bytes()).is_none()).then_some(inner)
}

/// The fields [`JsonRecord`] keeps: `text`, then the metadata.
const JSON_FIELDS: [&str; 6] = ["text", "id", "outlet", "date", "title", "url"];

impl<'de> serde::Deserialize<'de> for JsonRecord<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = JsonRecord<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut m: M,
            ) -> Result<JsonRecord<'de>, M::Error> {
                let mut r = JsonRecord {
                    text: None,
                    metadata: [None; 5],
                };
                while let Some(key) = m.next_key::<std::borrow::Cow<'de, str>>()? {
                    match JSON_FIELDS.iter().position(|n| *n == key) {
                        Some(0) => r.text = Some(m.next_value()?),
                        Some(k) => r.metadata[k - 1] = Some(m.next_value()?),
                        None => {
                            m.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(r)
            }
        }
        d.deserialize_map(V)
    }
}

impl<'a> JsonRecord<'a> {
    /// The record of a line (a BOM already cut), or why it is skipped: not
    /// JSON (with serde_json's message), JSON but not an object, or a
    /// `text` that is no string.
    fn parse(line: &'a str) -> Result<JsonRecord<'a>, String> {
        if !line.trim_start().starts_with('{') {
            // validated without being built
            return Err(match serde_json::from_str::<serde::de::IgnoredAny>(line) {
                Ok(_) => "not a JSON object".into(),
                Err(e) => format!("not JSON: {e}"),
            });
        }
        // the only typed member is `text`: a type error is its
        let r: JsonRecord = serde_json::from_str(line).map_err(|e| match e.is_data() {
            true => "field `text` is not a string".to_string(),
            false => format!("not JSON: {e}"),
        })?;
        if r.text == Some(None) {
            return Err("field `text` is not a string".into());
        }
        Ok(r)
    }

    /// Metadata field `name` (one of [`JSON_FIELDS`] after `text`) as
    /// text: a string as it is, null or absent as empty, any other value as
    /// its JSON (compact, as serde_json writes it, up to 64 KiB; past that
    /// as written).
    fn metadata(&self, name: &str) -> String {
        let k = JSON_FIELDS[1..].iter().position(|n| *n == name);
        let Some(raw) = k.and_then(|k| self.metadata[k]) else {
            return String::new();
        };
        let raw = raw.get();
        if let Some(plain) = unescaped(raw) {
            return plain.to_string();
        }
        if raw.starts_with('"') {
            return serde_json::from_str(raw).unwrap_or_default();
        }
        if raw == "null" {
            return String::new();
        }
        if raw.len() > 64 << 10 {
            return raw.to_string();
        }
        serde_json::from_str::<serde_json::Value>(raw)
            .map(|v| v.to_string())
            .unwrap_or_else(|_| raw.to_string())
    }
}

/// How far past a CSV record's start the reader may read before the record
/// is given up: [`MAX_RECORD`] and room for the csv crate's read-ahead.
const CSV_CAP: u64 = MAX_RECORD as u64 + (1 << 20);

/// The CSV input under the csv crate: fails with [`RecordTooLong`] once it
/// has given more than `limit` bytes (the current record's start plus
/// [`CSV_CAP`]), so no record is held past the cap.
struct Capped<R> {
    inner: R,
    read: u64,
    limit: u64,
}

/// The error [`Capped`] fails with.
#[derive(Debug)]
struct RecordTooLong;

impl std::fmt::Display for RecordTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a record past {} MiB", MAX_RECORD >> 20)
    }
}

impl std::error::Error for RecordTooLong {}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.read > self.limit {
            return Err(std::io::Error::other(RecordTooLong));
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

/// Whether a csv error is [`Capped`]'s.
fn capped(e: &csv::Error) -> bool {
    match e.kind() {
        csv::ErrorKind::Io(io) => io.get_ref().is_some_and(|g| g.is::<RecordTooLong>()),
        _ => false,
    }
}

/// The reason for a CSV record given up at the cap: csv cannot go on after
/// an I/O error, so the rest of the input is read (not kept) to count it
/// from the record's `start`.
fn too_long_csv<R: Read>(rdr: &mut csv::Reader<Capped<R>>, start: u64) -> String {
    let c = rdr.get_mut();
    let size = match std::io::copy(&mut c.inner, &mut std::io::sink()) {
        Ok(rest) => format!("{} bytes", c.read + rest - start),
        Err(e) => format!("of a size not known ({e})"),
    };
    format!("{RecordTooLong} (an unclosed `\"`?): it and the rest of the file, {size}, not read")
}

/// How a record of `bytes` bytes past [`MAX_RECORD`] is reported.
pub(crate) fn too_long(bytes: usize) -> String {
    too_long_as(bytes, MAX_RECORD, "record")
}

/// How a `what` (record, line) of `bytes` bytes past `cap` is reported.
fn too_long_as(bytes: usize, cap: usize, what: &str) -> String {
    format!(
        "{bytes} bytes, longer than the {} MiB a {what} may have: not read",
        cap >> 20
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A JSON line is read as parsing it into a `serde_json::Value` read it
    /// (the reading before lines were taken without building them): the
    /// same skip reasons, with serde_json's messages and columns, and the
    /// same field text for strings, null, numbers, nested values and repeats.
    #[test]
    fn an_origin_reads_back_as_its_file_and_record() {
        for (file, record) in [
            ("in.jsonl", "line 3"),
            ("c:/x.csv", "record 2"),
            ("a.txt", ""),
        ] {
            assert_eq!(origin_parts(&origin_of(file, record)), (file, record));
        }
    }

    #[test]
    fn json_records_read_as_a_value_does() {
        let old = |line: &str| -> Result<Vec<String>, String> {
            let v: serde_json::Value =
                serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
            let obj = v.as_object().ok_or("not a JSON object")?;
            let mut out = vec![match obj.get("text") {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(_) => return Err("field `text` is not a string".into()),
                None => "<none>".into(),
            }];
            for k in ["id", "outlet", "date", "title", "url"] {
                out.push(match obj.get(k) {
                    Some(serde_json::Value::String(s)) => s.clone(),
                    Some(serde_json::Value::Null) | None => String::new(),
                    Some(other) => other.to_string(),
                });
            }
            Ok(out)
        };
        let new = |line: &str| -> Result<Vec<String>, String> {
            let mut r = JsonRecord::parse(line)?;
            let mut out = vec![r.text.take().flatten().unwrap_or_else(|| "<none>".into())];
            out.extend(JSON_FIELDS[1..].iter().map(|k| r.metadata(k)));
            Ok(out)
        };
        for line in [
            r#"{"id": 42, "text": "a"}"#,
            r#"{"id": 1.50, "outlet": {"a": [1, 2.0, "x"]}, "date": true, "text": "b"}"#,
            r#"{"title": ["a", {"b": null}], "url": null, "text": "c"}"#,
            r#"{"text": "first", "text": "second", "id": "x", "id": 7}"#,
            r#"{"te\u0078t": "escaped key", "i\u0064": "\u00e9\n"}"#,
            r#"  {"text": "\ud83d\ude00"}"#,
            r#"{"id": "x", "text": "\ud83d lone"}"#,
            r#"{"id": "é", "text": "\uZZZZ"}"#,
            r#"{"text": null}"#,
            r#"{"text": ["a"]}"#,
            r#"{"text": 5}"#,
            r#"{"id": "none"}"#,
            r#"{}"#,
            r#"[1, 2]"#,
            r#""a string""#,
            r#"{not json"#,
            r#"{"text": "x", }"#,
            r#"{"text": "x"} trailing"#,
            "",
        ] {
            assert_eq!(new(line), old(line), "{line}");
        }
    }

    /// Capped lines are the standard library's lines (line ends, CRLF, a
    /// last line without an end, a line that is not UTF-8), but for a line
    /// past the cap: an error with its length, and the next line whole.
    #[test]
    fn capped_lines_are_lines_but_past_the_cap() {
        let input: &[u8] = b"one\r\ntwo\n\n\xff\nthree\nfour";
        let got: Vec<Result<String, std::io::ErrorKind>> = capped_lines(input, 1 << 20)
            .map(|l| l.map_err(|e| e.kind()))
            .collect();
        let want: Vec<Result<String, std::io::ErrorKind>> = std::io::BufRead::lines(input)
            .map(|l| l.map_err(|e| e.kind()))
            .collect();
        assert_eq!(got, want);
        // (the cap counts a line with its end)
        for cap in [6, 7, 13] {
            let input: &[u8] = b"short\nmuch too long\nok\n";
            let got: Vec<Result<String, String>> = capped_lines(input, cap)
                .map(|l| l.map_err(|e| format!("{:?} {e}", e.kind())))
                .collect();
            assert_eq!(
                got,
                [
                    Ok("short".to_string()),
                    Err(
                        "FileTooLarge 14 bytes, longer than the 0 MiB a line may have: not read"
                            .into()
                    ),
                    Ok("ok".into())
                ],
                "cap {cap}"
            );
        }
    }

    /// A line longer than the cap is read to its end (the next line is
    /// whole) and not kept, whatever the buffer size.
    #[test]
    fn a_line_past_the_cap_is_counted_not_kept() {
        use std::io::BufReader;
        let input: &[u8] = b"short\nthis line is too long\n\nlast";
        for cap in [1, 2, 3, 7, 64] {
            let mut r = BufReader::with_capacity(cap, input);
            let mut got = Vec::new();
            loop {
                let mut x = b"kept:".to_vec();
                let n = read_line_into(&mut r, &mut x, 10).unwrap();
                if n == 0 {
                    break;
                }
                got.push((n, String::from_utf8(x).unwrap()));
            }
            let want = [
                (6, "kept:short\n"),
                (22, "kept:"),
                (1, "kept:\n"),
                (4, "kept:last"),
            ];
            let want: Vec<_> = want.iter().map(|(n, s)| (*n, s.to_string())).collect();
            assert_eq!(got, want, "buffer capacity {cap}");
        }
    }

    /// Lines read as `read_until` reads them, whatever the reader's buffer
    /// size cuts them into.
    #[test]
    fn lines_are_read_as_read_until_reads_them() {
        use std::io::BufReader;
        let inputs: [&[u8]; 6] = [
            b"",
            b"\n",
            b"one line without an end",
            b"a\nbb\n\nccc\n",
            b"\n\nlast line has no end",
            &[0xff, b'\n', 0xc3, 0xa9, b'x', b'\n', b'y'],
        ];
        for input in inputs {
            for cap in [1, 2, 3, 7, 64] {
                let (mut a, mut b) = (
                    BufReader::with_capacity(cap, input),
                    BufReader::with_capacity(cap, input),
                );
                loop {
                    let (mut x, mut y) = (Vec::new(), Vec::new());
                    let n = read_line_into(&mut a, &mut x, usize::MAX).unwrap();
                    let m = b.read_until(b'\n', &mut y).unwrap();
                    assert_eq!((n, &x), (m, &y), "{input:?} at capacity {cap}");
                    if n == 0 {
                        break;
                    }
                }
            }
        }
    }

    /// A reader handing out at most `k` bytes at a time.
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.0.len().min(self.1).min(buf.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    proptest::proptest! {
        /// UTF-16 read in pieces of any size, either byte order, with
        /// surrogate pairs split across reads and unpaired surrogates,
        /// decodes as the standard library's lossy decoder does.
        #[test]
        fn utf16_reads_as_the_standard_decoder(
            units in proptest::collection::vec(
                proptest::prop_oneof![
                    0u16..0x80, 0x80u16..0xD800, 0xD800u16..0xDC00, 0xDC00u16..0xE000, 0xE000u16..=0xFFFF
                ],
                0..40,
            ),
            little: bool,
            k in 1usize..9,
            odd: bool,
        ) {
            let mut bytes: Vec<u8> = units
                .iter()
                .flat_map(|u| if little { u.to_le_bytes() } else { u.to_be_bytes() })
                .collect();
            let mut want = String::from_utf16_lossy(&units);
            let mut lossy = String::from_utf16(&units).is_err();
            if odd {
                // a lone last byte
                bytes.push(0x41);
                want.push(char::REPLACEMENT_CHARACTER);
                lossy = true;
            }
            let mut r = Utf16::new(Trickle(&bytes, k), little);
            let mut got = String::new();
            r.read_to_string(&mut got).unwrap();
            proptest::prop_assert_eq!(got, want);
            proptest::prop_assert_eq!(r.lossy, lossy);
        }
    }

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

    /// A text file past the cap is skipped with its size, counted to its
    /// end; when the rest cannot be read the reason says so, not a size.
    #[test]
    fn a_text_file_past_the_cap_is_counted_or_said_to_be_unknown() {
        /// `n` zero bytes, then a read error.
        struct Failing(usize);
        impl std::io::Read for Failing {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                if self.0 == 0 {
                    return Err(std::io::Error::other("disk gone"));
                }
                let k = buf.len().min(self.0);
                buf[..k].fill(b'a');
                self.0 -= k;
                Ok(k)
            }
        }
        let size = MAX_RECORD + 5_000_000;
        let mut c = Collect::default();
        let mut r = Reader::new(&mut c);
        r.read_format("txt", "a.txt", "a", &vec![b'a'; size][..]);
        assert_eq!(c.s.len(), 1);
        assert_eq!(
            c.s[0].reason,
            format!("{} (one article a text file)", too_long(size))
        );
        let mut c = Collect::default();
        let mut r = Reader::new(&mut c);
        r.read_format("txt", "b.txt", "b", std::io::BufReader::new(Failing(size)));
        assert_eq!(r.stats.records, 1);
        assert!(c.a.is_empty());
        assert_eq!(
            c.s[0].reason,
            format!(
                "more than {} bytes, longer than the 64 MiB a record may have (the rest \
                 could not be read: disk gone): not read (one article a text file)",
                MAX_RECORD + 1
            )
        );
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
