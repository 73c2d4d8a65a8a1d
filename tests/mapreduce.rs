//! Map/reduce: analysing shards separately and aggregating gives the reports
//! of one run over the whole corpus, byte for byte; and output does not
//! depend on the number of threads.

mod common;
use common::*;

fn files(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    [
        "claims.csv",
        "claim_targets.csv",
        "skipped.csv",
        "articles.csv",
        "sources.csv",
        "categories.csv",
        "coverage.csv",
        "targets.csv",
        "compare.csv",
        "unknown_sources.csv",
    ]
    .iter()
    .map(|f| (f.to_string(), std::fs::read(dir.join(f)).unwrap()))
    .collect()
}

#[test]
fn shards_mapped_and_aggregated_equal_one_run() {
    let work = tempfile::tempdir().unwrap();
    let whole = work.path().join("whole");
    slant()
        .args(["report", "corpus", "--quiet", "--out"])
        .arg(&whole)
        .current_dir(root())
        .assert()
        .success();
    // one shard per corpus file, in the order report reads them
    let mut shard_outputs = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for (i, f) in names.iter().enumerate() {
        let rel = format!("corpus/{}", f.file_name().unwrap().to_string_lossy());
        let out = slant()
            .args(["analyze", &rel])
            .current_dir(root())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let p = work.path().join(format!("shard{i}.jsonl"));
        std::fs::write(&p, out).unwrap();
        shard_outputs.push(p);
    }
    let agg = work.path().join("agg");
    slant()
        .arg("aggregate")
        .args(&shard_outputs)
        .arg("--out")
        .arg(&agg)
        .assert()
        .success()
        .stderr(predicates::str::contains("aggregated"));
    // --quiet: the same reports, nothing on stderr
    let quiet = work.path().join("agg-quiet");
    slant()
        .args(["aggregate", "--quiet"])
        .args(&shard_outputs)
        .arg("--out")
        .arg(&quiet)
        .assert()
        .success()
        .stderr("");
    for ((name, a), (_, b)) in files(&agg).into_iter().zip(files(&quiet)) {
        assert!(
            a == b || name == "manifest.json",
            "{name} differs with --quiet"
        );
    }
    for ((name, a), (_, b)) in files(&whole).into_iter().zip(files(&agg)) {
        assert!(
            a == b,
            "{name} differs between report and analyze+aggregate"
        );
    }
    let m1: serde_json::Value =
        serde_json::from_slice(&std::fs::read(whole.join("manifest.json")).unwrap()).unwrap();
    let m2: serde_json::Value =
        serde_json::from_slice(&std::fs::read(agg.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(m1["counts"], m2["counts"]);
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let work = tempfile::tempdir().unwrap();
    let mut outs = Vec::new();
    for t in ["1", "2", "3"] {
        let d = work.path().join(t);
        slant()
            .args(["report", "corpus", "--quiet", "--threads", t, "--out"])
            .arg(&d)
            .current_dir(root())
            .assert()
            .success();
        outs.push(files(&d));
    }
    assert!(outs[0] == outs[1] && outs[1] == outs[2]);
    if let Some(news) = shared("corpora/news/abp-sample.jsonl") {
        // a slice of real news, large enough for several batches
        let text = std::fs::read_to_string(news).unwrap();
        let slice: String = text.lines().take(700).map(|l| format!("{l}\n")).collect();
        let input = work.path().join("slice.jsonl");
        std::fs::write(&input, slice).unwrap();
        let mut real = Vec::new();
        for t in ["1", "2"] {
            let d = work.path().join(format!("real{t}"));
            slant()
                .arg("report")
                .arg(&input)
                .args(["--quiet", "--threads", t, "--out"])
                .arg(&d)
                .assert()
                .success();
            real.push(files(&d));
        }
        assert!(
            real[0] == real[1],
            "real-news output differs between 1 and 2 threads"
        );
    }
}

#[test]
fn aggregate_refuses_rows_of_the_wrong_width_naming_the_line() {
    let work = tempfile::tempdir().unwrap();
    let row: Vec<String> = (0..27).map(|i| i.to_string()).collect();
    let good = serde_json::json!({"type": "claim", "row": row, "targets": []});
    let bad = serde_json::json!({"type": "claim", "row": row, "targets": [["a", "b"]]});
    let input = work.path().join("map.jsonl");
    std::fs::write(&input, format!("{good}\n{bad}\n")).unwrap();
    let out = slant()
        .arg("aggregate")
        .arg(&input)
        .arg("--out")
        .arg(work.path().join("out"))
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8_lossy(&out);
    assert!(
        err.contains("map.jsonl:2") && err.contains("a target row has 2 fields, not 8"),
        "{err}"
    );
}

/// The mapper reads a corpus piped in as it reads the file: the same rows and
/// the same skipped records at the same line numbers, with blank lines
/// before the first record and in UTF-16 with a byte-order mark.
#[test]
fn a_corpus_on_stdin_maps_as_its_file_does() {
    let dir = tempfile::tempdir().unwrap();
    let mut body = String::from("\n  \n");
    for (i, text) in [
        "Reuters reported that the talks in Muscat had stalled.",
        "Iran said that the Israeli strike was a violation of its sovereignty.",
    ]
    .iter()
    .enumerate()
    {
        body.push_str(&format!(
            "{{\"id\":\"a{i}\",\"outlet\":\"Example\",\"title\":\"T\",\"text\":\"{text}\"}}\n"
        ));
        body.push_str("not json at all\n");
    }
    let file = dir.path().join("in.jsonl");
    std::fs::write(&file, &body).unwrap();
    let from_file = slant()
        .arg("analyze")
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rows = String::from_utf8(from_file.clone()).unwrap();
    assert!(rows.contains("Reuters") && rows.contains("Iran"), "{rows}");
    // the bad lines are reported with the file's line numbers (3 blank-led)
    assert!(rows.contains("line 4") && rows.contains("line 6"), "{rows}");
    let piped = |input: Vec<u8>| {
        slant()
            .args(["analyze", "-"])
            .write_stdin(input)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let same_but_name = |out: Vec<u8>| String::from_utf8(out).unwrap().replace("\"-\"", "FILE");
    let want = rows.replace(&format!("{:?}", file.display().to_string()), "FILE");
    assert_eq!(same_but_name(piped(body.clone().into_bytes())), want);
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(body.encode_utf16().flat_map(|u| u.to_le_bytes()));
    assert_eq!(same_but_name(piped(utf16)), want);
}
