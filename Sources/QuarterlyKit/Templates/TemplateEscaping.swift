/// How `{{name}}` values are escaped in a template's output; `{{{name}}}` and `{{&name}}` are never escaped.
public enum TemplateEscaping: Sendable, Hashable {
  /// HTML text and attributes (`& < > "`), the Mustache default.
  case html
  /// Markdown: characters that would change the document's structure are backslash-escaped.
  case markdown
  /// Plain text: values are inserted as they are.
  case none

  /// The escaping for a template file, from its name (`OutputFormat`): `*.html.mustache` → html, `*.md.mustache` →
  /// markdown, `*.txt.mustache` → none, any other `*.mustache` → html (the Mustache default).
  public static func forFile(named name: String) -> TemplateEscaping {
    OutputFormat(templateFileName: name)?.templateEscaping ?? .html
  }

  /// Whether the file name states an output type (`.html`, `.md` or `.txt` before `.mustache`).
  /// A partial whose name does not state one takes the escaping of the template that includes it.
  static func fileNameStatesType(_ name: String) -> Bool {
    OutputFormat(templateFileName: name) != nil
  }

  /// The file-name infix for this output type (`html`, `md`, `txt`).
  var fileInfix: String {
    switch self {
    case .html: return "html"
    case .markdown: return "md"
    case .none: return "txt"
    }
  }
}
