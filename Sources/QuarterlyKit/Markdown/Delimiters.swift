/// A run of `*` or `_` that may open or close emphasis; kept in a doubly linked list by index.
/// Small (24 bytes), as runs of one or two characters can make up most of a hostile input.
struct Delimiter {
  var character: UInt8
  var canOpen: Bool
  var canClose: Bool
  /// The run's length before any of it was used, modulo 3 (all that the "rule of 3" needs).
  var originalCountModThree: UInt8
  @CompactIndex var node: Int
  @CompactIndex var previous: Int
  @CompactIndex var next = -1
  /// The characters of the run not yet used by emphasis.
  var count: Int
}

extension InlineParser {
  /// Reads a run of `*` or `_`, adds it as text, and records it as a delimiter when it can open or close.
  mutating func parseDelimiterRun() {
    let character = subject[position]
    let start = position
    while peek(position) == character { position += 1 }
    let before = FlankingClass.before(start, in: subject)
    let after = FlankingClass.after(position, in: subject)
    let leftFlanking =
      after != .whitespace && (after != .punctuation || before == .whitespace || before == .punctuation)
    let rightFlanking =
      before != .whitespace && (before != .punctuation || after == .whitespace || after == .punctuation)
    let canOpen: Bool
    let canClose: Bool
    if character == UInt8(ascii: "_") {
      canOpen = leftFlanking && (!rightFlanking || before == .punctuation)
      canClose = rightFlanking && (!leftFlanking || after == .punctuation)
    } else {
      canOpen = leftFlanking
      canClose = rightFlanking
    }
    let node = makeText(start..<position)
    store.appendChild(node, to: root)
    guard canOpen || canClose else { return }
    let index = delimiters.count
    delimiters.append(
      Delimiter(
        character: character, canOpen: canOpen, canClose: canClose,
        originalCountModThree: UInt8((position - start) % 3), node: node, previous: lastDelimiter,
        count: position - start))
    if lastDelimiter >= 0 { delimiters[lastDelimiter].next = index }
    lastDelimiter = index
  }

  mutating func removeDelimiter(_ delimiter: Int) {
    let previous = delimiters[delimiter].previous
    let next = delimiters[delimiter].next
    if previous >= 0 { delimiters[previous].next = next }
    if next >= 0 {
      delimiters[next].previous = previous
    } else {
      lastDelimiter = previous
    }
  }

  /// Matches closers with openers above `bottom` (the CommonMark "process emphasis" procedure).
  mutating func processEmphasis(bottom: Int) {
    for bucket in openersBottom.indices { openersBottom[bucket] = bottom }
    var closer = lastDelimiter
    while closer > bottom && delimiters[closer].previous > bottom { closer = delimiters[closer].previous }
    if closer <= bottom { closer = -1 }
    while closer >= 0 {
      let closing = delimiters[closer]
      if !closing.canClose {
        closer = closing.next
        continue
      }
      let bucket =
        (closing.character == UInt8(ascii: "_") ? 0 : 6) + (closing.canOpen ? 3 : 0)
        + Int(closing.originalCountModThree)
      var opener = closing.previous
      var found = false
      // Delimiters are numbered in the order of the text, so "above the bottom" is a comparison of
      // numbers: a bottom that has since been matched and removed still stops the search (comparing for
      // equality walked past it, and cmark's "issue #389" took quadratic time).
      while opener > bottom && opener > openersBottom[bucket] {
        let opening = delimiters[opener]
        let oddMatch =
          (closing.canOpen || opening.canClose) && closing.originalCountModThree != 0
          && (opening.originalCountModThree + closing.originalCountModThree) % 3 == 0
        if opening.character == closing.character && opening.canOpen && !oddMatch {
          found = true
          break
        }
        opener = opening.previous
      }
      if !found {
        let oldCloser = closer
        closer = closing.next
        openersBottom[bucket] = closing.previous
        if !closing.canOpen { removeDelimiter(oldCloser) }
        continue
      }
      let used = closing.count >= 2 && delimiters[opener].count >= 2 ? 2 : 1
      let openerNode = delimiters[opener].node
      let closerNode = closing.node
      delimiters[opener].count -= used
      delimiters[closer].count -= used
      store.nodes[openerNode].end -= used
      store.nodes[closerNode].end -= used
      let kind: InlineKind = used == 1 ? .emphasis : .strong
      if delimiters[opener].count == 0 {
        // A spent opener's text node becomes the emphasis node, in the place the new node would take.
        store.nodes[openerNode].kind = kind
        store.moveSiblings(after: openerNode, before: closerNode, into: openerNode)
      } else {
        let emphasis = store.make(kind)
        store.moveSiblings(after: openerNode, before: closerNode, into: emphasis)
        store.insertAfter(openerNode, emphasis)
      }
      // Delimiters between the opener and the closer can no longer match anything.
      if delimiters[opener].next != closer {
        delimiters[opener].next = closer
        delimiters[closer].previous = opener
      }
      if delimiters[opener].count == 0 { removeDelimiter(opener) }
      if delimiters[closer].count == 0 {
        store.unlink(closerNode)
        let next = delimiters[closer].next
        removeDelimiter(closer)
        closer = next
      }
    }
    while lastDelimiter >= 0 && lastDelimiter != bottom { removeDelimiter(lastDelimiter) }
  }
}
