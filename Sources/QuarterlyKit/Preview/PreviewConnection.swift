import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One accepted connection of the preview server: reads a request head, sends the response, closes.
///
/// Every wait is bounded by one deadline for the whole connection, so a client that sends nothing,
/// sends one byte a second, or stops reading is closed when the time limit runs out.
struct PreviewConnection {
  var descriptor: Int32
  /// Seconds from now until the connection is closed whatever happens.
  var timeLimit: Double

  /// Serves one request with `respond` and closes the connection.
  func serve(_ respond: (HTTPRequest) -> HTTPResponse) {
    defer { close(descriptor) }
    #if canImport(Darwin)
      var yes: Int32 = 1
      setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
    #endif
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeLimit) * 1e9)
    var received: [UInt8] = []
    let ending = LoopbackSocket.read(descriptor, into: &received, until: deadline) {
      HTTPRequest.headEnd(in: $0) != nil || $0.count > HTTPRequest.maximumHeadBytes
    }
    let response: HTTPResponse
    var isHead = false
    switch ending {
    case .closed, .failed:
      return
    case .timedOut:
      // Nothing complete arrived in time: say so, if the client still listens, and close.
      send(HTTPResponse.plain(.requestTimeout).serialized(forHead: false), until: deadline + 100_000_000)
      return
    case .enough:
      guard let end = HTTPRequest.headEnd(in: received) else {
        response = .plain(.headersTooLarge)
        break
      }
      switch HTTPRequest.parse(Array(received[..<end])) {
      case .success(let request):
        response = respond(request)
        isHead = request.method == "HEAD"
      case .failure(let status):
        response = .plain(status)
      }
    }
    send(response.serialized(forHead: isHead), until: deadline)
    shutdown(descriptor, Int32(SHUT_WR))
  }

  /// Sends all of `bytes` unless the client stops reading past the deadline.
  private func send(_ bytes: [UInt8], until deadline: UInt64) {
    var offset = 0
    while offset < bytes.count {
      guard LoopbackSocket.wait(descriptor, for: Int16(POLLOUT), until: deadline) else { return }
      #if canImport(Glibc)
        let flags = Int32(MSG_NOSIGNAL)
      #else
        let flags: Int32 = 0
      #endif
      let sent = bytes[offset...].withUnsafeBytes { raw in
        systemSend(descriptor, raw.baseAddress, raw.count, flags)
      }
      if sent < 0 {
        if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { continue }
        return
      }
      offset += sent
    }
  }
}

#if canImport(Glibc)
  /// The C library's `send`, named apart from `PreviewConnection.send`.
  private let systemSend = Glibc.send
#else
  /// The C library's `send`, named apart from `PreviewConnection.send`.
  private let systemSend = Darwin.send
#endif
