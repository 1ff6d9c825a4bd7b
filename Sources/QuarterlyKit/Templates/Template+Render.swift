/// Renders parsed templates against data: one pass over the nodes, appending to one buffer.
struct TemplateRenderer {
  /// Partials nested deeper than this stop the render (a partial that includes itself without end).
  static let maximumPartialDepth = 100
  /// Sections, blocks and partials inside one another, all counted: beyond this the render stops
  /// (each template is capped at parse time, but partials multiply the depth).
  static let maximumRenderDepth = 400

  private let library: TemplateLibrary
  private let strict: Bool
  private(set) var output: TemplateOutput
  private(set) var diagnostics: [Diagnostic] = []
  private var context: ContextStack
  /// Blocks passed to parents, outermost first: the outermost override of a name wins.
  private var overrideFrames: [(blocks: [String: TemplateBlock], file: String, escaping: TemplateEscaping)] =
    []
  private var partialChain: [String] = []
  /// Partials found so far in this render: a table is included once per row, and the library's lookup
  /// takes a lock and hashes the name each time.
  private var partialsFound: [(name: String, outputType: TemplateEscaping, template: Template)] = []
  private var reportedFiles: Set<String> = []
  private var aborted = false
  private var depth = 0
  /// The section or partial tag last entered, where a render that goes too deep is reported.
  private var enteredAt: SourceLocation?

  init(library: TemplateLibrary, data: TemplateValue, strict: Bool, capacity: Int = 8192) {
    self.library = library
    self.strict = strict
    self.context = ContextStack(data)
    self.output = TemplateOutput(capacity: capacity)
  }

  mutating func render(_ template: Template) {
    render(template.nodes, file: template.file, escaping: template.escaping)
  }

  private mutating func render(_ nodes: [TemplateNode], file: String, escaping: TemplateEscaping) {
    guard depth < Self.maximumRenderDepth else {
      diagnostics.append(
        .error(
          "templates nested more than \(Self.maximumRenderDepth) deep while rendering \(file)",
          at: enteredAt ?? SourceLocation(file: file),
          hint: "sections inside partials inside sections go too deep; flatten the templates"))
      aborted = true
      return
    }
    depth += 1
    defer { depth -= 1 }
    for node in nodes {
      if aborted { return }
      switch node {
      case .text(let text, _, let endsLine):
        output.appendSource(text, endsLine: endsLine)
      case .variable(let name, let escaped, let position):
        interpolate(name, escaping: escaped ? escaping : .none, at: position, file: file)
      case .section(let name, let inverted, let body, let position):
        let value = context.resolve(name)
        if inverted {
          enteredAt = SourceLocation(file: file, line: position.line, column: position.column)
          if value?.isFalsey ?? true { render(body, file: file, escaping: escaping) }
          continue
        }
        guard let value else {
          if strict { missing(name, at: position, file: file) }
          continue
        }
        enteredAt = SourceLocation(file: file, line: position.line, column: position.column)
        switch value {
        case .list(let items):
          for item in items {
            context.push(item)
            render(body, file: file, escaping: escaping)
            context.pop()
          }
        default:
          guard !value.isFalsey else { continue }
          context.push(value)
          render(body, file: file, escaping: escaping)
          context.pop()
        }
      case .partial(let reference):
        include(reference, overrides: nil, file: file, escaping: escaping)
      case .parent(let reference, let overrides):
        include(reference, overrides: overrides, file: file, escaping: escaping)
      case .block(let block):
        if let found = override(named: block.name) {
          let saved = output.indentation
          output.indentation += block.indentation
          render(found.block.body, file: found.file, escaping: found.escaping)
          output.indentation = saved
        } else {
          render(block.body, file: file, escaping: escaping)
        }
      }
    }
  }

  private mutating func interpolate(
    _ name: TemplateName, escaping: TemplateEscaping, at position: TagPosition, file: String
  ) {
    guard let value = context.resolve(name) else {
      if strict { missing(name, at: position, file: file) }
      return
    }
    guard let text = value.interpolationText else {
      if strict {
        error(
          "'\(name.text)' is \(value.kindDescription), not a value to print", at: position, file: file,
          hint: "go through it with {{#\(name.text)}}…{{/\(name.text)}}")
      }
      return
    }
    if strict, case .null = value {
      error(
        "no value for '\(name.text)' (it is null)", at: position, file: file,
        hint: "show something else when it is missing with {{^\(name.text)}}…{{/\(name.text)}}")
      return
    }
    output.appendValue(text, escaping: escaping)
  }

  private func override(named name: String) -> (
    block: TemplateBlock, file: String, escaping: TemplateEscaping
  )? {
    for frame in overrideFrames {
      if let block = frame.blocks[name] { return (block, frame.file, frame.escaping) }
    }
    return nil
  }

  /// Renders a partial (`overrides` nil) or a parent with the blocks it overrides.
  private mutating func include(
    _ reference: PartialReference, overrides: [String: TemplateBlock]?, file: String,
    escaping: TemplateEscaping
  ) {
    let position = reference.position
    let name: String
    switch reference.name {
    case .literal(let literal):
      name = literal
    case .dynamic(let path):
      guard let value = context.resolve(path) else {
        if strict { missing(path, at: position, file: file) }
        return
      }
      guard case .string(let string) = value else {
        if strict {
          error(
            "'\(path.text)' is \(value.kindDescription), not the name of a partial", at: position, file: file)
        }
        return
      }
      name = string
    }
    guard partialChain.count < Self.maximumPartialDepth else {
      let chain = (partialChain.prefix(4) + ["…"]).joined(separator: " → ")
      error(
        "partials nested more than \(Self.maximumPartialDepth) deep (\(chain))", at: position, file: file,
        hint: "a partial includes itself without end; put the inclusion in a section that runs out")
      aborted = true
      return
    }
    let template: Template
    switch partial(named: name, outputType: escaping) {
    case .found(let found):
      template = found
    case .missing(let hint):
      if strict { error("no partial named '\(name)'", at: position, file: file, hint: hint) }
      return
    case .refused(let reason, _):
      error(
        "partial name '\(name)' refused: \(reason)", at: position, file: file,
        hint: "name a partial inside the template folders, like 'header' or 'parts/header'")
      return
    case .unreadable(let path, let diagnostics):
      if reportedFiles.insert(path).inserted {
        self.diagnostics.append(contentsOf: diagnostics)
      }
      return
    }
    let saved = output.indentation
    if !reference.indentation.isEmpty {
      output.indentation += reference.indentation
      output.atLineStart = true
    }
    if let overrides { overrideFrames.append((overrides, file, escaping)) }
    partialChain.append(name)
    enteredAt = SourceLocation(file: file, line: position.line, column: position.column)
    render(
      template.nodes, file: template.file, escaping: template.inheritsEscaping ? escaping : template.escaping)
    partialChain.removeLast()
    if overrides != nil { overrideFrames.removeLast() }
    output.indentation = saved
  }

  /// The library's partial lookup, remembering what it found for this render.
  private mutating func partial(named name: String, outputType: TemplateEscaping)
    -> TemplateLibrary.PartialLookup
  {
    if let found = partialsFound.first(where: { $0.name == name && $0.outputType == outputType }) {
      return .found(found.template)
    }
    let lookup = library.partial(named: name, outputType: outputType)
    if case .found(let template) = lookup { partialsFound.append((name, outputType, template)) }
    return lookup
  }

  private mutating func missing(_ name: TemplateName, at position: TagPosition, file: String) {
    error("no value for '\(name.text)'", at: position, file: file, hint: context.suggestion(for: name))
  }

  private mutating func error(_ message: String, at position: TagPosition, file: String, hint: String? = nil)
  {
    diagnostics.append(
      .error(
        message, at: SourceLocation(file: file, line: position.line, column: position.column), hint: hint))
  }
}
