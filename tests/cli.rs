//! The binary end to end: inputs of every kind, skipped records, the
//! manifest, reproducible output, exit codes and lexicon errors.

mod common;
use common::*;
use predicates::prelude::*;

#[test]
fn report_writes_claims_skipped_and_manifest() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        concat!(
            "{\"id\":\"a\",\"outlet\":\"Example\",\"text\":\"Iran said the talks were useful. The weather was fine.\"}\n",
            "this is not json\n",
            "{\"id\":\"b\",\"outlet\":\"Example\"}\n",
            "{\"id\":\"c\",\"text\":\"\"}\n",
        ),
    )
    .unwrap();
    let out = dir.path().join("out");
    slant()
        .arg("report")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let header = std::fs::read_to_string(out.join("claims.csv")).unwrap();
    assert!(header.starts_with(
        "claim_id,article_id,publisher,date,sentence_index,start,end,text,source,source_mention,source_start,source_end,source_kind,category,attribution,cue,cue_start,cue_end,content_start,content_end,hedge_score,hedged,hedge_cues,stance_score,stance_cues,rule,"
    ));
    let claims = read_csv(&out.join("claims.csv"));
    assert_eq!(claims.len(), 2);
    assert_eq!(claims[0]["source"], "Iran");
    let skipped = read_csv(&out.join("skipped.csv"));
    let reasons: Vec<(&str, &str)> = skipped
        .iter()
        .map(|r| (r["record"].as_str(), r["reason"].as_str()))
        .collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert_eq!(reasons[0].0, "line 2");
    assert!(reasons[0].1.starts_with("not JSON"));
    assert_eq!(reasons[1], ("line 3", "missing field `text`"));
    assert_eq!(reasons[2], ("line 4", "empty text"));
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    let c = &manifest["counts"]["ingest"];
    assert_eq!(c["records"], 4);
    assert_eq!(
        c["articles"].as_u64().unwrap() + c["skipped"].as_u64().unwrap(),
        4
    );
    assert!(manifest["lexicons"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["name"] == "outlets.csv" && f["sha256"].as_str().unwrap().len() == 64));
}

#[test]
fn identical_input_gives_identical_bytes() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    for d in [&a, &b] {
        slant()
            .args(["report", "corpus", "--quiet", "--out"])
            .arg(d.path())
            .current_dir(root())
            .assert()
            .success();
    }
    for f in ["claims.csv", "skipped.csv", "manifest.json"] {
        let x = std::fs::read(a.path().join(f)).unwrap();
        let y = std::fs::read(b.path().join(f)).unwrap();
        assert!(x == y, "{f} differs between two runs");
    }
}

#[test]
fn committed_reports_are_what_the_readme_command_produces() {
    let out = tempfile::tempdir().unwrap();
    slant()
        .args(["report", "corpus", "--quiet", "--out"])
        .arg(out.path())
        .current_dir(root())
        .assert()
        .success();
    for f in ["claims.csv", "skipped.csv"] {
        let fresh = std::fs::read_to_string(out.path().join(f)).unwrap();
        let committed = std::fs::read_to_string(root().join("reports").join(f)).unwrap_or_default();
        assert!(
            fresh == committed,
            "reports/{f} is stale: rerun `cargo run --release -- report corpus --out reports`"
        );
    }
}

#[test]
fn stdin_txt_and_csv_inputs() {
    let out = tempfile::tempdir().unwrap();
    slant()
        .args(["report", "-", "--out"])
        .arg(out.path())
        .write_stdin("A headline\noutlet: Example\n\nThe Kremlin said the visit went well.\n")
        .assert()
        .success();
    let claims = read_csv(&out.path().join("claims.csv"));
    assert_eq!(claims[0]["source"], "Russia");
    assert_eq!(claims[0]["publisher"], "Example");

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x.csv"), "id,outlet,date,title,url,text,extra\n1,Example,2024-01-01,T,u,\"Reuters reported that prices rose.\",z\n").unwrap();
    std::fs::write(dir.path().join("notes.md"), "not an article").unwrap();
    slant()
        .arg("report")
        .arg(dir.path())
        .arg("--out")
        .arg(out.path())
        .assert()
        .success();
    let claims = read_csv(&out.path().join("claims.csv"));
    assert_eq!(claims[0]["source"], "Reuters");
    assert_eq!(claims[0]["category"], "wire service");
    let skipped = read_csv(&out.path().join("skipped.csv"));
    assert!(skipped[0]["file"].ends_with("notes.md"));
}

#[test]
fn missing_input_is_reported_not_fatal() {
    let out = tempfile::tempdir().unwrap();
    slant()
        .args([
            "report",
            "no/such/file.txt",
            "corpus/001_caspian_port.txt",
            "--out",
        ])
        .arg(out.path())
        .current_dir(root())
        .assert()
        .success()
        .stderr(predicate::str::contains("skipped no/such/file.txt"));
    assert!(read_csv(&out.path().join("claims.csv")).len() > 10);
}

#[test]
fn bad_lexicons_stop_the_run_with_file_and_line() {
    let lex = lexicons_with(
        "descriptors.csv",
        "state-sponsored,category,tabloid,\n*,unnamed,,\n",
    );
    let out = tempfile::tempdir().unwrap();
    slant()
        .arg("--lexicons")
        .arg(lex.path())
        .args(["report", "corpus", "--out"])
        .arg(out.path())
        .current_dir(root())
        .assert()
        .code(3)
        .stderr(
            predicate::str::contains("descriptors.csv:")
                .and(predicate::str::contains("unknown category `tabloid`")),
        )
        .stderr(predicate::str::contains("empty term"));
    assert!(!out.path().join("claims.csv").exists());
    slant()
        .arg("lint")
        .arg(lex.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("2 errors"));
    slant()
        .arg("lint")
        .arg(root().join("lexicons"))
        .assert()
        .success()
        .stdout(predicate::str::contains("0 errors"));
}

/// Each row a lexicon file cannot take is reported at its line: one table
/// of (file, rows appended to the shipped file, messages by the file's
/// last line `n`).
#[test]
fn lint_reports_rows_that_cannot_be_read() {
    type Messages = fn(usize) -> Vec<(usize, String)>;
    let cases: [(&str, &str, Messages); 10] = [
        // a phrase is never one token; a second row for a term would silently
        // win; an agentive word without a valence has nothing to route (a warning)
        (
            "modifiers.csv",
            "sort of,dampener,0.2,\nvery,dampener,0.2,\nsteered,agentive,,\n",
            |n| {
                vec![
                    (n - 2, "modifiers are single words; `sort of` has a space".into()),
                    (n - 1, "`very` already listed at line".into()),
                    (n, "warning: agentive `steered` has no valence".into()),
                ]
            },
        ),
        // a name given both genders cannot tell he from she: an error naming the
        // first line; a repeated row is a warning; two words are no given name
        (
            "given_names.csv",
            "Arwen,female,\nArwen,male,\nBilbo,male,\nBilbo,male,\nMary Ann,female,\nFrodo,hobbit,\n",
            |n| {
                vec![
                    (n - 4, format!("`Arwen` is given both genders (line {})", n - 5)),
                    (n - 2, "warning: duplicate name `Bilbo`".into()),
                    (n - 1, "a given name is one word".into()),
                    (n, "unknown gender `hobbit`".into()),
                ]
            },
        ),
        // a place of a country countries.csv does not know; a repeated place;
        // an abbreviation of two words, and one another place has
        (
            "places.csv",
            "Gondor,Middle-earth,,,\nIowa,United States,,,\nArnor,United States,,Ar Nor,\n\
             Rohan,United States,,Ky.,\n",
            |n| {
                vec![
                    (n - 3, "unknown country `Middle-earth` (countries.csv)".into()),
                    (n - 2, "warning: duplicate place `Iowa`".into()),
                    (n - 1, "abbreviation `Ar Nor` is not one word".into()),
                    (
                        n,
                        "warning: abbreviation `Ky.` is already `Kentucky`'s; the first wins"
                            .into(),
                    ),
                ]
            },
        ),
        // a surname that is no word of the name, a second default of a surname,
        // an unknown gender or default, a repeated name, a place places.csv
        // does not know, and a party without a place
        (
            "people.csv",
            "Ilse Brandt,Brand,female,,\nAnna Ode,Ode,female,yes,\nBen Ode,Ode,male,yes,\n\
             Tom Ode,Ode,hobbit,,\nLena Ode,Ode,female,maybe,\nAnna Ode,Ode,female,,\n\
             Eowyn Ode,Ode,female,,Rohan,Rohirrim,\nFaramir Ode,Ode,male,,,Gondorian,\n",
            |n| {
                vec![
                    (n - 7, "the surname `Brand` is not one word of the name `Ilse Brandt`".into()),
                    (n - 5, "`Anna Ode` is already the default of the surname `Ode`".into()),
                    (n - 4, "unknown gender `hobbit`".into()),
                    (n - 3, "default is `yes` or empty, not `maybe`".into()),
                    (n - 2, "warning: duplicate name `Anna Ode`".into()),
                    (n - 1, "unknown place `Rohan` (places.csv)".into()),
                    (n, "warning: a party without a place is not read".into()),
                ]
            },
        ),
        // an alias of one word, an alias that is a listed name, and one that
        // is already another person's
        (
            "people.csv",
            "Tom Bombadil,Bombadil,male,,,,,Tom\nIarwain Adar,Adar,male,,,,,Tom Bombadil\n\
             Goldberry River,River,female,,,,,Charles Schumer\n",
            |n| {
                vec![
                    (n - 2, "alias `Tom` is not a full name (two words or more)".into()),
                    (n - 1, format!("alias `Tom Bombadil` is the name of line {}", n - 2)),
                    (
                        n,
                        "alias `Charles Schumer` is already an alias of `Chuck Schumer`".into(),
                    ),
                ]
            },
        ),
        // a label's value that sets a flag is that word or nothing
        (
            "descriptors.csv",
            "earlier,title,gone,\nrook,org_word,private,\nsage,person_role,fields,\n",
            |n| {
                vec![
                    (n - 2, "unknown title value `gone`; expected nothing or past".into()),
                    (n - 1, "unknown org_word value `private`; expected nothing, public or sector".into()),
                    (n, "unknown person_role value `fields`; expected nothing or field".into()),
                ]
            },
        ),
        // several outlets by one word, not a phrase
        (
            "descriptors.csv",
            "mass media,outlet_plural,outlet,\n",
            |n| vec![(n, "an outlet_plural must be one word, not `mass media`".into())],
        ),
        // a country led that countries.csv does not know
        (
            "people.csv",
            "Denethor Steward,Steward,male,,,,,,Gondor\n",
            |n| vec![(n, "unknown country `Gondor` (countries.csv)".into())],
        ),
        // an outlet category organizations.csv's media_category does not know
        (
            "organizations.csv",
            "Ents,,organization,,group,pro-Entwife,\n",
            |n| vec![(n, "unknown media_category `pro-Entwife`".into())],
        ),
        // a word after which a form is no cue is one word
        (
            "reporting_verbs.csv",
            "harrumph,harrumphed,neutral,any,,at all,\n",
            |n| vec![(n, "not_before takes single words, not `at all`".into())],
        ),
    ];
    for (file, rows, messages) in cases {
        let lex = lexicons_with(file, rows);
        let n = line_count(lex.path(), file);
        lint_reports(lex.path(), file, &messages(n));
    }
}

/// `slant lint` of `lex` exits 1 and prints each message as `file:line: message`.
fn lint_reports(lex: &std::path::Path, file: &str, messages: &[(usize, String)]) {
    let out = slant().arg("lint").arg(lex).assert().code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    for (line, message) in messages {
        let want = format!("{file}:{line}: {message}");
        assert!(stdout.contains(&want), "expected `{want}` in:\n{stdout}");
    }
}

#[test]
fn usage_errors_exit_2() {
    slant().arg("report").assert().code(2);
    slant().arg("frobnicate").assert().code(2);
}

#[test]
fn gold_eval_meets_the_core_bars() {
    let Some(gold) = shared("gold/dev.jsonl") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let errors = dir.path().join("errors.csv");
    let text = stdout_of(
        slant()
            .args(["eval", "gold"])
            .arg(&gold)
            .arg("--errors")
            .arg(&errors),
    );
    let value = |name: &str| -> f64 {
        let line = text
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no {name} in\n{text}"));
        line[name.len()..]
            .split_whitespace()
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    assert!(value("source accuracy (all claims)") >= 0.90, "{text}");
    assert!(value("attributed-claim F1") >= 0.90, "{text}");
    assert!(value("category accuracy (all claims)") >= 0.90, "{text}");
    assert!(value("attribution-type accuracy (all)") >= 0.85, "{text}");
    // scoring's bar is 0.60; this guards the measured level (0.485)
    assert!(value("target stance macro-F1") >= 0.47, "{text}");
    assert!(errors.exists());
}
