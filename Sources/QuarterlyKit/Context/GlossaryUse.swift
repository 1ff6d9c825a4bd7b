/// Which glossary terms parents meet in the newsletter, so that "Words we use" lists those and no
/// others: a term the page never writes is only one more long phrase to read.
///
/// A term is used when it is written as a whole word, as page finishing finds it
/// (`Abbreviations.termsWritten(in:into:)`), in the introduction, the
/// newsletter's fragments and figures, the edition's title and area, or the text of a newsletter
/// template (`newsletter…`) or of any partial (`_…`), since templates write words of their own
/// ("SEND partnership").
enum GlossaryUse {
  /// The terms of `glossary` written in any of `texts`, in the glossary's order.
  static func used(_ glossary: [GlossaryTerm], in texts: [String]) -> [GlossaryTerm] {
    used(glossary, in: texts, prepared: Abbreviations(glossary))
  }

  /// The terms of `glossary` written in any of `texts`, with the glossary already prepared as
  /// `abbreviations` (which the pages' finishing uses too).
  static func used(_ glossary: [GlossaryTerm], in texts: [String], prepared abbreviations: Abbreviations)
    -> [GlossaryTerm]
  {
    var written: Set<String> = []
    for text in texts { abbreviations.termsWritten(in: text, into: &written) }
    return glossary.filter { written.contains($0.term) }
  }

  /// The texts parents read in the newsletter, from the template data and the templates' own text.
  static func newsletterTexts(data: TemplateObject, templates: [TemplateSource]) -> [String] {
    var texts: [String] = []
    for key in ["introduction", "newsletter", "edition"] {
      if let value = data[key] { collectStrings(value, into: &texts) }
    }
    for source in templates where OutputFormat.isNewsletter(source.fileName) || source.isPartial {
      texts.append(source.text)
    }
    return texts
  }

  /// The keys whose strings the page does not show as text where terms are found: a chart's SVG (page
  /// finishing leaves SVG alone) and a fragment's Markdown and plain-text forms (its `html` is the same
  /// text as the page shows it).
  static let skippedKeys: Set<String> = ["svg", "markdown", "text"]

  /// Every string inside `value`, depth first, but those under `skippedKeys`.
  private static func collectStrings(_ value: TemplateValue, into texts: inout [String]) {
    switch value {
    case .string(let text): texts.append(text)
    case .list(let items): for item in items { collectStrings(item, into: &texts) }
    case .object(let object):
      for pair in object.pairs where !skippedKeys.contains(pair.key) {
        collectStrings(pair.value, into: &texts)
      }
    case .null, .bool, .int, .double: break
    }
  }
}
