/// Byte-level helpers for the walks over UTF-8 text of page finishing.
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

  /// The scalar starting at `index` and its length in bytes; nil at a continuation byte or a malformed sequence.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
    guard index < bytes.count else { return nil }
    let lead = UInt32(bytes[index])
    let length: Int
    var value: UInt32
    switch lead {
    case 0..<0x80: return (lead, 1)
    case 0xC0..<0xE0: (length, value) = (2, lead & 0x1F)
    case 0xE0..<0xF0: (length, value) = (3, lead & 0x0F)
    case 0xF0..<0xF8: (length, value) = (4, lead & 0x07)
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    for offset in 1..<length {
      let byte = UInt32(bytes[index + offset])
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | (byte & 0x3F)
    }
    return (value, length)
  }

  /// The scalar ending just before `index` (simple, valid UTF-8 assumed), or nil at the start.
  static func scalar(before index: Int, start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
    guard index > start else { return nil }
    var lead = index - 1
    while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
    return decode(bytes, at: lead)?.0
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
