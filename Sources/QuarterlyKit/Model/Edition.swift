import Foundation

/// A narrative fragment: a titled piece of Markdown (itself a template) for one or both audiences.
public struct Fragment: Sendable {
  public var id: String
  public var title: String
  public var order: Int?
  public var audience: Audience
  /// The Markdown body, before its tags are filled.
  public var body: String
  /// The file the body comes from and the line its first line is on (for template diagnostics).
  public var path: String
  public var bodyLine: Int
  /// What `plain_english_ignore` in the front matter silences: check names and words, lowercased.
  public var plainEnglishIgnore: [String] = []
}

/// The highest reading age the edition's newsletter pages may have before a warning: `reading_age` in
/// edition.md, 11 when it gives none.
public struct ReadingAgeLimit: Sendable {
  public var limit: Double = 11
  /// Where `reading_age` is set, for the warning's location.
  public var location: SourceLocation?
}

/// One `term,meaning` row of `glossary.csv`.
public struct GlossaryTerm: Sendable, Equatable {
  public var term: String
  public var meaning: String

  /// A term and what it stands for.
  public init(term: String, meaning: String) {
    self.term = term
    self.meaning = meaning
  }
}

/// One edition: a folder under `Inputs/` holding everything for one quarter's documents.
public struct Edition: Sendable {
  /// The folder's name, used for the output folder.
  public var id: String
  public var folder: URL
  /// The folder as shown in diagnostics.
  public var displayPath: String
  public var area: String
  public var title: String
  public var asOf: Day
  /// The address of the web version, for the email's "view in a browser" link.
  public var webURL: String?
  /// The reading age above which a newsletter page gets a warning.
  public var readingAge = ReadingAgeLimit()
  public var introduction: Fragment
  /// The monitoring pack's own opening, from `pack-introduction.md`; nil when the edition gives none (the
  /// pack then opens with a neutral paragraph built from the edition's facts, never the parents' text).
  public var packIntroduction: Fragment?
  public var definitions: [MetricDefinition]
  public var observations: [Observation]
  public var fragments: [Fragment]
  public var glossary: [GlossaryTerm]
  public var actionPlan: SourceText?
  public var previousActionPlan: SourceText?
  /// False when edition.md gave no usable `as_of` (the edition is then only checked, never written).
  public var isAsOfKnown = true
  /// False when metrics.csv could not be read at all (metrics are then not called stale or empty).
  public var areObservationsKnown = true

  /// The months the edition reports on when `edition.md` names them (`period: 2024-04 to 2024-06`).
  public var period: ClosedRange<Month>?

  /// The period this edition reports on: the one `edition.md` names, else the last three complete months
  /// on or before `asOf` (15 July 2024 → April to June 2024; 30 September 2022 → July to September 2022).
  public var quarter: ClosedRange<Month> {
    if let period { return period }
    let month = asOf.monthValue
    let end = asOf.day == Day.days(in: month) ? month : month.adding(months: -1)
    return end.adding(months: -2)...end
  }

  /// The period in words: "July to September 2022", "November 2021 to January 2022", or "June 2024"
  /// for a period of one month.
  public var quarterDisplay: String {
    let (first, last) = (quarter.lowerBound, quarter.upperBound)
    if first == last { return last.long }
    return first.year == last.year
      ? "\(Month.names[first.month - 1]) to \(last.long)" : "\(first.long) to \(last.long)"
  }
}
