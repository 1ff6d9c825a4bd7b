import Testing

@testable import QuarterlyKit

/// A figure is said once: one "latest we have" note per paragraph or list item, no sentence repeated on
/// its page, and no monitoring-only figure on the parents' page without a warning.
@Suite struct SayItOnceTests {
  @Test func oneLatestAvailableNotePerParagraph() {
    let markdown = """
      Waits fell. The figure for June 2022 is the latest we have. Caseload fell. The figure for June 2022 \
      is the latest we have.

      - One. The figure for May 2022 is the latest we have. Two. The figure for June 2022 is the latest we have.
      - Three. The figure for June 2022 is the latest we have.
      """
    #expect(
      LatestAvailableNotes.once(in: markdown) == """
        Waits fell. Caseload fell. The figure for June 2022 is the latest we have.

        - One. Two. The figures for May 2022 and June 2022 are the latest we have.
        - Three. The figure for June 2022 is the latest we have.
        """)
  }

  @Test func aMonitoringOnlyFigureInAParentsFragmentIsAWarningAtTheTag() {
    let fragment = Fragment(
      id: "waits", title: "Waits", order: 1, audience: .parents,
      body: "Some text.\nThe caseload: {{metrics.caseload.sentence}} and {{metrics.waits.sentence}}\n",
      path: "Inputs/e/narrative/waits.md", bodyLine: 6)
    let (figures, _) = TestFigures.make(
      definitions:
        "id,label,unit,better,audience\ncaseload,children on the caseload,count,neutral,monitoring\n"
        + "waits,average wait,weeks,lower,both\n",
      metrics: "metric,period,value\ncaseload,2022-06,805\n")
    var diagnostics = Diagnostics()
    FigureQuotes.checkAudiences([fragment], definitions: figures.map(\.definition), diagnostics: &diagnostics)
    #expect(
      diagnostics.sorted.map(\.description) == [
        "Inputs/e/narrative/waits.md:7:17: warning: the fragment quotes caseload, a figure for the monitoring "
          + "pack only, in a page parents read; set audience to both for caseload in metric-definitions.csv, or "
          + "move the text to a fragment with audience: monitoring"
      ])
    #expect(
      FigureQuotes.quoted(in: [fragment], definitions: figures.map(\.definition)) == ["caseload", "waits"])
  }

  @Test func keyFiguresSummariseAQuotedSentence() {
    let (figures, _) = TestFigures.make(
      definitions: "id,label,unit,better\nd,average number of days to resolve a complaint,days,lower\n",
      metrics: "metric,period,value\nd,2021-08,37\nd,2022-07,11\n")
    #expect(figures.first?.summary == "Average number of days to resolve a complaint: 11 in July 2022")
  }
}
