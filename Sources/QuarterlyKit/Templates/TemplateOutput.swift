/// The one buffer a render appends to, with the indentation of standalone partials and blocks.
///
/// Indentation is added before each line of template text (not inside inserted values, as the
/// spec requires) and only to lines that have something on them, so blank lines stay blank.
struct TemplateOutput {
  /// The UTF-8 written so far (appending bytes is much cheaper than appending to a String).
  var bytes: [UInt8] = []
  /// Added at the start of each line of template text.
  var indentation = ""
  /// Whether the next template text starts a line.
  var atLineStart = true

  init(capacity: Int) {
    bytes.reserveCapacity(capacity)
  }

  /// The output as text.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Appends template text.
  /// `endsLine`: whether `source` ends with a newline (known at parse time).
  mutating func appendSource(_ source: String, endsLine: Bool) {
    if indentation.isEmpty {
      bytes.append(contentsOf: source.utf8)
      atLineStart = endsLine
      return
    }
    for byte in source.utf8 {
      if atLineStart, byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") {
        bytes.append(contentsOf: indentation.utf8)
      }
      atLineStart = byte == UInt8(ascii: "\n")
      bytes.append(byte)
    }
  }

  /// Appends an inserted value, escaped for the output type.
  mutating func appendValue(_ value: String, escaping: TemplateEscaping) {
    guard !value.isEmpty else { return }
    if atLineStart, !indentation.isEmpty { bytes.append(contentsOf: indentation.utf8) }
    atLineStart = false
    switch escaping {
    case .none: bytes.append(contentsOf: value.utf8)
    case .html: Escaping.appendHTML(value, toBytes: &bytes)
    case .markdown:
      let startsBlock = Escaping.markdownBlockStarts(after: bytes)
      Escaping.appendMarkdown(value, toBytes: &bytes, startsBlock: startsBlock)
    }
  }
}
