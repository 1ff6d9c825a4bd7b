import Testing

@testable import QuarterlyKit

@Suite struct JSONReaderTests {
  /// The value `JSONReader.parse` returns and the diagnostics it appends.
  private func parse(_ text: String, file: String) -> (value: TemplateValue?, diagnostics: [Diagnostic]) {
    var diagnostics = Diagnostics()
    let value = JSONReader.parse(text, as: TemplateValue.self, file: file, diagnostics: &diagnostics)
    return (value, diagnostics.items)
  }

  @Test func keepsKeyOrderAndNumberKinds() throws {
    let parsed = parse(
      #"{"z": 85, "a": 1.21, "m": [true, null, "x\u00e9\n"], "big": 1e3}"#, file: "d.json")
    #expect(parsed.diagnostics == [])
    let value = try #require(parsed.value)
    guard case .object(let object) = value else {
      Issue.record("not an object")
      return
    }
    #expect(object.keys == ["z", "a", "m", "big"])
    #expect(value["z"] == .int(85))
    #expect(value["a"] == .double(1.21))
    #expect(value["m"] == [true, nil, "xé\n"])
    #expect(value["big"] == .double(1000))
  }

  @Test func errorsHaveLineAndColumn() {
    let parsed = parse("{\n  \"a\": 1,\n  \"b\" 2\n}", file: "data.json")
    #expect(parsed.value == nil)
    #expect(
      parsed.diagnostics.map(\.description) == ["data.json:3:7: error: JSON: expected ':' after the key 'b'"])
  }

  @Test func duplicateKeysAndTrailingTextAreErrors() {
    #expect(
      parse(#"{"a": 1, "a": 2}"#, file: "d.json").diagnostics.map(\.description)
        == ["d.json:1:10: error: JSON: duplicate key 'a'"])
    #expect(
      parse("[1] x", file: "d.json").diagnostics.map(\.description)
        == ["d.json:1:5: error: JSON: unexpected text after the JSON value"])
  }

  @Test func deepNestingIsRefused() {
    let parsed = parse(String(repeating: "[", count: 10_000), file: "d.json")
    #expect(parsed.diagnostics.first?.message == "JSON: nested more than 256 deep")
  }

  @Test func escapesBecomeTheirCharacters() {
    #expect(
      parse(#"["\u00e9\u20ac\ud83d\udc4d \"\\\/\b\f\n\r\t"]"#, file: "d.json").value == [
        "é€👍 \"\\/\u{8}\u{C}\n\r\t"
      ])
    #expect(
      parse(#"["\ud83d x"]"#, file: "d.json").diagnostics.map(\.description)
        == ["d.json:1:9: error: JSON: lone surrogate in \\u escape"])
  }
}
