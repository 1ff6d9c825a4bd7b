#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// UTF-8 bytes, written once for every layer: the ASCII character classes (the Markdown parser, the
/// readers, escaping, the preview server), trimming, the `memchr` search of a page held in one buffer, and
/// encoding a scalar. `SimpleText` says when a walk over bytes equals one over `Character`s.
enum Bytes {
  static let tab: UInt8 = 0x09
  static let newline: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D
  static let space: UInt8 = 0x20

  /// Whether `byte` is a space or a tab.
  @inline(__always) static func isSpaceOrTab(_ byte: UInt8) -> Bool {
    byte == space || byte == tab
  }

  /// Whether `byte` is ASCII whitespace as CommonMark counts it (space, tab, LF, VT, FF, CR).
  @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == space || (byte >= 0x09 && byte <= 0x0D)
  }

  /// Whether `byte` is one of the ASCII punctuation characters.
  @inline(__always) static func isPunctuation(_ byte: UInt8) -> Bool {
    (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60)
      || (byte >= 0x7B && byte <= 0x7E)
  }

  /// Whether `byte` is an ASCII digit.
  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// Whether `byte` is an ASCII letter.
  @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
  }

  /// Whether `byte` is an ASCII letter or digit.
  @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

  /// Whether `byte` is an ASCII hexadecimal digit.
  @inline(__always) static func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66)
  }

  /// The value of a hexadecimal digit.
  @inline(__always) static func hexValue(_ byte: UInt8) -> UInt32 {
    isDigit(byte) ? UInt32(byte - 0x30) : UInt32((byte | 0x20) - 0x61 + 10)
  }

  /// ASCII lower case of a byte (other bytes unchanged).
  @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// `range` without the bytes at either end for which `isSpace` holds: byte trimming, written once.
  @inline(__always) static func trimming<C: BidirectionalCollection<UInt8>>(
    _ range: Range<C.Index>, of bytes: C, where isSpace: (UInt8) -> Bool
  ) -> Range<C.Index> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end && isSpace(bytes[start]) { start = bytes.index(after: start) }
    while end > start && isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
    return start..<end
  }

  /// The first index at or after `start` where `bytes` holds `byte`, found with `memchr`.
  static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard start >= 0, start < bytes.count, let base = bytes.baseAddress else { return nil }
    guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  /// The first index at or after `start` where `bytes` holds the whole of `pattern` (not empty), with
  /// ASCII letters compared without case when `ignoringASCIICase`.
  ///
  /// Where the bytes are contiguous (a native string's `utf8`, an array, a buffer), they are searched
  /// in place, the first byte found with `memchr` unless it is a letter whose case is ignored: a whole
  /// page is searched for every edition, and stepping through a `String.UTF8View` by its indices costs
  /// several times more.
  static func firstIndex<C: Collection<UInt8>>(
    of pattern: [UInt8], in bytes: C, from start: C.Index, ignoringASCIICase: Bool = false
  ) -> C.Index? {
    let contiguous = bytes.withContiguousStorageIfAvailable { buffer in
      firstOffset(
        of: pattern, in: buffer, from: bytes.distance(from: bytes.startIndex, to: start),
        ignoringASCIICase: ignoringASCIICase)
    }
    if let contiguous { return contiguous.map { bytes.index(bytes.startIndex, offsetBy: $0) } }
    guard let first = pattern.first else { return nil }
    func same(_ one: UInt8, _ other: UInt8) -> Bool {
      one == other || (ignoringASCIICase && lower(one) == lower(other))
    }
    var index = start
    while index < bytes.endIndex {
      if same(bytes[index], first) {
        var (matched, position) = (1, bytes.index(after: index))
        while matched < pattern.count, position < bytes.endIndex, same(bytes[position], pattern[matched]) {
          (matched, position) = (matched + 1, bytes.index(after: position))
        }
        if matched == pattern.count { return index }
      }
      index = bytes.index(after: index)
    }
    return nil
  }

  /// `firstIndex(of:in:from:ignoringASCIICase:)` over contiguous bytes, as an offset from their start.
  private static func firstOffset(
    of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, ignoringASCIICase: Bool
  ) -> Int? {
    guard let first = pattern.first, start >= 0 else { return nil }
    func same(_ one: UInt8, _ other: UInt8) -> Bool {
      one == other || (ignoringASCIICase && lower(one) == lower(other))
    }
    let searchesFirstByte = !(ignoringASCIICase && isLetter(first))
    var index = start
    while index + pattern.count <= bytes.count {
      if searchesFirstByte {
        guard let found = firstIndex(of: first, in: bytes, from: index) else { return nil }
        index = found
        guard index + pattern.count <= bytes.count else { return nil }
      }
      var matched = 0
      while matched < pattern.count, same(bytes[index + matched], pattern[matched]) { matched += 1 }
      if matched == pattern.count { return index }
      index += 1
    }
    return nil
  }

  /// Appends the UTF-8 encoding of a scalar value (invalid values become U+FFFD).
  static func appendScalar(_ value: UInt32, to out: inout [UInt8]) {
    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
    let code = scalar.value
    if code < 0x80 {
      out.append(UInt8(code))
    } else if code < 0x800 {
      out.append(UInt8(0xC0 | (code >> 6)))
      out.append(UInt8(0x80 | (code & 0x3F)))
    } else if code < 0x10000 {
      out.append(UInt8(0xE0 | (code >> 12)))
      out.append(UInt8(0x80 | ((code >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (code & 0x3F)))
    } else {
      out.append(UInt8(0xF0 | (code >> 18)))
      out.append(UInt8(0x80 | ((code >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((code >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (code & 0x3F)))
    }
  }
}

/// What kind of character surrounds a delimiter run, for the flanking rules.
enum FlankingClass {
  case whitespace, punctuation, other

  /// The class of the character that ends just before `index` in `bytes` (start of text counts as whitespace).
  static func before(_ index: Int, in bytes: [UInt8]) -> FlankingClass {
    guard index > 0, index <= bytes.count else { return .whitespace }
    let last = bytes[index - 1]
    if last < 0x80 { return ofASCII(last) }
    return ofScalar(SimpleText.scalar(before: index, start: 0, in: bytes))
  }

  /// The class of the character that starts at `index` in `bytes` (end of text counts as whitespace).
  static func after(_ index: Int, in bytes: [UInt8]) -> FlankingClass {
    guard index >= 0, index < bytes.count else { return .whitespace }
    let first = bytes[index]
    if first < 0x80 { return ofASCII(first) }
    return ofScalar(SimpleText.decode(bytes, at: index)?.0)
  }

  private static func ofASCII(_ byte: UInt8) -> FlankingClass {
    if Bytes.isWhitespace(byte) { return .whitespace }
    return Bytes.isPunctuation(byte) ? .punctuation : .other
  }

  private static func ofScalar(_ value: UInt32?) -> FlankingClass {
    guard let value, let scalar = Unicode.Scalar(value) else { return .other }
    switch scalar.properties.generalCategory {
    case .spaceSeparator: return .whitespace
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
      .modifierSymbol, .otherSymbol:
      return .punctuation
    default: return .other
    }
  }
}
