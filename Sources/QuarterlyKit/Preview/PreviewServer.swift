import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A small HTTP/1.1 server on 127.0.0.1, written with POSIX sockets and Dispatch.
///
/// Each connection carries one request and is closed after its response. Connections are handled
/// concurrently, each on a Dispatch queue of its own with a time limit for the whole exchange, so a
/// client that is slow, sends nothing, or never reads cannot hold the server; past
/// `maximumConnections` at once, new ones are closed straight away.
final class PreviewServer: @unchecked Sendable {
  /// Why the server could not start.
  enum StartError: Error, Equatable {
    /// Something else listens on the port already.
    case portInUse(UInt16)
    /// A socket call failed, with its name and `errno`.
    case socket(String, Int32)
  }

  /// The time a connection may take from being accepted to being closed, in seconds.
  let timeLimit: Double
  /// How many connections may be open at once.
  let maximumConnections: Int
  private let respond: @Sendable (HTTPRequest) -> HTTPResponse
  private let acceptQueue = DispatchQueue(label: "quarterly.preview.accept")
  private let lock = NSLock()
  private var source: DispatchSourceRead?
  private var openConnections = 0

  /// A server that answers every request with `respond`.
  init(
    timeLimit: Double = 10, maximumConnections: Int = 32,
    respond: @escaping @Sendable (HTTPRequest) -> HTTPResponse
  ) {
    self.timeLimit = timeLimit
    self.maximumConnections = maximumConnections
    self.respond = respond
  }

  /// Starts listening on 127.0.0.1:`port` (0 picks a free port) and returns the port in use.
  func start(port: UInt16) throws(StartError) -> UInt16 {
    let descriptor = LoopbackSocket.makeSocket()
    guard descriptor >= 0 else { throw .socket("socket", errno) }
    var yes: Int32 = 1
    setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    var address = LoopbackSocket.address(port: port)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0 else {
      let code = errno
      close(descriptor)
      throw code == EADDRINUSE ? .portInUse(port) : .socket("bind", code)
    }
    guard listen(descriptor, 64) == 0 else {
      let code = errno
      close(descriptor)
      throw .socket("listen", code)
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let named = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    guard named == 0 else {
      let code = errno
      close(descriptor)
      throw .socket("getsockname", code)
    }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: acceptQueue)
    source.setEventHandler { [weak self] in self?.acceptAll(descriptor) }
    source.setCancelHandler { close(descriptor) }
    lock.withLock { self.source = source }
    source.resume()
    return UInt16(bigEndian: address.sin_port)
  }

  /// Stops accepting connections and closes the listening socket. Connections already open end within
  /// the time limit.
  func stop() {
    let source = lock.withLock {
      let source = self.source
      self.source = nil
      return source
    }
    source?.cancel()
  }

  /// Accepts every connection waiting on the listening socket.
  private func acceptAll(_ listener: Int32) {
    while true {
      let client = accept(listener, nil, nil)
      guard client >= 0 else { return }
      _ = fcntl(client, F_SETFD, FD_CLOEXEC)
      let admitted = lock.withLock {
        guard openConnections < maximumConnections else { return false }
        openConnections += 1
        return true
      }
      guard admitted else {
        close(client)
        continue
      }
      // A serial queue of its own per connection: such queues may each get a thread, whereas the
      // work of a shared concurrent queue is spread over as many threads as there are processors,
      // which connections waiting on slow clients would fill.
      DispatchQueue(label: "quarterly.preview.connection").async { [self] in
        PreviewConnection(descriptor: client, timeLimit: timeLimit).serve(respond)
        lock.withLock { openConnections -= 1 }
      }
    }
  }
}
