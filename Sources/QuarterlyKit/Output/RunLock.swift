import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One run at a time per output folder: an advisory lock on `Output/.quarterly.lock`.
///
/// The kernel releases the lock when the process ends, however it ends, so a lock left by a dead
/// run is simply taken over. The file records the holder's process id for the message.
public final class RunLock {
  private let descriptor: Int32
  public let url: URL

  private init(descriptor: Int32, url: URL) {
    self.descriptor = descriptor
    self.url = url
  }

  deinit {
    _ = flock(descriptor, LOCK_UN)
    close(descriptor)
  }

  /// Takes the lock, or fails with a message naming the run that holds it.
  public static func acquire(in folder: URL) -> Result<RunLock, Diagnostic> {
    let url = folder.appendingPathComponent(".quarterly.lock")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      return .failure(
        .error(
          "cannot create the output folder: \(error.localizedDescription)",
          at: SourceLocation(file: folder.path)))
    }
    let descriptor = open(url.path, O_RDWR | O_CREAT, 0o644)
    guard descriptor >= 0 else {
      return .failure(
        .error(
          "cannot open the lock file: \(String(cString: strerror(errno)))", at: SourceLocation(file: url.path)
        ))
    }
    if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      var buffer = [UInt8](repeating: 0, count: 32)
      let count = read(descriptor, &buffer, buffer.count)
      let holder = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self).trimmingSpaces
      close(descriptor)
      return .failure(
        .error(
          "another quarterly run\(holder.isEmpty ? "" : " (process \(holder))") is writing to this output folder",
          at: SourceLocation(file: url.path), hint: "wait for it to finish, then run again"))
    }
    let pid = "\(getpid())\n"
    _ = ftruncate(descriptor, 0)
    _ = pid.withCString { pointer in pwrite(descriptor, pointer, strlen(pointer), 0) }
    return .success(RunLock(descriptor: descriptor, url: url))
  }
}
