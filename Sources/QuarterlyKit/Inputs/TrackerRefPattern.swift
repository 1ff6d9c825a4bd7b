/// The tracker's four kinds of ref (`ActionPlanReader.refKind`), each a regular expression matched by
/// hand over the ref's bytes: refs are ASCII digits, letters and dots, and anything else is no ref.
enum TrackerRefPattern: CaseIterable {
  /// `1`
  case area
  /// `1.1`
  case areaForDevelopment
  /// `1.1a`
  case response
  /// `1.1a.1`, `1.3f.4a`
  case action

  /// The regular expression the pattern stands for, the whole text from start (`\A`) to end (`\z`):
  /// the tests' oracle. (With `$`, ICU would also accept a line break at the end.)
  var regularExpression: String {
    switch self {
    case .area: return #"\A[0-9]+\z"#
    case .areaForDevelopment: return #"\A[0-9]+\.[0-9]+\z"#
    case .response: return #"\A[0-9]+\.[0-9]+[a-zA-Z]+\z"#
    case .action: return #"\A[0-9]+\.[0-9]+[a-zA-Z]+\.[0-9]+[a-zA-Z0-9.]*\z"#
    }
  }

  /// Whether the whole of `text` matches the pattern.
  func matches(_ text: String) -> Bool {
    let (isDigit, isLetter) = (Bytes.isDigit, Bytes.isLetter)
    let bytes = Array(text.utf8)
    guard bytes.allSatisfy({ isDigit($0) || isLetter($0) || $0 == UInt8(ascii: ".") }) else { return false }
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
    switch self {
    case .area:
      return run(isDigit) && index == bytes.count
    case .areaForDevelopment:
      return run(isDigit) && dot() && run(isDigit) && index == bytes.count
    case .response:
      return run(isDigit) && dot() && run(isDigit) && run(isLetter) && index == bytes.count
    case .action:
      // The rest is [a-zA-Z0-9.]*, which every byte already is.
      return run(isDigit) && dot() && run(isDigit) && run(isLetter) && dot() && run(isDigit)
    }
  }
}
