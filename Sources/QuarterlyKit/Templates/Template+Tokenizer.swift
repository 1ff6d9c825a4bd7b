/// One piece of template source: text (at most one line, ending at its newline) or a tag.
struct TemplateToken {
  enum TokenKind: Equatable {
    case text, variable, unescaped, section, inverted, close, comment, partial, parent, block, delimiters

    /// Tags that print nothing where they stand, so a line holding only them (and spaces) disappears.
    var canStandAlone: Bool {
      switch self {
      case .text, .variable, .unescaped: return false
      default: return true
      }
    }
  }

  var kind: TokenKind
  /// The text, or the tag's content without its sigil and surrounding spaces.
  var content: String
  var position: TagPosition
  /// For standalone partials, parents and blocks: the whitespace the line began with.
  var indentation = ""
  /// Whether the tag stood alone on its line.
  var standalone = false
  /// For text: whether it begins a source line.
  var startsLine = false
}

extension TemplateParser {
  /// Splits the source into text and tags, following `{{=<% %>=}}` delimiter changes.
  /// An unclosed tag ends tokenizing (everything after it would be guesswork).
  mutating func tokenize() -> [TemplateToken] {
    var tokens: [TemplateToken] = []
    var open: [UInt8] = Array("{{".utf8)
    var close: [UInt8] = Array("}}".utf8)
    var index = 0
    var textStart = 0
    var line = startLine
    var lineStart = 0
    let count = bytes.count

    // The last column computed on this line, so that a long line is walked once, not once per tag
    // (a one-line template of thousands of tags took minutes).
    var mark = (lineStart: 0, offset: 0, column: 1)
    func column(of offset: Int) -> Int {
      var column = 1
      var i = lineStart
      if mark.lineStart == lineStart && mark.offset <= offset {
        (i, column) = (mark.offset, mark.column)
      }
      while i < offset {
        if bytes[i] & 0xC0 != 0x80 { column += 1 }
        i += 1
      }
      mark = (lineStart, i, column)
      return column
    }

    while index < count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") {
        index += 1
        appendText(from: textStart, to: index, line: line, to: &tokens)
        textStart = index
        line += 1
        lineStart = index
        continue
      }
      guard byte == open[0], matches(open, at: index) else {
        index += 1
        continue
      }
      appendText(from: textStart, to: index, line: line, to: &tokens)
      let position = TagPosition(line: line, column: column(of: index))
      var cursor = index + open.count
      while cursor < count, Bytes.isSpaceOrTab(bytes[cursor]) { cursor += 1 }
      let sigil: UInt8 = cursor < count ? bytes[cursor] : 0
      let kind: TemplateToken.TokenKind
      var closer = close
      switch sigil {
      case UInt8(ascii: "#"): kind = .section
      case UInt8(ascii: "^"): kind = .inverted
      case UInt8(ascii: "/"): kind = .close
      case UInt8(ascii: "!"): kind = .comment
      case UInt8(ascii: ">"): kind = .partial
      case UInt8(ascii: "<"): kind = .parent
      case UInt8(ascii: "$"): kind = .block
      case UInt8(ascii: "&"): kind = .unescaped
      case UInt8(ascii: "{"):
        kind = .unescaped
        closer = [UInt8(ascii: "}")] + close
      case UInt8(ascii: "="):
        kind = .delimiters
        closer = [UInt8(ascii: "=")] + close
      default: kind = .variable
      }
      let contentStart = kind == .variable ? cursor : cursor + 1
      guard let end = Bytes.firstIndex(of: closer, in: bytes, from: contentStart) else {
        let shown = String(decoding: open, as: UTF8.self)
        error(
          "unclosed tag '\(shown)'", at: position,
          hint: "close it with '\(String(decoding: closer, as: UTF8.self))'")
        textStart = count
        index = count
        break
      }
      let content = String(decoding: bytes[contentStart..<end], as: UTF8.self).trimmingSpaces
      // Newlines inside the tag (multi-line comments) still count as lines.
      var scan = index
      index = end + closer.count
      while scan < index {
        if bytes[scan] == UInt8(ascii: "\n") {
          line += 1
          lineStart = scan + 1
        }
        scan += 1
      }
      textStart = index
      if kind == .delimiters {
        if let (newOpen, newClose) = delimiters(from: content) {
          open = newOpen
          close = newClose
        } else {
          error(
            "bad delimiter tag '\(content)'", at: position,
            hint: "give two delimiters separated by a space, like {{=<% %>=}}")
        }
      }
      tokens.append(TemplateToken(kind: kind, content: content, position: position))
    }
    appendText(from: textStart, to: count, line: line, to: &tokens)
    return tokens
  }

  private func appendText(from start: Int, to end: Int, line: Int, to tokens: inout [TemplateToken]) {
    guard start < end else { return }
    let text = String(decoding: bytes[start..<end], as: UTF8.self)
    tokens.append(TemplateToken(kind: .text, content: text, position: TagPosition(line: line, column: 0)))
  }

  private func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
    guard offset + pattern.count <= bytes.count else { return false }
    for (i, byte) in pattern.enumerated() where bytes[offset + i] != byte { return false }
    return true
  }

  /// `<% %>` → the two delimiters; nil unless there are exactly two, without `=` or space (as
  /// `trimmingSpaces` counts it) in them.
  private func delimiters(from content: String) -> ([UInt8], [UInt8])? {
    let parts = content.unicodeScalars.split(whereSeparator: \.isTrimmedSpace).map(Substring.init)
    guard parts.count == 2, let first = parts.first, let last = parts.last,
      !first.contains("="), !last.contains("=")
    else { return nil }
    return (Array(first.utf8), Array(last.utf8))
  }
}
