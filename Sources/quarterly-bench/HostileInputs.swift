import QuarterlyKit

/// The hostile Markdown inputs of `quarterly-bench markdown --hostile`: the shapes found so far to make a
/// parser slow, then every case of cmark's own pathological test suite (`test/pathological_tests.py`) at
/// its size there.
enum HostileInputs {
  /// Every hostile input: its name, text and options.
  static var all: [(String, String, MarkdownOptions)] { earlier + nestingShapes + cmarkPathological }

  /// The shapes of the first Markdown issue (cmark's pathological inputs, some at larger sizes).
  static var earlier: [(String, String, MarkdownOptions)] {
    let safe = MarkdownOptions()
    let unsafe = MarkdownOptions(allowRawHTML: true)
    let backticks = String(repeating: "`", count: 100000)
    return [
      (
        "nested emphasis *a **a … a** a* ×50,000",
        String(repeating: "*a **a ", count: 50000) + "b" + String(repeating: " a** a*", count: 50000), safe
      ),
      ("unmatched openers *a **a ×50,000", String(repeating: "*a **a ", count: 50000), safe),
      ("unmatched _a ×65,000", String(repeating: "_a ", count: 65000), safe),
      ("unmatched a_ ×65,000", String(repeating: "a_ ", count: 65000), safe),
      ("mixed *a_ ×50,000", String(repeating: "*a_ ", count: 50000), safe),
      ("unclosed [a ×65,000", String(repeating: "[a", count: 65000), safe),
      ("unclosed a] ×65,000", String(repeating: "a]", count: 65000), safe),
      ("[ a_ ×50,000", String(repeating: "[ a_", count: 50000), safe),
      ("nested block quotes ×10,000", String(repeating: ">", count: 10000) + " a\n", safe),
      ("nested list items ×10,000", String(repeating: "- ", count: 10000) + "a\n", safe),
      (
        "nested parentheses in a destination ×30,000",
        "[a](" + String(repeating: "(", count: 30000) + "b" + String(repeating: ")", count: 30000) + ")", safe
      ),
      (
        "nested brackets ×30,000",
        String(repeating: "[", count: 30000) + "a" + String(repeating: "]", count: 30000), safe
      ),
      ("[ (]( ×80,000", String(repeating: "[ (](", count: 80000), safe),
      ("unclosed [a](<b ×30,000", String(repeating: "[a](<b", count: 30000), safe),
      ("100,000 backticks", backticks, safe),
      ("a and 100,000 backticks", "a" + backticks, safe),
      (
        "growing backtick runs ×3,000", (1..<3000).map { "e" + String(repeating: "`", count: $0) }.joined(),
        safe
      ),
      (
        "link reference definitions ×50,000",
        (0..<50000).map { "[\($0)]: /u\($0)\n" }.joined() + "[7] [49999]\n", safe
      ),
      ("<p and 100,000 blank lines", "<p" + String(repeating: "\n", count: 100000), safe),
      ("<p and 100,000 blank lines (raw HTML)", "<p" + String(repeating: "\n", count: 100000), unsafe),
      ("--- then 50,000 lines", "---\n" + String(repeating: "a\n", count: 50000), safe),
      ("100,000 hyphens", String(repeating: "-", count: 100000), safe),
      ("unclosed comments <!-- ×100,000 (raw HTML)", "</" + String(repeating: "<!--", count: 100000), unsafe),
      ("unclosed instructions a <? ×50,000 (raw HTML)", String(repeating: "a <?", count: 50000), unsafe),
      ("unclosed titles [a](b \" ×30,000", String(repeating: "[a](b \"", count: 30000), safe),
    ]
  }

  /// The shapes of issue 15 (lists nested by indentation, blank `>` lines and long lines under deep
  /// nesting, `![` openers followed by links) and plain deep nesting, each at a size and at four times
  /// it: `MarkdownBench` reports how much more time the larger takes than four times the smaller.
  static var growthPairs: [(name: String, small: String, large: String)] {
    [
      ("lists nested by indentation", indentedLists(depth: 500), indentedLists(depth: 1000)),
      ("blank > lines under nested items", blankQuoteLines(depth: 7500), blankQuoteLines(depth: 30000)),
      (
        "blank lines with and without a space under nested items", alternatingBlankLines(depth: 7500),
        alternatingBlankLines(depth: 30000)
      ),
      (
        "long lines in a list nested 1,000 deep", longLines(depth: 1000, lines: 250),
        longLines(depth: 1000, lines: 1000)
      ),
      (
        "nested list items", String(repeating: "- ", count: 7500) + "a\n",
        String(repeating: "- ", count: 30000) + "a\n"
      ),
      ("![ openers then links", imageOpenersThenLinks(25000), imageOpenersThenLinks(100000)),
    ]
  }

  /// The growth pairs as hostile inputs, named `NAME (1×)` and `NAME (4×)`.
  static var nestingShapes: [(String, String, MarkdownOptions)] {
    growthPairs.flatMap { pair in
      [
        ("\(pair.name) (1×)", pair.small, MarkdownOptions()),
        ("\(pair.name) (4×)", pair.large, MarkdownOptions()),
      ]
    }
  }

  /// Items `* a`, each indented two spaces more than the one before.
  static func indentedLists(depth: Int) -> String {
    (0..<depth).map { String(repeating: "  ", count: $0) + "* a\n" }.joined()
  }

  /// A block quote holding `depth` nested items, then as many lines of a lone `>`.
  static func blankQuoteLines(depth: Int) -> String {
    "> " + String(repeating: "- ", count: depth) + "x\n" + String(repeating: ">\n", count: depth)
  }

  /// `depth` nested items, then as many blank lines, every other one holding a space.
  static func alternatingBlankLines(depth: Int) -> String {
    String(repeating: "- ", count: depth) + "x\n" + String(repeating: "\n \n", count: depth / 2)
  }

  /// A list nested `depth` deep, then `lines` lines of 1,000 bytes indented to its innermost item.
  static func longLines(depth: Int, lines: Int) -> String {
    let line = String(repeating: "  ", count: depth) + String(repeating: "b", count: 1000) + "\n"
    return String(repeating: "- ", count: depth) + "a\n" + String(repeating: line, count: lines)
  }

  /// `count` image openers, then `count` inline links.
  static func imageOpenersThenLinks(_ count: Int) -> String {
    String(repeating: "![", count: count) + String(repeating: "[a](b)", count: count)
  }

  /// Every case of cmark's `test/pathological_tests.py`, at its size there (including "many references",
  /// which cmark leaves commented out, and "nested inlines", which cmark renders as CommonMark).
  static var cmarkPathological: [(String, String, MarkdownOptions)] {
    let safe = MarkdownOptions()
    return [
      (
        "cmark: nested strong emph",
        String(repeating: "*a **a ", count: 32500) + "b" + String(repeating: " a** a*", count: 32500), safe
      ),
      ("cmark: many emph closers with no openers", String(repeating: "a_ ", count: 32500), safe),
      ("cmark: many emph openers with no closers", String(repeating: "_a ", count: 32500), safe),
      ("cmark: many link closers with no openers", String(repeating: "a]", count: 32500), safe),
      ("cmark: many link openers with no closers", String(repeating: "[a", count: 32500), safe),
      ("cmark: mismatched openers and closers", String(repeating: "*a_ ", count: 25000), safe),
      (
        "cmark: issue #389",
        String(repeating: "*a ", count: 20000) + String(repeating: "_a*_ ", count: 20000), safe
      ),
      ("cmark: openers and closers multiple of 3", "a**b" + String(repeating: "c* ", count: 25000), safe),
      ("cmark: link openers and emph closers", String(repeating: "[ a_", count: 25000), safe),
      ("cmark: pattern [ (]( repeated", String(repeating: "[ (](", count: 40000), safe),
      ("cmark: pattern ![[]() repeated", String(repeating: "![[]()", count: 160000), safe),
      ("cmark: hard link/emph case", "**x [a*b**c*](d)", safe),
      (
        "cmark: nested brackets",
        String(repeating: "[", count: 25000) + "a" + String(repeating: "]", count: 25000), safe
      ),
      ("cmark: nested block quotes", String(repeating: "> ", count: 25000) + "a", safe),
      ("cmark: deeply nested lists", indentedLists(depth: 500), safe),
      ("cmark: U+0000 in input", "abc\u{0000}de\u{0000}", safe),
      (
        "cmark: backticks", (1..<2500).map { "e" + String(repeating: "`", count: $0) }.joined(), safe
      ),
      ("cmark: unclosed links A", String(repeating: "[a](<b", count: 30000), safe),
      ("cmark: unclosed links B", String(repeating: "[a](b", count: 30000), safe),
      ("cmark: unclosed <!--", "</" + String(repeating: "<!--", count: 300000), safe),
      (
        "cmark: empty lines in deeply nested lists",
        String(repeating: "- ", count: 30000) + "x" + String(repeating: "\n", count: 30000), safe
      ),
      ("cmark: empty lines in deeply nested lists in blockquote", blankQuoteLines(depth: 30000), safe),
      (
        "cmark: emph in deep blockquote",
        String(repeating: ">", count: 100000) + String(repeating: "a*", count: 100000), safe
      ),
      ("cmark: reference collisions", referenceCollisions(), safe),
      (
        "cmark: many references",
        (1..<80000).map { "[\($0)]: u\n" }.joined() + String(repeating: "[0] ", count: 5000), safe
      ),
      (
        "cmark: nested inlines",
        String(repeating: "*", count: 20000) + "a" + String(repeating: "*", count: 20000), safe
      ),
    ]
  }

  /// cmark's "reference collisions": 25,000 labels that fall in one bucket of cmark's old 16-bucket
  /// reference map, each defined and followed by a use of the first (undefined) one.
  static func referenceCollisions() -> String {
    var keys: [String] = []
    var number = 0
    while keys.count < 25000 {
      let key = "x\(number)"
      number += 1
      var hash: UInt32 = 0
      for byte in key.unicodeScalars {
        hash = UInt32(byte.value) &+ (hash << 6) &+ (hash << 16) &- hash
      }
      if hash % 16 == 0 { keys.append(key) }
    }
    guard let bad = keys.first else { return "" }
    return keys.dropFirst().map { "[\($0)]: /url\n\n[\(bad)]\n\n" }.joined()
  }
}
