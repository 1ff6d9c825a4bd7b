extension TemplateLibrary {
  /// The ids written literally (with no tag in them) as `id="…"` in `text`, after white space: the ids
  /// an HTML page's layout gives, which no heading of an edition may take. The text is searched by its
  /// UTF-8 bytes.
  static func literalIDs(in text: String) -> [String] {
    var ids: [String] = []
    let utf8 = text.utf8
    let opening = Array("id=\"".utf8)
    var index = utf8.startIndex
    while let found = Bytes.firstIndex(of: opening, in: utf8, from: index) {
      let value = utf8.index(found, offsetBy: opening.count)
      let before: Character = found > text.startIndex ? text[text.index(before: found)] : " "
      index = value
      guard before.isWhitespace, let close = utf8[value...].firstIndex(of: UInt8(ascii: "\"")) else {
        continue
      }
      let id = text[value..<close]
      if !id.isEmpty, Bytes.firstIndex(of: Array("{{".utf8), in: id.utf8, from: id.utf8.startIndex) == nil {
        ids.append(String(id))
      }
      index = close
    }
    return ids
  }
}
