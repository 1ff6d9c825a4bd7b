import Foundation
import QuarterlyKit

/// `workbook`: reads a tracker workbook (`.xlsx`) as an edition does, in milliseconds, and inflates its
/// sheet's XML, as MB/s, beside zlib inflating the same compressed bytes (zlib is loaded at run time,
/// from libz.so.1, so that neither the library nor the `quarterly` binary links it).
enum WorkbookBench {
  /// Runs the benchmark; the exit status.
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
      rows = source.workbookSheet?.rowCount ?? 0
      trackerTimes.append(
        Measure.time {
          var found = Diagnostics()
          _ = ActionPlanReader.read(source, diagnostics: &found)
        })
    } while Measure.now() - start < seconds || readTimes.count < 5
    let readMs = Measure.median(readTimes) * 1000
    let trackerMs = Measure.median(trackerTimes) * 1000
    print(
      "read \(path) (\(rows) rows): \(Measure.format(readMs, decimals: 2)) ms; into the action plan: +\(Measure.format(trackerMs, decimals: 2)) ms"
    )

    // Inflating: the workbook's XML parts, deflated by zlib at its default level, inflated by both; each
    // checks its output (Inflate with CRC-32 as the ZIP reader does, zlib with its Adler-32).
    guard !arguments.flag("--read-only"), let zlib = Zlib.load() else {
      print(
        "RESULT workbook read_ms=\(Measure.format(readMs, decimals: 2)) rows=\(rows) inflate=not-measured")
      return 0
    }
    let sample = xmlParts(bytes)
    guard let stream = zlib.deflate(sample) else { return Measure.fail("zlib could not compress the sample") }
    // The same DEFLATE data: zlib reads it in its zlib wrapper, `Inflate` as the raw stream inside.
    let compressed = Array(stream[2..<(stream.count - 4)])
    let expectedCRC = CRC32.checksum(sample)
    var ours: [Double] = []
    var theirs: [Double] = []
    let inflateStart = Measure.now()
    repeat {
      var output: [UInt8] = []
      var crc: UInt32 = 0
      ours.append(
        Measure.time {
          output = (try? Inflate.inflate(compressed[...], limit: sample.count)) ?? []
          crc = CRC32.checksum(output)
        })
      guard crc == expectedCRC else { return Measure.fail("inflate's output fails its CRC-32") }
      guard output == sample else { return Measure.fail("inflate did not give back the sample") }
      var zlibOutput: [UInt8] = []
      theirs.append(Measure.time { zlibOutput = zlib.inflate(stream, size: sample.count) ?? [] })
      guard zlibOutput == sample else { return Measure.fail("zlib did not give back the sample") }
    } while Measure.now() - inflateStart < seconds || ours.count < 5
    let megabytes = Double(sample.count) / 1e6
    let oursRate = megabytes / Measure.median(ours)
    let zlibRate = megabytes / Measure.median(theirs)
    print(
      "inflate \(sample.count) bytes of the workbook's XML (from \(compressed.count)): \(Measure.format(oursRate)) MB/s; zlib \(Measure.format(zlibRate)) MB/s (\(Measure.format(oursRate / zlibRate, decimals: 2)) of zlib)"
    )
    print(
      "RESULT workbook read_ms=\(Measure.format(readMs, decimals: 2)) tracker_ms=\(Measure.format(trackerMs, decimals: 2)) rows=\(rows) inflate_mb_per_s=\(Measure.format(oursRate)) zlib_mb_per_s=\(Measure.format(zlibRate)) ratio=\(Measure.format(oursRate / zlibRate, decimals: 2))"
    )
    return 0
  }

  /// The uncompressed XML parts of the workbook, one after the other (the sheets, shared strings,
  /// styles: what reading a workbook inflates).
  static func xmlParts(_ bytes: [UInt8]) -> [UInt8] {
    guard let archive = try? ZipArchive(bytes: bytes) else { return [] }
    return archive.entries.keys.sorted().filter { $0.hasSuffix(".xml") }.flatMap {
      (try? archive.data($0)) ?? []
    }
  }

}
