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
}
