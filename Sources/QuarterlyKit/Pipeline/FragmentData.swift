/// A filled fragment as templates see it: `id`, `title`, `headingID`, `markdown`, `html`.
enum FragmentData {
  static func value(_ fragment: Fragment, markdown: String) -> TemplateValue {
    .object(
      TemplateObject([
        ("id", .string(fragment.id)),
        ("title", .string(fragment.title)),
        ("headingID", .string(Slug.make(fragment.title))),
        ("audience", .string(fragment.audience.rawValue)),
        ("markdown", .string(markdown.trimmingSpaces)),
        ("html", .string("")),
      ]))
  }
}
