/// Reads JSON into any `JSONTree` (the template values): keeps key order, tells integers (`85`) from
/// other numbers (`1.21`), and reports errors with the line and column in the JSON file.
public enum JSONReader {
  /// Nesting deeper than this is refused rather than risk the stack.
  static let maximumDepth = 256

  /// Parses `text` into a `Tree`; on an error appends a diagnostic at `file:line:column` and returns nil.
  public static func parse<Tree: JSONTree>(
    _ text: String, as tree: Tree.Type, file: String, diagnostics: inout Diagnostics
  ) -> Tree? {
    var reader = Reader<Tree>(bytes: Array(text.utf8), file: file)
    do {
      reader.skipSpace()
      let value = try reader.value(depth: 0)
      reader.skipSpace()
      guard reader.index == reader.bytes.count else {
        throw reader.failure("unexpected text after the JSON value")
      }
      return value
    } catch let diagnostic as Diagnostic {
      diagnostics.append(diagnostic)
      return nil
    } catch {
      diagnostics.error("\(error)", at: SourceLocation(file: file))
      return nil
    }
  }

  /// The parser's place in the bytes, building a `Tree`.
  private struct Reader<Tree: JSONTree> {
    let bytes: [UInt8]
    let file: String
    var index = 0

    init(bytes: [UInt8], file: String) {
      self.bytes = bytes
      self.file = file
    }

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    func failure(_ message: String, at offset: Int? = nil) -> Diagnostic {
      let (line, column) = SourceText.position(ofByte: offset ?? index, in: bytes)
      return .error("JSON: \(message)", at: SourceLocation(file: file, line: line, column: column))
    }

    mutating func skipSpace() {
      while let byte = current,
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
          || byte == UInt8(ascii: "\r")
      {
        index += 1
      }
    }

    mutating func value(depth: Int) throws -> Tree {
      guard depth < JSONReader.maximumDepth else {
        throw failure("nested more than \(JSONReader.maximumDepth) deep")
      }
      guard let byte = current else { throw failure("expected a value, found the end of the file") }
      switch byte {
      case UInt8(ascii: "{"): return try object(depth: depth)
      case UInt8(ascii: "["): return try list(depth: depth)
      case UInt8(ascii: "\""): return Tree(jsonNode: .string(try string()))
      case UInt8(ascii: "t"): return try word("true", Tree(jsonNode: .bool(true)))
      case UInt8(ascii: "f"): return try word("false", Tree(jsonNode: .bool(false)))
      case UInt8(ascii: "n"): return try word("null", Tree(jsonNode: .null))
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
      default: throw failure("expected a value")
      }
    }

    mutating func word(_ word: String, _ value: Tree) throws -> Tree {
      let utf8 = Array(word.utf8)
      guard index + utf8.count <= bytes.count, Array(bytes[index..<(index + utf8.count)]) == utf8 else {
        throw failure("expected a value")
      }
      index += utf8.count
      return value
    }

    /// Reads an object's key-value pairs, in order; a key given twice is an error at the second.
    mutating func object(depth: Int) throws -> Tree {
      var pairs: [(key: String, value: Tree)] = []
      var keys: Set<String> = []
      try members(close: UInt8(ascii: "}"), of: "object") { reader in
        guard reader.current == UInt8(ascii: "\"") else {
          throw reader.failure("expected a key in double quotes")
        }
        let keyStart = reader.index
        let key = try reader.string()
        guard keys.insert(key).inserted else { throw reader.failure("duplicate key '\(key)'", at: keyStart) }
        reader.skipSpace()
        guard reader.current == UInt8(ascii: ":") else {
          throw reader.failure("expected ':' after the key '\(key)'")
        }
        reader.index += 1
        reader.skipSpace()
        pairs.append((key, try reader.value(depth: depth + 1)))
      }
      return Tree(jsonNode: .object(pairs))
    }

    /// Reads a list's items.
    mutating func list(depth: Int) throws -> Tree {
      var items: [Tree] = []
      try members(close: UInt8(ascii: "]"), of: "list") { reader in
        items.append(try reader.value(depth: depth + 1))
      }
      return Tree(jsonNode: .list(items))
    }

    /// Reads the members of a list or an object (`what`), from its opening bracket to `close`: each
    /// with `member`, separated by commas.
    mutating func members(close: UInt8, of what: String, _ member: (inout Reader) throws -> Void) throws {
      index += 1
      skipSpace()
      if current == close {
        index += 1
        return
      }
      while true {
        skipSpace()
        try member(&self)
        skipSpace()
        switch current {
        case UInt8(ascii: ","): index += 1
        case close:
          index += 1
          return
        default: throw failure("expected ',' or '\(Character(Unicode.Scalar(close)))' in the \(what)")
        }
      }
    }

    mutating func string() throws -> String {
      let start = index
      index += 1
      var buffer: [UInt8] = []
      while true {
        guard let byte = current else { throw failure("unterminated string", at: start) }
        index += 1
        switch byte {
        case UInt8(ascii: "\""):
          return String(decoding: buffer, as: UTF8.self)
        case UInt8(ascii: "\\"):
          guard let escape = current else { throw failure("unterminated string", at: start) }
          index += 1
          switch escape {
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escape)
          case UInt8(ascii: "b"): buffer.append(8)
          case UInt8(ascii: "f"): buffer.append(12)
          case UInt8(ascii: "n"): buffer.append(10)
          case UInt8(ascii: "r"): buffer.append(13)
          case UInt8(ascii: "t"): buffer.append(9)
          case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800..<0xDC00).contains(scalar) {
              guard current == UInt8(ascii: "\\"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "u")
              else { throw failure("lone surrogate in \\u escape") }
              index += 2
              let low = try hex4()
              guard (0xDC00..<0xE000).contains(low) else { throw failure("bad surrogate pair in \\u escape") }
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard Unicode.Scalar(scalar) != nil else { throw failure("bad \\u escape") }
            Bytes.appendScalar(scalar, to: &buffer)
          default:
            throw failure("unknown escape '\\\(Character(Unicode.Scalar(escape)))'", at: index - 2)
          }
        case 0..<0x20:
          throw failure("control character in a string (write \\n, \\t …)", at: index - 1)
        default:
          buffer.append(byte)
        }
      }
    }

    mutating func hex4() throws -> UInt32 {
      var value: UInt32 = 0
      for _ in 0..<4 {
        guard let byte = current, Bytes.isHexDigit(byte) else {
          throw failure("expected 4 hex digits after \\u")
        }
        value = value * 16 + Bytes.hexValue(byte)
        index += 1
      }
      return value
    }

    mutating func number() throws -> Tree {
      let start = index
      var isInteger = true
      if current == UInt8(ascii: "-") { index += 1 }
      guard let first = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
        throw failure("expected a digit")
      }
      if first == UInt8(ascii: "0") {
        index += 1
      } else {
        skipDigits()
      }
      if current == UInt8(ascii: ".") {
        isInteger = false
        index += 1
        guard skipDigits() > 0 else { throw failure("expected a digit after '.'") }
      }
      if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
        isInteger = false
        index += 1
        if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
        guard skipDigits() > 0 else { throw failure("expected a digit in the exponent") }
      }
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      if isInteger, let integer = Int(text) { return Tree(jsonNode: .int(integer)) }
      guard let double = Double(text) else { throw failure("bad number '\(text)'", at: start) }
      return Tree(jsonNode: .double(double))
    }

    @discardableResult
    mutating func skipDigits() -> Int {
      let start = index
      while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
      return index - start
    }
  }
}
