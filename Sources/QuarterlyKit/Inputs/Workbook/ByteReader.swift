/// Little-endian integers read from bytes, 0 past the end (callers check the ranges they rely on).
struct ByteReader {
  let bytes: [UInt8]

  /// The byte at `offset`, or 0 outside the bytes.
  func u8(_ offset: Int) -> Int { bytes.indices.contains(offset) ? Int(bytes[offset]) : 0 }
  /// A 16-bit value.
  func u16(_ offset: Int) -> Int { u8(offset) | u8(offset + 1) << 8 }
  /// A 32-bit value.
  func u32(_ offset: Int) -> Int { u16(offset) | u16(offset + 2) << 16 }
  /// A 64-bit value; negative when the top bit is set (and so beyond every cap).
  func u64(_ offset: Int) -> Int { u32(offset) | u32(offset + 4) << 32 }

  /// The offset of the last 4-byte `signature` within the last `window` bytes.
  func lastIndex(ofSignature signature: Int, within window: Int) -> Int? {
    var offset = bytes.count - 4
    let stop = max(0, bytes.count - window)
    while offset >= stop {
      if u32(offset) == signature { return offset }
      offset -= 1
    }
    return nil
  }
}
