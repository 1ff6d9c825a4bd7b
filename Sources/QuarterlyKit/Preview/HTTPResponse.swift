/// One response of the preview server: a status, a content type and a body.
///
/// Every response closes its connection (`Connection: close`), is never cached, and is never sniffed
/// for another type than the one it names.
struct HTTPResponse: Sendable, Equatable {
  var status: HTTPStatus
  var contentType: String
  var body: [UInt8]
  /// Headers beyond the ones every response has, e.g. `Allow` on a 405.
  var extraHeaders: [(name: String, value: String)] = []

  /// Responses are equal when status, type, body and extra headers (in order) are.
  static func == (lhs: HTTPResponse, rhs: HTTPResponse) -> Bool {
    lhs.status == rhs.status && lhs.contentType == rhs.contentType && lhs.body == rhs.body
      && lhs.extraHeaders.map(\.name) == rhs.extraHeaders.map(\.name)
      && lhs.extraHeaders.map(\.value) == rhs.extraHeaders.map(\.value)
  }

  /// A plain-text response: the status line's reason and nothing more, for refusals.
  static func plain(_ status: HTTPStatus) -> HTTPResponse {
    var response = HTTPResponse(
      status: status, contentType: "text/plain; charset=utf-8",
      body: Array("\(status.rawValue) \(status.reason)\n".utf8))
    if status == .methodNotAllowed { response.extraHeaders.append(("Allow", "GET, HEAD")) }
    return response
  }

  /// An HTML page.
  static func html(_ text: String, status: HTTPStatus = .ok) -> HTTPResponse {
    HTTPResponse(status: status, contentType: "text/html; charset=utf-8", body: Array(text.utf8))
  }

  /// The bytes sent for this response: the status line, the headers and, unless the request was
  /// `HEAD`, the body. A `HEAD` response has the same headers as the `GET` one, Content-Length included.
  func serialized(forHead: Bool) -> [UInt8] {
    var head = "HTTP/1.1 \(status.rawValue) \(status.reason)\r\n"
    head += "Content-Type: \(contentType)\r\n"
    head += "Content-Length: \(body.count)\r\n"
    head += "Cache-Control: no-store\r\n"
    head += "X-Content-Type-Options: nosniff\r\n"
    head += "Connection: close\r\n"
    for header in extraHeaders { head += "\(header.name): \(header.value)\r\n" }
    head += "\r\n"
    var bytes = Array(head.utf8)
    if !forHead { bytes += body }
    return bytes
  }

  /// The content type of a built file, from its extension.
  static func contentType(forFile name: String) -> String {
    let dot = name.lastIndex(of: ".")
    let fileExtension = dot.map { String(name[name.index(after: $0)...]).lowercased() } ?? ""
    switch fileExtension {
    case "html", "htm": return "text/html; charset=utf-8"
    case "md": return "text/markdown; charset=utf-8"
    case "txt": return "text/plain; charset=utf-8"
    case "json": return "application/json"
    case "svg": return "image/svg+xml"
    case "pdf": return "application/pdf"
    case "css": return "text/css; charset=utf-8"
    case "png": return "image/png"
    case "jpg", "jpeg": return "image/jpeg"
    default: return "application/octet-stream"
    }
  }
}
