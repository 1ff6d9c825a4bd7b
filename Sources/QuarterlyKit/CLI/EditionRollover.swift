import Foundation

/// Makes next quarter's edition from last quarter's, in a staging folder: the new `as_of` and quarter
/// wording in `edition.md`, last quarter's tracker as `action-plan-previous`, and every copied text marked
/// as not yet reviewed. `NewCommand` copies the folder and puts the result in place.
struct EditionRollover {
  /// The staged copy of the previous edition.
  let folder: URL
  /// The new edition's folder as it will be named (for the report).
  let displayPath: String
  /// The previous edition (its id, the folder name, is written in each review mark).
  let previous: Edition
  let asOf: Day
  /// What was done, one line each, for the report.
  private(set) var done: [String] = []
  /// Problems that stop the new edition from being made.
  private(set) var problems: [Diagnostic] = []

  /// The inputs that may be given as CSV or as a workbook.
  static let trackerExtensions = ["csv", "xlsx"]
  /// Front matter keys that state the edition's period: last quarter's, so they are removed.
  static let periodKeys = ["period", "quarter"]

  /// A roll-over of `previous` (already copied to `folder`) to the figures at `asOf`.
  init(folder: URL, displayPath: String, previous: Edition, asOf: Day) {
    self.folder = folder
    self.displayPath = displayPath
    self.previous = previous
    self.asOf = asOf
  }

  /// The default date of the new figures: the last day of the quarter after the previous edition's.
  static func nextAsOf(after previous: Edition) -> Day? {
    let month = previous.quarter.upperBound.adding(months: 3)
    return Day(year: month.year, month: month.month, day: Day.days(in: month))
  }

  /// Makes every change, recording what was done and any problem.
  mutating func run() {
    updateEdition()
    moveTracker()
    markFragment("pack-introduction.md")
    let narrative = folder.appendingPathComponent("narrative")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: narrative.path)) ?? []
    for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
      markFragment("narrative/" + name)
    }
  }

  /// `edition.md`: the new `as_of`, the period's wording moved on, and the introduction marked.
  private mutating func updateEdition() {
    guard var editor = editor(for: "edition.md") else { return }
    let oldAsOf = editor.frontMatter["as_of"] ?? previous.asOf.iso
    editor.set("as_of", to: asOf.iso)
    done.append("edition.md: as_of \(oldAsOf) → \(asOf.iso)")
    var next = previous
    next.asOf = asOf
    let wording = [
      (previous.quarterDisplay, next.quarterDisplay), (previous.asOf.long, asOf.long),
      (previous.asOf.monthValue.long, asOf.monthValue.long),
      (previous.asOf.monthValue.short, asOf.monthValue.short),
    ]
    for key in editor.keys where key != "as_of" && key != ReviewMark.key {
      // A stated period is last quarter's: the new one follows as_of until someone states it again.
      if Self.periodKeys.contains(key) {
        editor.remove(key)
        done.append(
          "edition.md: \(key) '\(editor.frontMatter[key] ?? "")' removed (the quarter now follows as_of)")
        continue
      }
      var changed: String?
      for (old, new) in wording where old != new {
        changed = editor.replace(old, with: new, inValueOf: key) ?? changed
      }
      if let changed { done.append("edition.md: \(key) now reads '\(changed)'") }
    }
    if let sheet = editor.frontMatter["action_plan_sheet"], trackerName("action-plan") != nil {
      editor.set("action_plan_previous_sheet", to: sheet)
      done.append("edition.md: action_plan_previous_sheet is now '\(sheet)', last quarter's tracker sheet")
    }
    if !editor.frontMatter.body.allSatisfy(\.isWhitespace) {
      editor.set(ReviewMark.key, to: ReviewMark.value(copiedFrom: previous.id, body: editor.frontMatter.body))
      done.append("edition.md: the introduction is marked 'reviewed: no'")
    }
    write(editor, to: "edition.md")
  }

  /// The tracker file `NAME.csv` or `NAME.xlsx` present in the staged folder, if any.
  private func trackerName(_ name: String) -> String? {
    Self.trackerExtensions.map { "\(name).\($0)" }.first {
      SourceText.entryExists(folder.appendingPathComponent($0).path)
    }
  }

  /// Last quarter's tracker becomes `action-plan-previous`, in the form it had; the older one goes.
  private mutating func moveTracker() {
    let fileManager = FileManager.default
    let current = Self.trackerExtensions.map { "action-plan.\($0)" }.filter {
      SourceText.entryExists(folder.appendingPathComponent($0).path)
    }
    for ext in Self.trackerExtensions {
      let old = "action-plan-previous.\(ext)"
      guard SourceText.entryExists(folder.appendingPathComponent(old).path) else { continue }
      do {
        try fileManager.removeItem(at: folder.appendingPathComponent(old))
        done.append("\(old): the quarter before last's tracker removed")
      } catch {
        problems.append(.error("cannot remove \(old): \(error.localizedDescription)"))
      }
    }
    for name in current {
      let ext = name.dropFirst("action-plan.".count)
      let previousName = "action-plan-previous.\(ext)"
      do {
        try fileManager.moveItem(
          at: folder.appendingPathComponent(name), to: folder.appendingPathComponent(previousName))
        done.append("\(name) → \(previousName): last quarter's tracker, for the changes since then")
      } catch {
        problems.append(.error("cannot rename \(name): \(error.localizedDescription)"))
      }
    }
  }

  /// Marks a copied text as not yet reviewed, when the file is there.
  private mutating func markFragment(_ name: String) {
    guard SourceText.entryExists(folder.appendingPathComponent(name).path),
      var editor = editor(for: name)
    else { return }
    editor.set(ReviewMark.key, to: ReviewMark.value(copiedFrom: previous.id, body: editor.frontMatter.body))
    write(editor, to: name)
    done.append("\(name): marked 'reviewed: no'")
  }

  /// The staged file's front matter editor; nil (and a problem) when it cannot be read.
  private mutating func editor(for name: String) -> FrontMatterEditor? {
    var found = Diagnostics()
    let source = SourceText.read(
      folder.appendingPathComponent(name), displayPath: displayPath + "/" + name, diagnostics: &found)
    // Only why it could not be read: a warning about the text (a stray byte) is the new edition's build's
    // to report, as it was the old one's.
    problems.append(contentsOf: found.items.filter { $0.severity == .error })
    return source.map { FrontMatterEditor($0) }
  }

  /// Writes an edited file back, as UTF-8.
  private mutating func write(_ editor: FrontMatterEditor, to name: String) {
    do {
      try Data(editor.text.utf8).write(to: folder.appendingPathComponent(name))
    } catch {
      problems.append(
        .error(
          "cannot write the file: \(error.localizedDescription)",
          at: SourceLocation(file: displayPath + "/" + name)))
    }
  }
}
