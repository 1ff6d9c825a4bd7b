import Foundation
import QuarterlyKit

/// `glossary`: expanding glossary terms in one large HTML page, with many terms and with few, to show
/// that the time depends on the page's length and not on the number of terms.
enum GlossaryBench {
  /// Times `Abbreviations.apply` over one page with 20 terms and with `--terms`, median of 3 runs each.
  static func run(_ arguments: inout BenchArguments) -> Int32 {
    let termCount = arguments.int("--terms", default: 20000)
    let size = arguments.int("--bytes", default: 2_000_000)
    guard termCount > 0, size > 0 else { return Measure.fail("glossary needs --terms and --bytes above 0") }
    let terms = (0..<termCount).map { GlossaryTerm(term: name($0), meaning: "meaning number \($0)") }
    let page = page(bytes: size, terms: terms)
    var milliseconds: [String] = []
    for count in [20, termCount] {
      let abbreviations = Abbreviations(Array(terms.prefix(count)))
      var length = 0
      let times = (0..<3).map { _ in Measure.time { length = abbreviations.apply(to: page).utf8.count } }
      precondition(length > page.utf8.count)
      let median = Measure.median(times) * 1000
      milliseconds.append(Measure.format(median))
      print("\(count) terms over \(page.utf8.count) bytes: \(Measure.format(median)) ms")
    }
    // The same page with words beyond simple text (a combining accent, CJK, an emoji with a skin tone),
    // which once took the character-walking path.
    let unicodePage = Self.page(bytes: size, terms: terms, words: unicodeWords)
    let abbreviations = Abbreviations(Array(terms.prefix(20)))
    let times = (0..<3).map { _ in Measure.time { _ = abbreviations.apply(to: unicodePage).utf8.count } }
    let unicode = Measure.format(Measure.median(times) * 1000)
    print("20 terms over \(unicodePage.utf8.count) bytes with text beyond Latin: \(unicode) ms")
    print(
      "RESULT glossary terms=\(termCount) bytes=\(page.utf8.count) ms=\(milliseconds[1]) ms_20_terms=\(milliseconds[0])"
        + " ms_unicode=\(unicode)"
    )
    return 0
  }

  /// The `index`th term: capital letters, as abbreviations are written (A, B, …, Z, AA, AB, …), after a
  /// fixed "G" so that no term is an ordinary word.
  static func name(_ index: Int) -> String {
    var letters: [Character] = []
    var rest = index
    repeat {
      letters.append(Character(UnicodeScalar(UInt8(65 + rest % 26))))
      rest = rest / 26 - 1
    } while rest >= 0
    return "G" + String(letters.reversed())
  }

  /// The page's words: plain ones, some of which start like terms.
  static let plainWords = ["the", "plan", "Gap", "reviews", "GX-ray", "were", "on", "time", "Group", "for"]
  /// The page's words with some beyond simple text: a decomposed "é", Chinese, an emoji with a skin tone.
  static let unicodeWords = [
    "the", "cafe\u{301}", "Gap", "reviews", "GX-ray", "東京", "on", "👍🏽", "Group", "for",
  ]

  /// An HTML page of paragraphs, about `bytes` long, in which every fourth word is a term (each term in
  /// turn) and the others are `words` in turn.
  static func page(bytes: Int, terms: [GlossaryTerm], words: [String] = plainWords) -> String {
    var html = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Bench</title></head><body><main>\n"
    var word = 0
    var term = 0
    while html.utf8.count < bytes {
      html += "<p>"
      for position in 0..<60 {
        if position > 0 { html += " " }
        if position % 4 == 3 {
          html += terms[term % terms.count].term
          term += 1
        } else {
          html += words[word % words.count]
          word += 1
        }
      }
      html += ".</p>\n"
    }
    return html + "</main></body></html>\n"
  }
}
