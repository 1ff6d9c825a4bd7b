/// The one buffer a render appends to, with the indentation of standalone partials and blocks.
///
/// Indentation is added before each line of template text (not inside inserted values, as the
/// spec requires) and only to lines that have something on them, so blank lines stay blank.
struct TemplateOutput {
  var text = ""
  /// Added at the start of each line of template text.
  var indentation = ""
  /// Whether the next template text starts a line.
  var atLineStart = true

  init(capacity: Int) {
    text.reserveCapacity(capacity)
  }

  /// Appends template text.
  mutating func appendSource(_ source: String) {
    let utf8 = source.utf8
    guard let last = utf8.last else { return }
    if indentation.isEmpty {
      text += source
      atLineStart = last == UInt8(ascii: "\n")
      return
    }
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      let byte = utf8[index]
      if atLineStart {
        if byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") { text += indentation }
        atLineStart = false
      }
      index = utf8.index(after: index)
      if byte == UInt8(ascii: "\n") {
        text += source[start..<index]
        start = index
        atLineStart = true
      }
    }
    text += source[start..<utf8.endIndex]
  }

  /// Appends an inserted value, escaped for the output type.
  mutating func appendValue(_ value: String, escaping: TemplateEscaping) {
    guard !value.isEmpty else { return }
    if atLineStart, !indentation.isEmpty { text += indentation }
    atLineStart = false
    switch escaping {
    case .none: text += value
    case .html: Escaping.appendHTML(value, to: &text)
    case .markdown:
      Escaping.appendMarkdown(value, to: &text, startsBlock: Escaping.markdownBlockStarts(after: text))
    }
  }
}
