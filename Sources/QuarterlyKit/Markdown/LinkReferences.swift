/// A link reference definition's destination and title (both already unescaped).
struct LinkReference {
  var destination: [UInt8]
  var title: [UInt8]
}

/// The document's link reference definitions, by normalised label (the first definition wins).
struct LinkReferences {
  private var map: [String: LinkReference] = [:]

  /// The definition for a label given with its brackets, if there is one.
  func lookup(_ label: ArraySlice<UInt8>) -> LinkReference? {
    guard label.count >= 2, !map.isEmpty, let key = Self.normalize(label.dropFirst().dropLast()) else {
      return nil
    }
    return map[key]
  }

  /// Reads as many definitions as open `content`, records them, and returns how many bytes they used.
  mutating func parseDefinitions(_ content: [UInt8]) -> Int {
    var consumed = 0
    var failures = TitleFailures()
    while consumed < content.count && content[consumed] == UInt8(ascii: "[") {
      let length = parseDefinition(content, from: consumed, failures: &failures)
      if length == 0 { break }
      consumed += length
    }
    return consumed
  }

  private mutating func parseDefinition(_ content: [UInt8], from start: Int, failures: inout TitleFailures)
    -> Int
  {
    let labelLength = LinkSyntax.labelLength(content, at: start)
    guard labelLength > 0 else { return 0 }
    var position = start + labelLength
    guard position < content.count, content[position] == UInt8(ascii: ":") else { return 0 }
    position = LinkSyntax.skipSpacesAndNewline(content, from: position + 1)
    guard let destination = LinkSyntax.destination(content, at: position) else { return 0 }
    position = destination.end
    let beforeTitle = position
    position = LinkSyntax.skipSpacesAndNewline(content, from: position)
    var title: Range<Int>? = nil
    if position != beforeTitle, let found = LinkSyntax.title(content, at: position, failures: &failures) {
      title = found.value
      position = found.end
    } else {
      position = beforeTitle
    }
    var lineEnd = Self.endOfLine(content, from: position)
    if lineEnd == nil && title != nil {
      title = nil
      position = beforeTitle
      lineEnd = Self.endOfLine(content, from: position)
    }
    guard let lineEnd else { return 0 }
    guard let key = Self.normalize(content[(start + 1)..<(start + labelLength - 1)]) else { return 0 }
    if map[key] == nil {
      var destinationBytes: [UInt8] = []
      InlineText.appendUnescaped(content[destination.value], to: &destinationBytes)
      var titleBytes: [UInt8] = []
      if let title { InlineText.appendUnescaped(content[title], to: &titleBytes) }
      map[key] = LinkReference(destination: destinationBytes, title: titleBytes)
    }
    return lineEnd - start
  }

  /// The index after the line ending (or the end) if only spaces and tabs remain on the line.
  private static func endOfLine(_ content: [UInt8], from start: Int) -> Int? {
    var index = start
    while index < content.count && Bytes.isSpaceOrTab(content[index]) { index += 1 }
    if index >= content.count { return index }
    return content[index] == Bytes.newline ? index + 1 : nil
  }

  /// The matching key of a label: trimmed, inner whitespace collapsed, case folded; nil when blank.
  static func normalize(_ label: ArraySlice<UInt8>) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(label.count)
    var pendingSpace = false
    var isASCII = true
    for byte in label {
      if Bytes.isWhitespace(byte) {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace {
        bytes.append(Bytes.space)
        pendingSpace = false
      }
      if byte >= 0x80 { isASCII = false }
      bytes.append(byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte)
    }
    if bytes.isEmpty { return nil }
    let text = String(decoding: bytes, as: UTF8.self)
    return isASCII ? text : text.lowercased().uppercased()
  }
}
