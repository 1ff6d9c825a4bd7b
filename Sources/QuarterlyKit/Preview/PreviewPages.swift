/// The pages `quarterly preview` makes itself: the list of editions and the page of an edition whose
/// build failed. Every name and message is escaped with `Escaping.html`.
enum PreviewPages {
  /// The page at `/`: each edition with links to its built files, or its diagnostics when it failed.
  static func index(_ build: PreviewBuild) -> String {
    var body = "<h1>quarterly preview</h1>\n"
    body +=
      "<p>Build \(build.version), \(build.milliseconds) ms. Pages reload when an input or template changes.</p>\n"
    for edition in build.editions {
      body += "<h2>\(Escaping.html(edition.id))</h2>\n"
      if edition.succeeded {
        body += "<ul>\n"
        for file in edition.files {
          let href = "/" + Escaping.urlPathSegment(edition.id) + "/" + Escaping.urlPathSegment(file)
          body += "<li><a href=\"\(Escaping.html(href))\">\(Escaping.html(file))</a></li>\n"
        }
        body += "</ul>\n"
      }
      body += diagnosticsList(edition)
    }
    return page(title: "quarterly preview", body: body, version: build.version)
  }

  /// The page shown instead of any file of an edition whose build failed: every diagnostic with the
  /// offending source line and a caret under the column.
  static func failure(_ edition: PreviewEdition, version: Int) -> String {
    let errors = edition.diagnostics.filter { $0.diagnostic.severity == .error }.count
    var body = "<h1>\(Escaping.html(edition.id)) did not build</h1>\n"
    body +=
      "<p>\(errors) error\(errors == 1 ? "" : "s"). This page comes back by itself once they are fixed.</p>\n"
    body += diagnosticsList(edition)
    body += "<p><a href=\"/\">All editions</a></p>\n"
    return page(title: "\(edition.id) did not build", body: body, version: version)
  }

  /// The diagnostics of an edition as a list, each line as the terminal shows it, then its source line
  /// and caret.
  static func diagnosticsList(_ edition: PreviewEdition) -> String {
    guard !edition.diagnostics.isEmpty else { return "" }
    var list = "<ol class=\"diagnostics\">\n"
    for excerpt in edition.diagnostics {
      list += "<li class=\"\(excerpt.diagnostic.severity.rawValue)\"><pre>"
      list += Escaping.html(excerpt.diagnostic.description)
      if let line = excerpt.sourceLine, let caret = excerpt.caretLine {
        list += "\n" + Escaping.html(line) + "\n<span class=\"caret\">" + Escaping.html(caret) + "</span>"
      }
      list += "</pre></li>\n"
    }
    return list + "</ol>\n"
  }

  /// A whole page with the preview's style and its reload script.
  private static func page(title: String, body: String, version: Int) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(Escaping.html(title))</title>
    <style>
    body { font-family: system-ui, sans-serif; margin: 2rem; max-width: 60rem; color: #0b0c0c; }
    pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
    .diagnostics li { margin-bottom: 1rem; }
    .error pre { border-left: 4px solid #d4351c; padding-left: 0.5rem; }
    .warning pre { border-left: 4px solid #f47738; padding-left: 0.5rem; }
    .caret { color: #d4351c; font-weight: bold; }
    </style>
    </head>
    <body>
    <main>
    \(body)</main>
    \(ReloadScript.element(version: version))</body>
    </html>

    """
  }
}
