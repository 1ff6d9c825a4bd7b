import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns a request target into a file inside the preview's build folder, or the status to refuse it with.
///
/// No path may leave the build: `..` and `.` segments (written plainly or percent-encoded), empty
/// segments (`//etc/passwd`), backslashes, NUL bytes and targets that are not origin-form (`/…`) are
/// malformed (400); hidden names, symbolic links and anything that is not a regular file are not found
/// (404).
enum PreviewPath {
  /// The decoded segments of a target's path: `/a/b.html?x` is `["a", "b.html"]`, `/` is `[]`.
  static func segments(of target: String) -> Result<[String], HTTPStatus> {
    let path = HTTPRequest.path(of: target)
    guard path.hasPrefix("/") else { return .failure(.badRequest) }
    if path == "/" { return .success([]) }
    var segments: [String] = []
    let raw = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
    for (index, encoded) in raw.enumerated() {
      // A trailing slash names the folder itself: `/edition/` is `["edition"]`.
      if encoded.isEmpty && index == raw.count - 1 && index > 0 { break }
      guard let decoded = percentDecoded(encoded) else { return .failure(.badRequest) }
      guard !decoded.isEmpty, decoded != ".", decoded != "..",
        !decoded.contains("/"), !decoded.contains("\\"), !decoded.contains("\0")
      else { return .failure(.badRequest) }
      segments.append(decoded)
    }
    return .success(segments)
  }

  /// The bytes of `text` with `%XX` escapes decoded, as UTF-8; nil for a bad escape or bytes that are not
  /// UTF-8.
  static func percentDecoded(_ text: Substring) -> String? {
    var bytes: [UInt8] = []
    var iterator = Array(text.utf8)[...]
    while let byte = iterator.popFirst() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard let high = iterator.popFirst(), let low = iterator.popFirst(), Bytes.isHexDigit(high),
        Bytes.isHexDigit(low)
      else { return nil }
      bytes.append(UInt8(Bytes.hexValue(high) << 4 | Bytes.hexValue(low)))
    }
    return String(validating: bytes, as: UTF8.self)
  }

  /// The regular file that `segments` name under `root`, or 404. Every component is checked with
  /// `lstat`, so a symbolic link anywhere on the way (even one pointing inside the build) is refused,
  /// and so is a hidden name (the build's own staging folders start with `.`).
  static func file(_ segments: [String], in root: URL) -> Result<URL, HTTPStatus> {
    guard !segments.isEmpty, segments.allSatisfy({ !$0.hasPrefix(".") }) else { return .failure(.notFound) }
    var url = root
    for (index, segment) in segments.enumerated() {
      url.appendPathComponent(segment, isDirectory: index < segments.count - 1)
      var info = stat()
      guard lstat(url.path, &info) == 0 else { return .failure(.notFound) }
      let kind = info.st_mode & S_IFMT
      let wanted = index < segments.count - 1 ? S_IFDIR : S_IFREG
      guard kind == wanted else { return .failure(.notFound) }
    }
    return .success(url)
  }
}
