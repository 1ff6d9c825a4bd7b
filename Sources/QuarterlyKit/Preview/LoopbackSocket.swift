import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// TCP on 127.0.0.1, the one address `quarterly preview` serves on: the address, waiting on a socket
/// and the one loop that reads from it, until the reader has enough, the peer closes or a deadline
/// passes. The server reads requests with it; the preview benchmark and the tests read its responses
/// with `exchange(port:sending:limit:)`.
public enum LoopbackSocket {
  /// How a read ended.
  public enum ReadEnding: Equatable, Sendable {
    /// The bytes read so far are enough for the reader.
    case enough
    /// The peer closed its side.
    case closed
    /// The deadline passed (or the socket failed while waiting).
    case timedOut
    /// Reading failed.
    case failed
  }

  /// A new TCP socket, or -1 when none could be made (`errno` says why).
  static func makeSocket() -> Int32 {
    #if canImport(Glibc)
      socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      socket(AF_INET, SOCK_STREAM, 0)
    #endif
  }

  /// The address 127.0.0.1:`port`.
  static func address(port: UInt16) -> sockaddr_in {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
    return address
  }

  /// Reads from `descriptor` into `received` until `enough(received)` holds, the peer closes, reading
  /// fails, or the clock (`DispatchTime` uptime in nanoseconds) reaches `deadline`.
  public static func read(
    _ descriptor: Int32, into received: inout [UInt8], until deadline: UInt64, enough: ([UInt8]) -> Bool
  ) -> ReadEnding {
    var buffer = [UInt8](repeating: 0, count: 16 * 1024)
    while true {
      if enough(received) { return .enough }
      guard wait(descriptor, for: Int16(POLLIN), until: deadline) else { return .timedOut }
      let count = recv(descriptor, &buffer, buffer.count, 0)
      if count == 0 { return .closed }
      if count < 0 {
        if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { continue }
        return .failed
      }
      received += buffer[0..<count]
    }
  }

  /// Waits until the socket is ready for `events` or the deadline passes; false when it passed or the
  /// socket failed.
  static func wait(_ descriptor: Int32, for events: Int16, until deadline: UInt64) -> Bool {
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

  /// A client's exchange with a server on 127.0.0.1:`port`: connects, sends `request`, and returns
  /// every byte that comes back until the server closes the connection or `limit` seconds pass (empty
  /// when it cannot connect).
  public static func exchange(port: UInt16, sending request: [UInt8], limit: Double) -> [UInt8] {
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, limit) * 1e9)
    let descriptor = makeSocket()
    guard descriptor >= 0 else { return [] }
    defer { close(descriptor) }
    var address = address(port: port)
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { return [] }
    #if canImport(Glibc)
      let flags = Int32(MSG_NOSIGNAL)
    #else
      let flags: Int32 = 0
    #endif
    // A server that refuses the request may close before it is all sent: then stop sending and read.
    var sent = 0
    while sent < request.count {
      let count = request[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, flags) }
      guard count > 0 else { break }
      sent += count
    }
    var received: [UInt8] = []
    _ = read(descriptor, into: &received, until: deadline) { _ in false }
    return received
  }
}
