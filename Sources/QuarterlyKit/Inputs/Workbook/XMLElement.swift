/// An element's start tag as `XMLReader` reports it: its namespace and local name, and its attributes.
struct XMLElement: Equatable {
  /// The namespace URI (empty for none).
  var namespace: String
  /// The name without its prefix.
  var name: String
  /// The attributes in document order (namespace declarations are not among them).
  var attributes: [XMLAttribute]

  /// The value of the attribute `name` in `namespace` (empty: an unprefixed attribute).
  func attribute(_ name: String, namespace: String = "") -> String? {
    attributes.first { $0.name == name && $0.namespace == namespace }?.value
  }
}

/// One attribute of a start tag, its value with references replaced.
struct XMLAttribute: Equatable {
  var namespace: String
  var name: String
  var value: String
}

/// A prefix bound to a namespace URI by an `xmlns` attribute.
struct XMLBinding {
  var prefix: String
  var uri: String
}

/// What `XMLReader.next()` finds.
enum XMLEvent: Equatable {
  /// A start tag (an empty-element tag gives `start` then `end`).
  case start(XMLElement)
  /// The end of the innermost open element.
  case end
  /// Character data (references replaced, CDATA sections included, line ends normalised to LF).
  case text(String)
}

/// Namespace URIs that the workbook reader looks for.
enum XMLNamespace {
  /// SpreadsheetML's main namespace, as Excel and LibreOffice write it (transitional).
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  /// SpreadsheetML's main namespace in ISO strict files.
  static let strictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main"
  /// The namespace of `r:id` attributes (transitional).
  static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  /// The namespace of `r:id` attributes (strict).
  static let strictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships"
  /// The `xml:` prefix's namespace, bound without a declaration.
  static let xml = "http://www.w3.org/XML/1998/namespace"

  /// Whether `uri` is SpreadsheetML's main namespace, transitional or strict.
  static func isMain(_ uri: String) -> Bool { uri == main || uri == strictMain }
}
