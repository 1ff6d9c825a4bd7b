/// Turns template source into nodes: tokens, then standalone lines, then nested sections.
///
/// Errors are collected (every one in the file, where parsing can sensibly go on) with the line and
/// column where the offending tag starts; an unclosed section is reported where it opened.
struct TemplateParser {
  /// Sections, parents and blocks nested deeper than this are refused, so that hostile templates
  /// cannot exhaust the stack when rendered.
  static let maximumNesting = 100

  let bytes: [UInt8]
  let file: String
  let startLine: Int
  private(set) var diagnostics: [Diagnostic] = []

  init(source: String, file: String, startLine: Int) {
    self.bytes = Array(source.utf8)
    self.file = file
    self.startLine = startLine
  }

  mutating func error(_ message: String, at position: TagPosition, hint: String? = nil) {
    diagnostics.append(.error(message, at: location(position), hint: hint))
  }

  func location(_ position: TagPosition) -> SourceLocation {
    SourceLocation(file: file, line: position.line, column: position.column)
  }

  /// The nodes of the template, or nil when it cannot be parsed at all.
  mutating func parse() -> [TemplateNode]? {
    let tokens = Self.removingStandaloneLines(tokenize())
    return build(tokens)
  }

  // MARK: Standalone lines

  /// Drops lines that hold only spaces and tags that print nothing (sections, comments, partials,
  /// delimiters, parents, blocks), remembering the indentation of standalone partials and blocks.
  ///
  /// Unlike the classic single-tag rule, several such tags may share a standalone line
  /// (`{{<layout}}{{$body}}`); an empty block (`{{$x}}{{/x}}`) stands for its content, so a line
  /// holding one is kept, as the inheritance spec requires.
  static func removingStandaloneLines(_ tokens: [TemplateToken]) -> [TemplateToken] {
    var result: [TemplateToken] = []
    result.reserveCapacity(tokens.count)
    var line: [TemplateToken] = []
    for token in tokens {
      line.append(token)
      if token.kind == .text, token.content.utf8.last == UInt8(ascii: "\n") {
        appendLine(line, to: &result)
        line.removeAll(keepingCapacity: true)
      }
    }
    appendLine(line, to: &result)
    return result
  }

  private static func appendLine(_ line: [TemplateToken], to result: inout [TemplateToken]) {
    guard !line.isEmpty else { return }
    if isStandalone(line) {
      var indentation = ""
      var first = true
      for var token in line {
        if token.kind == .text {
          if first { indentation += token.content }
          continue
        }
        token.standalone = true
        if first {
          token.indentation = indentation
          first = false
        }
        result.append(token)
      }
      return
    }
    var leading = ""
    var onlySpaceSoFar = true
    for (index, var token) in line.enumerated() {
      if index == 0, token.kind == .text { token.startsLine = true }
      if token.kind == .block, onlySpaceSoFar { token.indentation = leading }
      if token.kind == .text, onlySpaceSoFar, isSpace(token.content) {
        leading += token.content
      } else {
        onlySpaceSoFar = false
      }
      result.append(token)
    }
  }

  private static func isStandalone(_ line: [TemplateToken]) -> Bool {
    var sawTag = false
    var previousTag: TemplateToken.TokenKind?
    for token in line {
      if token.kind == .text {
        guard isSpaceThenNewline(token.content) else { return false }
        continue
      }
      guard token.kind.canStandAlone else { return false }
      if previousTag == .block, token.kind == .close { return false }
      previousTag = token.kind
      sawTag = true
    }
    return sawTag
  }

  private static func isSpace(_ text: String) -> Bool {
    text.utf8.allSatisfy(Bytes.isSpaceOrTab)
  }

  /// Spaces and tabs, then optionally `\n` or `\r\n`.
  private static func isSpaceThenNewline(_ text: String) -> Bool {
    var utf8 = Substring(text).utf8
    if utf8.last == UInt8(ascii: "\n") {
      utf8 = utf8.dropLast()
      if utf8.last == UInt8(ascii: "\r") { utf8 = utf8.dropLast() }
    }
    return utf8.allSatisfy(Bytes.isSpaceOrTab)
  }

  // MARK: Nesting

  private struct Frame {
    enum FrameKind {
      case root
      case section(TemplateName, inverted: Bool)
      case parent(PartialReference)
      case block(String, indentation: String, standalone: Bool)
    }
    var kind: FrameKind
    /// What the closing tag must say.
    var key: String
    var position: TagPosition
    var nodes: [TemplateNode] = []
    var overrides: [String: TemplateBlock] = [:]
    var pendingText = ""
    var pendingStartsLine = false

    var isParent: Bool {
      if case .parent = kind { return true }
      return false
    }

    mutating func flushText() {
      guard !pendingText.isEmpty else { return }
      if !isParent {
        nodes.append(
          .text(
            pendingText, startsLine: pendingStartsLine,
            endsLine: pendingText.utf8.last == UInt8(ascii: "\n")))
      }
      pendingText = ""
    }

    mutating func append(_ node: TemplateNode) {
      flushText()
      // Inside a parent tag only blocks count; everything else is ignored, as the spec says.
      if !isParent { nodes.append(node) }
    }
  }

  private mutating func build(_ tokens: [TemplateToken]) -> [TemplateNode]? {
    var stack = [Frame(kind: .root, key: "", position: TagPosition(line: startLine, column: 1))]
    func push(_ frame: Frame) -> Bool {
      guard stack.count <= Self.maximumNesting else {
        error(
          "sections nested more than \(Self.maximumNesting) deep", at: frame.position,
          hint: "split the template into partials")
        return false
      }
      stack.append(frame)
      return true
    }
    for token in tokens {
      let position = token.position
      switch token.kind {
      case .text:
        guard var top = stack.popLast() else { return nil }
        if top.pendingText.isEmpty { top.pendingStartsLine = token.startsLine }
        top.pendingText += token.content
        stack.append(top)
      case .comment, .delimiters:
        continue
      case .variable, .unescaped:
        guard let name = name(token) else { continue }
        appendToTop(.variable(name, escaped: token.kind == .variable, position), &stack)
      case .section, .inverted:
        guard let name = name(token) else { continue }
        let frame = Frame(
          kind: .section(name, inverted: token.kind == .inverted), key: name.text, position: position)
        guard push(frame) else { return nil }
      case .partial:
        guard let partialName = partialName(token) else { continue }
        let reference = PartialReference(
          name: partialName, indentation: token.indentation, position: position)
        appendToTop(.partial(reference), &stack)
      case .parent:
        guard let partialName = partialName(token) else { continue }
        let reference = PartialReference(
          name: partialName, indentation: token.indentation, position: position)
        guard push(Frame(kind: .parent(reference), key: partialName.text, position: position)) else {
          return nil
        }
      case .block:
        guard let blockName = simpleName(token, what: "block") else { continue }
        let kind = Frame.FrameKind.block(
          blockName, indentation: token.indentation, standalone: token.standalone)
        guard push(Frame(kind: kind, key: blockName, position: position)) else { return nil }
      case .close:
        close(token, &stack)
      }
    }
    while stack.count > 1, let frame = stack.popLast() {
      error(
        "unclosed section '\(frame.key)'", at: frame.position, hint: "close it with {{/\(frame.key)}}")
      finish(frame, into: &stack)
    }
    guard var root = stack.first else { return nil }
    root.flushText()
    return root.nodes
  }

  private mutating func close(_ token: TemplateToken, _ stack: inout [Frame]) {
    let key = closingKey(token.content)
    guard let top = stack.last, stack.count > 1 else {
      error("'{{/\(key)}}' closes no open section", at: token.position, hint: "remove it")
      return
    }
    if top.key == key {
      if let frame = stack.popLast() { finish(frame, into: &stack) }
      return
    }
    let opened = "opened at line \(top.position.line), column \(top.position.column)"
    let matching = stack.indices.dropFirst().last { stack[$0].key == key }
    if let matching {
      error(
        "'{{/\(key)}}' closes '\(key)', but '\(top.key)' (\(opened)) is still open", at: token.position,
        hint: "close '\(top.key)' first with {{/\(top.key)}}")
      diagnostics.append(Diagnostic(.note, "section '\(top.key)' opened here", at: location(top.position)))
      while stack.count > matching + 1, let inner = stack.popLast() {
        if inner.position.line != top.position.line || inner.position.column != top.position.column {
          error(
            "unclosed section '\(inner.key)'", at: inner.position, hint: "close it with {{/\(inner.key)}}")
        }
        finish(inner, into: &stack)
      }
      if let frame = stack.popLast() { finish(frame, into: &stack) }
    } else {
      error(
        "'{{/\(key)}}' closes no open section; '\(top.key)' (\(opened)) is open", at: token.position,
        hint: "did you mean {{/\(top.key)}}?")
      diagnostics.append(Diagnostic(.note, "section '\(top.key)' opened here", at: location(top.position)))
    }
  }

  private func closingKey(_ content: String) -> String {
    guard content.hasPrefix("*") else { return content }
    return "*" + content.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
  }

  private func appendToTop(_ node: TemplateNode, _ stack: inout [Frame]) {
    guard var top = stack.popLast() else { return }
    top.append(node)
    stack.append(top)
  }

  /// Turns a closed frame into its node and adds it to the frame below.
  private func finish(_ frame: Frame, into stack: inout [Frame]) {
    var frame = frame
    frame.flushText()
    guard var top = stack.popLast() else { return }
    defer { stack.append(top) }
    switch frame.kind {
    case .root:
      return
    case .section(let name, let inverted):
      top.append(.section(name, inverted: inverted, body: frame.nodes, frame.position))
    case .parent(let reference):
      top.append(.parent(reference, overrides: frame.overrides))
    case .block(let name, let tagIndentation, let standalone):
      let intrinsic =
        standalone ? (Self.leadingIndentation(of: frame.nodes) ?? tagIndentation) : tagIndentation
      if top.isParent {
        // An override: its own indentation is removed here and the parent's added where it lands.
        let body = Self.dedent(frame.nodes, by: intrinsic)
        top.flushText()
        top.overrides[name] = TemplateBlock(name: name, body: body, indentation: "", standalone: standalone)
      } else {
        top.append(
          .block(TemplateBlock(name: name, body: frame.nodes, indentation: intrinsic, standalone: standalone))
        )
      }
    }
  }

  // MARK: Names

  private mutating func name(_ token: TemplateToken) -> TemplateName? {
    guard !token.content.isEmpty else {
      error("empty tag", at: token.position, hint: "put a name in it, like {{title}}")
      return nil
    }
    guard let name = TemplateName(token.content) else {
      error(
        "'\(token.content)' is not a valid name", at: token.position,
        hint: "use words joined by dots, like metrics.complaints, or '.' for the current item")
      return nil
    }
    return name
  }

  private mutating func simpleName(_ token: TemplateToken, what: String) -> String? {
    let content = token.content
    guard !content.isEmpty, !content.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) else {
      error("'\(content)' is not a valid \(what) name", at: token.position)
      return nil
    }
    return content
  }

  private mutating func partialName(_ token: TemplateToken) -> PartialName? {
    if token.content.hasPrefix("*") {
      let rest = String(token.content.dropFirst().drop(while: { $0 == " " || $0 == "\t" }))
      guard let name = TemplateName(rest) else {
        error("'\(rest)' is not a valid name for a dynamic partial", at: token.position)
        return nil
      }
      return .dynamic(name)
    }
    guard let literal = simpleName(token, what: "partial") else { return nil }
    return .literal(literal)
  }

  // MARK: Indentation of blocks

  /// The spaces and tabs that begin the first line of `nodes`; nil when there are no nodes.
  static func leadingIndentation(of nodes: [TemplateNode]) -> String? {
    guard let first = nodes.first else { return nil }
    guard case .text(let text, _, _) = first else { return "" }
    return String(text.prefix { $0 == " " || $0 == "\t" })
  }

  /// Removes `prefix` (as much of it as each line has) from the start of every source line in `nodes`.
  static func dedent(_ nodes: [TemplateNode], by prefix: String) -> [TemplateNode] {
    guard !prefix.isEmpty else { return nodes }
    return nodes.map { node in
      switch node {
      case .text(let text, let startsLine, let endsLine):
        return .text(
          dedentText(text, by: prefix, startsLine: startsLine), startsLine: startsLine, endsLine: endsLine)
      case .variable:
        return node
      case .section(let name, let inverted, let body, let position):
        return .section(name, inverted: inverted, body: dedent(body, by: prefix), position)
      case .partial(var reference):
        reference.indentation = removing(prefix, from: reference.indentation)
        return .partial(reference)
      case .parent(var reference, let overrides):
        reference.indentation = removing(prefix, from: reference.indentation)
        return .parent(reference, overrides: overrides)
      case .block(var block):
        block.indentation = removing(prefix, from: block.indentation)
        block.body = dedent(block.body, by: prefix)
        return .block(block)
      }
    }
  }

  private static func dedentText(_ text: String, by prefix: String, startsLine: Bool) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
    if !startsLine, let first = lines.popFirst() {
      out += first
      if !lines.isEmpty { out += "\n" }
    }
    while let line = lines.popFirst() {
      out += removing(prefix, from: line)
      if !lines.isEmpty { out += "\n" }
    }
    return out
  }

  /// `text` without as much of `prefix` as it starts with.
  private static func removing<S: StringProtocol>(_ prefix: String, from text: S) -> String {
    var rest = Substring(text)
    for character in prefix {
      guard rest.first == character else { break }
      rest = rest.dropFirst()
    }
    return String(rest)
  }
}
