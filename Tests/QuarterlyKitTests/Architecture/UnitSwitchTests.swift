import Testing

/// Only `Model/MetricUnit.swift` decides anything by a unit's case: everywhere else the code asks the unit
/// for its facts (`unit.printing`, `unit.isPercentage`, `unit.largest`…), so adding a unit touches one file.
@Suite struct UnitSwitchTests {
  /// The one file that may name a unit's cases.
  static let home = "Model/MetricUnit.swift"

  @Test func onlyTheUnitsOwnFileDecidesByItsCases() throws {
    let files = try LayerTests.moduleSources().filter { $0.key != Self.home }
    #expect(try UnitDecisions().found(in: files) == [])
  }

  @Test func findsEveryFormOfDecision() throws {
    let files = [
      "Figures/A.swift": "func a(_ unit: MetricUnit) -> Int {\n  switch unit {\n  default: 1\n  }\n}\n",
      "Figures/B.swift": "let b = definition.unit == .percent ? 1 : 0\n",
      "Figures/C.swift": "if unit != .gbp, .days == cellUnit { }\n",
      "Figures/D.swift": "let d = MetricUnit.weeks\nif case .count = definition.unit {}\n",
      "Figures/E.swift": "extension MetricUnit {\n  var e: Bool { self == .number }\n}\n",
      "Figures/F.swift": "switch definition.unit.printing {\n}\nswitch metricUnit {\n}\n",
    ]
    #expect(
      try UnitDecisions().found(in: files) == [
        "Figures/A.swift:2: switch unit {", "Figures/B.swift:1: definition.unit == .percent",
        "Figures/C.swift:1: .days == cellUnit", "Figures/C.swift:1: unit != .gbp",
        "Figures/D.swift:1: MetricUnit.weeks", "Figures/D.swift:2: case .count = definition.unit",
        "Figures/E.swift:2: self == .number", "Figures/F.swift:3: switch metricUnit {",
      ])
  }

  @Test func ignoresCommentsStringsAndOtherEnums() throws {
    let files = [
      "Figures/G.swift":
        "// switch unit { case .days }\nlet g = \"unit == .percent\"\nlet h = format == .percent\n"
        + "let i = unit.isPercentage\nswitch unit.printing {\ncase .money: break\n}\n",
      "Inputs/Cells.swift":
        "enum Format { case percent }\nextension Format { var p: Bool { self == .percent } }\n",
    ]
    #expect(try UnitDecisions().found(in: files) == [])
  }
}
