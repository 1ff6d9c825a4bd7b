/// A ZIP archive read from memory, as a workbook is: its central directory, and its stored or deflated
/// entries, each checked against its CRC-32.
///
/// Refused, with the reason: encrypted entries, compression methods other than stored and deflate,
/// ZIP64 values beyond the caps, more than `maximumSize` bytes uncompressed in all, and entries whose
/// compression ratio passes `maximumRatio` (a zip bomb's).
public struct ZipArchive {
  /// Why an archive or one of its entries cannot be read.
  public struct Failure: Error, Equatable {
    public var reason: String
  }

  /// One file in the archive, as the central directory describes it.
  public struct Entry: Equatable {
    public var name: String
    public var flags: Int
    public var method: Int
    public var crc: UInt32
    public var compressedSize: Int
    public var size: Int
    public var localHeaderOffset: Int
  }

  /// The most bytes all entries may hold uncompressed (64 MiB, the limit of any input file).
  static let maximumSize = 64 << 20
  /// The highest compression ratio accepted for an entry of more than `ratioFloor` bytes.
  static let maximumRatio = 200
  /// Entries smaller than this (1 MiB) are not held to `maximumRatio`: small files of one repeated
  /// character compress very well and cannot harm.
  static let ratioFloor = 1 << 20
  /// The most entries an archive may have.
  static let maximumEntries = 10_000

  let bytes: [UInt8]
  public private(set) var entries: [String: Entry] = [:]

  /// Reads the central directory.
  public init(bytes: [UInt8]) throws(Failure) {
    self.bytes = bytes
    let reader = ByteReader(bytes: bytes)
    guard let end = reader.lastIndex(ofSignature: 0x0605_4B50, within: 22 + 0xFFFF), end + 22 <= bytes.count
    else {
      throw Failure(reason: "the zip archive has no end record: the file is damaged or was cut short")
    }
    var count = reader.u16(end + 10)
    var directorySize = reader.u32(end + 12)
    var directoryOffset = reader.u32(end + 16)
    if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
      (count, directorySize, directoryOffset) = try Self.zip64End(reader, before: end)
    }
    guard count <= Self.maximumEntries else {
      throw Failure(
        reason: "the zip archive has \(count) entries, more than the \(Self.maximumEntries) allowed")
    }
    guard directoryOffset + directorySize <= end else {
      throw Failure(
        reason: "the zip archive's directory lies outside the file: it is damaged or was cut short")
    }
    var offset = directoryOffset
    var total = 0
    for _ in 0..<count {
      let entry = try Self.directoryEntry(reader, at: &offset, limit: end)
      if entry.flags & 1 != 0 || entry.method == 99 {
        throw Failure(reason: "the workbook is encrypted (password-protected), so it cannot be read")
      }
      guard entries[entry.name] == nil else {
        throw Failure(reason: "the zip archive holds two entries named '\(entry.name)'")
      }
      total += entry.size
      guard total <= Self.maximumSize else {
        throw Failure(reason: "the workbook holds more than 64 MiB uncompressed, too much for an input file")
      }
      if entry.size > Self.ratioFloor && entry.size > entry.compressedSize * Self.maximumRatio {
        throw Failure(
          reason: "'\(entry.name)' would inflate \(entry.size / max(entry.compressedSize, 1)) times, "
            + "past the limit of \(Self.maximumRatio) (a zip bomb's ratio)")
      }
      entries[entry.name] = entry
    }
  }

  /// The entry count, directory size and offset from the ZIP64 end record, checked against the caps.
  private static func zip64End(_ reader: ByteReader, before end: Int) throws(Failure) -> (Int, Int, Int) {
    let locator = end - 20
    guard locator >= 0, reader.u32(locator) == 0x0706_4B50 else {
      throw Failure(reason: "the zip archive's end record points to a ZIP64 record that is missing")
    }
    let record = reader.u64(locator + 8)
    guard record >= 0, record + 56 <= locator, reader.u32(record) == 0x0606_4B50 else {
      throw Failure(reason: "the zip archive's ZIP64 end record is missing or lies outside the file")
    }
    let count = reader.u64(record + 32)
    let size = reader.u64(record + 40)
    let offset = reader.u64(record + 48)
    guard (0...maximumEntries).contains(count), (0...maximumSize).contains(size),
      (0...reader.bytes.count).contains(offset)
    else {
      throw Failure(reason: "the zip archive's ZIP64 values are beyond the caps for an input file")
    }
    return (count, size, offset)
  }

  /// Reads one central directory record at `offset` and moves past it.
  private static func directoryEntry(_ reader: ByteReader, at offset: inout Int, limit: Int) throws(Failure)
    -> Entry
  {
    guard offset + 46 <= limit, reader.u32(offset) == 0x0201_4B50 else {
      throw Failure(reason: "the zip archive's directory is damaged")
    }
    let nameLength = reader.u16(offset + 28)
    let extraLength = reader.u16(offset + 30)
    let commentLength = reader.u16(offset + 32)
    let next = offset + 46 + nameLength + extraLength + commentLength
    guard next <= limit else { throw Failure(reason: "the zip archive's directory is damaged") }
    let name = String(decoding: reader.bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
    var entry = Entry(
      name: name, flags: reader.u16(offset + 8), method: reader.u16(offset + 10),
      crc: UInt32(reader.u32(offset + 16)),
      compressedSize: reader.u32(offset + 20), size: reader.u32(offset + 24),
      localHeaderOffset: reader.u32(offset + 42))
    if entry.size == 0xFFFF_FFFF || entry.compressedSize == 0xFFFF_FFFF
      || entry.localHeaderOffset == 0xFFFF_FFFF
    {
      try readZip64Extra(reader, from: offset + 46 + nameLength, length: extraLength, into: &entry)
    }
    offset = next
    return entry
  }

  /// Replaces the saturated 32-bit values of `entry` with those of its ZIP64 extra field (id 1).
  private static func readZip64Extra(
    _ reader: ByteReader, from start: Int, length: Int, into entry: inout Entry
  ) throws(Failure) {
    var field = start
    while field + 4 <= start + length {
      let id = reader.u16(field)
      let size = reader.u16(field + 2)
      var cursor = field + 4
      let fieldEnd = cursor + size
      if id == 1 && fieldEnd <= start + length {
        /// The next 8-byte value of the field, nil past its end.
        func next() -> Int? {
          guard cursor + 8 <= fieldEnd else { return nil }
          defer { cursor += 8 }
          return reader.u64(cursor)
        }
        if entry.size == 0xFFFF_FFFF, let value = next() { entry.size = value }
        if entry.compressedSize == 0xFFFF_FFFF, let value = next() { entry.compressedSize = value }
        if entry.localHeaderOffset == 0xFFFF_FFFF, let value = next() { entry.localHeaderOffset = value }
        break
      }
      field = fieldEnd
    }
    guard (0...maximumSize).contains(entry.size), (0...reader.bytes.count).contains(entry.compressedSize),
      (0...reader.bytes.count).contains(entry.localHeaderOffset)
    else {
      throw Failure(reason: "'\(entry.name)' has ZIP64 sizes beyond the caps for an input file")
    }
  }

  /// The uncompressed bytes of the entry named `name`; nil when there is none.
  public func data(_ name: String) throws(Failure) -> [UInt8]? {
    guard let entry = entries[name] else { return nil }
    let reader = ByteReader(bytes: bytes)
    let header = entry.localHeaderOffset
    guard header + 30 <= bytes.count, reader.u32(header) == 0x0403_4B50 else {
      throw Failure(reason: "'\(name)' is damaged: its local header is missing")
    }
    if reader.u16(header + 6) & 1 != 0 {
      throw Failure(reason: "the workbook is encrypted (password-protected), so it cannot be read")
    }
    let start = header + 30 + reader.u16(header + 26) + reader.u16(header + 28)
    guard start + entry.compressedSize <= bytes.count else {
      throw Failure(reason: "'\(name)' runs past the end of the file: the file was cut short")
    }
    let compressed = bytes[start..<(start + entry.compressedSize)]
    let content: [UInt8]
    switch entry.method {
    case 0:
      guard entry.compressedSize == entry.size else {
        throw Failure(reason: "'\(name)' is stored, but its two sizes differ")
      }
      content = Array(compressed)
    case 8:
      do {
        content = try Inflate.inflate(compressed, limit: entry.size)
      } catch {
        throw Failure(reason: "'\(name)' cannot be inflated: \(error.reason)")
      }
      guard content.count == entry.size else {
        throw Failure(reason: "'\(name)' inflates to less data than the archive declares")
      }
    default:
      throw Failure(
        reason: "'\(name)' uses compression method \(entry.method); only stored and deflate are read")
    }
    guard CRC32.checksum(content) == entry.crc else {
      throw Failure(reason: "'\(name)' fails its CRC-32 check: the file is damaged")
    }
    return content
  }
}
