/// Finds links within a page (`href="#…"`) that lead to no element with that `id`.
enum InternalLinks {
  /// The targets of `href="#…"` links that no `id="…"` on the page matches, in page order, each once.
  static func broken(in html: String) -> [String] {
    let ids = Set(values(of: "id", in: html))
    var seen: Set<String> = []
    return values(of: "href", in: html).compactMap { href in
      guard href.hasPrefix("#"), href.count > 1 else { return nil }
      let target = String(href.dropFirst())
      guard !ids.contains(target), seen.insert(target).inserted else { return nil }
      return target
    }
  }

  /// Every value of the attribute `name` written as `name="value"` (as the tool writes attributes).
  static func values(of name: String, in html: String) -> [String] {
    fastValues(of: name, in: html) ?? referenceValues(of: name, in: html)
  }

  /// `values(of:in:)` by Foundation's search: the reference the byte-level fast path must equal.
  static func referenceValues(of name: String, in html: String) -> [String] {
    var found: [String] = []
    let marker = " \(name)=\""
    var rest = html[...]
    while let start = rest.range(of: marker) {
      let valueStart = start.upperBound
      guard let end = rest[valueStart...].firstIndex(of: "\"") else { break }
      found.append(String(rest[valueStart..<end]))
      rest = rest[end...]
    }
    return found
  }
}
