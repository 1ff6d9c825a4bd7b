/// The shared-string table of a workbook (`xl/sharedStrings.xml`): each `<si>` is one string, plain
/// (`<t>`) or rich text (several `<r><t>` runs, joined). Phonetic guides (`<rPh>`) are not part of the
/// text a cell shows, so they are left out.
enum SharedStrings {
  /// The strings in order.
  static func read(_ bytes: [UInt8]) throws(XMLReader.Failure) -> [String] {
    var reader = try XMLReader(bytes: bytes)
    var strings: [String] = []
    var current = ""
    var path: [String] = []
    while let event = try reader.next() {
      switch event {
      case .start(let element):
        path.append(element.name)
        if element.name == "si" && path.count == 2 { current = "" }
      case .end:
        if path.last == "si" && path.count == 2 { strings.append(OOXMLText.unescape(current)) }
        path.removeLast()
      case .text(let text):
        // The text of a `t` directly in `si`, or in a run `r`; not in `rPh`.
        if path.last == "t" && !path.contains("rPh") { current += text }
      }
    }
    return strings
  }
}
