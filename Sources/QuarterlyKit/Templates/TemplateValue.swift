/// The data a template sees: JSON's kinds of value, with object keys kept in the order they were added.
///
/// Figures, editions and fragments become `TemplateValue`s once per run; `figures.json` is written from
/// the same tree, so what the documents state and what the JSON records cannot drift apart.
public indirect enum TemplateValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case list([TemplateValue])
  case object(TemplateObject)

  /// The value at `key` when this is an object, else nil.
  public subscript(key: String) -> TemplateValue? {
    if case .object(let object) = self { return object[key] }
    return nil
  }

  /// Mustache truthiness: false, null, empty lists and empty strings are falsey... except that the
  /// spec treats the empty string as truthy; only `false`, `null` and `[]` are falsey.
  public var isFalsey: Bool {
    switch self {
    case .null: return true
    case .bool(let b): return !b
    case .list(let items): return items.isEmpty
    default: return false
    }
  }
}

/// A JSON object that remembers the order its keys were added in (for stable output).
public struct TemplateObject: Sendable, Equatable {
  public private(set) var keys: [String] = []
  public private(set) var storage: [String: TemplateValue] = [:]

  public init() {}

  public init(_ pairs: [(String, TemplateValue)]) {
    for (key, value) in pairs { self[key] = value }
  }

  public subscript(key: String) -> TemplateValue? {
    get { storage[key] }
    set {
      if let newValue {
        if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
      } else if storage.removeValue(forKey: key) != nil {
        keys.removeAll { $0 == key }
      }
    }
  }

  /// Key-value pairs in insertion order.
  public var pairs: [(key: String, value: TemplateValue)] {
    keys.compactMap { key in storage[key].map { (key, $0) } }
  }

  public var isEmpty: Bool { keys.isEmpty }
  public var count: Int { keys.count }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByFloatLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
  ExpressibleByNilLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .int(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(floatLiteral value: Double) { self = .double(value) }
  public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
  public init(dictionaryLiteral elements: (String, TemplateValue)...) {
    self = .object(TemplateObject(elements))
  }
  public init(nilLiteral: ()) { self = .null }
}
