/// The values a template can see: the data, then each section's value pushed on top.
struct ContextStack {
  private(set) var frames: [TemplateValue]

  init(_ root: TemplateValue) {
    frames = [root]
    frames.reserveCapacity(16)
  }

  mutating func push(_ value: TemplateValue) { frames.append(value) }
  mutating func pop() { frames.removeLast() }

  /// The spec's lookup: `.` is the top value; the first part of a dotted name is looked for from
  /// the top of the stack down, the other parts only inside what the first found.
  func resolve(_ name: TemplateName) -> TemplateValue? {
    guard let first = name.parts.first else { return frames.last }
    var found: TemplateValue?
    for frame in frames.reversed() {
      if case .object(let object) = frame, let value = object[first] {
        found = value
        break
      }
    }
    guard var current = found else { return nil }
    for part in name.parts.dropFirst() {
      guard case .object(let object) = current, let value = object[part] else { return nil }
      current = value
    }
    return current
  }

  /// "did you mean …?" for a name that resolved to nothing: the closest key at the deepest level
  /// that did resolve, as a full dotted name.
  func suggestion(for name: TemplateName) -> String? {
    let parts = name.parts
    guard let first = parts.first else { return nil }
    var current: TemplateValue?
    for frame in frames.reversed() {
      if case .object(let object) = frame, let value = object[first] {
        current = value
        break
      }
    }
    var depth = 1
    if current == nil {
      var keys: [String] = []
      var seen = Set<String>()
      for frame in frames.reversed() {
        guard case .object(let object) = frame else { continue }
        for key in object.keys where seen.insert(key).inserted { keys.append(key) }
      }
      return Suggestion.closest(to: first, in: keys).map {
        "did you mean '\(([$0] + parts.dropFirst()).joined(separator: "."))'?"
      }
    }
    while depth < parts.count, case .object(let object)? = current {
      if let next = object[parts[depth]] {
        current = next
        depth += 1
        continue
      }
      guard let closest = Suggestion.closest(to: parts[depth], in: object.keys) else { return nil }
      let composed = parts[..<depth] + [closest] + parts[(depth + 1)...]
      return "did you mean '\(composed.joined(separator: "."))'?"
    }
    return nil
  }
}
