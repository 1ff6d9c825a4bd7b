import Foundation
import QuarterlyKit

/// `workbook`: reads a tracker workbook (`.xlsx`) as an edition does, in milliseconds, and inflates its
/// sheet's XML, as MB/s, beside zlib inflating the same compressed bytes (zlib is loaded at run time,
/// from libz.so.1, so that neither the library nor the `quarterly` binary links it).
enum WorkbookBench {
  static func run(_ arguments: inout BenchArguments) -> Int32 {
    let seconds = arguments.double("--seconds", default: 3)
    let path =
      arguments.string("--input") ?? "Tests/QuarterlyKitTests/Fixtures/workbooks/tracker-500-libreoffice.xlsx"
    guard let data = FileManager.default.contents(atPath: path) else {
      return Measure.fail("cannot read \(path)")
    }
    let bytes = [UInt8](data)

    // Reading: the workbook into the tracker's cells, then those cells into the action plan.
    var rows = 0
    var readTimes: [Double] = []
    var trackerTimes: [Double] = []
    let start = Measure.now()
    repeat {
      var diagnostics = Diagnostics()
      var source: SourceText?
      readTimes.append(
        Measure.time {
          source = WorkbookInput.read(
            "action-plan", bytes: bytes, path: path, sheet: nil, diagnostics: &diagnostics)
        })
      guard let source else { return Measure.fail("\(path) cannot be read: \(diagnostics.items)") }
      rows = source.workbookSheet?.rows.count ?? 0
      trackerTimes.append(Measure.time { _ = ActionPlanReader.read(source) })
    } while Measure.now() - start < seconds || readTimes.count < 5
    let readMs = Measure.median(readTimes) * 1000
    let trackerMs = Measure.median(trackerTimes) * 1000
    print(
      "read \(path) (\(rows) rows): \(Measure.format(readMs, decimals: 2)) ms; into the action plan: +\(Measure.format(trackerMs, decimals: 2)) ms"
    )

    // Inflating: the sheet XML, deflated by zlib at its default level, inflated by both.
    guard let zlib = Zlib.load() else {
      print("RESULT workbook read_ms=\(Measure.format(readMs, decimals: 2)) rows=\(rows) zlib=unavailable")
      return 0
    }
    let sample = sheetXML(bytes)
    guard let stream = zlib.deflate(sample) else { return Measure.fail("zlib could not compress the sample") }
    // The same DEFLATE data: zlib reads it in its zlib wrapper, `Inflate` as the raw stream inside.
    let compressed = Array(stream[2..<(stream.count - 4)])
    var ours: [Double] = []
    var theirs: [Double] = []
    let inflateStart = Measure.now()
    repeat {
      var output: [UInt8] = []
      ours.append(
        Measure.time { output = (try? Inflate.inflate(compressed[...], limit: sample.count)) ?? [] })
      guard output == sample else { return Measure.fail("inflate did not give back the sample") }
      var zlibOutput: [UInt8] = []
      theirs.append(Measure.time { zlibOutput = zlib.inflate(stream, size: sample.count) ?? [] })
      guard zlibOutput == sample else { return Measure.fail("zlib did not give back the sample") }
    } while Measure.now() - inflateStart < seconds || ours.count < 5
    let megabytes = Double(sample.count) / 1e6
    let oursRate = megabytes / Measure.median(ours)
    let zlibRate = megabytes / Measure.median(theirs)
    print(
      "inflate \(sample.count) bytes of sheet XML (from \(compressed.count)): \(Measure.format(oursRate)) MB/s; zlib \(Measure.format(zlibRate)) MB/s (\(Measure.format(oursRate / zlibRate, decimals: 2)) of zlib)"
    )
    print(
      "RESULT workbook read_ms=\(Measure.format(readMs, decimals: 2)) tracker_ms=\(Measure.format(trackerMs, decimals: 2)) rows=\(rows) inflate_mb_per_s=\(Measure.format(oursRate)) zlib_mb_per_s=\(Measure.format(zlibRate)) ratio=\(Measure.format(oursRate / zlibRate, decimals: 2))"
    )
    return 0
  }

  /// The uncompressed XML of the workbook's first worksheet, or of its largest part.
  static func sheetXML(_ bytes: [UInt8]) -> [UInt8] {
    guard let archive = try? ZipArchive(bytes: bytes) else { return [] }
    let name =
      archive.entries["xl/worksheets/sheet1.xml"] != nil
      ? "xl/worksheets/sheet1.xml" : archive.entries.values.max { $0.size < $1.size }?.name ?? ""
    return (try? archive.data(name)) ?? []
  }
}

/// zlib's `compress2` and `uncompress`, looked up in libz.so.1 at run time.
struct Zlib {
  typealias Compress =
    @convention(c) (
      UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt, Int32
    ) -> Int32
  typealias Uncompress =
    @convention(c) (
      UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt
    ) -> Int32

  let compress: Compress
  let uncompress: Uncompress

  /// nil when the library or its functions cannot be found.
  static func load() -> Zlib? {
    guard let handle = dlopen("libz.so.1", RTLD_NOW) ?? dlopen("libz.dylib", RTLD_NOW),
      let compress = dlsym(handle, "compress2"), let uncompress = dlsym(handle, "uncompress")
    else { return nil }
    return Zlib(
      compress: unsafeBitCast(compress, to: Compress.self),
      uncompress: unsafeBitCast(uncompress, to: Uncompress.self))
  }

  /// The zlib stream of `bytes` at zlib's default level: a 2-byte header, the raw DEFLATE stream that
  /// `Inflate` reads, and a 4-byte Adler-32.
  func deflate(_ bytes: [UInt8]) -> [UInt8]? {
    var size = UInt(bytes.count + bytes.count / 100 + 64)
    var output = [UInt8](repeating: 0, count: Int(size))
    let status = compress(&output, &size, bytes, UInt(bytes.count), -1)
    guard status == 0, size > 6 else { return nil }
    return Array(output[..<Int(size)])
  }

  /// zlib inflating a zlib stream of `size` bytes.
  func inflate(_ stream: [UInt8], size: Int) -> [UInt8]? {
    var length = UInt(size)
    var output = [UInt8](repeating: 0, count: size)
    let status = uncompress(&output, &length, stream, UInt(stream.count))
    return status == 0 ? Array(output[..<Int(length)]) : nil
  }
}
