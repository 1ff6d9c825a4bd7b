/// A canonical Huffman code of DEFLATE (RFC 1951, 3.2.2), built from its code lengths.
///
/// Codes of up to `fastBits` bits are decoded with one look-up in `fast`, indexed by the next bits of
/// the stream (codes are packed starting with their most significant bit, so the table holds them bit
/// reversed); longer codes are decoded one bit at a time from `counts` and `symbols`.
struct HuffmanCode {
  /// The width of the fast table's index.
  static let fastBits = 10
  /// Each entry is `symbol << 4 | length`, or 0 when the code is longer than `fastBits`.
  var fast: [UInt16]
  /// How many codes have each length, 0...15.
  var counts: [Int]
  /// The symbols in canonical order (by code length, then by symbol).
  var symbols: [UInt16]

  /// Builds the code; nil when the lengths over-subscribe the code space, or leave it incomplete with
  /// more than one code (zlib refuses both).
  init?(lengths: ArraySlice<UInt8>) {
    var counts = [Int](repeating: 0, count: 16)
    for length in lengths {
      guard length <= 15 else { return nil }
      counts[Int(length)] += 1
    }
    counts[0] = 0
    var left = 1
    for length in 1...15 {
      left <<= 1
      left -= counts[length]
      if left < 0 { return nil }
    }
    let used = counts.reduce(0, +)
    if left > 0 && used > 1 { return nil }
    var offsets = [Int](repeating: 0, count: 16)
    for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
    var symbols = [UInt16](repeating: 0, count: used)
    var fast = [UInt16](repeating: 0, count: 1 << Self.fastBits)
    // The first canonical code of each length.
    var nextCode = [Int](repeating: 0, count: 16)
    var code = 0
    for length in 1...15 {
      code = (code + counts[length - 1]) << 1
      nextCode[length] = code
    }
    nextCode[1] = 0
    for (symbol, length) in lengths.enumerated() where length > 0 {
      let length = Int(length)
      symbols[offsets[length]] = UInt16(symbol)
      offsets[length] += 1
      let code = nextCode[length]
      nextCode[length] += 1
      guard length <= Self.fastBits else { continue }
      var reversed = 0
      for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
      let entry = UInt16(symbol << 4 | length)
      var index = reversed
      while index < fast.count {
        fast[index] = entry
        index += 1 << length
      }
    }
    self.fast = fast
    self.counts = counts
    self.symbols = symbols
  }

  /// The fixed literal/length code (block type 1).
  static let fixedLiterals: HuffmanCode? = {
    var lengths = [UInt8](repeating: 8, count: 288)
    for symbol in 144..<256 { lengths[symbol] = 9 }
    for symbol in 256..<280 { lengths[symbol] = 7 }
    return HuffmanCode(lengths: lengths[...])
  }()

  /// The fixed distance code (block type 1): 32 codes of 5 bits, of which 30 and 31 are never valid.
  static let fixedDistances: HuffmanCode? = HuffmanCode(lengths: [UInt8](repeating: 5, count: 32)[...])
}
