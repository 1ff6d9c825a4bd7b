/// Keeping a figure's sentence within GOV.UK's 25 words.
///
/// When the one-sentence form would be longer, the comparisons with the baseline, national average and
/// target move into a sentence of their own ("It is still above the baseline of 33 in December 2021.");
/// when the statement alone is still too long, it becomes "… was 39 in July 2022. This is down 14 (26%)
/// from 53 in November 2021." Words are counted as the plain-English check counts them (`ProseScanner`).
extension Wording {
  /// `statement` with its comparisons: joined to it when the sentence fits, otherwise as a sentence of
  /// their own.
  static func fitted(_ statement: String, _ figures: MetricFigures, decimals: Int, change: Change?) -> String
  {
    let joined = statement + clauses(figures, decimals: decimals, change: change) + "."
    guard !ProseScanner.fits(joined) else { return joined }
    return statement + "." + comparisonSentence(figures, decimals: decimals, change: change)
  }

  /// The comparisons as sentences of their own, each starting with a space: " It is above the national
  /// average of 65%.", " It is still above the baseline of 33 in December 2021." ("still" where the
  /// comparison goes against the change, as "but is still" does in one sentence), " The target is 5."
  /// for a neutral metric's target. Empty when there are none.
  static func comparisonSentence(_ figures: MetricFigures, decimals: Int, change: Change?) -> String {
    let parts = comparisonParts(figures, decimals: decimals)
    let judged = parts.filter { $0.statedTarget == nil }
    var text = ""
    if let improved = improvement(change) {
      let agreeing = judged.filter { !$0.contrasts(improved) }.map(\.text)
      let contrasting = judged.filter { $0.contrasts(improved) }.map(\.text)
      switch (agreeing.isEmpty, contrasting.isEmpty) {
      case (false, false):
        text = " It is \(listing(agreeing)), but is still \(listing(contrasting))."
      case (false, true): text = " It is \(listing(agreeing))."
      case (true, false): text = " It is still \(listing(contrasting))."
      case (true, true): text = ""
      }
    } else if !judged.isEmpty {
      text = " It is \(listing(judged.map(\.text)))."
    }
    for target in parts.compactMap(\.statedTarget) { text += " The target is \(target)." }
    return text
  }
}
