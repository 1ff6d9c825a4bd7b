@testable import QuarterlyKit

/// The HTML normalisation of the conformance runner (`run_spec.py`, itself modelled on the CommonMark
/// spec's `normalize.py`), ported for the tests: whitespace collapsed outside `<pre>`, whitespace next to
/// block tags dropped, a newline after `<br>` dropped, attributes sorted and re-escaped, character
/// references resolved (except `< > & "`), CDATA kept verbatim, a lone `<` with no later `>` dropped.
struct HTMLNormaliser {
  static let blockTags: Set<String> = Set(
    """
    article header aside hgroup blockquote hr iframe body li map button object canvas ol caption output col p
    colgroup pre dd progress div section dl table td dt tbody embed textarea fieldset tfoot figcaption th
    figure thead footer tr form ul h1 h2 h3 h4 h5 h6 video script style
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  enum Event { case startTag, endTag, data, comment, declaration, instruction, reference }

  var out = ""
  var last = Event.startTag
  var lastTag = ""
  var inPre = false

  /// Normalises `html` for comparison.
  static func normalise(_ html: String) -> String {
    var normaliser = HTMLNormaliser()
    normaliser.run(Array(html.unicodeScalars))
    return normaliser.out
  }

  static func find(_ needle: String, in text: [Unicode.Scalar], from start: Int) -> Int? {
    let pattern = Array(needle.unicodeScalars)
    guard pattern.count <= text.count else { return nil }
    var index = start
    while index + pattern.count <= text.count {
      if Array(text[index..<(index + pattern.count)]) == pattern { return index }
      index += 1
    }
    return nil
  }

  static func starts(_ text: [Unicode.Scalar], _ prefix: String, at index: Int) -> Bool {
    let pattern = Array(prefix.unicodeScalars)
    guard index + pattern.count <= text.count else { return false }
    return Array(text[index..<(index + pattern.count)]) == pattern
  }

  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars)
    return text
  }

  mutating func run(_ text: [Unicode.Scalar]) {
    var index = 0
    var pendingData: [Unicode.Scalar] = []
    func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic && scalar.isASCII }
    while index < text.count {
      let scalar = text[index]
      guard scalar == "<" else {
        pendingData.append(scalar)
        index += 1
        continue
      }
      if Self.starts(text, "<![CDATA[", at: index), let end = Self.find("]]>", in: text, from: index) {
        flushText(&pendingData)
        out += Self.string(text[index..<(end + 3)])
        index = end + 3
        continue
      }
      guard let close = Self.find(">", in: text, from: index) else {
        flushText(&pendingData)
        index += 1  // a lone `<` with no later `>` is dropped
        continue
      }
      let next = index + 1 < text.count ? text[index + 1] : " "
      if Self.starts(text, "<!--", at: index), let end = Self.find("-->", in: text, from: index + 4) {
        flushText(&pendingData)
        out += "<!--" + Self.string(text[(index + 4)..<end]) + "-->"
        last = .comment
        index = end + 3
      } else if next == "!" {
        flushText(&pendingData)
        out += "<!" + Self.string(text[(index + 2)..<close]) + ">"
        last = .declaration
        index = close + 1
      } else if next == "?" {
        flushText(&pendingData)
        out += "<?" + Self.string(text[(index + 2)..<close]) + ">"
        last = .instruction
        index = close + 1
      } else if next == "/" && index + 2 < text.count && isLetter(text[index + 2]) {
        flushText(&pendingData)
        var nameEnd = index + 2
        while nameEnd < close && !text[nameEnd].properties.isWhitespace && text[nameEnd] != "/" {
          nameEnd += 1
        }
        endTag(Self.string(text[(index + 2)..<nameEnd]).lowercased())
        index = close + 1
      } else if isLetter(next) {
        flushText(&pendingData)
        index = startTag(text, from: index)
      } else {
        pendingData.append(scalar)
        index += 1
      }
    }
    flushText(&pendingData)
  }
}
