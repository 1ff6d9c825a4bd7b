/// The front-matter keys of the plain-English checks: `reading_age` and `plain_english_ignore`.
extension EditionReader {
  /// `plain_english_ignore: long-sentences, deliver, INVISION`: what the file's checks leave alone,
  /// lowercased.
  static func plainEnglishIgnore(_ frontMatter: FrontMatter) -> [String] {
    guard let value = frontMatter["plain_english_ignore"] else { return [] }
    return value.split(separator: ",").map { $0.trimmingSpaces.lowercased() }.filter { !$0.isEmpty }
  }

  /// `reading_age: 11`: the reading age above which a newsletter page gets a warning, from 5 to 25.
  static func readingAgeLimit(_ frontMatter: FrontMatter, diagnostics: inout Diagnostics) -> ReadingAgeLimit {
    guard let entry = frontMatter.entry("reading_age") else { return ReadingAgeLimit() }
    guard let years = Double(entry.value), years.isFinite, (5...25).contains(years) else {
      diagnostics.error(
        "reading_age '\(entry.value)' is not a reading age in years from 5 to 25",
        at: frontMatter.location(of: entry),
        hint: "write a number such as 'reading_age: 11' (GOV.UK aims for 9)")
      return ReadingAgeLimit()
    }
    return ReadingAgeLimit(limit: years, location: frontMatter.location(of: entry))
  }
}
