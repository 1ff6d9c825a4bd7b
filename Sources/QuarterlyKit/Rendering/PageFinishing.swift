/// The last touches to a filled template before it is written: glossary terms in HTML pages, aligned
/// tables and tidy blank lines in Markdown and text documents.
enum PageFinishing {
  static func finish(_ output: String, name: String, glossary: [GlossaryTerm]) -> String {
    if name.hasSuffix(".html") { return Abbreviations(glossary).apply(to: output) }
    if name.hasSuffix(".md") { return tidyBlankLines(MarkdownTables.align(output)) }
    if name.hasSuffix(".txt") { return tidyBlankLines(output) }
    return output
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
