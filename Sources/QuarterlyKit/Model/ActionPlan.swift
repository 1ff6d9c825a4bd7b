/// The action-plan tracker (Appendix A to the Written Statement of Action), read from its CSV export.
///
/// Areas of weakness (ref `1`) hold areas for development (`1.1`), which hold responses (`1.1a`), which
/// hold actions (`1.1a.1`). Everything is kept in tracker order.
public struct ActionPlan: Sendable {
  /// The path of the CSV, as given.
  public var path: String
  /// The workstream columns' headings, in column order.
  public var workstreams: [String]
  public var areas: [Area]
  /// Each required heading's column number in the sheet (A is 1), so a finding can name its cell.
  public var columnNumbers: [TrackerColumn: Int] = [:]

  public init(path: String, workstreams: [String] = [], areas: [Area] = []) {
    self.path = path
    self.workstreams = workstreams
    self.areas = areas
  }

  /// The four kinds of row.
  public enum Kind: String, Sendable, Hashable {
    case area
    case areaForDevelopment
    case response
    case action
  }

  /// The cells every kind of row has.
  public struct Item: Sendable, Hashable {
    public var kind: Kind
    /// `1`, `1.1`, `1.1a` or `1.1a.1`.
    public var ref: String
    /// `Objectives / Key Areas for development`, in full (prefix such as `RESPONSE:` included).
    public var fullTitle: String
    /// `Outcome / Response Success Criteria`, in full.
    public var outcome: String
    public var start: TrackerDate
    /// The original due date in the WSOA.
    public var due: TrackerDate
    public var expectedEnd: TrackerDate
    /// Nil when blank (areas and areas for development have none).
    public var status: DeliveryStatus?
    public var rag: RAGRating
    /// The recorded `% Complete`, nil when blank.
    public var percentComplete: Double?
    /// The workstream columns with text in this row: heading and cell text.
    public var workstreams: [Workstream]
    /// The row's first line in the file.
    public var line: Int
    /// Where each required cell is, for audit findings.
    public var locations: [TrackerColumn: SourceLocation]
    /// The row's number in the tracker's sheet (`row` of `CSVRow`): with `ActionPlan.columnNumbers` it
    /// names a cell as the spreadsheet does, the same whether the tracker was read from its workbook or
    /// from its CSV export.
    public var row = 0
    /// The status, RAG and % cells that could not be read, as written (dates say so themselves).
    public var unreadable: [TrackerColumn: String] = [:]

    public init(
      kind: Kind, ref: String, fullTitle: String = "", outcome: String = "", start: TrackerDate = .blank,
      due: TrackerDate = .blank, expectedEnd: TrackerDate = .blank, status: DeliveryStatus? = nil,
      rag: RAGRating = .blank, percentComplete: Double? = nil, workstreams: [Workstream] = [], line: Int = 0,
      locations: [TrackerColumn: SourceLocation] = [:]
    ) {
      self.kind = kind
      self.ref = ref
      self.fullTitle = fullTitle
      self.outcome = outcome
      self.start = start
      self.due = due
      self.expectedEnd = expectedEnd
      self.status = status
      self.rag = rag
      self.percentComplete = percentComplete
      self.workstreams = workstreams
      self.line = line
      self.locations = locations
    }

    /// The title without its `AREA OF WEAKNESS:`, `MAIN FINDING / AREA FOR DEVELOPMENT:` or `RESPONSE:`
    /// prefix, with line breaks and runs of spaces collapsed.
    public var title: String { ActionPlan.displayTitle(fullTitle) }
    public var isArchived: Bool { status?.isArchived ?? false }
    public var isComplete: Bool { status?.isComplete ?? false }
  }

  public struct Workstream: Sendable, Hashable {
    /// The column heading.
    public var name: String
    /// The cell's text (`Year 1 - L&I`, `Building Capacity / Training`).
    public var text: String
  }

  public struct Area: Sendable {
    public var item: Item
    public var areasForDevelopment: [AreaForDevelopment] = []
  }

  public struct AreaForDevelopment: Sendable {
    public var item: Item
    public var responses: [Response] = []
  }

  public struct Response: Sendable {
    public var item: Item
    public var actions: [Item] = []
  }

  /// Every row in tracker order, with the refs of the area, area for development and response it is in.
  public var items: [(item: Item, area: String, areaForDevelopment: String?, response: String?)] {
    var all: [(Item, String, String?, String?)] = []
    for area in areas {
      all.append((area.item, area.item.ref, nil, nil))
      for development in area.areasForDevelopment {
        all.append((development.item, area.item.ref, development.item.ref, nil))
        for response in development.responses {
          all.append((response.item, area.item.ref, development.item.ref, response.item.ref))
          for action in response.actions {
            all.append((action, area.item.ref, development.item.ref, response.item.ref))
          }
        }
      }
    }
    return all
  }

  static let titlePrefixes = [
    "AREA OF WEAKNESS:", "MAIN FINDING / AREA FOR DEVELOPMENT:", "MAIN FINDING/AREA FOR DEVELOPMENT:",
    "AREA FOR DEVELOPMENT:", "MAIN FINDING:", "RESPONSE:",
  ]

  /// A title for display: prefix removed, spaces collapsed.
  public static func displayTitle(_ text: String) -> String {
    var title = text.collapsingWhitespace(.trackerCell)
    let upper = title.uppercased()
    for prefix in titlePrefixes where upper.hasPrefix(prefix) {
      title = String(title.dropFirst(prefix.count)).trimmingSpaces
      break
    }
    return title
  }
}
