import Foundation
import Testing

@testable import QuarterlyKit

/// No image reaches the email (issue 15, item 11): each becomes its alt text and a link.
@Suite struct EmailImageTests {
  @Test func imagesInAFragmentBecomeLinksInTheEmailOnly() throws {
    let root = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let edition = root.appendingPathComponent("images")
    try FileManager.default.copyItem(at: Fixture.url("good-edition"), to: edition)
    try Data(
      ("---\ntitle: Pictures\n---\nSee ![Pixel](https://tracker.example/p.gif?u=1&m=2 \"t\") and "
        + "[![Our logo](https://cdn.example/logo.png)](https://council.example/) and ![](data:image/png;base64,AAAA).\n")
        .utf8
    ).write(to: edition.appendingPathComponent("narrative/02-pictures.md"))
    let output = root.appendingPathComponent("Output")
    let results = Repository.build([EditionInput(folder: edition, displayPath: "images")], output: output)
    let result = try #require(results.first)
    #expect(result.errorCount == 0, "\(result.diagnostics.map(\.description))")
    func page(_ name: String) throws -> String {
      try String(contentsOf: output.appendingPathComponent("images/\(name)"), encoding: .utf8)
    }
    let email = try page("newsletter.email.html")
    #expect(!email.lowercased().contains("<img"))
    #expect(
      email.contains(
        "<p>See <a href=\"https://tracker.example/p.gif?u=1&amp;m=2\">Pixel</a> and "
          + "<a href=\"https://council.example/\">Our logo</a> and image.</p>"))
    #expect(try page("newsletter.html").contains("<img src=\"https://tracker.example/p.gif?u=1&amp;m=2\""))
  }

  @Test func unescapedValuesAreNotReused() {
    #expect(
      EmailImages.replace(in: "<img alt='<b>' src='https://x/\"onclick=\"a'>") == "image")
  }

  @Test func tagsAreReadWhateverTheirCaseAndQuotes() {
    #expect(
      EmailImages.replace(
        in:
          "<p><IMG ALT='A &amp; B' SRC='http://x.example/a.png'><a href=\"/\"><img src=\"https://y\"></a></p>"
      )
        == "<p><a href=\"http://x.example/a.png\">A &amp; B</a><a href=\"/\">image</a></p>")
    // A page whose only image is written in mixed case still loses it.
    #expect(
      EmailImages.replace(in: "<p>é <Img alt=\"pixel\" src=\"https://t.example/p.gif\"></p>")
        == "<p>é <a href=\"https://t.example/p.gif\">pixel</a></p>")
  }
}
