/// The link schemes that safe mode refuses (as cmark's safe mode does).
enum URLSafety {
  private static let dangerous = ["javascript:", "vbscript:", "file:", "data:"].map { Array($0.utf8) }
  private static let safeData = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
    .map { Array($0.utf8) }

  /// Whether `url` starts with `javascript:`, `vbscript:`, `file:` or `data:` (other than PNG, GIF, JPEG
  /// or WebP images), ignoring case.
  static func isDangerous(_ url: ArraySlice<UInt8>) -> Bool {
    func hasPrefix(_ prefix: [UInt8]) -> Bool {
      guard url.count >= prefix.count else { return false }
      return zip(url.prefix(prefix.count), prefix).allSatisfy { Bytes.lower($0) == $1 }
    }
    guard dangerous.contains(where: hasPrefix) else { return false }
    return !safeData.contains(where: hasPrefix)
  }
}
