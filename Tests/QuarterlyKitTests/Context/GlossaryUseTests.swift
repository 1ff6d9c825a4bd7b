import Testing

@testable import QuarterlyKit

/// "Words we use" lists the glossary terms parents meet, and no others.
@Suite struct GlossaryUseTests {
  let glossary = [
    GlossaryTerm(term: "SEND", meaning: "Special Educational Needs and Disabilities"),
    GlossaryTerm(term: "ADOS", meaning: "Autism Diagnostic Observation Schedule"),
    GlossaryTerm(term: "EHC", meaning: "Education, Health and Care"),
    GlossaryTerm(term: "EHCP", meaning: "Education, Health and Care Plan"),
    GlossaryTerm(term: "A&E", meaning: "accident and emergency"),
  ]

  @Test func onlyTermsWrittenAsWholeWordsAreUsedInTheGlossarysOrder() {
    let used = GlossaryUse.used(glossary, in: ["Your EHC plan (EHCPs are reviewed) and A&E.", "SEND news"])
    #expect(used.map(\.term) == ["SEND", "EHC", "A&E"])
  }

  @Test func aTermInsideAnotherWordIsNotUsed() {
    #expect(
      GlossaryUse.used(glossary, in: ["SENDING", "XEHC", "EHC-plans", "é-EHC", "ÉEHC", "EHCé"]).isEmpty)
    #expect(GlossaryUse.used(glossary, in: ["«EHC»"]).map(\.term) == ["EHC"])
  }

  @Test func chartsAndTheOtherFormsOfAFragmentAreNotRead() {
    var data = TemplateObject()
    let chart = TemplateValue.object(TemplateObject([("svg", .string("<svg><title>ADOS</title></svg>"))]))
    let fragment = TemplateValue.object(
      TemplateObject([
        ("markdown", .string("[x](https://example.org/EHC)")), ("text", .string("A&E")),
        ("html", .string("<p>SEND</p>")), ("chart", chart),
      ]))
    data["newsletter"] = .object(TemplateObject([("fragments", .list([fragment]))]))
    let texts = GlossaryUse.newsletterTexts(data: data, templates: [])
    #expect(GlossaryUse.used(glossary, in: texts).map(\.term) == ["SEND"])
  }

  @Test func templatesAndDataAreBothRead() {
    var data = TemplateObject()
    data["newsletter"] = .object(
      TemplateObject([("fragments", .list([.object(TemplateObject([("html", .string("<p>ADOS</p>"))]))]))]))
    data["pack"] = .string("EHC only in the pack")
    let texts = GlossaryUse.newsletterTexts(
      data: data,
      templates: [
        TemplateSource(file: "_layout.html.mustache", text: "{{area}} SEND partnership"),
        TemplateSource(file: "monitoring-pack.md.mustache", text: "A&E"),
      ])
    #expect(GlossaryUse.used(glossary, in: texts).map(\.term) == ["SEND", "ADOS"])
  }
}
