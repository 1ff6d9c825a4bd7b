/// Counts the syllables of a word the way `textstat` 0.7.8 does closely enough for a reading age: by
/// groups of vowels, with the common English exceptions (a silent final e, "-ed" and "-es" that add no
/// syllable, vowel pairs that are said as two, "-ism"). `textstat` looks words up in the CMU
/// pronouncing dictionary, which is too large to ship; on the sample and seed texts these rules give a
/// Flesch–Kincaid grade within half a year of it.
enum Syllables {
  /// The syllables in one word as `textstat` lists it (lowercase, punctuation removed). A word with no
  /// letter (a number) counts one, as `textstat` counts it.
  static func count(_ word: String) -> Int {
    let letters = Array(
      word.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) }.map(Character.init))
    guard !letters.isEmpty else { return 1 }
    let text = String(letters)
    var count = vowelGroups(letters)
    if count > 1 && silentEnding(text) { count -= 1 }
    count += spokenApart(letters)
    if ["our", "ours", "hour", "hours"].contains(text) { count += 1 }
    return max(1, count)
  }

  /// Whether `letter` is a vowel at `index` (y is one, except at the start of a word).
  static func isVowel(_ letters: [Character], _ index: Int) -> Bool {
    guard letters.indices.contains(index) else { return false }
    let letter = letters[index]
    return "aeiou".contains(letter) || (letter == "y" && index > 0)
  }

  /// The runs of vowels in the word.
  static func vowelGroups(_ letters: [Character]) -> Int {
    var count = 0
    for index in letters.indices where isVowel(letters, index) && !isVowel(letters, index - 1) {
      count += 1
    }
    return count
  }

  /// Whether the word ends in a vowel group that is not said: "make", "walked", "houses" but not
  /// "table", "centre", "wanted", "changes", "agreed", "statement".
  static func silentEnding(_ word: String) -> Bool {
    func ends(_ suffixes: String...) -> Bool { suffixes.contains { word.hasSuffix($0) } }
    let last3 = Array(word.suffix(3))
    if word.hasSuffix("e") {
      if ends("le", "ee", "ie", "ye", "ue") { return ends("ale", "ele", "ile", "ole", "ule") }
      if word.hasSuffix("re"), let before = last3.first, "bcdfgkpt".contains(before) { return false }
      return true
    }
    if word.hasSuffix("es") {
      guard let before = last3.first else { return false }
      if "sxzcgiu".contains(before) || ends("ches", "shes") { return false }
      if before == "l", let consonant = Array(word.suffix(4)).first, !"aeiou".contains(consonant) {
        return false
      }
      return true
    }
    if word.hasSuffix("ed") {
      guard let before = last3.first else { return false }
      if "tdei".contains(before) { return false }
      if before == "l", let consonant = Array(word.suffix(4)).first, !"aeiou".contains(consonant) {
        return false
      }
      return true
    }
    for suffix in ["ly", "ment", "ments", "ness", "ful", "less"] where word.hasSuffix("e" + suffix) {
      let letters = Array(word.dropLast(suffix.count + 1))
      if let before = letters.last, !"aeioul".contains(before) { return true }
    }
    return false
  }

  /// Vowel pairs said as two syllables ("period", "actual", "video", "quiet", "being", "area", "autism").
  /// Linear in the word's length, however long a run of letters a page holds.
  static func spokenApart(_ letters: [Character]) -> Int {
    var count = 0
    func at(_ index: Int) -> Character? { letters.indices.contains(index) ? letters[index] : nil }
    /// Whether `text` is at `index`, and (with `last`) ends the word.
    func has(_ text: String, at index: Int, last: Bool = false) -> Bool {
      let wanted = Array(text)
      guard index >= 0, index + wanted.count <= letters.count, !last || index + wanted.count == letters.count
      else {
        return false
      }
      return letters[index..<(index + wanted.count)].elementsEqual(wanted)
    }
    for index in letters.indices {
      let before = at(index - 1)
      switch (letters[index], at(index + 1)) {
      case ("i", "a"?): if before != "c" && before != "t" { count += 1 }
      case ("i", "o"?):
        if has("io", at: index, last: true) || ["iod", "iol", "iot"].contains(where: { has($0, at: index) }) {
          count += 1
        }
      case ("u", "a"?): if before != "q" && !has("uage", at: index) { count += 1 }
      case ("i", "u"?), ("a", "o"?): count += 1
      case ("e", "o"?): if at(index + 2) != "u" && at(index + 2) != "p" { count += 1 }
      case ("i", "e"?): if ["iet", "ienc", "ient"].contains(where: { has($0, at: index) }) { count += 1 }
      case ("e", "a"?):
        if has("ea", at: index, last: true) || has("eas", at: index, last: true) { count += 1 }
      default: break
      }
      if has("ing", at: index), let before, "aeiouy".contains(before) { count += 1 }
    }
    if has("ism", at: letters.count - 3, last: true) { count += 1 }
    return count
  }
}
