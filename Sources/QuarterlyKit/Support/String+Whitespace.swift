/// What the one whitespace collapser treats as space, where its callers really differ. Spaces, tabs
/// and carriage returns always count.
struct CollapsedSpace: OptionSet, Sendable {
  let rawValue: Int

  /// Line feeds count as space. Without it a line feed is kept and each line is collapsed on its own
  /// (plain text keeps the line ends that `<br>` made).
  static let lineFeeds = CollapsedSpace(rawValue: 1 << 0)
  /// No-break spaces (U+00A0) count as space, as in tracker cells exported from Excel. Without it they
  /// are kept as written (a page's `&nbsp;` stays unbreakable).
  static let noBreakSpaces = CollapsedSpace(rawValue: 1 << 1)
  /// What a tracker cell's text treats as space: every kind (line breaks in cells, no-break spaces).
  static let trackerCell: CollapsedSpace = [.lineFeeds, .noBreakSpaces]
}

extension StringProtocol {
  /// The text with every run of space (as `spaces` says) turned into one space. Leading runs are
  /// dropped; a trailing run is dropped too, or kept as one space when `keepingTrailingSpace` (a text
  /// that is nothing but space then becomes " "). Without `.lineFeeds`, line feeds are kept and the runs
  /// next to them are dropped. Space is a whole `Character`, so "\r\n" and a space with a combining
  /// mark are not space.
  func collapsingWhitespace(_ spaces: CollapsedSpace, keepingTrailingSpace: Bool = false) -> String {
    if WhitespaceCollapser.isCollapsed(utf8, spaces, keepingTrailingSpace) { return String(self) }
    var text = String(self)
    text.makeContiguousUTF8()
    let collapser = WhitespaceCollapser(spaces: spaces, keepingTrailingSpace: keepingTrailingSpace)
    return text.utf8.withContiguousStorageIfAvailable(collapser.collapse(bytes:))
      ?? Array(text.utf8).withUnsafeBufferPointer(collapser.collapse(bytes:))
  }
}

/// The one whitespace collapser behind `collapsingWhitespace(_:keepingTrailingSpace:)`: a check for text
/// that needs nothing, and a walk over the text's bytes that keeps to whole characters
/// (`CharacterStarts`). Its oracles, the three collapsers it replaced, are in the tests.
struct WhitespaceCollapser {
  var spaces: CollapsedSpace
  var keepingTrailingSpace: Bool

  /// Whether collapsing would give the text back unchanged: no tab, carriage return or line feed, no
  /// byte 0xC2 (which starts a no-break space) when those count, no space at the start, none at the
  /// end unless kept, and never two in a row. Most text is like that.
  static func isCollapsed<UTF8Bytes: Sequence<UInt8>>(
    _ utf8: UTF8Bytes, _ spaces: CollapsedSpace, _ keepingTrailingSpace: Bool
  ) -> Bool {
    let noBreak = spaces.contains(.noBreakSpaces)
    var previousWasSpace = true
    var isEmpty = true
    for byte in utf8 {
      isEmpty = false
      switch byte {
      case 0x0A, 0x0D, 0x09: return false
      case 0xC2 where noBreak: return false
      case 0x20:
        if previousWasSpace { return false }
        previousWasSpace = true
      default:
        previousWasSpace = false
      }
    }
    return isEmpty || !previousWasSpace || keepingTrailingSpace
  }

  /// Whether an ASCII character is space as `spaces` says: a space, a tab or a carriage return, or a line
  /// feed with `.lineFeeds`. The one notion of space of the collapser and of the walks that must agree
  /// with it (a no-break space, two bytes, is looked for apart).
  @inline(__always) static func isSpace(_ byte: UInt8, _ spaces: CollapsedSpace) -> Bool {
    byte == Bytes.space || byte == Bytes.tab || byte == Bytes.carriageReturn
      || (byte == Bytes.newline && spaces.contains(.lineFeeds))
  }

  /// The collapsed text, walking its bytes. A space, tab, carriage return, line feed or no-break space
  /// counts only as a character of its own.
  func collapse(bytes: UnsafeBufferPointer<UInt8>) -> String {
    let noBreak = spaces.contains(.noBreakSpaces)
    let keepsLines = !spaces.contains(.lineFeeds)
    let characters = CharacterStarts(bytes, from: 0, to: bytes.count)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var lineHasText = false
    var pending = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      var length = 1
      if !characters.isStart(index, in: bytes) {
        // The rest of a character already begun: "\n" after "\r", a combining mark after a space.
        out.append(byte)
      } else if byte == Bytes.newline && keepsLines && characters.isWholeCharacter(index, in: bytes) {
        out.append(byte)
        lineHasText = false
        pending = false
      } else if Self.isSpace(byte, spaces) && characters.isWholeCharacter(index, in: bytes) {
        pending = true
      } else if noBreak && byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
        && characters.isStart(index + 2, in: bytes)
      {
        pending = true
        length = 2
      } else {
        if pending && lineHasText { out.append(Bytes.space) }
        pending = false
        lineHasText = true
        out.append(byte)
      }
      index += length
    }
    if pending && keepingTrailingSpace { out.append(Bytes.space) }
    return String(decoding: out, as: UTF8.self)
  }
}
