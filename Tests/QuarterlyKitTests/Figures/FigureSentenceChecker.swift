/// Parses a generated metric's sentence back and lists every style rule it breaks: direction only when the
/// printed values differ, changes that add up, true relative changes, GOV.UK money, no exponent notation,
/// the minus sign, no trailing zeros on changes, a grammatical subject and no repeated unit.
struct FigureSentenceChecker {
  let item: RandomMetrics.Case
  let fromMonth = "January 2022"
  let latestMonth = "June 2022"

  /// Whether the label names the unit, worked out independently of the code under test.
  var unitless: Bool {
    let words = item.label.lowercased().split(separator: " ")
    switch item.unit {
    case .days: return words.contains("day") || words.contains("days")
    case .weeks: return words.contains("week") || words.contains("weeks")
    default: return false
    }
  }

  func problems(in sentence: String) -> [String] {
    var problems: [String] = []
    // A hyphen anywhere, or a digit followed by "e" and a digit or sign (exponent notation).
    let bytes = Array(sentence.utf8)
    if bytes.contains(UInt8(ascii: "-")) { problems.append("a hyphen") }
    let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
    for index in bytes.indices.dropLast(2)
    where digits.contains(bytes[index]) && (bytes[index + 1] | 0x20) == UInt8(ascii: "e")
      && (digits.contains(bytes[index + 2]) || bytes[index + 2] == UInt8(ascii: "+"))
    {
      problems.append("exponent notation")
    }
    let opening = "By the end of \(latestMonth), "
    if item.cumulative {
      guard sentence.hasPrefix(opening) else { return problems + ["a running total without 'By the end of'"] }
      return problems + runningTotalProblems(sentence.dropFirst(opening.count))
    }
    if sentence.hasPrefix("By the end") { problems.append("a monthly figure read as a running total") }
    guard
      let verb = [" rose from ", " fell from ", " stayed at ", " was "].compactMap({ marker in
        sentence.firstRange(of: marker).map { (marker, $0) }
      }).min(by: { $0.1.lowerBound < $1.1.lowerBound })
    else { return problems + ["no verb"] }
    problems += subjectProblems(String(sentence[..<verb.1.lowerBound])) + lengthProblems(sentence)
    let rest = sentence[verb.1.upperBound...]
    switch verb.0 {
    case " stayed at ":
      guard let end = rest.firstRange(of: " between \(fromMonth) and \(latestMonth)") else {
        return problems + ["form"]
      }
      guard let latest = value(rest[..<end.lowerBound]) else { return problems + ["unreadable value"] }
      problems += fidelity(latest, index: 1) + nationalProblems(sentence, latest: latest)
      if !dataEqual { problems.append("'stayed at' hides a change in the data") }
    case " was ":
      guard let end = rest.firstRange(of: " in \(latestMonth)"),
        let split = rest.firstRange(of: ". This is "),
        let fromAt = rest[split.upperBound...].firstRange(of: " from "),
        let fromEnd = rest[fromAt.upperBound...].firstRange(of: " in \(fromMonth).")
      else { return problems + ["form"] }
      guard let latest = value(rest[..<end.lowerBound]),
        let from = value(rest[fromAt.upperBound..<fromEnd.lowerBound])
      else { return problems + ["unreadable value"] }
      problems += pair(from, latest, movement: rest[split.upperBound..<fromAt.lowerBound], rose: nil)
      problems += nationalProblems(sentence, latest: latest)
    default:
      guard let middle = rest.firstRange(of: " in \(fromMonth) to "),
        let end = rest.firstRange(of: " in \(latestMonth), ")
      else { return problems + ["form"] }
      guard let from = value(rest[..<middle.lowerBound]),
        let latest = value(rest[middle.upperBound..<end.lowerBound])
      else { return problems + ["unreadable value"] }
      if item.unit == .percent && from.decimals != latest.decimals {
        problems.append("percentages not sharing decimals")
      }
      var tail = rest[end.upperBound...]
      if let clause = [", ", ". "].compactMap({ tail.firstRange(of: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      }) {
        tail = tail[..<clause.lowerBound]
      } else {
        tail = tail.dropLast()
      }
      problems += pair(from, latest, movement: tail, rose: verb.0 == " rose from ")
      problems += nationalProblems(sentence, latest: latest)
    }
    return problems
  }

  /// The checks on "the number of … was 1,900, up 300 (19%) from 1,600 by the end of May 2022" and
  /// "… was still 1,900, as at the end of May 2022".
  func runningTotalProblems(_ body: Substring) -> [String] {
    if let still = body.firstRange(of: " was still ") {
      let subject = "The" + body[..<still.lowerBound].dropFirst(3)
      guard let end = body.firstRange(of: ", as at the end of \(fromMonth)"),
        let latest = value(body[still.upperBound..<end.lowerBound])
      else { return ["form"] }
      return subjectProblems(String(subject)) + fidelity(latest, index: 1)
        + (dataEqual ? [] : ["'still' hides a change in the data"])
    }
    guard let was = body.firstRange(of: " was "), let comma = body[was.upperBound...].firstRange(of: ", "),
      let from = body[comma.upperBound...].firstRange(of: " from "),
      let end = body[from.upperBound...].firstRange(of: " by the end of \(fromMonth)")
    else { return ["form"] }
    let subject = "The" + body[..<was.lowerBound].dropFirst(3)
    guard let latestValue = value(body[was.upperBound..<comma.lowerBound]),
      let fromValue = value(body[from.upperBound..<end.lowerBound])
    else { return ["unreadable value"] }
    return subjectProblems(String(subject))
      + pair(fromValue, latestValue, movement: body[comma.upperBound..<from.lowerBound], rose: nil)
  }

  /// GOV.UK's 25 words: each sentence after the statement starts as the split forms do ("This is up …",
  /// "It is still above …", "The target is …"), and a sentence is longer than 25 words only where it
  /// cannot be split further: the statement "… was X in MONTH." alone, with nothing else in it. Words are
  /// counted independently of the code under test: what is between spaces, if it has a letter or digit.
  func lengthProblems(_ sentence: String) -> [String] {
    var problems: [String] = []
    let parts = sentence.split(separator: ". ")
    let openers = ["This is up ", "This is down ", "It is ", "The target is ", "The figure for "]
    for part in parts.dropFirst() where !openers.contains(where: part.hasPrefix) {
      problems.append("a sentence starting '\(part.prefix(20))'")
    }
    for part in parts.dropFirst() where part.hasPrefix("It is ") {
      let standing = ["above ", "below ", "level with ", "meeting ", "short of "]
      let rest = part.dropFirst("It is ".count)
      let judged = rest.hasPrefix("still ") ? rest.dropFirst("still ".count) : rest
      if !standing.contains(where: judged.hasPrefix) { problems.append("'It is' without a standing word") }
    }
    for (index, part) in parts.enumerated() {
      let words = part.split(whereSeparator: \.isWhitespace).filter {
        $0.contains { $0.isLetter || $0.isNumber }
      }
      guard words.count > 25 else { continue }
      let bare =
        index == 0 && part.contains(" was ") && !part.contains(", ") && !part.contains(" from ")
        && (parts.count > 1 || item.national.isEmpty && item.target.isEmpty)
      if !bare { problems.append("a sentence of \(words.count) words that could be split") }
    }
    return problems
  }

  /// "above the national average of 65%" is true of the printed values.
  func nationalProblems(_ sentence: String, latest: PrintedFigureParser.Reading) -> [String] {
    guard let marker = sentence.firstRange(of: "the national average of ") else {
      return item.national.isEmpty ? [] : ["no national average"]
    }
    var text = sentence[marker.upperBound...]
    for end in [", ", " and ", ". "] {
      if let range = text.firstRange(of: end) { text = text[..<range.lowerBound] }
    }
    if text.hasSuffix(".") { text = text.dropLast() }
    guard let national = value(text) else { return ["unreadable national average '\(text)'"] }
    let before = sentence[..<marker.lowerBound]
    let truth: Bool
    if before.hasSuffix("above ") {
      truth = latest.millionths > national.millionths
    } else if before.hasSuffix("below ") {
      truth = latest.millionths < national.millionths
    } else if before.hasSuffix("level with ") {
      truth = latest.millionths == national.millionths
    } else {
      return ["no standing word before the national average"]
    }
    return truth ? [] : ["the standing against the national average is untrue"]
  }

  /// A value, without the count in brackets after a percentage.
  func value(_ text: Substring) -> PrintedFigureParser.Reading? {
    var text = text
    if item.unit == .percent, let bracket = text.firstRange(of: " (") { text = text[..<bracket.lowerBound] }
    return PrintedFigureParser.value(text, unit: item.unit, unitless: unitless)
  }

  /// The checks on two printed values and the movement between them.
  func pair(
    _ from: PrintedFigureParser.Reading, _ latest: PrintedFigureParser.Reading, movement: Substring,
    rose: Bool?
  )
    -> [String]
  {
    var problems = fidelity(from, index: 0) + fidelity(latest, index: 1)
    if from.millionths == latest.millionths { problems.append("a change word between equal printed values") }
    if let rose, rose != (latest.millionths > from.millionths) {
      problems.append("the verb points the wrong way")
    }
    let up = movement.hasPrefix("up ")
    guard up || movement.hasPrefix("down ") else { return problems + ["no up or down"] }
    if up != (latest.millionths > from.millionths) { problems.append("up/down points the wrong way") }
    var amountText = movement.dropFirst(up ? 3 : 5)
    var relative: Substring?
    if amountText.hasSuffix(")"), let open = amountText.lastIndex(of: "("), open > amountText.startIndex {
      relative = amountText[amountText.index(after: open)..<amountText.index(before: amountText.endIndex)]
      amountText = amountText[..<amountText.index(before: open)]
    }
    let difference = abs(latest.millionths - from.millionths)
    let change: PrintedFigureParser.Reading?
    if item.unit == .percent {
      let words = difference == 1_000_000 ? " percentage point" : " percentage points"
      guard amountText.hasSuffix(words) else { return problems + ["percentage points misnamed"] }
      change = PrintedFigureParser.number(amountText.dropLast(words.count)).map {
        .init(millionths: $0.millionths, decimals: $0.decimals, halfStep: 0, unitWords: words)
      }
    } else {
      change = PrintedFigureParser.value(amountText, unit: item.unit, unitless: unitless)
    }
    guard let change else { return problems + ["unreadable change '\(amountText)'"] }
    if change.millionths != difference { problems.append("the change does not add up") }
    if item.unit != .gbp, change.decimals > 0, amountText.split(separator: " ").first?.last == "0" {
      problems.append("a trailing zero on the change")
    }
    problems += relativeProblems(relative, from: from.millionths, latest: latest.millionths)
    return problems
  }

  /// A relative change only from a positive value to one that is not negative, and true when given.
  func relativeProblems(_ text: Substring?, from: Int, latest: Int) -> [String] {
    let allowed = item.unit != .percent && from > 0 && latest >= 0
    guard let text else { return allowed ? ["no relative change"] : [] }
    guard allowed else { return ["a relative change where none means anything"] }
    let share = Double(abs(latest - from)) / Double(from) * 100
    switch text {
    case "less than 0.1%": return share > 0 && share < 0.1 ? [] : ["untrue 'less than 0.1%'"]
    case "more than 99.9%": return share > 99.9 && share < 100 ? [] : ["untrue 'more than 99.9%'"]
    case "100%": return abs(latest - from) == from ? [] : ["100% for a change that is not"]
    default:
      let digits = text.dropLast().filter { $0 != "," }
      guard text.hasSuffix("%"), digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
        let value = Double(digits)
      else {
        return ["unreadable relative change '\(text)'"]
      }
      let decimals = digits.split(separator: ".").dropFirst().first?.count ?? 0
      if value == 0 { return ["a relative change of 0%"] }
      if value == 100 { return ["100% for a change that is not"] }
      let tolerance = 0.5 * (0..<decimals).reduce(1.0) { r, _ in r / 10 } + 1e-9
      return abs(value - share) <= tolerance ? [] : ["relative change \(text) is not \(share)"]
    }
  }

  /// A printed value is the data rounded: within half its last place of what the data says.
  func fidelity(_ reading: PrintedFigureParser.Reading, index: Int) -> [String] {
    if let given = item.values[index] {
      return abs(reading.millionths - given) <= reading.halfStep
        ? [] : ["\(reading.millionths) is not \(given) from the data"]
    }
    let exact = exactValue(index)
    return abs(Double(reading.millionths) - exact) <= Double(reading.halfStep) + 1
      ? [] : ["a value not from the data"]
  }

  /// The data point's value in millionths.
  func exactValue(_ index: Int) -> Double {
    if let count = item.counts[index] { return Double(count.numerator) * 1e8 / Double(count.denominator) }
    return Double(item.values[index] ?? 0)
  }

  /// Whether the two data points are equal at the data's precision (pence; a tenth of a percentage
  /// point for computed percentages).
  var dataEqual: Bool {
    if let a = item.counts[0], let b = item.counts[1] {
      func tenths(_ c: (numerator: Int, denominator: Int)) -> Int {
        (2 * c.numerator * 1000 + c.denominator) / (2 * c.denominator)
      }
      return tenths(a) == tenths(b)
    }
    return item.values[0] == item.values[1]
  }

  /// The subject names a quantity, says "number of" at most once and starts with "The".
  func subjectProblems(_ subject: String) -> [String] {
    var problems: [String] = []
    let lower = subject.lowercased()
    if !subject.hasPrefix("The ") { problems.append("subject does not start with 'The'") }
    if lower.ranges(of: "number of").count > 1 { problems.append("a doubled 'number of'") }
    let second = lower.split(separator: " ").dropFirst().first.map(String.init) ?? ""
    let nouns: Set<String>
    switch item.unit {
    case .count, .number: nouns = ["number", "total", "average", "change", "ratio"]
    case .percent: nouns = ["percentage", "proportion"]
    case .days, .weeks: nouns = ["average", "number", "time"]
    case .gbp: nouns = ["high", "local", "average", "cost"]
    }
    if !nouns.contains(second) { problems.append("the subject '\(subject)' names no quantity") }
    return problems
  }
}
