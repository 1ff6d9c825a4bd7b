/// Says "the latest we have" once per paragraph or list item of a filled fragment.
///
/// Each stale figure's sentence ends "The figure for June 2022 is the latest we have." When a fragment
/// quotes two such sentences in one paragraph, the note would be said twice; instead the last one stays,
/// naming every month once ("The figures for May 2022 and June 2022 are the latest we have.").
///
/// The filled Markdown is searched by its UTF-8 bytes, keeping to whole characters (`CharacterStarts`):
/// a line ends at a line feed that is a character of its own, and a note or a list marker counts only
/// where it starts and ends between characters, as a search over `Character`s finds them. Every
/// fragment of every edition is searched, and a search over `Character`s took a tenth of a build.
enum LatestAvailableNotes {
  static let opening = "The figure for "
  static let closing = " is the latest we have."
  private static let openingBytes = Array(opening.utf8)
  private static let closingBytes = Array(closing.utf8)
  /// A note's month longer than this (in characters) is not a month: the text is left as it is.
  private static let longestMonth = 20

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
    var text = markdown
    text.makeContiguousUTF8()
    let merged =
      text.utf8.withContiguousStorageIfAvailable(once(inBytes:))
      ?? Array(text.utf8).withUnsafeBufferPointer(once(inBytes:))
    return merged ?? markdown
  }

  /// The text of `bytes` with its blocks' notes merged; nil when it holds no note at all.
  ///
  /// A block is a run of lines: a new one starts at the first line, an empty line, a list item's first
  /// line and a heading.
  private static func once(inBytes bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard Bytes.firstIndex(of: closingBytes, in: bytes, from: 0) != nil else { return nil }
    let text = Text(bytes: bytes, characters: CharacterStarts(bytes, from: 0, to: bytes.count))
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var blockStart = 0
    var lineStart = 0
    while true {
      var lineEnd = lineStart
      while lineEnd < bytes.count, !(bytes[lineEnd] == Bytes.newline && text.isWhole(lineEnd)) {
        lineEnd += 1
      }
      if lineStart > blockStart, text.startsBlock(lineStart..<lineEnd) {
        text.merge(blockStart..<lineStart - 1, into: &out)
        out.append(Bytes.newline)
        blockStart = lineStart
      }
      guard lineEnd < bytes.count else { break }
      lineStart = lineEnd + 1
    }
    text.merge(blockStart..<bytes.count, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// The filled Markdown's bytes and where its characters start.
  private struct Text {
    let bytes: UnsafeBufferPointer<UInt8>
    let characters: CharacterStarts

    /// Whether the byte at `index` is a character of its own.
    func isWhole(_ index: Int) -> Bool { characters.isWholeCharacter(index, in: bytes) }

    /// Whether `bytes` holds `byte` at `index` as a character of its own.
    func has(_ byte: UInt8, at index: Int, before end: Int) -> Bool {
      index < end && bytes[index] == byte && isWhole(index)
    }

    /// Whether the line starts a block: it is empty, or after its leading spaces it starts a list item
    /// (`- `, `* `, `+ ` or up to nine digits and `. `) or a heading (`#`).
    func startsBlock(_ line: Range<Int>) -> Bool {
      if line.isEmpty { return true }
      var start = line.lowerBound
      while has(Bytes.space, at: start, before: line.upperBound) { start += 1 }
      let end = line.upperBound
      if has(UInt8(ascii: "#"), at: start, before: end) { return true }
      for marker in [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")]
      where has(marker, at: start, before: end) && has(Bytes.space, at: start + 1, before: end) {
        return true
      }
      var digitsEnd = start
      while digitsEnd < end, Bytes.isDigit(bytes[digitsEnd]), isWhole(digitsEnd) { digitsEnd += 1 }
      let digits = digitsEnd - start
      return digits > 0 && digits <= 9 && has(UInt8(ascii: "."), at: digitsEnd, before: end)
        && has(Bytes.space, at: digitsEnd + 1, before: end)
    }

    /// The first place at or after `start` and before `end` where `pattern` is written as whole
    /// characters.
    func find(_ pattern: [UInt8], from start: Int, before end: Int) -> Range<Int>? {
      var from = start
      let block = UnsafeBufferPointer(rebasing: bytes[..<end])
      while let found = Bytes.firstIndex(of: pattern, in: block, from: from) {
        let range = found..<found + pattern.count
        if characters.isStart(range.lowerBound, in: bytes) && characters.isStart(range.upperBound, in: bytes)
        {
          return range
        }
        from = found + 1
      }
      return nil
    }

    /// The number of characters in `range`.
    func characterCount(_ range: Range<Int>) -> Int {
      range.reduce(0) { count, index in count + (characters.isStart(index, in: bytes) ? 1 : 0) }
    }

    /// Appends the block `block` to `out` with its notes merged into the last one.
    func merge(_ block: Range<Int>, into out: inout [UInt8]) {
      var found: [(range: Range<Int>, month: Range<Int>)] = []
      var searchFrom = block.lowerBound
      while let start = find(LatestAvailableNotes.openingBytes, from: searchFrom, before: block.upperBound),
        let end = find(LatestAvailableNotes.closingBytes, from: start.upperBound, before: block.upperBound)
      {
        let month = start.upperBound..<end.lowerBound
        if characterCount(month) <= LatestAvailableNotes.longestMonth {
          found.append((start.lowerBound..<end.upperBound, month))
        }
        searchFrom = end.upperBound
      }
      guard found.count > 1, let last = found.last else {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[block]))
        return
      }
      var position = block.lowerBound
      for note in found.dropLast() {
        var cut = note.range.lowerBound
        if cut > position, has(Bytes.space, at: cut - 1, before: cut) { cut -= 1 }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<cut]))
        position = note.range.upperBound
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<last.range.lowerBound]))
      let months = found.map {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.month]), as: UTF8.self)
      }
      out.append(contentsOf: LatestAvailableNotes.note(months).utf8)
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[last.range.upperBound..<block.upperBound]))
    }
  }
}
