@testable import QuarterlyKit

/// `Abbreviations.apply(to:)` walking `Character`s: the plain version that shipped beside the walk over
/// bytes until issue 16, kept as the oracle that the walk must equal on every page.
///
/// Two changes from the shipped version, where the walk's behaviour is the better one for users:
/// - markup is split and named by code points, as a browser reads it: a ">" followed by a combining
///   mark still ends a tag;
/// - characters are compared by their code points (`Spelling`), not by canonical equivalence: a term is
///   found where it is spelt as in the glossary (a precomposed "é" is not "e" + combining accent, the
///   Kelvin sign is not "K").
///
/// The rest is as it was: the text between tags is walked by characters, so a term never starts or ends
/// inside a grapheme cluster, and the characters around it decide whether it is a whole word.
enum AbbreviationsOracle {
  /// A character by its code points: equal only when spelt the same.
  struct Spelling: Hashable {
    let scalars: [Unicode.Scalar]
    init(_ character: Character) { scalars = Array(character.unicodeScalars) }
  }

  /// The page with glossary terms expanded or wrapped.
  static func apply(_ abbreviations: Abbreviations, to html: String) -> String {
    let terms = abbreviations.terms
    guard !terms.isEmpty else { return html }
    let trie = GlossaryTrie(terms.map { $0.term.map(Spelling.init) })
    let untouched = Set(Abbreviations.untouchedNames)
    let wrapOnly = Set(Abbreviations.wrapOnlyNames)
    let scalars = Array(html.unicodeScalars)
    var expanded: Set<String> = []
    var out = ""
    var untouchedDepth = 0
    var wrapDepth = 0
    var index = 0
    while index < scalars.count {
      if scalars[index] == "<" {
        let close = scalars[index...].firstIndex(of: ">") ?? scalars.count - 1
        let tag = scalars[index...close]
        out.unicodeScalars.append(contentsOf: tag)
        let (name, closing, selfClosing) = describe(tag)
        if !selfClosing {
          let delta = closing ? -1 : 1
          if untouched.contains(name) { untouchedDepth = max(0, untouchedDepth + delta) }
          if wrapOnly.contains(name) { wrapDepth = max(0, wrapDepth + delta) }
        }
        index = close + 1
        continue
      }
      let end = scalars[index...].firstIndex(of: "<") ?? scalars.count
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars[index..<end])
      if untouchedDepth > 0 {
        out += text
      } else {
        out += transform(
          Array(text), terms: terms, trie: trie, wrapOnly: wrapDepth > 0, expanded: &expanded)
      }
      index = end
    }
    return out
  }

  /// The element name of a tag, and whether it closes or closes itself.
  static func describe(_ tag: ArraySlice<Unicode.Scalar>) -> (String, Bool, Bool) {
    var body = tag.dropFirst()
    let closing = body.first == "/"
    if closing { body = body.dropFirst() }
    if body.first == "!" || body.first == "?" { return ("", false, true) }
    var name = ""
    name.unicodeScalars.append(
      contentsOf: body.prefix { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    name = name.lowercased()
    let voids = Set(Abbreviations.voidNames)
    return (name, closing, tag.suffix(2).elementsEqual(["/", ">"]) || voids.contains(name))
  }

  /// The text between two tags, as characters, with its terms expanded or wrapped.
  private static func transform(
    _ text: [Character], terms: [GlossaryTerm], trie: GlossaryTrie<Spelling>, wrapOnly: Bool,
    expanded: inout Set<String>
  ) -> String {
    let spellings = text.map(Spelling.init)
    var out = ""
    var index = 0
    while index < text.count {
      if isBoundary(before: index, in: text),
        let (found, after) = trie.longestMatch(
          in: spellings, from: index, upTo: text.count, accept: { isBoundary(at: $0, in: text) })
      {
        let term = terms[found]
        let title = Escaping.html(term.meaning)
        let abbr = "<abbr title=\"\(title)\">\(Escaping.html(term.term))</abbr>"
        let alreadyWritten =
          index > 0 && text[index - 1] == "("
          && collapsedEnds(
            text[..<(index - 1)],
            with: Array(title.collapsingWhitespace(.lineFeeds, keepingTrailingSpace: true) + " "))
        if wrapOnly || expanded.contains(term.term) || alreadyWritten {
          out += abbr
          if alreadyWritten { expanded.insert(term.term) }
        } else {
          out += "\(title) (\(abbr))"
          expanded.insert(term.term)
        }
        index = after
        continue
      }
      out.append(text[index])
      index += 1
    }
    return out
  }

  /// Whether `text` with its white space collapsed (spaces, tabs, carriage returns and line feeds, each
  /// a character of its own; a leading run dropped, a trailing one kept) ends with `suffix`, ASCII
  /// letters compared without case.
  static func collapsedEnds(_ text: ArraySlice<Character>, with suffix: [Character]) -> Bool {
    func isSpace(_ character: Character) -> Bool {
      character == " " || character == "\n" || character == "\t" || character == "\r"
    }
    var wanted = suffix.count
    var position = text.endIndex
    var emittedText = false
    while wanted > 0, position > text.startIndex {
      let character = text[position - 1]
      let expected = suffix[wanted - 1]
      if isSpace(character) {
        var runStart = position - 1
        while runStart > text.startIndex, isSpace(text[runStart - 1]) { runStart -= 1 }
        position = runStart
        // A leading run of spaces is dropped unless the text is nothing but spaces.
        if runStart == text.startIndex && emittedText { return false }
        guard expected == " " else { return false }
      } else {
        guard sameIgnoringASCIICase(expected, character) else { return false }
        emittedText = true
        position -= 1
      }
      wanted -= 1
    }
    return wanted == 0
  }

  /// Whether two characters are spelt the same once ASCII letters are lowercased.
  static func sameIgnoringASCIICase(_ one: Character, _ other: Character) -> Bool {
    guard Spelling(one) != Spelling(other) else { return true }
    guard one.utf8.count == 1, other.utf8.count == 1, let a = one.asciiValue, let b = other.asciiValue
    else { return false }
    return Bytes.lower(a) == Bytes.lower(b)
  }

  /// Whether a word may start at `index`: the character before is no letter, number, "&", "-" or "/".
  private static func isBoundary(before index: Int, in text: [Character]) -> Bool {
    guard index > 0 else { return true }
    let previous = text[index - 1]
    return !(previous.isLetter || previous.isNumber || previous == "&" || previous == "-" || previous == "/")
  }

  /// Whether a word may end at `index`: the character there is no letter, number or "-".
  private static func isBoundary(at index: Int, in text: [Character]) -> Bool {
    guard index < text.count else { return true }
    let next = text[index]
    return !(next.isLetter || next.isNumber || next == "-")
  }
}
