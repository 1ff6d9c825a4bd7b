/// Counts the syllables of a word the way `textstat` 0.7.8 does closely enough for a reading age: by
/// groups of vowels, with the common English exceptions (a silent final e, "-ed" and "-es" that add no
/// syllable, vowel pairs that are said as two, "-ism"). `textstat` looks words up in the CMU
/// pronouncing dictionary, which is too large to ship; on the sample and seed texts these rules give a
/// Flesch–Kincaid grade within half a year of it. Words are handled as their ASCII letters, lowercased.
enum Syllables {
  /// The syllables in one word; a word with no letter (a number) counts one, as `textstat` counts it.
  static func count(_ word: String) -> Int {
    count(letters: word.lowercased().utf8.filter { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
  }

  /// Words of one vowel group said as two.
  static let saidAsTwo: [StaticString] = ["our", "ours", "hour", "hours"]

  /// The syllables in a word given as its lowercase letters a to z.
  static func count(letters: [UInt8]) -> Int {
    guard !letters.isEmpty else { return 1 }
    let word = Letters(bytes: letters)
    var count = word.vowelGroups
    if count > 1 && word.hasSilentEnding { count -= 1 }
    count += word.vowelPairsSaidApart
    if letters.count <= 5 && Self.saidAsTwo.contains(where: { word.has($0, at: 0, last: true) }) {
      count += 1
    }
    return max(1, count)
  }
}

/// A word's lowercase letters, with the tests the syllable rules make on them.
private struct Letters {
  var bytes: [UInt8]

  /// The letter at `index`, or 0 outside the word.
  func at(_ index: Int) -> UInt8 { bytes.indices.contains(index) ? bytes[index] : 0 }

  /// Whether `text` is at `index` (and, with `last`, ends the word). The texts are literals, compared
  /// byte by byte where the compiler put them.
  func has(_ text: StaticString, at index: Int, last: Bool = false) -> Bool {
    let count = text.utf8CodeUnitCount
    guard index >= 0, index + count <= bytes.count, !last || index + count == bytes.count else {
      return false
    }
    return (0..<count).allSatisfy { text.utf8Start[$0] == bytes[index + $0] }
  }

  /// Whether the word ends with `text`.
  func ends(_ text: StaticString) -> Bool { has(text, at: bytes.count - text.utf8CodeUnitCount, last: true) }

  /// Whether the letter is one of `set`.
  func isOne(of set: StaticString, _ letter: UInt8) -> Bool {
    UnsafeBufferPointer(start: set.utf8Start, count: set.utf8CodeUnitCount).contains(letter)
  }

  /// Whether the letter at `index` is a vowel (y is one, except at the start of a word).
  func isVowel(_ index: Int) -> Bool {
    switch at(index) {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
      return true
    case UInt8(ascii: "y"): return index > 0
    default: return false
    }
  }

  /// The runs of vowels in the word.
  var vowelGroups: Int {
    var (count, previous) = (0, false)
    for index in bytes.indices {
      let vowel = isVowel(index)
      if vowel && !previous { count += 1 }
      previous = vowel
    }
    return count
  }

  /// Whether the word ends in a vowel group that is not said: "make", "walked", "houses" but not
  /// "table", "centre", "wanted", "changes", "agreed"; and "statement", "lovely".
  static let suffixesAfterE: [StaticString] = ["ely", "ement", "ements", "eness", "eful", "eless"]

  var hasSilentEnding: Bool {
    let before = at(bytes.count - 3)
    if ends("e") {
      let last = at(bytes.count - 2)
      // "-le", "-ee", "-ie", "-ye", "-ue": only a vowel and "le" ("male", "mile") end silently.
      if isOne(of: "leiyu", last) { return last == UInt8(ascii: "l") && isOne(of: "aeiou", before) }
      return !(ends("re") && isOne(of: "bcdfgkpt", at(bytes.count - 3)))
    }
    if ends("es") {
      if isOne(of: "sxzcgiu", before) || ends("ches") || ends("shes") { return false }
      return !(before == UInt8(ascii: "l") && !isOne(of: "aeiou", at(bytes.count - 4)))
    }
    if ends("ed") {
      if isOne(of: "tdei", before) { return false }
      return !(before == UInt8(ascii: "l") && !isOne(of: "aeiou", at(bytes.count - 4)))
    }
    // Each of the suffixes ends in "y", "t", "s" or "l": most words need not be tried against them.
    guard isOne(of: "ytsl", at(bytes.count - 1)) else { return false }
    for suffix in Self.suffixesAfterE where ends(suffix) {
      let letter = at(bytes.count - suffix.utf8CodeUnitCount - 1)
      if letter != 0 && !isOne(of: "aeioul", letter) { return true }
    }
    return false
  }

  /// Vowel pairs said as two syllables ("period", "actual", "video", "quiet", "being", "area", "autism"),
  /// found in one pass however long the word.
  var vowelPairsSaidApart: Int {
    var count = 0
    for index in bytes.indices {
      let letter = bytes[index]
      // Every pair below starts with a, e, i or u.
      guard isOne(of: "aeiu", letter) else { continue }
      let (next, before) = (at(index + 1), at(index - 1))
      switch (letter, next) {
      case (UInt8(ascii: "i"), UInt8(ascii: "a")): if !isOne(of: "ct", before) { count += 1 }
      case (UInt8(ascii: "i"), UInt8(ascii: "o")):
        if has("io", at: index, last: true) || ["iod", "iol", "iot"].contains(where: { has($0, at: index) }) {
          count += 1
        }
      case (UInt8(ascii: "u"), UInt8(ascii: "a")):
        if before != UInt8(ascii: "q") && !has("uage", at: index) { count += 1 }
      case (UInt8(ascii: "i"), UInt8(ascii: "u")), (UInt8(ascii: "a"), UInt8(ascii: "o")): count += 1
      case (UInt8(ascii: "e"), UInt8(ascii: "o")): if !isOne(of: "up", at(index + 2)) { count += 1 }
      case (UInt8(ascii: "i"), UInt8(ascii: "e")):
        if ["iet", "ienc", "ient"].contains(where: { has($0, at: index) }) { count += 1 }
      case (UInt8(ascii: "e"), UInt8(ascii: "a")):
        if has("ea", at: index, last: true) || has("eas", at: index, last: true) { count += 1 }
      default: break
      }
      if letter == UInt8(ascii: "i") && has("ing", at: index) && isOne(of: "aeiouy", before) { count += 1 }
    }
    if ends("ism") { count += 1 }
    return count
  }
}
