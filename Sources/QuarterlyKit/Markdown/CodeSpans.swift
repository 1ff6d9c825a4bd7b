/// Where backtick runs of each length occur, once the subject has been scanned to its end,
/// so that many unmatched openers cost linear time in total.
struct BacktickIndex {
  var scannedToEnd = false
  /// The start of the last run of each length seen (index = length, capped).
  var lastRunStart: [Int: Int] = [:]
}

extension InlineParser {
  /// Reads a code span, or the backtick run as text when no closing run of the same length follows.
  mutating func parseCodeSpan() {
    let start = position
    while peek(position) == UInt8(ascii: "`") { position += 1 }
    let length = position - start
    guard let closer = findClosingBackticks(length: length, from: position) else {
      appendText(start..<position)
      return
    }
    var contentStart = position
    var contentEnd = closer
    let textStart = store.text.count
    // Line endings become spaces; one space is stripped from each side if both are spaces.
    var allSpaces = true
    for index in contentStart..<contentEnd
    where subject[index] != Bytes.space && subject[index] != Bytes.newline {
      allSpaces = false
      break
    }
    if !allSpaces && contentEnd - contentStart >= 2 {
      let first = subject[contentStart]
      let last = subject[contentEnd - 1]
      if (first == Bytes.space || first == Bytes.newline)
        && (last == Bytes.space || last == Bytes.newline)
      {
        contentStart += 1
        contentEnd -= 1
      }
    }
    for index in contentStart..<contentEnd {
      let byte = subject[index]
      store.text.append(byte == Bytes.newline ? Bytes.space : byte)
    }
    store.appendChild(store.make(.code, start: textStart, end: store.text.count), to: root)
    position = closer + length
  }

  /// The start of the first run of exactly `length` backticks at or after `start`.
  mutating func findClosingBackticks(length: Int, from start: Int) -> Int? {
    if backticks.scannedToEnd {
      guard let last = backticks.lastRunStart[length], last >= start else { return nil }
    }
    let count = subject.count
    var index = start
    while index < count {
      if subject[index] == UInt8(ascii: "`") {
        let runStart = index
        while index < count && subject[index] == UInt8(ascii: "`") { index += 1 }
        let runLength = index - runStart
        // A scan that stops early may revisit runs before the end a full scan reached: keep the latest.
        if backticks.lastRunStart[runLength, default: -1] < runStart {
          backticks.lastRunStart[runLength] = runStart
        }
        if runLength == length { return runStart }
      } else {
        index += 1
      }
    }
    backticks.scannedToEnd = true
    return nil
  }
}
