/// Expands glossary terms in a finished HTML page: the first use in the body text is written out
/// ("Special Educational Needs Assessment and Review (SENAR)"), later uses become
/// `<abbr title="…">SENAR</abbr>`.
///
/// Text inside headings, navigation, table headers and captions is only wrapped in `<abbr>` (a long
/// expansion there would break the outline); text inside `head`, `script`, `style`, `svg`, `code`,
/// `pre`, `abbr`, `dt` and `dd` is left alone. A term already written out in the text, as in
/// "Care Quality Commission (CQC)" or "special educational needs (SEN)" (ASCII case aside), counts as
/// its first use.
public struct Abbreviations: Sendable {
  let terms: [GlossaryTerm]
  /// The terms as the byte-level fast path matches and writes them, made once for every page; nil when
  /// a term or meaning is not simple text (see `SimpleText`).
  let prepared: [PreparedTerm]?
  /// The terms by their characters, for the plain path.
  let characterTrie: GlossaryTrie<Character>
  /// The prepared terms by their bytes, for the fast path (nil with `prepared`).
  let byteTrie: GlossaryTrie<UInt8>?

  /// The glossary's terms, prepared once for every page of an edition.
  public init(_ glossary: [GlossaryTerm]) {
    terms = glossary.filter { !$0.term.isEmpty }.sorted { $0.term.count > $1.term.count }
    prepared = Self.prepare(terms)
    characterTrie = GlossaryTrie(terms.map(\.term))
    byteTrie = prepared.map { GlossaryTrie($0.map(\.bytes)) }
  }

  /// Elements whose text is left alone.
  static let untouchedNames = [
    "head", "script", "style", "svg", "code", "pre", "abbr", "dt", "dd", "textarea",
  ]
  /// Elements whose terms are only wrapped in `<abbr>`, never expanded.
  static let wrapOnlyNames = [
    "h1", "h2", "h3", "h4", "h5", "h6", "nav", "th", "caption", "summary", "figcaption", "header", "footer",
  ]
  /// Elements that have no closing tag.
  static let voidNames = ["br", "hr", "img", "meta", "link", "input", "wbr", "source", "col"]

  private static let untouched = Set(untouchedNames)
  private static let wrapOnly = Set(wrapOnlyNames)
  private static let voids = Set(voidNames)

  /// Returns the page with glossary terms expanded or wrapped.
  public func apply(to html: String) -> String {
    applyFast(to: html) ?? applyPlain(to: html)
  }

  /// `apply(to:)` walking characters: the reference the byte-level fast path must equal.
  func applyPlain(to html: String) -> String {
    guard !terms.isEmpty else { return html }
    var expanded: Set<String> = []
    var out = ""
    out.reserveCapacity(html.utf8.count + 1024)
    var untouchedDepth = 0
    var wrapDepth = 0
    var index = html.startIndex
    while index < html.endIndex {
      if html[index] == "<" {
        let close = html[index...].firstIndex(of: ">") ?? html.index(before: html.endIndex)
        let tag = html[index...close]
        out += tag
        let (name, closing, selfClosing) = Self.describe(tag)
        if !selfClosing {
          let delta = closing ? -1 : 1
          if Self.untouched.contains(name) { untouchedDepth = max(0, untouchedDepth + delta) }
          if Self.wrapOnly.contains(name) { wrapDepth = max(0, wrapDepth + delta) }
        }
        index = html.index(after: close)
        continue
      }
      let end = html[index...].firstIndex(of: "<") ?? html.endIndex
      let text = html[index..<end]
      if untouchedDepth > 0 {
        out += text
      } else {
        out += transform(text, wrapOnly: wrapDepth > 0, expanded: &expanded)
      }
      index = end
    }
    return out
  }

  /// The element name of a tag, and whether it closes or closes itself.
  private static func describe(_ tag: Substring) -> (String, Bool, Bool) {
    var body = tag.dropFirst()
    let closing = body.first == "/"
    if closing { body = body.dropFirst() }
    if body.first == "!" || body.first == "?" { return ("", false, true) }
    let name = body.prefix { $0.isLetter || $0.isNumber }.lowercased()
    return (name, closing, tag.hasSuffix("/>") || Self.voids.contains(name))
  }

  private func transform(_ text: Substring, wrapOnly: Bool, expanded: inout Set<String>) -> String {
    var out = ""
    var index = text.startIndex
    while index < text.endIndex {
      var matched = false
      if isBoundary(before: index, in: text),
        let (found, after) = characterTrie.longestMatch(
          in: text, from: index, upTo: text.endIndex, accept: { isBoundary(at: $0, in: text) })
      {
        let term = terms[found]
        let title = Escaping.html(term.meaning)
        let abbr = "<abbr title=\"\(title)\">\(Escaping.html(term.term))</abbr>"
        let alreadyWritten =
          index > text.startIndex && text[text.index(before: index)] == "("
          && Self.collapsedEnds(
            text[..<text.index(before: index)],
            with: Escaping.html(term.meaning).collapsingWhitespace(.lineFeeds, keepingTrailingSpace: true)
              + " ")
        if wrapOnly || expanded.contains(term.term) || alreadyWritten {
          out += abbr
          if alreadyWritten { expanded.insert(term.term) }
        } else {
          out += "\(title) (\(abbr))"
          expanded.insert(term.term)
        }
        index = after
        matched = true
      }
      if !matched {
        out.append(text[index])
        index = text.index(after: index)
      }
    }
    return out
  }

  /// Whether `text.collapsingWhitespace(.lineFeeds, keepingTrailingSpace: true)` ends with `suffix`, looking back from the end only as far as
  /// the suffix reaches (so that a long text is not collapsed again at every term).
  static func collapsedEnds(_ text: Substring, with suffix: String) -> Bool {
    func isSpace(_ character: Character) -> Bool {
      character == " " || character == "\n" || character == "\t" || character == "\r"
    }
    var wanted = suffix.endIndex
    var position = text.endIndex
    var emittedText = false
    while wanted > suffix.startIndex, position > text.startIndex {
      let previous = text.index(before: position)
      let character = text[previous]
      let expected = suffix[suffix.index(before: wanted)]
      if isSpace(character) {
        var runStart = previous
        while runStart > text.startIndex, isSpace(text[text.index(before: runStart)]) {
          runStart = text.index(before: runStart)
        }
        position = runStart
        // A leading run of spaces is dropped unless the text is nothing but spaces.
        if runStart == text.startIndex && emittedText { return false }
        guard expected == " " else { return false }
      } else {
        guard Self.sameIgnoringASCIICase(expected, character) else { return false }
        emittedText = true
        position = previous
      }
      wanted = suffix.index(before: wanted)
    }
    return wanted == suffix.startIndex
  }

  /// Whether two characters are equal once ASCII letters are lowercased: "special educational needs
  /// (SEND)" has written out "Special Educational Needs" as much as the glossary's capitals have.
  static func sameIgnoringASCIICase(_ one: Character, _ other: Character) -> Bool {
    guard one != other else { return true }
    guard let a = one.asciiValue, let b = other.asciiValue else { return false }
    return Bytes.lower(a) == Bytes.lower(b)
  }

  private func isBoundary(before index: Substring.Index, in text: Substring) -> Bool {
    guard index > text.startIndex else { return true }
    let previous = text[text.index(before: index)]
    return !(previous.isLetter || previous.isNumber || previous == "&" || previous == "-" || previous == "/")
  }

  private func isBoundary(at index: Substring.Index, in text: Substring) -> Bool {
    guard index < text.endIndex else { return true }
    let next = text[index]
    return !(next.isLetter || next.isNumber || next == "-")
  }
}
