//! Reading one lexicon CSV: a header row, `#` comment lines, blank lines
//! ignored; every problem reported as `file:line: message`.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in a lexicon file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    pub line: u64,
    pub message: String,
    pub severity: Severity,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Warning => "warning: ",
            Severity::Error => "",
        };
        // line 0: the problem is the whole file or folder, not one line
        if self.line == 0 {
            return write!(f, "{}: {}{}", self.file.display(), sev, self.message);
        }
        write!(
            f,
            "{}:{}: {}{}",
            self.file.display(),
            self.line,
            sev,
            self.message
        )
    }
}

/// Collects problems while a lexicon set loads.
#[derive(Debug, Default)]
pub struct Problems {
    pub list: Vec<Problem>,
}

impl Problems {
    pub fn error(&mut self, file: &Path, line: u64, message: impl Into<String>) {
        self.list.push(Problem {
            file: file.to_path_buf(),
            line,
            message: message.into(),
            severity: Severity::Error,
        });
    }
    pub fn warn(&mut self, file: &Path, line: u64, message: impl Into<String>) {
        self.list.push(Problem {
            file: file.to_path_buf(),
            line,
            message: message.into(),
            severity: Severity::Warning,
        });
    }
    pub fn has_errors(&self) -> bool {
        self.list.iter().any(|p| p.severity == Severity::Error)
    }
}

/// A row of a table, its fields in the order of the declared columns
/// (trimmed, and empty where the file has no such column), held as one
/// compact [`crate::report::Row`].
#[derive(Debug, Clone)]
pub struct Row {
    pub line: u64,
    fields: crate::report::Row,
}

impl Row {
    /// Field `i`, or "" past the declared columns.
    pub fn get(&self, i: usize) -> &str {
        self.fields.cell(i)
    }
}

/// A parsed table: the file it came from and its rows.
#[derive(Debug, Clone)]
pub struct Table {
    pub path: PathBuf,
    pub rows: Vec<Row>,
    /// Raw bytes, for the manifest hash.
    pub bytes: std::sync::Arc<[u8]>,
}

/// The text of a lexicon file, or `None` after reporting that it cannot be
/// read or is not UTF-8 (with the line of the first bad byte).
pub fn read_utf8(path: &Path, problems: &mut Problems) -> Option<String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            problems.error(path, 0, format!("cannot read: {e}"));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(e) => {
            let bytes = e.as_bytes();
            let line = bytes[..e.utf8_error().valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u64
                + 1;
            problems.error(path, line, "not valid UTF-8");
            None
        }
    }
}

/// Read `path` whose header must contain every `required` column and may
/// contain `optional` ones; returned fields follow `required ++ optional`.
pub fn read_table(
    path: &Path,
    required: &[&str],
    optional: &[&str],
    problems: &mut Problems,
) -> Option<Table> {
    let owned = read_utf8(path, problems)?;
    let text: &str = &owned;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // csv's own line numbers skip comment lines: count newlines by byte instead
    let newlines: Vec<usize> = text
        .bytes()
        .enumerate()
        .filter(|(_, b)| *b == b'\n')
        .map(|(i, _)| i)
        .collect();
    let line_of = |byte: u64| newlines.partition_point(|&n| (n as u64) < byte) as u64 + 1;
    // blank out comment lines (keeping every byte offset) rather than letting
    // csv skip them, so that byte offsets map to true line numbers
    // (whole characters become spaces, so the text stays UTF-8)
    let mut blanked = text.as_bytes().to_vec();
    let mut start = 0;
    for end in newlines.iter().copied().chain([text.len()]) {
        let line = text.get(start..end).unwrap_or("");
        if line.trim_start().starts_with('#') {
            let body = line.trim_end_matches('\r').len();
            blanked[start..start + body].fill(b' ');
        }
        start = end + 1;
    }
    let mut header: Option<(u64, Vec<String>)> = None;
    let mut map: Vec<Option<usize>> = Vec::new();
    let mut source: Vec<Option<usize>> = Vec::new();
    let mut rows = Vec::new();
    let ncols = required.len() + optional.len();
    let mut records = Records::new(&blanked);
    while let Some((at, rec)) = records.next_record() {
        let line = line_of(at as u64);
        // the text is valid UTF-8, and a field is a piece of it cut at ASCII
        // bytes with ASCII quotes taken out
        let Some(rec) = rec.fields() else {
            problems.error(path, line, "not valid UTF-8");
            continue;
        };
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        match &header {
            None => {
                let cols: Vec<String> = rec.iter().map(|c| c.trim().to_string()).collect();
                for (ci, c) in cols.iter().enumerate() {
                    if let Some(k) = required.iter().position(|r| r == c) {
                        map.push(Some(k));
                    } else if let Some(k) = optional.iter().position(|r| r == c) {
                        map.push(Some(required.len() + k));
                    } else {
                        problems.error(
                            path,
                            line,
                            format!(
                                "unknown column `{c}` (column {}); expected {}",
                                ci + 1,
                                required
                                    .iter()
                                    .chain(optional)
                                    .copied()
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        );
                        map.push(None);
                    }
                }
                for r in required {
                    if !cols.iter().any(|c| c == r) {
                        problems.error(path, line, format!("missing required column `{r}`"));
                    }
                }
                // the file's column of each declared one (the last, if the
                // header names it twice)
                source = vec![None; ncols];
                for (ci, k) in map.iter().enumerate() {
                    if let Some(k) = *k {
                        source[k] = Some(ci);
                    }
                }
                header = Some((line, cols));
            }
            Some((_, cols)) => {
                if rec.len() > cols.len() {
                    problems.error(
                        path,
                        line,
                        format!("{} fields but the header has {}", rec.len(), cols.len()),
                    );
                    continue;
                }
                let bytes = rec.iter().map(|f| f.len()).sum();
                let mut fields = crate::report::Row::with_capacity(ncols, bytes);
                for ci in &source {
                    fields.push(ci.and_then(|ci| rec.get(ci)).map_or("", |f| f.trim()));
                }
                rows.push(Row { line, fields });
            }
        }
    }
    if header.is_none() {
        problems.error(path, 1, "empty file: a header row is required");
    }
    Some(Table {
        path: path.to_path_buf(),
        rows,
        bytes: owned.into_bytes().into(),
    })
}

/// The records of a CSV text as the csv crate reads them (RFC 4180 quoting,
/// any of CR, LF or CRLF ending a record, records of any width), parsed by
/// one reusable csv-core reader: building a reader builds its DFA, which
/// was a tenth of the lexicons' load for some twenty files.
struct Records<'t> {
    reader: Option<Box<csv_core::Reader>>,
    input: &'t [u8],
    consumed: usize,
    out: Vec<u8>,
    ends: Vec<usize>,
}

/// One record: its unescaped bytes and the end of each field in them.
struct Record<'r> {
    bytes: &'r [u8],
    ends: &'r [usize],
}

impl<'r> Record<'r> {
    /// The fields as text, or None if they are not UTF-8.
    fn fields(&self) -> Option<Fields<'r>> {
        let text = std::str::from_utf8(self.bytes).ok()?;
        // a field cut inside a character would not be text
        let cut = |e: &usize| text.is_char_boundary(*e);
        self.ends.iter().all(cut).then_some(Fields {
            text,
            ends: self.ends,
        })
    }
}

/// A record's fields, read in place (a record is read for every line of
/// every lexicon at start-up: no list of them is built).
#[derive(Clone, Copy)]
struct Fields<'r> {
    text: &'r str,
    ends: &'r [usize],
}

impl<'r> Fields<'r> {
    fn len(&self) -> usize {
        self.ends.len()
    }
    fn get(&self, i: usize) -> Option<&'r str> {
        let from = if i == 0 { 0 } else { *self.ends.get(i - 1)? };
        self.text.get(from..*self.ends.get(i)?)
    }
    fn iter(self) -> impl Iterator<Item = &'r str> {
        (0..self.len()).filter_map(move |i| self.get(i))
    }
}

thread_local! {
    /// The reader [`Records`] borrow in turn; one is built when none is free.
    static CSV_READER: std::cell::Cell<Option<Box<csv_core::Reader>>> =
        const { std::cell::Cell::new(None) };
}

impl<'t> Records<'t> {
    fn new(input: &'t [u8]) -> Records<'t> {
        let mut reader = CSV_READER
            .take()
            .unwrap_or_else(|| Box::new(csv_core::Reader::new()));
        reader.reset();
        Records {
            reader: Some(reader),
            input,
            consumed: 0,
            // no field is longer than the input
            out: vec![0; input.len() + 1],
            ends: vec![0; 16],
        }
    }

    /// The next record and the byte offset at which it starts, as the csv
    /// crate reports a record's position.
    fn next_record(&mut self) -> Option<(usize, Record<'_>)> {
        use csv_core::ReadRecordResult as R;
        let at = self.consumed;
        let reader = self.reader.as_mut()?;
        let (mut outlen, mut endlen) = (0, 0);
        loop {
            let input = &self.input[self.consumed..];
            let (res, nin, nout, nend) =
                reader.read_record(input, &mut self.out[outlen..], &mut self.ends[endlen..]);
            self.consumed += nin;
            outlen += nout;
            endlen += nend;
            match res {
                R::InputEmpty => continue,
                R::OutputFull => self.out.resize(self.out.len() * 2 + 1, 0),
                R::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                R::Record => {
                    let rec = Record {
                        bytes: &self.out[..outlen],
                        ends: &self.ends[..endlen],
                    };
                    return Some((at, rec));
                }
                R::End => return None,
            }
        }
    }
}

impl Drop for Records<'_> {
    fn drop(&mut self) {
        if let Some(r) = self.reader.take() {
            CSV_READER.set(Some(r));
        }
    }
}

/// Split a `|`-separated list, trimming and dropping empties.
pub fn split_list(s: &str) -> impl Iterator<Item = &str> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A problem names its line as `file:line:`, and a whole file or
    /// folder (line 0) as `file:` alone.
    #[test]
    fn problems_print_their_line_or_none() {
        let mut p = Problems::default();
        p.error(Path::new("lex/hedges.csv"), 5, "bad weight");
        p.warn(Path::new("lex/hedges.csv"), 6, "a duplicate");
        p.error(Path::new("/nowhere"), 0, "lexicon folder not found");
        let shown: Vec<String> = p.list.iter().map(|x| x.to_string()).collect();
        assert_eq!(
            shown,
            [
                "lex/hedges.csv:5: bad weight",
                "lex/hedges.csv:6: warning: a duplicate",
                "/nowhere: lexicon folder not found"
            ]
        );
    }

    fn write(content: &str) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(content.as_bytes()).unwrap();
        f
    }

    #[test]
    fn reads_rows_with_comments_and_reports_lines() {
        let f = write("# comment\nterm,weight\nmay,0.5\n\n# x\nmight,0.6,extra\n");
        let mut p = Problems::default();
        let t = read_table(f.path(), &["term"], &["weight"], &mut p).unwrap();
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.rows[0].get(0), "may");
        assert_eq!(t.rows[0].line, 3);
        assert_eq!(p.list.len(), 1);
        assert_eq!(p.list[0].line, 6);
        assert!(p.list[0].to_string().contains(":6: 3 fields"));
    }

    #[test]
    fn unknown_and_missing_columns() {
        let f = write("term,colour\nx,red\n");
        let mut p = Problems::default();
        read_table(f.path(), &["term", "weight"], &[], &mut p);
        let msgs: Vec<String> = p.list.iter().map(|x| x.message.clone()).collect();
        assert!(msgs.iter().any(|m| m.contains("unknown column `colour`")));
        assert!(msgs
            .iter()
            .any(|m| m.contains("missing required column `weight`")));
    }

    /// Every record and its position as the csv crate reads them.
    fn csv_crate_records(text: &str) -> Vec<(u64, Vec<String>)> {
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(false)
            .from_reader(text.as_bytes());
        rdr.records()
            .map(|r| {
                let r = r.unwrap();
                let at = r.position().unwrap().byte();
                (at, r.iter().map(str::to_string).collect())
            })
            .collect()
    }

    fn our_records(text: &str) -> Vec<(u64, Vec<String>)> {
        let mut out = Vec::new();
        let mut records = Records::new(text.as_bytes());
        while let Some((at, rec)) = records.next_record() {
            let fields = rec.fields().unwrap();
            out.push((at as u64, fields.iter().map(|f| f.to_string()).collect()));
        }
        out
    }

    #[test]
    fn records_read_as_the_csv_crate_reads_them() {
        for text in [
            "",
            "a",
            "a,b\n",
            "a,b\r\nc\n\n\nd,,\r",
            "\"x,\"\"y\"\"\",z\n\"open\nline\",2\n",
            "a\"b,c\n\"\"\n,\n",
            "\"unterminated,x\ny",
            "é,ü\"q\"\n\"é\",\"\"",
        ] {
            assert_eq!(our_records(text), csv_crate_records(text), "{text:?}");
        }
    }

    proptest::proptest! {
        /// Quoting, doubled quotes, every line ending, blank lines, ragged
        /// widths and non-ASCII text: records and their positions match.
        #[test]
        fn records_match_the_csv_crate(cells in proptest::collection::vec(
            proptest::sample::select(vec![
                "a", "bc", ",", "\"", "\"\"", "\n", "\r", "\r\n", " ", "é", "#", "\u{2014}",
            ]),
            0..60,
        )) {
            let text: String = cells.concat();
            proptest::prop_assert_eq!(our_records(&text), csv_crate_records(&text));
        }
    }
}
