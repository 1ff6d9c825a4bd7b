import Foundation

@testable import QuarterlyKit

/// A client that speaks to the preview server over a plain socket on 127.0.0.1, sending exactly the
/// bytes a test gives, so that malformed and hostile requests can be tried.
struct RawHTTPClient {
  var port: UInt16

  /// What came back: the bytes until the server closed the connection, and how long that took.
  struct Reply {
    var bytes: [UInt8]
    var seconds: Double
    var text: String { String(decoding: bytes, as: UTF8.self) }
    /// The status code of the status line, or 0.
    var status: Int {
      let parts = text.split(separator: " ", maxSplits: 2)
      return parts.count >= 2 ? Int(parts[1]) ?? 0 : 0
    }
    /// Everything after the blank line that ends the head.
    var body: String {
      guard let range = text.range(of: "\r\n\r\n") else { return "" }
      return String(text[range.upperBound...])
    }
    /// The value of a header in the head (name matched ignoring case).
    func header(_ name: String) -> String? {
      let head = text.components(separatedBy: "\r\n\r\n").first ?? ""
      for line in head.components(separatedBy: "\r\n").dropFirst() {
        let parts = line.split(separator: ":", maxSplits: 1)
        if parts.count == 2, parts[0].lowercased() == name.lowercased() {
          return parts[1].trimmingCharacters(in: .whitespaces)
        }
      }
      return nil
    }
  }

  /// Connects, sends `request` (nothing when nil), and reads until the server closes the connection or
  /// `limit` seconds pass.
  func exchange(_ request: String?, limit: Double = 5) -> Reply {
    let started = Date()
    let bytes = LoopbackSocket.exchange(port: port, sending: Array((request ?? "").utf8), limit: limit)
    return Reply(bytes: bytes, seconds: Date().timeIntervalSince(started))
  }

  /// A GET (or another method) of `target` with a loopback Host header.
  func request(_ method: String, _ target: String) -> Reply {
    exchange("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
  }
}
