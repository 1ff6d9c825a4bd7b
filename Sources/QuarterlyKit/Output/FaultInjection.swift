import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Failures a test can inject into a real run through the environment variable `QUARTERLY_FAULTS`,
/// to prove that output survives them: `no-exchange` makes the atomic exchange of folders fail (as on
/// file systems without it), and `kill-at=MOMENT` kills the process with SIGKILL when writing an
/// edition reaches that moment. Without the variable nothing changes.
struct FaultInjection: Sendable {
  /// The moments of writing an edition at which a run can be killed.
  enum Moment: String, CaseIterable, Sendable {
    /// The first file of the edition is in the staging folder.
    case fileStaged = "file-staged"
    /// Every file is in the staging folder.
    case staged
    /// The old and new folders have been exchanged; the old one waits to be removed.
    case exchanged
    /// Without the exchange: the old folder has been moved aside.
    case oldMovedAside = "old-moved-aside"
    /// Without the exchange: the new folder has been moved in; the old one waits to be removed.
    case newMovedIn = "new-moved-in"
  }

  /// The exchange of folders fails as if the system could not do it.
  var noExchange = false
  /// The moment at which the process kills itself.
  var killAt: Moment?

  /// The faults named by a `QUARTERLY_FAULTS` value (comma-separated); unknown words are ignored.
  init(_ value: String?) {
    for word in (value ?? "").split(separator: ",") {
      if word == "no-exchange" { noExchange = true }
      if word.hasPrefix("kill-at=") { killAt = Moment(rawValue: String(word.dropFirst("kill-at=".count))) }
    }
  }

  /// The faults of this process, read once.
  static let current = FaultInjection(ProcessInfo.processInfo.environment["QUARTERLY_FAULTS"])

  /// Called as writing reaches `moment`: kills the process there when asked to.
  static func reach(_ moment: Moment) {
    if current.killAt == moment { kill(getpid(), SIGKILL) }
  }
}
