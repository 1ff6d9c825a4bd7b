/// The monitoring pack's opening when the edition gives no `pack-introduction.md`: a neutral paragraph
/// built from the edition's facts, so the pack never opens with the parents' introduction ("we tell you").
enum PackIntroduction {
  /// The fragment the pack opens with, its Markdown already written (it has no tags to fill).
  static func neutral(edition: Edition, figures: EditionFigures, actionPlan: ActionPlanReport?) -> (
    fragment: Fragment, markdown: String
  ) {
    let metrics = figures.metrics.filter { $0.definition.audience.includes(.monitoring) }
    let empty = metrics.filter { $0.latest == nil }.count
    var contents = metrics.isEmpty ? "no figures" : count(metrics.count, "figure", "figures")
    if empty > 0 { contents += " (\(empty) with no data yet)" }
    let notes = edition.fragments.filter { $0.audience.includes(.monitoring) }.count
    if notes > 0 { contents += " and " + count(notes, "note", "notes") }
    var sentences = [
      "This pack sets out the position of \(edition.area)'s SEND improvement at \(edition.asOf.long) for "
        + "the monitoring meeting.",
      "It has \(contents).",
    ]
    if let report = actionPlan {
      var tracker =
        "The action-plan tracker has \(count(report.summary.total.responses, "response", "responses")) in "
        + "\(count(report.plan.areas.count, "area of weakness", "areas of weakness")): the pack lists those "
        + "that need attention"
      tracker +=
        report.changes == nil
        ? " and audits the ratings against the tracker's RAG key."
        : ", audits the ratings against the tracker's RAG key and lists the changes since the last pack."
      sentences.append(tracker)
    } else {
      sentences.append("This edition has no action-plan tracker.")
    }
    let sentence = sentences.joined(separator: " ")
    let fragment = Fragment(
      id: "pack-introduction", title: "Introduction", order: nil, audience: .monitoring, body: "",
      path: edition.introduction.path, bodyLine: 1)
    return (fragment, Escaping.markdown(sentence))
  }

  /// "1 figure", "10 figures".
  private static func count(_ number: Int, _ one: String, _ many: String) -> String {
    "\(number) \(number == 1 ? one : many)"
  }
}
