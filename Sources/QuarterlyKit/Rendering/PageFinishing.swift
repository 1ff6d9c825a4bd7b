/// The last touches to a filled template before it is written: glossary terms in HTML pages, aligned
/// tables and tidy blank lines in Markdown and text documents.
enum PageFinishing {
  static func finish(_ rendered: String, name: String, glossary: [GlossaryTerm]) -> String {
    // Templates saved on Windows have CRLF line ends; every document is written with LF.
    let output =
      rendered.utf8.contains(13) && rendered.contains("\r\n")
      ? String(rendered.split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n"))
      : rendered
    if name.hasSuffix(".html") { return Abbreviations(glossary).apply(to: output) }
    if name.hasSuffix(".md") { return tidyBlankLines(MarkdownTables.align(output)) }
    if name.hasSuffix(".txt") { return tidyBlankLines(wrapLongLines(output)) }
    return output
  }

  /// Wraps lines longer than 72 characters, indenting a list item's continuation under its text.
  static func wrapLongLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      guard line.count > PlainText.width else { return String(line) }
      let bullet = line.hasPrefix("- ") ? "- " : ""
      return PlainText.wrap(String(line.dropFirst(bullet.count)), prefix: bullet)
    }.joined(separator: "\n")
  }

  /// At most one blank line in a row, none at the start, and exactly one newline at the end.
  static func tidyBlankLines(_ text: String) -> String {
    var lines: [Substring] = []
    var blank = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" }
      if isBlank {
        blank += 1
        if blank > 1 || lines.isEmpty { continue }
        lines.append("")
      } else {
        blank = 0
        lines.append(line.last == " " && !line.hasSuffix("  ") ? line.dropLast() : line)
      }
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }
}
