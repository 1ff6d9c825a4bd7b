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
  /// The terms as the walk over the page's bytes matches and writes them, made once for every page.
  let prepared: [PreparedTerm]
  /// The prepared terms by their bytes.
  let trie: GlossaryTrie<UInt8>
  /// Whether a term starts with each byte value: only there can a term be written.
  let firstBytes: [Bool]

  /// The glossary's terms, prepared once for every page of an edition.
  public init(_ glossary: [GlossaryTerm]) {
    terms = glossary.filter { !$0.term.isEmpty }.sorted { $0.term.count > $1.term.count }
    prepared = Self.prepare(terms)
    trie = GlossaryTrie(prepared.map(\.bytes))
    var firstBytes = Array(repeating: false, count: 256)
    for term in prepared { if let first = term.bytes.first { firstBytes[Int(first)] = true } }
    self.firstBytes = firstBytes
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

  /// Returns the page with glossary terms expanded or wrapped.
  ///
  /// The page is walked over its UTF-8 bytes. Markup ("<" to ">") is read by code points, as a browser
  /// reads it; the text between tags by `Character`s: a term starts and ends between characters (never
  /// inside "e" + combining accent) and must be a whole word there, judged by the characters around it.
  /// A term is found where it is spelt with the same code points as in the glossary.
  public func apply(to html: String) -> String {
    guard !terms.isEmpty else { return html }
    var page = html
    page.makeContiguousUTF8()
    return page.utf8.withContiguousStorageIfAvailable(apply(toBytes:))
      ?? Array(page.utf8).withUnsafeBufferPointer(apply(toBytes:))
  }

  /// Adds to `found` the glossary terms written in `text` as whole words, found as `apply(to:)` finds
  /// them in the text between tags (here markup is read as text too). Called for every text of every
  /// edition's newsletter, so it reads the string's own bytes where it can, without a copy.
  func termsWritten(in text: String, into found: inout Set<String>) {
    guard !terms.isEmpty else { return }
    func walk(_ bytes: UnsafeBufferPointer<UInt8>) {
      Walker(abbreviations: self, bytes: bytes).termsWritten(from: 0, to: bytes.count, into: &found)
    }
    if text.utf8.withContiguousStorageIfAvailable(walk) == nil {
      Array(text.utf8).withUnsafeBufferPointer(walk)
    }
  }

  /// `apply(to:)` over the page's bytes.
  func apply(toBytes bytes: UnsafeBufferPointer<UInt8>) -> String {
    var walker = Walker(abbreviations: self, bytes: bytes)
    walker.out.reserveCapacity(bytes.count + 1024)
    walker.run()
    return String(decoding: walker.out, as: UTF8.self)
  }

  /// The terms as the walk writes them: their bytes, the `<abbr>` and the expansion, and the meaning as
  /// it must be written before a "(" to count as the term's first use.
  static func prepare(_ terms: [GlossaryTerm]) -> [PreparedTerm] {
    terms.map { term -> PreparedTerm in
      let title = Escaping.html(term.meaning)
      let abbr = "<abbr title=\"\(title)\">\(Escaping.html(term.term))</abbr>"
      return PreparedTerm(
        term: term.term, bytes: Array(term.term.utf8), abbr: Array(abbr.utf8),
        expansion: Array("\(title) (\(abbr))".utf8),
        writtenSuffix: Array(
          (title.collapsingWhitespace(.lineFeeds, keepingTrailingSpace: true) + " ").utf8.reversed()))
    }
  }

  /// One glossary term as the walk matches and writes it.
  struct PreparedTerm: Sendable {
    var term: String
    var bytes: [UInt8]
    var abbr: [UInt8]
    var expansion: [UInt8]
    /// `Escaping.html(meaning)` collapsed (line feeds as space, trailing space kept) + " ", reversed, to
    /// match the text before a "(".
    var writtenSuffix: [UInt8]
  }
}
