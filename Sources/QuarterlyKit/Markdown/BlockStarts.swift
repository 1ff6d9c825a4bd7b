extension BlockParser {
  /// Tries each block start in the CommonMark order; the first that matches wins.
  mutating func tryBlockStarts(_ container: Int) -> StartResult {
    let first = peek(nextNonspace)
    if !indented {
      switch first {
      case UInt8(ascii: ">"): return startBlockQuote()
      case UInt8(ascii: "#"):
        if startATXHeading() { return .leaf }
      case UInt8(ascii: "`"), UInt8(ascii: "~"):
        if startFencedCode() { return .leaf }
      case UInt8(ascii: "<"):
        if startHTMLBlock(container) { return .leaf }
      default: break
      }
      if first == UInt8(ascii: "=") || first == UInt8(ascii: "-") {
        if startSetextHeading(container) { return .leaf }
      }
      if first == UInt8(ascii: "*") || first == UInt8(ascii: "-") || first == UInt8(ascii: "_") {
        if startThematicBreak() { return .leaf }
      }
      if blocks[container].kind == .paragraph && startTable(container) { return .leaf }
    }
    if !indented || blocks[container].kind == .list {
      if startListItem(container) { return .container }
    }
    // An indented line cannot interrupt a paragraph, but it does end a table (as on GitHub).
    if indented && blocks[tip].kind != .paragraph && !blank {
      advanceOffset(4, columns: true)
      closeUnmatchedBlocks()
      addChild(.codeBlock)
      return .leaf
    }
    return .none
  }

  mutating func startBlockQuote() -> StartResult {
    advanceNextNonspace()
    advanceOffset(1, columns: false)
    if Bytes.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
    closeUnmatchedBlocks()
    addChild(.blockQuote)
    return .container
  }

  mutating func startATXHeading() -> Bool {
    var index = nextNonspace
    while peek(index) == UInt8(ascii: "#") { index += 1 }
    let level = index - nextNonspace
    guard level <= 6, index >= lineEnd || Bytes.isSpaceOrTab(peek(index)) else { return false }
    advanceNextNonspace()
    closeUnmatchedBlocks()
    let heading = addChild(.heading)
    blocks[heading].headingLevel = level
    // The text between the marker and an optional closing sequence of #s.
    let text = Bytes.trimming(index..<lineEnd, of: input, where: Bytes.isSpaceOrTab)
    let begin = text.lowerBound
    var end = text.upperBound
    var hashes = end
    while hashes > begin && input[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
    if hashes == begin {
      end = begin
    } else if hashes < end && Bytes.isSpaceOrTab(input[hashes - 1]) {
      end = Bytes.trimming(begin..<hashes, of: input, where: Bytes.isSpaceOrTab).upperBound
    }
    blocks[heading].content = Array(input[begin..<end])
    offset = lineEnd
    return true
  }

  mutating func startFencedCode() -> Bool {
    let fenceChar = peek(nextNonspace)
    var index = nextNonspace
    while peek(index) == fenceChar { index += 1 }
    let length = index - nextNonspace
    guard length >= 3 else { return false }
    if fenceChar == UInt8(ascii: "`") && input[index..<lineEnd].contains(UInt8(ascii: "`")) { return false }
    closeUnmatchedBlocks()
    let code = addChild(.codeBlock)
    blocks[code].isFenced = true
    blocks[code].fenceLength = length
    blocks[code].fenceChar = fenceChar
    blocks[code].fenceOffset = indent
    let infoRange = Bytes.trimming(index..<lineEnd, of: input, where: Bytes.isWhitespace)
    var info: [UInt8] = []
    InlineText.appendUnescaped(input[infoRange], to: &info)
    blocks[code].info = info
    blocks[code].skipsNextLine = true
    offset = lineEnd
    return true
  }

  mutating func startHTMLBlock(_ container: Int) -> Bool {
    let line = input[nextNonspace..<lineEnd]
    guard let type = HTMLBlocks.startType(line) else { return false }
    if type == 7 {
      let lazy = !allClosed && !blank && blocks[tip].kind == .paragraph
      if blocks[container].kind == .paragraph || lazy { return false }
    }
    closeUnmatchedBlocks()
    let html = addChild(.htmlBlock)
    blocks[html].htmlBlockType = type
    return true
  }

  mutating func startSetextHeading(_ container: Int) -> Bool {
    guard blocks[container].kind == .paragraph else { return false }
    let marker = peek(nextNonspace)
    var index = nextNonspace
    while peek(index) == marker { index += 1 }
    while Bytes.isSpaceOrTab(peek(index)) { index += 1 }
    guard index >= lineEnd else { return false }
    closeUnmatchedBlocks()
    let consumed = references.parseDefinitions(blocks[container].content)
    if consumed > 0 { blocks[container].content.removeFirst(consumed) }
    guard !blocks[container].content.isEmpty else { return false }
    structureVersion += 1
    blocks[container].kind = .heading
    blocks[container].headingLevel = marker == UInt8(ascii: "=") ? 1 : 2
    offset = lineEnd
    return true
  }

  mutating func startThematicBreak() -> Bool {
    let marker = peek(nextNonspace)
    // A failed scan on this line fails again from any later start before the byte that stopped it
    // (nested list markers such as `- - - - a` would otherwise rescan the line at every level).
    if thematicBreakFailure.line == lineNumber && thematicBreakFailure.marker == marker
      && nextNonspace < thematicBreakFailure.stop
    {
      return false
    }
    var count = 0
    var index = nextNonspace
    while index < lineEnd {
      let byte = input[index]
      if byte == marker {
        count += 1
      } else if !Bytes.isSpaceOrTab(byte) {
        thematicBreakFailure = (lineNumber, marker, index)
        return false
      }
      index += 1
    }
    guard count >= 3 else { return false }
    closeUnmatchedBlocks()
    addChild(.thematicBreak)
    offset = lineEnd
    return true
  }
}
