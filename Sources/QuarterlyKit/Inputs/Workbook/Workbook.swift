/// An `.xlsx` workbook (Office Open XML SpreadsheetML) opened from its bytes: its worksheets' names and
/// visibility, its date system, shared strings and number formats. Parts are found as Excel, LibreOffice
/// and openpyxl write them: `_rels/.rels` names the workbook part, whose relationships name the sheets,
/// the shared strings and the styles.
struct Workbook {
  /// Why a workbook cannot be read.
  struct Failure: Error, Equatable {
    var reason: String
  }

  /// One worksheet as `workbook.xml` lists it.
  struct Sheet: Equatable {
    var name: String
    var isVisible: Bool
    /// The part's path inside the archive.
    var part: String
  }

  let archive: ZipArchive
  /// The worksheets in workbook order (chart sheets and others are left out).
  private(set) var sheets: [Sheet] = []
  /// Whether dates count from 1904 (`date1904`) rather than 1900.
  private(set) var is1904 = false
  private(set) var sharedStrings: [String] = []
  private(set) var formats = CellFormats()

  /// Opens the workbook.
  init(bytes: [UInt8]) throws(Failure) {
    do {
      archive = try ZipArchive(bytes: bytes)
    } catch {
      throw Failure(reason: error.reason)
    }
    if let mimetype = try part("mimetype"), String(decoding: mimetype, as: UTF8.self).contains("opendocument")
    {
      throw Failure(reason: "this is an OpenDocument spreadsheet (.ods), which is not read")
    }
    let root = try relationships(of: "")
    guard
      let workbookPart = root.first(where: { $0.type.hasSuffix("/officeDocument") })?.target
        ?? (archive.entries["xl/workbook.xml"] != nil ? "xl/workbook.xml" : nil)
    else { throw Failure(reason: "the file is a zip archive but not an Excel workbook (no workbook part)") }
    guard let workbookXML = try part(workbookPart) else {
      throw Failure(reason: "the workbook part '\(workbookPart)' is missing")
    }
    let links = try relationships(of: workbookPart)
    let listed = try xml(workbookPart) { () throws(XMLReader.Failure) in try Self.listSheets(workbookXML) }
    is1904 = listed.is1904
    for (name, state, id) in listed.sheets {
      guard let link = links.first(where: { $0.id == id }), link.type.hasSuffix("/worksheet") else {
        continue
      }
      sheets.append(Sheet(name: name, isVisible: state == "visible", part: link.target))
    }
    if let target = links.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target,
      let bytes = try part(target)
    {
      sharedStrings = try xml(target) { () throws(XMLReader.Failure) in try SharedStrings.read(bytes) }
    }
    if let target = links.first(where: { $0.type.hasSuffix("/styles") })?.target, let bytes = try part(target)
    {
      formats = try xml(target) { () throws(XMLReader.Failure) in try CellFormats.read(bytes) }
    }
  }

  /// The bytes of a part; nil when the archive has none of that name.
  func part(_ name: String) throws(Failure) -> [UInt8]? {
    do {
      return try archive.data(name)
    } catch {
      throw Failure(reason: error.reason)
    }
  }

  /// Runs an XML read, naming the part in its failure.
  func xml<T>(_ part: String, _ body: () throws(XMLReader.Failure) -> T) throws(Failure) -> T {
    do {
      return try body()
    } catch {
      throw Failure(reason: "'\(part)' is not well-formed XML (line \(error.line)): \(error.reason)")
    }
  }

  /// The cells of `sheet`.
  func cells(of sheet: Sheet) throws(Failure) -> [WorksheetCell] {
    guard let bytes = try part(sheet.part) else {
      throw Failure(reason: "the part of sheet '\(sheet.name)' ('\(sheet.part)') is missing")
    }
    return try xml(sheet.part) { () throws(XMLReader.Failure) in try WorksheetCells.read(bytes) }
  }

  /// The sheet names, states and relationship ids of `workbook.xml`, and its date system.
  private static func listSheets(_ bytes: [UInt8]) throws(XMLReader.Failure) -> (
    sheets: [(String, String, String)], is1904: Bool
  ) {
    var reader = try XMLReader(bytes: bytes)
    var sheets: [(String, String, String)] = []
    var is1904 = false
    while let event = try reader.next() {
      guard case .start(let element) = event, XMLNamespace.isMain(element.namespace) else { continue }
      if element.name == "workbookPr", let value = element.attribute("date1904") {
        is1904 = value == "1" || value == "true"
      } else if element.name == "sheet", let name = element.attribute("name"),
        let id = element.attribute("id", namespace: XMLNamespace.relationships)
          ?? element.attribute("id", namespace: XMLNamespace.strictRelationships)
      {
        sheets.append((name, element.attribute("state") ?? "visible", id))
      }
    }
    return (sheets, is1904)
  }

  /// One relationship of a part: its id, type and target part's path in the archive.
  struct Relationship {
    var id: String
    var type: String
    var target: String
  }

  /// The relationships of `part` (from `dir/_rels/name.rels`), targets resolved to archive paths.
  func relationships(of part: String) throws(Failure) -> [Relationship] {
    let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
      separator: "/")
    let file = part.split(separator: "/").last.map(String.init) ?? ""
    let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
    guard let bytes = try self.part(relsPath) else { return [] }
    return try xml(relsPath) { () throws(XMLReader.Failure) in
      var reader = try XMLReader(bytes: bytes)
      var links: [Relationship] = []
      while let event = try reader.next() {
        guard case .start(let element) = event, element.name == "Relationship",
          element.attribute("TargetMode") != "External", let id = element.attribute("Id"),
          let type = element.attribute("Type"), let target = element.attribute("Target")
        else { continue }
        links.append(Relationship(id: id, type: type, target: Self.resolve(target, from: folder)))
      }
      return links
    }
  }

  /// A relationship target as an archive path: absolute (`/xl/…`) or relative to `folder`, with `..`.
  static func resolve(_ target: String, from folder: String) -> String {
    var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
    for piece in target.split(separator: "/") {
      if piece == ".." {
        _ = parts.popLast()
      } else if piece != "." {
        parts.append(String(piece))
      }
    }
    return parts.joined(separator: "/")
  }
}
