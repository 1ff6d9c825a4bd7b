import Foundation

/// The ids an HTML page's layout gives, which no fragment title or heading may take: every id written
/// literally in the templates (`id="key-figures"`), each figures section's `figures-…`, each metric
/// chart's `chart-…-title` and `-desc`, and the RAG chart's.
enum PageIDs {
  /// A `HeadingSlugs` holding the layout's ids, from which the fragments' ids are then given.
  static func reserved(templates: TemplateLibrary, sections: [TemplateValue], metricIDs: [String])
    -> HeadingSlugs
  {
    var slugs = HeadingSlugs()
    for id in templates.literalIDs() { slugs.reserve(id) }
    for case .list(let list) in sections {
      for case .object(let section) in list {
        if case .string(let id)? = section["id"] { slugs.reserve("figures-" + id) }
      }
    }
    for id in metricIDs {
      slugs.reserve("chart-\(id)-title")
      slugs.reserve("chart-\(id)-desc")
    }
    slugs.reserve("rag-chart-title")
    slugs.reserve("rag-chart-desc")
    slugs.reserve("first-page-rag-chart-title")
    slugs.reserve("first-page-rag-chart-desc")
    return slugs
  }

  /// The ids written literally (with no tag in them) as `id="…"` in `text`.
  static func literalIDs(in text: String) -> [String] {
    var ids: [String] = []
    var rest = text[...]
    while let found = rest.range(of: "id=\"") {
      let before = found.lowerBound > rest.startIndex ? rest[rest.index(before: found.lowerBound)] : " "
      rest = rest[found.upperBound...]
      guard before.isWhitespace, let close = rest.firstIndex(of: "\"") else { continue }
      let id = rest[..<close]
      if !id.isEmpty, !id.contains("{{") { ids.append(String(id)) }
      rest = rest[close...]
    }
    return ids
  }
}

extension TemplateLibrary {
  /// The ids written literally in every template and partial of the folders (see `PageIDs`).
  func literalIDs() -> [String] {
    sources().flatMap { PageIDs.literalIDs(in: $0.text) }
  }
}
