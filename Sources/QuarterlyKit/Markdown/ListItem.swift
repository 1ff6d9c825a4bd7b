extension BlockParser {
  /// Starts a list item (and a list, when the item does not continue the current one).
  mutating func startListItem(_ container: Int) -> Bool {
    guard var data = parseListMarker(container) else { return false }
    closeUnmatchedBlocks()
    if blocks[tip].kind != .list || !blocks[container].list.matches(data) {
      let list = addChild(.list)
      blocks[list].list = data
    }
    data.isTight = true
    let item = addChild(.item)
    blocks[item].list = data
    return true
  }

  /// Reads a bullet or ordered list marker at the next non-space position and moves past it and its padding.
  mutating func parseListMarker(_ container: Int) -> ListData? {
    guard indent < 4 else { return nil }
    var data = ListData()
    data.markerOffset = indent
    let first = peek(nextNonspace)
    var markerEnd = nextNonspace
    if first == UInt8(ascii: "*") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
      data.bulletChar = first
      markerEnd += 1
    } else if Bytes.isDigit(first) {
      var number = 0
      while Bytes.isDigit(peek(markerEnd)) && markerEnd - nextNonspace < 9 {
        number = number * 10 + Int(peek(markerEnd) - 0x30)
        markerEnd += 1
      }
      let delimiter = peek(markerEnd)
      guard delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")") else { return nil }
      guard blocks[container].kind != .paragraph || number == 1 else { return nil }
      data.isOrdered = true
      data.start = number
      data.delimiter = delimiter
      markerEnd += 1
    } else {
      return nil
    }
    let after = peek(markerEnd)
    guard markerEnd >= lineEnd || Bytes.isSpaceOrTab(after) else { return nil }
    if blocks[container].kind == .paragraph {
      var index = markerEnd
      while index < lineEnd && Bytes.isSpaceOrTab(input[index]) { index += 1 }
      if index >= lineEnd { return nil }
    }
    let markerLength = markerEnd - nextNonspace
    advanceNextNonspace()
    advanceOffset(markerLength, columns: true)
    let spacesStartColumn = column
    let spacesStartOffset = offset
    repeat {
      advanceOffset(1, columns: true)
    } while column - spacesStartColumn < 5 && Bytes.isSpaceOrTab(peek(offset))
    let blankItem = offset >= lineEnd
    let spacesAfterMarker = column - spacesStartColumn
    if spacesAfterMarker >= 5 || spacesAfterMarker < 1 || blankItem {
      data.padding = markerLength + 1
      column = spacesStartColumn
      offset = spacesStartOffset
      partiallyConsumedTab = false
      if Bytes.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
    } else {
      data.padding = markerLength + spacesAfterMarker
    }
    return data
  }

  /// A list is loose when items, or blocks directly inside an item, are separated by a blank line.
  mutating func finalizeList(_ list: Int) {
    let items = blocks[list].children
    var tight = true
    outer: for (position, item) in items.enumerated() {
      if position + 1 < items.count && endsBeforeGap(item, next: items[position + 1]) {
        tight = false
        break
      }
      let children = blocks[item].children
      for (childPosition, child) in children.enumerated()
      where childPosition + 1 < children.count && endsBeforeGap(child, next: children[childPosition + 1]) {
        tight = false
        break outer
      }
    }
    blocks[list].list.isTight = tight
    if let last = items.last { blocks[list].endLine = blocks[last].endLine }
  }

  mutating func finalizeItem(_ item: Int) {
    if let last = blocks[item].children.last {
      blocks[item].endLine = blocks[last].endLine
    } else {
      blocks[item].endLine = blocks[item].startLine
    }
  }

  /// Whether a blank line separates `block` from the sibling `next` that follows it.
  func endsBeforeGap(_ block: Int, next: Int) -> Bool {
    blocks[block].endLine != blocks[next].startLine - 1
  }
}
