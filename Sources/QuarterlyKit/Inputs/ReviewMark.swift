/// The mark `quarterly new` puts on every fragment it copies from last quarter's edition:
/// `reviewed: no (copied from EDITION; fingerprint 0123456789abcdef)` in the front matter.
///
/// While the mark is there and the body still has the fingerprint it was copied with, `check` and
/// `build` warn at the mark, so that last quarter's news never goes out again by accident. Editing the
/// body, removing the line, or writing `reviewed: yes` ends the warning. A hand-written `reviewed: no`
/// (no fingerprint) warns until it is removed or changed to `yes`.
public enum ReviewMark {
  /// The front matter key of the mark.
  public static let key = "reviewed"

  /// The mark's value for a body copied from the edition `source`.
  public static func value(copiedFrom source: String, body: String) -> String {
    "no (copied from \(source); fingerprint \(fingerprint(of: body)))"
  }

  /// A 64-bit FNV-1a hash of the body's lines, as 16 hexadecimal digits. Line ends (`\r\n`, `\r`, `\n`)
  /// and blank lines at the end do not count, so re-saving the file on another system is not an edit.
  public static func fingerprint(of body: String) -> String {
    var lines = body.lines
    while let last = lines.last, last.isBlankLine { lines.removeLast() }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (index, line) in lines.enumerated() {
      if index > 0 { hash = (hash ^ 0x0a) &* 0x0000_0100_0000_01b3 }
      for byte in line.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// The fingerprint written in a mark's value, if any.
  static func storedFingerprint(in value: String) -> String? {
    guard let range = value.range(of: "fingerprint ") else { return nil }
    let digits = value[range.upperBound...].prefix { $0.isHexDigit }
    return digits.count == 16 ? digits.lowercased() : nil
  }

  /// Checks the mark in a file's front matter: a warning at the mark while the text is unreviewed, an
  /// error for a value that is neither yes nor no.
  static func check(_ frontMatter: FrontMatter, diagnostics: inout Diagnostics) {
    guard let entry = frontMatter.entry(key) else { return }
    let value = entry.value.lowercased()
    if value == "yes" { return }
    guard value == "no" || value.hasPrefix("no ") || value.hasPrefix("no(") else {
      diagnostics.error(
        "reviewed '\(entry.value)' is neither yes nor no", at: frontMatter.location(of: entry),
        hint: "remove the line once the text has been reviewed")
      return
    }
    if let stored = storedFingerprint(in: entry.value), stored != fingerprint(of: frontMatter.body) {
      return
    }
    diagnostics.warning(
      "this text is last quarter's and has not been reviewed, so it may say what is no longer true",
      at: frontMatter.location(of: entry),
      hint: "bring it up to date and remove this 'reviewed' line")
  }
}
