import Foundation

/// Finds, parses and caches templates and partials in an ordered list of folders; thread-safe.
///
/// A template or partial named `NAME` is the file `NAME.mustache`. A partial included from a
/// template of one output type is first looked for with that type (`NAME.md.mustache` from a
/// Markdown template, `NAME.html.mustache` from an HTML one, `NAME.txt.mustache` from text), then
/// as `NAME.mustache`; folders are searched in order, each completely before the next. A partial
/// whose file name states no type escapes like the template that includes it.
public final class TemplateLibrary: @unchecked Sendable {
  /// The folders searched, in order.
  public let folders: [URL]
  private let displayFolders: [String]
  private let lock = NSLock()
  private var byName: [LookupKey: PartialLookup] = [:]
  private var byPath: [String: (template: Template?, diagnostics: [Diagnostic])] = [:]
  private var outputNames: [String]?
  private var sourcesCache: [TemplateSource]?
  private var literalIDsCache: [String]?

  /// A library searching `folders` in order (an edition's own folder first, then the shared one).
  public init(folders: [URL]) {
    self.folders = folders
    self.displayFolders = folders.map { folder in
      var path = folder.relativePath
      while path.count > 1, path.hasSuffix("/") { path.removeLast() }
      return path
    }
  }

  /// The template `NAME.mustache` (e.g. "newsletter.md" → `newsletter.md.mustache`), parsed once; nil,
  /// with its problems appended to `diagnostics`, when it is missing, refused or does not parse.
  public func template(named name: String, diagnostics: inout Diagnostics) -> Template? {
    switch lookup(name, outputType: nil) {
    case .found(let template):
      return template
    case .unreadable(_, let problems):
      diagnostics.append(contentsOf: problems)
      return nil
    case .missing(let hint):
      let looked = displayFolders.joined(separator: ", ")
      diagnostics.error("no template named '\(name)' (looked for \(name).mustache in \(looked))", hint: hint)
      return nil
    case .refused(let reason, let shown):
      let file = shown ?? shownPath(of: "\(name).mustache")
      diagnostics.error(
        "template name '\(name)' refused: \(reason)", at: file.map { SourceLocation(file: $0) },
        hint: "rename the template file or move it into the templates folder")
      return nil
    }
  }

  /// Renders `template` with `data`. Strict: a name that resolves to nothing (or to null, when
  /// printed), a section over a missing name, and a missing partial are errors; an inverted section
  /// over a missing name is not (it asks "is it absent?"). Lenient: the spec's empty string. Problems
  /// are appended to `diagnostics`.
  public func render(_ template: Template, data: TemplateValue, strict: Bool, diagnostics: inout Diagnostics)
    -> String
  {
    var renderer = TemplateRenderer(library: self, data: data, strict: strict)
    renderer.render(template)
    diagnostics.append(contentsOf: renderer.diagnostics)
    return renderer.output.text
  }

  /// Finds the template `NAME.mustache` and renders it with `data`.
  public func render(
    templateNamed name: String, data: TemplateValue, strict: Bool, diagnostics: inout Diagnostics
  ) -> String {
    guard let template = template(named: name, diagnostics: &diagnostics) else { return "" }
    return render(template, data: data, strict: strict, diagnostics: &diagnostics)
  }

  /// The names of the templates that make output files: every `NAME.TYPE.mustache` in the folders
  /// whose name does not start with `_` (partials and layouts do), each name once, sorted.
  /// The folders are listed once per library, like templates are parsed once.
  public func outputTemplateNames() -> [String] {
    if let cached = lock.withLock({ outputNames }) { return cached }
    var names: Set<String> = []
    for folder in folders {
      guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
      for file in files where file.hasSuffix(".mustache") && !file.hasPrefix("_") && !file.hasPrefix(".") {
        let name = String(file.dropLast(".mustache".count))
        if name.contains(".") { names.insert(name) }
      }
    }
    let sorted = names.sorted()
    lock.withLock { outputNames = sorted }
    return sorted
  }

  /// The text of every template and partial in the folders (`.mustache` files, searched below each
  /// folder), read once per library. They are read as templates are: only regular files inside the
  /// folder, none over 64 MiB; a file that cannot be read is left out (rendering reports it).
  func sources() -> [TemplateSource] {
    if let cached = lock.withLock({ sourcesCache }) { return cached }
    var found: [TemplateSource] = []
    for folder in folders {
      guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
      for case let file as String in files where file.hasSuffix(".mustache") {
        let url = folder.appendingPathComponent(file)
        // A file that cannot be read is reported when it is rendered, so its problem is dropped here.
        var unread = Diagnostics()
        guard let source = SourceText.read(url, displayPath: file, within: folder, diagnostics: &unread)
        else {
          continue
        }
        found.append(TemplateSource(file: file, text: source.text))
      }
    }
    lock.withLock { sourcesCache = found }
    return found
  }

  /// The ids written literally in every template and partial of the folders
  /// (`literalIDs(in:)`), found once per library like the texts are read once: every edition of a
  /// run reserves them.
  func literalIDs() -> [String] {
    if let cached = lock.withLock({ literalIDsCache }) { return cached }
    let ids = sources().flatMap { Self.literalIDs(in: $0.text) }
    lock.withLock { literalIDsCache = ids }
    return ids
  }

  // MARK: Partials

  /// What looking up a partial found.
  enum PartialLookup {
    case found(Template)
    /// No such file; the hint names a close one.
    case missing(hint: String?)
    /// The name is not allowed, or leads outside the folders; with the file's path as shown to users
    /// when a file was found.
    case refused(String, path: String?)
    /// The file exists but could not be read or parsed; the diagnostics say why.
    case unreadable(path: String, [Diagnostic])
  }

  /// The partial `name` for a template of `outputType`, from the cache or the folders.
  func partial(named name: String, outputType: TemplateEscaping) -> PartialLookup {
    lookup(name, outputType: outputType)
  }

  private struct LookupKey: Hashable {
    let name: String
    let outputType: TemplateEscaping?
  }

  /// `outputType` nil: the template `NAME.mustache`; else a partial, tried typed first.
  private func lookup(_ name: String, outputType: TemplateEscaping?) -> PartialLookup {
    let key = LookupKey(name: name, outputType: outputType)
    lock.lock()
    defer { lock.unlock() }
    if let cached = byName[key] { return cached }
    var fileNames = ["\(name).mustache"]
    if let outputType { fileNames.insert("\(name).\(outputType.fileInfix).mustache", at: 0) }
    let result = locate(name, fileNames: fileNames)
    byName[key] = result
    return result
  }

  /// The path, as shown to users, of the first file named `fileName` in the folders (even one whose
  /// name is refused), for a diagnostic's location.
  private func shownPath(of fileName: String) -> String? {
    for (folder, display) in zip(folders, displayFolders)
    where SourceText.entryExists(folder.appendingPathComponent(fileName).path) {
      return display == "." ? fileName : "\(display)/\(fileName)"
    }
    return nil
  }

  /// Must be called with the lock held.
  private func locate(_ name: String, fileNames: [String]) -> PartialLookup {
    if let problem = PartialPath.problem(with: name) { return .refused(problem, path: nil) }
    for (folder, display) in zip(folders, displayFolders) {
      guard let realFolder = PartialPath.realPath(folder.path) else { continue }
      for fileName in fileNames {
        let path = folder.appendingPathComponent(fileName).path
        guard PartialPath.isRegularFile(path), let realFile = PartialPath.realPath(path) else { continue }
        let shown = display == "." ? fileName : "\(display)/\(fileName)"
        guard PartialPath.isInside(realFile, folder: realFolder) else {
          return .refused("its file leads outside the folder \(display)", path: shown)
        }
        let parsed = parse(realFile: realFile, shownAs: shown, fileName: fileName)
        if let template = parsed.template { return .found(template) }
        return .unreadable(path: realFile, parsed.diagnostics)
      }
    }
    return .missing(hint: Suggestion.hint(for: name, in: availableNames()))
  }

  private func parse(realFile: String, shownAs shown: String, fileName: String) -> (
    template: Template?, diagnostics: [Diagnostic]
  ) {
    if let cached = byPath[realFile] { return cached }
    let result: (template: Template?, diagnostics: [Diagnostic])
    if let data = FileManager.default.contents(atPath: realFile) {
      let source = String(decoding: data, as: UTF8.self)
      var parseDiagnostics = Diagnostics()
      var template = Template.parse(
        source, file: shown, escaping: TemplateEscaping.forFile(named: fileName),
        diagnostics: &parseDiagnostics)
      template?.inheritsEscaping = !TemplateEscaping.fileNameStatesType(fileName)
      result = (template, parseDiagnostics.items)
    } else {
      result = (nil, [.error("cannot read template file", at: SourceLocation(file: shown))])
    }
    byPath[realFile] = result
    return result
  }

  /// The names of the templates in the folders (for "did you mean" hints).
  private func availableNames() -> [String] {
    var names: [String] = []
    for folder in folders {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for file in files.sorted() where file.hasSuffix(".mustache") {
        let name = String(file.dropLast(".mustache".count))
        let infix = OutputFormat(templateFileName: file)?.templateEscaping.map { "." + $0.fileInfix } ?? ""
        names.append(String(name.dropLast(infix.count)))
      }
    }
    return names
  }
}

/// One template file's text, named by its path inside its templates folder
/// (`newsletter.html.mustache`, `partials/_metric.html.mustache`).
struct TemplateSource: Sendable {
  var file: String
  var text: String

  /// The file's name without its folders (`_metric.html.mustache`).
  var fileName: Substring { file.split(separator: "/").last ?? file[...] }

  /// Whether the file is a partial (`_…`), which any output template may include.
  var isPartial: Bool { fileName.hasPrefix("_") }
}
