/// The fast path of the tracker's ref patterns (`ActionPlanReader.refKind`): the four regular
/// expressions matched by hand on refs made only of ASCII letters, digits and dots, which is what refs
/// are. Anything else (or another pattern) is left to the regular expression; the answers are the same.
enum TrackerRefPattern {
  static let area = #"^[0-9]+$"#
  static let areaForDevelopment = #"^[0-9]+\.[0-9]+$"#
  static let response = #"^[0-9]+\.[0-9]+[a-zA-Z]+$"#
  static let action = #"^[0-9]+\.[0-9]+[a-zA-Z]+\.[0-9]+[a-zA-Z0-9.]*$"#

  /// Whether `text` matches `pattern`; nil when the text or the pattern is not one this path knows.
  static func matches(_ text: String, _ pattern: String) -> Bool? {
    let (isDigit, isLetter) = (Bytes.isDigit, Bytes.isLetter)
    let bytes = Array(text.utf8)
    guard bytes.allSatisfy({ isDigit($0) || isLetter($0) || $0 == UInt8(ascii: ".") }) else { return nil }
    var index = 0
    func run(_ accept: (UInt8) -> Bool) -> Bool {
      let start = index
      while index < bytes.count, accept(bytes[index]) { index += 1 }
      return index > start
    }
    func dot() -> Bool {
      guard index < bytes.count, bytes[index] == UInt8(ascii: ".") else { return false }
      index += 1
      return true
    }
    switch pattern {
    case area:
      return run(isDigit) && index == bytes.count
    case areaForDevelopment:
      return run(isDigit) && dot() && run(isDigit) && index == bytes.count
    case response:
      return run(isDigit) && dot() && run(isDigit) && run(isLetter) && index == bytes.count
    case action:
      guard run(isDigit) && dot() && run(isDigit) && run(isLetter) && dot() && run(isDigit) else {
        return false
      }
      return true  // the rest is [a-zA-Z0-9.]*, which every byte already is
    default:
      return nil
    }
  }
}
