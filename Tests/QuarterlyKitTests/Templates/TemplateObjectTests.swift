import Testing

@testable import QuarterlyKit

/// Template objects keep insertion order and find keys the same way whether small (searched) or large
/// (indexed).
@Suite struct TemplateObjectTests {
  @Test(arguments: [3, TemplateObject.indexThreshold, TemplateObject.indexThreshold + 1, 40])
  func keysAreFoundReplacedAndRemovedInOrder(count: Int) {
    var object = TemplateObject()
    for number in 0..<count { object["key\(number)"] = .int(number) }
    #expect(object.count == count)
    #expect(object.keys == (0..<count).map { "key\($0)" })
    for number in 0..<count { #expect(object["key\(number)"] == .int(number)) }
    #expect(object["missing"] == nil)

    object["key1"] = .string("replaced")
    #expect(object.keys == (0..<count).map { "key\($0)" })
    #expect(object["key1"] == .string("replaced"))

    object["key0"] = nil
    #expect(object.count == count - 1)
    #expect(object.keys == (1..<count).map { "key\($0)" })
    #expect(object["key0"] == nil)
    for number in 2..<count { #expect(object["key\(number)"] == .int(number)) }

    object["key0"] = .bool(true)
    #expect(object.keys.last == "key0")
    #expect(object["key0"] == .bool(true))
  }

  @Test func equalityNeedsTheSameOrder() {
    let ab = TemplateObject([("a", 1), ("b", 2)])
    let ba = TemplateObject([("b", 2), ("a", 1)])
    #expect(ab == TemplateObject([("a", 1), ("b", 2)]))
    #expect(ab != ba)
    #expect(ab != TemplateObject([("a", 1), ("b", 3)]))
    #expect(ab != TemplateObject([("a", 1)]))
  }
}
