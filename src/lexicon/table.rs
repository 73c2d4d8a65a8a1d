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

/// A row of a table, its fields in the order of the declared columns.
#[derive(Debug, Clone)]
pub struct Row {
    pub line: u64,
    pub fields: Vec<String>,
}

impl Row {
    pub fn get(&self, i: usize) -> &str {
        self.fields.get(i).map(String::as_str).unwrap_or("")
    }
}

/// A parsed table: the file it came from and its rows.
#[derive(Debug, Clone)]
pub struct Table {
    pub path: PathBuf,
    pub rows: Vec<Row>,
    /// Raw bytes, for the manifest hash.
    pub bytes: Vec<u8>,
}

/// Read `path` whose header must contain every `required` column and may
/// contain `optional` ones; returned fields follow `required ++ optional`.
pub fn read_table(
    path: &Path,
    required: &[&str],
    optional: &[&str],
    problems: &mut Problems,
) -> Option<Table> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            problems.error(path, 0, format!("cannot read: {e}"));
            return None;
        }
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u64
                + 1;
            problems.error(path, line, "not valid UTF-8");
            return None;
        }
    };
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
    let mut blanked = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with('#') {
            let body = line.trim_end_matches(['\n', '\r']);
            blanked.extend(std::iter::repeat_n(' ', body.len()));
            blanked.push_str(&line[body.len()..]);
        } else {
            blanked.push_str(line);
        }
    }
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(blanked.as_bytes());
    let mut header: Option<(u64, Vec<String>)> = None;
    let mut map: Vec<Option<usize>> = Vec::new();
    let mut rows = Vec::new();
    let ncols = required.len() + optional.len();
    for rec in rdr.records() {
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| line_of(p.byte())).unwrap_or(0);
                problems.error(path, line, format!("malformed CSV: {e}"));
                continue;
            }
        };
        let line = rec.position().map(|p| line_of(p.byte())).unwrap_or(0);
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
                let mut fields = vec![String::new(); ncols];
                for (ci, f) in rec.iter().enumerate() {
                    if let Some(Some(k)) = map.get(ci) {
                        fields[*k] = f.trim().to_string();
                    }
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
        bytes,
    })
}

/// Split a `|`-separated list, trimming and dropping empties.
pub fn split_list(s: &str) -> impl Iterator<Item = &str> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

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
}
