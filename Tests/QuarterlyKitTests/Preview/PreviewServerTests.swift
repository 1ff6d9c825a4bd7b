import Foundation
import Testing

@testable import QuarterlyKit

/// The preview server over real sockets on 127.0.0.1: status codes, HEAD, hostile paths, slow clients,
/// and pages that follow the inputs through rebuilds.
@Suite struct PreviewServerTests {
  /// A previewed copy of the good edition, served on a free port with a half-second time limit.
  final class Served {
    let temporary: URL
    let edition: URL
    let site: PreviewSite
    let server: PreviewServer
    let client: RawHTTPClient

    init() throws {
      temporary = try Repository.temporaryFolder()
      edition = temporary.appendingPathComponent("editions/good-edition")
      try FileManager.default.createDirectory(
        at: edition.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: Fixture.url("good-edition"), to: edition)
      let builder = PreviewBuilder(
        inputs: [EditionInput(folder: edition, displayPath: edition.path)], templates: Repository.templates,
        root: temporary.appendingPathComponent("build"), workingDirectory: temporary)
      let site = PreviewSite(builder: builder)
      self.site = site
      server = PreviewServer(timeLimit: 0.5) { site.respond(to: $0) }
      client = RawHTTPClient(port: try server.start(port: 0))
    }

    deinit {
      server.stop()
      try? FileManager.default.removeItem(at: temporary)
    }

    /// The fragment file of the edition.
    var fragment: URL { edition.appendingPathComponent("narrative/01-news.md") }
  }

  @Test func theIndexListsTheEditionAndItsPages() throws {
    let served = try Served()
    let reply = served.client.request("GET", "/")
    #expect(reply.status == 200)
    #expect(reply.header("Content-Type") == "text/html; charset=utf-8")
    for file in [
      "figures.json", "newsletter.html", "newsletter.md", "newsletter.txt", "monitoring-pack.html",
    ] {
      #expect(reply.body.contains("<a href=\"/good-edition/\(file)\">\(file)</a>"), "\(file)")
    }
    #expect(reply.body.contains(ReloadScript.versionPath))
  }

  @Test func pagesGetTheReloadScriptButTheBuiltFilesDoNot() throws {
    let served = try Served()
    let reply = served.client.request("GET", "/good-edition/newsletter.html")
    #expect(reply.status == 200)
    #expect(reply.header("Content-Type") == "text/html; charset=utf-8")
    #expect(reply.body.contains("<script data-quarterly-preview>"))
    #expect(reply.body.hasSuffix("</script>\n</body>\n</html>\n"))
    let built = served.site.build.folder.appendingPathComponent("good-edition/newsletter.html")
    let file = try String(contentsOf: built, encoding: .utf8)
    #expect(!file.contains("quarterly-preview"))
    #expect(Array(reply.body.utf8) == ReloadScript.inject(into: Array(file.utf8), version: 1))
  }

  @Test func otherFilesKeepTheirBytesAndGetTheirContentTypes() throws {
    let served = try Served()
    let folder = served.site.build.folder.appendingPathComponent("good-edition")
    for (file, type) in [
      ("figures.json", "application/json"), ("newsletter.md", "text/markdown; charset=utf-8"),
      ("newsletter.txt", "text/plain; charset=utf-8"),
    ] {
      let reply = served.client.request("GET", "/good-edition/\(file)")
      #expect(reply.status == 200)
      #expect(reply.header("Content-Type") == type)
      #expect(reply.body == (try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)))
    }
  }

  @Test func headHasTheHeadersOfGetAndNoBody() throws {
    let served = try Served()
    let get = served.client.request("GET", "/good-edition/newsletter.html")
    let head = served.client.request("HEAD", "/good-edition/newsletter.html")
    #expect(head.status == 200)
    #expect(head.header("Content-Length") == "\(get.body.utf8.count)")
    #expect(head.header("Content-Type") == "text/html; charset=utf-8")
    #expect(head.body.isEmpty)
    #expect(head.text.hasSuffix("\r\n\r\n"))
  }

  @Test func unknownPathsAre404() throws {
    let served = try Served()
    for target in [
      "/good-edition/nothing.html", "/no-edition/newsletter.html", "/good-edition/", "/good-edition",
      "/favicon.ico", "/etc/passwd", "/good-edition/.quarterly-tmp",
    ] {
      let reply = served.client.request("GET", target)
      #expect(reply.status == 404, "\(target)")
      #expect(reply.body == "404 Not Found\n")
    }
  }

  @Test func otherMethodsAre405() throws {
    let served = try Served()
    for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "get"] {
      let reply = served.client.request(method, "/good-edition/newsletter.html")
      #expect(reply.status == 405, "\(method)")
      #expect(reply.header("Allow") == "GET, HEAD")
    }
  }

  @Test func traversalAndMalformedRequestsAre400() throws {
    let served = try Served()
    for target in [
      "/../../../etc/passwd", "/good-edition/../../build/x", "/%2e%2e/%2e%2e/etc/passwd",
      "/good-edition/%2E%2E/%2E%2E/etc/passwd", "/good-edition/..%2f..%2fetc%2fpasswd", "//etc/passwd",
      "/%2Fetc%2Fpasswd", "http://127.0.0.1/good-edition/newsletter.html", "/good-edition/a%00.html",
    ] {
      let reply = served.client.request("GET", target)
      #expect(reply.status == 400, "\(target)")
    }
    for raw in [
      "hello\r\n\r\n", "GET / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n",
      "GET / HTTP/3\r\nHost: 127.0.0.1\r\n\r\n",
    ] {
      #expect(served.client.exchange(raw).status == 400, "\(raw)")
    }
    let huge = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX: " + String(repeating: "a", count: 20000)
    #expect(served.client.exchange(huge).status == 431)
  }

  @Test func aClientThatSendsNothingIsClosedAtTheTimeLimit() throws {
    let served = try Served()
    let silent = served.client.exchange(nil)
    #expect(silent.seconds >= 0.4)
    #expect(silent.seconds < 3)
    #expect(silent.status == 408)
    let slow = served.client.exchange("GET / HTTP/1.1\r\nHo")
    #expect(slow.seconds >= 0.4)
    #expect(slow.seconds < 3)
  }

  @Test func slowClientsDoNotStallOthers() throws {
    let served = try Served()
    let group = DispatchGroup()
    let client = served.client
    for index in 0..<8 {
      DispatchQueue(label: "silent client \(index)").async(group: group) { _ = client.exchange(nil) }
    }
    Thread.sleep(forTimeInterval: 0.05)
    let reply = served.client.request("GET", "/")
    #expect(reply.status == 200)
    #expect(reply.seconds < 0.4)
    #expect(group.wait(timeout: .now() + 5) == .success)
    withExtendedLifetime(served) {}
  }

  @Test func aRebuildChangesThePageAndTheVersion() throws {
    let served = try Served()
    #expect(served.client.request("GET", ReloadScript.versionPath).body == "1\n")
    let text = try String(contentsOf: served.fragment, encoding: .utf8)
    try (text + "\nA new line for parents.\n").write(to: served.fragment, atomically: true, encoding: .utf8)
    let first = served.site.build.folder
    served.site.rebuild()
    #expect(served.client.request("GET", ReloadScript.versionPath).body == "2\n")
    #expect(
      served.client.request("GET", "/good-edition/newsletter.html").body.contains("A new line for parents."))
    #expect(!FileManager.default.fileExists(atPath: first.path))
  }

  @Test func aFailedBuildShowsEveryDiagnosticWithItsLineAndCaretUntilItIsFixed() throws {
    let served = try Served()
    let text = try String(contentsOf: served.fragment, encoding: .utf8)
    try (text + "<b>{{metrics.nope.sentence}}</b>\n\t\u{e9} {{#open}}\n").write(
      to: served.fragment, atomically: true, encoding: .utf8)
    served.site.rebuild()
    let reply = served.client.request("GET", "/good-edition/newsletter.html")
    #expect(reply.status == 503)
    let path = Escaping.html(served.fragment.path)
    #expect(reply.body.contains("<li class=\"error\"><pre>\(path):8:4: error: unclosed section 'open'"))
    #expect(reply.body.contains("\n\t\u{e9} {{#open}}\n<span class=\"caret\">\t  ^</span></pre></li>"))
    #expect(reply.body.contains("<script data-quarterly-preview>"))
    #expect(served.client.request("GET", "/").body.contains("8:4: error: unclosed section"))
    try text.write(to: served.fragment, atomically: true, encoding: .utf8)
    served.site.rebuild()
    #expect(served.client.request("GET", "/good-edition/newsletter.html").status == 200)
  }

  @Test func aPortInUseIsSaidSo() throws {
    let served = try Served()
    let second = PreviewServer { _ in .plain(.notFound) }
    #expect(throws: PreviewServer.StartError.portInUse(served.client.port)) {
      _ = try second.start(port: served.client.port)
    }
  }
}
