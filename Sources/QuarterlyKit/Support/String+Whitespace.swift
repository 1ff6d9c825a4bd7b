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
  /// next to them are dropped. Space is compared by `Character`, so "\r\n" and a space with a combining
  /// mark are not space.
  func collapsingWhitespace(_ spaces: CollapsedSpace, keepingTrailingSpace: Bool = false) -> String {
    if WhitespaceCollapser.isCollapsed(utf8, spaces, keepingTrailingSpace) { return String(self) }
    var text = String(self)
    text.makeContiguousUTF8()
    let collapser = WhitespaceCollapser(spaces: spaces, keepingTrailingSpace: keepingTrailingSpace)
    let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard SimpleText.isSimple(bytes: bytes) else { return nil }
      return collapser.collapse(bytes: bytes)
    }
    return (fast ?? nil) ?? collapser.collapse(characters: text)
  }
}

/// The one whitespace collapser behind `collapsingWhitespace(_:keepingTrailingSpace:)`: a check for text
/// that needs nothing, a walk over the bytes of simple text (see `SimpleText`) and a walk over
/// `Character`s for the rest, which give the same result.
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

  /// The collapsed text of simple text, walking its bytes.
  func collapse(bytes: UnsafeBufferPointer<UInt8>) -> String {
    let noBreak = spaces.contains(.noBreakSpaces)
    let keepsLines = !spaces.contains(.lineFeeds)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var lineHasText = false
    var pending = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      var length = 1
      if byte == 0x0A && keepsLines {
        out.append(byte)
        lineHasText = false
        pending = false
      } else if Self.isSpace(byte, .lineFeeds) {
        pending = true
      } else if noBreak && byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0 {
        pending = true
        length = 2
      } else {
        if pending && lineHasText { out.append(0x20) }
        pending = false
        lineHasText = true
        out.append(byte)
      }
      index += length
    }
    if pending && keepingTrailingSpace { out.append(0x20) }
    return String(decoding: out, as: UTF8.self)
  }

  /// The collapsed text of any text, walking its `Character`s.
  func collapse(characters text: String) -> String {
    let noBreak = spaces.contains(.noBreakSpaces)
    let keepsLines = !spaces.contains(.lineFeeds)
    var out = ""
    var lineHasText = false
    var pending = false
    for character in text {
      if character == "\n" && keepsLines {
        out.append(character)
        lineHasText = false
        pending = false
      } else if let byte = character.asciiValue, character.utf8.count == 1, Self.isSpace(byte, .lineFeeds) {
        pending = true
      } else if noBreak && character == "\u{A0}" {
        pending = true
      } else {
        if pending && lineHasText { out.append(" ") }
        pending = false
        lineHasText = true
        out.append(character)
      }
    }
    if pending && keepingTrailingSpace { out.append(" ") }
    return out
  }
}
