import Foundation

/// The text of one input file, decoded the way Excel and editors write it, with its path for diagnostics.
public struct SourceText: Sendable {
  /// The encodings `quarterly` accepts.
  public enum Encoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case utf16 = "UTF-16"
    case windows1252 = "Windows-1252"
  }

  /// The path as the user gave it (used in every diagnostic).
  public var path: String
  /// The decoded text, with any byte-order mark removed.
  public var text: String
  public var encoding: Encoding
  /// For an input read from a workbook (`.xlsx`): its sheet's cells, which the table reader takes in
  /// place of `text` (made by the workbook reader in the Inputs layer).
  public var workbookSheet: (any SheetCells)?

  public init(path: String, text: String, encoding: Encoding = .utf8) {
    self.path = path
    self.text = text
    self.encoding = encoding
  }

  /// The largest input file read (64 MiB): anything bigger is not an edition's spreadsheet or text.
  static let maximumSize = 64 << 20

  /// Reads and decodes a file: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252.
  ///
  /// With `folder`, the file is opened beneath that folder (`EditionFolder`): a symbolic link on the
  /// way that leads outside it is refused, so an input cannot make the tool read a file from
  /// elsewhere. Only regular files are read (a named pipe would block an unattended run forever), and
  /// none bigger than `maximumSize`; these are checked on the opened file, not on its path. Nil when
  /// the file was not read, with the problem recorded in `diagnostics`.
  public static func read(
    _ url: URL, displayPath: String, within folder: URL? = nil, diagnostics: inout Diagnostics
  ) -> SourceText? {
    let start = SourceLocation(file: displayPath)
    guard let folder else {
      let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
      guard descriptor >= 0 else {
        diagnostics.append(cannotOpen(.system(errno), at: start))
        return nil
      }
      defer { close(descriptor) }
      return read(descriptor: descriptor, displayPath: displayPath, diagnostics: &diagnostics)
    }
    let folderPath = folder.standardizedFileURL.path
    let path = url.standardizedFileURL.path
    guard path.hasPrefix(folderPath + "/") else {
      diagnostics.append(cannotOpen(.outside, at: start))
      return nil
    }
    guard let opened = EditionFolder.open(folder, displayPath: displayPath, diagnostics: &diagnostics),
      let bytes = bytes(
        String(path.dropFirst(folderPath.count + 1)), in: opened, displayPath: displayPath,
        diagnostics: &diagnostics)
    else { return nil }
    return decode(Data(bytes), path: displayPath, diagnostics: &diagnostics)
  }

  /// What reading a file beneath the edition folder records when there is no such file: an optional
  /// file may be absent without a problem, and a required one has its own message.
  enum MissingFile: Sendable {
    /// "cannot read the file: no such file", as for any file that cannot be opened.
    case unreadable
    /// Nothing: the file is optional.
    case allowed
    /// This diagnostic, in place of "no such file".
    case reported(Diagnostic)
  }

  /// Opens `name` beneath `folder` once, without following links out of it, and reads the bytes of what
  /// was opened (checked as `bytes(descriptor:displayPath:diagnostics:)` checks it). Nil when it was not
  /// read, with the problem recorded in `diagnostics` (for a missing file, as `ifMissing` says).
  static func bytes(
    _ name: String, in folder: EditionFolder, displayPath: String, ifMissing: MissingFile = .unreadable,
    diagnostics: inout Diagnostics
  ) -> [UInt8]? {
    switch folder.open(name) {
    case .failure(.system(ENOENT)):
      switch ifMissing {
      case .unreadable: diagnostics.append(cannotOpen(.system(ENOENT), at: SourceLocation(file: displayPath)))
      case .allowed: break
      case .reported(let diagnostic): diagnostics.append(diagnostic)
      }
      return nil
    case .failure(let failure):
      diagnostics.append(cannotOpen(failure, at: SourceLocation(file: displayPath)))
      return nil
    case .success(let descriptor):
      defer { close(descriptor) }
      return bytes(descriptor: descriptor, displayPath: displayPath, diagnostics: &diagnostics)
    }
  }

  /// Whether anything, even a broken or looping symbolic link, has this path (`lstat`).
  static func entryExists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// The diagnostic for a file that could not be opened.
  static func cannotOpen(_ failure: EditionFolder.OpenFailure, at start: SourceLocation) -> Diagnostic {
    switch failure {
    case .outside:
      return .error(
        "the file is a symbolic link to a file outside the edition folder, so it is not read", at: start,
        hint: "copy the file into the edition folder instead of linking to it")
    case .system(ELOOP):
      return .error(
        "the file is a symbolic link that leads round in a loop, so it cannot be read", at: start,
        hint: "replace the link with the file itself")
    case .system(let code):
      let reason =
        code == ENOENT
        ? "no such file" : code == EACCES ? "permission denied" : String(cString: strerror(code))
      return .error("cannot read the file: \(reason)", at: start)
    }
  }

  /// Reads and decodes the file open at `descriptor`, after checking that it is a regular file no
  /// bigger than `maximumSize` (a file that grows while being read is cut off there and refused). Nil
  /// when it was not read or decoded, with the problem recorded in `diagnostics`.
  static func read(descriptor: Int32, displayPath: String, diagnostics: inout Diagnostics) -> SourceText? {
    bytes(descriptor: descriptor, displayPath: displayPath, diagnostics: &diagnostics).flatMap {
      decode(Data($0), path: displayPath, diagnostics: &diagnostics)
    }
  }

  /// The bytes of the file open at `descriptor`, after checking that it is a regular file no bigger than
  /// `maximumSize` (a file that grows while being read is cut off there and refused). Nil when it was
  /// refused or could not be read, with the problem recorded in `diagnostics`.
  static func bytes(descriptor: Int32, displayPath: String, diagnostics: inout Diagnostics) -> [UInt8]? {
    let start = SourceLocation(file: displayPath)
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      diagnostics.append(cannotOpen(.system(errno), at: start))
      return nil
    }
    let type = info.st_mode & S_IFMT
    if type == S_IFDIR {
      diagnostics.error("this is a folder, not a file", at: start)
      return nil
    }
    if type != S_IFREG {
      diagnostics.error("this is not a regular file (a pipe, socket or device), so it is not read", at: start)
      return nil
    }
    let tooLarge = Diagnostic.error(
      "the file is \(Int(info.st_size) >> 20) MiB, too large for an input file (the limit is 64 MiB)",
      at: start)
    if Int(info.st_size) > maximumSize {
      diagnostics.append(tooLarge)
      return nil
    }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
    var count = 0
    while true {
      if count == bytes.count {
        if count > maximumSize {
          diagnostics.append(tooLarge)
          return nil
        }
        bytes.append(contentsOf: repeatElement(0, count: min(count, maximumSize + 1 - count)))
      }
      let got = bytes.withUnsafeMutableBytes { buffer in
        #if canImport(Glibc)
          Glibc.read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
        #else
          Darwin.read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
        #endif
      }
      if got < 0 {
        if errno == EINTR { continue }
        diagnostics.append(cannotOpen(.system(errno), at: start))
        return nil
      }
      if got == 0 { break }
      count += got
    }
    return Array(bytes.prefix(count))
  }

  /// Decodes bytes as `read` does. Nil when they are not a text file, with the problem recorded in
  /// `diagnostics`; a problem that does not stop the file from being read (stray bytes in a UTF-8 file)
  /// is recorded there as a warning.
  public static func decode(_ data: Data, path: String, diagnostics: inout Diagnostics) -> SourceText? {
    let bytes = [UInt8](data)
    let start = SourceLocation(file: path)
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      diagnostics.error(
        "this is an Excel workbook or other zip file, not a CSV or text file", at: start,
        hint: "in Excel use File > Save As and choose 'CSV UTF-8 (Comma delimited)'")
      return nil
    }
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      diagnostics.error(
        "this is an old Excel workbook (.xls) saved with another name, not a CSV or text file", at: start,
        hint: "open it in Excel, use File > Save As and choose 'CSV UTF-8 (Comma delimited)'")
      return nil
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return utf8(bytes.dropFirst(3), path: path, encoding: .utf8WithBOM, diagnostics: &diagnostics)
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let littleEndian = bytes.first == 0xFF
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2)
      var index = 2
      while index + 1 < bytes.count {
        let a = UInt16(bytes[index])
        let b = UInt16(bytes[index + 1])
        units.append(littleEndian ? a | b << 8 : a << 8 | b)
        index += 2
      }
      return SourceText(path: path, text: String(decoding: units, as: UTF16.self), encoding: .utf16)
    }
    if let nul = bytes.firstIndex(of: 0) {
      let (line, column) = position(ofByte: nul, in: bytes)
      diagnostics.error(
        "the file contains a NUL byte, so it is not a text file", at: start.at(line: line, column: column))
      return nil
    }
    if String(validating: bytes, as: UTF8.self) != nil {
      return utf8(bytes[...], path: path, encoding: .utf8, diagnostics: &diagnostics)
    }
    if let mixed = mostlyUTF8(bytes, path: path, diagnostics: &diagnostics) { return mixed }
    return SourceText(path: path, text: windows1252(bytes), encoding: .windows1252)
  }

  /// The bytes as UTF-8 text; nil when they are not valid UTF-8 (though a byte-order mark said they
  /// were), with where the first bad byte is recorded in `diagnostics`.
  private static func utf8(
    _ bytes: ArraySlice<UInt8>, path: String, encoding: Encoding, diagnostics: inout Diagnostics
  ) -> SourceText? {
    if let text = String(validating: bytes, as: UTF8.self) {
      return SourceText(path: path, text: text, encoding: encoding)
    }
    // A BOM promised UTF-8 but the bytes are not: say where the first bad byte is.
    var badOffset = bytes.startIndex
    while let (_, length) = SimpleText.decode(bytes, at: badOffset) { badOffset += length }
    let (line, column) = position(ofByte: badOffset - bytes.startIndex, in: Array(bytes))
    diagnostics.error(
      "the file starts with a UTF-8 byte-order mark but is not valid UTF-8",
      at: SourceLocation(file: path, line: line, column: column),
      hint: "save it again as 'CSV UTF-8', or remove the byte-order mark")
    return nil
  }

  /// The 1-based line and column of a byte offset (columns count characters, not bytes).
  static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var index = 0
    let end = min(offset, bytes.count)
    while index < end {
      let byte = bytes[index]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    return (line, column)
  }

  /// Windows-1252 to Unicode: Latin-1 with the 0x80–0x9F block holding curly quotes, dashes, € and so on.
  static func windows1252(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      if byte >= 0x80 && byte <= 0x9F {
        let value = windows1252High[Int(byte - 0x80)]
        scalars.append(Unicode.Scalar(value) ?? Unicode.Scalar(UInt8(byte)))
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return String(scalars)
  }

  private static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
    0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
    0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]
}
