/// Takes the images out of the email page: the email is documented to have none, and a remote image
/// in a fragment (a tracking pixel) would tell its sender who opened the email and when.
///
/// Each `<img>` becomes its alt text ("image" when it has none), linked to the image's address when
/// that is a web address (`http:` or `https:`) and the image is not already inside a link.
enum EmailImages {
  /// The page with every `<img …>` tag replaced. Attribute values are reused as the page has them,
  /// already escaped.
  static func replace(in html: String) -> String {
    guard
      Bytes.firstIndex(
        of: Array("<img".utf8), in: html.utf8, from: html.utf8.startIndex, ignoringASCIICase: true)
        != nil
    else { return html }
    var out = ""
    out.reserveCapacity(html.utf8.count)
    var linkDepth = 0
    var rest = html[...]
    while let open = rest.firstIndex(of: "<") {
      out += rest[..<open]
      var tagEnd = rest[open...].firstIndex(of: ">").map { rest.index(after: $0) } ?? rest.endIndex
      let name = Self.name(of: rest[open..<tagEnd])
      if name == "img" { tagEnd = Self.end(ofTagAt: open, in: rest) }
      let tag = rest[open..<tagEnd]
      if name == "img" {
        out += Self.replacement(for: tag, insideLink: linkDepth > 0)
      } else {
        if name == "a" { linkDepth += 1 }
        if name == "/a" { linkDepth = max(0, linkDepth - 1) }
        out += tag
      }
      rest = rest[tagEnd...]
    }
    out += rest
    return out
  }

  /// The index after the `>` that ends the tag starting at `start`, skipping quoted attribute values.
  static func end(ofTagAt start: Substring.Index, in text: Substring) -> Substring.Index {
    var quote: Character?
    var index = start
    while index < text.endIndex {
      let character = text[index]
      index = text.index(after: index)
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == ">" {
        return index
      }
    }
    return text.endIndex
  }

  /// The lowercased element name of a tag, with `/` in front for a closing tag.
  static func name(of tag: Substring) -> String {
    var name = ""
    for character in tag.dropFirst() {
      if character == "/" && name.isEmpty {
        name.append("/")
        continue
      }
      guard character.isLetter || character.isNumber else { break }
      name.append(contentsOf: character.lowercased())
    }
    return name
  }

  /// What an image tag becomes: its alt text, linked to its address when that is a web address.
  /// A value that was not escaped (a `'`-quoted attribute may hold `"`, `<` or `>`) is not reused.
  static func replacement(for tag: Substring, insideLink: Bool) -> String {
    func escaped(_ value: String?) -> String? {
      guard let value, !value.isEmpty, !value.contains(where: { $0 == "\"" || $0 == "<" || $0 == ">" })
      else { return nil }
      return value
    }
    let alt = escaped(attribute("alt", in: tag)) ?? "image"
    let source = escaped(attribute("src", in: tag)) ?? ""
    let lowered = source.lowercased()
    guard !insideLink, lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return alt }
    return "<a href=\"\(source)\">\(alt)</a>"
  }

  /// The value of the attribute `name` in a tag (quoted with `"` or `'`), as written.
  static func attribute(_ name: String, in tag: Substring) -> String? {
    var rest = tag.dropFirst()
    while let found = rest.range(of: name + "=", options: .caseInsensitive) {
      let before = rest[..<found.lowerBound].last
      rest = rest[found.upperBound...]
      guard let before, before.isWhitespace, let quote = rest.first, quote == "\"" || quote == "'" else {
        continue
      }
      let value = rest.dropFirst()
      guard let close = value.firstIndex(of: quote) else { return nil }
      return String(value[..<close])
    }
    return nil
  }
}
