/// Which metrics the fragments of a document quote, so that a figure is said once per page.
///
/// A fragment quotes a metric with a tag such as `{{metrics.complaints.sentence}}`. The document's key
/// figures then give a quoted metric as a short summary ("Number of complaints: 39 in July 2022")
/// instead of repeating its sentence word for word. A metric for the monitoring pack only, quoted in a
/// fragment parents read, is a warning at the tag.
enum FigureQuotes {
  /// One `metrics.<id>` reference in a fragment: the id, the field after it (`sentence`, or empty) and
  /// where it is.
  struct Reference {
    var id: String
    var field: String
    var location: SourceLocation
  }

  /// Every `metrics.<id>` reference in a fragment, read as bytes in one pass (tags are ASCII).
  static func references(in fragment: Fragment) -> [Reference] {
    let bytes = Array(fragment.body.utf8)
    let prefix = Array("metrics.".utf8)
    func isNamePart(_ byte: UInt8) -> Bool {
      (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "_")
        || (0x41...0x5A).contains(byte)
    }
    var found: [Reference] = []
    var line = 0
    var lineStart = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") {
        line += 1
        lineStart = index + 1
      } else if byte == prefix[0], bytes.count - index > prefix.count,
        bytes[index..<(index + prefix.count)].elementsEqual(prefix)
      {
        var end = index + prefix.count
        while end < bytes.count, isNamePart(bytes[end]) { end += 1 }
        let id = String(decoding: bytes[(index + prefix.count)..<end], as: UTF8.self)
        var fieldEnd = end
        if fieldEnd < bytes.count, bytes[fieldEnd] == UInt8(ascii: ".") {
          fieldEnd += 1
          while fieldEnd < bytes.count, isNamePart(bytes[fieldEnd]) { fieldEnd += 1 }
        }
        let field = fieldEnd > end ? String(decoding: bytes[(end + 1)..<fieldEnd], as: UTF8.self) : ""
        // The column counts characters: every byte that does not continue a UTF-8 sequence.
        let column = bytes[lineStart..<index].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        found.append(
          Reference(
            id: id, field: field,
            location: SourceLocation(file: fragment.path, line: fragment.bodyLine + line, column: column)))
        index = fieldEnd
        continue
      }
      index += 1
    }
    return found
  }

  /// The ids of the metrics whose sentence the fragments (and introduction) of a document quote.
  static func quoted(in fragments: [Fragment], definitions: [MetricDefinition]) -> Set<String> {
    let ids = Set(definitions.map(\.id))
    var quoted: Set<String> = []
    for fragment in fragments {
      for reference in references(in: fragment)
      where reference.field == "sentence" && ids.contains(reference.id) {
        quoted.insert(reference.id)
      }
    }
    return quoted
  }

  /// Warns about every monitoring-only metric quoted in a fragment that parents read.
  static func checkAudiences(
    _ fragments: [Fragment], definitions: [MetricDefinition], diagnostics: inout Diagnostics
  ) {
    let monitoringOnly = Set(definitions.filter { $0.audience == .monitoring }.map(\.id))
    guard !monitoringOnly.isEmpty else { return }
    for fragment in fragments where fragment.audience.includes(.parents) {
      for tag in references(in: fragment) where monitoringOnly.contains(tag.id) {
        diagnostics.warning(
          "the fragment quotes \(tag.id), a figure for the monitoring pack only, in a page parents read",
          at: tag.location,
          hint:
            "set audience to both for \(tag.id) in metric-definitions.csv, or move the text to a fragment "
            + "with audience: monitoring")
      }
    }
  }
}
