/// One row of the RAG summary table: counts of responses and their % complete.
///
/// The tracker's method: every response counts in `responses`, archived ones included. A response with
/// status `6. Archived` counts only in `archived`, whatever its RAG; every other response counts in the
/// column of its RAG letter (R, A, G, B); N/A or blank RAG counts in none, so `responses` can exceed the
/// sum of the columns by the unrated ones. `% complete` is the mean of the non-archived responses'
/// recorded `% Complete` (responses with none are left out and listed by the audit).
public struct RAGCounts: Sendable, Hashable {
  public var responses = 0
  public var red = 0
  public var amber = 0
  public var green = 0
  public var blue = 0
  public var archived = 0
  /// The unrounded % complete, nil when there is nothing to average.
  public var percentComplete: Double?

  public init() {}

  /// % complete rounded half up to a whole number.
  public var roundedPercent: Int? { percentComplete.map(ActionPlanSummary.roundHalfUp) }

  mutating func count(_ response: ActionPlan.Item) {
    responses += 1
    if response.isArchived {
      archived += 1
      return
    }
    switch response.rag {
    case .red: red += 1
    case .amber: amber += 1
    case .green: green += 1
    case .blue: blue += 1
    case .notApplicable, .blank: break
    }
  }

  mutating func add(_ other: RAGCounts) {
    responses += other.responses
    red += other.red
    amber += other.amber
    green += other.green
    blue += other.blue
    archived += other.archived
  }
}

/// The RAG summary table recomputed from the rows.
public struct ActionPlanSummary: Sendable {
  public struct Row: Sendable {
    public var ref: String
    /// Title with its prefix removed.
    public var title: String
    public var fullTitle: String
    public var counts: RAGCounts
    /// The % complete the tracker records on the area or area-for-development row itself.
    public var recordedPercent: Double?
    /// For an area: its areas for development (an area with one still lists it).
    public var subsections: [Row]
  }

  public var total: RAGCounts
  public var areas: [Row]

  /// Per area for development: counts and the mean of non-archived responses' %. Per area of weakness:
  /// counts summed, % = mean of its areas for development's (unrounded) %. Total: counts summed,
  /// % = mean over all non-archived responses of the plan.
  public init(_ plan: ActionPlan) {
    var total = RAGCounts()
    var allPercents: [Double] = []
    areas = plan.areas.map { area in
      var areaCounts = RAGCounts()
      let subsections = area.areasForDevelopment.map { development in
        var counts = RAGCounts()
        var percents: [Double] = []
        for response in development.responses {
          counts.count(response.item)
          if !response.item.isArchived, let percent = response.item.percentComplete {
            percents.append(percent)
          }
        }
        counts.percentComplete = Self.mean(percents)
        allPercents += percents
        areaCounts.add(counts)
        return Row(
          ref: development.item.ref, title: development.item.title, fullTitle: development.item.fullTitle,
          counts: counts, recordedPercent: development.item.percentComplete, subsections: [])
      }
      areaCounts.percentComplete = Self.mean(subsections.compactMap(\.counts.percentComplete))
      total.add(areaCounts)
      return Row(
        ref: area.item.ref, title: area.item.title, fullTitle: area.item.fullTitle, counts: areaCounts,
        recordedPercent: area.item.percentComplete, subsections: subsections)
    }
    total.percentComplete = Self.mean(allPercents)
    self.total = total
  }

  /// The recomputed rounded % complete of every area and area for development, by ref.
  public var roundedPercentsByRef: [String: Int?] {
    var result: [String: Int?] = [:]
    for area in areas {
      result[area.ref] = area.counts.roundedPercent
      for development in area.subsections { result[development.ref] = development.counts.roundedPercent }
    }
    return result
  }

  static func mean(_ values: [Double]) -> Double? {
    values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
  }

  /// Rounds half up (92.5 → 93), after removing floating-point noise (a mean of 92.4999999 is 92.5).
  public static func roundHalfUp(_ value: Double) -> Int {
    let cleaned = (value * 1_000_000).rounded() / 1_000_000
    return Int((cleaned + 0.5).rounded(.down))
  }
}
