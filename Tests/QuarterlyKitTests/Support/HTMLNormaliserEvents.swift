@testable import QuarterlyKit

extension HTMLNormaliser {
  /// Reads a start tag with its attributes; returns the index after its `>`.
  mutating func startTag(_ text: [Unicode.Scalar], from start: Int) -> Int {
    var index = start + 1
    func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
    while index < text.count && !isSpace(text[index]) && text[index] != ">" && text[index] != "/" {
      index += 1
    }
    let name = Self.string(text[(start + 1)..<index]).lowercased()
    var attributes: [(String, String?)] = []
    var selfClosing = false
    while index < text.count {
      while index < text.count && isSpace(text[index]) { index += 1 }
      guard index < text.count else { break }
      if text[index] == ">" {
        index += 1
        break
      }
      if text[index] == "/" {
        if index + 1 < text.count && text[index + 1] == ">" {
          selfClosing = true
          index += 2
          break
        }
        index += 1
        continue
      }
      let nameStart = index
      while index < text.count && !isSpace(text[index]) && !"/=>".unicodeScalars.contains(text[index]) {
        index += 1
      }
      let attributeName = Self.string(text[nameStart..<index]).lowercased()
      var probe = index
      while probe < text.count && isSpace(text[probe]) { probe += 1 }
      guard probe < text.count, text[probe] == "=" else {
        attributes.append((attributeName, nil))
        continue
      }
      probe += 1
      while probe < text.count && isSpace(text[probe]) { probe += 1 }
      var value: [Unicode.Scalar] = []
      if probe < text.count && (text[probe] == "\"" || text[probe] == "'") {
        let quote = text[probe]
        probe += 1
        while probe < text.count && text[probe] != quote {
          value.append(text[probe])
          probe += 1
        }
        probe += 1
      } else {
        while probe < text.count && !isSpace(text[probe]) && text[probe] != ">" {
          value.append(text[probe])
          probe += 1
        }
      }
      attributes.append((attributeName, Self.resolveReferences(value)))
      index = probe
    }
    if name == "pre" { inPre = true }
    if Self.blockTags.contains(name) { rstrip() }
    out += "<" + name
    for (key, value) in attributes.sorted(by: { ($0.0, $0.1 ?? "") < ($1.0, $1.1 ?? "") }) {
      out += " " + key
      if let value { out += "=\"" + Self.escape(value) + "\"" }
    }
    out += ">"
    lastTag = name
    last = selfClosing ? .endTag : .startTag
    return index
  }

  mutating func endTag(_ name: String) {
    if name == "pre" {
      inPre = false
    } else if Self.blockTags.contains(name) {
      rstrip()
    }
    out += "</" + name + ">"
    lastTag = name
    last = .endTag
  }

  mutating func rstrip() {
    while let last = out.unicodeScalars.last, last.properties.isWhitespace { out.unicodeScalars.removeLast() }
  }

  static func escape(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#x27;"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  /// Character references in `text` resolved (for attribute values).
  static func resolveReferences(_ text: [Unicode.Scalar]) -> String {
    var bytes: [UInt8] = []
    InlineText.appendUnescaped(Array(string(text[...]).utf8)[...], to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes pending text: data runs, and character references as the characters they stand for.
  mutating func flushText(_ pending: inout [Unicode.Scalar]) {
    guard !pending.isEmpty else { return }
    let bytes = Array(Self.string(pending[...]).utf8)
    pending.removeAll()
    var runStart = 0
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "&"), let (end, value) = InlineText.entity(bytes, at: index),
        bytes[end - 1] == UInt8(ascii: ";")
      {
        if runStart < index { data(String(decoding: bytes[runStart..<index], as: UTF8.self)) }
        let character = String(decoding: value, as: UTF8.self)
        switch character {
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "&": out += "&amp;"
        case "\"": out += "&quot;"
        default: out += character
        }
        last = .reference
        index = end
        runStart = end
      } else {
        index += 1
      }
    }
    if runStart < bytes.count { data(String(decoding: bytes[runStart...], as: UTF8.self)) }
  }

  mutating func data(_ text: String) {
    var text = text
    let afterTag = last == .startTag || last == .endTag
    let afterBlock = afterTag && Self.blockTags.contains(lastTag)
    if afterTag && lastTag == "br" {
      while text.hasPrefix("\n") { text.removeFirst() }
    }
    if !inPre {
      var collapsed = ""
      var inSpace = false
      for scalar in text.unicodeScalars {
        if scalar.properties.isWhitespace {
          if !inSpace { collapsed += " " }
          inSpace = true
        } else {
          collapsed.unicodeScalars.append(scalar)
          inSpace = false
        }
      }
      text = collapsed
      if afterBlock {
        while let first = text.unicodeScalars.first, first.properties.isWhitespace {
          text.unicodeScalars.removeFirst()
        }
        if last == .endTag {
          while let end = text.unicodeScalars.last, end.properties.isWhitespace {
            text.unicodeScalars.removeLast()
          }
        }
      }
    }
    out += text
    last = .data
  }
}
