/// A small, strict XML reader for the parts of a workbook: elements with namespaces, attributes, the
/// five predefined entities and numeric character references, CDATA sections, comments and processing
/// instructions. There is no DTD support at all: a `<!DOCTYPE` is an error, so no entity can be
/// declared and nothing external is ever fetched. Only UTF-8 documents are read.
struct XMLReader {
  /// Why the document is not well-formed (or uses what this reader refuses), with its line.
  struct Failure: Error, Equatable {
    var reason: String
    var line: Int
  }

  private let bytes: [UInt8]
  private var index = 0
  /// Open elements' namespace-declaration counts, innermost last.
  private var openDeclarations: [Int] = []
  /// In-scope prefix bindings, innermost last (the default namespace has the empty prefix).
  private var bindings = [XMLBinding(prefix: "xml", uri: XMLNamespace.xml)]
  /// Open elements' qualified names, to check each end tag.
  private var openNames: [ArraySlice<UInt8>] = []
  private var pendingEnd = false
  private var seenRoot = false
  /// The deepest nesting accepted.
  static let maximumDepth = 256

  /// Prepares to read `bytes`; fails on a byte-order mark or declaration naming another encoding.
  init(bytes: [UInt8]) throws(Failure) {
    self.bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw Failure(reason: "the XML is in UTF-16; only UTF-8 is read", line: 1)
    }
    if let encoding = XMLSyntax.declaredEncoding(bytes[index...]),
      !["utf-8", "utf8"].contains(encoding.lowercased())
    {
      throw Failure(reason: "the XML declares the encoding '\(encoding)'; only UTF-8 is read", line: 1)
    }
  }

  /// A failure at the current line.
  private func failure(_ reason: String) -> Failure {
    var line = 1
    for byte in bytes[..<min(index, bytes.count)] where byte == 0x0A { line += 1 }
    return Failure(reason: reason, line: line)
  }

  /// The line the reader has reached (for errors found by its callers).
  var line: Int { failure("").line }

  /// The byte at `offset`, or nil past the end.
  private func byte(at offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

  /// Whether the bytes at `index` are `text`.
  private func starts(with text: StaticString) -> Bool {
    let count = text.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    let pointer = text.utf8Start
    for offset in 0..<count where bytes[index + offset] != pointer[offset] { return false }
    return true
  }

  /// Moves past white space.
  private mutating func skipSpaces() {
    while let byte = byte(at: index), XMLSyntax.isSpace(byte) { index += 1 }
  }

  /// The next event; nil at the end of the document (which must have closed its root element).
  mutating func next() throws(Failure) -> XMLEvent? {
    if pendingEnd {
      pendingEnd = false
      return try closeElement()
    }
    while index < bytes.count {
      if bytes[index] != UInt8(ascii: "<") {
        let text = try readText()
        if openNames.isEmpty {
          guard text.utf8.allSatisfy(XMLSyntax.isSpace) else {
            throw failure("text outside the root element")
          }
          continue
        }
        return .text(text)
      }
      if starts(with: "<?") {
        try skip(past: "?>", what: "processing instruction")
      } else if starts(with: "<!--") {
        try skip(past: "-->", what: "comment")
      } else if starts(with: "<![CDATA[") {
        guard !openNames.isEmpty else { throw failure("a CDATA section outside the root element") }
        index += 9
        let start = index
        try skip(past: "]]>", what: "CDATA section")
        return .text(try string(XMLSyntax.normalisingLineEnds(bytes[start..<(index - 3)])))
      } else if starts(with: "<!") {
        throw failure("a DTD or declaration (<!…>) is not allowed in a workbook part")
      } else if starts(with: "</") {
        return try readEndTag()
      } else {
        return try readStartTag()
      }
    }
    guard seenRoot, openNames.isEmpty else { throw failure("the XML ends before its root element is closed") }
    return nil
  }

  /// Moves past the next `terminator`; a failure naming `what` when there is none.
  private mutating func skip(past terminator: StaticString, what: String) throws(Failure) {
    while index < bytes.count {
      if starts(with: terminator) {
        index += terminator.utf8CodeUnitCount
        return
      }
      index += 1
    }
    throw failure("a \(what) is never closed")
  }

  /// Character data up to the next `<`, with references replaced.
  private mutating func readText() throws(Failure) -> String {
    // Most text is ASCII with no reference and no CR: it is taken as it is.
    var end = index
    while end < bytes.count, bytes[end] != UInt8(ascii: "<"), bytes[end] != UInt8(ascii: "&"),
      bytes[end] != 0x0D, bytes[end] < 0x80
    {
      end += 1
    }
    if end == bytes.count || bytes[end] == UInt8(ascii: "<") {
      defer { index = end }
      return String(decoding: bytes[index..<end], as: UTF8.self)
    }
    var content: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<") { break }
      if byte == UInt8(ascii: "&") {
        try appendReference(to: &content)
        continue
      }
      if byte == 0x0D {
        content.append(0x0A)
        index += 1
        if self.byte(at: index) == 0x0A { index += 1 }
        continue
      }
      content.append(byte)
      index += 1
    }
    return try string(content[...])
  }

  /// The bytes as a string; a failure when they are not UTF-8.
  private func string(_ content: ArraySlice<UInt8>) throws(Failure) -> String {
    guard let text = String(validating: content, as: UTF8.self) else {
      throw failure("the XML is not valid UTF-8")
    }
    return text
  }

  /// Replaces `&…;` at `index`: the five predefined entities and `&#N;` / `&#xH;`.
  private mutating func appendReference(to content: inout [UInt8]) throws(Failure) {
    guard let semicolon = bytes[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
      throw failure("an '&' that does not start an entity or character reference")
    }
    let name = bytes[(index + 1)..<semicolon]
    index = semicolon + 1
    switch String(decoding: name, as: UTF8.self) {
    case "lt": content.append(UInt8(ascii: "<"))
    case "gt": content.append(UInt8(ascii: ">"))
    case "amp": content.append(UInt8(ascii: "&"))
    case "quot": content.append(UInt8(ascii: "\""))
    case "apos": content.append(UInt8(ascii: "'"))
    case let reference where reference.hasPrefix("#"):
      let digits = reference.dropFirst()
      let value =
        digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      guard let value, let scalar = Unicode.Scalar(value), XMLSyntax.isCharacter(value) else {
        throw failure("'&\(reference);' is not a character XML allows")
      }
      content.append(contentsOf: String(Character(scalar)).utf8)
    case let other:
      throw failure("the entity '&\(other);' is not one of XML's five; no others are defined here")
    }
  }

  /// A name: up to a space, `/`, `>` or `=`.
  private mutating func readName() throws(Failure) -> ArraySlice<UInt8> {
    let start = index
    while let byte = byte(at: index), !XMLSyntax.isSpace(byte), byte != UInt8(ascii: "/"),
      byte != UInt8(ascii: ">"),
      byte != UInt8(ascii: "="), byte != UInt8(ascii: "<")
    {
      index += 1
    }
    let name = bytes[start..<index]
    guard let first = name.first, !(0x30...0x39).contains(first), first != UInt8(ascii: "-"),
      first != UInt8(ascii: "."), first != UInt8(ascii: ":")
    else { throw failure("a tag or attribute has no valid name") }
    return name
  }

  /// The namespace URI bound to `prefix` in the current scope.
  private func namespace(of prefix: String) throws(Failure) -> String {
    var position = bindings.count - 1
    while position >= 0 {
      if bindings[position].prefix == prefix { return bindings[position].uri }
      position -= 1
    }
    if prefix.isEmpty { return "" }
    throw failure("the prefix '\(prefix)' is used without being declared")
  }

  /// A start tag or empty-element tag, with its attributes and namespace declarations.
  private mutating func readStartTag() throws(Failure) -> XMLEvent {
    if seenRoot && openNames.isEmpty { throw failure("a second root element") }
    guard openNames.count < Self.maximumDepth else { throw failure("the elements nest too deeply") }
    index += 1
    let qualified = try readName()
    // Attributes keep their prefix in `namespace` until the tag's own declarations are all read.
    var attributes: [XMLAttribute] = []
    var hasPrefixedAttribute = false
    var declarations = 0
    var isEmpty = false
    while true {
      let hadSpace = byte(at: index).map(XMLSyntax.isSpace) ?? false
      skipSpaces()
      guard let byte = byte(at: index) else { throw failure("a start tag is never closed") }
      if byte == UInt8(ascii: ">") {
        index += 1
        break
      }
      if byte == UInt8(ascii: "/") {
        guard self.byte(at: index + 1) == UInt8(ascii: ">") else { throw failure("a '/' inside a start tag") }
        index += 2
        isEmpty = true
        break
      }
      guard hadSpace else { throw failure("attributes must be separated by spaces") }
      let name = try readName()
      skipSpaces()
      guard self.byte(at: index) == UInt8(ascii: "=") else {
        throw failure("an attribute has no '=' and value")
      }
      index += 1
      skipSpaces()
      let value = try readAttributeValue()
      let (prefix, local) = XMLSyntax.split(name)
      if prefix == "xmlns" || (prefix.isEmpty && local == "xmlns") {
        let declared = prefix.isEmpty ? "" : local
        guard !bindings.suffix(declarations).contains(where: { $0.prefix == declared }) else {
          throw failure("an attribute is given twice")
        }
        bindings.append(XMLBinding(prefix: declared, uri: value))
        declarations += 1
        continue
      }
      guard !attributes.contains(where: { $0.name == local && $0.namespace == prefix }) else {
        throw failure("an attribute is given twice")
      }
      hasPrefixedAttribute = hasPrefixedAttribute || !prefix.isEmpty
      attributes.append(XMLAttribute(namespace: prefix, name: local, value: value))
    }
    let (prefix, local) = XMLSyntax.split(qualified)
    if hasPrefixedAttribute {
      for position in attributes.indices where !attributes[position].namespace.isEmpty {
        attributes[position].namespace = try namespace(of: attributes[position].namespace)
      }
    }
    let element = XMLElement(namespace: try namespace(of: prefix), name: local, attributes: attributes)
    openNames.append(qualified)
    openDeclarations.append(declarations)
    seenRoot = true
    pendingEnd = isEmpty
    return .start(element)
  }

  /// A quoted attribute value; references replaced, spaces, tabs and line ends each become one space.
  private mutating func readAttributeValue() throws(Failure) -> String {
    guard let quote = byte(at: index), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
      throw failure("an attribute value is not in quotes")
    }
    index += 1
    // Most values are ASCII with no reference, no line end and no tab: they are taken as they are.
    var end = index
    while end < bytes.count, bytes[end] != quote, bytes[end] >= 0x20, bytes[end] < 0x80,
      bytes[end] != UInt8(ascii: "&"), bytes[end] != UInt8(ascii: "<")
    {
      end += 1
    }
    if end < bytes.count, bytes[end] == quote {
      defer { index = end + 1 }
      return String(decoding: bytes[index..<end], as: UTF8.self)
    }
    var content: [UInt8] = []
    while true {
      guard let byte = byte(at: index) else { throw failure("an attribute value is never closed") }
      if byte == quote {
        index += 1
        break
      }
      if byte == UInt8(ascii: "<") { throw failure("a '<' inside an attribute value") }
      if byte == UInt8(ascii: "&") {
        try appendReference(to: &content)
        continue
      }
      if byte == 0x0D && self.byte(at: index + 1) == 0x0A { index += 1 }
      content.append(XMLSyntax.isSpace(byte) ? 0x20 : byte)
      index += 1
    }
    return try string(content[...])
  }

  /// An end tag, which must close the innermost open element.
  private mutating func readEndTag() throws(Failure) -> XMLEvent {
    index += 2
    let name = try readName()
    skipSpaces()
    guard byte(at: index) == UInt8(ascii: ">") else { throw failure("an end tag is not closed with '>'") }
    index += 1
    guard let open = openNames.last, open == name else {
      throw failure("the end tag </\(String(decoding: name, as: UTF8.self))> does not match the open element")
    }
    return try closeElement()
  }

  /// Closes the innermost element and drops its namespace declarations.
  private mutating func closeElement() throws(Failure) -> XMLEvent {
    openNames.removeLast()
    let declarations = openDeclarations.popLast() ?? 0
    bindings.removeLast(min(declarations, bindings.count - 1))
    return .end
  }
}
