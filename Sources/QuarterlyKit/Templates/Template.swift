/// A parsed Mustache template: parsed once, then rendered many times without parsing again.
///
/// Supports the whole Mustache spec except lambdas, plus the optional inheritance (`{{<parent}}`,
/// `{{$block}}`) and dynamic names (`{{>*name}}`) modules. Render it through a `TemplateLibrary`,
/// which finds its partials.
public struct Template: Sendable {
  /// The path used in diagnostics, as the user would write it.
  public let file: String
  /// How `{{name}}` values are escaped.
  public let escaping: TemplateEscaping
  /// True when the file name states no output type: used as a partial, the template then escapes
  /// like the template that includes it.
  var inheritsEscaping: Bool = false
  /// The parsed nodes.
  let nodes: [TemplateNode]

  init(file: String, escaping: TemplateEscaping, nodes: [TemplateNode]) {
    self.file = file
    self.escaping = escaping
    self.nodes = nodes
  }

  /// Parses `source`, appending its problems (with file, line and column) to `diagnostics`; nil when
  /// it cannot be used. `startLine` is the line of `source`'s first line in `file`.
  public static func parse(
    _ source: String, file: String, startLine: Int = 1, escaping: TemplateEscaping,
    diagnostics: inout Diagnostics
  ) -> Template? {
    var parser = TemplateParser(source: source, file: file, startLine: startLine)
    let nodes = parser.parse()
    diagnostics.append(contentsOf: parser.diagnostics)
    guard let nodes, !parser.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
    return Template(file: file, escaping: escaping, nodes: nodes)
  }
}

/// A dotted name from a tag, split once at parse time (`.` alone is the implicit iterator: no parts).
struct TemplateName: Sendable, Equatable {
  let text: String
  let parts: [String]

  /// Parses `a.b.c` or `.`; nil when a part is empty or the name has spaces.
  init?(_ text: String) {
    // Spaces, line ends and dots are ASCII: the name is checked and split by bytes.
    let bytes = text.utf8
    guard !text.isEmpty,
      !bytes.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
    else { return nil }
    self.text = text
    if text == "." {
      parts = []
      return
    }
    var parts: [String] = []
    var partStart = bytes.startIndex
    var index = bytes.startIndex
    while true {
      let atEnd = index == bytes.endIndex
      if atEnd || bytes[index] == UInt8(ascii: ".") {
        guard partStart < index else { return nil }
        parts.append(String(text[partStart..<index]))
        if atEnd { break }
        partStart = bytes.index(after: index)
      }
      index = bytes.index(after: index)
    }
    self.parts = parts
  }
}

/// The name of a partial or parent: written in the tag, or (`{{>*name}}`) looked up in the data.
enum PartialName: Sendable {
  case literal(String)
  case dynamic(TemplateName)

  var text: String {
    switch self {
    case .literal(let name): return name
    case .dynamic(let name): return "*" + name.text
    }
  }
}

/// Where a tag starts in its file.
struct TagPosition: Sendable {
  let line: Int
  let column: Int
}

/// A partial (`{{>name}}`) or parent (`{{<name}}`) tag.
struct PartialReference: Sendable {
  let name: PartialName
  /// The whitespace before a standalone tag, added to every line of the partial.
  var indentation: String
  let position: TagPosition
}

/// A block (`{{$name}}…{{/name}}`): default content in a parent, or an override passed to one.
struct TemplateBlock: Sendable {
  let name: String
  var body: [TemplateNode]
  /// The block's own indentation: an override rendered in its place is indented by this much.
  var indentation: String
  /// Whether the opening tag stood alone on its line (its content then starts on a fresh line).
  let standalone: Bool
}

/// One piece of a parsed template.
indirect enum TemplateNode: Sendable {
  /// Literal text; `startsLine` when it begins a line of the source (for re-indenting blocks),
  /// `endsLine` when it ends with a newline.
  case text(String, startsLine: Bool, endsLine: Bool)
  /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
  case variable(TemplateName, escaped: Bool, TagPosition)
  /// `{{#name}}…{{/name}}` or, inverted, `{{^name}}…{{/name}}`.
  case section(TemplateName, inverted: Bool, body: [TemplateNode], TagPosition)
  /// `{{>name}}`.
  case partial(PartialReference)
  /// `{{<name}}…{{/name}}` with the blocks it overrides.
  case parent(PartialReference, overrides: [String: TemplateBlock])
  /// `{{$name}}…{{/name}}` outside a parent tag: a place a parent's caller may override.
  case block(TemplateBlock)
}
