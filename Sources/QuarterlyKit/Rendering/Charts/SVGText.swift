/// Small helpers that write SVG coordinates and elements as text for the charts.
enum SVG {
  /// A coordinate with at most one decimal, so output is compact and stable.
  static func n(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    return String(rounded)
  }

  static func text(
    _ content: String, x: Double, y: Double, anchor: String = "start", className: String? = nil
  ) -> String {
    let classAttribute = className.map { " class=\"\($0)\"" } ?? ""
    return
      "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\"\(classAttribute)>\(Escaping.html(content))</text>"
  }

  static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, className: String) -> String {
    "<line class=\"\(className)\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\"/>"
  }
}
