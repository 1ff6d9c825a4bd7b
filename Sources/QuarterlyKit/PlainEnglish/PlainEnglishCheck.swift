/// The plain-English checks on a text parents read: long sentences, GOV.UK's words to avoid and
/// abbreviations that are neither in the glossary nor known to everyone. Each finding is a warning
/// at the place in the source file where the sentence or word starts.
struct PlainEnglishCheck {
  /// GOV.UK's advice: no more than 25 words in a sentence (kept with the word counter, in Support).
  static let longestSentence = ProseScanner.longestSentence

  /// The glossary's terms: abbreviations explained on the page.
  var glossary: Set<String>
  /// What the text's front matter silences: check names and particular words or abbreviations, lowercased.
  var ignored: Set<String> = []

  /// Whether a check, or a particular word, has been silenced.
  func isIgnored(_ name: String) -> Bool { ignored.contains(name.lowercased()) }

  /// The warnings for one fragment's body (the introduction is one too).
  func warnings(body: String, path: String, firstLine: Int) -> [Diagnostic] {
    var found: [Diagnostic] = []
    var named: Set<String> = []
    let (checksLength, checksWords, checksAbbreviations) = (
      !isIgnored("long-sentences"), !isIgnored("words-to-avoid"), !isIgnored("abbreviations")
    )
    for sentence in ProseScanner.sentences(in: body, firstLine: firstLine) {
      guard let first = sentence.first else { continue }
      let at = { (word: ProseWord) in SourceLocation(file: path, line: word.line, column: word.column) }
      if sentence.count > Self.longestSentence && checksLength {
        found.append(
          .warning(
            "this sentence has \(sentence.count) words; GOV.UK advises no more than \(Self.longestSentence)",
            at: at(first), hint: "split it into shorter sentences"))
      }
      if checksWords {
        for (index, entry) in Self.avoided(in: sentence) where !isIgnored(entry.words) {
          let shown = sentence[index..<min(sentence.count, index + entry.count)].map(\.text).joined(
            separator: " ")
          found.append(
            .warning(
              "'\(shown)' is on GOV.UK's list of words to avoid", at: at(sentence[index]),
              hint: "instead: \(entry.instead)"))
        }
      }
      if checksAbbreviations {
        for word in sentence {
          guard let abbreviation = Self.abbreviation(word.text), !glossary.contains(abbreviation),
            !WordsToAvoid.everydayAbbreviations.contains(abbreviation), !isIgnored(abbreviation),
            named.insert(abbreviation).inserted
          else { continue }
          found.append(
            .warning(
              "'\(abbreviation)' is an abbreviation that parents may not know", at: at(word),
              hint: "add it to glossary.csv, or write the words out"))
        }
      }
    }
    return found
  }

  /// The abbreviation a word is, if it is one: two or more capital letters and no small ones ("EHC",
  /// "EHCPs" and "SEND's" give "EHC", "EHCP" and "SEND").
  static func abbreviation(_ word: String) -> String? {
    guard let first = word.utf8.first,
      first >= 0x80 || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first)
    else { return nil }
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return asciiAbbreviation(Array(word.utf8)) }
    guard word.unicodeScalars.first?.properties.isUppercase == true else { return nil }
    var text = word
    for ending in ["'s", "’s", "s"] where text.hasSuffix(ending) {
      let stem = String(text.dropLast(ending.count))
      if stem.filter(\.isUppercase).count >= 2 { text = stem }
      break
    }
    let letters = text.filter(\.isLetter)
    guard letters.count >= 2, letters.allSatisfy({ $0.isUppercase }), text.first?.isLetter == true else {
      return nil
    }
    return text
  }

  /// `abbreviation(_:)` for a word all in ASCII, starting with a capital, where a character is a byte:
  /// the same endings taken off, the same letters counted, without a `Character` made.
  static func asciiAbbreviation(_ word: [UInt8]) -> String? {
    let isCapital = { (byte: UInt8) in (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
    var text = word[...]
    let ending =
      word.last != UInt8(ascii: "s") ? 0 : word.dropLast().last == UInt8(ascii: "'") ? 2 : 1
    if ending > 0 && text.dropLast(ending).filter(isCapital).count >= 2 { text = text.dropLast(ending) }
    let letters = text.filter { Bytes.isLetter($0) }
    guard letters.count >= 2, letters.allSatisfy(isCapital) else { return nil }
    return String(decoding: text, as: UTF8.self)
  }

  /// One entry of the list, split into its words.
  struct Entry {
    var words: String
    var instead: String
    var parts: [String]
  }

  /// The entries by the word they start with: every form of a one-word entry, the first word of a phrase.
  static let entriesByFirstWord: [String: [Entry]] = {
    var table: [String: [Entry]] = [:]
    for (words, instead) in WordsToAvoid.list {
      let parts = words.split(separator: " ").map(String.init)
      guard let first = parts.first else { continue }
      let entry = Entry(words: words, instead: instead, parts: parts)
      for key in parts.count == 1 ? forms(of: first) : [first] { table[key, default: []].append(entry) }
    }
    return table
  }()

  /// The words to avoid in a sentence: where each starts, how many words it takes, and the entry.
  static func avoided(in sentence: [ProseWord]) -> [(Int, (words: String, instead: String, count: Int))] {
    let lowered = sentence.map { $0.text.lowercased() }
    var found: [(Int, (words: String, instead: String, count: Int))] = []
    for index in lowered.indices {
      for entry in entriesByFirstWord[lowered[index]] ?? [] {
        let parts = entry.parts
        guard index + parts.count <= lowered.count, let last = parts.last else { continue }
        let middle = parts.indices.dropFirst().dropLast().allSatisfy { lowered[index + $0] == parts[$0] }
        if middle && (parts.count == 1 || isForm(lowered[index + parts.count - 1], of: last)) {
          found.append((index, (entry.words, entry.instead, parts.count)))
        }
      }
    }
    return found
  }

  /// `base` and its usual forms (-s, -es, -ed, -d, -ing, -ment, a final e or y changed).
  static func forms(of base: String) -> [String] {
    var forms = [base, base + "s", base + "es", base + "ed", base + "d", base + "ing", base + "ment"]
    if base.hasSuffix("e") { forms += [String(base.dropLast()) + "ing"] }
    if base.hasSuffix("y") { forms += [String(base.dropLast()) + "ies", String(base.dropLast()) + "ied"] }
    return forms
  }

  /// Whether `word` is `base` or one of its usual forms.
  static func isForm(_ word: String, of base: String) -> Bool { forms(of: base).contains(word) }
}
