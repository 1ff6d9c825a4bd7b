/// A change written as a sentence for the pack: "RAG rating changed from Green to Red", "Expected end date
/// set to December 2020", "% complete rose from 96% to 98%". No field names, and never an empty "from".
extension ActionPlanChange {
  /// The change in words.
  public var sentence: String {
    switch field {
    case .added: return "Added to the tracker: \(to ?? "")"
    case .removed: return "Removed from the tracker: \(from ?? "")"
    case .percentComplete: return Self.percentSentence(from: from, to: to)
    case .status, .rag, .dueDate, .expectedEnd:
      let name = Self.names[field] ?? ""
      switch (from, to) {
      case (nil, let new?): return "\(name) set to \(new)"
      case (let old?, nil): return "\(name) cleared (it was \(old))"
      case (let old?, let new?): return "\(name) changed from \(old) to \(new)"
      case (nil, nil): return "\(name) changed"
      }
    }
  }

  /// How each field is named in a sentence.
  static let names: [Field: String] = [
    .status: "Delivery status", .rag: "RAG rating", .dueDate: "Original due date in the WSoA",
    .expectedEnd: "Expected end date",
  ]

  /// "% complete rose from 96% to 98%", "fell from", "recorded as", "cleared".
  static func percentSentence(from: String?, to: String?) -> String {
    switch (from, to) {
    case (nil, let new?): return "% complete recorded as \(new)"
    case (let old?, nil): return "% complete cleared (it was \(old))"
    case (let old?, let new?):
      let rose = (number(new) ?? 0) > (number(old) ?? 0)
      return "% complete \(rose ? "rose" : "fell") from \(old) to \(new)"
    case (nil, nil): return "% complete changed"
    }
  }

  /// The number in `96%` or `92.5%`.
  private static func number(_ text: String) -> Double? {
    Double(text.hasSuffix("%") ? String(text.dropLast()) : text)
  }

  /// A status in words, without its number: `3. In Progress` is "In Progress".
  static func words(_ status: DeliveryStatus?) -> String? {
    guard let status else { return nil }
    let known = DeliveryStatus.known.first { $0.number == status.number }?.label
    return known ?? status.text
  }

  /// A rating in words: Red, Amber, Green, Blue, N/A; nil when not rated.
  static func words(_ rating: RAGRating) -> String? {
    switch rating {
    case .red: return "Red"
    case .amber: return "Amber"
    case .green: return "Green"
    case .blue: return "Blue"
    case .notApplicable: return "N/A"
    case .blank: return nil
    }
  }

  /// A date in words: "December 2020", "September 2020 and ongoing", or the cell as written when it names
  /// no month (`Ongoing`, `TBC`); nil when blank.
  static func words(_ date: TrackerDate) -> String? {
    if date.isBlank { return nil }
    guard let month = date.month, Month.names.indices.contains(month.month - 1) else { return date.text }
    let name = "\(Month.names[month.month - 1]) \(month.year)"
    return date.isOngoing ? name + " and ongoing" : name
  }
}
