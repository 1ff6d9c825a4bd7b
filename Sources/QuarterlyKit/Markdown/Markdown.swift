/// How Markdown becomes HTML: safe or not, heading ids, and how plain text is written.
public struct MarkdownOptions: Sendable {
  /// Whether raw HTML passes through; false (the default) escapes it and blanks dangerous link schemes.
  public var allowRawHTML: Bool
  /// Whether headings get `id="..."` attributes.
  public var headingIDs: Bool
  /// Turns a run of plain text (unescaped, adjacent text merged) into HTML; nil means `Escaping.html`.
  public var transformText: (@Sendable (String) -> String)?

  /// Options with safe mode on and no heading ids by default.
  public init(
    allowRawHTML: Bool = false, headingIDs: Bool = false, transformText: (@Sendable (String) -> String)? = nil
  ) {
    self.allowRawHTML = allowRawHTML
    self.headingIDs = headingIDs
    self.transformText = transformText
  }
}

/// A heading of a document: its level, plain text and unique id.
public struct MarkdownHeading: Sendable, Equatable {
  public var level: Int
  public var text: String
  public var id: String

  /// A heading with its level (1–6), plain text and id.
  public init(level: Int, text: String, id: String) {
    self.level = level
    self.text = text
    self.id = id
  }
}

/// A parsed Markdown document (CommonMark 0.31.2 with GFM tables), ready to render.
public struct MarkdownDocument {
  var blocks: [Block]
  var tables: [TableData]
  var inlines: InlineStore
  /// The document's headings, in order, with unique ids.
  public var headings: [MarkdownHeading] {
    headingsByBlock().map { $0.heading }
  }

  /// Each heading with its block index, in document order (ids made unique in that order).
  func headingsByBlock() -> [(block: Int, heading: MarkdownHeading)] {
    var slugs = HeadingSlugs()
    return headingsByBlock(slugs: &slugs)
  }

  /// `headingsByBlock()` with ids unique also among those `slugs` has already given or reserved (the
  /// other ids of the page the document goes into).
  func headingsByBlock(slugs: inout HeadingSlugs) -> [(block: Int, heading: MarkdownHeading)] {
    var result: [(block: Int, heading: MarkdownHeading)] = []
    var stack: [(block: Int, next: Int)] = [(0, 0)]
    while let top = stack.last {
      let children = blocks[top.block].children
      guard top.next < children.count else {
        stack.removeLast()
        continue
      }
      stack[stack.count - 1].next += 1
      let child = children[top.next]
      if blocks[child].kind == .heading {
        let text = String(decoding: inlines.plainText(of: blocks[child].inlineRoot), as: UTF8.self)
        let id = slugs.uniqueID(for: text)
        result.append((child, MarkdownHeading(level: blocks[child].headingLevel, text: text, id: id)))
      } else if !blocks[child].children.isEmpty {
        stack.append((child, 0))
      }
    }
    return result
  }

  /// Parses `text`.
  init(parsing text: String) {
    var input = Array(text.utf8)
    // A leading byte-order mark is not part of the text (as in cmark and on GitHub).
    if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
    if input.contains(0) {
      var cleaned: [UInt8] = []
      cleaned.reserveCapacity(input.count + 8)
      for byte in input {
        if byte == 0 { cleaned.append(contentsOf: [0xEF, 0xBF, 0xBD]) } else { cleaned.append(byte) }
      }
      input = cleaned
    }
    var blockParser = BlockParser(input: input)
    blockParser.parseLines()
    var inlineParser = InlineParser(references: blockParser.references)
    inlineParser.store.text.reserveCapacity(input.count + input.count / 8)
    // Room for a node per 8 bytes (5 bytes of nodes per input byte); prose makes about one per 15.
    inlineParser.store.nodes.reserveCapacity(input.count / 8 + 16)
    blocks = blockParser.blocks
    tables = blockParser.tables
    blockParser = BlockParser(input: [])
    for index in blocks.indices {
      switch blocks[index].kind {
      case .paragraph, .heading:
        blocks[index].inlineRoot = inlineParser.parse(taking: &blocks[index].content)
      case .table:
        let table = blocks[index].tableIndex
        guard table >= 0 else { continue }
        tables[table].headerInlines = tables[table].header.map {
          var cell = $0
          return inlineParser.parse(taking: &cell, extendedAutolinks: true)
        }
        tables[table].rowInlines = tables[table].rows.map { row in
          row.map {
            var cell = $0
            return inlineParser.parse(taking: &cell, extendedAutolinks: true)
          }
        }
      default: break
      }
    }
    inlines = inlineParser.store
  }

  /// Renders the document as HTML.
  public func html(options: MarkdownOptions) -> String {
    html(options: options, headings: options.headingIDs ? headingsByBlock() : [])
  }

  /// `html(options:)` with the headings already worked out (`headingsByBlock()`), for a caller that
  /// needs them too.
  func html(options: MarkdownOptions, headings: [(block: Int, heading: MarkdownHeading)]) -> String {
    var renderer = HTMLRenderer(document: self, options: options, headings: headings)
    renderer.renderDocument()
    return String(decoding: renderer.out, as: UTF8.self)
  }
}

/// Markdown to HTML: CommonMark 0.31.2 plus GFM tables, safe by default, in linear time.
public enum Markdown {
  /// Parses Markdown text into a document.
  public static func parse(_ text: String) -> MarkdownDocument {
    MarkdownDocument(parsing: text)
  }

  /// Converts Markdown text to HTML.
  public static func html(_ text: String, options: MarkdownOptions = MarkdownOptions()) -> String {
    parse(text).html(options: options)
  }
}
