//! Unit tests of the engine against answers taken from CPython 3.11.
//! (The broad comparison is `differential.py`, run under both interpreters.)

use weft_regex::{flags, ErrorKind, Mode, Regex, Unicode};

fn re(p: &str) -> Regex {
    Regex::from_str(p, 0).unwrap_or_else(|e| panic!("{p:?}: {e}"))
}

/// Group spans of the first match, as CPython's `m.regs` (-1 for unset).
fn search(p: &str, s: &str) -> Option<Vec<(isize, isize)>> {
    search_flags(p, s, 0)
}

fn search_flags(p: &str, s: &str, f: u32) -> Option<Vec<(isize, isize)>> {
    let r = Regex::from_str(p, f).unwrap_or_else(|e| panic!("{p:?}: {e}"));
    let c = r.search_str(s)?;
    Some(
        c.spans
            .iter()
            .map(|g| g.map_or((-1, -1), |(a, b)| (a as isize, b as isize)))
            .collect(),
    )
}

fn span(p: &str, s: &str) -> Option<(isize, isize)> {
    search(p, s).map(|v| v[0])
}

fn err(p: &str) -> String {
    match Regex::from_str(p, 0) {
        Ok(_) => panic!("{p:?} compiled"),
        Err(e) => e.to_string(),
    }
}

/// All matches as finditer gives them (the empty-match rule included).
fn finditer(p: &str, s: &str) -> Vec<(usize, usize)> {
    let r = re(p);
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut pos = 0;
    let mut adv = false;
    while pos <= cs.len() {
        let Some(c) = r.exec(&cs, pos, cs.len(), Mode::Search, adv) else {
            break;
        };
        let (a, b) = c.spans[0].unwrap();
        out.push((a, b));
        adv = a == b;
        pos = b;
    }
    out
}

#[test]
fn literals_and_classes() {
    assert_eq!(span("abc", "xxabcxx"), Some((2, 5)));
    assert_eq!(span("a.c", "a\nc abc"), Some((4, 7)));
    assert_eq!(span("[a-c]+", "xxabcabd"), Some((2, 7)));
    assert_eq!(span("[^a-c]+", "abcxyzabc"), Some((3, 6)));
    assert_eq!(span("[]a]+", "]]a]b"), Some((0, 4)));
    assert_eq!(span(r"\x41\u0042\U00000043\101", "ABCA"), Some((0, 4)));
    assert_eq!(span(r"\w+", "héllo wörld"), Some((0, 5)));
    assert_eq!(span(r"\d+", "ab 123"), Some((3, 6)));
    assert_eq!(span(r"\s+", "a \t\n b"), Some((1, 5)));
    assert_eq!(
        search_flags(r"\w+", "éa", flags::ASCII).map(|v| v[0]),
        Some((1, 2))
    );
}

#[test]
fn anchors() {
    assert_eq!(span("a$", "a\n"), Some((0, 1)));
    assert_eq!(span(r"a\Z", "a\n"), None);
    assert_eq!(span("^b", "a\nb"), None);
    assert_eq!(
        search_flags("^b", "a\nb", flags::MULTILINE).map(|v| v[0]),
        Some((2, 3))
    );
    assert_eq!(span(r"\bfoo\b", "afoo foo"), Some((5, 8)));
    assert_eq!(span(r"\b", ""), None);
    assert_eq!(span(r"\B", ""), None);
}

#[test]
fn groups_follow_sre() {
    assert_eq!(search("(a*)*", "aa"), Some(vec![(0, 2), (2, 2)]));
    assert_eq!(search("(a|)*b", "aab"), Some(vec![(0, 3), (2, 2)]));
    assert_eq!(search("(?:(a)|b)*", "ab"), Some(vec![(0, 2), (0, 1)]));
    assert_eq!(
        search("(a|ab)(c|bcd)(d*)", "abcd"),
        Some(vec![(0, 4), (0, 1), (1, 4), (4, 4)])
    );
    assert_eq!(
        search(r"(a)(b)?", "ac"),
        Some(vec![(0, 1), (0, 1), (-1, -1)])
    );
    let r = re("((a)b)");
    assert_eq!(r.search_str("ab").unwrap().lastindex, Some(1));
    let r = re("(a)|(b)");
    assert_eq!(r.search_str("b").unwrap().lastindex, Some(2));
    assert_eq!(
        re("(?P<x>a)(?P<y>b)").group_names(),
        &[("x".to_string(), 1), ("y".to_string(), 2)]
    );
}

#[test]
fn quantifiers() {
    assert_eq!(span("a{2,3}", "aaaa"), Some((0, 3)));
    assert_eq!(span("a{2,3}?", "aaaa"), Some((0, 2)));
    assert_eq!(span("a{,2}", "aaa"), Some((0, 2)));
    assert_eq!(span("a{", "a{"), Some((0, 2)));
    assert_eq!(span("<.*?>", "<a><b>"), Some((0, 3)));
    assert_eq!(span("a*+a", "aaa"), None);
    assert_eq!(span("(?>a|ab)c", "abc"), None);
    assert_eq!(span("(?:ab)++a", "ababa"), Some((0, 5)));
}

#[test]
fn lookaround_backrefs_conditionals() {
    assert_eq!(span("(?<=a)b", "cb ab"), Some((4, 5)));
    assert_eq!(span("(?<!a)b", "ab cb"), Some((4, 5)));
    assert_eq!(span("(?<=ab|cd)e", "cde"), Some((2, 3)));
    assert_eq!(search("(?=(a))", "a"), Some(vec![(0, 0), (0, 1)]));
    assert_eq!(span(r"(.)\1", "abccd"), Some((2, 4)));
    assert_eq!(span(r"(?P<q>a)(?P=q)", "aab"), Some((0, 2)));
    assert_eq!(span(r"(<)?\w+(?(1)>)", "<tag>"), Some((0, 5)));
    assert_eq!(span(r"(<)?\w+(?(1)>|$)", "tag"), Some((0, 3)));
    assert_eq!(
        search_flags(r"(a)\1", "aA", flags::IGNORECASE).map(|v| v[0]),
        Some((0, 2))
    );
}

#[test]
fn ignorecase() {
    let i = flags::IGNORECASE;
    assert_eq!(search_flags("abc", "xABC", i).map(|v| v[0]), Some((1, 4)));
    assert_eq!(search_flags("[a-z]+", "ABC", i).map(|v| v[0]), Some((0, 3)));
    assert_eq!(search_flags("é", "É", i).map(|v| v[0]), Some((0, 1)));
    assert_eq!(search_flags("k", "\u{212a}", i).map(|v| v[0]), Some((0, 1)));
    assert_eq!(search_flags("k", "\u{212a}", i | flags::ASCII), None);
    assert_eq!(search_flags("ß", "ẞ", i).map(|v| v[0]), Some((0, 1)));
}

#[test]
fn empty_match_rules() {
    assert_eq!(finditer("x*", "axxb"), vec![(0, 0), (1, 3), (3, 3), (4, 4)]);
    assert_eq!(finditer("", "ab"), vec![(0, 0), (1, 1), (2, 2)]);
    assert_eq!(
        finditer(r"\b", "ab cd"),
        vec![(0, 0), (2, 2), (3, 3), (5, 5)]
    );
    assert_eq!(finditer("a|", "ba"), vec![(0, 0), (1, 2), (2, 2)]);
}

#[test]
fn modes_and_bounds() {
    let r = re(r"\d+");
    let s: Vec<char> = "12ab34".chars().collect();
    let m = |p, e, mode| r.exec(&s, p, e, mode, false).map(|c| c.spans[0].unwrap());
    assert_eq!(m(2, 6, Mode::Match), None);
    assert_eq!(m(4, 6, Mode::Match), Some((4, 6)));
    assert_eq!(m(1, 5, Mode::Search), Some((1, 2)));
    assert_eq!(m(4, 5, Mode::FullMatch), Some((4, 5)));
    assert_eq!(m(0, 3, Mode::FullMatch), None);
    let a = re("a|ab");
    let s: Vec<char> = "ab".chars().collect();
    assert_eq!(
        a.exec(&s, 0, 2, Mode::FullMatch, false).unwrap().spans[0],
        Some((0, 2))
    );
    // `^` only at the real start; lookbehind sees before pos
    let s: Vec<char> = "ba".chars().collect();
    assert!(re("^a").exec(&s, 1, 2, Mode::Search, false).is_none());
    assert!(re("(?<=b)a").exec(&s, 1, 2, Mode::Search, false).is_some());
}

#[test]
fn bytes_patterns() {
    let p: Vec<u32> = br"(\w+)\s(\d)".iter().map(|&b| b as u32).collect();
    let r = Regex::new(&p, false, 0, Unicode::default()).unwrap();
    assert_eq!(r.flags(), 0);
    let s = b"\xe9ab 1";
    let c = r.exec(&s[..], 0, s.len(), Mode::Search, false).unwrap();
    assert_eq!(c.spans, vec![Some((1, 5)), Some((1, 3)), Some((4, 5))]);
    let p: Vec<u32> = br"\u1234".iter().map(|&b| b as u32).collect();
    let e = Regex::new(&p, false, 0, Unicode::default()).err().unwrap();
    assert_eq!(e.to_string(), r"bad escape \u at position 0");
}

#[test]
fn flags_value() {
    assert_eq!(re("a").flags(), flags::UNICODE);
    assert_eq!(re("(?i)a").flags(), flags::UNICODE | flags::IGNORECASE);
    assert_eq!(re("(?a)a").flags(), flags::ASCII);
    assert_eq!(re("(?x) a b").groups(), 0);
}

#[test]
fn error_messages() {
    assert_eq!(err("("), "missing ), unterminated subpattern at position 0");
    assert_eq!(err("*"), "nothing to repeat at position 0");
    assert_eq!(err("ab)"), "unbalanced parenthesis at position 2");
    assert_eq!(err("(?<x"), "unknown extension ?<x at position 1");
    assert_eq!(err(r"\q"), r"bad escape \q at position 0");
    assert_eq!(err("a\\"), "bad escape (end of pattern) at position 1");
    assert_eq!(err("a**"), "multiple repeat at position 2");
    assert_eq!(
        err("a{3,2}"),
        "min repeat greater than max repeat at position 2"
    );
    assert_eq!(err("[z-a]"), "bad character range z-a at position 1");
    assert_eq!(err("[a"), "unterminated character set at position 0");
    assert_eq!(
        err("(?P<a>x)(?P<a>y)"),
        "redefinition of group name 'a' as group 2; was group 1 at position 12"
    );
    assert_eq!(
        err("(?P<a-b>x)"),
        "bad character in group name 'a-b' at position 4"
    );
    assert_eq!(err("(?P=n)"), "unknown group name 'n' at position 4");
    assert_eq!(err(r"(a\1)"), "cannot refer to an open group at position 2");
    assert_eq!(err(r"\2"), "invalid group reference 2 at position 1");
    assert_eq!(err("(?(2)a)"), "invalid group reference 2 at position 3");
    assert_eq!(
        err("a(?i)"),
        "global flags not at the start of the expression at position 1"
    );
    assert_eq!(err("(?<=a*)b"), "look-behind requires fixed-width pattern");
    assert_eq!(err("(?#x"), "missing ), unterminated comment at position 0");
    let e = Regex::from_str("a", flags::LOCALE).err().unwrap();
    assert_eq!(e.kind, ErrorKind::Value);
    let e = Regex::from_str("a{4294967295}", 0).err().unwrap();
    assert_eq!(e.kind, ErrorKind::Overflow);
}

#[test]
fn long_subjects_use_no_native_recursion() {
    let n = 1_000_000;
    let s: String = "ab".repeat(n / 2) + "c";
    assert_eq!(span("(a|b)*c", &s), Some((0, n as isize + 1)));
    assert_eq!(span("(?:ab)*c", &s), Some((0, n as isize + 1)));
    assert_eq!(span(".*c", &s), Some((0, n as isize + 1)));
    assert_eq!(span("(?:a|b)*?c", &s), Some((0, n as isize + 1)));
    let cs: Vec<char> = s.chars().collect();
    let atomic = re("(?>(a|b)*)d");
    assert!(atomic.exec(&cs, 0, cs.len(), Mode::Match, false).is_none());
    let deep = "(".repeat(490) + "a" + &")".repeat(490);
    assert_eq!(span(&deep, "a"), Some((0, 1)));
    let deeper = "(".repeat(500) + &")".repeat(500);
    assert_eq!(
        Regex::from_str(&deeper, 0).err().unwrap().kind,
        ErrorKind::Recursion
    );
}
