//! Exporters beside the CSV files: an xlsx workbook and a self-contained
//! HTML page with charts. Both read the finished tables (and the CSVs
//! already written for claims and articles).

use std::fmt::Write as _;
use std::path::Path;

use rust_xlsxwriter::{Format, Workbook};

use crate::aggregate::{Row, Table};
use crate::error::Error;
use crate::report::{AtomicFile, Counts, ReportOptions};

/// Excel's row limit; longer sheets are cut and say so in their last row.
const XLSX_MAX_ROWS: usize = 1_048_575;

fn xlsx_err(path: &Path, e: rust_xlsxwriter::XlsxError) -> Error {
    Error::io(path, std::io::Error::other(e.to_string()))
}

/// The summary tables the HTML page reads.
pub const HTML_TABLES: [&str; 3] = ["coverage", "categories", "targets"];

/// The summary sheets of report.xlsx, in order (the articles and claims
/// sheets follow); a table not listed comes first.
const SHEETS: [&str; 6] = [
    "sources",
    "categories",
    "coverage",
    "targets",
    "compare",
    "unknown_sources",
];

/// Columns of claims.csv that hold numbers.
const CLAIM_NUMERIC: [usize; 12] = [4, 5, 6, 10, 11, 16, 17, 18, 19, 20, 23, 0];

/// A charted group: name, claims, (category, share) parts.
type MixGroup = (String, f64, Vec<(String, f64)>);

/// Characters an Excel cell holds.
const XLSX_MAX_CHARS: usize = 32_767;

/// A text cell as the workbook can hold it: one longer than Excel's limit
/// is cut at a character boundary and says so (the CSV keeps it whole),
/// rather than failing the whole workbook.
fn xlsx_cell<'a>(v: &'a str, table: &str) -> std::borrow::Cow<'a, str> {
    // most cells are far shorter; count characters only when bytes might exceed
    if v.len() <= XLSX_MAX_CHARS || v.chars().count() <= XLSX_MAX_CHARS {
        return std::borrow::Cow::Borrowed(v);
    }
    let note = format!(" [... cut at Excel's cell limit; {table}.csv has it whole]");
    let keep = XLSX_MAX_CHARS - note.chars().count();
    let end = v.char_indices().nth(keep).map_or(v.len(), |(i, _)| i);
    std::borrow::Cow::Owned(format!("{}{note}", &v[..end]))
}

/// Write report.xlsx: one sheet per report, header row formatted and
/// frozen, autofilter, column widths.
pub fn write_xlsx(out: &Path, tables: &[Table]) -> Result<(), Error> {
    let path = out.join("report.xlsx");
    let mut wb = Workbook::new();
    // a fixed document date keeps the workbook byte-identical for identical input
    let fixed =
        rust_xlsxwriter::ExcelDateTime::from_ymd(2000, 1, 1).map_err(|e| xlsx_err(&path, e))?;
    wb.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_creation_datetime(&fixed)
            .set_author("slant"),
    );
    let header = Format::new()
        .set_bold()
        .set_background_color(0xDDE6F0)
        .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin);
    // the summary sheets in a fixed order, whatever order the tables were made in
    let mut tables: Vec<&Table> = tables.iter().collect();
    tables.sort_by_key(|t| SHEETS.iter().position(|s| *s == t.name));
    for t in tables {
        let cols: Vec<String> = t.columns.iter().map(|c| c.to_string()).collect();
        let rows = t.rows.iter().map(|r| Ok(r.to_vec()));
        write_sheet(&mut wb, &path, &header, t.name, &cols, &t.numeric, rows)?;
    }
    // the claim and article files can be large: stream them from the CSVs
    for (name, numeric_cols) in [("articles", None), ("claims", Some(&CLAIM_NUMERIC[..11]))] {
        let p = out.join(format!("{name}.csv"));
        let mut rdr = csv::ReaderBuilder::new()
            .from_path(&p)
            .map_err(|e| Error::io(&p, e.into()))?;
        let cols: Vec<String> = rdr
            .headers()
            .map_err(|e| Error::io(&p, e.into()))?
            .iter()
            .map(|h| h.trim_start_matches('\u{FEFF}').to_string())
            .collect();
        let numeric: Vec<bool> = (0..cols.len())
            .map(|i| match numeric_cols {
                Some(n) => n.contains(&i),
                None => i >= 4,
            })
            .collect();
        let pc = p.clone();
        let rows = rdr.into_records().map(move |r| {
            r.map(|r| r.iter().map(str::to_string).collect::<Vec<String>>())
                .map_err(|e| Error::io(&pc, e.into()))
        });
        write_sheet(&mut wb, &path, &header, name, &cols, &numeric, rows)?;
    }
    let buf = wb.save_to_buffer().map_err(|e| xlsx_err(&path, e))?;
    let mut f = AtomicFile::create(&path)?;
    std::io::Write::write_all(&mut f, &buf).map_err(|e| Error::io(&path, e))?;
    f.commit()
}

/// Write one sheet: header formatted and frozen, autofilter, column widths;
/// rows stream to disk (constant memory mode).
fn write_sheet(
    wb: &mut Workbook,
    path: &Path,
    header: &Format,
    name: &str,
    cols: &[String],
    numeric: &[bool],
    rows: impl Iterator<Item = Result<Vec<String>, Error>>,
) -> Result<(), Error> {
    let ws = wb.add_worksheet_with_constant_memory();
    ws.set_name(name).map_err(|e| xlsx_err(path, e))?;
    // widths are set before rows stream: from the header and the column's kind
    for (j, c) in cols.iter().enumerate() {
        let w = c.len().max(if numeric.get(j).copied().unwrap_or(false) {
            10
        } else {
            24
        });
        ws.set_column_width(j as u16, (w as f64 + 2.0).min(62.0))
            .map_err(|e| xlsx_err(path, e))?;
        ws.write_string_with_format(0, j as u16, c, header)
            .map_err(|e| xlsx_err(path, e))?;
    }
    let mut n = 0usize;
    for r in rows {
        let r = r?;
        if n >= XLSX_MAX_ROWS - 1 {
            ws.write_string(
                (n + 1) as u32,
                0,
                format!("... cut at Excel's row limit; {name}.csv has every row"),
            )
            .map_err(|e| xlsx_err(path, e))?;
            n += 1;
            break;
        }
        for (j, v) in r.iter().enumerate() {
            let (row, col) = ((n + 1) as u32, j as u16);
            match v.parse::<f64>() {
                Ok(x) if numeric.get(j).copied().unwrap_or(false) && x.is_finite() => {
                    ws.write_number(row, col, x)
                        .map_err(|e| xlsx_err(path, e))?;
                }
                // a cell starting with = is a string in xlsx, never a formula
                _ if !v.is_empty() => {
                    ws.write_string(row, col, xlsx_cell(v, name).as_ref())
                        .map_err(|e| xlsx_err(path, e))?;
                }
                _ => {}
            }
        }
        n += 1;
    }
    ws.set_freeze_panes(1, 0).map_err(|e| xlsx_err(path, e))?;
    if !cols.is_empty() {
        ws.autofilter(0, 0, n as u32, (cols.len() - 1) as u16)
            .map_err(|e| xlsx_err(path, e))?;
    }
    Ok(())
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const PALETTE: [&str; 12] = [
    "#c0392b", "#8e44ad", "#d4a017", "#2c7fb8", "#1b9e77", "#3b5bdb", "#7f8c8d", "#e67e22",
    "#16a085", "#b15928", "#999999", "#dddddd",
];

fn col(t: &Table, name: &str) -> Option<usize> {
    t.columns.iter().position(|c| *c == name)
}

fn f(r: Row<'_>, i: Option<usize>) -> f64 {
    i.and_then(|i| r.get(i))
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN)
}

fn s<'a>(r: Row<'a>, i: Option<usize>) -> &'a str {
    i.and_then(|i| r.get(i)).unwrap_or("")
}

fn html_table(out: &mut String, columns: &[&str], rows: &[Vec<String>]) {
    out.push_str("<table><thead><tr>");
    for c in columns {
        let _ = write!(out, "<th>{}</th>", esc(c));
    }
    out.push_str("</tr></thead><tbody>");
    for r in rows {
        out.push_str("<tr>");
        for v in r {
            let _ = write!(out, "<td>{}</td>", esc(v));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

/// Stacked horizontal bars: the sourcing mix of each group; returns the groups charted.
fn mix_chart(out: &mut String, coverage: &Table) -> Vec<String> {
    let (gi, di, vi, si, ci) = (
        col(coverage, "group"),
        col(coverage, "dimension"),
        col(coverage, "value"),
        col(coverage, "share"),
        col(coverage, "group_claims"),
    );
    let mut groups: Vec<MixGroup> = Vec::new();
    let mut cats: Vec<String> = Vec::new();
    for r in coverage.rows.iter() {
        if s(r, di) != "source category" {
            continue;
        }
        let g = s(r, gi).to_string();
        let c = s(r, vi).to_string();
        if !cats.contains(&c) {
            cats.push(c.clone());
        }
        match groups.iter_mut().find(|x| x.0 == g) {
            Some(x) => x.2.push((c, f(r, si))),
            None => groups.push((g, f(r, ci), vec![(c, f(r, si))])),
        }
    }
    cats.sort();
    groups.sort_by(|a, b| {
        b.1.partial_cmp(&a.1)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.0.cmp(&b.0))
    });
    groups.truncate(30);
    let (left, width, bar) = (220.0, 560.0, 18.0);
    let h =
        40.0 + groups.len() as f64 * (bar + 6.0) + 30.0 + (cats.len() as f64 / 4.0).ceil() * 18.0;
    let _ = write!(
        out,
        r#"<svg class="chart" role="img" aria-label="Sourcing mix per group" viewBox="0 0 800 {h:.0}" width="800" height="{h:.0}">"#
    );
    for (k, (g, n, parts)) in groups.iter().enumerate() {
        let y = 30.0 + k as f64 * (bar + 6.0);
        let _ = write!(
            out,
            r#"<text x="{:.0}" y="{:.1}" text-anchor="end" class="lbl">{} (n={})</text>"#,
            left - 6.0,
            y + bar * 0.75,
            esc(g),
            n
        );
        let mut x = left;
        for (c, share) in parts {
            let i = cats.iter().position(|z| z == c).unwrap_or(0);
            let w = if share.is_finite() {
                share * width
            } else {
                0.0
            };
            let _ = write!(
                out,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{bar}" fill="{}"><title>{}: {}</title></rect>"#,
                PALETTE[i % PALETTE.len()],
                esc(c),
                crate::report::num(*share)
            );
            x += w;
        }
    }
    let ly = 40.0 + groups.len() as f64 * (bar + 6.0);
    for (i, c) in cats.iter().enumerate() {
        let (x, y) = (left + (i % 4) as f64 * 140.0, ly + (i / 4) as f64 * 18.0);
        let _ = write!(
            out,
            r#"<rect x="{x:.0}" y="{:.0}" width="12" height="12" fill="{}"/><text x="{:.0}" y="{:.0}" class="lbl">{}</text>"#,
            y,
            PALETTE[i % PALETTE.len()],
            x + 16.0,
            y + 10.0,
            esc(c)
        );
    }
    out.push_str("</svg>");
    groups.into_iter().map(|g| g.0).collect()
}

/// A charted mean: name, mean, interval low, interval high, n.
type CiRow = (String, f64, f64, f64, u64);

/// A chart of means with intervals, and its numbers in a table beneath.
fn ci_figure(out: &mut String, title: &str, rows: &[CiRow], symmetric: bool, headers: [&str; 5]) {
    ci_chart(out, title, rows, symmetric);
    let num = crate::report::num;
    let trows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| vec![r.0.clone(), r.4.to_string(), num(r.1), num(r.2), num(r.3)])
        .collect();
    html_table(out, &headers, &trows);
}

/// Points with 95% interval whiskers on a -1..1 (or 0..max) axis.
fn ci_chart(out: &mut String, label: &str, rows: &[CiRow], symmetric: bool) {
    let (left, width) = (220.0, 520.0);
    let h = 50.0 + rows.len() as f64 * 24.0;
    let max = rows
        .iter()
        .flat_map(|r| [r.1.abs(), r.2.abs(), r.3.abs()])
        .filter(|x| x.is_finite())
        .fold(0.0f64, f64::max)
        .max(0.05);
    let (lo, hi) = if symmetric { (-max, max) } else { (0.0, max) };
    let x = |v: f64| left + (v - lo) / (hi - lo) * width;
    let _ = write!(
        out,
        r#"<svg class="chart" role="img" aria-label="{}" viewBox="0 0 800 {h:.0}" width="800" height="{h:.0}">"#,
        esc(label)
    );
    let zero = x(0.0);
    let _ = write!(
        out,
        r##"<line x1="{zero:.1}" y1="20" x2="{zero:.1}" y2="{:.0}" stroke="#888" stroke-dasharray="3,3"/>"##,
        h - 20.0
    );
    let _ = write!(
        out,
        r#"<text x="{:.0}" y="{:.0}" class="lbl">{}</text><text x="{:.0}" y="{:.0}" text-anchor="end" class="lbl">{}</text>"#,
        left,
        h - 5.0,
        crate::report::num(lo),
        left + width,
        h - 5.0,
        crate::report::num(hi)
    );
    for (k, (name, m, l, u, n)) in rows.iter().enumerate() {
        let y = 35.0 + k as f64 * 24.0;
        let _ = write!(
            out,
            r#"<text x="{:.0}" y="{:.0}" text-anchor="end" class="lbl">{} (n={n})</text>"#,
            left - 6.0,
            y + 4.0,
            esc(name)
        );
        if l.is_finite() && u.is_finite() {
            let _ = write!(
                out,
                r##"<line x1="{:.1}" y1="{y:.0}" x2="{:.1}" y2="{y:.0}" stroke="#333"/>"##,
                x(*l),
                x(*u)
            );
        }
        if m.is_finite() {
            let _ = write!(
                out,
                r##"<circle cx="{:.1}" cy="{y:.0}" r="4" fill="#2c7fb8"><title>{}: {}</title></circle>"##,
                x(*m),
                esc(name),
                crate::report::num(*m)
            );
        }
    }
    out.push_str("</svg>");
}

/// Write index.html: self-contained (no scripts, no network), charts as inline SVG.
pub fn write_html(
    out: &Path,
    tables: &[Table],
    counts: &Counts,
    opts: &ReportOptions,
) -> Result<(), Error> {
    let path = out.join("index.html");
    let get = |n: &str| tables.iter().find(|t| t.name == n);
    let mut h = String::new();
    h.push_str("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>slant report</title><style>");
    h.push_str("body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222;max-width:1100px}h1{font-size:1.6em}h2{margin-top:2em}");
    h.push_str("table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:12px}th,td{border:1px solid #ccc;padding:2px 6px;text-align:left}th{background:#eef2f7}");
    h.push_str(".lbl{font-size:11px;fill:#333}.chart{display:block;margin:1em 0;background:#fafafa;border:1px solid #e5e5e5}.note{color:#666}");
    h.push_str("</style></head><body>");
    let _ = write!(
        h,
        "<h1>slant report</h1><p class=\"note\">{} articles, {} claims ({} attributed); comparisons by {}; rows with n &lt; {} flagged in the tables. Files: claims.csv, sources.csv, categories.csv, coverage.csv, targets.csv, compare.csv.</p>",
        counts.ingest.articles,
        counts.claims,
        counts.attributed_claims,
        esc(opts.aggregate.group_by.as_str()),
        opts.aggregate.min_n
    );
    let mut charts = 0;
    if let Some(cov) = get("coverage") {
        h.push_str("<h2 id=\"mix\">Sourcing mix</h2><p class=\"note\">Share of each group's claims by source category (largest groups first, at most 30).</p>");
        let shown = mix_chart(&mut h, cov);
        charts += 1;
        let rows: Vec<Vec<String>> = cov
            .rows
            .iter()
            .filter(|r| {
                s(*r, col(cov, "dimension")) == "source category"
                    && shown.iter().any(|g| g == s(*r, col(cov, "group")))
            })
            .map(|r| {
                [
                    "group",
                    "value",
                    "claims",
                    "share",
                    "share_ci_low",
                    "share_ci_high",
                ]
                .iter()
                .map(|c| s(r, col(cov, c)).to_string())
                .collect()
            })
            .collect();
        html_table(
            &mut h,
            &[
                "group",
                "source category",
                "claims",
                "share",
                "share CI low",
                "share CI high",
            ],
            &rows,
        );
    }
    if let Some(cat) = get("categories") {
        for (metric, title, symmetric) in [
            ("hedge", "Hedging by source category", false),
            ("stance", "Stance by source category", true),
        ] {
            let _ = write!(
                h,
                "<h2>{title}</h2><p class=\"note\">Mean with its 95% confidence interval.</p>"
            );
            let rows: Vec<CiRow> = cat
                .rows
                .iter()
                .map(|r| {
                    (
                        s(r, col(cat, "category")).to_string(),
                        f(r, col(cat, &format!("mean_{metric}"))),
                        f(r, col(cat, &format!("{metric}_ci_low"))),
                        f(r, col(cat, &format!("{metric}_ci_high"))),
                        s(r, col(cat, "claims")).parse().unwrap_or(0),
                    )
                })
                .collect();
            ci_figure(
                &mut h,
                title,
                &rows,
                symmetric,
                ["category", "claims", "mean", "CI low", "CI high"],
            );
            charts += 1;
        }
    }
    if let Some(t) = get("targets") {
        h.push_str("<h2>Stance toward each target</h2><p class=\"note\">Mean stance of the claims naming the target, with its 95% confidence interval.</p>");
        let rows: Vec<CiRow> = t
            .rows
            .iter()
            .filter(|r| s(*r, col(t, "by")) == "all")
            .map(|r| {
                (
                    s(r, col(t, "target")).to_string(),
                    f(r, col(t, "mean_stance")),
                    f(r, col(t, "stance_ci_low")),
                    f(r, col(t, "stance_ci_high")),
                    s(r, col(t, "n")).parse().unwrap_or(0),
                )
            })
            .collect();
        ci_figure(
            &mut h,
            "Stance toward each target",
            &rows,
            true,
            ["target", "n", "mean stance", "CI low", "CI high"],
        );
        charts += 1;
    }
    let _ = writeln!(
        h,
        "<p class=\"note\">{charts} charts. Generated by slant {}.</p></body></html>",
        env!("CARGO_PKG_VERSION")
    );
    let mut f = AtomicFile::create(&path)?;
    std::io::Write::write_all(&mut f, h.as_bytes()).map_err(|e| Error::io(&path, e))?;
    f.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_longer_than_excel_holds_is_cut_and_says_so() {
        assert_eq!(xlsx_cell("short", "t"), "short");
        let exact = "é".repeat(XLSX_MAX_CHARS);
        assert_eq!(xlsx_cell(&exact, "t").len(), exact.len());
        let long = "é".repeat(XLSX_MAX_CHARS + 10);
        let cut = xlsx_cell(&long, "unknown_sources");
        assert_eq!(cut.chars().count(), XLSX_MAX_CHARS);
        assert!(
            cut.ends_with("unknown_sources.csv has it whole]"),
            "{}",
            &cut[cut.len() - 80..]
        );
        assert!(cut.starts_with("éé"));
    }
}
