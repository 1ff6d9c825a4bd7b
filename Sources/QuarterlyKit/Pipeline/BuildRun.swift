import Dispatch
import Foundation

/// A run over several editions: builds (or checks) them in parallel, one failure never stopping the others.
public struct BuildRun: Sendable {
  public var inputs: [EditionInput]
  public var options: BuildOptions

  public init(inputs: [EditionInput], options: BuildOptions) {
    self.inputs = inputs
    self.options = options
  }

  /// Runs every edition and returns their results in the order given. `progress` is called as each ends.
  public func run(progress: @escaping @Sendable (EditionResult) -> Void = { _ in }) -> [EditionResult] {
    let shared = TemplateLibrary(folders: [options.templates])
    let results = ResultSlots(count: inputs.count)
    let inputs = self.inputs
    let options = self.options
    DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
      let input = inputs[index]
      // Named as the edition folder was named, so that template diagnostics show the path the user gave.
      let own = URL(
        fileURLWithPath: input.displayPath + "/templates", isDirectory: true,
        relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
      var isDirectory: ObjCBool = false
      let library =
        FileManager.default.fileExists(atPath: own.path, isDirectory: &isDirectory) && isDirectory.boolValue
        ? TemplateLibrary(folders: [own, options.templates]) : shared
      let result = Pipeline.standard.run(input, options: options, templates: library)
      results.set(index, result)
      progress(result)
    }
    return results.all
  }
}

/// Results filled in by parallel workers, each in its own slot.
private final class ResultSlots: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [EditionResult?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ result: EditionResult) {
    lock.withLock { slots[index] = result }
  }

  var all: [EditionResult] { lock.withLock { slots.compactMap { $0 } } }
}
