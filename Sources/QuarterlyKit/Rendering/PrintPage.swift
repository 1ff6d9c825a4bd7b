/// What the printed pack's running header says, as CSS strings for the `@page` margin boxes of the
/// templates (`{{{print.area}}}`, `{{{print.title}}}`, `{{{print.asOfDisplay}}}`, inserted raw because
/// they are already escaped for CSS).
enum PrintPage {
  /// The edition's area, title and date of the figures, each a CSS string literal.
  static func data(_ edition: Edition) -> TemplateValue {
    .object(
      TemplateObject([
        ("area", .string(Escaping.cssString(edition.area))),
        ("title", .string(Escaping.cssString(edition.title))),
        ("asOfDisplay", .string(Escaping.cssString(edition.asOf.long))),
      ]))
  }
}
