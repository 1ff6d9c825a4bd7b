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

  /// Takes the lock; nil when it cannot, with why recorded in `diagnostics` (naming the run that holds
  /// it, when another run does).
  public static func acquire(in folder: URL, diagnostics: inout Diagnostics) -> RunLock? {
    let url = folder.appendingPathComponent(".quarterly.lock")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      diagnostics.error(
        "cannot create the output folder: \(error.localizedDescription)",
        at: SourceLocation(file: folder.path))
      return nil
    }
    // Never through a symbolic link: a link planted here must not make a root run truncate its target.
    let descriptor = open(url.path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      let code = errno
      if code == ELOOP {
        diagnostics.error(
          "the lock file is a symbolic link, so it is not used", at: SourceLocation(file: url.path),
          hint: "remove the link; quarterly creates its own lock file")
        return nil
      }
      diagnostics.error(
        "cannot open the lock file: \(String(cString: strerror(code)))", at: SourceLocation(file: url.path))
      return nil
    }
    if let problem = notALock(descriptor) {
      close(descriptor)
      diagnostics.error(
        "\(problem), so it is not used as the lock and is left as it is", at: SourceLocation(file: url.path),
        hint: "move the file away; quarterly creates its own lock file")
      return nil
    }
    if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      var buffer = [UInt8](repeating: 0, count: 32)
      let count = read(descriptor, &buffer, buffer.count)
      let holder = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self).trimmingSpaces
      close(descriptor)
      diagnostics.error(
        "another quarterly run\(holder.isEmpty ? "" : " (process \(holder))") is writing to this output folder",
        at: SourceLocation(file: url.path), hint: "wait for it to finish, then run again")
      return nil
    }
    let pid = "\(getpid())\n"
    _ = ftruncate(descriptor, 0)
    _ = pid.withCString { pointer in pwrite(descriptor, pointer, strlen(pointer), 0) }
    return RunLock(descriptor: descriptor, url: url)
  }

  /// Why an existing file cannot be the lock (nil when it can): it is not a regular file, has other
  /// names (a hard link to another file), or holds something other than a process id. Such a file is
  /// never truncated.
  static func notALock(_ descriptor: Int32) -> String? {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return "the lock file cannot be examined" }
    if info.st_mode & S_IFMT != S_IFREG { return "the lock file is not a regular file" }
    if info.st_nlink > 1 { return "the lock file has other names (hard links)" }
    if info.st_size > 32 { return "the lock file holds more than a process id" }
    var buffer = [UInt8](repeating: 0, count: 32)
    let count = pread(descriptor, &buffer, buffer.count, 0)
    guard count >= 0 else { return "the lock file cannot be read" }
    let isProcessID = buffer.prefix(count).allSatisfy { Bytes.isDigit($0) || $0 == 0x0A || $0 == 0x20 }
    return isProcessID ? nil : "the lock file holds something other than a process id"
  }
}
