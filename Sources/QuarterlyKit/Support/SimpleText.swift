/// Byte-level helpers for the walks over UTF-8 text of page finishing, and the one UTF-8 decoder of
/// every byte path (`decode(_:at:)`).
///
/// `Character`s follow Unicode grapheme clustering. On "simple" text that changes nothing: simple text
/// has no carriage return and only scalars that are never part of a larger grapheme cluster and never
/// canonically equivalent to another sequence (ASCII, Latin-1 and the Latin Extended and IPA blocks,
/// general punctuation apart from the invisible format characters, currency signs, arrows), so every
/// scalar is a character of its own. The walks use this to skip measuring where characters start
/// (`CharacterStarts`) on such text; on other text they measure it once.
enum SimpleText {
  /// Whether `text` is simple: every scalar of it is a character of its own.
  static func isSimple(_ text: String) -> Bool {
    var utf8 = text.utf8
    if let answer = utf8.withContiguousStorageIfAvailable({ isSimple(bytes: $0) }) { return answer }
    var copy = text
    copy.makeContiguousUTF8()
    utf8 = copy.utf8
    return utf8.withContiguousStorageIfAvailable { isSimple(bytes: $0) } ?? false
  }

  static func isSimple(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var index = 0
    let count = bytes.count
    while index < count {
      // Eight bytes at a time while they are ASCII with no carriage return.
      if index + 8 <= count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let crs = word ^ 0x0D0D_0D0D_0D0D_0D0D
        let hasCR = (crs &- 0x0101_0101_0101_0101) & ~crs & 0x8080_8080_8080_8080 != 0
        if word & 0x8080_8080_8080_8080 == 0 && !hasCR {
          index += 8
          continue
        }
      }
      let byte = bytes[index]
      if byte < 0x80 {
        if byte == 13 { return false }
        index += 1
        continue
      }
      guard let (scalar, length) = decode(bytes, at: index), isSimple(scalar) else { return false }
      index += length
    }
    return true
  }

  static func isSimple(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x80...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF, 0x2190...0x21FF: return true
    default: return false
    }
  }

  /// The scalar whose UTF-8 starts at `index` and its length in bytes; nil at a continuation byte or a
  /// malformed sequence (cut short, overlong, a surrogate, past U+10FFFF), as Swift's own decoder
  /// refuses them. The one UTF-8 decoder of the byte paths: the fast paths, the Markdown flanking
  /// rules, the readability count, the prose scanner and the reading of inputs.
  @inline(__always)
  static func decode<C: RandomAccessCollection<UInt8>>(_ bytes: C, at index: Int) -> (UInt32, Int)?
  where C.Index == Int {
    guard index >= bytes.startIndex, index < bytes.endIndex else { return nil }
    let lead = UInt32(bytes[index])
    let length: Int
    let minimum: UInt32
    var value: UInt32
    switch lead {
    case 0..<0x80: return (lead, 1)
    case 0xC0..<0xE0: (length, minimum, value) = (2, 0x80, lead & 0x1F)
    case 0xE0..<0xF0: (length, minimum, value) = (3, 0x800, lead & 0x0F)
    case 0xF0..<0xF8: (length, minimum, value) = (4, 0x10000, lead & 0x07)
    default: return nil
    }
    guard bytes.endIndex - index >= length else { return nil }
    for offset in 1..<length {
      let byte = UInt32(bytes[index + offset])
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | (byte & 0x3F)
    }
    guard value >= minimum, value <= 0x10FFFF, value & 0xFFFF_F800 != 0xD800 else { return nil }
    return (value, length)
  }

  /// The scalar ending just before `index`, or nil at `start` or after a malformed sequence. Looks
  /// back at most four bytes for the sequence's first byte.
  static func scalar<C: RandomAccessCollection<UInt8>>(before index: Int, start: Int, in bytes: C) -> UInt32?
  where C.Index == Int {
    guard index > start, index <= bytes.endIndex else { return nil }
    var lead = index - 1
    while lead > start, index - lead < 4, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
    guard let (scalar, length) = decode(bytes, at: lead), lead + length == index else { return nil }
    return scalar
  }

  /// `Character.isLetter || Character.isNumber` for a character that is this one scalar.
  static func isLetterOrNumber(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 {
      return Bytes.isAlphanumeric(UInt8(scalar))
    }
    guard let value = Unicode.Scalar(scalar) else { return false }
    return value.properties.isAlphabetic || value.properties.numericType != nil
  }
}
