import Foundation

/// Keeps every date in one piece on paper: before the monitoring pack is printed, the spaces inside
/// "13 October 2020", "Sept 2020" and "Jun 2022" become no-break spaces, and a word joiner follows the
/// hyphen of a tracker month such as "Mar-20", so that Chromium never ends a line inside a date. Only the
/// text between tags is changed (not `<style>` or `<script>`); the HTML files themselves are not.
enum PrintDates {
  private static let months =
    "January|February|March|April|May|June|July|August|September|October|November|December"
    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"

  /// A day before a month, and a month before a four-digit year: the space between them.
  private static let spaced: NSRegularExpression? = try? NSRegularExpression(
    pattern: "(?<![\\p{L}\\p{N}])(?:(\\d{1,2}) (?=(?:\(months))(?![\\p{L}]))|(\(months)) (?=\\d{4}(?!\\d)))")
  /// A tracker month: `Mar-20`, `Sept-2020`.
  private static let hyphened: NSRegularExpression? = try? NSRegularExpression(
    pattern: "(?<![\\p{L}])(\(months))-(?=\\d{2}(?:\\d{2})?(?!\\d))")

  /// The page with its dates joined.
  static func joined(_ html: Data) -> Data {
    let text = String(decoding: html, as: UTF8.self)
    var out = ""
    out.reserveCapacity(text.utf8.count + 1024)
    var rest = text[...]
    while let open = rest.firstIndex(of: "<") {
      out += join(rest[..<open])
      let tagRest = rest[open...]
      let lower = tagRest.prefix(8).lowercased()
      let closing = lower.hasPrefix("<style") ? "</style>" : lower.hasPrefix("<script") ? "</script>" : ">"
      guard let end = tagRest.range(of: closing) else {
        out += tagRest
        return Data(out.utf8)
      }
      out += tagRest[..<end.upperBound]
      rest = tagRest[end.upperBound...]
    }
    out += join(rest)
    return Data(out.utf8)
  }

  /// One run of text between tags, with its dates joined.
  private static func join(_ text: Substring) -> String {
    var result = String(text)
    guard result.contains(where: { $0.isNumber }) else { return result }
    if let spaced {
      let range = NSRange(result.startIndex..., in: result)
      result = spaced.stringByReplacingMatches(in: result, range: range, withTemplate: "$1$2\u{00A0}")
    }
    if let hyphened {
      let range = NSRange(result.startIndex..., in: result)
      result = hyphened.stringByReplacingMatches(in: result, range: range, withTemplate: "$1-\u{2060}")
    }
    return result
  }
}
