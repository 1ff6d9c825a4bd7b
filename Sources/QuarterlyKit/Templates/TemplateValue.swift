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
///
/// The pairs are kept in one array, in order. Most objects the tool builds are small (a data point, a
/// change, a fragment), and finding a key among a few by comparing is cheaper than hashing it; an
/// object that grows past `indexThreshold` keys also gets a dictionary from key to position.
public struct TemplateObject: Sendable, Equatable {
  public private(set) var pairs: [(key: String, value: TemplateValue)] = []
  private var positions: [String: Int]?

  /// The number of keys from which lookups go through a dictionary.
  static let indexThreshold = 12

  public init() {}

  public init(_ pairs: [(String, TemplateValue)]) {
    self.pairs.reserveCapacity(pairs.count)
    for (key, value) in pairs { self[key] = value }
  }

  public subscript(key: String) -> TemplateValue? {
    get { position(of: key).map { pairs[$0].value } }
    set {
      if let newValue {
        if let position = position(of: key) {
          pairs[position].value = newValue
        } else {
          pairs.append((key, newValue))
          if positions != nil {
            positions?[key] = pairs.count - 1
          } else if pairs.count > Self.indexThreshold {
            positions = Self.index(pairs)
          }
        }
      } else if let position = position(of: key) {
        pairs.remove(at: position)
        positions = pairs.count > Self.indexThreshold ? Self.index(pairs) : nil
      }
    }
  }

  /// Each key's position (the keys are unique: the subscript never appends a key twice).
  private static func index(_ pairs: [(key: String, value: TemplateValue)]) -> [String: Int] {
    Dictionary(uniqueKeysWithValues: pairs.enumerated().map { ($0.element.key, $0.offset) })
  }

  private func position(of key: String) -> Int? {
    if let positions { return positions[key] }
    return pairs.firstIndex { $0.key == key }
  }

  /// The keys in insertion order.
  public var keys: [String] { pairs.map(\.key) }
  public var isEmpty: Bool { pairs.isEmpty }
  public var count: Int { pairs.count }

  /// Equal when the same keys hold equal values in the same order.
  public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
    lhs.pairs.count == rhs.pairs.count
      && zip(lhs.pairs, rhs.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
  }
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
