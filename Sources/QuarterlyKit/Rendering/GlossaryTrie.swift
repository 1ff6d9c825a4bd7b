/// The glossary's terms as a trie, so that finding the longest term written at a place in the text
/// takes as many steps as that term has elements, whatever the number of terms (20,000 terms cost no
/// more per word than 20).
///
/// `Element` is `UInt8` for the walk over a page's bytes (the tests' character-walking oracle uses its
/// own elements); a term is the sequence of its elements. Where two terms have the same elements, the first one given is kept.
struct GlossaryTrie<Element: Hashable & Sendable>: Sendable {
  /// One edge: from `node` by `element`.
  private struct Edge: Hashable, Sendable {
    let node: Int32
    let element: Element
  }

  private var edges: [Edge: Int32] = [:]
  /// For each node, the index of the term that ends there, or -1.
  private var terms: [Int32] = [-1]

  /// A trie of `keys`; a key's index in the array is what `longestMatch` returns for it.
  init<Key: Sequence>(_ keys: [Key]) where Key.Element == Element {
    for (index, key) in keys.enumerated() {
      var node: Int32 = 0
      for element in key {
        let edge = Edge(node: node, element: element)
        if let next = edges[edge] {
          node = next
        } else {
          let next = Int32(terms.count)
          terms.append(-1)
          edges[edge] = next
          node = next
        }
      }
      if node != 0, terms[Int(node)] < 0 { terms[Int(node)] = Int32(index) }
    }
  }

  /// The longest key written in `text` from `start`, as its index and the index just after it, among
  /// those that `accept` (given the index after the key) allows; nil when there is none.
  func longestMatch<Text: Collection>(
    in text: Text, from start: Text.Index, upTo end: Text.Index, accept: (Text.Index) -> Bool
  ) -> (term: Int, end: Text.Index)? where Text.Element == Element {
    var node: Int32 = 0
    var index = start
    // Keys ending along the way, shortest first; most walks find none or one.
    var found: [(term: Int, end: Text.Index)] = []
    while index < end {
      guard let next = edges[Edge(node: node, element: text[index])] else { break }
      node = next
      index = text.index(after: index)
      let term = terms[Int(node)]
      if term >= 0 { found.append((Int(term), index)) }
    }
    for match in found.reversed() where accept(match.end) { return match }
    return nil
  }
}
