/// Finds the closest known name to a misspelt one, for "did you mean …?" hints.
public enum Suggestion {
  /// The candidate nearest to `name` by edit distance, if it is close enough to be a plausible typo.
  public static func closest<S: Sequence>(to name: String, in candidates: S) -> String?
  where S.Element == String {
    let source = Array(name.lowercased().unicodeScalars)
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let target = Array(candidate.lowercased().unicodeScalars)
      let distance = editDistance(source, target)
      let limit = max(1, min(source.count, target.count) / 3)
      guard distance <= limit, distance > 0 || candidate != name else { continue }
      if best == nil || distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  /// A hint of the form "did you mean 'x'?", or nil.
  public static func hint<S: Sequence>(for name: String, in candidates: S) -> String?
  where S.Element == String {
    closest(to: name, in: candidates).map { "did you mean '\($0)'?" }
  }

  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours ("buidl").
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }
}
