/// The tracker's required columns, by their own headings.
public enum TrackerColumn: String, CaseIterable, Hashable, Sendable {
  case responseRef = "WSOA Response Ref"
  case actionRef = "Action Ref"
  case objective = "Objectives / Key Areas for development"
  case outcome = "Outcome / Response Success Criteria"
  case start = "Start date"
  case due = "Due date in WSOA (not to be changed)"
  case expectedEnd = "Expected end date (if different)"
  case status = "Delivery Status"
  case rag = "RAG Rating"
  case percentComplete = "% Complete (Response only)"

  /// The heading as written in the tracker.
  public var heading: String { rawValue }

  /// The column's place among the cases. Columns are hashed and compared by it: every row of a
  /// tracker looks its cells up and keeps their locations by column, and the default for an enum with
  /// raw values hashes and compares the whole heading.
  private var position: Int {
    switch self {
    case .responseRef: 0
    case .actionRef: 1
    case .objective: 2
    case .outcome: 3
    case .start: 4
    case .due: 5
    case .expectedEnd: 6
    case .status: 7
    case .rag: 8
    case .percentComplete: 9
    }
  }

  public static func == (lhs: TrackerColumn, rhs: TrackerColumn) -> Bool { lhs.position == rhs.position }

  public func hash(into hasher: inout Hasher) { hasher.combine(position) }

  /// A heading with case, spaces and line breaks removed, for matching.
  static func key(_ heading: String) -> String {
    String(heading.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{FEFF}" })
  }
}

/// Where each column of a tracker is: the required ones by heading, then the workstream columns.
struct TrackerHeader: Sendable {
  var indices: [TrackerColumn: Int] = [:]
  /// Workstream columns: index and heading (spaces and line breaks collapsed).
  var workstreams: [(index: Int, name: String)] = []
  /// Columns with no heading (Excel exports formatted empty columns); text under them is reported.
  var unnamed: [Int] = []
}
