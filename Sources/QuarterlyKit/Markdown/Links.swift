extension InlineParser {
  /// Handles `]`: makes a link or image from the nearest `[`/`![` when a destination or reference follows.
  mutating func parseCloseBracket() {
    position += 1
    let startPosition = position
    guard let opener = brackets.last else {
      appendText((position - 1)..<position)
      return
    }
    guard opener.isActive else {
      appendText((position - 1)..<position)
      brackets.removeLast()
      return
    }
    var destination: [UInt8] = []
    var title: [UInt8] = []
    var matched = false
    // An inline link's destination and title are written straight into the store.
    var inlineRanges: (destination: Range<Int>, title: Range<Int>)? = nil
    if peek(position) == UInt8(ascii: "("),
      let (inlineDestination, inlineTitle, end) = inlineLinkTail(from: position + 1)
    {
      let destinationStart = store.text.count
      InlineText.appendUnescaped(subject[inlineDestination], to: &store.text)
      let titleStart = store.text.count
      if let inlineTitle { InlineText.appendUnescaped(subject[inlineTitle], to: &store.text) }
      inlineRanges = (destinationStart..<titleStart, titleStart..<store.text.count)
      position = end
      matched = true
    }
    if !matched {
      let labelLength = LinkSyntax.labelLength(subject, at: position)
      var label: Range<Int>? = nil
      if labelLength > 2 {
        label = position..<(position + labelLength)
      } else if !opener.bracketAfter && startPosition - opener.index <= 1002 {
        label = opener.index..<startPosition
      }
      if let label, let reference = references.lookup(subject[label]) {
        destination = reference.destination
        title = reference.title
        matched = true
        position += labelLength
      }
    }
    guard matched else {
      brackets.removeLast()
      position = startPosition
      appendText((position - 1)..<position)
      return
    }
    let link = store.make(opener.isImage ? .image : .link)
    if let inlineRanges {
      store.setTarget(of: link, destination: inlineRanges.destination, title: inlineRanges.title)
    } else {
      let destinationStart = store.text.count
      store.text.append(contentsOf: destination)
      let titleStart = store.text.count
      store.text.append(contentsOf: title)
      store.setTarget(
        of: link, destination: destinationStart..<titleStart, title: titleStart..<store.text.count)
    }
    store.moveSiblings(after: opener.node, before: -1, into: link)
    store.appendChild(link, to: root)
    processEmphasis(bottom: opener.previousDelimiter)
    brackets.removeLast()
    store.unlink(opener.node)
    if !opener.isImage {
      // No links inside links: earlier `[` openers can no longer make links. Only `[` openers are
      // walked (by their chain), never the `![` openers between them.
      var index = brackets.last.map { $0.isImage ? $0.previousLinkOpener : brackets.count - 1 } ?? -1
      while index >= 0 && brackets[index].isActive {
        brackets[index].isActive = false
        index = brackets[index].previousLinkOpener
      }
    }
  }

  /// Reads `destination "title")` after an inline link's `(`.
  mutating func inlineLinkTail(from start: Int) -> (Range<Int>, Range<Int>?, Int)? {
    var index = LinkSyntax.skipSpacesAndNewline(subject, from: start)
    guard let destination = LinkSyntax.destination(subject, at: index) else { return nil }
    index = destination.end
    let beforeTitle = index
    index = LinkSyntax.skipSpacesAndNewline(subject, from: index)
    var title: Range<Int>? = nil
    if index != beforeTitle, let found = LinkSyntax.title(subject, at: index, failures: &titleFailures) {
      title = found.value
      index = LinkSyntax.skipSpacesAndNewline(subject, from: found.end)
    }
    guard peek(index) == UInt8(ascii: ")") else { return nil }
    return (destination.value, title, index + 1)
  }

  /// Handles `<`: an autolink, raw HTML, or a literal `<`.
  mutating func parseAngleBracket() {
    if let end = Autolinks.uriEnd(subject, from: position) {
      appendAutolink(value: (position + 1)..<(end - 1), prefix: [], end: end)
    } else if let end = Autolinks.emailEnd(subject, from: position) {
      appendAutolink(value: (position + 1)..<(end - 1), prefix: Array("mailto:".utf8), end: end)
    } else if let end = htmlEnds.htmlEnd(subject, from: position) {
      let node = makeText(position..<end)
      store.nodes[node].kind = .html
      store.appendChild(node, to: root)
      position = end
    } else {
      appendText(position..<(position + 1))
      position += 1
    }
  }

  mutating func appendAutolink(value: Range<Int>, prefix: [UInt8], end: Int) {
    let link = store.make(.link)
    let start = store.text.count
    store.text.append(contentsOf: prefix)
    store.text.append(contentsOf: subject[value])
    store.setTarget(
      of: link, destination: start..<store.text.count, title: store.text.count..<store.text.count)
    let label = store.make(.text, start: start + prefix.count, end: store.text.count)
    store.appendChild(label, to: link)
    store.appendChild(link, to: root)
    position = end
  }
}
