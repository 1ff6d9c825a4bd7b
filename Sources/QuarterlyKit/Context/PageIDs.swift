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

  /// The ids written literally (with no tag in them) as `id="…"` in `text`, after white space. The text
  /// is searched by its UTF-8 bytes (every template is searched on every build).
  static func literalIDs(in text: String) -> [String] {
    var ids: [String] = []
    let utf8 = text.utf8
    let opening = Array("id=\"".utf8)
    var index = utf8.startIndex
    while let found = Bytes.firstIndex(of: opening, in: utf8, from: index) {
      let value = utf8.index(found, offsetBy: opening.count)
      let before: Character = found > text.startIndex ? text[text.index(before: found)] : " "
      index = value
      guard before.isWhitespace, let close = utf8[value...].firstIndex(of: UInt8(ascii: "\"")) else {
        continue
      }
      let id = text[value..<close]
      if !id.isEmpty, Bytes.firstIndex(of: Array("{{".utf8), in: id.utf8, from: id.utf8.startIndex) == nil {
        ids.append(String(id))
      }
      index = close
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
