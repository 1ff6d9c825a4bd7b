/// The small script that makes a page served by `quarterly preview` reload itself after a rebuild.
///
/// It asks `/_preview/version` four times a second and reloads the page when the answer is no longer
/// the build version the page was served at. It is added to pages as they are served, never to the
/// built files.
enum ReloadScript {
  /// The path the script asks for the current build version.
  static let versionPath = "/_preview/version"

  /// The script element for a page served at build `version`.
  static func element(version: Int) -> String {
    """
    <script data-quarterly-preview>(function () {
      var served = "\(version)";
      function poll() {
        fetch("\(versionPath)", { cache: "no-store" })
          .then(function (response) { return response.text(); })
          .then(function (current) {
            if (current.trim() !== served) { location.reload(); } else { setTimeout(poll, 250); }
          }, function () { setTimeout(poll, 1000); });
      }
      setTimeout(poll, 250);
    })();</script>

    """
  }

  /// `page` with the script added before its last `</body>` (matched ignoring case), or at its end when
  /// it has none.
  static func inject(into page: [UInt8], version: Int) -> [UInt8] {
    let script = Array(element(version: version).utf8)
    let closing = Array("</body".utf8)
    var index = page.count - closing.count
    while index >= 0 {
      if closing.indices.allSatisfy({ Bytes.lower(page[index + $0]) == closing[$0] }) {
        return Array(page[..<index]) + script + Array(page[index...])
      }
      index -= 1
    }
    return page + script
  }
}
