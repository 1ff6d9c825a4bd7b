/// The head of one HTTP/1.x request as `quarterly preview` reads it: method, target, version and headers.
///
/// Only what the preview server needs is kept. A request that does not follow RFC 9112's grammar is
/// refused with a status, never guessed at.
struct HTTPRequest: Equatable, Sendable {
  /// The method as sent (`GET`, `HEAD`, `POST`…), case-sensitive as RFC 9110 says.
  var method: String
  /// The request target as sent, e.g. `/birmingham-2022-q3/newsletter.html?x=1`.
  var target: String
  /// `HTTP/1.1` or `HTTP/1.0`.
  var version: String
  /// The header fields in order, names lowercased.
  var headers: [(name: String, value: String)]

  /// The most bytes a request head may take (request line and headers).
  static let maximumHeadBytes = 16 * 1024

  /// The value of the first header with this (lowercase) name.
  func header(_ name: String) -> String? {
    headers.first { $0.name == name }?.value
  }

  /// The target's path: everything before `?`.
  var path: Substring { Self.path(of: target) }

  /// The path of a request target: everything before `?`.
  static func path(of target: String) -> Substring {
    target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
  }

  /// Requests are equal when method, target, version and headers (in order) are.
  static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
    lhs.method == rhs.method && lhs.target == rhs.target && lhs.version == rhs.version
      && lhs.headers.map(\.name) == rhs.headers.map(\.name)
      && lhs.headers.map(\.value) == rhs.headers.map(\.value)
  }

  /// Where the head ends in `bytes`: the index just past the blank line (`\r\n\r\n` or `\n\n`), or nil
  /// if the head is not complete yet.
  static func headEnd(in bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x0A {
        if index + 1 < bytes.count, bytes[index + 1] == 0x0A { return index + 2 }
        if index + 2 < bytes.count, bytes[index + 1] == 0x0D, bytes[index + 2] == 0x0A { return index + 3 }
      }
      index += 1
    }
    return nil
  }

  /// Parses a complete request head (without the body). Returns the status to refuse it with when it
  /// is malformed (400, or 431 when it is too long); an HTTP version other than 1.0 and 1.1 is malformed
  /// too, so that every refusal is a plain 4xx.
  static func parse(_ head: [UInt8]) -> Result<HTTPRequest, HTTPStatus> {
    guard head.count <= maximumHeadBytes else { return .failure(.headersTooLarge) }
    var lines: [ArraySlice<UInt8>] = head.split(separator: 0x0A, omittingEmptySubsequences: false).map {
      $0.last == 0x0D ? $0.dropLast() : $0
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    // RFC 9112 section 2.2: a server should ignore at least one empty line before the request line.
    if lines.first?.isEmpty == true { lines.removeFirst() }
    guard let requestLine = lines.first else { return .failure(.badRequest) }
    let parts = requestLine.split(separator: 0x20, omittingEmptySubsequences: false)
    guard parts.count == 3, let method = token(parts[0]), let target = visible(parts[1]),
      let version = visible(parts[2])
    else { return .failure(.badRequest) }
    guard version == "HTTP/1.1" || version == "HTTP/1.0" else { return .failure(.badRequest) }
    var headers: [(name: String, value: String)] = []
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: 0x3A), let name = token(line[line.startIndex..<colon]) else {
        return .failure(.badRequest)
      }
      let value = line[Bytes.trimming((colon + 1)..<line.endIndex, of: line, where: Bytes.isSpaceOrTab)]
      // Field values may hold visible ASCII, spaces and tabs, and obsolete bytes above 0x7F; never
      // control characters (a bare CR or a NUL).
      guard value.allSatisfy({ $0 == 0x09 || $0 >= 0x20 && $0 != 0x7F }) else { return .failure(.badRequest) }
      headers.append((name.lowercased(), String(decoding: value, as: UTF8.self)))
    }
    let request = HTTPRequest(method: method, target: target, version: version, headers: headers)
    if version == "HTTP/1.1" {
      // RFC 9112 section 3.2: exactly one Host header in an HTTP/1.1 request.
      guard headers.filter({ $0.name == "host" }).count == 1 else { return .failure(.badRequest) }
    }
    return .success(request)
  }

  /// A token (RFC 9110 section 5.6.2) as a string, or nil if the bytes are empty or not token characters.
  private static func token(_ bytes: ArraySlice<UInt8>) -> String? {
    let extra = Array("!#$%&'*+-.^_`|~".utf8)
    guard !bytes.isEmpty,
      bytes.allSatisfy({
        Bytes.isAlphanumeric($0) || extra.contains($0)
      })
    else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Visible ASCII (no spaces or controls) as a string, or nil.
  private static func visible(_ bytes: ArraySlice<UInt8>) -> String? {
    guard !bytes.isEmpty, bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }
}
