/// Finds links within a page (`href="#…"`) that lead to no element with that `id`.
enum InternalLinks {
  /// The targets of `href="#…"` links that no `id="…"` on the page matches, in page order, each once.
  static func broken(in html: String) -> [String] {
    let ids = Set(values(of: "id", in: html))
    var seen: Set<String> = []
    return values(of: "href", in: html).compactMap { href in
      guard href.hasPrefix("#"), href.count > 1 else { return nil }
      let target = String(href.dropFirst())
      guard !ids.contains(target), seen.insert(target).inserted else { return nil }
      return target
    }
  }

  /// Every value of the attribute `name` written as `name="value"` (as the tool writes attributes), found
  /// in the page's bytes. Markup is read by code points, as a browser reads it: a quote followed by a
  /// combining mark still ends the value.
  static func values(of name: String, in html: String) -> [String] {
    let marker = Array(" \(name)=\"".utf8)
    var page = html
    page.makeContiguousUTF8()
    func search(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
      var found: [String] = []
      let count = bytes.count
      // Every match has its "=" at the same place in the marker, and "=" is far rarer on a page than the
      // space the marker starts with: the search jumps from one "=" to the next.
      let equalsOffset = marker.count - 2
      var searchFrom = equalsOffset
      while let equals = Bytes.firstIndex(of: UInt8(ascii: "="), in: bytes, from: searchFrom) {
        let start = equals - equalsOffset
        searchFrom = equals + 1
        guard start + marker.count <= count else { break }
        var same = true
        for offset in 0..<marker.count where bytes[start + offset] != marker[offset] {
          same = false
          break
        }
        guard same else { continue }
        let valueStart = start + marker.count
        guard let end = Bytes.firstIndex(of: UInt8(ascii: "\""), in: bytes, from: valueStart) else {
          break
        }
        found.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<end]), as: UTF8.self))
        searchFrom = end + equalsOffset
      }
      return found
    }
    return page.utf8.withContiguousStorageIfAvailable(search)
      ?? Array(page.utf8).withUnsafeBufferPointer(search)
  }
}
