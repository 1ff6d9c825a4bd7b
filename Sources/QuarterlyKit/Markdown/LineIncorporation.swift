extension BlockParser {
  /// Feeds one line (input[start..<end], without its line ending) to the open blocks.
  mutating func incorporateLine(start: Int, end: Int) {
    var allMatched = true
    var container = 0
    oldTip = tip
    lineStart = start
    lineEnd = end
    offset = start
    column = 0
    nextNonspace = start
    nextNonspaceColumn = 0
    blank = false
    partiallyConsumedTab = false
    lineNumber += 1

    // Where the rest of the line turned blank during the walk: the open blocks below answer a blank rest
    // the same way every time, so the answer is kept (`BlankRestCache`).
    var blankFrom: (container: Int, offset: Int, column: Int, partiallyConsumedTab: Bool)? = nil
    // Only code blocks answer a blank rest according to its spaces; other blocks by their kind alone.
    var walkedCode = false
    while let last = blocks[container].children.last, blocks[last].isOpen {
      findNextNonspace()
      if blank {
        if let cache = blankRestCache, cache.matches(self, from: container) {
          container = cache.container
          allMatched = cache.allMatched
          if cache.spacesMatter {
            offset += cache.offsetInRest
            column = cache.column
            partiallyConsumedTab = cache.partiallyConsumedTab
          } else if cache.advanced {
            advanceNextNonspace()
          }
          break
        }
        if blankFrom == nil { blankFrom = (container, offset, column, partiallyConsumedTab) }
        if blocks[last].kind == .codeBlock { walkedCode = true }
      }
      container = last
      switch continueBlock(container) {
      case .matched: break
      case .failed: allMatched = false
      case .lineDone: return
      }
      if !allMatched {
        container = blocks[container].parent
        break
      }
    }
    if let blankFrom {
      blankRestCache = BlankRestCache(
        version: structureVersion, from: blankFrom.container, spacesMatter: walkedCode,
        restStart: blankFrom.offset,
        restEnd: end, startColumn: blankFrom.column,
        startPartiallyConsumedTab: blankFrom.partiallyConsumedTab,
        container: container, allMatched: allMatched,
        offsetInRest: offset - blankFrom.offset,
        column: column, partiallyConsumedTab: partiallyConsumedTab)
    }

    allClosed = container == oldTip
    lastMatchedContainer = container

    let containerKind = blocks[container].kind
    var matchedLeaf = containerKind != .paragraph && containerKind != .table && blocks[container].acceptsLines
    while !matchedLeaf {
      findNextNonspace()
      if !indented && !Self.maySpecial(peek(nextNonspace)) {
        advanceNextNonspace()
        break
      }
      let result = tryBlockStarts(container)
      if result == .none {
        advanceNextNonspace()
        break
      }
      container = tip
      if result == .leaf { matchedLeaf = true }
    }

    if !allClosed && !blank && blocks[tip].kind == .paragraph {
      addLine()  // lazy paragraph continuation
      return
    }
    closeUnmatchedBlocks()
    let kind = blocks[container].kind
    if kind == .table {
      if blocks[container].skipsNextLine {
        blocks[container].skipsNextLine = false
      } else if !blank {
        addTableRow(container)
      }
    } else if blocks[container].acceptsLines {
      addLine()
      let type = blocks[container].htmlBlockType
      if kind == .htmlBlock && type >= 1 && type <= 5
        && HTMLBlocks.endsBlock(type: type, line: input[offset..<lineEnd])
      {
        finalize(container, line: lineNumber)
      }
    } else if offset < lineEnd && !blank {
      addChild(.paragraph)
      advanceNextNonspace()
      addLine()
    }
  }

  /// Whether a line whose first non-space byte is `byte` could start a block other than a paragraph.
  @inline(__always) static func maySpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "#"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "*"), UInt8(ascii: "+"),
      UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "-"),
      UInt8(ascii: "|"), UInt8(ascii: ":"):
      return true
    default: return Bytes.isDigit(byte)
    }
  }

  /// Whether an open block goes on with the current line (and consumes its markers).
  mutating func continueBlock(_ block: Int) -> Continuation {
    switch blocks[block].kind {
    case .document, .list: return .matched
    case .blockQuote:
      guard !indented && peek(nextNonspace) == UInt8(ascii: ">") else { return .failed }
      advanceNextNonspace()
      advanceOffset(1, columns: false)
      if Bytes.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
      return .matched
    case .item:
      let list = blocks[block].list
      if blank {
        if blocks[block].contentChildCount == 0 { return .failed }
        advanceNextNonspace()
      } else if indent >= list.markerOffset + list.padding {
        advanceOffset(list.markerOffset + list.padding, columns: true)
      } else {
        return .failed
      }
      return .matched
    case .heading, .thematicBreak, .linkDefinitions: return .failed
    case .codeBlock: return continueCodeBlock(block)
    case .htmlBlock:
      let type = blocks[block].htmlBlockType
      return blank && (type == 6 || type == 7) ? .failed : .matched
    case .paragraph, .table: return blank ? .failed : .matched
    }
  }

  mutating func continueCodeBlock(_ block: Int) -> Continuation {
    if blocks[block].isFenced {
      let fenceChar = blocks[block].fenceChar
      if indent <= 3 && peek(nextNonspace) == fenceChar {
        var index = nextNonspace
        while peek(index) == fenceChar { index += 1 }
        let length = index - nextNonspace
        while Bytes.isSpaceOrTab(peek(index)) { index += 1 }
        if length >= blocks[block].fenceLength && index >= lineEnd {
          finalize(block, line: lineNumber)
          return .lineDone
        }
      }
      var remaining = blocks[block].fenceOffset
      while remaining > 0 && Bytes.isSpaceOrTab(peek(offset)) {
        advanceOffset(1, columns: true)
        remaining -= 1
      }
      return .matched
    }
    if indent >= 4 {
      advanceOffset(4, columns: true)
    } else if blank {
      advanceNextNonspace()
    } else {
      return .failed
    }
    return .matched
  }
}

/// What the open blocks below one container made of a blank rest of a line (a blank line, or the blank
/// rest after `>` markers), reused under the same open blocks while no block has been added or closed:
/// runs of blank lines, or of `>` lines, under deep nesting stay linear. Unless the walk met a code block
/// (which keeps a blank line's spaces), any blank rest is answered alike: items skip to its end, and every
/// other block fails or matches by its kind.
struct BlankRestCache {
  var version: Int
  /// The container whose open children were walked.
  var from: Int
  /// Whether the answer holds only for the same spaces at the same column (a code block was walked).
  var spacesMatter: Bool
  var restStart: Int
  var restEnd: Int
  var startColumn: Int
  var startPartiallyConsumedTab: Bool
  /// What the walk ended with: the last matched container, whether all matched, and the position.
  var container: Int
  var allMatched: Bool
  var offsetInRest: Int
  var column: Int
  var partiallyConsumedTab: Bool

  /// Whether the walk moved from where the rest started (to the end of the line: an item matched), when
  /// spaces do not matter.
  var advanced: Bool {
    offsetInRest != 0 || column != startColumn || partiallyConsumedTab != startPartiallyConsumedTab
  }

  /// Whether the parser is at a blank rest the answer holds for (any, or the same bytes at the same column
  /// when spaces matter) under the same open blocks.
  func matches(_ parser: BlockParser, from container: Int) -> Bool {
    guard version == parser.structureVersion && from == container else { return false }
    if !spacesMatter { return true }
    return startColumn == parser.column
      && startPartiallyConsumedTab == parser.partiallyConsumedTab
      && parser.lineEnd - parser.offset == restEnd - restStart
      && parser.input[parser.offset..<parser.lineEnd].elementsEqual(parser.input[restStart..<restEnd])
  }
}
