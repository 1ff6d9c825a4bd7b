/// Template values are JSON's kinds of value: `JSONReader` reads data files into them and `JSONWriter`
/// writes `figures.json` and the run report from them.
extension TemplateValue: JSONTree {
  /// The value as a JSON node; an object's pairs in their order.
  public var jsonNode: JSONNode<TemplateValue> {
    switch self {
    case .null: return .null
    case .bool(let value): return .bool(value)
    case .int(let value): return .int(value)
    case .double(let value): return .double(value)
    case .string(let value): return .string(value)
    case .list(let items): return .list(items)
    case .object(let object): return .object(object.pairs)
    }
  }

  /// The value a JSON node stands for.
  public init(jsonNode: JSONNode<TemplateValue>) {
    switch jsonNode {
    case .null: self = .null
    case .bool(let value): self = .bool(value)
    case .int(let value): self = .int(value)
    case .double(let value): self = .double(value)
    case .string(let value): self = .string(value)
    case .list(let items): self = .list(items)
    case .object(let pairs): self = .object(TemplateObject(pairs.map { ($0.key, $0.value) }))
    }
  }
}
