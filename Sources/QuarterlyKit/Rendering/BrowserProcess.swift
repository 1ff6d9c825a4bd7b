import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the browser that prints PDFs in a process group of its own, so that it and every process it
/// starts can be stopped together when it takes too long.
enum BrowserProcess {
  /// How a run ended.
  enum Ending: Equatable {
    /// The program could not be started (the `errno` code).
    case failedToStart(Int32)
    /// It exited with this status (or 128 + the signal that ended it).
    case exited(Int32)
    /// It did not finish in time; its whole process group was killed.
    case timedOut
  }

  /// Runs `arguments` (the program's path first) with standard input, output and error on
  /// `/dev/null`, waiting at most `timeout` seconds.
  static func run(_ arguments: [String], timeout: Double) -> Ending {
    guard let program = arguments.first else { return .failedToStart(ENOENT) }
    var actions = posix_spawn_file_actions_t()
    var attributes = posix_spawnattr_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawnattr_init(&attributes)
    defer {
      posix_spawn_file_actions_destroy(&actions)
      posix_spawnattr_destroy(&attributes)
    }
    for descriptor: Int32 in [0, 1, 2] {
      posix_spawn_file_actions_addopen(
        &actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
    }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let started = posix_spawn(&pid, program, &actions, &attributes, &argv, environ)
    guard started == 0 else { return .failedToStart(started) }

    let deadline = Date().addingTimeInterval(max(0, timeout))
    var status: Int32 = 0
    while true {
      let waited = waitpid(pid, &status, WNOHANG)
      if waited == pid { return .exited(exitCode(status)) }
      if waited < 0 && errno != EINTR { return .exited(-1) }
      if Date() >= deadline { break }
      usleep(20_000)
    }
    // The browser and everything it started, then the browser itself reaped.
    kill(-pid, SIGKILL)
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return .timedOut
  }

  /// The exit status in a `waitpid` status word; a signal's end counts as 128 + its number.
  static func exitCode(_ status: Int32) -> Int32 {
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }
}
