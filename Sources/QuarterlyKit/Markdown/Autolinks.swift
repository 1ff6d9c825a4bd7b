/// Autolinks: `<scheme:...>` and `<user@example.com>`, and (in table cells, as in GFM) bare
/// `http://`, `https://` and `www.` addresses.
enum Autolinks {
  /// The index after the `>` of a URI autolink starting at `start`, if there is one.
  static func uriEnd(_ bytes: [UInt8], from start: Int) -> Int? {
    let count = bytes.count
    var index = start + 1
    guard index < count, Bytes.isLetter(bytes[index]) else { return nil }
    index += 1
    while index < count
      && (Bytes.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "+")
        || bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "-"))
    {
      index += 1
    }
    let schemeLength = index - start - 1
    guard schemeLength >= 2, schemeLength <= 32, index < count, bytes[index] == UInt8(ascii: ":") else {
      return nil
    }
    index += 1
    while index < count {
      let byte = bytes[index]
      if byte == UInt8(ascii: ">") { return index + 1 }
      if byte <= Bytes.space || byte == UInt8(ascii: "<") || byte == 0x7F { return nil }
      index += 1
    }
    return nil
  }

  /// Whether `byte` may appear in the local part of an email autolink besides letters and digits.
  @inline(__always) static func isEmailLocalSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
      UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "/"),
      UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
      UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "-"):
      return true
    default: return false
    }
  }

  /// The index after the `>` of an email autolink starting at `start`, if there is one.
  static func emailEnd(_ bytes: [UInt8], from start: Int) -> Int? {
    let count = bytes.count
    var index = start + 1
    while index < count && (Bytes.isAlphanumeric(bytes[index]) || isEmailLocalSpecial(bytes[index])) {
      index += 1
    }
    guard index > start + 1, index < count, bytes[index] == UInt8(ascii: "@") else { return nil }
    index += 1
    while true {
      let labelStart = index
      while index < count && (Bytes.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-")) {
        index += 1
      }
      let length = index - labelStart
      guard length >= 1, length <= 63, Bytes.isAlphanumeric(bytes[labelStart]),
        Bytes.isAlphanumeric(bytes[index - 1])
      else { return nil }
      guard index < count else { return nil }
      if bytes[index] == UInt8(ascii: ">") { return index + 1 }
      guard bytes[index] == UInt8(ascii: ".") else { return nil }
      index += 1
    }
  }

  /// The end of a bare web address starting at `start` in `bytes` (GFM extended autolinks), if one does.
  static func bareURLEnd(_ bytes: ArraySlice<UInt8>, from start: Int) -> (end: Int, isWWW: Bool)? {
    let end = bytes.endIndex
    var index = start
    var isWWW = false
    if HTMLBlocks.hasPrefix(bytes, at: start, "www.", caseInsensitive: true) {
      isWWW = true
      index += 4
    } else if HTMLBlocks.hasPrefix(bytes, at: start, "https://", caseInsensitive: true) {
      index += 8
    } else if HTMLBlocks.hasPrefix(bytes, at: start, "http://", caseInsensitive: true) {
      index += 7
    } else {
      return nil
    }
    let domainStart = index
    while index < end
      && (Bytes.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-")
        || bytes[index] == UInt8(ascii: "_") || bytes[index] == UInt8(ascii: "."))
    {
      index += 1
    }
    guard index > domainStart else { return nil }
    while index < end && !Bytes.isWhitespace(bytes[index]) && bytes[index] != UInt8(ascii: "<") {
      index += 1
    }
    // Trailing punctuation is not part of the address, nor is an unbalanced closing parenthesis.
    while index > domainStart {
      let last = bytes[index - 1]
      if "?!.,:*_~'\"".utf8.contains(last) {
        index -= 1
      } else if last == UInt8(ascii: ")") {
        let opens = bytes[start..<index].filter { $0 == UInt8(ascii: "(") }.count
        let closes = bytes[start..<index].filter { $0 == UInt8(ascii: ")") }.count
        guard closes > opens else { break }
        index -= 1
      } else {
        break
      }
    }
    return index > domainStart ? (index, isWWW) : nil
  }
}

extension InlineParser {
  /// The end of a bare web address starting at `index` of the subject, read from the raw text so that
  /// `_`, `*`, `&` and `\\` inside it do not cut it short (as on GitHub).
  func bareURLEnd(at index: Int) -> Int? {
    let byte = Bytes.lower(subject[index])
    guard byte == UInt8(ascii: "h") || byte == UInt8(ascii: "w") else { return nil }
    guard
      index == 0 || Bytes.isWhitespace(subject[index - 1]) || "*_~(".utf8.contains(subject[index - 1])
    else { return nil }
    return Autolinks.bareURLEnd(subject[...], from: index)?.end
  }

  /// Turns bare web addresses in the text nodes under `root` (outside links) into links.
  mutating func linkBareURLs(in root: Int) {
    var node = store.nodes[root].firstChild
    while node >= 0 {
      let current = store.nodes[node]
      if current.kind == .text {
        linkBareURLs(inText: node)
      } else if current.firstChild >= 0 && current.kind != .link && current.kind != .image {
        node = current.firstChild
        continue
      }
      node = store.nextInWalk(after: node, within: root)
    }
  }

  private mutating func linkBareURLs(inText node: Int) {
    let start = store.nodes[node].start
    let end = store.nodes[node].end
    var index = start
    while index < end {
      let byte = Bytes.lower(store.text[index])
      guard byte == UInt8(ascii: "h") || byte == UInt8(ascii: "w") else {
        index += 1
        continue
      }
      let atBoundary =
        index == start || Bytes.isWhitespace(store.text[index - 1])
        || "*_~(".utf8.contains(store.text[index - 1])
      if atBoundary,
        let (urlEnd, isWWW) = Autolinks.bareURLEnd(store.text[start..<end], from: index)
      {
        // Split: text before stays in `node`, then the link, then the rest as a new text node.
        let link = store.make(.link)
        let destinationStart = store.text.count
        if isWWW { store.text.append(contentsOf: Array("http://".utf8)) }
        // The destination has character references resolved (`&amp;` is `&`), as on GitHub.
        let address = Array(store.text[index..<urlEnd])
        var byteIndex = 0
        while byteIndex < address.count {
          if address[byteIndex] == UInt8(ascii: "&"),
            let referenceEnd = InlineText.entity(address, at: byteIndex, appendingTo: &store.text)
          {
            byteIndex = referenceEnd
          } else {
            store.text.append(address[byteIndex])
            byteIndex += 1
          }
        }
        store.setTarget(
          of: link, destination: destinationStart..<store.text.count,
          title: store.text.count..<store.text.count)
        store.appendChild(store.make(.text, start: index, end: urlEnd), to: link)
        let rest = store.make(.text, start: urlEnd, end: end)
        store.nodes[node].end = index
        store.insertAfter(node, link)
        store.insertAfter(link, rest)
        return
      }
      index += 1
    }
  }
}
