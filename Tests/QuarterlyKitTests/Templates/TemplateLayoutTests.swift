import Testing

@testable import QuarterlyKit

@Suite struct TemplateLayoutTests {
  let layout = """
    <html>
    <head><title>{{$title}}Quarterly update{{/title}}</title></head>
    <body>
    {{$body}}
      <p>No content.</p>
    {{/body}}
    </body>
    </html>

    """

  @Test func layoutWithBlocks() throws {
    let page = """
      {{<layout}}
      {{$title}}{{area}} SEND update{{/title}}
      {{$body}}
      <h1>{{area}}</h1>
      <p>Complaints: {{complaints}}</p>
      {{/body}}
      {{/layout}}

      """
    let result = try renderTemplate(
      page, file: "page.html.mustache", data: ["area": "Barset & Co", "complaints": 12],
      partials: ["layout.html.mustache": layout])
    #expect(result.errors == [])
    #expect(
      result.output == """
        <html>
        <head><title>Barset &amp; Co SEND update</title></head>
        <body>
          <h1>Barset &amp; Co</h1>
          <p>Complaints: 12</p>
        </body>
        </html>

        """)
  }

  @Test func layoutDefaultsWhenNotOverridden() throws {
    let result = try renderTemplate(
      "{{<layout}}{{/layout}}", file: "page.html.mustache", partials: ["layout.html.mustache": layout])
    #expect(result.output.contains("<title>Quarterly update</title>"))
    #expect(result.output.contains("  <p>No content.</p>\n</body>"))
  }

  @Test func layoutsComeFromTheLibraryFoldersInOrder() throws {
    let edition = try TemplateFolder(files: ["page.html.mustache": "{{<layout}}{{$x}}own{{/x}}{{/layout}}"])
    let shared = try TemplateFolder(files: [
      "layout.html.mustache": "[{{$x}}{{/x}}]", "page.html.mustache": "shared page",
    ])
    let library = TemplateLibrary(folders: [edition.url, shared.url])
    var diagnostics = Diagnostics()
    let result = library.render(
      templateNamed: "page.html", data: [:], strict: true, diagnostics: &diagnostics)
    #expect(result == "[own]")
    #expect(diagnostics.items == [])
    let missing = library.render(templateNamed: "nope", data: [:], strict: true, diagnostics: &diagnostics)
    #expect(missing == "")
    #expect(diagnostics.items.first?.message.hasPrefix("no template named 'nope'") == true)
  }

  @Test func parsedTemplatesAreCachedAndSafeToShare() async throws {
    let folder = try TemplateFolder(files: ["n.md.mustache": "{{#items}}{{.}};{{/items}}"])
    let library = TemplateLibrary(folders: [folder.url])
    let outputs = await withTaskGroup(of: String.self) { group in
      for i in 0..<8 {
        group.addTask {
          var diagnostics = Diagnostics()
          return library.render(
            templateNamed: "n.md", data: ["items": [.int(i), .int(i + 1)]], strict: true,
            diagnostics: &diagnostics)
        }
      }
      var all: [String] = []
      for await output in group { all.append(output) }
      return all.sorted()
    }
    #expect(outputs == (0..<8).map { "\($0);\($0 + 1);" }.sorted())
  }
}
