/// Makes heading ids: lower case, letters and digits kept, other runs turned into one `-`, unique.
struct HeadingSlugs {
  private var used: Set<String> = []

  /// The slug of `text` (`section` when nothing is left).
  static func slug(_ text: String) -> String {
    var slug = ""
    var pendingDash = false
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        if pendingDash && !slug.isEmpty { slug.append("-") }
        pendingDash = false
        slug.append(character)
      } else {
        pendingDash = true
      }
    }
    return slug.isEmpty ? "section" : slug
  }

  /// A slug of `text` not yet used in this document (`-2`, `-3`, ... added as needed).
  mutating func uniqueID(for text: String) -> String {
    let base = Self.slug(text)
    var candidate = base
    var number = 2
    while used.contains(candidate) {
      candidate = "\(base)-\(number)"
      number += 1
    }
    used.insert(candidate)
    return candidate
  }
}
