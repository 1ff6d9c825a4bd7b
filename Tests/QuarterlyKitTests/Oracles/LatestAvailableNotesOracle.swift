@testable import QuarterlyKit

/// `LatestAvailableNotes.once(in:)` searching `Character`s with the standard library's
/// `firstRange(of:)`: the version that shipped until the search went over bytes, kept as the oracle that
/// the byte search must equal on every text.
enum LatestAvailableNotesOracle {
  /// `markdown` with each paragraph's and list item's notes merged into one.
  static func once(in markdown: String) -> String {
    guard markdown.firstRange(of: LatestAvailableNotes.closing) != nil else { return markdown }
    var blocks: [[Substring]] = []
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop { $0 == " " }
      if blocks.isEmpty || line.isEmpty || startsItem(trimmed) || trimmed.hasPrefix("#") {
        blocks.append([line])
      } else {
        blocks[blocks.count - 1].append(line)
      }
    }
    return blocks.map { merged($0.joined(separator: "\n")) }.joined(separator: "\n")
  }

  /// Whether a line starts a list item: `- `, `* `, `+ ` or `1. `.
  static func startsItem(_ line: Substring) -> Bool {
    if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return true }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    return !digits.isEmpty && digits.count <= 9 && line.dropFirst(digits.count).hasPrefix(". ")
  }

  /// One block with its notes merged into the last one.
  static func merged(_ block: String) -> String {
    let (opening, closing) = (LatestAvailableNotes.opening, LatestAvailableNotes.closing)
    var found: [(range: Range<String.Index>, month: String)] = []
    var searchFrom = block.startIndex
    while let start = block[searchFrom...].firstRange(of: opening),
      let end = block[start.upperBound...].firstRange(of: closing)
    {
      let month = String(block[start.upperBound..<end.lowerBound])
      if month.count <= 20 { found.append((start.lowerBound..<end.upperBound, month)) }
      searchFrom = end.upperBound
    }
    guard found.count > 1, let last = found.last else { return block }
    var text = ""
    var position = block.startIndex
    for note in found.dropLast() {
      var cut = note.range.lowerBound
      if cut > position, block[block.index(before: cut)] == " " { cut = block.index(before: cut) }
      text += block[position..<cut]
      position = note.range.upperBound
    }
    text += block[position..<last.range.lowerBound]
    text += LatestAvailableNotes.note(found.map(\.month))
    text += block[last.range.upperBound...]
    return text
  }
}
