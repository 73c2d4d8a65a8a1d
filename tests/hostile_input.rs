//! Hostile input: every bad record is analysed or reported in skipped.csv
//! with its file and line, the other articles are still analysed, and the
//! manifest's counts add up. One test per kind of bad input.

mod common;
use common::*;
use std::path::Path;

struct Run {
    claims: Vec<std::collections::BTreeMap<String, String>>,
    skipped: Vec<std::collections::BTreeMap<String, String>>,
    manifest: serde_json::Value,
    stderr: String,
}

fn run(args: &[&std::ffi::OsStr]) -> Run {
    let out = tempfile::tempdir().unwrap();
    let o = slant()
        .arg("report")
        .args(args)
        .arg("--out")
        .arg(out.path())
        .assert()
        .success()
        .get_output()
        .clone();
    let r = Run {
        claims: read_csv(&out.path().join("claims.csv")),
        skipped: read_csv(&out.path().join("skipped.csv")),
        manifest: serde_json::from_slice(&std::fs::read(out.path().join("manifest.json")).unwrap())
            .unwrap(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    };
    // every record is either analysed or skipped
    let c = &r.manifest["counts"]["ingest"];
    let (records, articles, skipped) = (
        c["records"].as_u64().unwrap(),
        c["articles"].as_u64().unwrap(),
        c["skipped"].as_u64().unwrap(),
    );
    assert!(
        articles + skipped >= records,
        "records {records} != articles {articles} + skipped {skipped}"
    );
    assert_eq!(skipped as usize, r.skipped.len());
    r
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn good(dir: &Path) -> std::path::PathBuf {
    write(
        dir,
        "good.txt",
        "A headline\n\nIran said the talks were useful.\n".as_bytes(),
    )
}

/// "file reason" for each skipped record.
fn skip_reasons(r: &Run) -> Vec<String> {
    r.skipped
        .iter()
        .map(|s| format!("{} {}", s["file"], s["reason"]))
        .collect()
}

fn sources(r: &Run) -> Vec<String> {
    r.claims.iter().map(|c| c["source"].clone()).collect()
}

#[test]
fn invalid_utf8_is_decoded_lossily_and_counted() {
    let d = tempfile::tempdir().unwrap();
    let p = write(
        d.path(),
        "bad.txt",
        b"Title\n\nThe ministry said \xff\xfe the talks \xc3\x28 were useful.\n",
    );
    let j = write(
        d.path(),
        "bad.jsonl",
        b"{\"id\":\"x\",\"text\":\"Reuters reported that \xff prices rose.\"}\n",
    );
    let r = run(&[p.as_os_str(), j.as_os_str()]);
    assert_eq!(r.manifest["counts"]["ingest"]["lossy_utf8"], 2);
    assert!(r.claims.iter().any(|c| c["text"].contains('\u{FFFD}')));
    assert!(sources(&r).contains(&"Reuters".to_string()));
}

#[test]
fn utf16_files_are_read_as_their_utf8_text() {
    let csv = "id,outlet,date,title,text\n1,Reuters,2024-01-01,T,\"Iran said the talks were useful, officials said. 😀\"\n";
    let txt = "A headline\n\nThe ministry said the talks were useful.\n";
    let utf16 = |s: &str, little: bool| -> Vec<u8> {
        let mut b = if little {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for u in s.encode_utf16() {
            b.extend(if little {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            });
        }
        b
    };
    let d = tempfile::tempdir().unwrap();
    let plain = run(&[
        write(d.path(), "a.csv", csv.as_bytes()).as_os_str(),
        write(d.path(), "b.txt", txt.as_bytes()).as_os_str(),
    ]);
    let e = tempfile::tempdir().unwrap();
    let wide = run(&[
        write(e.path(), "a.csv", &utf16(csv, true)).as_os_str(),
        write(e.path(), "b.txt", &utf16(txt, false)).as_os_str(),
    ]);
    assert!(wide.skipped.is_empty(), "{:?}", wide.skipped);
    assert_eq!(plain.claims.len(), 2);
    let cells = |r: &Run| -> Vec<(String, String)> {
        r.claims
            .iter()
            .map(|c| (c["source"].clone(), c["text"].clone()))
            .collect()
    };
    assert_eq!(cells(&wide), cells(&plain));
    assert_eq!(wide.manifest["counts"]["ingest"]["lossy_utf8"], 0);
    // an unpaired surrogate is replaced and counted
    let mut bad = utf16(txt, true);
    bad.extend([0x00, 0xD8]);
    let r = run(&[write(e.path(), "c.txt", &bad).as_os_str()]);
    assert_eq!(r.manifest["counts"]["ingest"]["lossy_utf8"], 1);
}

#[test]
fn semicolon_and_tab_separated_csv_are_read_by_their_header() {
    let d = tempfile::tempdir().unwrap();
    let comma =
        "id,outlet,text\n1,Reuters,\"Iran said the talks were useful; officials agreed.\"\n";
    let semi = "\"ID\";\"Outlet\";\"Text\"\n1;Reuters;\"Iran said the talks were useful; officials agreed.\"\n";
    let tab = "id\toutlet\ttext\n1\tReuters\tIran said the talks were useful; officials agreed.\n";
    let mut got = Vec::new();
    for (name, body) in [("comma.csv", comma), ("semi.csv", semi), ("tab.csv", tab)] {
        let r = run(&[write(d.path(), name, body.as_bytes()).as_os_str()]);
        assert!(r.skipped.is_empty(), "{name}: {:?}", r.skipped);
        got.push(
            r.claims
                .iter()
                .map(|c| {
                    (
                        c["publisher"].clone(),
                        c["source"].clone(),
                        c["text"].clone(),
                    )
                })
                .collect::<Vec<_>>(),
        );
    }
    assert_eq!(got[0].len(), 1);
    assert_eq!(got[1], got[0]);
    assert_eq!(got[2], got[0]);
}

#[test]
fn a_cell_longer_than_excel_holds_does_not_fail_the_workbook() {
    // one 56,000-character sentence: its claim's text cell is longer than
    // an xlsx cell may be
    let body = format!(
        "Zorblax Institute said that {}.",
        vec!["the price of grain rose"; 2000].join(" and ")
    );
    let d = tempfile::tempdir().unwrap();
    let input = write(
        d.path(),
        "long.jsonl",
        serde_json::json!({"id": "l", "outlet": "X", "text": body})
            .to_string()
            .as_bytes(),
    );
    let out = d.path().join("out");
    slant()
        .arg("report")
        .arg(&input)
        .args(["--format", "xlsx,html", "--quiet", "--out"])
        .arg(&out)
        .assert()
        .success();
    assert!(out.join("report.xlsx").exists() && out.join("manifest.json").exists());
    // the CSV keeps the whole cell
    let claims = read_csv(&out.join("claims.csv"));
    assert!(claims.iter().any(|c| c["text"].chars().count() > 32_767));
}

#[test]
fn binary_and_empty_files_are_skipped_with_reasons() {
    let d = tempfile::tempdir().unwrap();
    let bin = write(
        d.path(),
        "image.txt",
        &[0x89, b'P', b'N', b'G', 0, 0, 1, 2, 3, 0, 9],
    );
    let empty = write(d.path(), "empty.txt", b"");
    let blank = write(d.path(), "blank.jsonl", b"\n\n   \n");
    let one_line = write(
        d.path(),
        "headline.txt",
        b"Iran said the talks will resume.\n",
    );
    let g = good(d.path());
    let r = run(&[
        bin.as_os_str(),
        empty.as_os_str(),
        blank.as_os_str(),
        one_line.as_os_str(),
        g.as_os_str(),
    ]);
    let reasons = skip_reasons(&r);
    assert!(
        reasons
            .iter()
            .any(|x| x.contains("image.txt") && x.contains("binary")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|x| x.contains("empty.txt") && x.contains("empty text")),
        "{reasons:?}"
    );
    // a one-line .txt file is a headline with no body, and says so
    assert!(
        reasons
            .iter()
            .any(|x| x.contains("headline.txt") && x.contains("only a headline")),
        "{reasons:?}"
    );
    assert_eq!(sources(&r), vec!["Iran"]);
}

#[test]
fn a_50_mb_single_line_is_analysed() {
    let d = tempfile::tempdir().unwrap();
    let sentence = "“We will not accept this,” the minister told reporters, and analysts said the talks could fail. ";
    let text = sentence.repeat(50_000_000 / sentence.len());
    let line = serde_json::json!({"id": "huge", "text": text}).to_string();
    let p = write(d.path(), "huge.jsonl", line.as_bytes());
    let g = good(d.path());
    let t0 = std::time::Instant::now();
    let r = run(&[p.as_os_str(), g.as_os_str()]);
    assert!(t0.elapsed().as_secs() < 60, "took {:?}", t0.elapsed());
    assert!(r.claims.len() > 500_000, "{} claims", r.claims.len());
    assert_eq!(r.claims.last().unwrap()["source"], "Iran");
}

/// A record past the 64 MiB slant holds (a JSON array saved as `.jsonl`:
/// no line ends) is skipped with its length, read through but never held;
/// the records around it are analysed, and `slant score` answers it with an
/// error line in its place.
#[test]
fn a_record_past_64_mib_is_skipped_not_held() {
    let d = tempfile::tempdir().unwrap();
    let item = r#"{"id":"x","text":"Iran said the talks were useful."},"#;
    let mut array = String::from("[");
    while array.len() <= 64 << 20 {
        array.push_str(item);
    }
    array.push_str("{}]");
    let n = array.len();
    let first = r#"{"id":"first","text":"Reuters reported that the talks had stalled."}"#;
    let last = r#"{"id":"last","text":"Iran said the talks were useful."}"#;
    let jsonl = format!("{first}\n{array}\n{last}\n");
    let p = write(d.path(), "dump.jsonl", jsonl.as_bytes());
    let t = write(
        d.path(),
        "long.txt",
        format!("A headline\n\n{array}").as_bytes(),
    );
    let r = run(&[p.as_os_str(), t.as_os_str()]);
    let ids: Vec<&str> = r.claims.iter().map(|c| c["article_id"].as_str()).collect();
    assert_eq!(ids, ["first", "last"]);
    let line = format!(
        "{} bytes, longer than the 64 MiB a record may have: not read",
        n + 1
    );
    assert_eq!(r.skipped[0]["record"], "line 2");
    assert_eq!(
        r.skipped[0]["reason"],
        format!("{line} (one JSON object a line is expected)")
    );
    assert!(r.skipped[1]["file"].ends_with("long.txt"));
    assert!(
        r.skipped[1]["reason"].starts_with(&format!("{} bytes, longer than", n + 12)),
        "{:?}",
        r.skipped[1]
    );

    let out = slant()
        .arg("score")
        .arg(&p)
        .assert()
        .success()
        .get_output()
        .clone();
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0]["hedge_score"].is_number());
    assert_eq!(lines[1]["error"], format!("line 2: {line}"));
    assert_eq!(lines[2]["id"], "last");
}

/// A JSON line of one large value under the 64 MiB cap (an array saved as
/// a line, or an object with megabytes of nested data beside its text) is
/// read without building a tree of it (40 MiB here): a 60 MiB array took 15 s and 5.3 GB
/// when each line was parsed into a `serde_json::Value`, 0.3 s and 139 MB
/// now. The array is skipped as not an object; the object is analysed.
#[test]
fn a_large_json_value_on_one_line_is_not_built() {
    let d = tempfile::tempdir().unwrap();
    let item = r#"{"a":[1,2,{"b":null}]},"#;
    let many = item.repeat((40 << 20) / item.len());
    let some = item.repeat((4 << 20) / item.len());
    let jsonl = format!(
        "[{many}{{}}]\n{{\"id\":\"nested\",\"extra\":[{some}{{}}],\"text\":\"Iran said the talks were useful.\"}}\n{{\"id\":\"last\",\"text\":\"TASS reported that the visit was postponed.\"}}\n"
    );
    let p = write(d.path(), "values.jsonl", jsonl.as_bytes());
    let r = run(&[p.as_os_str()]);
    let ids: Vec<&str> = r.claims.iter().map(|c| c["article_id"].as_str()).collect();
    assert_eq!(ids, ["nested", "last"]);
    assert_eq!(r.skipped.len(), 1);
    assert_eq!(r.skipped[0]["record"], "line 1");
    assert_eq!(r.skipped[0]["reason"], "not a JSON object");
    // within 1 GB of address space (the tree took 2.7 GB of memory)
    #[cfg(target_os = "linux")]
    {
        let out = d.path().join("capped");
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg("ulimit -v 1000000 && exec \"$0\" report \"$1\" --quiet --out \"$2\"")
            .arg(assert_cmd::cargo::cargo_bin("slant"))
            .arg(&p)
            .arg(&out)
            .status()
            .unwrap();
        assert!(status.success(), "{status}");
    }
}

/// A CSV record that an unclosed `"` runs on past 64 MiB is given up at the
/// cap, not read whole into memory (a 400 MB file took 1.06 GB before, 277 MB
/// after, as a 100 MB one does): it and the rest of the file are reported
/// with their size, and the rows before it are analysed.
#[test]
fn a_csv_record_past_64_mib_is_given_up_at_the_cap() {
    let d = tempfile::tempdir().unwrap();
    let row = "c,Iran said the talks were useful.\n";
    let mut csv = String::from(
        "id,text\na,\"Reuters reported that the talks had stalled.\"\nb,\"Iran said it.\n",
    );
    let start = csv.len() - "b,\"Iran said it.\n".len();
    csv.push_str(&row.repeat((70 << 20) / row.len()));
    let p = write(d.path(), "broken.csv", csv.as_bytes());
    let r = run(&[p.as_os_str()]);
    let ids: Vec<&str> = r.claims.iter().map(|c| c["article_id"].as_str()).collect();
    assert_eq!(ids, ["a"]);
    assert_eq!(r.skipped.len(), 1, "{:?}", r.skipped);
    assert_eq!(r.skipped[0]["record"], "line 3");
    assert_eq!(
        r.skipped[0]["reason"],
        format!(
            "a record past 64 MiB (an unclosed `\"`?): it and the rest of the file, {} bytes, not read",
            csv.len() - start
        )
    );
}

/// A long article of many attributed lines is analysed in time linear in
/// its claims: each mention's name check once scanned every source met
/// before it (3 MB: 14.3 s before, 0.6 s after; 10 MB: over 120 s before).
#[test]
fn a_long_article_of_short_claims_is_not_quadratic() {
    let d = tempfile::tempdir().unwrap();
    let line = "2,X,Reuters reported that the talks had stalled.\n";
    let text = line.repeat(3_000_000 / line.len());
    let json = serde_json::json!({"id": "long", "text": text}).to_string();
    let p = write(d.path(), "long.jsonl", json.as_bytes());
    let t0 = std::time::Instant::now();
    let r = run(&[p.as_os_str()]);
    assert!(t0.elapsed().as_secs() < 8, "took {:?}", t0.elapsed());
    assert_eq!(r.claims.len(), 3_000_000 / line.len());
    // every line is the same claim, labelled the same way
    assert!(r
        .claims
        .iter()
        .all(|c| c["source"] == r.claims[0]["source"]));
}

/// Long articles of five shapes that were quadratic, analysed in time
/// (600 KB each but the last; figures for 400 KB, before and after): a chain of "the
/// agency" corefs, whose nouns were copied and grown at each link (2.4 s and
/// 1.5 GB, 0.1 s and 39 MB); a quotation continued over every paragraph,
/// whose chain was scanned whole for each claim (4.0 s, 0.09 s); one long
/// sentence of outlet names, each placed by a walk from the sentence start
/// (5.6 s, 0.05 s); one long sentence naming a target again and again, each
/// mention placed the same way and each evaluative word measured against
/// every target (4.0 s, 0.2 s); one long sentence of cues ("condemned ...
/// and praised ..."), each of which read the sentence to its end three
/// times over (1.2 MB here; 400 KB took 2.6 s, now 0.06 s); "the Foo" after
/// many outlet names, each looked up among every outlet named before it
/// (1.6 MB here: 13.4 s, now 0.7 s).
#[test]
fn long_articles_of_coref_chains_quotes_and_names_are_not_quadratic() {
    let d = tempfile::tempdir().unwrap();
    for (name, line, size) in [
        (
            "chain",
            "“The talks stalled,” the agency reported. ",
            600_000,
        ),
        ("quotes", "“The talks stalled.\n", 600_000),
        ("names", "(Reuters) - ", 600_000),
        ("targets", "Iran’s Iran’s Iran’s ", 600_000),
        (
            "cues",
            "Iran condemned Russia and praised China but not Syria, ",
            1_200_000,
        ),
        (
            "short names",
            "Reuters said it. The Foo said it. ",
            1_600_000,
        ),
    ] {
        let text = format!("Iran said it. {}", line.repeat(size / line.len()));
        let json = serde_json::json!({"id": name, "text": text}).to_string();
        let p = write(d.path(), &format!("{name}.jsonl"), json.as_bytes());
        let t0 = std::time::Instant::now();
        let r = run(&[p.as_os_str()]);
        assert!(t0.elapsed().as_secs() < 5, "{name} took {:?}", t0.elapsed());
        assert_eq!(r.claims[0]["source"], "Iran", "{name}");
    }
}

#[test]
fn quotation_marks_only_and_unbalanced_quotes() {
    let d = tempfile::tempdir().unwrap();
    let q = write(
        d.path(),
        "quotes.txt",
        "Title\n\n“”“”\"\"\"“ ” ” “ \"\n".as_bytes(),
    );
    let u = write(d.path(), "unbalanced.txt", "Title\n\n“The talks failed, Iran said. Nothing else happened.\nA new paragraph” said nothing.\n".as_bytes());
    let g = good(d.path());
    let r = run(&[q.as_os_str(), u.as_os_str(), g.as_os_str()]);
    assert_eq!(r.manifest["counts"]["ingest"]["articles"], 3);
    assert!(sources(&r).contains(&"Iran".to_string()));
}

#[test]
fn bad_jsonl_lines_name_their_line() {
    let d = tempfile::tempdir().unwrap();
    let j = write(
        d.path(),
        "mixed.jsonl",
        b"{\"id\":\"a\",\"text\":\"Iran said the talks were useful.\"}\n{not json\n{\"id\":\"b\",\"title\":\"no text\"}\n{\"id\":\"c\",\"text\":42}\n[1,2]\n{\"id\":\"d\",\"text\":\"TASS reported that the visit was postponed.\"}\n",
    );
    let r = run(&[j.as_os_str()]);
    let got: Vec<(String, String)> = r
        .skipped
        .iter()
        .map(|s| (s["record"].clone(), s["reason"].clone()))
        .collect();
    assert_eq!(got.len(), 4, "{got:?}");
    assert_eq!(got[0].0, "line 2");
    assert!(got[0].1.starts_with("not JSON"));
    assert_eq!(got[1], ("line 3".into(), "missing field `text`".into()));
    assert_eq!(
        got[2],
        ("line 4".into(), "field `text` is not a string".into())
    );
    assert_eq!(got[3], ("line 5".into(), "not a JSON object".into()));
    assert_eq!(sources(&r), vec!["Iran", "TASS"]);
    assert!(r.stderr.contains("mixed.jsonl line 2"));
}

#[test]
fn ragged_csv_and_csv_without_text() {
    let d = tempfile::tempdir().unwrap();
    let ragged = write(
        d.path(),
        "ragged.csv",
        b"id,outlet,text\n1,X,Iran said the talks were useful.\n2,Y\n3,Z,\"unterminated quote\n4,W,TASS reported that it rained.,extra,fields\n",
    );
    let notext = write(d.path(), "notext.csv", b"id,body\n1,Iran said so.\n");
    let r = run(&[ragged.as_os_str(), notext.as_os_str()]);
    assert!(r
        .skipped
        .iter()
        .any(|s| s["file"].ends_with("notext.csv") && s["reason"] == "CSV has no `text` column"));
    assert!(r
        .skipped
        .iter()
        .any(|s| s["file"].ends_with("ragged.csv") && s["record"] == "line 3"));
    assert!(sources(&r).contains(&"Iran".to_string()));
}

#[test]
fn duplicate_ids_are_renamed_and_counted() {
    let d = tempfile::tempdir().unwrap();
    let j = write(
        d.path(),
        "dups.jsonl",
        b"{\"id\":\"same\",\"text\":\"Iran said one thing.\"}\n{\"id\":\"same\",\"text\":\"TASS said another.\"}\n",
    );
    let r = run(&[j.as_os_str()]);
    let ids: Vec<&str> = r.claims.iter().map(|c| c["article_id"].as_str()).collect();
    assert_eq!(ids, vec!["same", "same#2"]);
    assert_eq!(r.manifest["counts"]["ingest"]["renamed_duplicates"], 1);
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_symlink_loops() {
    use std::os::unix::fs::symlink;
    let d = tempfile::tempdir().unwrap();
    let root_dir = d.path().join("corpus");
    std::fs::create_dir_all(root_dir.join("sub")).unwrap();
    good(&root_dir);
    symlink(&root_dir, root_dir.join("sub/loop")).unwrap();
    symlink(
        d.path().join("missing-target.txt"),
        root_dir.join("dangling.txt"),
    )
    .unwrap();
    // a folder in place of a file name that cannot be read as text
    std::fs::create_dir_all(root_dir.join("folder.txt")).unwrap();
    let r = run(&[root_dir.as_os_str()]);
    assert_eq!(sources(&r), vec!["Iran"]);
    let reasons = skip_reasons(&r);
    assert!(
        reasons
            .iter()
            .any(|x| x.contains("loop") && x.contains("symlink loop")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|x| x.contains("dangling.txt") && x.contains("cannot open")),
        "{reasons:?}"
    );
}

#[test]
fn long_words_mixed_scripts_and_invisible_characters() {
    let d = tempfile::tempdir().unwrap();
    let long_word = "x".repeat(200_000);
    let long_sentence = "and the talks went on ".repeat(20_000);
    let text = format!(
        "Title\n\n{long_word} said nothing.\nIran said that {long_sentence}.\nПутин и Ердоган said the ministers met. The Kremlin said: «Встреча прошла хорошо».\nThe \u{200B}Kremlin\u{200D} said the \u{202E}talks\u{202C} were \u{2066}useful\u{2069}.\nقال المتحدث إن Iran said the talks were useful.\n"
    );
    let p = write(d.path(), "mixed.txt", text.as_bytes());
    let r = run(&[p.as_os_str()]);
    // offsets stay on character boundaries and point at the text
    let body = text.split_once("\n\n").unwrap().1;
    for c in &r.claims {
        let (s, e): (usize, usize) = (c["start"].parse().unwrap(), c["end"].parse().unwrap());
        assert!(body.is_char_boundary(s) && body.is_char_boundary(e));
        let (want, got) = (&body[s..e], c["text"].as_str());
        assert!(
            want == got,
            "claim {s}..{e}: {} bytes in the text, {} in the column; starts {:?} / {:?}",
            want.len(),
            got.len(),
            &want[..want.len().min(40)],
            &got[..got.len().min(40)]
        );
    }
    let src = sources(&r);
    assert!(
        src.iter().filter(|s| *s == "Russia").count() >= 2,
        "{src:?}"
    );
    assert!(src.contains(&"Iran".to_string()));
}

#[test]
fn hostile_cells_are_neutralised_in_every_text_column() {
    let d = tempfile::tempdir().unwrap();
    let j = write(
        d.path(),
        "evil.jsonl",
        "{\"id\":\"=HYPERLINK(\\\"http://x\\\")\",\"outlet\":\"+cmd|' /C calc'!A0\",\"date\":\"@SUM(1)\",\"title\":\"-2+3\",\"text\":\"=1+2 said nothing. -Iran said the talks were useful.\"}\n".as_bytes(),
    );
    let out = tempfile::tempdir().unwrap();
    slant()
        .arg("report")
        .arg(&j)
        .arg("--out")
        .arg(out.path())
        .assert()
        .success();
    let raw = std::fs::read_to_string(out.path().join("claims.csv")).unwrap();
    for line in raw.lines().skip(1) {
        let rec: Vec<String> = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(line.as_bytes())
            .records()
            .next()
            .unwrap()
            .unwrap()
            .iter()
            .map(str::to_string)
            .collect();
        for (i, cell) in rec.iter().enumerate() {
            let numeric = [0, 4, 5, 6, 10, 11, 16, 17, 18, 19, 20, 23].contains(&i);
            if !numeric {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "column {i}: {cell:?}"
                );
            }
        }
    }
    // offsets still refer to the original text, and numbers stay numbers
    let claims = read_csv(&out.path().join("claims.csv"));
    assert!(claims.iter().all(|c| c["start"].parse::<usize>().is_ok()));
    assert!(claims.iter().any(|c| c["text"].starts_with("'-Iran")));
}

#[test]
fn unwritable_output_fails_clearly_and_keeps_old_reports() {
    let d = tempfile::tempdir().unwrap();
    let g = good(d.path());
    // the output folder is a file
    let file = write(d.path(), "not-a-folder", b"x");
    let failed = slant()
        .arg("report")
        .arg(&g)
        .arg("--out")
        .arg(&file)
        .assert()
        .code(4)
        .stderr(predicates::str::contains("not-a-folder"));
    // the reason is said once, not again as the error's source
    let err = String::from_utf8_lossy(&failed.get_output().stderr).into_owned();
    assert_eq!(err.matches("(os error").count(), 1, "{err}");
    // an earlier good report stays whole when a new run cannot write
    let out = d.path().join("out");
    slant()
        .arg("report")
        .arg(&g)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let before = std::fs::read(out.join("claims.csv")).unwrap();
    std::fs::create_dir(out.join("skipped.csv.blocker")).unwrap();
    std::fs::remove_file(out.join("skipped.csv")).unwrap();
    std::fs::create_dir(out.join("skipped.csv")).unwrap(); // renaming onto a folder fails
    slant()
        .arg("report")
        .arg(&g)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(4)
        .stderr(predicates::str::contains("skipped.csv"));
    let after = std::fs::read(out.join("claims.csv")).unwrap();
    assert_eq!(before, after, "claims.csv was damaged");
    assert!(
        std::fs::read_dir(&out).unwrap().all(|e| !e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .contains(".tmp-")),
        "temporary files left behind"
    );
}
