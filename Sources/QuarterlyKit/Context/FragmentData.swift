/// A filled fragment as templates see it: `id`, `title`, `headingID`, `markdown`, `html`.
enum FragmentData {
  /// The fragment's value; its `headingID` and the ids of its headings are taken from `slugs`, which
  /// holds the ids of the layout and of the fragments before, so that every id on a page is unique.
  static func value(_ fragment: Fragment, markdown: String, slugs: inout HeadingSlugs) -> TemplateValue {
    let document = Markdown.parse(markdown)
    let headingID = slugs.uniqueID(for: fragment.title)
    // The headings are worked out once, for their ids in the HTML and for the `headings` list.
    let headings = document.headingsByBlock(slugs: &slugs)
    let html = document.html(
      options: MarkdownOptions(allowRawHTML: false, headingIDs: true), headings: headings)
    return .object(
      TemplateObject([
        ("id", .string(fragment.id)),
        ("title", .string(fragment.title)),
        ("headingID", .string(headingID)),
        ("audience", .string(fragment.audience.rawValue)),
        ("markdown", .string(markdown.trimmingSpaces)),
        ("html", .string(html)),
        ("text", .string(PlainText.from(html: html))),
        (
          "headings",
          .list(
            headings.map { entry in
              .object(
                TemplateObject([
                  ("level", .int(entry.heading.level)), ("text", .string(entry.heading.text)),
                  ("id", .string(entry.heading.id)),
                ]))
            })
        ),
      ]))
  }
}
