/// Recognises raw HTML constructs (tags, comments, processing instructions, declarations, CDATA) in bytes.
enum HTMLScanner {
  /// The index just past a complete open tag starting with `<` at `start`, if there is one.
  static func openTagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
    let count = bytes.count
    func at(_ index: Int) -> UInt8 { index < count ? bytes[index] : 0 }
    var index = start + 1
    guard Bytes.isLetter(at(index)) else { return nil }
    while Bytes.isAlphanumeric(at(index)) || at(index) == UInt8(ascii: "-") { index += 1 }
    while true {
      let beforeSpace = index
      while Bytes.isWhitespace(at(index)) { index += 1 }
      let byte = at(index)
      if byte == UInt8(ascii: ">") { return index + 1 }
      if byte == UInt8(ascii: "/") { return at(index + 1) == UInt8(ascii: ">") ? index + 2 : nil }
      // An attribute needs whitespace before it.
      guard index > beforeSpace, isAttributeNameStart(byte) else { return nil }
      index += 1
      while isAttributeNameByte(at(index)) { index += 1 }
      var afterName = index
      while Bytes.isWhitespace(at(afterName)) { afterName += 1 }
      guard at(afterName) == UInt8(ascii: "=") else { continue }
      afterName += 1
      while Bytes.isWhitespace(at(afterName)) { afterName += 1 }
      let quote = at(afterName)
      if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
        var valueEnd = afterName + 1
        while valueEnd < count && bytes[valueEnd] != quote { valueEnd += 1 }
        guard valueEnd < count else { return nil }
        index = valueEnd + 1
      } else {
        var valueEnd = afterName
        while valueEnd < count && isUnquotedValueByte(bytes[valueEnd]) { valueEnd += 1 }
        guard valueEnd > afterName else { return nil }
        index = valueEnd
      }
    }
  }

  /// The index just past a closing tag `</name >` starting at `start`, if there is one.
  static func closingTagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
    let count = bytes.count
    func at(_ index: Int) -> UInt8 { index < count ? bytes[index] : 0 }
    var index = start + 2
    guard at(start + 1) == UInt8(ascii: "/"), Bytes.isLetter(at(index)) else { return nil }
    while Bytes.isAlphanumeric(at(index)) || at(index) == UInt8(ascii: "-") { index += 1 }
    while Bytes.isWhitespace(at(index)) { index += 1 }
    return at(index) == UInt8(ascii: ">") ? index + 1 : nil
  }

  static func isAttributeNameStart(_ byte: UInt8) -> Bool {
    Bytes.isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
  }

  static func isAttributeNameByte(_ byte: UInt8) -> Bool {
    Bytes.isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
      || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
  }

  static func isUnquotedValueByte(_ byte: UInt8) -> Bool {
    byte > 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "=")
      && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "`")
  }
}

/// Finds the ends of raw HTML constructs in one inline subject, remembering failed searches so that
/// many unterminated openers cost linear time in total.
struct HTMLEndFinder {
  /// For each terminator (`-->`, `?>`, `]]>`, `>`), the position from which a search already failed.
  private var failedFrom: (comment: Int, instruction: Int, cdata: Int, declaration: Int) = (
    Int.max, Int.max, Int.max, Int.max
  )
  /// The terminators, made once rather than at every `<`.
  private static let commentClose = Array("-->".utf8)
  private static let instructionClose = Array("?>".utf8)
  private static let cdataClose = Array("]]>".utf8)
  private static let declarationClose = [UInt8(ascii: ">")]

  /// The index just past any raw HTML starting with `<` at `start` in `bytes`.
  mutating func htmlEnd(_ bytes: [UInt8], from start: Int) -> Int? {
    let count = bytes.count
    func at(_ index: Int) -> UInt8 { index < count ? bytes[index] : 0 }
    let second = at(start + 1)
    if Bytes.isLetter(second) { return HTMLScanner.openTagEnd(bytes, from: start) }
    if second == UInt8(ascii: "/") { return HTMLScanner.closingTagEnd(bytes, from: start) }
    if second == UInt8(ascii: "?") { return find(bytes, Self.instructionClose, from: start + 2, slot: 1) }
    guard second == UInt8(ascii: "!") else { return nil }
    if at(start + 2) == UInt8(ascii: "-") && at(start + 3) == UInt8(ascii: "-") {
      if at(start + 4) == UInt8(ascii: ">") { return start + 5 }
      if at(start + 4) == UInt8(ascii: "-") && at(start + 5) == UInt8(ascii: ">") { return start + 6 }
      return find(bytes, Self.commentClose, from: start + 4, slot: 0)
    }
    if HTMLBlocks.hasPrefix(bytes[...], at: start + 2, "[CDATA[", caseInsensitive: false) {
      return find(bytes, Self.cdataClose, from: start + 9, slot: 2)
    }
    if Bytes.isLetter(at(start + 2)) {
      return find(bytes, Self.declarationClose, from: start + 3, slot: 3)
    }
    return nil
  }

  private mutating func find(_ bytes: [UInt8], _ needle: [UInt8], from start: Int, slot: Int) -> Int? {
    let failed: Int
    switch slot {
    case 0: failed = failedFrom.comment
    case 1: failed = failedFrom.instruction
    case 2: failed = failedFrom.cdata
    default: failed = failedFrom.declaration
    }
    if start >= failed { return nil }
    let count = bytes.count
    var index = start
    while index + needle.count <= count {
      if bytes[index] == needle[0] {
        var matched = true
        var offset = 1
        while offset < needle.count {
          if bytes[index + offset] != needle[offset] {
            matched = false
            break
          }
          offset += 1
        }
        if matched { return index + needle.count }
      }
      index += 1
    }
    switch slot {
    case 0: failedFrom.comment = start
    case 1: failedFrom.instruction = start
    case 2: failedFrom.cdata = start
    default: failedFrom.declaration = start
    }
    return nil
  }
}
