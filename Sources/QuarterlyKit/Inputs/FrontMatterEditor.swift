import Foundation

/// Changes the front matter of one file line by line, leaving every other line (the body, comments,
/// other keys, line ends) exactly as it was. Used by `quarterly new` on the copied edition.
struct FrontMatterEditor {
  /// One line of the file and the line end that follows it (empty for a last line without one).
  private struct FrontMatterLine {
    var content: String?
    var end: String
  }

  private var lines: [FrontMatterLine]
  private var entries: [FrontMatter.Entry]
  /// The index of the closing `---` line, when the file starts with a closed front matter block.
  private var closingIndex: Int?
  private var added: [String] = []
  /// The front matter as it was read, for its body and values.
  let frontMatter: FrontMatter

  /// Reads the file's lines and its front matter.
  init(_ source: SourceText) {
    // Its problems are reported when the edition is read, not while it is edited.
    var ignored = Diagnostics()
    frontMatter = FrontMatter.parse(source, diagnostics: &ignored)
    entries = frontMatter.entries
    lines = []
    var content = ""
    for character in source.text {
      switch character {
      case "\n", "\r\n", "\r":
        lines.append(FrontMatterLine(content: content, end: String(character)))
        content = ""
      default: content.append(character)
      }
    }
    if !content.isEmpty { lines.append(FrontMatterLine(content: content, end: "")) }
    let closing = frontMatter.bodyLine - 2
    if closing >= 1, closing < lines.count, (lines[closing].content ?? "").trimmingSpaces == "---" {
      closingIndex = closing
    }
  }

  /// The keys of the front matter, in file order.
  var keys: [String] { entries.map(\.key) }

  /// Gives `key` the value `value`: its line is rewritten, or a line is added at the end of the front
  /// matter (a front matter block is added at the top of a file that has none).
  mutating func set(_ key: String, to value: String) {
    let line = "\(key): \(value)"
    if let entry = entries.first(where: { $0.key == key }), entry.line - 1 < lines.count {
      lines[entry.line - 1].content = line
    } else {
      added.append(line)
    }
  }

  /// Removes the line of `key`, if present.
  mutating func remove(_ key: String) {
    guard let entry = entries.first(where: { $0.key == key }), entry.line - 1 < lines.count else { return }
    lines[entry.line - 1].content = nil
    entries.removeAll { $0.key == key }
  }

  /// Replaces every `old` in the value of `key` with `new`, keeping the line's quoting; returns the new
  /// value when something changed.
  mutating func replace(_ old: String, with new: String, inValueOf key: String) -> String? {
    guard !old.isEmpty, let entry = entries.first(where: { $0.key == key }), entry.line - 1 < lines.count,
      let content = lines[entry.line - 1].content, let colon = content.firstIndex(of: ":")
    else { return nil }
    let value = content[content.index(after: colon)...]
    guard value.contains(old) else { return nil }
    let replaced = value.replacingOccurrences(of: old, with: new)
    lines[entry.line - 1].content = String(content[...colon]) + replaced
    return replaced.trimmingSpaces
  }

  /// The file's text with the changes made.
  var text: String {
    let newLine = lines.first.map { $0.end.isEmpty ? "\n" : $0.end } ?? "\n"
    var text = ""
    if closingIndex == nil, !added.isEmpty {
      text += "---" + newLine + added.map { $0 + newLine }.joined() + "---" + newLine
    }
    for (index, line) in lines.enumerated() {
      if index == closingIndex { text += added.map { $0 + newLine }.joined() }
      if let content = line.content { text += content + line.end }
    }
    return text
  }
}
