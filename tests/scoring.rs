//! Scoring commands: score, explain, diff, and the evaluation bars on the
//! public data sets (skipped when ../shared is absent).

mod common;
use common::*;
use predicates::prelude::*;

#[test]
fn score_adds_fields_in_order_and_keeps_bad_lines() {
    let input = concat!(
        "{\"id\":1,\"text\":\"Iran may respond to the attack.\"}\n",
        "{\"id\":2,\"text\":\"Russia praised the productive talks with Iran.\",\"target_start\":0,\"target_end\":6}\n",
        "not json\n",
        "{\"id\":4,\"text\":\"The meeting is in May.\"}\n",
    );
    let out = stdout_of(slant().arg("score").write_stdin(input));
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["hedged"], true);
    assert_eq!(lines[0]["hedge_cues"][0], "may");
    assert!(lines[0]["valence"].as_f64().unwrap() < 0.0);
    assert_eq!(lines[1]["target_polarity"], 1);
    assert!(lines[2]["error"].as_str().unwrap().contains("not JSON"));
    assert_eq!(lines[3]["hedged"], false, "May the month is not a hedge");
}

#[test]
fn a_term_of_weight_zero_masks_the_terms_inside_it_and_is_no_cue() {
    // hedges.csv: "asked whether" (0) over "whether" (1)
    let input = concat!(
        "{\"text\":\"Asked whether talks would resume, Ruiz said they would.\"}\n",
        "{\"text\":\"It is not known whether talks would resume.\"}\n",
    );
    let (lines, ..) = score_lines(input);
    assert_eq!(lines[0]["hedged"], false, "{}", lines[0]);
    assert_eq!(
        lines[0]["hedge_cues"],
        serde_json::json!([]),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1]["hedge_cues"][0], "whether", "{}", lines[1]);
}

/// `slant score` of `input`: its output lines as JSON, all of its output,
/// and its stderr.
fn score_lines(input: impl Into<Vec<u8>>) -> (Vec<serde_json::Value>, String, String) {
    score_lines_with(&root().join("lexicons"), input)
}

/// [`score_lines`] with the lexicons in `dir`.
fn score_lines_with(
    dir: &std::path::Path,
    input: impl Into<Vec<u8>>,
) -> (Vec<serde_json::Value>, String, String) {
    let assert = slant()
        .arg("--lexicons")
        .arg(dir)
        .arg("score")
        .write_stdin(input)
        .assert()
        .success();
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    let err = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    let lines = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (lines, out, err)
}

#[test]
fn score_scores_a_line_that_is_not_utf8_and_goes_on() {
    let mut input = b"{\"text\":\"A good day.\"}\n{\"id\":2,\"text\":\"bad \xff byte\"}\n".to_vec();
    input.extend_from_slice(b"{\"text\":\"Fine again.\"}\n");
    let (lines, out, err) = score_lines(input.clone());
    assert_eq!(lines.len(), 3, "{out}");
    assert_eq!(lines[1]["id"], 2);
    assert_eq!(lines[1]["text"], "bad \u{FFFD} byte");
    assert!(lines[2]["valence"].as_f64().unwrap() > 0.0);
    assert!(
        err.contains("-:2: invalid UTF-8 replaced with U+FFFD"),
        "{err}"
    );
    assert!(err.contains("1 with invalid UTF-8 replaced"), "{err}");
    // --quiet: the same lines; the line's own message stays, the closing
    // count goes
    let quiet = slant()
        .args(["score", "--quiet"])
        .write_stdin(input)
        .assert()
        .success();
    let o = quiet.get_output();
    assert_eq!(String::from_utf8_lossy(&o.stdout), out);
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "-:2: invalid UTF-8 replaced with U+FFFD\n"
    );
}

#[test]
fn score_says_why_a_line_gets_no_target_score_and_keeps_its_fields() {
    let input = concat!(
        "{\"id\":1,\"text\":\"Iran is great.\",\"target_start\":0,\"target_end\":99}\n",
        "{\"id\":2,\"text\":\"Iran is great.\",\"target_start\":-1,\"target_end\":4}\n",
        "{\"id\":3,\"text\":\"é is great.\",\"target_start\":1,\"target_end\":2}\n",
        "{\"id\":4,\"text\":\"Iran is great.\",\"target_start\":0}\n",
        "{\"id\":5,\"text\":\"Iran is great.\",\"target_start\":4,\"target_end\":4}\n",
        "{\"id\":6,\"text\":7}\n",
        "[\"text\",1]\n",
        "{\"id\":8,\"text\":\"Iran is great.\",\"target_start\":0,\"target_end\":4,\"target_error\":\"old\"}\n",
    );
    let (lines, out, err) = score_lines(input);
    assert_eq!(lines.len(), 8, "{out}");
    let why = |k: usize| lines[k]["target_error"].as_str().unwrap_or("").to_string();
    assert!(why(0).contains("past the end"), "{out}");
    assert!(why(1).contains("negative number"), "{out}");
    assert!(why(2).contains("inside a UTF-8 character"), "{out}");
    assert!(why(3).contains("`target_end` is missing"), "{out}");
    assert!(why(4).contains("empty"), "{out}");
    for (k, line) in lines.iter().enumerate().take(5) {
        // the line keeps its fields and is scored, without a target score
        assert_eq!(line["id"], k + 1);
        assert!(line["valence"].as_f64().unwrap() > 0.0);
        assert!(line.get("target_score").is_none());
    }
    assert_eq!(lines[5]["id"], 6);
    assert!(lines[5]["error"]
        .as_str()
        .unwrap()
        .contains("`text` is a number"));
    assert!(lines[6]["error"]
        .as_str()
        .unwrap()
        .contains("not a JSON object"));
    // a valid target replaces an input `target_error`
    assert_eq!(lines[7]["target_polarity"], 1);
    assert!(lines[7].get("target_error").is_none(), "{out}");
    assert!(
        err.contains("-:1: no target score: `target_end` 99"),
        "{err}"
    );
    assert!(err.contains("5 without a target score"), "{err}");
}

#[test]
fn eval_skips_and_counts_a_line_that_is_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("set.jsonl");
    let mut bytes = b"{\"text\":\"It may rain.\",\"hedged\":true}\n".to_vec();
    bytes.extend_from_slice(b"{\"text\":\"bad \xff\",\"hedged\":false}\n");
    bytes.extend_from_slice(b"{\"text\":\"It rained.\",\"hedged\":false}\n");
    std::fs::write(&set, &bytes).unwrap();
    let out = stdout_of(
        slant()
            .current_dir(dir.path())
            .args(["eval", "hedge"])
            .arg(&set),
    );
    assert!(out.contains("2 sentences scored, 1 skipped"), "{out}");
    // a line past 64 MiB (a JSON array saved as a line) is skipped the same
    // way, read through without being held: before, it was parsed whole
    // (a 70 MiB line took 6.2 GB and 20 s) and then skipped
    let item = "{\"text\":\"x\"},";
    bytes.extend_from_slice(format!("[{}]\n", item.repeat((65 << 20) / item.len())).as_bytes());
    bytes.extend_from_slice(b"{\"text\":\"It might rain.\",\"hedged\":true}\n");
    std::fs::write(&set, &bytes).unwrap();
    let t0 = std::time::Instant::now();
    let out = stdout_of(
        slant()
            .current_dir(dir.path())
            .args(["eval", "hedge"])
            .arg(&set),
    );
    assert!(t0.elapsed().as_secs() < 5, "took {:?}", t0.elapsed());
    assert!(out.contains("3 sentences scored, 2 skipped"), "{out}");
}

#[test]
fn profile_terms_overlap_and_opening_rows_weigh_sentence_starts() {
    // a genre profile counts nested terms ("some" in "some of"), and a `^`
    // row adds its weight where the term opens a sentence
    let lex = lexicons_with("settings.csv", "hedge_threshold.t,1,test profile\n");
    std::fs::write(
        lex.path().join("hedge_profiles/t.csv"),
        "term,weight,kind,notes\nsome,0.5,,\nsome of,0.25,,\n^some,2,,\n^many,1,,\n",
    )
    .unwrap();
    let input = concat!(
        "{\"text\":\"Some of them left.\"}\n",
        "{\"text\":\"They met some of them.\"}\n",
        "{\"text\":\"“Some say so,” he wrote.\"}\n",
        "{\"text\":\"They met many of them.\"}\n",
    );
    let out = stdout_of(
        slant()
            .arg("--lexicons")
            .arg(lex.path())
            .args(["score", "--profile", "t"])
            .write_stdin(input),
    );
    let scores: Vec<f64> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["hedge_score"]
                .as_f64()
                .unwrap()
        })
        .collect();
    // opening: 0.5 + 0.25 + 2; inside: 0.5 + 0.25; after a quotation mark
    // it still opens; a term listed only as `^many` counts nowhere else
    assert_eq!(scores, vec![2.75, 0.75, 2.5, 0.0], "{out}");
}

#[test]
fn score_replaces_input_fields_it_adds_instead_of_repeating_them() {
    let input = concat!(
        "{\"id\": 7, \"hedged\": false, \"text\": \"Tolls may rise.\", \"valence\": 9}\n",
        "{\"text\": \"The word \\\"hedged\\\" is only quoted here.\", \"n\": 1.50}\n",
    );
    let out = stdout_of(slant().arg("score").write_stdin(input));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    // each key once, the input's other fields kept in order
    assert_eq!(lines[0].matches("\"hedged\"").count(), 1, "{}", lines[0]);
    assert_eq!(lines[0].matches("\"valence\"").count(), 1, "{}", lines[0]);
    let v: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(v["id"], 7);
    assert_eq!(v["hedged"], true);
    assert!(lines[0].starts_with("{\"id\":7,\"text\":"), "{}", lines[0]);
    // a name inside a string value is no field: the line is copied as written
    assert!(
        lines[1].starts_with("{\"text\": \"The word"),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].contains("\"n\": 1.50,\"hedge_score\""),
        "{}",
        lines[1]
    );
}

#[test]
fn explain_marks_cues_and_names_lexicon_rows() {
    slant()
        .args([
            "explain",
            "Iran’s Foreign Ministry said the deal may collapse.",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("[Iran’s Foreign Ministry] «said»"))
        .stdout(predicate::str::contains("reporting_verbs.csv:"))
        .stdout(predicate::str::contains("{may}"))
        .stdout(predicate::str::contains("hedges.csv:"))
        .stdout(predicate::str::contains("-> hedged"))
        .stderr(predicate::str::contains("no file").not());
    // a missing file is said to be missing, and its name explained as text
    slant()
        .args(["explain", "articles/missing.jsonl"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "no file `articles/missing.jsonl`: explaining the argument itself as text",
        ));
}

#[test]
fn explain_says_why_a_lexicon_word_counts_otherwise() {
    let out = stdout_of(slant().args([
        "explain",
        "Officials said Iran expanded its support for armed groups near the Supreme Court.",
    ]));
    assert!(
        out.contains("unfavourable: its object `armed` is harm (modifiers.csv:"),
        "{out}"
    );
    assert!(out.contains("supreme +2.6 (stance.csv:"), "{out}");
    assert!(out.contains("-> 0 inside a name"), "{out}");
}

#[test]
fn explain_reads_a_hedge_profile_and_its_threshold() {
    let text = "Some critics argue that the plan will fail, the minister said.";
    let wiki = stdout_of(slant().args(["explain", "--profile", "wiki", text]));
    assert!(wiki.contains("(wiki.csv:"), "{wiki}");
    assert!(wiki.contains(">= threshold 1.45 -> hedged"), "{wiki}");
    let news = stdout_of(slant().args(["explain", text]));
    assert!(!news.contains("wiki.csv"), "{news}");
    slant()
        .args(["explain", "--profile", "no-such-profile", text])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no hedge profile `no-such-profile`",
        ));
}

#[test]
fn explain_shows_how_each_target_gets_its_words() {
    let out = stdout_of(slant().args([
        "explain",
        "Iran and Syria praised the deal brokered by Qatar, the ministry said.",
    ]));
    assert!(out.contains("(its doer, 2 tokens away)"), "{out}");
    assert!(out.contains("via coordinated `Syria`"), "{out}");
    assert!(out.contains("-> rule polarity 1 (1 at >= "), "{out}");
    // the stance model decides, and says with which of its lines
    assert!(
        out.contains("      model (stance_model.csv): P(-1) "),
        "{out}"
    );
    assert!(out.contains("rule:score (line "), "{out}");
}

#[test]
fn diff_shows_a_stance_model_change() {
    // without the model the rule decides: targets of the sample corpus move
    let new = lexicons_without_model();
    let (summary, rows, _) = diff_of(
        &root().join("lexicons"),
        new.path(),
        &[&root().join("corpus")],
        2,
    );
    assert!(
        rows.iter().any(|r| r["field"] == "target_polarity"),
        "{summary}"
    );
    assert!(rows
        .iter()
        .filter(|r| r["field"] != "target_polarity")
        .all(|r| r["field"] == "target_stance_score"));
}

#[test]
fn diff_shows_a_lexicon_edit() {
    let new = lexicons_with("hedges.csv", "would,1,modal,\n");
    let out = tempfile::tempdir().unwrap();
    let csv_path = out.path().join("diff.csv");
    slant()
        .args(["diff", "--old", "lexicons", "--new"])
        .arg(new.path())
        .arg("corpus")
        .arg("--out")
        .arg(&csv_path)
        .current_dir(root())
        .assert()
        .success()
        .stdout(predicate::str::contains("claims changed"));
    let rows = read_csv(&csv_path);
    assert!(rows.iter().any(|r| r["field"] == "hedged"
        && r["old"] == "false"
        && r["new"] == "true"
        && r["text"].contains("would")));
}

/// `slant diff` of `inputs` between the bundled lexicons and `new`: its
/// summary and its rows.
fn diff_of(
    old: &std::path::Path,
    new: &std::path::Path,
    inputs: &[&std::path::Path],
    threads: usize,
) -> (
    String,
    Vec<std::collections::BTreeMap<String, String>>,
    String,
) {
    let out = tempfile::tempdir().unwrap();
    let csv_path = out.path().join("diff.csv");
    let assert = slant()
        .arg("diff")
        .arg("--old")
        .arg(old)
        .arg("--new")
        .arg(new)
        .args(inputs)
        .arg("--out")
        .arg(&csv_path)
        .args(["--threads", &threads.to_string()])
        .current_dir(root())
        .assert()
        .success();
    let o = assert.get_output();
    (
        String::from_utf8(o.stdout.clone()).unwrap(),
        read_csv(&csv_path),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn diff_shows_target_and_topic_changes() {
    // a stance word bound to a target, and a topic: before, neither showed
    let new = lexicons_with("stance_news.csv", "harbour,-3,test\n");
    append_to(new.path(), "topics.csv", "maritime,harbour|harbor,test\n");
    // and a reporting verb, which gives a claim its source
    append_to(
        new.path(),
        "reporting_verbs.csv",
        "harrumph,harrumphed,neutral,any,yes,,test\n",
    );
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.jsonl");
    std::fs::write(
        &input,
        concat!(
            "{\"id\":\"a1\",\"text\":\"Iran inspected the harbour, the ministry said.\"}\n",
            "{\"id\":\"a2\",\"text\":\"The port will reopen, the minister harrumphed.\"}\n",
        ),
    )
    .unwrap();
    // the rule's decisions: without the stance model, which reads them
    let old = lexicons_without_model();
    std::fs::remove_file(new.path().join("stance_model.csv")).unwrap();
    let (summary, rows, _) = diff_of(old.path(), new.path(), &[&input], 1);
    assert!(summary.contains("2 claims changed"), "{summary}");
    let a2 = |f: &str| {
        rows.iter()
            .find(|r| r["article_id"] == "a2" && r["field"] == f)
            .map(|r| (r["old"].clone(), r["new"].clone()))
    };
    assert_eq!(
        a2("attribution"),
        Some(("unattributed".into(), "indirect".into()))
    );
    assert_eq!(a2("cue"), Some(("".into(), "harrumphed".into())));
    assert_eq!(
        a2("source_mention"),
        Some(("".into(), "the minister".into()))
    );
    let rows: Vec<_> = rows
        .into_iter()
        .filter(|r| r["article_id"] == "a1")
        .collect();
    let field = |f: &str| {
        rows.iter()
            .find(|r| r["field"] == f)
            .unwrap_or_else(|| panic!("no {f} row in {rows:?}"))
    };
    let p = field("target_polarity");
    assert_eq!(
        (p["target"].as_str(), p["old"].as_str(), p["new"].as_str()),
        ("Iran (Iran)", "0", "-1")
    );
    assert_eq!(field("target_stance_score")["old"], "0");
    let topic = field("topics");
    assert_eq!(
        (topic["old"].as_str(), topic["new"].as_str()),
        ("", "maritime")
    );
    assert_eq!(field("stance_cues")["new"], "harbour");
    assert!(rows
        .iter()
        .all(|r| r["article_id"] == "a1" && r["start"] == "0"));
    // claim fields carry no target
    assert_eq!(topic["target"], "");
}

/// A target named under both lexicon sets whose deciding mention moves is
/// one target whose mention changed, not one target gone and another come.
#[test]
fn diff_follows_a_target_whose_mention_moves() {
    let new = lexicons_with("targets.csv", "");
    let path = new.path().join("targets.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("\nRussia,Moscow|"),
        "targets.csv changed shape"
    );
    std::fs::write(&path, text.replace("\nRussia,Moscow|", "\nRussia,")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.jsonl");
    std::fs::write(
        &input,
        "{\"id\":\"m\",\"text\":\"According to Russia's Tass state media, Iran may have supplied drones to Moscow.\"}\n",
    )
    .unwrap();
    let old = lexicons_with("targets.csv", "");
    let (_, rows, _) = diff_of(old.path(), new.path(), &[&input], 1);
    let russia: Vec<_> = rows
        .iter()
        .filter(|r| r["target"].starts_with("Russia"))
        .map(|r| (r["field"].as_str(), r["old"].as_str(), r["new"].as_str()))
        .collect();
    // Moscow decided (outside the source mention); without it, Russia's
    // mention inside the source mention does
    assert!(
        russia.contains(&("target_mention", "Moscow 73-79", "Russia 13-19")),
        "{rows:?}"
    );
    assert!(russia.iter().all(|r| r.0 != "target"), "{rows:?}");
}

#[test]
fn diff_is_the_same_on_any_number_of_threads_and_names_what_it_skips() {
    let new = lexicons_with("hedges.csv", "would,1,modal,\n");
    let corpus = root().join("corpus");
    let missing = root().join("no-such-file.jsonl");
    let (s1, one, _) = diff_of(&root().join("lexicons"), new.path(), &[&corpus], 1);
    let (s2, two, err) = diff_of(
        &root().join("lexicons"),
        new.path(),
        &[&corpus, &missing],
        2,
    );
    assert!(!one.is_empty());
    assert_eq!(one, two);
    let counts = |s: &str| {
        s.lines()
            .filter(|l| !l.contains("written to") && !l.contains("skipped"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(counts(&s1), counts(&s2));
    // a missing file is skipped and said, not analysed as a sentence
    assert!(s2.contains("1 input records skipped"), "{s2}");
    assert!(err.contains("no-such-file.jsonl"), "{err}");
}

fn metric(args: &[&str], file: &std::path::Path, name: &str) -> f64 {
    let text = eval_output(args, file);
    let at = text
        .find(name)
        .unwrap_or_else(|| panic!("no `{name}` in {text}"));
    text[at + name.len()..]
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

#[test]
fn hedge_bars() {
    if let Some(bio) = shared("corpora/hedge/bio-train.jsonl") {
        assert!(metric(&["eval", "hedge", "--profile", "bio"], &bio, "F1") >= 0.65);
    }
    if let Some(wiki) = shared("corpora/hedge/wiki-train.jsonl") {
        // the issue's bar (0.623 measured)
        assert!(metric(&["eval", "hedge", "--profile", "wiki"], &wiki, "F1") >= 0.62);
    }
    if let Some(gold) = shared("gold/dev.jsonl") {
        assert!(metric(&["eval", "gold"], &gold, "hedged-claim F1") >= 0.85);
        // target stance: the bar (0.60) is not met; guard the measured
        // levels, the model's (0.518) and the rule's own (0.522), with one
        // mention a target deciding (0.499 and 0.496 when the first did)
        assert!(metric(&["eval", "gold"], &gold, "target stance macro-F1") >= 0.51);
        assert!(metric(&["eval", "gold"], &gold, "the lexicon rule alone") >= 0.51);
    }
}

#[test]
fn valence_and_stance_bars() {
    if let Some(nyt) = shared("corpora/valence/nyt-dev.jsonl") {
        assert!(metric(&["eval", "valence"], &nyt, "Pearson r") >= 0.52);
    }
    if let Some(mtsc) = shared("corpora/newsmtsc/dev.jsonl") {
        // the issue's bar is 0.58 (VADER about 0.51); the rule alone gave
        // 0.582, with the stance model trained on train 0.631
        assert!(metric(&["eval", "stance"], &mtsc, "macro-F1") >= 0.62);
        // the rule's own figure is printed beside it, and the model adds to it
        let rule = metric(&["eval", "stance"], &mtsc, "the lexicon rule alone");
        assert!((0.57..0.62).contains(&rule), "{rule}");
    }
}

#[test]
fn polnear_attribution_bars() {
    let Some(dev) = shared("corpora/polnear/dev.jsonl") else {
        return;
    };
    let text = eval_output(&["eval", "attribution"], &dev);
    let row = |name: &str| -> Vec<f64> {
        let line = text
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no {name} in {text}"));
        line[name.len()..]
            .split_whitespace()
            .take(3)
            .map(|x| x.parse().unwrap())
            .collect()
    };
    let (cue, triple, quoted) = (row("cue "), row("triple "), row("cue, quoted"));
    // the issue's precision bars hold
    assert!(cue[0] >= 0.85 && triple[0] >= 0.75, "{text}");
    // the recall bars for cues and triples hold (0.55 / 0.45)
    assert!(cue[1] >= 0.55 && triple[1] >= 0.45, "{text}");
    // the quoted-cue bar (0.85) is not met yet: guard the measured level (0.829)
    assert!(quoted[1] >= 0.82, "{text}");
}

/// The valence `slant score` gives each of `texts` with the lexicons in `dir`.
fn valences(dir: &std::path::Path, texts: &[&str]) -> Vec<f64> {
    let input: String = texts
        .iter()
        .map(|t| serde_json::json!({ "text": t }).to_string() + "\n")
        .collect();
    let (lines, _, _) = score_lines_with(dir, input);
    lines
        .iter()
        .map(|l| l["valence"].as_f64().unwrap())
        .collect()
}

#[test]
fn a_stance_phrase_counts_once_for_its_words() {
    let texts = [
        "The health care plan passed.",
        "They revived the cold war.",
        "It is no doubt good news.",
    ];
    let before = valences(&root().join("lexicons"), &texts);
    let new = lexicons_with(
        "stance_news.csv",
        "health care,0,test\ncold war,-1.5,test\nno doubt,0,test\n",
    );
    let after = valences(new.path(), &texts);
    // "care" (+2.2 in VADER) is no praise inside "health care"
    assert!(before[0] > 0.0, "{before:?}");
    assert_eq!(after[0], 0.0);
    // "cold war" counts -1.5 once, not "war" -2.9
    assert!(after[1] > before[1], "{before:?} {after:?}");
    assert!(after[1] < 0.0);
    // a negator inside a phrase negates nothing after it
    assert!(after[2] > before[2], "{before:?} {after:?}");
    assert!(after[2] > 0.0);

    let text = "Iran said the health care plan would revive the cold war with the United States.";
    let out = stdout_of(
        slant()
            .arg("--lexicons")
            .arg(new.path())
            .args(["explain", text]),
    );
    assert!(out.contains("health care +0 (stance_news.csv:"), "{out}");
    assert!(
        out.contains("care +2.2 (stance.csv:")
            && out.contains("-> 0, a word of the phrase `health care`"),
        "{out}"
    );
    assert!(out.contains("cold war -1.5 (stance_news.csv:"), "{out}");
    // the target line names the phrase that bound to it
    assert!(out.contains("cold war -1.5 (nearest,"), "{out}");
}

#[test]
fn stance_phrases_override_and_are_checked() {
    // stance_news.csv wins over stance.csv for a phrase, as for a word
    let new = lexicons_with("stance.csv", "cold war,-1\n");
    append_to(new.path(), "stance_news.csv", "cold war,-2,news\n");
    let out = stdout_of(
        slant()
            .arg("--lexicons")
            .arg(new.path())
            .args(["explain", "They revived the cold war."]),
    );
    assert!(out.contains("cold war -2 (stance_news.csv:"), "{out}");
    // what cannot be a phrase is said with file:line
    append_to(
        new.path(),
        "stance_news.csv",
        "cold war*,-1,x\nhot / cold,1,x\ncold war,-3,again\n9 11,-2,x\n",
    );
    // lint says its problems on stdout
    let lint = slant().arg("lint").arg(new.path()).assert().code(1);
    let text = String::from_utf8_lossy(&lint.get_output().stdout).into_owned();
    assert!(
        text.contains("stance phrases take no wildcard: `cold war*`"),
        "{text}"
    );
    assert!(
        text.contains("a stance phrase is words separated by spaces; `hot / cold`"),
        "{text}"
    );
    assert!(text.contains("`cold war` already listed at line"), "{text}");
    assert!(
        text.contains("a stance phrase starts with a word, not a number: `9 11`"),
        "{text}"
    );
    assert!(text.contains("stance_news.csv:"), "{text}");
}

/// `slant score` counts a distancing reporting cue as a hedge, as a report
/// counts it for the claim: for a sentence that is one claim, both give the
/// same hedge score and cues.
#[test]
fn score_counts_a_distancing_cue_as_a_report_does() {
    let sentences = [
        "Iran alleged that the strike was planned.",
        "Officials may have misled the public, critics claimed.",
        "Officials who claimed victory said the strike was planned.",
        "He faces criminal charges in Ohio.",
        "The company's claims were never tested.",
        "\"The talks failed,\" the minister claimed on Monday.",
        "Tehran maintains that its program is peaceful.",
        "The minister said talks may resume.",
    ];
    let lines: String = sentences
        .iter()
        .enumerate()
        .map(|(i, t)| serde_json::json!({ "id": format!("s{i}"), "text": t }).to_string() + "\n")
        .collect();
    let (scored, _, _) = score_lines(lines.as_str());
    let (_dir, out) = report_of(&lines);
    let claims = read_csv(&out.join("claims.csv"));
    for (i, line) in scored.iter().enumerate() {
        let id = format!("s{i}");
        let mine: Vec<_> = claims.iter().filter(|c| c["article_id"] == id).collect();
        assert_eq!(mine.len(), 1, "{}: one claim expected", sentences[i]);
        let c = mine[0];
        let cues: Vec<String> = line["hedge_cues"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        assert_eq!(
            (line["hedge_score"].as_f64().unwrap(), cues.join("|")),
            (
                c["hedge_score"].parse::<f64>().unwrap(),
                c["hedge_cues"].clone()
            ),
            "{}",
            sentences[i]
        );
    }
    // the cue counts, a distancing verb that is no cue does not
    assert_eq!(scored[0]["hedged"], true);
    assert_eq!(scored[0]["hedge_cues"][0], "alleged");
    assert_eq!(scored[2]["hedge_score"], 0);
    assert_eq!(scored[3]["hedge_score"], 0);
}

#[test]
fn train_stance_writes_a_model_that_lints_and_decides() {
    // made-up verbs, which no lexicon knows: only a model can learn them
    let lex = lexicons_without_model();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("train.jsonl");
    let mut lines = String::new();
    for i in 0..40 {
        let who = ["Smith", "Jones", "Brown", "Clark"][i % 4];
        let n = who.len();
        for (verb, y) in [("was blorfed by", -1), ("was zindled by", 1), ("met", 0)] {
            lines.push_str(&format!(
                "{{\"text\":\"{who} {verb} the council on day {i}.\",\"target_start\":0,\"target_end\":{n},\"polarity\":{y}}}\n"
            ));
        }
    }
    // a line without a label is skipped and named, not dropped silently
    lines.push_str("{\"text\":\"No label here.\",\"target_start\":0,\"target_end\":2}\n");
    std::fs::write(&data, lines).unwrap();
    let model = lex.path().join("stance_model.csv");
    let train = |out: &std::path::Path| {
        slant()
            .arg("--lexicons")
            .arg(lex.path())
            .args(["train", "stance"])
            .arg(&data)
            .arg("--out")
            .arg(out)
            .assert()
            .success()
            .stdout(predicate::str::contains("120 examples, 1 skipped"))
            .stderr(predicate::str::contains("train.jsonl:121: no `polarity`"));
    };
    train(&model);
    // the same data gives the same file
    let again = dir.path().join("again.csv");
    train(&again);
    let strip = |p: &std::path::Path| {
        std::fs::read_to_string(p)
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(&model), strip(&again));
    slant()
        .arg("lint")
        .arg(lex.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("0 errors"));
    let input = dir.path().join("score.jsonl");
    std::fs::write(
        &input,
        concat!(
            "{\"text\":\"Lee was blorfed by the mayor.\",\"target_start\":0,\"target_end\":3}\n",
            "{\"text\":\"Lee was zindled by the mayor.\",\"target_start\":0,\"target_end\":3}\n",
        ),
    )
    .unwrap();
    let out = stdout_of(
        slant()
            .arg("--lexicons")
            .arg(lex.path())
            .arg("score")
            .arg(&input),
    );
    let pols: Vec<i64> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["target_polarity"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(pols, [-1, 1], "{out}");
    // a broken model is refused with its line
    append_to(lex.path(), "stance_model.csv", "right:x,1,oops,3\n");
    slant().arg("lint").arg(lex.path()).assert().code(1).stdout(
        predicate::str::contains("stance_model.csv:")
            .and(predicate::str::contains("must be a number, not `oops`")),
    );
}

#[test]
fn a_target_named_twice_in_a_claim_gets_one_row_from_the_mention_outside_the_source() {
    // Russia is the speaker's country and the subject of what is said
    let text = "A Russian envoy told reporters that Moscow welcomed the ceasefire.";
    let (_dir, out) =
        report_of(&(serde_json::json!({ "id": "a", "text": text }).to_string() + "\n"));
    let rows = read_csv(&out.join("claim_targets.csv"));
    let russia: Vec<_> = rows.iter().filter(|r| r["target"] == "Russia").collect();
    assert_eq!(russia.len(), 1, "{rows:?}");
    assert_eq!(russia[0]["mention"], "Moscow", "{rows:?}");
    // explain says which mention speaks for the target
    let explained = stdout_of(slant().args(["explain", text]));
    assert!(
        explained.contains("not the deciding mention: `Moscow` speaks for Russia"),
        "{explained}"
    );
}

/// `slant report` of JSON lines: the temporary folder (kept alive by the
/// caller) and the report folder inside it.
fn report_of(lines: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, lines).unwrap();
    let out = dir.path().join("out");
    slant()
        .args(["report", "--quiet", "--out"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    (dir, out)
}
