/// The kinds of inline node.
enum InlineKind: UInt8 {
  case root, text, softBreak, hardBreak, code, html, emphasis, strong, link, image
}

/// An index into the inline store (or -1 for none), kept in four bytes and read and written as `Int`.
///
/// Hostile inputs make one small node for every two or three bytes, so the node's size is most of the
/// parser's memory traffic. Indices only count nodes and delimiters, which a document runs out of memory
/// long before it has two billion of (converting a larger index traps).
@propertyWrapper struct CompactIndex {
  private var stored: Int32

  init(wrappedValue: Int) {
    stored = Int32(wrappedValue)
  }

  var wrappedValue: Int {
    get { Int(stored) }
    set { stored = Int32(newValue) }
  }
}

/// One inline node (40 bytes). Text, code and HTML keep their bytes as a range of the store's `text`;
/// links and images keep their destination there too, and their title, if any, in the store's `titles`.
struct InlineNode {
  var kind: InlineKind
  @CompactIndex var parent = -1
  @CompactIndex var firstChild = -1
  @CompactIndex var lastChild = -1
  @CompactIndex var previous = -1
  @CompactIndex var next = -1
  var start = 0
  var end = 0
}

/// All inline nodes of a document and the bytes they refer to.
struct InlineStore {
  var nodes: [InlineNode] = []
  var text: [UInt8] = []
  /// The title of each link or image that has a non-empty one, as a range of `text`, by node index.
  var titles: [Int: Range<Int>] = [:]

  /// Sets the destination and title of the link or image `node` to these ranges of `text`.
  mutating func setTarget(of node: Int, destination: Range<Int>, title: Range<Int>) {
    nodes[node].start = destination.lowerBound
    nodes[node].end = destination.upperBound
    if !title.isEmpty { titles[node] = title }
  }

  /// Makes a detached node.
  mutating func make(_ kind: InlineKind, start: Int = 0, end: Int = 0) -> Int {
    nodes.append(InlineNode(kind: kind, start: start, end: end))
    return nodes.count - 1
  }

  mutating func appendChild(_ child: Int, to parent: Int) {
    nodes[child].parent = parent
    linkChain(from: child, to: child, after: parent)
  }

  /// Links the chain `head`…`tail` (whose parents are already set) after `parent`'s last child.
  private mutating func linkChain(from head: Int, to tail: Int, after parent: Int) {
    let last = nodes[parent].lastChild
    nodes[head].previous = last
    if last >= 0 {
      nodes[last].next = head
    } else {
      nodes[parent].firstChild = head
    }
    nodes[tail].next = -1
    nodes[parent].lastChild = tail
  }

  mutating func unlink(_ node: Int) {
    let previous = nodes[node].previous
    let next = nodes[node].next
    let parent = nodes[node].parent
    if previous >= 0 {
      nodes[previous].next = next
    } else if parent >= 0 {
      nodes[parent].firstChild = next
    }
    if next >= 0 {
      nodes[next].previous = previous
    } else if parent >= 0 {
      nodes[parent].lastChild = previous
    }
    nodes[node].parent = -1
    nodes[node].previous = -1
    nodes[node].next = -1
  }

  mutating func insertAfter(_ node: Int, _ sibling: Int) {
    let next = nodes[node].next
    let parent = nodes[node].parent
    nodes[sibling].parent = parent
    nodes[sibling].previous = node
    nodes[sibling].next = next
    nodes[node].next = sibling
    if next >= 0 {
      nodes[next].previous = sibling
    } else if parent >= 0 {
      nodes[parent].lastChild = sibling
    }
  }

  /// Moves the siblings after `first` (up to, not including, `stop`; -1 = to the end) to the end of
  /// `container`'s children: the chain is cut out and linked in whole, and only the parents are updated
  /// node by node.
  mutating func moveSiblings(after first: Int, before stop: Int, into container: Int) {
    let head = nodes[first].next
    guard head >= 0 && head != stop else { return }
    var tail = head
    nodes[head].parent = container
    while nodes[tail].next >= 0 && nodes[tail].next != stop {
      tail = nodes[tail].next
      nodes[tail].parent = container
    }
    // Close the gap the chain leaves (`stop`, or -1 when `stop` is not among the siblings).
    let after = nodes[tail].next
    nodes[first].next = after
    if after >= 0 {
      nodes[after].previous = first
    } else if nodes[first].parent >= 0 {
      nodes[nodes[first].parent].lastChild = first
    }
    linkChain(from: head, to: tail, after: container)
  }

  /// The plain text of a subtree (text and code), walked without recursion.
  func plainText(of root: Int) -> [UInt8] {
    var out: [UInt8] = []
    var node = nodes[root].firstChild
    while node >= 0 {
      let current = nodes[node]
      switch current.kind {
      case .text, .code: out.append(contentsOf: text[current.start..<current.end])
      case .softBreak, .hardBreak: out.append(Bytes.space)
      default: break
      }
      if current.firstChild >= 0 {
        node = current.firstChild
        continue
      }
      node = nextInWalk(after: node, within: root)
    }
    return out
  }

  /// The next node in document order after `node`'s subtree, staying inside `root`.
  func nextInWalk(after node: Int, within root: Int) -> Int {
    var current = node
    while current >= 0 && current != root {
      if nodes[current].next >= 0 { return nodes[current].next }
      current = nodes[current].parent
    }
    return -1
  }
}
