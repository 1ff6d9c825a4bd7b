/// The kinds of block in a parsed Markdown document. `linkDefinitions` is a paragraph that held only link
/// reference definitions: it writes nothing, but its lines still count when deciding whether a list is loose.
enum BlockKind: UInt8 {
  case document, blockQuote, list, item, paragraph, heading, thematicBreak, codeBlock, htmlBlock, table
  case linkDefinitions
}

/// What a list or list item marker says: bullet or ordered, which character, the start number, the padding.
struct ListData: Equatable {
  var isOrdered = false
  var bulletChar: UInt8 = 0
  var start = 1
  var delimiter: UInt8 = 0
  var padding = 0
  var markerOffset = 0
  var isTight = true

  /// Whether an item with `other` marker belongs to a list started by this one.
  func matches(_ other: ListData) -> Bool {
    isOrdered == other.isOrdered && delimiter == other.delimiter && bulletChar == other.bulletChar
  }
}

/// One block of the document tree; blocks live in an array and refer to each other by index.
struct Block {
  var kind: BlockKind
  var parent: Int
  var children: [Int] = []
  /// How many children are not `linkDefinitions`: an item with none is empty, as in cmark, which drops
  /// a paragraph of definitions alone (a blank line then ends the item).
  var contentChildCount = 0
  var isOpen = true
  var startLine: Int
  var endLine = 0
  /// The raw text lines (paragraphs, headings) or literal content (code, HTML).
  var content: [UInt8] = []
  var headingLevel = 0
  var list = ListData()
  var isFenced = false
  var fenceChar: UInt8 = 0
  var fenceLength = 0
  var fenceOffset = 0
  /// The opening fence's line has been seen; its text is the info string, not content.
  var skipsNextLine = false
  var info: [UInt8] = []
  var htmlBlockType = 0
  /// The root inline node of a paragraph or heading, in the document's inline store.
  var inlineRoot = -1
  /// The index into the document's tables for a table block.
  var tableIndex = -1

  init(kind: BlockKind, parent: Int, startLine: Int) {
    self.kind = kind
    self.parent = parent
    self.startLine = startLine
  }

  /// Whether a block of this kind may hold a child of `child` kind.
  func canContain(_ child: BlockKind) -> Bool {
    switch kind {
    case .document, .blockQuote, .item: return child != .item
    case .list: return child == .item
    default: return false
    }
  }

  /// Whether text lines are added to a block of this kind.
  var acceptsLines: Bool {
    kind == .paragraph || kind == .codeBlock || kind == .htmlBlock || kind == .table
  }
}

/// Column alignment of a GFM table column.
enum TableAlignment: UInt8 {
  case none, left, center, right
}

/// A GFM table: alignments, the header cells and body rows (raw text while parsing, inline roots after).
struct TableData {
  var alignments: [TableAlignment]
  var header: [[UInt8]]
  var rows: [[[UInt8]]] = []
  var headerInlines: [Int] = []
  var rowInlines: [[Int]] = []
}
