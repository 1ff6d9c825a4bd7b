/// The last touches to a filled template before it is written: glossary terms in HTML pages (and no
/// images in the email, `*.email.html`), aligned tables and tidy blank lines in Markdown and text
/// documents.
enum PageFinishing {
  static func finish(_ rendered: String, name: String, abbreviations: Abbreviations) -> String {
    // Templates saved on Windows have CRLF line ends; every document is written with LF.
    let output =
      rendered.containsByte(UInt8(ascii: "\r")) && rendered.contains("\r\n")
      ? String(rendered.split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n"))
      : rendered
    switch OutputFormat(fileName: name) {
    case .emailHTML: return abbreviations.apply(to: EmailImages.replace(in: output))
    case .htmlPage: return abbreviations.apply(to: output)
    case .markdown: return tidyBlankLines(MarkdownTables.align(output))
    case .text: return tidyBlankLines(wrapLongLines(output))
    case .json, .pdf, nil: return output
    }
  }

  /// Wraps lines longer than 72 characters, indenting a list item's continuation under its text.
  static func wrapLongLines(_ text: String) -> String {
    text.lineFeedSeparatedLines.map { line -> String in
      // A line of at most 72 bytes has at most 72 characters: no need to count them.
      guard line.utf8.count > PlainText.width, line.count > PlainText.width else { return String(line) }
      let bullet = line.hasPrefix("- ") ? "- " : ""
      return PlainText.wrap(String(line.dropFirst(bullet.count)), prefix: bullet)
    }.joined(separator: "\n")
  }

  /// At most one blank line in a row, none at the start, and exactly one newline at the end.
  static func tidyBlankLines(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 1)
    var blankBefore = false
    for line in text.lineFeedSeparatedLines {
      if line.isBlankLine {
        blankBefore = !out.isEmpty
        continue
      }
      if !out.isEmpty { out += blankBefore ? "\n\n" : "\n" }
      blankBefore = false
      // One trailing space is a slip; two are a Markdown line break and stay.
      let bytes = line.utf8
      let endsInOneSpace =
        bytes.last == UInt8(ascii: " ") && !(bytes.count >= 2 && bytes.dropLast().last == UInt8(ascii: " "))
      out += endsInOneSpace ? line.dropLast() : line
    }
    return out + "\n"
  }
}
