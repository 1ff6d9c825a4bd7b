/// The `key: value` block between a first line `---` and the next `---` line, and the text after it.
public struct FrontMatter: Sendable {
  /// One `key: value` line, with where its value starts.
  public struct Entry: Sendable, Equatable {
    public var key: String
    public var value: String
    public var line: Int
    public var valueColumn: Int
  }

  public var entries: [Entry]
  /// The Markdown after the closing `---`.
  public var body: String
  /// The line of the body's first line in the file.
  public var bodyLine: Int
  public var path: String

  /// The value of `key`, if present.
  public subscript(key: String) -> String? { entries.first { $0.key == key }?.value }

  /// The entry for `key`, if present.
  public func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }

  /// The location of an entry's value.
  public func location(of entry: Entry) -> SourceLocation {
    SourceLocation(file: path, line: entry.line, column: entry.valueColumn)
  }

  /// Splits a file into front matter and body. A file that does not start with `---` has no front matter.
  /// Malformed lines, duplicate keys and a missing closing `---` are appended to `diagnostics`; the rest
  /// is still read.
  public static func parse(_ source: SourceText, diagnostics: inout Diagnostics) -> FrontMatter {
    let path = source.path
    // Files saved on Windows (or old Macs) end lines with "\r\n" (or "\r"); every kind ends a line.
    var lines = source.text.lines
    if lines.last == "" { lines.removeLast() }
    guard let first = lines.first, first.trimmingSpaces == "---" else {
      return FrontMatter(entries: [], body: source.text, bodyLine: 1, path: path)
    }
    var entries: [Entry] = []
    var index = 1
    var closed = false
    while index < lines.count {
      let line = lines[index]
      let lineNumber = index + 1
      index += 1
      let trimmed = line.trimmingSpaces
      if trimmed == "---" {
        closed = true
        break
      }
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard let colon = line.firstIndex(of: ":") else {
        diagnostics.append(
          .error(
            "this front matter line is not 'key: value'",
            at: SourceLocation(file: path, line: lineNumber, column: 1),
            hint: "write one 'key: value' per line between the two '---' lines"))
        continue
      }
      let key = String(line[line.startIndex..<colon]).trimmingSpaces
      let rawValue = line[line.index(after: colon)...]
      let leading = rawValue.prefix { $0 == " " || $0 == "\t" }.count
      var value = String(rawValue).trimmingSpaces
      if value.count >= 2,
        (value.hasPrefix("\"") && value.hasSuffix("\"")) || (value.hasPrefix("'") && value.hasSuffix("'"))
      {
        value = String(value.dropFirst().dropLast())
      }
      let valueColumn = line.distance(from: line.startIndex, to: colon) + 2 + leading
      guard !key.isEmpty else {
        diagnostics.append(
          .error(
            "this front matter line has no key before ':'",
            at: SourceLocation(file: path, line: lineNumber, column: 1)))
        continue
      }
      if let earlier = entries.first(where: { $0.key == key }) {
        diagnostics.append(
          .error(
            "the key '\(key)' is given twice (first on line \(earlier.line))",
            at: SourceLocation(file: path, line: lineNumber, column: 1), hint: "keep one of them"))
        continue
      }
      entries.append(Entry(key: key, value: value, line: lineNumber, valueColumn: valueColumn))
    }
    guard closed else {
      diagnostics.append(
        .error(
          "the front matter starting on line 1 is never closed",
          at: SourceLocation(file: path, line: 1, column: 1),
          hint: "add a line '---' after the last 'key: value' line"))
      return FrontMatter(entries: entries, body: "", bodyLine: lines.count + 1, path: path)
    }
    let body = lines[index...].joined(separator: "\n")
    return FrontMatter(
      entries: entries, body: body.isEmpty ? "" : body + "\n", bodyLine: index + 1, path: path)
  }
}
