/// A filled fragment as templates see it: `id`, `title`, `headingID`, `markdown`, `html`.
enum FragmentData {
  static func value(_ fragment: Fragment, markdown: String) -> TemplateValue {
    let document = Markdown.parse(markdown)
    let html = document.html(options: MarkdownOptions(allowRawHTML: false, headingIDs: true))
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
            document.headings.map {
              .object(
                TemplateObject([
                  ("level", .int($0.level)), ("text", .string($0.text)), ("id", .string($0.id)),
                ]))
            })
        ),
      ]))
  }
}
