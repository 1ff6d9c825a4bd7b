/// Makes heading ids: lower case, letters and digits kept, other runs turned into one `-`, unique.
struct HeadingSlugs {
  private var used: Set<String> = []
  /// For each slug already seen, the next number to try as a suffix (so many duplicates stay linear).
  private var nextSuffix: [String: Int] = [:]

  /// The slug of `text` (`section` when nothing is left).
  static func slug(_ text: String) -> String {
    var slug: [UInt8] = []
    slug.reserveCapacity(text.utf8.count)
    var pendingDash = false
    var hasNonASCII = false
    for scalar in text.unicodeScalars {
      let keep: Bool
      if scalar.isASCII {
        keep = Bytes.isAlphanumeric(UInt8(scalar.value))
      } else {
        keep = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      }
      guard keep else {
        pendingDash = true
        continue
      }
      if pendingDash && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
      pendingDash = false
      if scalar.isASCII {
        slug.append(Bytes.lower(UInt8(scalar.value)))
      } else {
        hasNonASCII = true
        Bytes.appendScalar(scalar.value, to: &slug)
      }
    }
    if slug.isEmpty { return "section" }
    let result = String(decoding: slug, as: UTF8.self)
    return hasNonASCII ? result.lowercased() : result
  }

  /// A slug of `text` not yet used in this document (`-2`, `-3`, ... added as needed).
  mutating func uniqueID(for text: String) -> String {
    uniqueID(base: Self.slug(text))
  }

  /// `base` if it is not yet used, else `base-2`, `base-3`, ...; the one returned is then used.
  mutating func uniqueID(base: String) -> String {
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

  /// Marks `id` as used (an id the page's layout gives), so that no heading is given it.
  mutating func reserve(_ id: String) {
    used.insert(id)
  }
}
