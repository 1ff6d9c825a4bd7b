@testable import QuarterlyKit

/// The syllable rules as they were first written, on `String`s: the oracle `Syllables` must equal.
enum SyllablesOracle {
  /// The syllables in one word; a word with no letter (a number) counts one, as `textstat` counts it.
  static func count(_ word: String) -> Int {
    count(letters: word.lowercased().utf8.filter { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
  }

  /// Words of one vowel group said as two.
  static let saidAsTwo: Set<[UInt8]> = Set(["our", "ours", "hour", "hours"].map { Array($0.utf8) })

  /// The syllables in a word given as its lowercase letters a to z.
  static func count(letters: [UInt8]) -> Int {
    guard !letters.isEmpty else { return 1 }
    let word = LettersOracle(bytes: letters)
    var count = word.vowelGroups
    if count > 1 && word.hasSilentEnding { count -= 1 }
    count += word.vowelPairsSaidApart
    if letters.count <= 5 && Self.saidAsTwo.contains(letters) { count += 1 }
    return max(1, count)
  }
}

/// A word's lowercase letters, with the tests the syllable rules make on them.
private struct LettersOracle {
  var bytes: [UInt8]

  /// The letter at `index`, or 0 outside the word.
  func at(_ index: Int) -> UInt8 { bytes.indices.contains(index) ? bytes[index] : 0 }

  /// Whether `text` is at `index` (and, with `last`, ends the word).
  func has(_ text: String, at index: Int, last: Bool = false) -> Bool {
    let count = text.utf8.count
    guard index >= 0, index + count <= bytes.count, !last || index + count == bytes.count else {
      return false
    }
    return text.utf8.elementsEqual(bytes[index..<(index + count)])
  }

  /// Whether the word ends with `text`.
  func ends(_ text: String) -> Bool { has(text, at: bytes.count - text.utf8.count, last: true) }

  /// Whether the letter is one of `set`.
  func isOne(of set: String, _ letter: UInt8) -> Bool { set.utf8.contains(letter) }

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
  static let suffixesAfterE = ["ely", "ement", "ements", "eness", "eful", "eless"]

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
    for suffix in Self.suffixesAfterE where ends(suffix) {
      let letter = at(bytes.count - suffix.utf8.count - 1)
      if letter != 0 && !isOne(of: "aeioul", letter) { return true }
    }
    return false
  }

  /// Vowel pairs said as two syllables ("period", "actual", "video", "quiet", "being", "area", "autism"),
  /// found in one pass however long the word.
  var vowelPairsSaidApart: Int {
    var count = 0
    for index in bytes.indices {
      let (letter, next, before) = (bytes[index], at(index + 1), at(index - 1))
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
      if has("ing", at: index) && isOne(of: "aeiouy", before) { count += 1 }
    }
    if ends("ism") { count += 1 }
    return count
  }
}
