import Foundation

/// What `quarterly preview` serves: the current build, swapped for a new one on every rebuild, and the
/// answer to each request.
final class PreviewSite: @unchecked Sendable {
  private let lock = NSLock()
  private var current: PreviewBuild
  private let builder: PreviewBuilder
  /// Serialises rebuilds, so that versions only go up.
  private let rebuildLock = NSLock()

  /// Builds the editions once and serves that build.
  init(builder: PreviewBuilder) {
    self.builder = builder
    self.current = builder.build(version: 1)
  }

  /// The build being served.
  var build: PreviewBuild { lock.withLock { current } }

  /// Builds everything again, serves the new build, and removes the previous build's folder.
  @discardableResult
  func rebuild() -> PreviewBuild {
    rebuildLock.withLock {
      let next = builder.build(version: build.version + 1)
      let previous = lock.withLock {
        let previous = current
        current = next
        return previous
      }
      try? FileManager.default.removeItem(at: previous.folder)
      return next
    }
  }

  /// The response to one request. Only `GET` and `HEAD` are served; the host must be this machine's
  /// loopback name, so that a web page elsewhere cannot reach the preview through DNS rebinding.
  func respond(to request: HTTPRequest) -> HTTPResponse {
    guard request.method == "GET" || request.method == "HEAD" else { return .plain(.methodNotAllowed) }
    if let host = request.header("host"), !Self.isLoopback(host: host) { return .plain(.badRequest) }
    let segments: [String]
    switch PreviewPath.segments(of: request.target) {
    case .success(let found): segments = found
    case .failure(let status): return .plain(status)
    }
    let build = self.build
    if segments.isEmpty { return .html(PreviewPages.index(build)) }
    if "/" + segments.joined(separator: "/") == ReloadScript.versionPath {
      return HTTPResponse(
        status: .ok, contentType: "text/plain; charset=utf-8", body: Array("\(build.version)\n".utf8))
    }
    guard segments.count >= 2, let edition = build.edition(segments[0]) else { return .plain(.notFound) }
    guard edition.succeeded else {
      return .html(PreviewPages.failure(edition, version: build.version), status: .serviceUnavailable)
    }
    guard case .success(let file) = PreviewPath.file(segments, in: build.folder),
      let data = try? Data(contentsOf: file)
    else { return .plain(.notFound) }
    let name = segments[segments.count - 1]
    let contentType = HTTPResponse.contentType(forFile: name)
    var body = [UInt8](data)
    if contentType.hasPrefix("text/html") { body = ReloadScript.inject(into: body, version: build.version) }
    return HTTPResponse(status: .ok, contentType: contentType, body: body)
  }

  /// Whether a `Host` header names this machine's loopback address (`127.0.0.1` or `localhost`, with or
  /// without a port).
  static func isLoopback(host: String) -> Bool {
    var name = Substring(host.lowercased())
    if let colon = name.lastIndex(of: ":"), name[name.index(after: colon)...].allSatisfy(\.isASCII),
      name[name.index(after: colon)...].allSatisfy(\.isNumber)
    {
      name = name[..<colon]
    }
    return name == "127.0.0.1" || name == "localhost"
  }
}
