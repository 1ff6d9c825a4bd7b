/// Where the `Character`s (grapheme clusters) of a run of UTF-8 text start, so that a walk over bytes can
/// keep to whole characters: a glossary term never ends inside "e" + combining accent, a space with a
/// combining mark is not a space, "\r\n" is one character.
///
/// In simple text (see `SimpleText`) every scalar is a character of its own, so nothing is stored and a
/// start is any byte that is not a UTF-8 continuation byte. Other text is measured once, by the standard
/// library's grapheme breaking over the run, which starts afresh at the run's first byte.
struct CharacterStarts {
  /// The run's first byte, in the buffer the offsets refer to.
  let start: Int
  /// The run's end (one past its last byte): also a start.
  let end: Int
  /// For each byte of the run, whether a character starts there; nil for simple text.
  private let starts: [Bool]?

  /// The starts of the run `start..<end` of `bytes`, which must be whole UTF-8 scalars.
  init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
    self.start = start
    self.end = end
    let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
    guard !SimpleText.isSimple(bytes: run) else {
      starts = nil
      return
    }
    var starts = Array(repeating: false, count: end - start)
    var offset = 0
    for character in String(decoding: run, as: UTF8.self) {
      starts[offset] = true
      offset += character.utf8.count
    }
    self.starts = starts
  }

  /// Whether every scalar of the run is a character of its own.
  var isSimple: Bool { starts == nil }

  /// Whether a character starts at `index` (the run's end counts; a continuation byte never does).
  func isStart(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index > start, index < end else { return index == start || index == end }
    guard let starts else { return bytes[index] & 0xC0 != 0x80 }
    return starts[index - start]
  }

  /// The start of the character after the one that starts at `index` (the run's end after the last).
  func nextStart(after index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var next = index + 1
    while next < end, !isStart(next, in: bytes) { next += 1 }
    return min(next, end)
  }

  /// The start of the character that ends just before `index`, or nil at the run's start.
  func previousStart(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard index > start else { return nil }
    var previous = index - 1
    while previous > start, !isStart(previous, in: bytes) { previous -= 1 }
    return previous
  }

  /// Whether the byte at `index` is a character of its own (an ASCII byte not joined to a neighbour).
  func isWholeCharacter(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    isStart(index, in: bytes) && isStart(index + 1, in: bytes)
  }
}
