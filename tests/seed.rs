//! The article slant started from (../shared/seeds), checked claim by claim.

mod common;
use common::*;

#[test]
fn seed_article() {
    let Some(seed) = shared("seeds/000_46724fc42426082c.txt") else {
        return;
    };
    let out = tempfile::tempdir().unwrap();
    slant()
        .arg("report")
        .arg(&seed)
        .arg("--out")
        .arg(out.path())
        .assert()
        .success();
    let rows = read_csv(&out.path().join("claims.csv"));
    let find = |needle: &str| {
        rows.iter()
            .find(|r| r["text"].contains(needle))
            .unwrap_or_else(|| {
                panic!(
                    "no claim contains {needle:?}; claims: {:#?}",
                    rows.iter().map(|r| &r["text"]).collect::<Vec<_>>()
                )
            })
    };
    let check = |needle: &str, source: &str, kind: &str, category: &str| {
        let r = find(needle);
        assert_eq!(
            (
                r["source"].as_str(),
                r["source_kind"].as_str(),
                r["category"].as_str()
            ),
            (source, kind, category),
            "claim containing {needle:?}: mention {:?}, rule {:?}",
            r["source_mention"],
            r["rule"]
        );
    };
    check(
        "According to Russia’s Tass state media",
        "TASS",
        "outlet",
        "state media",
    );
    check(
        "According to these reports",
        "TASS",
        "outlet",
        "state media",
    );
    check("That article notes", "Al-Ain", "outlet", "Gulf media");
    check("the report said", "Al-Ain", "outlet", "Gulf media");
    check("Al-Ain noted", "Al-Ain", "outlet", "Gulf media");
    check("which is pro-Iran", "Al-Mayadeen", "outlet", "pro-Iran");
    check("It also noted", "Al-Mayadeen", "outlet", "pro-Iran");
    check("Iran said that", "Iran", "government", "government");
    check("Iran also hopes", "Iran", "government", "government");
    check("Iran continues to say", "Iran", "government", "government");
    // the author's own sentences (located by a few words each: the
    // article's text stays in ../shared)
    for s in [
        "originally planned",
        "arrived in Moscow this week",
        "devoted",
        "cyber collaboration",
        "The US is concerned",
    ] {
        check(s, "", "unattributed", "unattributed");
    }
    // nothing from the junk lines
    assert!(rows
        .iter()
        .all(|r| !r["text"].contains("Store") && !r["text"].contains("getElementById")));
    // the nested "According to this report" inside Al-Ain's quotation does not fire
    assert_eq!(find("According to this report")["source"], "Al-Ain");
}
