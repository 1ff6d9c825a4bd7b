/// Makes heading ids: lower case, letters and digits kept, other runs turned into one `-`, unique.
struct HeadingSlugs {
  private var used: Set<String> = []
  /// For each slug already seen, the next number to try as a suffix (so many duplicates stay linear).
  private var nextSuffix: [String: Int] = [:]

  /// The slug of `text` (`section` when nothing is left).
  static func slug(_ text: String) -> String {
    var slug = ""
    var pendingDash = false
    for scalar in text.unicodeScalars {
      let isASCIIWord = scalar.isASCII && MarkdownBytes.isAlphanumeric(UInt8(scalar.value))
      if isASCIIWord
        || (!scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil))
      {
        if pendingDash && !slug.isEmpty { slug.append("-") }
        pendingDash = false
        if scalar.isASCII {
          slug.unicodeScalars.append(Unicode.Scalar(MarkdownBytes.lower(UInt8(scalar.value))))
        } else {
          slug += String(scalar).lowercased()
        }
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
    var number = nextSuffix[base] ?? 2
    while used.contains(candidate) {
      candidate = base + "-" + String(number)
      number += 1
    }
    nextSuffix[base] = number
    used.insert(candidate)
    return candidate
  }
}
