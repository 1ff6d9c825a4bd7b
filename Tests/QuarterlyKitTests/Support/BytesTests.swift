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
}
