import Foundation
import Testing

@testable import QuarterlyKit

/// Workbooks that are refused, each with its reason and what to do.
@Suite struct WorkbookContainerTests {
  /// The one diagnostic of reading `name` (or `bytes`), which must refuse it.
  func refusal(_ name: String, bytes: [UInt8]? = nil) throws -> String {
    let (_, diagnostics, source) = try WorkbookFixture.read(name, bytes: bytes)
    #expect(source == nil)
    #expect(diagnostics.count == 1)
    return diagnostics.first ?? ""
  }

  @Test func zipBombIsRefused() throws {
    #expect(
      try refusal("bomb.xlsx")
        == "bomb.xlsx:1:1: error: cannot read the workbook: 'xl/worksheets/sheet1.xml' would inflate 1028 times, past the limit of 200 (a zip bomb's ratio); open it in Excel or LibreOffice and save it again as .xlsx"
    )
  }

  @Test func truncatedArchiveIsRefused() throws {
    let bytes = try WorkbookFixture.bytes("excel-layout.xlsx")
    for cut in [bytes.count / 2, bytes.count - 10, 3] {
      #expect(
        try refusal("excel-layout.xlsx", bytes: Array(bytes.prefix(cut)))
          == "excel-layout.xlsx:1:1: error: cannot read the workbook: the zip archive has no end record: the file is damaged or was cut short; open it in Excel or LibreOffice and save it again as .xlsx"
      )
    }
  }

  @Test func damagedEntryFailsItsCRC() throws {
    var bytes = try WorkbookFixture.bytes("excel-layout-stored.xlsx")
    // The stored workbook part's text: change one letter of "Tracker" in its sheet list.
    let needle = Array("name=\"Tracker\"".utf8)
    let at = try #require(bytes.indices.first { bytes[$0...].starts(with: needle) })
    bytes[at + 6] = UInt8(ascii: "t")
    #expect(
      try refusal("excel-layout-stored.xlsx", bytes: bytes).contains(
        "'xl/workbook.xml' fails its CRC-32 check"))
  }

  @Test func encryptedEntriesAreRefused() throws {
    #expect(
      try refusal("encrypted-flag.xlsx")
        == "encrypted-flag.xlsx:1:1: error: cannot read the workbook: the workbook is encrypted (password-protected), so it cannot be read; open it in Excel or LibreOffice and save it again as .xlsx"
    )
    #expect(
      try refusal("ole2-encrypted.xlsx")
        == "ole2-encrypted.xlsx:1:1: error: the workbook is encrypted (password-protected), so it cannot be read; remove the password, or save it as CSV UTF-8"
    )
  }

  @Test func oldExcelAndOpenDocumentAreRefusedWithTheFix() throws {
    #expect(
      try refusal("old-format.xls")
        == "old-format.xls:1:1: error: this is an old-format Excel workbook (.xls), which is not read; save it as .xlsx or CSV UTF-8"
    )
    #expect(
      try refusal("opendocument.ods")
        == "opendocument.ods:1:1: error: cannot read the workbook: this is an OpenDocument spreadsheet (.ods), which is not read; save it as .xlsx or CSV UTF-8"
    )
  }

  @Test func csvAndWorkbookTogetherOrOldFormatsInTheEditionAreErrors() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("term,meaning\n".utf8).write(to: folder.appendingPathComponent("glossary.csv"))
    try Fixture.data("workbooks/excel-layout.xlsx").write(to: folder.appendingPathComponent("glossary.xlsx"))
    try Fixture.data("workbooks/old-format.xls").write(to: folder.appendingPathComponent("metrics.xls"))
    let path = { (name: String) in "edition/\(name)" }
    var diagnostics = Diagnostics()
    #expect(WorkbookInput.choose("glossary", in: folder, path: path, diagnostics: &diagnostics) == nil)
    #expect(WorkbookInput.choose("metrics", in: folder, path: path, diagnostics: &diagnostics) == nil)
    #expect(WorkbookInput.choose("action-plan", in: folder, path: path, diagnostics: &diagnostics) == .csv)
    #expect(
      diagnostics.items == [
        .error(
          "both glossary.csv and glossary.xlsx are here, so it is not clear which to read",
          at: SourceLocation(file: "edition/glossary.xlsx"), hint: "remove or rename one of them"),
        .error(
          "metrics.xls is an old-format Excel workbook, which is not read",
          at: SourceLocation(file: "edition/metrics.xls"), hint: "save it as .xlsx or CSV UTF-8"),
      ])
  }
}

/// ZIP64 records, built byte by byte: values beyond an input file's caps are refused.
@Suite struct Zip64Tests {
  /// Little-endian bytes of `value`.
  static func le(_ value: Int, _ count: Int) -> [UInt8] {
    (0..<count).map { UInt8((value >> (8 * $0)) & 0xFF) }
  }

  /// An archive with no entries whose end record defers to a ZIP64 end record declaring `count`
  /// entries and a directory of `size` bytes.
  static func archive(count: Int, size: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    let record = bytes.count
    bytes += le(0x0606_4B50, 4) + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 4) + le(0, 4)
    bytes += le(count, 8) + le(count, 8) + le(size, 8) + le(0, 8)
    bytes += le(0x0706_4B50, 4) + le(0, 4) + le(record, 8) + le(1, 4)
    bytes += le(0x0605_4B50, 4) + le(0, 2) + le(0, 2) + le(0xFFFF, 2) + le(0xFFFF, 2)
    bytes += le(0xFFFF_FFFF, 4) + le(0xFFFF_FFFF, 4) + le(0, 2)
    return bytes
  }

  @Test func zip64BeyondTheCapsIsRefused() {
    #expect(
      throws: ZipArchive.Failure(
        reason: "the zip archive's ZIP64 values are beyond the caps for an input file")
    ) {
      try ZipArchive(bytes: Self.archive(count: 1 << 40, size: 0))
    }
    #expect(
      throws: ZipArchive.Failure(
        reason: "the zip archive's ZIP64 values are beyond the caps for an input file")
    ) {
      try ZipArchive(bytes: Self.archive(count: 1, size: 1 << 33))
    }
  }

  @Test func zip64WithinTheCapsIsRead() throws {
    let archive = try ZipArchive(bytes: Self.archive(count: 0, size: 0))
    #expect(archive.entries.isEmpty)
  }
}
