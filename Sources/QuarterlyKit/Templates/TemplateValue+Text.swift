extension TemplateValue {
  /// The text `{{name}}` inserts: strings as they are, integers in full, other numbers in their
  /// shortest form (`1.21`, and `2.0` as `2`), booleans as `true`/`false`, null as nothing.
  /// Lists and objects have no text (nil): they are for sections.
  public var interpolationText: String? {
    switch self {
    case .null: return ""
    case .bool(let value): return value ? "true" : "false"
    case .int(let value): return String(value)
    case .double(let value): return Self.text(of: value)
    case .string(let value): return value
    case .list, .object: return nil
    }
  }

  /// `85.0` → `85`, `1.21` → `1.21`, very large or small numbers in exponent form.
  static func text(of number: Double) -> String {
    if number.isFinite, number == number.rounded(.towardZero), abs(number) < 1e15 {
      return String(Int64(number))
    }
    return "\(number)"
  }

  /// A word for the kind of value, for messages ("a list").
  var kindDescription: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .int, .double: return "a number"
    case .string: return "a string"
    case .list: return "a list"
    case .object: return "an object"
    }
  }
}
