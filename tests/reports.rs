//! The comparison reports: files, columns, statistics, options, the workbook
//! and the page (the page is opened in headless Chromium when it is installed).

mod common;
use common::*;

fn report(extra: &[&str]) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    slant()
        .args(["report", "corpus", "--quiet", "--out"])
        .arg(out.path())
        .args(extra)
        .current_dir(root())
        .assert()
        .success();
    out
}

#[test]
fn every_report_is_written_with_its_columns() {
    let out = report(&["--format", "xlsx,html"]);
    for (file, first) in [
        ("articles.csv", "article_id"),
        ("sources.csv", "source"),
        ("categories.csv", "category"),
        ("coverage.csv", "group_by"),
        ("targets.csv", "target"),
        ("compare.csv", "comparison"),
        ("unknown_sources.csv", "mention"),
    ] {
        let text = std::fs::read_to_string(out.path().join(file)).unwrap();
        assert!(
            text.starts_with(first),
            "{file} starts with {:?}",
            &text[..40.min(text.len())]
        );
    }
    let articles = read_csv(&out.path().join("articles.csv"));
    assert_eq!(articles.len(), 6);
    let total: usize = articles
        .iter()
        .map(|a| a["claims"].parse::<usize>().unwrap())
        .sum();
    assert_eq!(total, read_csv(&out.path().join("claims.csv")).len());
    // shares of a group's categories add up to one
    let cov = read_csv(&out.path().join("coverage.csv"));
    let tass = cov
        .iter()
        .filter(|r| r["group"] == "Tasnim" && r["dimension"] == "source category");
    let sum: f64 = tass.map(|r| r["share"].parse::<f64>().unwrap()).sum();
    assert!((sum - 1.0).abs() < 0.01, "{sum}");
    for r in &cov {
        let (lo, s, hi): (f64, f64, f64) = (
            r["share_ci_low"].parse().unwrap(),
            r["share"].parse().unwrap(),
            r["share_ci_high"].parse().unwrap(),
        );
        assert!(lo <= s && s <= hi);
    }
    // every comparison row has n, a p-value where defined, and a q-value
    let cmp = read_csv(&out.path().join("compare.csv"));
    assert!(cmp
        .iter()
        .any(|r| r["test"] == "chi_squared" && !r["effect"].is_empty()));
    for r in cmp.iter().filter(|r| !r["p"].is_empty()) {
        let (p, q): (f64, f64) = (r["p"].parse().unwrap(), r["q_bh"].parse().unwrap());
        assert!((0.0..=1.0).contains(&p) && q >= p - 1e-9, "{r:?}");
    }
    assert!(
        std::fs::metadata(out.path().join("report.xlsx"))
            .unwrap()
            .len()
            > 5000
    );
    let html = std::fs::read_to_string(out.path().join("index.html")).unwrap();
    assert_eq!(html.matches("<svg").count(), 4);
    assert!(
        !html.contains("<script") && !html.contains("http://") && !html.contains("https://"),
        "the page must be self-contained"
    );
}

#[test]
fn options_group_filter_flag_and_bom() {
    let by_cat = report(&["--group-by", "category", "--min-n", "1000"]);
    let cov = read_csv(&by_cat.path().join("coverage.csv"));
    assert!(cov.iter().all(|r| r["group_by"] == "publisher category"));
    assert!(cov.iter().any(|r| r["group"] == "state media"));
    assert!(cov.iter().all(|r| r["below_min_n"] == "true"));
    let dated = report(&["--since", "2025-03", "--until", "2025-03-11"]);
    let arts = read_csv(&dated.path().join("articles.csv"));
    let dates: Vec<&str> = arts.iter().map(|a| a["date"].as_str()).collect();
    assert_eq!(dates, vec!["2025-03-10", "2025-03-11"]);
    let m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dated.path().join("manifest.json")).unwrap())
            .unwrap();
    assert_eq!(m["counts"]["ingest"]["filtered_by_date"], 4);
    assert_eq!(m["counts"]["ingest"]["undated_kept"], 0);
    // a bound that is no date is refused; an article whose date cannot be
    // placed is kept and counted, one dated only by its year is within 2024-01
    slant()
        .args(["report", "corpus", "--since", "tomorrow"])
        .current_dir(root())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("`tomorrow` is not a date"));
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("dates.jsonl");
    let lines: Vec<String> = [
        "2024-01-15T10:00Z",
        "2023-12-31",
        "yesterday",
        "2024",
        "",
        "2024-02-01",
    ]
    .iter()
    .enumerate()
    .map(|(i, date)| format!("{{\"id\":\"{i}\",\"date\":\"{date}\",\"text\":\"Tass said it.\"}}\n"))
    .collect();
    std::fs::write(&input, lines.concat()).unwrap();
    let out = d.path().join("out");
    let report_of_dates = |args: &[&str]| {
        slant()
            .arg("report")
            .arg(&input)
            .args(args)
            .args(["--quiet", "--out"])
            .arg(&out)
            .assert()
            .success();
    };
    report_of_dates(&["--since", "2024-01", "--until", "2024-01-31"]);
    let kept: Vec<String> = read_csv(&out.join("articles.csv"))
        .iter()
        .map(|a| a["article_id"].clone())
        .collect();
    assert_eq!(kept, vec!["0", "2", "3", "4"]);
    let m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(m["counts"]["ingest"]["filtered_by_date"], 2);
    assert_eq!(m["counts"]["ingest"]["undated_kept"], 2);
    // by month: a date with no month (or none at all) is "unknown"
    report_of_dates(&["--group-by", "date:month"]);
    let months: std::collections::BTreeSet<String> = read_csv(&out.join("coverage.csv"))
        .iter()
        .map(|r| r["group"].clone())
        .collect();
    let want: std::collections::BTreeSet<String> = ["2023-12", "2024-01", "2024-02", "unknown"]
        .iter()
        .map(|m| m.to_string())
        .collect();
    assert_eq!(months, want);
    let excel = report(&["--excel"]);
    assert!(std::fs::read(excel.path().join("compare.csv"))
        .unwrap()
        .starts_with(b"\xEF\xBB\xBF"));
    slant()
        .args(["report", "corpus", "--group-by", "colour"])
        .current_dir(root())
        .assert()
        .code(2);
}

#[test]
fn stance_intervals_stay_inside_the_scores_range() {
    // the sample corpus has targets and categories named by two or three
    // claims, whose t intervals reach past [-1, 1] before they are cut
    let out = report(&[]);
    let mut cut = 0;
    for file in [
        "sources.csv",
        "categories.csv",
        "coverage.csv",
        "targets.csv",
    ] {
        for row in read_csv(&out.path().join(file)) {
            for col in ["stance_ci_low", "stance_ci_high"] {
                let Some(v) = row.get(col).filter(|v| !v.is_empty()) else {
                    continue;
                };
                let v: f64 = v.parse().unwrap();
                assert!((-1.0..=1.0).contains(&v), "{file} {col} {v}: {row:?}");
                if v.abs() == 1.0 {
                    cut += 1;
                }
            }
        }
    }
    assert!(
        cut > 0,
        "no interval reached a bound: the test proves nothing"
    );
}

#[test]
fn reports_are_byte_identical_run_to_run() {
    let (a, b) = (
        report(&["--format", "xlsx,html"]),
        report(&["--format", "xlsx,html", "--threads", "1"]),
    );
    for f in [
        "sources.csv",
        "coverage.csv",
        "targets.csv",
        "compare.csv",
        "articles.csv",
        "unknown_sources.csv",
        "report.xlsx",
        "index.html",
    ] {
        assert!(
            std::fs::read(a.path().join(f)).unwrap() == std::fs::read(b.path().join(f)).unwrap(),
            "{f} differs"
        );
    }
}

#[test]
fn the_page_loads_in_chromium_without_console_errors() {
    let Some(chromium) = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .find(|p| std::path::Path::new(p).exists())
    else {
        eprintln!("SKIP: chromium is not installed (.ci/run installs it)");
        return;
    };
    let out = report(&["--format", "html"]);
    let page = format!("file://{}", out.path().join("index.html").display());
    let profile = tempfile::tempdir().unwrap();
    let flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--enable-logging=stderr",
        "--v=0",
    ];
    let dom = std::process::Command::new(chromium)
        .args(flags)
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(&page)
        .output()
        .unwrap();
    let html = String::from_utf8_lossy(&dom.stdout);
    let log = String::from_utf8_lossy(&dom.stderr);
    assert_eq!(
        html.matches("<svg").count(),
        4,
        "charts in the rendered page"
    );
    assert!(
        !log.contains("CONSOLE") && !log.contains("Uncaught"),
        "console errors: {log}"
    );
    let shot = out.path().join("page.png");
    let st = std::process::Command::new(chromium)
        .args(flags)
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--window-size=900,1400")
        .arg(format!("--screenshot={}", shot.display()))
        .arg(&page)
        .output()
        .unwrap();
    assert!(st.status.success());
    let png = std::fs::read(&shot).unwrap();
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "screenshot of {} bytes",
        png.len()
    );
}
