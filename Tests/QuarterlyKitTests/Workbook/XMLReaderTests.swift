import Testing

@testable import QuarterlyKit

/// The strict XML reader: what it accepts, and what it refuses by construction.
@Suite struct XMLReaderTests {
  func events(_ text: String) throws(XMLReader.Failure) -> [XMLEvent] {
    var reader = try XMLReader(bytes: Array(text.utf8))
    var events: [XMLEvent] = []
    while let event = try reader.next() { events.append(event) }
    return events
  }

  func failure(_ text: String) -> String? {
    do {
      _ = try events(text)
      return nil
    } catch {
      return error.reason
    }
  }

  @Test func namespacesEntitiesAndCDATA() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- a comment --><x:a xmlns:x="urn:x" xmlns="urn:default" b='1 &amp; 2'><c x:d="&#65;&#x42;">&lt;&gt;&amp;&quot;&apos;<![CDATA[<raw> & ]]></c><e/></x:a>
      """
    #expect(
      try events(text) == [
        .start(
          XMLElement(
            namespace: "urn:x", name: "a",
            attributes: [XMLAttribute(namespace: "", name: "b", value: "1 & 2")])),
        .start(
          XMLElement(
            namespace: "urn:default", name: "c",
            attributes: [XMLAttribute(namespace: "urn:x", name: "d", value: "AB")])),
        .text("<>&\"'"), .text("<raw> & "), .end,
        .start(XMLElement(namespace: "urn:default", name: "e", attributes: [])), .end,
        .end,
      ])
  }

  @Test func invalidUTF8IsRefused() throws {
    var reader = try XMLReader(bytes: [0x3C, 0x61, 0x3E, 0xFF, 0x3C, 0x2F, 0x61, 0x3E])
    _ = try reader.next()
    #expect(throws: XMLReader.Failure(reason: "the XML is not valid UTF-8", line: 1)) { try reader.next() }
  }

  @Test func lineEndsAreNormalised() throws {
    #expect(try events("<a>one\r\ntwo\rthree</a>").contains(.text("one\ntwo\nthree")))
  }

  @Test func refusals() {
    #expect(
      failure("<?xml version=\"1.0\" encoding=\"windows-1252\"?><a/>")
        == "the XML declares the encoding 'windows-1252'; only UTF-8 is read")
    #expect(failure("<?xml version='1.0' encoding='utf-8'?><a/>") == nil)
    #expect(
      failure("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>")
        == "a DTD or declaration (<!…>) is not allowed in a workbook part")
    #expect(
      failure("<a>&nbsp;</a>") == "the entity '&nbsp;' is not one of XML's five; no others are defined here")
    #expect(failure("<a>&#0;</a>") == "'&#0;' is not a character XML allows")
    #expect(failure("<a><b></a>") == "the end tag </a> does not match the open element")
    #expect(failure("<a>") == "the XML ends before its root element is closed")
    #expect(failure("<p:a/>") == "the prefix 'p' is used without being declared")
    #expect(failure("<a b=\"1\" b=\"2\"/>") == "an attribute is given twice")
    #expect(failure("<a/><b/>") == "a second root element")
    #expect(failure("<a b=1/>") == "an attribute value is not in quotes")
    #expect(failure(String(repeating: "<a>", count: 300)) == "the elements nest too deeply")
  }
}
