/// Splits a document into blocks, line by line (the CommonMark two-phase strategy, phase one).
struct BlockParser {
  /// How a container block answered a new line.
  enum Continuation { case matched, failed, lineDone }
  /// What a block start found.
  enum StartResult { case none, container, leaf }

  var input: [UInt8]
  var blocks: [Block] = [Block(kind: .document, parent: -1, startLine: 1)]
  var tables: [TableData] = []
  var references = LinkReferences()
  var tip = 0
  var oldTip = 0
  var lastMatchedContainer = 0
  var allClosed = true
  var lineNumber = 0
  var lineStart = 0
  var lineEnd = 0
  var offset = 0
  var column = 0
  var nextNonspace = 0
  var nextNonspaceColumn = 0
  var indent = 0
  var indented = false
  var blank = false
  var partiallyConsumedTab = false
  /// Changes whenever a block is added, closed or changes kind.
  var structureVersion = 0
  var blankRestCache: BlankRestCache? = nil
  /// Where the last failed thematic break scan stopped: line, marker and the offending byte's index.
  var thematicBreakFailure: (line: Int, marker: UInt8, stop: Int) = (0, 0, 0)

  /// How many empty cells may still be added to short table rows.
  var tableCellBudget: Int

  init(input: [UInt8]) {
    self.input = input
    self.tableCellBudget = max(input.count, 10_000)
  }

  /// The byte at `index` on the current line, or 0 past its end (the input holds no NUL).
  @inline(__always) func peek(_ index: Int) -> UInt8 {
    index < lineEnd && index >= 0 ? input[index] : 0
  }

  /// Parses every line, then closes every open block.
  mutating func parseLines() {
    var start = 0
    let count = input.count
    while start < count {
      var end = start
      while end < count && input[end] != Bytes.newline && input[end] != Bytes.carriageReturn {
        end += 1
      }
      incorporateLine(start: start, end: end)
      if end < count && input[end] == Bytes.carriageReturn && end + 1 < count
        && input[end + 1] == Bytes.newline
      {
        start = end + 2
      } else {
        start = end + 1
      }
    }
    while tip >= 0 {
      finalize(tip, line: lineNumber)
    }
  }

  /// Finds the first non-space byte at or after `offset` and the indentation up to it. The scan is kept
  /// while `offset` has not passed it (as cmark does), so every container of a deeply nested line does not
  /// scan the same indentation again: each line's indentation is read once.
  mutating func findNextNonspace() {
    if nextNonspace > offset {
      indent = nextNonspaceColumn - column
      indented = indent >= 4
      return
    }
    var index = offset
    var columns = column
    var byte: UInt8 = 0
    while index < lineEnd {
      byte = input[index]
      if byte == Bytes.space {
        index += 1
        columns += 1
      } else if byte == Bytes.tab {
        index += 1
        columns += 4 - (columns % 4)
      } else {
        break
      }
    }
    blank = index >= lineEnd
    nextNonspace = index
    nextNonspaceColumn = columns
    indent = columns - column
    indented = indent >= 4
  }

  mutating func advanceNextNonspace() {
    offset = nextNonspace
    column = nextNonspaceColumn
    partiallyConsumedTab = false
  }

  /// Moves `count` characters (or columns, when `columns`) forward on the current line.
  mutating func advanceOffset(_ count: Int, columns: Bool) {
    var remaining = count
    while remaining > 0 && offset < lineEnd {
      if input[offset] == Bytes.tab {
        let charsToTab = 4 - (column % 4)
        if columns {
          partiallyConsumedTab = charsToTab > remaining
          let advance = min(charsToTab, remaining)
          column += advance
          offset += partiallyConsumedTab ? 0 : 1
          remaining -= advance
        } else {
          partiallyConsumedTab = false
          column += charsToTab
          offset += 1
          remaining -= 1
        }
      } else {
        partiallyConsumedTab = false
        offset += 1
        column += 1
        remaining -= 1
      }
    }
  }

  /// Adds the rest of the current line to the tip's content.
  mutating func addLine() {
    if blocks[tip].skipsNextLine {
      blocks[tip].skipsNextLine = false
      return
    }
    if partiallyConsumedTab {
      offset += 1
      let charsToTab = 4 - (column % 4)
      blocks[tip].content.append(contentsOf: repeatElement(Bytes.space, count: charsToTab))
    }
    if offset < lineEnd {
      blocks[tip].content.append(contentsOf: input[offset..<lineEnd])
    }
    blocks[tip].content.append(Bytes.newline)
  }

  /// Adds a child block to the tip, closing blocks that cannot hold it.
  @discardableResult
  mutating func addChild(_ kind: BlockKind) -> Int {
    while !blocks[tip].canContain(kind) {
      finalize(tip, line: lineNumber - 1)
    }
    structureVersion += 1
    let index = blocks.count
    blocks.append(Block(kind: kind, parent: tip, startLine: lineNumber))
    blocks[tip].children.append(index)
    blocks[tip].contentChildCount += 1
    tip = index
    return index
  }

  mutating func closeUnmatchedBlocks() {
    if !allClosed {
      while oldTip != lastMatchedContainer && oldTip >= 0 {
        let parent = blocks[oldTip].parent
        finalize(oldTip, line: lineNumber - 1)
        oldTip = parent
      }
      allClosed = true
    }
  }

  /// Closes a block: records its last line and runs the per-kind finishing step.
  mutating func finalize(_ block: Int, line: Int) {
    structureVersion += 1
    let parent = blocks[block].parent
    blocks[block].isOpen = false
    blocks[block].endLine = line
    switch blocks[block].kind {
    case .paragraph: finalizeParagraph(block)
    case .codeBlock: finalizeCodeBlock(block)
    case .htmlBlock:
      if blocks[block].content.last == Bytes.newline { blocks[block].content.removeLast() }
    case .list: finalizeList(block)
    case .item: finalizeItem(block)
    default: break
    }
    tip = parent
  }

  mutating func finalizeParagraph(_ block: Int) {
    let consumed = references.parseDefinitions(blocks[block].content)
    if consumed > 0 {
      blocks[block].content.removeFirst(consumed)
    }
    if blocks[block].content.allSatisfy(Bytes.isWhitespace) {
      blocks[block].kind = .linkDefinitions
      blocks[block].content = []
      let parent = blocks[block].parent
      if parent >= 0 { blocks[parent].contentChildCount -= 1 }
    }
  }

  mutating func finalizeCodeBlock(_ block: Int) {
    if blocks[block].isFenced { return }
    var content = blocks[block].content
    // Drop trailing blank lines, keep one final newline.
    var end = content.count
    while end > 0 {
      var lineBegin = end - 1
      while lineBegin > 0 && content[lineBegin - 1] != Bytes.newline { lineBegin -= 1 }
      let isBlankLine = content[lineBegin..<end].allSatisfy(Bytes.isWhitespace)
      if !isBlankLine { break }
      end = lineBegin
    }
    content.removeSubrange(end..<content.count)
    // The block ends at its last non-blank line: a blank line after it separates it from what follows.
    let lines = content.reduce(0) { $0 + ($1 == Bytes.newline ? 1 : 0) }
    blocks[block].endLine = blocks[block].startLine + max(lines, 1) - 1
    blocks[block].content = content
  }
}
