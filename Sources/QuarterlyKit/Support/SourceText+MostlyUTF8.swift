/// Files that are UTF-8 but for a few stray bytes: a Windows-1252 `£` or `’` pasted into a file saved
/// as UTF-8. Reading the whole file as Windows-1252 would garble every other accented letter and curly
/// quote in it, so the valid UTF-8 is kept and only the stray bytes are read as Windows-1252, with a
/// warning at the first of them.
extension SourceText {
  /// The file decoded as UTF-8 with each invalid byte read as Windows-1252, when it holds at least one
  /// valid UTF-8 sequence of two or more bytes (so it was written as UTF-8); nil when it holds none (a
  /// Windows-1252 file, as Excel's plain "CSV" writes). The warning at the first stray byte is recorded
  /// in `diagnostics`.
  static func mostlyUTF8(_ bytes: [UInt8], path: String, diagnostics: inout Diagnostics) -> SourceText? {
    var text = String.UnicodeScalarView()
    var invalid: [Int] = []
    var sawMultiByte = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        text.append(Unicode.Scalar(byte))
        index += 1
        continue
      }
      if let (value, width) = SimpleText.decode(bytes, at: index), let scalar = Unicode.Scalar(value) {
        text.append(scalar)
        sawMultiByte = true
        index += width
        continue
      }
      invalid.append(index)
      text.append(contentsOf: windows1252([byte]).unicodeScalars)
      index += 1
    }
    guard sawMultiByte, let first = invalid.first else { return nil }
    let (line, column) = position(ofByte: first, in: bytes)
    let others = invalid.count == 1 ? "" : " (and \(invalid.count - 1) more after it)"
    let byteText = "0x" + String(bytes[first], radix: 16, uppercase: true)
    diagnostics.warning(
      "the file is UTF-8 but the byte \(byteText) here is not\(others); it is read as Windows-1252 ("
        + "'\(windows1252([bytes[first]]))')",
      at: SourceLocation(file: path, line: line, column: column),
      hint: "check the character there and save the file again as UTF-8")
    return SourceText(path: path, text: String(text), encoding: .utf8)
  }
}
