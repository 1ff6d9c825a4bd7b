extension HTMLRenderer {
  /// Writes the inlines under `root`, walking the tree by its links (no recursion on nesting).
  mutating func renderInlines(_ root: Int) {
    guard root >= 0 else { return }
    let nodes = document.inlines.nodes
    let text = document.inlines.text
    var node = nodes[root].firstChild
    while node >= 0 {
      let current = nodes[node]
      switch current.kind {
      case .text:
        // Adjacent text nodes are written as one run; a text node on its own is written from the store.
        if current.next < 0 || nodes[current.next].kind != .text {
          writeText(text[current.start..<current.end])
          break
        }
        textRun.removeAll(keepingCapacity: true)
        textRun.append(contentsOf: text[current.start..<current.end])
        while nodes[node].next >= 0 && nodes[nodes[node].next].kind == .text {
          node = nodes[node].next
          textRun.append(contentsOf: text[nodes[node].start..<nodes[node].end])
        }
        writeText(textRun[...])
      case .softBreak: write("\n")
      case .hardBreak: write(disableTags > 0 ? "\n" : "<br />\n")
      case .code:
        if disableTags == 0 { write("<code>") }
        Escaping.appendHTML(bytes: text[current.start..<current.end], to: &out)
        if disableTags == 0 { write("</code>") }
      case .html:
        if options.allowRawHTML && disableTags == 0 {
          out.append(contentsOf: text[current.start..<current.end])
        } else {
          Escaping.appendHTML(bytes: text[current.start..<current.end], to: &out)
        }
      case .emphasis, .strong, .link, .image, .root:
        enterContainer(node)
        if current.firstChild >= 0 {
          node = current.firstChild
          continue
        }
        exitContainer(node)
      }
      // Move on: the next sibling, or close finished parents.
      while node >= 0 {
        let next = nodes[node].next
        if next >= 0 {
          node = next
          break
        }
        node = nodes[node].parent
        if node == root || node < 0 {
          node = -1
          break
        }
        exitContainer(node)
      }
    }
  }

  /// Writes a run of plain text: through `transformText` if there is one (outside image alt text),
  /// otherwise escaped.
  mutating func writeText(_ run: ArraySlice<UInt8>) {
    if disableTags == 0, let transform = options.transformText {
      out.append(contentsOf: transform(String(decoding: run, as: UTF8.self)).utf8)
    } else {
      Escaping.appendHTML(bytes: run, to: &out)
    }
  }

  /// Writes the start of the container `index` (emphasis, strong, link or image).
  mutating func enterContainer(_ index: Int) {
    let text = document.inlines.text
    let node = document.inlines.nodes[index]
    switch node.kind {
    case .emphasis: if disableTags == 0 { write("<em>") }
    case .strong: if disableTags == 0 { write("<strong>") }
    case .link:
      if disableTags == 0 {
        write("<a href=\"")
        writeURL(text[node.start..<node.end])
        write("\"")
        writeTitle(index)
        write(">")
      }
    case .image:
      if disableTags == 0 {
        write("<img src=\"")
        writeURL(text[node.start..<node.end])
        write("\" alt=\"")
      }
      disableTags += 1
    default: break
    }
  }

  /// Writes the end of the container `index`.
  mutating func exitContainer(_ index: Int) {
    switch document.inlines.nodes[index].kind {
    case .emphasis: if disableTags == 0 { write("</em>") }
    case .strong: if disableTags == 0 { write("</strong>") }
    case .link: if disableTags == 0 { write("</a>") }
    case .image:
      disableTags -= 1
      if disableTags == 0 {
        write("\"")
        writeTitle(index)
        write(" />")
      }
    default: break
    }
  }

  /// Writes the ` title="…"` attribute of the link or image `index`, if it has a title.
  mutating func writeTitle(_ index: Int) {
    guard let title = document.inlines.titles[index] else { return }
    write(" title=\"")
    Escaping.appendHTML(bytes: document.inlines.text[title], to: &out)
    write("\"")
  }

  mutating func writeURL(_ url: ArraySlice<UInt8>) {
    if !options.allowRawHTML && URLSafety.isDangerous(url) { return }
    Escaping.appendURL(bytes: url, to: &out)
  }
}
