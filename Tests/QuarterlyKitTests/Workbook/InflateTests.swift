import Testing

@testable import QuarterlyKit

/// The inflater and CRC-32 against known streams, and refusing bad ones.
@Suite struct InflateTests {
  @Test func knownChecksums() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([]) == 0)
    #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
  }

  @Test func storedFixedAndDynamicBlocks() throws {
    // A stored block holding "abc".
    #expect(
      try Inflate.inflate([0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61, 0x62, 0x63], limit: 10) == Array("abc".utf8))
    // zlib's raw deflate of "hello hello hello hello" (fixed codes, one back-reference).
    let fixed: [UInt8] = [0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x57, 0xC8, 0x40, 0x27, 0x01]
    #expect(try Inflate.inflate(fixed[...], limit: 100) == Array("hello hello hello hello".utf8))
  }

  @Test func deflatedAndStoredWorkbooksHoldTheSameParts() throws {
    let deflated = try ZipArchive(bytes: WorkbookFixture.bytes("excel-layout.xlsx"))
    let stored = try ZipArchive(bytes: WorkbookFixture.bytes("excel-layout-stored.xlsx"))
    #expect(deflated.entries.values.contains { $0.method == 8 })
    #expect(stored.entries.values.allSatisfy { $0.method == 0 })
    #expect(deflated.entries.keys.sorted() == stored.entries.keys.sorted())
    for name in deflated.entries.keys {
      #expect(try deflated.data(name) == stored.data(name), "\(name)")
    }
  }

  @Test func badStreamsFailWithAReason() {
    func reason(_ bytes: [UInt8], limit: Int = 100) -> String? {
      do {
        _ = try Inflate.inflate(bytes[...], limit: limit)
        return nil
      } catch {
        return error.reason
      }
    }
    #expect(reason([0x07]) == "a deflate block has the reserved type 3")
    #expect(
      reason([0x01, 0x03, 0x00, 0x00, 0x00]) == "a stored block's length does not match its check value")
    #expect(reason([0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61]) == "the compressed data ends too early")
    #expect(reason([]) == "the compressed data ends too early")
    #expect(
      reason([0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61, 0x62, 0x63], limit: 2)
        == "the entry inflates to more data than the archive declares")
    // Fixed codes: a length/distance pair at the very start refers back before the output's start.
    #expect(reason([0x03, 0x02]) == "the compressed data refers back before its start")
  }
}
