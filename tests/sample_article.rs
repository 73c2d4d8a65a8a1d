//! The bundled sample article exercises every attribution pattern of the
//! core issue; each claim's source, kind, category, attribution and cue are
//! checked exactly.

mod common;
use common::*;

#[test]
fn every_pattern_in_the_sample_article() {
    let out = tempfile::tempdir().unwrap();
    slant()
        .args(["report", "corpus/001_caspian_port.txt", "--out"])
        .arg(out.path())
        .current_dir(root())
        .assert()
        .success();
    let rows = read_csv(&out.path().join("claims.csv"));
    let actual: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            [
                "source",
                "source_kind",
                "category",
                "attribution",
                "cue",
                "source_mention",
            ]
            .iter()
            .map(|k| r[*k].clone())
            .collect()
        })
        .collect();
    let expected = vec![
        vec!["", "unattributed", "unattributed", "unattributed", "", ""],
        // According to X, ...
        vec![
            "TASS",
            "outlet",
            "state media",
            "according_to",
            "according to",
            "Russia’s Tass state media",
        ],
        // generic noun: the agency
        vec![
            "TASS",
            "outlet",
            "state media",
            "indirect",
            "said",
            "The agency",
        ],
        // X said that ...
        vec![
            "Iran",
            "government",
            "government",
            "indirect",
            "said",
            "Iran’s Foreign Ministry",
        ],
        // “Q,” the minister told TASS (the speaker, not TASS)
        vec![
            "Iran",
            "government",
            "government",
            "direct",
            "told",
            "the minister",
        ],
        // He added
        vec![
            "Iran",
            "government",
            "government",
            "indirect",
            "added",
            "He",
        ],
        // a quotation running over two sentences, then “Q,” said X
        vec![
            "Pavel Orlov",
            "government",
            "government",
            "direct",
            "said",
            "Russian Transport Minister Pavel Orlov",
        ],
        vec![
            "Pavel Orlov",
            "government",
            "government",
            "direct",
            "said",
            "Russian Transport Minister Pavel Orlov",
        ],
        // X said: “Q” with a surname
        vec![
            "Pavel Orlov",
            "government",
            "government",
            "direct",
            "said",
            "Orlov",
        ],
        // an outlet doing something is the author's statement
        vec!["", "unattributed", "unattributed", "unattributed", "", ""],
        // that article / the Emirati outlet / the report
        vec![
            "Al-Ain",
            "outlet",
            "Gulf media",
            "indirect",
            "notes",
            "That article",
        ],
        vec![
            "Al-Ain",
            "outlet",
            "Gulf media",
            "indirect",
            "claimed",
            "The Emirati outlet",
        ],
        vec![
            "Al-Ain",
            "outlet",
            "Gulf media",
            "indirect",
            "said",
            "The report",
        ],
        // X, which is pro-Iran, reported; It also noted
        vec![
            "Al-Mayadeen",
            "outlet",
            "pro-Iran",
            "indirect",
            "reported",
            "Al-Mayadeen, which is pro-Iran",
        ],
        vec![
            "Al-Mayadeen",
            "outlet",
            "pro-Iran",
            "indirect",
            "noted",
            "It",
        ],
        // X, citing Y, said: the outer source
        vec![
            "Press TV",
            "outlet",
            "state media",
            "indirect",
            "said",
            "Press TV",
        ],
        // unnamed sources
        vec![
            "unnamed",
            "unnamed",
            "unnamed",
            "indirect",
            "said",
            "Officials in Baku",
        ],
        vec![
            "unnamed",
            "unnamed",
            "unnamed",
            "indirect",
            "said",
            "Diplomats familiar with the talks",
        ],
        // ..., according to X
        vec![
            "unnamed",
            "unnamed",
            "unnamed",
            "according_to",
            "according to",
            "analysts",
        ],
        // X alleged
        vec![
            "United States",
            "government",
            "government",
            "indirect",
            "alleged",
            "Washington",
        ],
        // ..., said X
        vec![
            "Ali Rahimi",
            "government",
            "government",
            "indirect",
            "said",
            "Foreign Ministry spokesman Ali Rahimi",
        ],
        // X wrote: a named person at an outlet stays a person
        vec![
            "Sara Haddad",
            "person",
            "person",
            "indirect",
            "wrote",
            "Gulf News editor Sara Haddad",
        ],
        vec!["", "unattributed", "unattributed", "unattributed", "", ""],
        vec!["", "unattributed", "unattributed", "unattributed", "", ""],
    ];
    assert_rows("corpus/001_caspian_port.txt", &expected, &actual);
    // the junk lines at the end never become claims
    assert!(rows
        .iter()
        .all(|r| !r["text"].contains("newsletter") && !r["text"].contains("googletag")));
}

#[test]
fn offsets_point_at_the_text() {
    let out = tempfile::tempdir().unwrap();
    slant()
        .args(["report", "corpus", "--out"])
        .arg(out.path())
        .current_dir(root())
        .assert()
        .success();
    // rebuild each article body and check every span
    let body = std::fs::read_to_string(root().join("corpus/001_caspian_port.txt")).unwrap();
    let body = body.split_once("\n\n").unwrap().1;
    for r in read_csv(&out.path().join("claims.csv")) {
        if r["article_id"] != "001_caspian_port" {
            continue;
        }
        let span = |a: &str, b: &str| -> Option<&str> {
            if r[a].is_empty() {
                return None;
            }
            let (s, e): (usize, usize) = (r[a].parse().unwrap(), r[b].parse().unwrap());
            Some(&body[s..e])
        };
        assert_eq!(span("start", "end"), Some(r["text"].as_str()));
        assert_eq!(
            span("source_start", "source_end").unwrap_or(""),
            r["source_mention"]
        );
        if let Some(cue) = span("cue_start", "cue_end") {
            assert_eq!(cue.to_lowercase(), r["cue"]);
        }
        if let Some(content) = span("content_start", "content_end") {
            assert!(
                r["text"].contains(content) || r["attribution"] != "unattributed",
                "content outside claim: {content}"
            );
        }
    }
}
