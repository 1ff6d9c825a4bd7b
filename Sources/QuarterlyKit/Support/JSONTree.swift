/// A tree of values that JSON is read into and written from: the template values are one.
///
/// `JSONReader` and `JSONWriter` are the one place that knows JSON's syntax and how its strings are
/// written; a tree only says what kind of value each of its nodes is, and makes a node from its parts.
public protocol JSONTree {
  /// What kind of value this is, with its children as they are.
  var jsonNode: JSONNode<Self> { get }
  /// The value that a node read from JSON stands for; its children are made already.
  init(jsonNode: JSONNode<Self>)
}

/// One node of a JSON value: its kind and, for lists and objects, its children. Object keys are unique
/// and kept in the order they came in.
public enum JSONNode<Tree> {
  case null
  case bool(Bool)
  /// A number written without a fraction or an exponent (`85`) that fits an `Int`.
  case int(Int)
  /// Any other number (`1.21`, `1e3`).
  case double(Double)
  case string(String)
  case list([Tree])
  case object([(key: String, value: Tree)])
}
