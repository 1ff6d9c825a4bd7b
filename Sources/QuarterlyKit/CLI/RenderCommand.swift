import Foundation

/// `quarterly render`: render one Mustache template to standard output.
enum RenderCommand: Command {
  static let name = "render"
  static let summary = "render one Mustache template to standard output"
  static let usage = """
    Usage: quarterly render TEMPLATE [--data FILE.json] [--partials DIR] [--strict]

    Renders TEMPLATE with the data in FILE.json (default: no data) and writes the result to
    standard output exactly, with no newline added.

    Options:
      --data FILE.json   the data the template sees
      --partials DIR     where partials are found (default: the template's folder); {{>NAME}} is
                         NAME.mustache, or first NAME.html.mustache / NAME.md.mustache /
                         NAME.txt.mustache when TEMPLATE has that output type
      --strict           a name with no value is an error (as in 'quarterly build')

    Escaping follows the file name: *.html.mustache and plain *.mustache escape HTML,
    *.md.mustache escapes Markdown, *.txt.mustache escapes nothing.
    """

  private struct Options {
    var template: String?
    var data: String?
    var partials: String?
    var strict = false
  }

  static func run(_ arguments: [String], console: Console) -> ExitStatus {
    var options = Options()
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      switch argument {
      case "--help", "-h":
        console.print(usage)
        return .success
      case "--strict":
        options.strict = true
      case "--data", "--partials":
        guard let value = rest.popFirst() else {
          return fail(UsageError("\(argument) needs a value"), console: console)
        }
        if argument == "--data" { options.data = value } else { options.partials = value }
      default:
        if argument.hasPrefix("--data=") {
          options.data = String(argument.dropFirst("--data=".count))
        } else if argument.hasPrefix("--partials=") {
          options.partials = String(argument.dropFirst("--partials=".count))
        } else if argument.hasPrefix("-"), argument != "-" {
          return fail(UsageError("unknown option '\(argument)'"), console: console)
        } else if options.template == nil {
          options.template = argument
        } else {
          return fail(UsageError("give one template (got '\(argument)' as well)"), console: console)
        }
      }
    }
    guard let templatePath = options.template else {
      return fail(UsageError("no template given"), console: console)
    }
    return render(templatePath, options: options, console: console)
  }

  private static func render(_ templatePath: String, options: Options, console: Console) -> ExitStatus {
    var diagnostics = Diagnostics()
    var data = TemplateValue.object(TemplateObject())
    if let dataPath = options.data {
      if let bytes = FileManager.default.contents(atPath: dataPath) {
        if let value = JSONReader.parse(
          String(decoding: bytes, as: UTF8.self), as: TemplateValue.self, file: dataPath,
          diagnostics: &diagnostics)
        {
          data = value
        }
      } else {
        diagnostics.error("cannot read the data file '\(dataPath)'")
      }
    }
    guard let bytes = FileManager.default.contents(atPath: templatePath) else {
      diagnostics.error("cannot read the template '\(templatePath)'")
      return report(diagnostics, console: console)
    }
    let fileName = (templatePath as NSString).lastPathComponent
    let parsed = Template.parse(
      String(decoding: bytes, as: UTF8.self), file: templatePath,
      escaping: TemplateEscaping.forFile(named: fileName), diagnostics: &diagnostics)
    guard let template = parsed, !diagnostics.hasErrors else {
      return report(diagnostics, console: console)
    }
    let folder = options.partials ?? folderOf(templatePath)
    let library = TemplateLibrary(folders: [URL(fileURLWithPath: folder, isDirectory: true)])
    let rendered = library.render(template, data: data, strict: options.strict, diagnostics: &diagnostics)
    if !diagnostics.hasErrors { console.write(rendered) }
    return report(diagnostics, console: console)
  }

  private static func folderOf(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  private static func report(_ diagnostics: Diagnostics, console: Console) -> ExitStatus {
    for diagnostic in diagnostics.sorted { console.printError(diagnostic.description) }
    return diagnostics.hasErrors ? .inputErrors : .success
  }
}
