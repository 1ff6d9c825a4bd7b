/// Writes a parsed document as HTML, walking blocks with an explicit stack (no recursion on nesting).
struct HTMLRenderer {
  let document: MarkdownDocument
  let options: MarkdownOptions
  var out: [UInt8] = []
  var textRun: [UInt8] = []
  /// Above zero inside an image: only the alt text is written.
  var disableTags = 0
  /// Heading block index to its id, when ids are written.
  var headingIDs: [Int: String] = [:]

  /// A renderer of `document`; `headings` are its `headingsByBlock()`, whose ids are written when
  /// `options.headingIDs`.
  init(
    document: MarkdownDocument, options: MarkdownOptions, headings: [(block: Int, heading: MarkdownHeading)]
  ) {
    self.document = document
    self.options = options
    out.reserveCapacity(document.inlines.text.count + document.inlines.text.count / 2 + 64)
    if options.headingIDs {
      for (block, heading) in headings { headingIDs[block] = heading.id }
    }
  }

  mutating func write(_ text: StaticString) {
    out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Starts a new line unless the output is at the start of one.
  mutating func newline() {
    if let last = out.last, last != Bytes.newline { out.append(Bytes.newline) }
  }

  mutating func renderDocument() {
    var stack: [(block: Int, next: Int)] = [(0, 0)]
    while let top = stack.last {
      let children = document.blocks[top.block].children
      if top.next < children.count {
        stack[stack.count - 1].next += 1
        let child = children[top.next]
        if enter(child) { stack.append((child, 0)) }
      } else {
        stack.removeLast()
        exit(top.block)
      }
    }
  }

  /// Writes the start of a block (or all of a leaf) and says whether its children follow.
  mutating func enter(_ index: Int) -> Bool {
    let kind = document.blocks[index].kind
    if kind == .linkDefinitions { return false }
    if kind != .document && !(kind == .paragraph && isTight(document.blocks[index].parent)) { newline() }
    switch kind {
    case .document: return true
    case .linkDefinitions: return false
    case .blockQuote:
      write("<blockquote>\n")
      return true
    case .list:
      let list = document.blocks[index].list
      if list.isOrdered {
        write("<ol")
        if list.start != 1 { out.append(contentsOf: " start=\"\(list.start)\"".utf8) }
        write(">\n")
      } else {
        write("<ul>\n")
      }
      return true
    case .item:
      write("<li>")
      return true
    case .paragraph:
      let tight = isTight(document.blocks[index].parent)
      if !tight { write("<p>") }
      renderInlines(document.blocks[index].inlineRoot)
      if !tight { write("</p>\n") }
    case .heading:
      let level = document.blocks[index].headingLevel
      write("<h")
      out.append(UInt8(ascii: "0") + UInt8(clamping: level))
      if let id = headingIDs[index] {
        write(" id=\"")
        Escaping.appendHTML(bytes: Array(id.utf8)[...], to: &out)
        write("\"")
      }
      write(">")
      renderInlines(document.blocks[index].inlineRoot)
      write("</h")
      out.append(UInt8(ascii: "0") + UInt8(clamping: level))
      write(">\n")
    case .thematicBreak: write("<hr />\n")
    case .codeBlock: renderCode(index)
    case .htmlBlock:
      if options.allowRawHTML {
        out.append(contentsOf: document.blocks[index].content)
        write("\n")
      } else {
        write("<p>")
        Escaping.appendHTML(bytes: document.blocks[index].content[...], to: &out)
        write("</p>\n")
      }
    case .table: renderTable(document.blocks[index].tableIndex)
    }
    return false
  }

  mutating func exit(_ index: Int) {
    switch document.blocks[index].kind {
    case .blockQuote: write("</blockquote>\n")
    case .list: write(document.blocks[index].list.isOrdered ? "</ol>\n" : "</ul>\n")
    case .item: write("</li>\n")
    default: break
    }
  }

  /// Whether `item` is an item of a tight list (its paragraphs are written without `<p>`).
  func isTight(_ item: Int) -> Bool {
    guard item >= 0, document.blocks[item].kind == .item else { return false }
    let list = document.blocks[item].parent
    return list >= 0 && document.blocks[list].list.isTight
  }

  mutating func renderCode(_ index: Int) {
    let block = document.blocks[index]
    write("<pre><code")
    var languageEnd = 0
    while languageEnd < block.info.count && !Bytes.isWhitespace(block.info[languageEnd]) {
      languageEnd += 1
    }
    if languageEnd > 0 {
      // An info word that already starts with `language-` is not prefixed again (as cmark and
      // commonmark.js do).
      let prefix = Array("language-".utf8)
      write(block.info.starts(with: prefix) ? " class=\"" : " class=\"language-")
      Escaping.appendHTML(bytes: block.info[0..<languageEnd], to: &out)
      write("\"")
    }
    write(">")
    Escaping.appendHTML(bytes: block.content[...], to: &out)
    write("</code></pre>\n")
  }

  mutating func renderTable(_ index: Int) {
    guard index >= 0 else { return }
    let table = document.tables[index]
    write("<table>\n<thead>\n<tr>\n")
    for (column, root) in table.headerInlines.enumerated() {
      renderCell(root, header: true, alignment: table.alignments[column])
    }
    write("</tr>\n</thead>\n")
    if !table.rowInlines.isEmpty {
      write("<tbody>\n")
      for row in table.rowInlines {
        write("<tr>\n")
        for (column, root) in row.enumerated() {
          renderCell(root, header: false, alignment: table.alignments[column])
        }
        write("</tr>\n")
      }
      write("</tbody>\n")
    }
    write("</table>\n")
  }

  mutating func renderCell(_ root: Int, header: Bool, alignment: TableAlignment) {
    write(header ? "<th" : "<td")
    switch alignment {
    case .none: break
    case .left: write(" align=\"left\"")
    case .center: write(" align=\"center\"")
    case .right: write(" align=\"right\"")
    }
    write(">")
    renderInlines(root)
    write(header ? "</th>\n" : "</td>\n")
  }
}
