/// The kinds of file a build writes. A file's name decides its kind here and nowhere else; the kind then
/// decides how template values are escaped, how a filled page is finished and what is checked after.
public enum OutputFormat: Sendable, Hashable, CaseIterable {
  /// A web page, `*.html`: glossary terms expanded, internal links checked.
  case htmlPage
  /// An email, `*.email.html`: as a web page, with its images replaced for mail clients.
  case emailHTML
  /// A Markdown document, `*.md`: tables aligned, blank lines tidied.
  case markdown
  /// A plain-text document, `*.txt`: long lines wrapped, blank lines tidied.
  case text
  /// JSON, `*.json` (`figures.json` is written by quarterly itself).
  case json
  /// The printed pack, `*.pdf`, printed from the monitoring pack's page.
  case pdf

  /// The kind of an output file, from its name; nil for a name of no kind quarterly knows.
  public init?(fileName name: String) {
    guard let dot = name.lastIndex(of: ".") else { return nil }
    switch name[name.index(after: dot)...] {
    case "html": self = name[..<dot].hasSuffix(".email") ? .emailHTML : .htmlPage
    case "md": self = .markdown
    case "txt": self = .text
    case "json": self = .json
    case "pdf": self = .pdf
    default: return nil
    }
  }

  /// The kind of the file a template makes, from the template's file name (`NAME.TYPE.mustache`), when
  /// the name states one of the template types (HTML, Markdown or text).
  public init?(templateFileName name: String) {
    let suffix = ".mustache"
    guard name.hasSuffix(suffix), let format = OutputFormat(fileName: String(name.dropLast(suffix.count))),
      format.templateEscaping != nil
    else { return nil }
    self = format
  }

  /// How template values are escaped in this kind of file; nil for the kinds quarterly writes itself
  /// (JSON, PDF), whose templates, if any, take the Mustache default.
  public var templateEscaping: TemplateEscaping? {
    switch self {
    case .htmlPage, .emailHTML: return .html
    case .markdown: return .markdown
    case .text: return TemplateEscaping.none
    case .json, .pdf: return nil
    }
  }

  /// Whether the file is an HTML page (a web page or an email), read in a browser or a mail client.
  public var isHTML: Bool { self == .htmlPage || self == .emailHTML }

  /// Whether the file is an HTML page whose `#` links must lead to an id on the page.
  public var checksInternalLinks: Bool { isHTML }

  /// Whether a file (or the template that makes it) is part of the parents' newsletter
  /// (`newsletter.html`, `newsletter.email.html.mustache`…): what the plain-English checks measure and
  /// "Words we use" explains.
  public static func isNewsletter(_ fileName: some StringProtocol) -> Bool {
    fileName.hasPrefix("newsletter")
  }
}
