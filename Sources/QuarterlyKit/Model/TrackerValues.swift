/// A `Delivery Status` cell: a number and a label, `5. Completed`.
///
/// Numbers 1 to 6 are accepted with any label after `.`, `-`, `)`, `:` or a space (`5 - Completed`;
/// trackers have `2. …` and `4. …` variants); the known labels are `1. Not Started`, `3. In Progress`,
/// `5. Completed`, `6. Archived`, and a label without its number is accepted too, in any case
/// (`complete`, `In progress`, `Done`). Complete means number 5; archived means number 6.
public struct DeliveryStatus: Hashable, Sendable, CustomStringConvertible {
  public var number: Int
  /// The cell's text as written (trimmed).
  public var text: String

  public var isComplete: Bool { number == 5 }
  public var isArchived: Bool { number == 6 }

  static let known: [(number: Int, label: String)] = [
    (1, "Not Started"), (3, "In Progress"), (5, "Completed"), (6, "Archived"),
  ]
  static let aliases: [String: Int] = [
    "not started": 1, "notstarted": 1, "not yet started": 1, "in progress": 3, "inprogress": 3,
    "in-progress": 3, "started": 3, "completed": 5, "complete": 5, "done": 5, "archived": 6,
  ]
  /// For hints: the statuses the reader accepts.
  static let acceptedList =
    "accepted: '1. Not Started', '2. …', '3. In Progress', '4. …', '5. Completed', '6. Archived'"

  public var description: String { text }

  /// Reads a status cell; nil when it is not blank and not a status. Blank gives `.some(nil)`.
  static func parse(_ raw: String) -> DeliveryStatus?? {
    let text = raw.collapsingWhitespace(.trackerCell)
    if text.isEmpty { return .some(nil) }
    let digits = text.prefix(while: \.isNumber)
    if !digits.isEmpty, let number = Int(digits), (1...6).contains(number) {
      let rest = text.dropFirst(digits.count)
      if rest.isEmpty || rest.first.map({ ". )-:–".contains($0) }) == true {
        return .some(DeliveryStatus(number: number, text: text))
      }
    }
    var words = text.lowercased()
    while words.hasSuffix(".") { words.removeLast() }
    if let number = aliases[words] { return .some(DeliveryStatus(number: number, text: text)) }
    return nil
  }
}

/// A `RAG Rating` cell, by the tracker's key: R (original due date passed), A (at risk), G (on track),
/// B (complete), N/A (grey; `N` is read as N/A), or blank (not rated).
public enum RAGRating: String, Hashable, Sendable, CaseIterable {
  case red = "R"
  case amber = "A"
  case green = "G"
  case blue = "B"
  case notApplicable = "N/A"
  case blank = ""

  /// The letter as the tracker writes it (`R`, `A`, `G`, `B`, `N/A`, or empty).
  public var letter: String { rawValue }

  /// The rating in words, as the tracker's key defines it, for tags that must not rely on colour.
  public var words: String {
    switch self {
    case .red: return "Red – overdue"
    case .amber: return "Amber – at risk"
    case .green: return "Green – on track"
    case .blue: return "Complete"
    case .notApplicable: return "N/A"
    case .blank: return "Not rated"
    }
  }

  /// The CSS class of the rating's tag.
  public var tagClass: String {
    switch self {
    case .red: return "tag-red"
    case .amber: return "tag-amber"
    case .green: return "tag-green"
    case .blue: return "tag-blue"
    case .notApplicable, .blank: return "tag-grey"
    }
  }

  static let acceptedList =
    "accepted: R, A, G, B, N/A (or N), the words Red, Amber, Green, Blue, Complete, Grey, the key's text "
    + "such as 'R - Overdue', or blank"

  /// Reads a RAG cell: a letter or word (`R`, `Red`, `Blue`, `Complete`, `Grey`, `NA`), in any case,
  /// optionally followed by the key's text (`R - Overdue`, `Amber – at risk`); nil when unrecognised.
  static func parse(_ raw: String) -> RAGRating? {
    let text = raw.collapsingWhitespace(.trackerCell).lowercased()
    if let rating = rating(text) { return rating }
    // `R - Overdue`, `B: complete`, `Green (on track)`: the rating is the part before the key's text.
    guard let cut = text.firstIndex(where: { "-–—:(".contains($0) }) else { return nil }
    let head = String(text[..<cut]).trimmingSpaces
    return head.isEmpty ? nil : rating(head)
  }

  /// A rating written alone as a letter or a word.
  private static func rating(_ text: String) -> RAGRating? {
    switch text {
    case "": return .blank
    case "r", "red": return .red
    case "a", "amber": return .amber
    case "g", "green": return .green
    case "b", "blue", "complete", "completed": return .blue
    case "n/a", "n", "na", "grey", "gray", "n / a", "not applicable": return .notApplicable
    default: return nil
    }
  }
}

/// A `% Complete` cell: `95%`, `92.5%`, `95`, or Excel's stored fraction `0.95`, from 0 to 100.
///
/// A number without `%` that has a decimal point and is at most 1 is a fraction (`0.9` is 90%, `1.0` is
/// 100%); a whole number is a percentage (`1` is 1%). `-` and `N/A` are blank.
enum TrackerPercent {
  /// Nil when the text is not a percentage; `.some(nil)` when blank.
  static func parse(_ raw: String) -> Double?? {
    var text = raw.trimmingSpaces.collapsingWhitespace(.trackerCell)
    if text.isEmpty || TrackerDate.noMonthWords.contains(text.lowercased()) { return .some(nil) }
    let hasSign = text.hasSuffix("%")
    if hasSign { text = String(text.dropLast()).trimmingSpaces }
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      var value = Double(text)
    else { return nil }
    // The fraction times 100, without the binary noise (0.9 × 100 is 90, not 90.00000000000001).
    if !hasSign, text.contains("."), value <= 1 { value = (value * 100_000_000).rounded() / 1_000_000 }
    guard value >= 0, value <= 100 else { return nil }
    return .some(value)
  }
}
