import Testing

@testable import QuarterlyKit

/// The one byte helper: trimming, the `memchr` search and the ASCII classes, exactly.
@Suite struct BytesTests {
  @Test func trimmingDropsOnlyTheBytesItIsTold() {
    let bytes = Array(" \t a b \n".utf8)
    #expect(Bytes.trimming(0..<bytes.count, of: bytes, where: Bytes.isSpaceOrTab) == 3..<8)
    #expect(Bytes.trimming(0..<bytes.count, of: bytes, where: Bytes.isWhitespace) == 3..<6)
    #expect(Bytes.trimming(4..<5, of: bytes, where: Bytes.isWhitespace) == 5..<5)
    let slice = bytes[3..<8]
    #expect(Bytes.trimming(slice.startIndex..<slice.endIndex, of: slice, where: Bytes.isWhitespace) == 3..<6)
  }

  @Test func firstIndexSearchesFromTheStart() {
    let bytes = Array("a<b<c".utf8)
    bytes.withUnsafeBufferPointer { buffer in
      #expect(Bytes.firstIndex(of: UInt8(ascii: "<"), in: buffer, from: 0) == 1)
      #expect(Bytes.firstIndex(of: UInt8(ascii: "<"), in: buffer, from: 2) == 3)
      #expect(Bytes.firstIndex(of: UInt8(ascii: "<"), in: buffer, from: 4) == nil)
      #expect(Bytes.firstIndex(of: UInt8(ascii: "<"), in: buffer, from: 9) == nil)
    }
  }

  @Test func patternSearchIsTheSameInPlaceAndStepByStep() {
    var random = FastPathTests.Random(state: 3)
    let alphabet = Array("<iImMgG> é".utf8)
    let patterns = ["<img", "<IMG", "img", "g>", "é", "<", "ig"].map { Array($0.utf8) }
    for _ in 0..<2000 {
      let bytes = (0..<random.next(30)).map { _ in alphabet[random.next(alphabet.count)] }
      let text = String(decoding: bytes, as: UTF8.self)
      let pattern = patterns[random.next(patterns.count)]
      let ignoring = random.next(2) == 0
      let from = random.next(bytes.count + 2)
      // The plain search, and the step-by-step one (a lazy map has no contiguous storage).
      let expected = (from...max(from, bytes.count)).first { start in
        start + pattern.count <= bytes.count
          && zip(bytes[start...], pattern).allSatisfy {
            $0 == $1 || (ignoring && Bytes.lower($0) == Bytes.lower($1))
          }
      }
      #expect(Bytes.firstIndex(of: pattern, in: bytes, from: from, ignoringASCIICase: ignoring) == expected)
      let stepped = bytes.lazy.map { $0 }
      #expect(Bytes.firstIndex(of: pattern, in: stepped, from: from, ignoringASCIICase: ignoring) == expected)
      let utf8 = Array(text.utf8)
      let found = Bytes.firstIndex(
        of: pattern, in: text.utf8, from: text.utf8.startIndex, ignoringASCIICase: ignoring)
      let plain = (0...utf8.count).first { start in
        start + pattern.count <= utf8.count
          && zip(utf8[start...], pattern).allSatisfy {
            $0 == $1 || (ignoring && Bytes.lower($0) == Bytes.lower($1))
          }
      }
      #expect(found.map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } == plain)
    }
  }

  @Test func asciiClassesMatchTheirCharacters() {
    for byte in UInt8(0)...UInt8(255) {
      let scalar = Unicode.Scalar(byte)
      let ascii = byte < 0x80
      #expect(Bytes.isDigit(byte) == (ascii && ("0"..."9").contains(scalar)))
      #expect(
        Bytes.isAlphanumeric(byte) == (ascii && Character(scalar).isLetter || ("0"..."9").contains(scalar)))
      #expect(Bytes.isHexDigit(byte) == (ascii && Character(scalar).isHexDigit))
    }
  }

  /// The one UTF-8 decoder of the byte paths refuses what Swift's own decoder refuses (overlong forms,
  /// surrogates, values past U+10FFFF, cut-short sequences) and reads the rest as it does.
  @Test func decodeAgreesWithSwiftsDecoder() {
    // Every lead byte from the last ASCII one, and the bytes at the edges of UTF-8's ranges after it.
    let tails: [UInt8] = [0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC2, 0xF4]
    var disagreements: [[UInt8]] = []
    for lead in UInt8(0x7F)...UInt8(0xFF) {
      for second in tails {
        for third in tails {
          for fourth in tails {
            let bytes = [0x20, lead, second, third, fourth]
            var iterator = bytes[1...].makeIterator()
            var decoder = UTF8()
            var expected: (UInt32, Int)?
            if case .scalarValue(let scalar) = decoder.decode(&iterator) {
              expected = (scalar.value, UTF8.width(scalar))
            }
            let found = SimpleText.decode(bytes, at: 1)
            if found?.0 != expected?.0 || found?.1 != expected?.1 { disagreements.append(bytes) }
          }
        }
      }
    }
    #expect(disagreements == [])
    #expect(SimpleText.decode(Array("é".utf8).dropLast(), at: 0) == nil)
    #expect(SimpleText.scalar(before: 3, start: 0, in: Array("aé".utf8)) == 0xE9)
    #expect(SimpleText.scalar(before: 2, start: 0, in: Array("aé".utf8)) == nil)
  }
}
