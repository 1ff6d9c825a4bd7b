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
  /// Heading block index to its id.
  var headingIDsByBlock: [Int: String]
  /// The document's headings, in order.
  public private(set) var headings: [MarkdownHeading]

  /// Parses `text`.
  init(parsing text: String) {
    var input = Array(text.utf8)
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
    blocks = blockParser.blocks
    tables = blockParser.tables
    blockParser = BlockParser(input: [])
    var slugs = HeadingSlugs()
    headings = []
    headingIDsByBlock = [:]
    for index in blocks.indices {
      switch blocks[index].kind {
      case .paragraph:
        blocks[index].inlineRoot = inlineParser.parse(blocks[index].content[...])
        blocks[index].content = []
      case .heading:
        let root = inlineParser.parse(blocks[index].content[...])
        blocks[index].inlineRoot = root
        blocks[index].content = []
        let plain = String(decoding: inlineParser.store.plainText(of: root), as: UTF8.self)
        let id = slugs.uniqueID(for: plain)
        headingIDsByBlock[index] = id
        headings.append(MarkdownHeading(level: blocks[index].headingLevel, text: plain, id: id))
      case .table:
        let table = blocks[index].tableIndex
        guard table >= 0 else { continue }
        tables[table].headerInlines = tables[table].header.map {
          inlineParser.parse($0[...], extendedAutolinks: true)
        }
        tables[table].rowInlines = tables[table].rows.map { row in
          row.map { inlineParser.parse($0[...], extendedAutolinks: true) }
        }
      default: break
      }
    }
    inlines = inlineParser.store
  }

  /// Renders the document as HTML.
  public func html(options: MarkdownOptions) -> String {
    var renderer = HTMLRenderer(document: self, options: options)
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
