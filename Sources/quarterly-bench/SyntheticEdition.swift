import Foundation
import QuarterlyKit

/// Writes deterministic, seeded synthetic editions shaped like the sample: 24 months of 30 metrics
/// (trends, noise and the occasional shift, so SPC signals appear), fragments quoting
/// `{{metrics.<id>.sentence}}`, a glossary, and a 500-row tracker in the real tracker's CSV shape
/// (UTF-8 with a byte-order mark, CRLF, the Excel export's 16 columns).
struct SyntheticEdition {
  var metricCount = 30
  var months = 24
  var trackerRows = 500

  /// A small, fast, deterministic generator (SplitMix64).
  struct Random {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
      range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }
    /// Roughly normal (sum of uniforms), mean 0, standard deviation 1.
    mutating func normal() -> Double { (0..<6).reduce(0.0) { sum, _ in sum + unit() } - 3 }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
  }

  static let sections = [
    "Complaints", "Assessments and annual reviews", "Preparing for adulthood", "Therapy waiting times",
    "Short breaks", "Neurodevelopmental pathway",
  ]
  static let subjects = [
    "complaints", "education, health and care needs assessments", "annual reviews", "tribunal appeals",
    "mediation cases", "short break placements", "speech and language therapy referrals",
    "occupational therapy referrals", "autism assessments", "ADHD assessments", "personal budgets",
    "children in alternative provision", "school exclusions", "transition plans", "parent carer surveys",
  ]
  static let words =
    ("partnership parents carers children young people plan support school health care service team review "
    + "assessment therapy wait outcome family provision local area improvement training workforce quality "
    + "data report commissioning pathway transition adulthood engagement feedback co-production").split(
      separator: " "
    ).map(String.init)

  /// Writes edition number `index` into `folder` (created).
  func write(to folder: URL, index: Int, seed: UInt64) throws {
    var random = Random(seed: seed &+ UInt64(index) &* 7919)
    let manager = FileManager.default
    try manager.createDirectory(
      at: folder.appendingPathComponent("narrative"), withIntermediateDirectories: true)
    let ids = (0..<metricCount).map { "metric_\($0 + 1)" }
    try editionText(index: index, random: &random).write(
      to: folder.appendingPathComponent("edition.md"), atomically: false, encoding: .utf8)
    let (definitions, values) = metrics(ids: ids, random: &random)
    try definitions.write(
      to: folder.appendingPathComponent("metric-definitions.csv"), atomically: false, encoding: .utf8)
    try values.write(to: folder.appendingPathComponent("metrics.csv"), atomically: false, encoding: .utf8)
    try glossary().write(
      to: folder.appendingPathComponent("glossary.csv"), atomically: false, encoding: .utf8)
    for (number, text) in fragments(ids: ids, random: &random).enumerated() {
      try text.write(
        to: folder.appendingPathComponent("narrative/\(String(format: "%02d", number + 1))-section.md"),
        atomically: false, encoding: .utf8)
    }
    try Data(tracker(random: &random).utf8).write(to: folder.appendingPathComponent("action-plan.csv"))
  }

  /// The last month of the series: September 2022.
  static let asOf = (year: 2022, month: 9)

  func month(_ offset: Int) -> String {
    let total = Self.asOf.year * 12 + (Self.asOf.month - 1) - (months - 1) + offset
    return String(format: "%04d-%02d", total / 12, total % 12 + 1)
  }

  func sentence(_ random: inout Random, words count: Int) -> String {
    var parts = (0..<count).map { _ in random.pick(Self.words) }
    if random.unit() < 0.3 { parts[random.int(0...(count - 1))] = "**\(random.pick(Self.words))**" }
    if random.unit() < 0.2 { parts[random.int(0...(count - 1))] = "*\(random.pick(Self.words))*" }
    let text = parts.joined(separator: " ")
    return text.prefix(1).uppercased() + text.dropFirst() + "."
  }

  func paragraph(_ random: inout Random) -> String {
    (0..<random.int(2...5)).map { _ in sentence(&random, words: random.int(8...20)) }.joined(separator: " ")
  }

  func editionText(index: Int, random: inout Random) -> String {
    """
    ---
    area: Synthetic area \(index + 1)
    title: SEND improvement update, autumn 2022
    as_of: 2022-09-30
    web_url: https://example.org/send/\(index + 1)/
    ---
    \(paragraph(&random))

    \(paragraph(&random)) The SEND partnership and the CQC check the DfE figures every quarter.

    """
  }

  /// metric-definitions.csv and metrics.csv.
  func metrics(ids: [String], random: inout Random) -> (String, String) {
    let units = ["count", "percent", "days", "weeks", "number", "gbp", "percent", "count"]
    var definitions = "id,label,unit,better,compare,baseline,national,target,count_noun,audience,section\n"
    var values = "metric,period,value,numerator,denominator,note\n"
    for (number, id) in ids.enumerated() {
      let unit = units[number % units.count]
      let better = ["lower", "higher", "neutral"][number % 3]
      let compare = ["previous", "first", month(random.int(0...(months - 4)))][number % 3]
      let baseline = number % 4 == 0 ? month(random.int(0...6)) : ""
      let subject = Self.subjects[number % Self.subjects.count]
      let label: String
      var base: Double
      switch unit {
      case "percent":
        label = "\(subject) completed on time (\(number + 1))"
        base = 30 + random.unit() * 50
      case "days", "weeks":
        label = "average wait for \(subject) (\(number + 1))"
        base = 5 + random.unit() * 40
      case "gbp":
        label = "average cost of \(subject) (\(number + 1))"
        base = 50 + random.unit() * 5000
      default:
        label = "number of \(subject) (\(number + 1))"
        base = 20 + random.unit() * 2000
      }
      let fraction = unit == "percent" && number % 2 == 1
      let national = number % 5 == 1 ? plain(base * (0.9 + random.unit() * 0.2), unit: unit) : ""
      let target = number % 6 == 2 ? plain(base * (0.8 + random.unit() * 0.4), unit: unit) : ""
      let audience = ["both", "both", "parents", "monitoring"][number % 4]
      let section = Self.sections[number % Self.sections.count]
      definitions +=
        "\(id),\(csv(label)),\(unit),\(better),\(compare),\(baseline),\(national),\(target),"
        + "\(fraction ? "reviews" : ""),\(audience),\(section)\n"
      // A trend, noise, and from some month a shift of the level, so runs and points beyond the limits appear.
      let trend = (random.unit() - 0.5) * base * 0.02
      let noise = base * 0.05
      let shiftAt = random.int(6...(months - 1))
      let shift = (random.unit() < 0.5 ? -1.0 : 1.0) * base * 0.15
      for offset in 0..<months {
        var value = base + trend * Double(offset) + noise * random.normal()
        if offset >= shiftAt { value += shift }
        if offset == months / 2, number % 7 == 3 { value += noise * 5 }
        let note = offset == 0 ? "first month" : ""
        if unit == "percent" {
          value = min(99, max(1, value))
          if fraction {
            let denominator = random.int(200...1200)
            let numerator = Int((value / 100 * Double(denominator)).rounded())
            values += "\(id),\(month(offset)),,\(numerator),\(denominator),\(note)\n"
          } else {
            values += "\(id),\(month(offset)),\(String(format: "%.1f", value))%,,,\(note)\n"
          }
        } else {
          value = max(0, value)
          values += "\(id),\(month(offset)),\(csv(plain(value, unit: unit, separators: true))),,,\(note)\n"
        }
      }
    }
    return (definitions, values)
  }

  func plain(_ value: Double, unit: String, separators: Bool = false) -> String {
    switch unit {
    case "count", "number":
      let whole = Int(value.rounded())
      return separators ? GovUKNumbers.number(Double(whole), decimals: 0) : String(whole)
    case "gbp": return String(format: "%.2f", value)
    default: return String(format: "%.1f", value)
    }
  }

  func csv(_ text: String) -> String {
    text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
      ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
  }

  func glossary() -> String {
    """
    term,meaning
    ADHD,Attention Deficit Hyperactivity Disorder
    CQC,Care Quality Commission
    DfE,Department for Education
    EHC,"Education, Health and Care"
    SEND,Special Educational Needs and Disabilities

    """
  }

  /// Six fragments, each quoting the sentences of its section's metrics.
  func fragments(ids: [String], random: inout Random) -> [String] {
    Self.sections.enumerated().map { number, section in
      var text = """
        ---
        title: \(section)
        order: \(number + 1)
        audience: \(["parents", "monitoring", "both"][number % 3])
        ---
        \(paragraph(&random))


        """
      for (index, id) in ids.enumerated() where index % Self.sections.count == number {
        text += "- {{metrics.\(id).sentence}}\n"
      }
      text += "\n\(paragraph(&random))\n\n| Area | What we did |\n|---|---|\n"
      for _ in 0..<3 { text += "| \(random.pick(Self.words)) | \(sentence(&random, words: 8)) |\n" }
      text += "\n\(paragraph(&random))\n"
      return text
    }
  }

  /// The tracker: areas of weakness, areas for development, responses and actions, 500 rows.
  func tracker(random: inout Random) -> String {
    let header = [
      "WSOA Response Ref", "Action Ref", "Objectives / Key Areas for development",
      "Outcome / Response Success Criteria", "Start date", "Due date in WSOA (not to be changed)",
      "Expected end date (if different)", "Delivery Status", "RAG Rating", "% Complete (Response only)",
      "Yr2 Building Capacity / Integrated Model", "Yr2 Developing Support & Provision",
      "Yr2 Integrated Commissioning", "Yr2 Quality Assurance & Performance", "Yr2 Preparation for Adulthood",
      "Yr2 Other Programme / Comms / BCP",
    ]
    var lines = [header.map(csv).joined(separator: ",")]
    func row(_ cells: [String]) {
      var padded = cells
      while padded.count < header.count { padded.append("") }
      lines.append(padded.map(csv).joined(separator: ","))
    }
    let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    // Months counted from January 2018; the edition is at September 2022 (month 56).
    func date(_ index: Int) -> String {
      let clamped = max(0, index)
      let name = monthNames[clamped % 12]
      return "\(name == "Sep" ? "Sept" : name)-\(String(format: "%02d", 18 + clamped / 12))"
    }
    var area = 0
    while lines.count <= trackerRows {
      area += 1
      row([
        "\(area)", "", "AREA OF WEAKNESS: \(sentence(&random, words: 16))", "", "", "", "", "", "",
        "\(random.int(60...100))%",
      ])
      for development in 1...3 where lines.count <= trackerRows {
        let developmentRef = "\(area).\(development)"
        row([
          developmentRef, "", "MAIN FINDING / AREA FOR DEVELOPMENT: \(sentence(&random, words: 14))",
          "AREA FOR DEVELOPMENT OUTCOME: \(sentence(&random, words: 18))", date(random.int(0...12)),
          date(random.int(20...60)), "", "", "", "\(random.int(50...100))%",
        ])
        for letter in "abcdef".prefix(random.int(3...6)) where lines.count <= trackerRows {
          let responseRef = "\(developmentRef)\(letter)"
          let start = random.int(0...40)
          let due = start + random.int(2...24)
          let (status, rag) = progress(due: due, random: &random)
          row([
            responseRef, "Response", "RESPONSE: \(sentence(&random, words: 20))",
            "RESPONSE SUCCESS CRITERIA: \(sentence(&random, words: 20))", date(start), date(due),
            random.unit() < 0.2 ? date(due + random.int(1...6)) : "", status, rag,
            "\(random.int(0...100))%",
          ])
          for action in 1...random.int(3...6) where lines.count <= trackerRows {
            let actionStart = start + random.int(0...6)
            let actionDue = actionStart + random.int(0...12)
            let (status, rag) = progress(due: actionDue, random: &random)
            var cells = [
              "", "\(responseRef).\(action)", sentence(&random, words: random.int(6...24)), "",
              date(actionStart), date(actionDue),
              random.unit() < 0.15 ? date(actionDue + random.int(1...9)) : "", status, rag, "",
            ]
            if random.unit() < 0.3 { cells.append(sentence(&random, words: 6)) }
            row(cells)
          }
        }
      }
    }
    return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
  }

  /// A delivery status and RAG rating that fit a due month (month 56 is the edition's).
  func progress(due: Int, random: inout Random) -> (String, String) {
    let roll = random.unit()
    if roll < 0.12 { return ("6. Archived", "") }
    if due < 50, roll < 0.85 { return ("5. Completed", "B") }
    if roll < 0.05 + 0.12 { return ("1. Not Started", due < 56 ? "R" : "A") }
    if roll < 0.3 { return ("3. In Progress", "A") }
    if roll < 0.45, due < 56 { return ("3. In Progress", "R") }
    return roll < 0.6 ? ("3. In Progress", "G") : ("5. Completed", "B")
  }
}
