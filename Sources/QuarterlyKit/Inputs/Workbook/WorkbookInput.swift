import Foundation

/// The edition's tabular inputs that may be workbooks: `NAME.xlsx` in place of `NAME.csv`, read from
/// the first visible worksheet or from the sheet named by `NAME_sheet` in edition.md
/// (`action_plan_sheet: Action Plan`).
public enum WorkbookInput {
  /// The inputs, as their file names start.
  public static let inputs = [
    "action-plan", "action-plan-previous", "metrics", "metric-definitions", "glossary",
  ]

  /// The edition.md key naming the sheet of `input`: `action-plan` → `action_plan_sheet`.
  public static func sheetKey(_ input: String) -> String {
    input.split(separator: "-", omittingEmptySubsequences: false).joined(separator: "_") + "_sheet"
  }

  /// Every sheet key, for edition.md's list of known keys.
  public static var sheetKeys: [String] { inputs.map(sheetKey) }

  /// How `input` reads a date cell: the tracker as months (`Jun-20`), metrics as periods (`2020-06`).
  static func dates(for input: String) -> WorkbookSheet.DateText {
    switch input {
    case "action-plan", "action-plan-previous": return .trackerMonth
    case "metrics": return .month
    default: return .day
    }
  }

  /// Which file holds an input.
  enum Choice: Equatable {
    /// `NAME.csv` (or neither file: the CSV reading then reports a missing required file).
    case csv
    /// `NAME.xlsx`.
    case workbook
  }

  /// Looks for `NAME.csv`, `NAME.xlsx`, and the formats that are refused. Nil when the input is refused
  /// (both files are here, or one in a format that is not read, `.xls` or `.ods`), with an error in
  /// `diagnostics` that says which and what to do.
  static func choose(
    _ input: String, in folder: URL, path: (String) -> String, diagnostics: inout Diagnostics
  )
    -> Choice?
  {
    // Every edition looks for up to four names of each input: the folder's path is worked out once,
    // and each name looked up with stat(2), which follows links as FileManager's fileExists does
    // (Foundation's URL and file calls cost more than the rest of reading a small input).
    let folderPath = folder.path
    /// Whether `NAME.ext` is in the folder.
    func exists(_ ext: String) -> Bool {
      var info = stat()
      return stat(folderPath + "/" + input + "." + ext, &info) == 0
    }
    let csv = exists("csv")
    let xlsx = exists("xlsx")
    if csv && xlsx {
      diagnostics.error(
        "both \(input).csv and \(input).xlsx are here, so it is not clear which to read",
        at: SourceLocation(file: path(input + ".xlsx")), hint: "remove or rename one of them")
      return nil
    }
    if xlsx { return .workbook }
    if csv { return .csv }
    for ext in ["xls", "ods"] where exists(ext) {
      diagnostics.error(
        "\(input).\(ext) is \(ext == "xls" ? "an old-format Excel workbook" : "an OpenDocument spreadsheet"), which is not read",
        at: SourceLocation(file: path(input + "." + ext)), hint: "save it as .xlsx or CSV UTF-8")
      return nil
    }
    return .csv
  }

  /// Reads the sheet of a workbook input; nil (with an error) when it cannot be read.
  ///
  /// `sheet` is the `NAME_sheet` entry of edition.md, when it has one, and where it is.
  public static func read(
    _ input: String, bytes: [UInt8], path: String, sheet: (name: String, location: SourceLocation)?,
    diagnostics: inout Diagnostics
  ) -> SourceText? {
    let start = SourceLocation(file: path)
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      let encrypted = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
      let isEncrypted = bytes.indices.contains { bytes[$0...].starts(with: encrypted) }
      diagnostics.error(
        isEncrypted
          ? "the workbook is encrypted (password-protected), so it cannot be read"
          : "this is an old-format Excel workbook (.xls), which is not read",
        at: start,
        hint: isEncrypted ? "remove the password, or save it as CSV UTF-8" : "save it as .xlsx or CSV UTF-8")
      return nil
    }
    let workbook: Workbook
    let cells: [WorksheetCell]
    let chosen: Workbook.Sheet
    do {
      workbook = try Workbook(bytes: bytes)
      if let sheet {
        guard let named = workbook.sheets.first(where: { $0.name == sheet.name }) else {
          let names = workbook.sheets.map(\.name)
          diagnostics.error(
            "\(input).xlsx has no sheet named '\(sheet.name)'", at: sheet.location,
            hint: Suggestion.hint(for: sheet.name, in: names)
              ?? "its sheets are: \(names.map { "'\($0)'" }.joined(separator: ", "))")
          return nil
        }
        chosen = named
      } else {
        guard let first = workbook.sheets.first(where: \.isVisible) else {
          diagnostics.error("the workbook has no visible worksheet", at: start)
          return nil
        }
        chosen = first
      }
      cells = try workbook.cells(of: chosen)
    } catch {
      let refusedFormat = error.reason.contains(".ods")
      diagnostics.error(
        "cannot read the workbook: \(error.reason)", at: start,
        hint: refusedFormat
          ? "save it as .xlsx or CSV UTF-8" : "open it in Excel or LibreOffice and save it again as .xlsx")
      return nil
    }
    var cellDiagnostics = Diagnostics()
    let sheet = WorkbookSheet.make(
      name: chosen.name, cells: cells, workbook: workbook, dates: dates(for: input), path: path,
      diagnostics: &cellDiagnostics)
    var source = SourceText(path: path, text: "", encoding: .utf8)
    source.workbookSheet = sheet
    diagnostics.append(contentsOf: source.namingCells(cellDiagnostics.items))
    return source
  }

  /// Reads a workbook's bytes as an edition's text files are read: opened once beneath the edition
  /// folder without following links out of it, and checked as opened (a regular file, at most 64 MiB).
  /// Nil when it was not read, with the problem recorded in `diagnostics`.
  static func bytes(of name: String, in folder: EditionFolder, path: String, diagnostics: inout Diagnostics)
    -> [UInt8]?
  {
    SourceText.bytes(name, in: folder, displayPath: path, diagnostics: &diagnostics)
  }
}

/// Diagnostics of inputs read from workbooks.
extension SourceText {
  /// Reads this table input with `read`, then appends what it found to `diagnostics` with the workbook
  /// cells named. Every reader of a table input (metric definitions, metrics, glossary, trackers) runs
  /// through here, so each of its diagnostics is named once, as it is found.
  public func reading<Value>(
    into diagnostics: inout Diagnostics, _ read: (SourceText, inout Diagnostics) -> Value
  ) -> Value {
    var found = Diagnostics()
    let value = read(self, &found)
    diagnostics.append(contentsOf: namingCells(found.items))
    return value
  }

  /// The diagnostics with the workbook cells they point at named (`cell H12 in sheet 'Tracker': …`);
  /// unchanged for a CSV file.
  public func namingCells(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    guard let sheet = workbookSheet else { return diagnostics }
    return diagnostics.map { sheet.namingCell($0, path: path) }
  }
}
