//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file under ../shared, or None (and a note on stderr) when it is absent.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = root().join("..").join("shared").join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!(
            "SKIP: {} is absent (the shared data sets are not beside this checkout)",
            p.display()
        );
        None
    }
}

pub fn slant() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("slant").expect("binary");
    c.env_remove("RUST_LOG");
    c
}

/// Read a CSV into rows of (header -> value).
pub fn read_csv(path: &Path) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut rdr =
        csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let headers = rdr.headers().expect("headers").clone();
    rdr.records()
        .map(|r| {
            let r = r.expect("record");
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// Compare expected rows with actual ones and print both tables on failure.
pub fn assert_rows(what: &str, expected: &[Vec<&str>], actual: &[Vec<String>]) {
    let exp: Vec<Vec<String>> = expected
        .iter()
        .map(|r| r.iter().map(|s| s.to_string()).collect())
        .collect();
    if exp != actual {
        let mut msg = format!("{what}: rows differ\n");
        let n = exp.len().max(actual.len());
        for i in 0..n {
            let e = exp.get(i).map(|r| r.join(" | ")).unwrap_or_default();
            let a = actual.get(i).map(|r| r.join(" | ")).unwrap_or_default();
            let mark = if e == a { "  " } else { "!!" };
            msg.push_str(&format!(
                "{mark} {i:>2} expected: {e}\n{mark} {i:>2} actual:   {a}\n"
            ));
        }
        panic!("{msg}");
    }
}

/// Copy a folder recursively (for editing a lexicon set in a test).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).unwrap();
        }
    }
}

/// A copy of the shipped lexicons with `extra` appended to `file`.
pub fn lexicons_with(file: &str, extra: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("lexicons"), dir.path());
    append_to(dir.path(), file, extra);
    dir
}

/// A copy of the shipped lexicons without the stance model: the lexicon
/// rule decides target polarities.
pub fn lexicons_without_model() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("lexicons"), dir.path());
    std::fs::remove_file(dir.path().join("stance_model.csv")).unwrap();
    dir
}

/// How many lines the lexicon file `file` of the folder `dir` has (the
/// number of its last line, which `slant lint` names).
pub fn line_count(dir: &Path, file: &str) -> usize {
    std::fs::read_to_string(dir.join(file))
        .unwrap()
        .lines()
        .count()
}

/// Append `extra` to the lexicon file `file` of the folder `dir`.
pub fn append_to(dir: &Path, file: &str, extra: &str) {
    let path = dir.join(file);
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str(extra);
    std::fs::write(&path, text).unwrap();
}

/// Run a command that must succeed and return its standard output.
pub fn stdout_of(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("standard output is UTF-8")
}

/// Run `slant ARGS FILE --errors TMP` and return what it printed.
pub fn eval_output(args: &[&str], file: &Path) -> String {
    let dir = tempfile::tempdir().unwrap();
    stdout_of(
        slant()
            .args(args)
            .arg(file)
            .arg("--errors")
            .arg(dir.path().join("errors.csv")),
    )
}
