import Foundation
import Testing

@testable import QuarterlyKit

/// The real executable killed at every moment of writing an edition, with the atomic exchange of
/// folders working and with it failing (`QUARTERLY_FAULTS`): the edition's output is always one
/// complete folder, old or new, at its place or at the aside name the next run recovers it from.
@Suite(.serialized, .enabled(if: QuarterlyProcess.executable != nil, "build the quarterly executable first"))
struct FolderSwapFaultTests {
  typealias Workspace = UnattendedRunTests.Workspace

  /// The moments a run reaches when the exchange works, and when it fails.
  static func reached(_ moment: FaultInjection.Moment, exchange: Bool) -> Bool {
    switch moment {
    case .fileStaged, .staged: return true
    case .exchanged: return exchange
    case .oldMovedAside, .newMovedIn: return !exchange
    }
  }

  @Test(arguments: [false, true])
  func killedAtEveryMomentLeavesACompleteOldOrNewFolder(exchange: Bool) throws {
    let workspace = try Workspace(editions: ["good"])
    defer { workspace.remove() }
    var reference: [Int: FolderSnapshot] = [:]
    for value in [39, 41] {
      try workspace.setComplaints(value, editions: ["good"])
      #expect(try workspace.run(["build", "--quiet", "--output", "reference-\(value)"]).status == 0)
      reference[value] = FolderSnapshot(workspace.root.appendingPathComponent("reference-\(value)/good"))
    }
    #expect(reference[39] != reference[41])
    let target = workspace.output.appendingPathComponent("good")
    let aside = FolderSwap.asidePath(for: target)
    let faults = exchange ? [] : ["no-exchange"]

    for moment in FaultInjection.Moment.allCases {
      // The old output in place, then a build of new figures killed at the moment.
      try workspace.setComplaints(39, editions: ["good"])
      #expect(try workspace.run(["build", "--quiet"]).status == 0)
      #expect(FolderSnapshot(target) == reference[39])
      try workspace.setComplaints(41, editions: ["good"])
      let killed = try QuarterlyProcess.run(
        ["build", "--quiet"], in: workspace.root,
        environment: ["QUARTERLY_FAULTS": (faults + ["kill-at=\(moment.rawValue)"]).joined(separator: ",")])
      if Self.reached(moment, exchange: exchange) {
        #expect(killed.killed && killed.status == SIGKILL, "\(moment): the run was not killed")
      } else {
        #expect(killed.status == 0 && !killed.killed, "\(moment)")
      }

      // At this instant one complete folder, old or new, is at the target or waits at the aside name.
      let complete = [reference[39], reference[41]]
      let atTarget = FileManager.default.fileExists(atPath: target.path)
      #expect(
        atTarget ? complete.contains(FolderSnapshot(target)) : complete.contains(FolderSnapshot(aside)),
        "\(moment): neither the old nor the new output is whole")
      if moment == .oldMovedAside, !exchange { #expect(!atTarget && FolderSnapshot(aside) == reference[39]) }

      // What the next run does first puts it back in place.
      OutputWriter(root: workspace.output).removeLeftovers()
      #expect(complete.contains(FolderSnapshot(target)), "\(moment): not recovered")
      #expect(workspace.leftovers().isEmpty, "\(moment): \(workspace.leftovers())")

      // And the next run, the exchange still failing, finishes the job.
      let next = try QuarterlyProcess.run(
        ["build", "--quiet"], in: workspace.root, environment: ["QUARTERLY_FAULTS": faults.joined()])
      #expect(next.status == 0, "\(moment): \(next.stderr)")
      #expect(FolderSnapshot(target) == reference[41], "\(moment)")
      #expect(workspace.leftovers().isEmpty)
    }
  }
}
