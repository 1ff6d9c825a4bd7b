/// Scanners for the parts of links: labels, destinations, titles, and the whitespace between them.
enum LinkSyntax {
  /// The length of a link label `[...]` starting at `start` (brackets included), or 0 when there is none.
  static func labelLength(_ bytes: [UInt8], at start: Int) -> Int {
    let count = bytes.count
    guard start < count, bytes[start] == UInt8(ascii: "[") else { return 0 }
    var index = start + 1
    while index < count && index - start <= 1001 {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      if byte == UInt8(ascii: "[") { return 0 }
      if byte == UInt8(ascii: "]") {
        let length = index + 1 - start
        return length <= 1001 ? length : 0
      }
      index += 1
    }
    return 0
  }

  /// A link destination at `start`: the raw value's range and where the destination ends.
  static func destination(_ bytes: [UInt8], at start: Int) -> (value: Range<Int>, end: Int)? {
    let count = bytes.count
    guard start <= count else { return nil }
    if start < count && bytes[start] == UInt8(ascii: "<") {
      var index = start + 1
      while index < count {
        let byte = bytes[index]
        if byte == UInt8(ascii: ">") { return ((start + 1)..<index, index + 1) }
        if byte == UInt8(ascii: "<") || byte == Bytes.newline { return nil }
        if byte == UInt8(ascii: "\\") {
          guard index + 1 < count, bytes[index + 1] != Bytes.newline else { return nil }
          index += 2
          continue
        }
        index += 1
      }
      return nil
    }
    var index = start
    var depth = 0
    while index < count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\\") && index + 1 < count && Bytes.isPunctuation(bytes[index + 1]) {
        index += 2
      } else if byte == UInt8(ascii: "(") {
        depth += 1
        if depth > 32 { return nil }
        index += 1
      } else if byte == UInt8(ascii: ")") {
        if depth == 0 { break }
        depth -= 1
        index += 1
      } else if byte <= Bytes.space || byte == 0x7F {
        break
      } else {
        index += 1
      }
    }
    if index == start && (index >= count || bytes[index] != UInt8(ascii: ")")) { return nil }
    if depth != 0 { return nil }
    return (start..<index, index)
  }

  /// A link title at `start` ("...", '...' or (...)): the raw value's range and where the title ends.
  static func title(_ bytes: [UInt8], at start: Int, failures: inout TitleFailures) -> (
    value: Range<Int>, end: Int
  )? {
    let count = bytes.count
    guard start < count else { return nil }
    let open = bytes[start]
    let close: UInt8
    let slot: Int
    switch open {
    case UInt8(ascii: "\""): (close, slot) = (open, 0)
    case UInt8(ascii: "'"): (close, slot) = (open, 1)
    case UInt8(ascii: "("): (close, slot) = (UInt8(ascii: ")"), 2)
    default: return nil
    }
    if start >= failures.failedFrom(slot) { return nil }
    var index = start + 1
    while index < count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\\") && index + 1 < count {
        index += 2
        continue
      }
      if byte == close { return ((start + 1)..<index, index + 1) }
      if open == UInt8(ascii: "(") && byte == UInt8(ascii: "(") { return nil }
      index += 1
    }
    failures.setFailed(slot, from: start)
    return nil
  }

  /// Skips spaces and tabs with at most one line ending among them.
  static func skipSpacesAndNewline(_ bytes: [UInt8], from start: Int) -> Int {
    let count = bytes.count
    var index = start
    var newlines = 0
    while index < count {
      let byte = bytes[index]
      if Bytes.isSpaceOrTab(byte) {
        index += 1
      } else if byte == Bytes.newline && newlines == 0 {
        newlines += 1
        index += 1
      } else {
        break
      }
    }
    return index
  }
}

/// Remembers title searches that ran to the end of the text without finding the closing character.
struct TitleFailures {
  private var doubleQuoted = Int.max
  private var singleQuoted = Int.max
  private var parenthesized = Int.max

  /// The position from which a search for the title kind `slot` (0 `"`, 1 `'`, 2 `(`) failed.
  func failedFrom(_ slot: Int) -> Int {
    slot == 0 ? doubleQuoted : slot == 1 ? singleQuoted : parenthesized
  }

  mutating func setFailed(_ slot: Int, from start: Int) {
    switch slot {
    case 0: doubleQuoted = start
    case 1: singleQuoted = start
    default: parenthesized = start
    }
  }
}
