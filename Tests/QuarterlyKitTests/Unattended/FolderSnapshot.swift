import Foundation

/// Every file under a folder with its bytes, for asserting that a folder did not change at all.
struct FolderSnapshot: Equatable {
  var files: [String: Data]

  init(_ folder: URL) {
    var files: [String: Data] = [:]
    let paths = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []
    for path in paths {
      var isDirectory: ObjCBool = false
      let url = folder.appendingPathComponent(path)
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      files[path] = (try? Data(contentsOf: url)) ?? Data()
    }
    self.files = files
  }
}
