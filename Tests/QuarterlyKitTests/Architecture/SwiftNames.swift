import Foundation

/// The type names a Swift file declares and the capitalised names it uses, read from its code alone.
///
/// A small scanner, not a parser: comments and string literals are blanked first, so a type named only in
/// prose or in a message does not count as a dependency.
struct SwiftNames {
  /// Types, protocols and aliases the file declares, nested ones included.
  var declared: Set<String> = []
  /// Every capitalised identifier in the file's code.
  var used: Set<String> = []

  /// Reads the names from a file's text.
  init(source: String) {
    let code = SwiftNames.codeOnly(source)
    let words = SwiftNames.words(in: code)
    used = Set(words.filter { $0.first?.isUppercase == true })
    let introducers: Set<String> = ["struct", "enum", "class", "protocol", "typealias", "actor"]
    for (index, word) in words.enumerated() where introducers.contains(word) && index + 1 < words.count {
      let name = words[index + 1]
      if name.first?.isUppercase == true { declared.insert(name) }
    }
  }

  /// The identifiers and keywords of some code, in order.
  static func words(in code: String) -> [String] {
    var words: [String] = []
    var current = ""
    for character in code {
      if character.isLetter || character.isNumber || character == "_" {
        current.append(character)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words.filter { $0.first?.isNumber == false }
  }

  /// The text with comments and string literals replaced by spaces.
  static func codeOnly(_ source: String) -> String {
    var out = ""
    var characters = Array(source)[...]
    while let character = characters.first {
      if characters.starts(with: "//") {
        while let next = characters.first, next != "\n" { characters.removeFirst() }
      } else if characters.starts(with: "/*") {
        skipBlockComment(&characters)
      } else if characters.starts(with: "\"\"\"") {
        characters.removeFirst(3)
        while !characters.isEmpty, !characters.starts(with: "\"\"\"") { skipCharacter(&characters) }
        characters = characters.dropFirst(3)
        out.append(" ")
      } else if character == "\"" {
        characters.removeFirst()
        while let next = characters.first, next != "\"", next != "\n" { skipCharacter(&characters) }
        characters = characters.dropFirst()
        out.append(" ")
      } else {
        out.append(character)
        characters.removeFirst()
      }
    }
    return out
  }

  /// Drops one character of a string literal, or an escape and the character after it.
  private static func skipCharacter(_ characters: inout ArraySlice<Character>) {
    if characters.first == "\\" { characters = characters.dropFirst() }
    characters = characters.dropFirst()
  }

  /// Drops a block comment, which in Swift may nest.
  private static func skipBlockComment(_ characters: inout ArraySlice<Character>) {
    var depth = 0
    repeat {
      if characters.starts(with: "/*") {
        depth += 1
        characters.removeFirst(2)
      } else if characters.starts(with: "*/") {
        depth -= 1
        characters.removeFirst(2)
      } else {
        characters = characters.dropFirst()
      }
    } while depth > 0 && !characters.isEmpty
  }
}
