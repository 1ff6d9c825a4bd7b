/// A DEFLATE decoder (RFC 1951), written for the workbooks' ZIP entries: stored, fixed and dynamic
/// blocks, with every length, distance and size checked against the input and the output's limit.
public struct Inflate {
  /// Why a stream could not be inflated.
  public struct Failure: Error, Equatable {
    public var reason: String
  }

  private let input: UnsafeBufferPointer<UInt8>
  private var position = 0
  private var bitBuffer: UInt64 = 0
  private var bitCount = 0
  private let output: UnsafeMutableBufferPointer<UInt8>
  private var written = 0

  /// An inflater from `input` into `output`, whose size is the limit.
  private init(input: UnsafeBufferPointer<UInt8>, output: UnsafeMutableBufferPointer<UInt8>) {
    self.input = input
    self.output = output
  }

  /// Inflates `input`; the result may hold at most `limit` bytes (a stream that makes more fails).
  public static func inflate(_ input: ArraySlice<UInt8>, limit: Int) throws(Failure) -> [UInt8] {
    var failure: Failure?
    let bytes = input.withUnsafeBufferPointer { input in
      [UInt8](unsafeUninitializedCapacity: max(limit, 0)) { buffer, count in
        var inflater = Inflate(input: input, output: buffer)
        do throws(Failure) {
          try inflater.run()
        } catch {
          failure = error
        }
        count = inflater.written
      }
    }
    if let failure { throw failure }
    return bytes
  }

  /// Decodes blocks until the last one.
  private mutating func run() throws(Failure) {
    var isLast = false
    while !isLast {
      isLast = try bits(1) == 1
      switch try bits(2) {
      case 0: try storedBlock()
      case 1:
        guard let literals = HuffmanCode.fixedLiterals, let distances = HuffmanCode.fixedDistances else {
          throw Failure(reason: "the fixed Huffman codes could not be built")
        }
        try codesBlock(literals: literals, distances: distances)
      case 2:
        let (literals, distances) = try dynamicCodes()
        try codesBlock(literals: literals, distances: distances)
      default: throw Failure(reason: "a deflate block has the reserved type 3")
      }
    }
  }

  /// Tops the bit buffer up to at least 56 bits while input remains.
  @inline(__always)
  private mutating func refill() {
    if position + 8 <= input.count, let base = input.baseAddress {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
      bitBuffer |= word << UInt64(bitCount)
      position += (63 - bitCount) >> 3
      bitCount |= 56
      return
    }
    while bitCount <= 56 && position < input.count {
      bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
      position += 1
      bitCount += 8
    }
  }

  /// The next `count` bits (at most 32), least significant first.
  @inline(__always)
  private mutating func bits(_ count: Int) throws(Failure) -> Int {
    if bitCount < count {
      refill()
      guard bitCount >= count else { throw Failure(reason: "the compressed data ends too early") }
    }
    let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
    bitBuffer >>= UInt64(count)
    bitCount -= count
    return value
  }

  /// Decodes one symbol of `code`.
  @inline(__always)
  private mutating func decode(_ code: HuffmanCode) throws(Failure) -> Int {
    if bitCount < 15 { refill() }
    let entry = Int(code.fast[Int(bitBuffer & UInt64((1 << HuffmanCode.fastBits) - 1))])
    if entry != 0 {
      let length = entry & 15
      guard length <= bitCount else { throw Failure(reason: "the compressed data ends too early") }
      bitBuffer >>= UInt64(length)
      bitCount -= length
      return entry >> 4
    }
    // A code longer than the fast table: walk the canonical code one bit at a time.
    var value = 0
    var first = 0
    var index = 0
    for length in 1...15 {
      value |= try bits(1)
      let count = code.counts[length]
      if value - count < first {
        let slot = index + (value - first)
        guard code.symbols.indices.contains(slot) else { break }
        return Int(code.symbols[slot])
      }
      index += count
      first = (first + count) << 1
      value <<= 1
    }
    throw Failure(reason: "the compressed data holds a code that its Huffman table does not define")
  }

  /// A stored block: LEN, NLEN, then LEN bytes copied as they are.
  private mutating func storedBlock() throws(Failure) {
    // Drop to a byte boundary and hand back the whole bytes still in the bit buffer.
    bitBuffer >>= UInt64(bitCount & 7)
    bitCount -= bitCount & 7
    position -= bitCount >> 3
    bitBuffer = 0
    bitCount = 0
    guard position + 4 <= input.count else { throw Failure(reason: "the compressed data ends too early") }
    let length = Int(input[position]) | Int(input[position + 1]) << 8
    let check = Int(input[position + 2]) | Int(input[position + 3]) << 8
    guard length == ~check & 0xFFFF else {
      throw Failure(reason: "a stored block's length does not match its check value")
    }
    position += 4
    guard position + length <= input.count else {
      throw Failure(reason: "the compressed data ends too early")
    }
    guard written + length <= output.count else { throw Self.tooLarge }
    for offset in 0..<length { output[written + offset] = input[position + offset] }
    position += length
    written += length
  }

  static let tooLarge = Failure(reason: "the entry inflates to more data than the archive declares")

  private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

  /// Reads a dynamic block's code-length code, then its literal/length and distance codes.
  private mutating func dynamicCodes() throws(Failure) -> (HuffmanCode, HuffmanCode) {
    let literalCount = try bits(5) + 257
    let distanceCount = try bits(5) + 1
    let lengthCodeCount = try bits(4) + 4
    guard literalCount <= 286, distanceCount <= 30 else {
      throw Failure(reason: "a dynamic block declares too many codes")
    }
    var lengthLengths = [UInt8](repeating: 0, count: 19)
    for index in 0..<lengthCodeCount {
      lengthLengths[Self.codeLengthOrder[index]] = UInt8(try bits(3))
    }
    guard let lengthCode = HuffmanCode(lengths: lengthLengths[...]) else {
      throw Failure(reason: "a dynamic block's code-length code is not a valid Huffman code")
    }
    let total = literalCount + distanceCount
    var lengths = [UInt8](repeating: 0, count: total)
    var index = 0
    while index < total {
      let symbol = try decode(lengthCode)
      if symbol < 16 {
        lengths[index] = UInt8(symbol)
        index += 1
        continue
      }
      var value: UInt8 = 0
      let repeats: Int
      switch symbol {
      case 16:
        guard index > 0 else { throw Failure(reason: "a dynamic block repeats a length before the first") }
        value = lengths[index - 1]
        repeats = 3 + (try bits(2))
      case 17: repeats = 3 + (try bits(3))
      default: repeats = 11 + (try bits(7))
      }
      guard index + repeats <= total else {
        throw Failure(reason: "a dynamic block's code lengths run past the codes it declares")
      }
      for offset in 0..<repeats { lengths[index + offset] = value }
      index += repeats
    }
    guard lengths[256] != 0 else { throw Failure(reason: "a dynamic block has no end-of-block code") }
    guard let literals = HuffmanCode(lengths: lengths[0..<literalCount]),
      let distances = HuffmanCode(lengths: lengths[literalCount...])
    else { throw Failure(reason: "a dynamic block's codes are not valid Huffman codes") }
    return (literals, distances)
  }

  private static let lengthBases: [UInt16] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163,
    195, 227, 258,
  ]
  private static let lengthExtras: [UInt8] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  private static let distanceBases: [UInt16] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
    4097, 6145, 8193, 12289, 16385, 24577,
  ]
  private static let distanceExtras: [UInt8] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
  ]

  /// A block of Huffman-coded literals and length/distance pairs, up to its end-of-block code.
  private mutating func codesBlock(literals: HuffmanCode, distances: HuffmanCode) throws(Failure) {
    while true {
      let symbol = try decode(literals)
      if symbol < 256 {
        guard written < output.count else { throw Self.tooLarge }
        output[written] = UInt8(truncatingIfNeeded: symbol)
        written += 1
        continue
      }
      if symbol == 256 { return }
      let lengthSymbol = symbol - 257
      guard lengthSymbol < 29 else {
        throw Failure(reason: "the compressed data holds an invalid length code")
      }
      let length = Int(Self.lengthBases[lengthSymbol]) + (try bits(Int(Self.lengthExtras[lengthSymbol])))
      let distanceSymbol = try decode(distances)
      guard distanceSymbol < 30 else {
        throw Failure(reason: "the compressed data holds an invalid distance code")
      }
      let distance =
        Int(Self.distanceBases[distanceSymbol]) + (try bits(Int(Self.distanceExtras[distanceSymbol])))
      guard distance <= written else {
        throw Failure(reason: "the compressed data refers back before its start")
      }
      guard written + length <= output.count else { throw Self.tooLarge }
      copyMatch(length: length, distance: distance)
    }
  }

  /// Copies `length` bytes from `distance` back (checked by the caller); overlapping copies repeat.
  @inline(__always)
  private mutating func copyMatch(length: Int, distance: Int) {
    guard let base = output.baseAddress else { return }
    let target = base + written
    let source = target - distance
    if distance >= length {
      target.update(from: source, count: length)
    } else {
      for offset in 0..<length { target[offset] = source[offset] }
    }
    written += length
  }
}
