//! A fast reader for the flat JSON objects `slant score` reads a line at a
//! time (`{"text": "...", "target_start": 4, ...}`).
//!
//! It is a shortcut, not a parser: it reads only objects whose values are
//! plain strings (no escapes), numbers, booleans or null, and answers `None`
//! for anything else (escapes, nested values, bad syntax), so that the caller
//! falls back to serde_json, whose reading (and error messages) stay the
//! reference. Whatever it does read, serde_json reads the same way; a
//! differential test holds it to that.

/// A JSON object's members in order, each value as its raw JSON text.
pub(crate) type Members<'a> = Vec<(String, &'a serde_json::value::RawValue)>;

/// The members of the JSON object `line`, in order, each value as its raw
/// JSON text (validated, not built: a member of megabytes of nested data
/// costs no tree), by serde_json, whose error says why a line is no object.
pub(crate) fn object_members(line: &str) -> Result<Members<'_>, serde_json::Error> {
    struct Object<'a>(Members<'a>);
    impl<'de> serde::Deserialize<'de> for Object<'de> {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> serde::de::Visitor<'de> for V {
                type Value = Object<'de>;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a JSON object")
                }
                fn visit_map<M: serde::de::MapAccess<'de>>(
                    self,
                    mut m: M,
                ) -> Result<Object<'de>, M::Error> {
                    let mut v = Vec::new();
                    while let Some((k, raw)) =
                        m.next_entry::<String, &'de serde_json::value::RawValue>()?
                    {
                        v.push((k, raw));
                    }
                    Ok(Object(v))
                }
            }
            d.deserialize_map(V)
        }
    }
    serde_json::from_str::<Object>(line).map(|m| m.0)
}

/// The value of the last member `key` of `members` (a repeated key keeps its
/// last value, as a map does) read as a `T`, or `None` when there is no such
/// member or it is no `T`: what `Value::get(key)` and `as_str`, `as_u64`,
/// `as_i64`, `as_f64` or `as_bool` give, without a tree of the line.
pub(crate) fn member<T: serde::de::DeserializeOwned>(members: &Members, key: &str) -> Option<T> {
    let (_, raw) = members.iter().rev().find(|(k, _)| k == key)?;
    serde_json::from_str(raw.get()).ok()
}

/// A value the shortcut read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Value<'a> {
    /// A string without escapes, as written between its quotes.
    Str(&'a str),
    /// A non-negative integer of at most 19 digits (so it fits a `u64`).
    UInt(u64),
    /// Any other number, within `f64`'s range.
    Number,
    Bool,
    Null,
}

#[inline]
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// Call `field(key, value)` for each member of the flat JSON object `line`,
/// in order. `None` when the line is not such an object (or `field` says
/// `None`): the caller then reads it the slow way.
pub(crate) fn for_each_field<'a>(
    line: &'a str,
    mut field: impl FnMut(&'a str, Value<'a>) -> Option<()>,
) -> Option<()> {
    let b = line.as_bytes();
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_ws(b, i + 1);
    if b.get(i) == Some(&b'}') {
        return (skip_ws(b, i + 1) == b.len()).then_some(());
    }
    loop {
        let (key, after) = string(line, i)?;
        i = skip_ws(b, after);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i = skip_ws(b, i + 1);
        let (value, after) = value(line, i)?;
        field(key, value)?;
        i = skip_ws(b, after);
        match b.get(i) {
            Some(b',') => i = skip_ws(b, i + 1),
            Some(b'}') => return (skip_ws(b, i + 1) == b.len()).then_some(()),
            _ => return None,
        }
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_ws(b[i]) {
        i += 1;
    }
    i
}

/// The string starting with the quote at `i`, and the index after its
/// closing quote; `None` if it holds an escape or a control character.
fn string(line: &str, i: usize) -> Option<(&str, usize)> {
    let b = line.as_bytes();
    if b.get(i) != Some(&b'"') {
        return None;
    }
    let len = plain_string_len(&b[i + 1..])?;
    // the quotes are ASCII, so both ends are character boundaries
    Some((line.get(i + 1..i + 1 + len)?, i + 2 + len))
}

/// The index of the quote that ends `body`, a string's bytes after its
/// opening quote; `None` at an escape, a control character or no quote.
/// Eight bytes at a time: the lowest byte a word flags is the first quote,
/// backslash or byte below 0x20 (the "has zero byte" and "has less than"
/// tests of Bit Twiddling Hacks; a borrow only ever flags bytes above a
/// flagged one).
fn plain_string_len(body: &[u8]) -> Option<usize> {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = body.chunks_exact(8);
    let mut at = 0;
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        let quote = w ^ (LOW * u64::from(b'"'));
        let slash = w ^ (LOW * u64::from(b'\\'));
        let flags = (quote.wrapping_sub(LOW) & !quote)
            | (slash.wrapping_sub(LOW) & !slash)
            | (w.wrapping_sub(LOW * 0x20) & !w);
        let flags = flags & HIGH;
        if flags != 0 {
            let k = at + flags.trailing_zeros() as usize / 8;
            return (body[k] == b'"').then_some(k);
        }
        at += 8;
    }
    for (k, &c) in chunks.remainder().iter().enumerate() {
        match c {
            b'"' => return Some(at + k),
            b'\\' | 0..=0x1f => return None,
            _ => {}
        }
    }
    None
}

/// The value starting at `i` and the index after it.
fn value(line: &str, i: usize) -> Option<(Value<'_>, usize)> {
    let b = line.as_bytes();
    match *b.get(i)? {
        b'"' => string(line, i).map(|(s, end)| (Value::Str(s), end)),
        b't' => literal(b, i, b"true", Value::Bool),
        b'f' => literal(b, i, b"false", Value::Bool),
        b'n' => literal(b, i, b"null", Value::Null),
        b'-' | b'0'..=b'9' => number(b, i),
        _ => None,
    }
}

fn literal<'a>(b: &[u8], i: usize, word: &[u8], v: Value<'a>) -> Option<(Value<'a>, usize)> {
    let end = i + word.len();
    (b.get(i..end) == Some(word)).then_some((v, end))
}

/// A JSON number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`,
/// kept to sizes that stay well inside `f64` (at most 19 integer digits, 30
/// fraction digits, 2 exponent digits) so that serde_json reads every one
/// the shortcut accepts.
fn number(b: &[u8], start: usize) -> Option<(Value<'static>, usize)> {
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = start;
    let negative = b[i] == b'-';
    if negative {
        i += 1;
    }
    let int = digits(i);
    if int == 0 || int > 19 || (int > 1 && b[i] == b'0') {
        return None;
    }
    let int_digits = &b[i..i + int];
    i += int;
    let mut plain = !negative;
    if b.get(i) == Some(&b'.') {
        let frac = digits(i + 1);
        if frac == 0 || frac > 30 {
            return None;
        }
        i += 1 + frac;
        plain = false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp = digits(i);
        if exp == 0 || exp > 2 {
            return None;
        }
        i += exp;
        plain = false;
    }
    if !plain {
        return Some((Value::Number, i));
    }
    let v = int_digits
        .iter()
        .fold(0u64, |v, d| v * 10 + u64::from(d - b'0'));
    Some((Value::UInt(v), i))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A member read by [`member`] is what `serde_json::Value`'s `get` and
    /// `as_*` give, for every kind of value and for repeated keys.
    #[test]
    fn members_read_as_value_accessors_do() {
        for line in [
            r#"{"text": "a\nb", "target_start": 0, "target_end": 3, "hedged": true, "polarity": -1, "valence": 2}"#,
            r#"{"text": 5, "target_start": -1, "target_end": 3.0, "hedged": "yes", "polarity": 1.0, "valence": -0.5}"#,
            r#"{"text": null, "target_start": 18446744073709551615, "polarity": 9223372036854775808, "valence": 1e300}"#,
            r#"{"text": "first", "text": "last", "polarity": 0, "polarity": null, "x": [[{"y": 1}]]}"#,
            r#"{"text": ["a"], "hedged": false, "valence": "1"}"#,
            r#"{}"#,
        ] {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let m = object_members(line).unwrap();
            for k in [
                "text",
                "target_start",
                "target_end",
                "hedged",
                "polarity",
                "valence",
                "none",
            ] {
                let g = v.get(k);
                assert_eq!(
                    member::<String>(&m, k).as_deref(),
                    g.and_then(|x| x.as_str()),
                    "{line} {k}"
                );
                assert_eq!(
                    member::<u64>(&m, k),
                    g.and_then(|x| x.as_u64()),
                    "{line} {k}"
                );
                assert_eq!(
                    member::<i64>(&m, k),
                    g.and_then(|x| x.as_i64()),
                    "{line} {k}"
                );
                assert_eq!(
                    member::<f64>(&m, k),
                    g.and_then(|x| x.as_f64()),
                    "{line} {k}"
                );
                assert_eq!(
                    member::<bool>(&m, k),
                    g.and_then(|x| x.as_bool()),
                    "{line} {k}"
                );
            }
        }
    }

    fn read(line: &str) -> Option<Vec<(String, Value<'_>)>> {
        let mut out = Vec::new();
        for_each_field(line, |k, v| {
            out.push((k.to_string(), v));
            Some(())
        })?;
        Some(out)
    }

    /// The shortcut's reading of a line, as serde_json reads the same line.
    fn as_serde(fields: &[(String, Value)]) -> serde_json::Value {
        let mut m = serde_json::Map::new();
        for (k, v) in fields {
            let v = match v {
                Value::Str(s) => serde_json::Value::String(s.to_string()),
                Value::UInt(n) => serde_json::Value::from(*n),
                // only the kind is kept: compare kinds
                Value::Number => serde_json::Value::from(0.5),
                Value::Bool => serde_json::Value::Bool(true),
                Value::Null => serde_json::Value::Null,
            };
            m.insert(k.clone(), v);
        }
        serde_json::Value::Object(m)
    }

    /// What serde_json reads, with numbers, booleans reduced to their kind.
    fn serde_kinds(line: &str) -> Option<serde_json::Value> {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        let serde_json::Value::Object(m) = v else {
            return None;
        };
        let mut out = serde_json::Map::new();
        for (k, v) in m {
            let v = match v {
                serde_json::Value::Number(ref n) if n.is_u64() => v,
                serde_json::Value::Number(_) => serde_json::Value::from(0.5),
                serde_json::Value::Bool(_) => serde_json::Value::Bool(true),
                v => v,
            };
            out.insert(k, v);
        }
        Some(serde_json::Value::Object(out))
    }

    #[test]
    fn reads_flat_objects() {
        let line = " {\"text\": \"Iran said.\", \"target_start\":0,\"x\":-1.5e3, \"ok\":true,\"n\":null}\n";
        let f = read(line).expect("flat");
        assert_eq!(
            f,
            vec![
                ("text".to_string(), Value::Str("Iran said.")),
                ("target_start".to_string(), Value::UInt(0)),
                ("x".to_string(), Value::Number),
                ("ok".to_string(), Value::Bool),
                ("n".to_string(), Value::Null),
            ]
        );
        assert_eq!(read("{}\r\n"), Some(vec![]));
        assert_eq!(
            read("{\"t\":\"Straße “quoted”\"}"),
            Some(vec![("t".to_string(), Value::Str("Straße “quoted”"))])
        );
    }

    #[test]
    fn leaves_everything_else_to_serde() {
        for line in [
            "",
            "[1]",
            "{\"text\": \"a \\\"quote\\\"\"}",
            "{\"te\\u0078t\": \"a\"}",
            "{\"text\": \"tab\there\"}",
            "{\"text\": [\"nested\"]}",
            "{\"text\": {\"a\": 1}}",
            "{\"text\": \"a\",}",
            "{\"text\": \"a\"} x",
            "{\"text\": \"a\" \"b\": 1}",
            "{\"n\": 01}",
            "{\"n\": 1.}",
            "{\"n\": -}",
            "{\"n\": 1e}",
            "{\"n\": 1e400}",
            "{\"n\": 12345678901234567890}",
            "{\"n\": tru}",
            "{\"n\": nulls}",
            "\u{a0}{\"text\": \"a\"}",
            "{\"text\": \"unterminated}",
        ] {
            assert_eq!(read(line), None, "{line:?}");
        }
    }

    /// The eight-at-a-time string scan agrees with a byte at a time, for
    /// every byte value at every position of a word.
    #[test]
    fn string_scan_reads_eight_bytes_as_one_would() {
        let slowly = |body: &[u8]| {
            let k = body
                .iter()
                .position(|&c| c == b'"' || c == b'\\' || c < 0x20)?;
            (body[k] == b'"').then_some(k)
        };
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for len in 0..20 {
            for at in 0..len {
                for v in 0..=255u8 {
                    // filler bytes around the probe: plain, high, or a quote late on
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    let mut body: Vec<u8> = (0..len)
                        .map(|k| [b'a', 0xc3, b'~', b' '][(x >> (k % 16 * 4)) as usize % 4])
                        .collect();
                    body[at] = v;
                    if x.is_multiple_of(3) && len > 0 {
                        body[len - 1] = b'"';
                    }
                    assert_eq!(plain_string_len(&body), slowly(&body), "{body:?}");
                }
            }
        }
    }

    /// Lines built as objects from keys, values and spaces, valid and
    /// not, with now and then one piece of noise put anywhere.
    pub(crate) fn line() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let key = proptest::sample::select(vec![
            "\"text\"",
            "\"k\"",
            "\"target_start\"",
            "\"target_end\"",
            "\"hedged\"",
            "\"te\\u0078t\"",
            "\"\"",
            "k",
        ]);
        let value = proptest::sample::select(vec![
            "\"a b\"",
            "\"é ’\"",
            "\"\\\"\"",
            "\"\\u00e9\"",
            "\"\u{1}\"",
            "0",
            "7",
            "-3",
            "-0",
            "12",
            "01",
            "1.5",
            "2e5",
            "1E-2",
            "-0.0",
            "1.",
            "99999999999999999999",
            "9999999999999999999",
            "1e400",
            "1e99",
            "true",
            "false",
            "null",
            "tru",
            "[1]",
            "{}",
            "\"x",
        ]);
        let ws = proptest::sample::select(vec!["", "", " ", "\t", "\n", "\r\n", "\u{a0}"]);
        let member = (ws.clone(), key, ws.clone(), value, ws.clone());
        let noise = proptest::sample::select(vec!["", "", "", "{", "}", ",", ":", "\"", "x", " "]);
        (
            proptest::collection::vec(member, 0..5),
            ws,
            noise,
            any::<proptest::sample::Index>(),
        )
            .prop_map(|(members, end, noise, at)| {
                let body: Vec<String> = members
                    .iter()
                    .map(|(a, k, b, v, c)| format!("{a}{k}{b}:{v}{c}"))
                    .collect();
                let mut line = format!("{{{}}}{end}", body.join(","));
                let at = at.index(line.len() + 1);
                if line.is_char_boundary(at) {
                    line.insert_str(at, noise);
                }
                line
            })
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(3000))]
        /// Whatever the shortcut reads, serde_json reads the same way.
        #[test]
        fn reads_as_serde_does(line in line()) {
            if let Some(f) = read(&line) {
                let serde = serde_kinds(&line);
                proptest::prop_assert!(serde.is_some(), "serde refuses {:?}", line);
                // a repeated key: serde_json keeps the last value
                let mut last: Vec<(String, Value)> = Vec::new();
                for (k, v) in f {
                    last.retain(|(x, _)| *x != k);
                    last.push((k, v));
                }
                proptest::prop_assert_eq!(serde, Some(as_serde(&last)), "{:?}", line);
            }
        }
    }
}
