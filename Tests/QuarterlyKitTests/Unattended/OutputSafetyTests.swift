import Foundation
import Testing

@testable import QuarterlyKit

#if canImport(Glibc)
  import Glibc
#endif

/// What a build refuses to overwrite: the inputs, a file planted as the lock, a file where an
/// edition's output folder goes; and output names that templates cannot take.
@Suite struct OutputSafetyTests {
  /// A temporary folder with `Inputs/good/` (the good edition), `Templates/` and a precious file.
  final class Setup: TemporaryEdition {
    var inputs: URL { root.appendingPathComponent("Inputs") }
    var templates: URL { root.appendingPathComponent("Templates") }
    var precious: URL { root.appendingPathComponent("precious.txt") }

    init() throws {
      try super.init(at: "Inputs/good")
      try FileManager.default.copyItem(at: Repository.templates, to: templates)
      try Data("precious data\n".utf8).write(to: precious)
    }

    /// Builds the edition into `output` (default `Output`); returns the status, stderr and stdout.
    func build(output: URL? = nil, json: Bool = false, verbose: Bool = false) -> (
      QuarterlyKit.ExitStatus, String, String
    ) {
      run(
        arguments: [
          "build", edition.path, "--templates", templates.path, "--output", (output ?? self.output).path,
        ]
          + (json ? ["--json"] : []) + (verbose ? ["--verbose"] : []))
    }
  }

  @Test(arguments: ["Inputs", "Inputs/good", "Inputs/good/narrative", "Inputs/good/new", "Templates", "."])
  func anOutputFolderOverTheInputsIsRefused(_ spelling: String) throws {
    let setup = try Setup()
    defer { setup.remove() }
    // Spelt through a symbolic link to the root, so that only real paths show the overlap.
    let link = setup.root.appendingPathComponent("link")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: setup.root)
    let inputs = FolderSnapshot(setup.inputs)
    let templates = FolderSnapshot(setup.templates)
    let output = link.appendingPathComponent(spelling)
    let (status, stderr, stdout) = setup.build(output: output)
    #expect(status == .usage)
    #expect(stdout.isEmpty)
    let relation =
      spelling == "Inputs/good" || spelling == "Templates"
      ? "is" : spelling == "Inputs" || spelling == "." ? "contains" : "lies inside"
    let name = spelling == "Templates" ? "the templates folder" : "the edition folder '\(setup.edition.path)'"
    #expect(
      stderr.hasPrefix(
        "Error: the output folder 'link/\(spelling)' \(relation) \(name.replacingOccurrences(of: setup.root.path + "/", with: "")): writing would replace inputs with outputs; choose an --output folder apart from the inputs\n"
      ), "\(stderr)")
    #expect(FolderSnapshot(setup.inputs) == inputs)
    #expect(FolderSnapshot(setup.templates) == templates)
    #expect(!FileManager.default.fileExists(atPath: setup.edition.appendingPathComponent("new").path))
  }

  @Test func anOutputFolderBesideTheInputsIsFine() throws {
    let setup = try Setup()
    defer { setup.remove() }
    // A name that starts like an edition's is not inside it.
    let (status, stderr, _) = setup.build(
      output: setup.inputs.deletingLastPathComponent().appendingPathComponent("Inputs-out"))
    #expect(status == .success, "\(stderr)")
  }

  @Test func aLockFileThatIsASymbolicLinkIsNotFollowed() throws {
    let setup = try Setup()
    defer { setup.remove() }
    try FileManager.default.createDirectory(at: setup.output, withIntermediateDirectories: true)
    let lock = setup.output.appendingPathComponent(".quarterly.lock")
    try FileManager.default.createSymbolicLink(at: lock, withDestinationURL: setup.precious)
    let (status, stderr, _) = setup.build()
    #expect(status == .internalError)
    #expect(
      stderr
        == "Output/.quarterly.lock:1:1: error: the lock file is a symbolic link, so it is not used; remove the link; quarterly creates its own lock file\n"
    )
    #expect(try Data(contentsOf: setup.precious) == Data("precious data\n".utf8))
  }

  @Test func aLockFileThatIsNotALockIsNeverTruncated() throws {
    let setup = try Setup()
    defer { setup.remove() }
    try FileManager.default.createDirectory(at: setup.output, withIntermediateDirectories: true)
    let lock = setup.output.appendingPathComponent(".quarterly.lock")
    try Data("precious data\n".utf8).write(to: lock)
    var (status, stderr, _) = setup.build()
    #expect(status == .internalError)
    #expect(
      stderr
        == "Output/.quarterly.lock:1:1: error: the lock file holds something other than a process id, so it is not used as the lock and is left as it is; move the file away; quarterly creates its own lock file\n"
    )
    #expect(try Data(contentsOf: lock) == Data("precious data\n".utf8))

    // A hard link to a file elsewhere holds a process id's digits but is still not a lock.
    try FileManager.default.removeItem(at: lock)
    try Data("12345\n".utf8).write(to: setup.precious)
    #expect(link(setup.precious.path, lock.path) == 0)
    (status, stderr, _) = setup.build()
    #expect(status == .internalError)
    #expect(stderr.hasPrefix("Output/.quarterly.lock:1:1: error: the lock file has other names (hard links)"))
    #expect(try Data(contentsOf: setup.precious) == Data("12345\n".utf8))
  }

  @Test func aFileWhereTheEditionsOutputGoesIsRefusedByName() throws {
    let setup = try Setup()
    defer { setup.remove() }
    try FileManager.default.createDirectory(at: setup.output, withIntermediateDirectories: true)
    let inTheWay = setup.output.appendingPathComponent("good")
    try Data("precious data\n".utf8).write(to: inTheWay)
    let (status, stderr, stdout) = setup.build()
    #expect(status == .internalError)
    #expect(
      stderr
        == "error: could not write Output/good: this is a file, not the edition's output folder, so it was left as it is; move or remove it\n"
    )
    #expect(
      stdout
        == "failed good: could not write the output (Output/good: this is a file, not the edition's output folder, so it was left as it is; move or remove it)\n"
    )
    #expect(try Data(contentsOf: inTheWay) == Data("precious data\n".utf8))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: setup.output.path).sorted() == [
        ".quarterly.lock", "good",
      ])
  }

  @Test func withVerboseAWriteFailureNamesItsStep() throws {
    let setup = try Setup()
    defer { setup.remove() }
    try FileManager.default.createDirectory(at: setup.output, withIntermediateDirectories: true)
    try Data("precious data\n".utf8).write(to: setup.output.appendingPathComponent("good"))
    let (status, stderr, _) = setup.build(verbose: true)
    #expect(status == .internalError)
    #expect(stderr.contains("\nWrite outputs: error: could not write Output/good: this is a file"))
  }

  @Test func anOldFolderWaitingAsideIsKeptWhenAFileIsInTheEditionsPlace() throws {
    let setup = try Setup()
    defer { setup.remove() }
    #expect(setup.build().0 == .success)
    let target = setup.output.appendingPathComponent("good")
    let old = FolderSnapshot(target)
    // A run without the exchange died with the old folder aside; then someone put a file in its place.
    try FileManager.default.moveItem(at: target, to: FolderSwap.asidePath(for: target))
    try Data("precious data\n".utf8).write(to: target)
    let (status, stderr, _) = setup.build()
    #expect(status == .internalError)
    #expect(stderr.hasPrefix("error: could not write Output/good: this is a file"))
    #expect(FolderSnapshot(FolderSwap.asidePath(for: target)) == old)
    #expect(try Data(contentsOf: target) == Data("precious data\n".utf8))
  }

  @Test(arguments: ["figures.json", "monitoring-pack.pdf"])
  func aTemplateNamedLikeABuiltInFileIsAnError(_ name: String) throws {
    let setup = try Setup()
    defer { setup.remove() }
    let own = setup.edition.appendingPathComponent("templates")
    try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
    try Data("{{edition.title}}\n".utf8).write(to: own.appendingPathComponent("\(name).mustache"))
    let (status, stderr, stdout) = setup.build()
    #expect(status == .inputErrors)
    #expect(
      stderr
        == "Inputs/good/templates/\(name).mustache:1:1: error: the template \(name).mustache would make \(name), a file quarterly writes itself; rename the template (its output file takes its name without .mustache)\n"
    )
    #expect(stdout == "failed good: 1 error\n")
    #expect(!FileManager.default.fileExists(atPath: setup.output.appendingPathComponent("good").path))
  }
}
