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
    var buffer = [UInt8](repeating: 0, count: 4096)
    let response: HTTPResponse
    let isHead: Bool
    while true {
      if let end = HTTPRequest.headEnd(in: received) {
        switch HTTPRequest.parse(Array(received[..<end])) {
        case .success(let request):
          response = respond(request)
          isHead = request.method == "HEAD"
        case .failure(let status):
          response = .plain(status)
          isHead = false
        }
        break
      }
      if received.count > HTTPRequest.maximumHeadBytes {
        response = .plain(.headersTooLarge)
        isHead = false
        break
      }
      guard wait(for: Int16(POLLIN), until: deadline) else {
        // Nothing complete arrived in time: say so, if the client still listens, and close.
        send(HTTPResponse.plain(.requestTimeout).serialized(forHead: false), until: deadline + 100_000_000)
        return
      }
      let count = recv(descriptor, &buffer, buffer.count, 0)
      if count == 0 { return }
      if count < 0 {
        if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { continue }
        return
      }
      received += buffer[0..<count]
    }
    send(response.serialized(forHead: isHead), until: deadline)
    shutdown(descriptor, Int32(SHUT_WR))
  }

  /// Waits until the socket is ready for `events` or the deadline passes; false when it passed or the
  /// socket failed.
  private func wait(for events: Int16, until deadline: UInt64) -> Bool {
    while true {
      let now = DispatchTime.now().uptimeNanoseconds
      guard now < deadline else { return false }
      var entry = pollfd(fd: descriptor, events: events, revents: 0)
      let milliseconds = Int32(min(UInt64(Int32.max), (deadline - now + 999_999) / 1_000_000))
      let ready = poll(&entry, 1, milliseconds)
      if ready > 0 { return entry.revents & (events | Int16(POLLHUP) | Int16(POLLERR)) != 0 }
      if ready < 0 && errno != EINTR { return false }
    }
  }

  /// Sends all of `bytes` unless the client stops reading past the deadline.
  private func send(_ bytes: [UInt8], until deadline: UInt64) {
    var offset = 0
    while offset < bytes.count {
      guard wait(for: Int16(POLLOUT), until: deadline) else { return }
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
