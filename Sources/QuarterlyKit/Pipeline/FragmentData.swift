/// A filled fragment as templates see it: `id`, `title`, `headingID`, `markdown`, `html`.
enum FragmentData {
  static func value(_ fragment: Fragment, markdown: String) -> TemplateValue {
    let document = Markdown.parse(markdown)
    // The headings are worked out once, for their ids in the HTML and for the `headings` list.
    let headings = document.headingsByBlock()
    let html = document.html(
      options: MarkdownOptions(allowRawHTML: false, headingIDs: true), headings: headings)
    return .object(
      TemplateObject([
        ("id", .string(fragment.id)),
        ("title", .string(fragment.title)),
        ("headingID", .string(Slug.make(fragment.title))),
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
