import Testing

@testable import QuarterlyKit

/// The preview server's request-head parser: what it accepts, and the status it refuses the rest with.
@Suite struct HTTPRequestTests {
  /// Parses `text` as a request head.
  func parse(_ text: String) -> Result<HTTPRequest, HTTPStatus> {
    HTTPRequest.parse(Array(text.utf8))
  }

  @Test func readsTheRequestLineAndHeaders() throws {
    let request = try parse(
      "GET /a/b.html?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nAccept:  text/html \r\n\r\n"
    ).get()
    #expect(request.method == "GET")
    #expect(request.target == "/a/b.html?x=1")
    #expect(request.path == "/a/b.html")
    #expect(request.version == "HTTP/1.1")
    #expect(request.headers.map(\.name) == ["host", "accept"])
    #expect(request.header("accept") == "text/html")
  }

  @Test func acceptsBareLineFeedsAndALeadingEmptyLine() throws {
    let request = try parse("\r\nHEAD / HTTP/1.1\nHost: localhost\n\n").get()
    #expect(request.method == "HEAD")
    #expect(request.header("host") == "localhost")
  }

  @Test func anHTTP10RequestNeedsNoHost() throws {
    #expect(try parse("GET / HTTP/1.0\r\n\r\n").get().version == "HTTP/1.0")
  }

  @Test func otherMethodsAreParsedSoThatTheyCanBeRefusedWith405() throws {
    #expect(try parse("DELETE / HTTP/1.1\r\nHost: localhost\r\n\r\n").get().method == "DELETE")
  }

  @Test(arguments: [
    "GET / HTTP/1.1\r\n\r\n",  // no Host
    "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",  // two Hosts
    "GET / HTTP/2.0\r\nHost: a\r\n\r\n",  // another version
    "GET / HTTP/1.1 extra\r\nHost: a\r\n\r\n",  // four parts
    "GET  / HTTP/1.1\r\nHost: a\r\n\r\n",  // two spaces
    "GET /\r\n\r\n",  // HTTP/0.9
    "G(T / HTTP/1.1\r\nHost: a\r\n\r\n",  // not a token
    "GET /a\u{7F} HTTP/1.1\r\nHost: a\r\n\r\n",  // control byte in the target
    "GET / HTTP/1.1\r\nHost : a\r\n\r\n",  // space before the colon
    "GET / HTTP/1.1\r\nHost: a\r\nNo colon\r\n\r\n",
    "GET / HTTP/1.1\r\nHost: a\r\nX: a\u{0}b\r\n\r\n",  // NUL in a value
    "GET / HTTP/1.1\r\nHost: a\r\nX: a\rb\r\n\r\n",  // bare CR in a value
    "\r\n\r\n",
  ])
  func malformedHeadsAre400(_ text: String) {
    #expect(parse(text) == .failure(.badRequest))
  }

  @Test func aHeadOver16KiBIs431() {
    let text = "GET / HTTP/1.1\r\nHost: a\r\nX: " + String(repeating: "a", count: 16 * 1024) + "\r\n\r\n"
    #expect(parse(text) == .failure(.headersTooLarge))
  }

  @Test func findsTheEndOfTheHead() {
    #expect(HTTPRequest.headEnd(in: Array("GET / HTTP/1.1\r\nHost: a\r\n".utf8)) == nil)
    #expect(HTTPRequest.headEnd(in: Array("GET / HTTP/1.1\r\nHost: a\r\n\r\nbody".utf8)) == 27)
    #expect(HTTPRequest.headEnd(in: Array("GET / HTTP/1.0\n\nbody".utf8)) == 16)
  }

  @Test func aHeadResponseHasTheHeadersOfGetAndNoBody() {
    let response = HTTPResponse.html("<p>hello</p>")
    let get = String(decoding: response.serialized(forHead: false), as: UTF8.self)
    let head = String(decoding: response.serialized(forHead: true), as: UTF8.self)
    #expect(get == head + "<p>hello</p>")
    #expect(
      head
        == "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 12\r\n"
        + "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n")
  }

  @Test func builtFilesGetTheirContentTypes() {
    let types = [
      "newsletter.html", "newsletter.md", "newsletter.txt", "figures.json", "chart.svg", "pack.pdf", "x",
    ]
    .map(HTTPResponse.contentType(forFile:))
    #expect(
      types == [
        "text/html; charset=utf-8", "text/markdown; charset=utf-8", "text/plain; charset=utf-8",
        "application/json", "image/svg+xml", "application/pdf", "application/octet-stream",
      ])
  }
}
