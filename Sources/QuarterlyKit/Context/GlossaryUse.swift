/// Which glossary terms parents meet in the newsletter, so that "Words we use" lists those and no
/// others: a term the page never writes is only one more long phrase to read.
///
/// A term is used when it is written as a whole word (as page finishing matches it: no letter, digit,
/// `&`, `-` or `/` just before it, no letter, digit or `-` just after) in the introduction, the
/// newsletter's fragments and figures, the edition's title and area, or the text of a newsletter
/// template (`newsletter…`) or of any partial (`_…`), since templates write words of their own
/// ("SEND partnership").
enum GlossaryUse {
  /// The terms of `glossary` written in any of `texts`, in the glossary's order.
  static func used(_ glossary: [GlossaryTerm], in texts: [String]) -> [GlossaryTerm] {
    let keys = glossary.map { Array($0.term.utf8) }
    let trie = GlossaryTrie<UInt8>(keys)
    var firstBytes = Array(repeating: false, count: 256)
    for key in keys { if let first = key.first { firstBytes[Int(first)] = true } }
    var found = Array(repeating: false, count: glossary.count)
    for text in texts {
      let bytes = Array(text.utf8)
      for index in bytes.indices where firstBytes[Int(bytes[index])] {
        if let match = trie.longestMatch(
          in: bytes, from: index, upTo: bytes.count, accept: { isBoundary(after: $0, in: bytes) }),
          isBoundary(before: index, in: bytes)
        {
          found[match.term] = true
        }
      }
    }
    // Terms with the same text share the trie's first index: each is used when that one is.
    var firstIndex: [String: Int] = [:]
    for (index, term) in glossary.enumerated() where firstIndex[term.term] == nil {
      firstIndex[term.term] = index
    }
    return glossary.filter { term in firstIndex[term.term].map { found[$0] } ?? false }
  }

  /// The texts parents read in the newsletter, from the template data and the templates' own text.
  static func newsletterTexts(data: TemplateObject, templates: [TemplateSource]) -> [String] {
    var texts: [String] = []
    for key in ["introduction", "newsletter", "edition"] {
      if let value = data[key] { collectStrings(value, into: &texts) }
    }
    for source in templates where source.fileName.hasPrefix("newsletter") || source.fileName.hasPrefix("_") {
      texts.append(source.text)
    }
    return texts
  }

  /// Every string inside `value`, depth first.
  private static func collectStrings(_ value: TemplateValue, into texts: inout [String]) {
    switch value {
    case .string(let text): texts.append(text)
    case .list(let items): for item in items { collectStrings(item, into: &texts) }
    case .object(let object): for pair in object.pairs { collectStrings(pair.value, into: &texts) }
    case .null, .bool, .int, .double: break
    }
  }

  /// Whether a term may start at byte `index`: the character before it is no letter, digit, `&`, `-`
  /// or `/`.
  static func isBoundary(before index: Int, in bytes: [UInt8]) -> Bool {
    guard index > 0 else { return true }
    var start = index - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    let scalar = firstScalar(bytes[start..<index])
    return !(isLetterOrNumber(scalar) || scalar == "&" || scalar == "-" || scalar == "/")
  }

  /// Whether a term may end at byte `index`: the character there is no letter, digit or `-`.
  static func isBoundary(after index: Int, in bytes: [UInt8]) -> Bool {
    guard index < bytes.count else { return true }
    var end = index + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    let scalar = firstScalar(bytes[index..<end])
    return !(isLetterOrNumber(scalar) || scalar == "-")
  }

  /// The first character of some UTF-8 (U+FFFD for a stray byte).
  private static func firstScalar(_ bytes: ArraySlice<UInt8>) -> Unicode.Scalar {
    if let first = bytes.first, first < 0x80 { return Unicode.Scalar(first) }
    return String(decoding: bytes, as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
  }

  private static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
  }
}
