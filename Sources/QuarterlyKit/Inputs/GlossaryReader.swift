/// Reads `glossary.csv` (`term,meaning`), used to expand abbreviations in the HTML pages.
enum GlossaryReader {
  static func read(_ source: SourceText, diagnostics: inout Diagnostics) -> [GlossaryTerm] {
    let parsed = CSVTable.parse(source, diagnostics: &diagnostics)
    guard let table = parsed else { return [] }
    let columns = CSVColumns(
      table: table, known: ["term", "meaning"], required: ["term", "meaning"], diagnostics: &diagnostics)
    guard columns.has("term"), columns.has("meaning") else { return [] }
    var terms: [GlossaryTerm] = []
    var seen: [String: Int] = [:]
    for row in table.rows {
      guard let term = columns.text("term", in: row) else {
        diagnostics.error("the 'term' cell is empty", at: columns.location("term", in: row, table: table))
        continue
      }
      guard let meaning = columns.text("meaning", in: row) else {
        diagnostics.error(
          "the 'meaning' cell is empty", at: columns.location("meaning", in: row, table: table),
          hint: "say what \(term) stands for")
        continue
      }
      if let line = seen[term] {
        diagnostics.error(
          "the term '\(term)' is listed twice (first on line \(line))",
          at: columns.location("term", in: row, table: table))
        continue
      }
      seen[term] = row.line
      terms.append(GlossaryTerm(term: term, meaning: meaning))
    }
    return terms
  }
}
