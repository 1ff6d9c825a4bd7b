import Foundation
import Testing

@testable import QuarterlyKit

/// An edition saved the way Windows and Excel save files (CRLF, Windows-1252 or UTF-8 with a BOM) builds
/// exactly the same documents as its UTF-8, LF twin.
@Suite struct EncodingTwinTests {
  /// Copies an edition, rewriting every text file with CRLF line ends and the given encoding.
  static func copy(_ edition: URL, to folder: URL, crlf: Bool, encode: (String) -> Data?) throws {
    let fileManager = FileManager.default
    try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
    guard let paths = fileManager.enumerator(atPath: edition.path) else { return }
    for case let path as String in paths {
      let source = edition.appendingPathComponent(path)
      let target = folder.appendingPathComponent(path)
      var isDirectory: ObjCBool = false
      _ = fileManager.fileExists(atPath: source.path, isDirectory: &isDirectory)
      if isDirectory.boolValue {
        try fileManager.createDirectory(at: target, withIntermediateDirectories: true)
        continue
      }
      let text = try String(contentsOf: source, encoding: .utf8)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let data = try #require(encode(lines.joined(separator: crlf ? "\r\n" : "\n")), "cannot encode \(path)")
      try data.write(to: target)
    }
  }

  func buildTwins(encode: @escaping (String) -> Data?) throws {
    let root = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let id = "birmingham-2022-q3"
    let plain = root.appendingPathComponent("plain/\(id)")
    let windows = root.appendingPathComponent("windows/\(id)")
    try Self.copy(Repository.edition(id), to: plain, crlf: false, encode: { Data($0.utf8) })
    try Self.copy(Repository.edition(id), to: windows, crlf: true, encode: encode)
    let plainOut = root.appendingPathComponent("out-plain")
    let windowsOut = root.appendingPathComponent("out-windows")
    let a = Repository.build([EditionInput(folder: plain, displayPath: "Inputs/\(id)")], output: plainOut)
    let b = Repository.build([EditionInput(folder: windows, displayPath: "Inputs/\(id)")], output: windowsOut)
    #expect(a.first?.errorCount == 0)
    #expect(b.first?.errorCount == 0, "\(b.first?.diagnostics.map(\.description) ?? [])")
    #expect(a.first?.files == b.first?.files)
    for file in a.first?.files ?? [] {
      let x = try Data(contentsOf: plainOut.appendingPathComponent("\(id)/\(file)"))
      let y = try Data(contentsOf: windowsOut.appendingPathComponent("\(id)/\(file)"))
      #expect(x == y, "\(file) differs")
    }
  }

  @Test func windows1252WithCRLFBuildsTheSameDocuments() throws {
    try buildTwins { $0.data(using: .windowsCP1252) }
  }

  @Test func utf8WithBOMAndCRLFBuildsTheSameDocuments() throws {
    try buildTwins { Data([0xEF, 0xBB, 0xBF]) + Data($0.utf8) }
  }
}
