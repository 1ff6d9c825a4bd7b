/// Says "the latest we have" once per paragraph or list item of a filled fragment.
///
/// Each stale figure's sentence ends "The figure for June 2022 is the latest we have." When a fragment
/// quotes two such sentences in one paragraph, the note would be said twice; instead the last one stays,
/// naming every month once ("The figures for May 2022 and June 2022 are the latest we have.").
enum LatestAvailableNotes {
  static let opening = "The figure for "
  static let closing = " is the latest we have."

  /// The note for one stale figure: "The figure for June 2022 is the latest we have." Wording and a
  /// definition's own sentence (`note`) both end with it.
  static func note(for month: Month) -> String { opening + month.long + closing }

  /// The note for the months given, in the order they first appear.
  static func note(_ months: [String]) -> String {
    var unique: [String] = []
    for month in months where !unique.contains(month) { unique.append(month) }
    if unique.count == 1, let month = unique.first { return opening + month + closing }
    return "The figures for \(Wording.listing(unique)) are the latest we have."
  }

  /// `markdown` with each paragraph's and list item's notes merged into one.
  static func once(in markdown: String) -> String {
    guard markdown.firstRange(of: closing) != nil else { return markdown }
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
    text += note(found.map(\.month))
    text += block[last.range.upperBound...]
    return text
  }
}
