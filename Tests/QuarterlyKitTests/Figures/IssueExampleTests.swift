import Testing

@testable import QuarterlyKit

/// The sentences issue 14 found contradicting their own numbers, each with the corrected sentence.
@Suite struct IssueExampleTests {
  @Test func roundingNoLongerHidesAChangeInMillions() {
    #expect(
      TestFigures.sentence(
        "d,high needs deficit,gbp,lower,,,,,\n", "d,2024-08,\"£13,849,999\",,\nd,2024-09,\"£13,820,000\",,\n")
        == "The high needs deficit fell from £13.85 million in August 2024 to £13.82 million in September 2024, "
        + "down £30,000 (0.2%).")
  }

  @Test func tablesShowTheValuesAsTheSentencePrintsThem() {
    let (figures, _) = TestFigures.make(
      definitions: "id,label,unit,better\nd,high needs deficit,gbp,lower\n",
      metrics: "metric,period,value\nd,2024-08,13849999\nd,2024-09,13820000\n")
    guard case .object(let record)? = figures.first?.value,
      case .object(let latest)? = record["latest"], case .object(let from)? = record["from"]
    else {
      Issue.record("no record")
      return
    }
    #expect(from["display"] == .string("£13.85 million"))
    #expect(latest["display"] == .string("£13.82 million"))
  }

  @Test func aBillionIsNeverAThousandMillion() {
    #expect(
      TestFigures.sentence(
        "b,local schools budget,gbp,neutral,,,,,\n", "b,2024-08,1000000000,,\nb,2024-09,1000080000,,\n")
        == "The local schools budget rose from £1 billion in August 2024 to £1,000,080,000 in September 2024, "
        + "up £80,000 (less than 0.1%).")
    #expect(
      TestFigures.sentence(
        "b,local schools budget,gbp,neutral,,,,,\n", "b,2024-08,1250000000,,\nb,2024-09,1260000000,,\n")
        == "The local schools budget rose from £1.25 billion in August 2024 to £1.26 billion in September 2024, "
        + "up £10 million (0.8%).")
    #expect(
      TestFigures.sentence(
        "b,local schools budget,gbp,neutral,,,,,\n", "b,2024-08,999960000,,\nb,2024-09,1300000000,,\n")
        == "The local schools budget rose from £1 billion in August 2024 to £1.3 billion in September 2024, "
        + "up £300 million (30%).")
  }

  @Test func percentagePointsAreTheDifferenceOfThePrintedPercentages() {
    #expect(
      TestFigures.sentence(
        "a,appeals upheld,percent,lower,,,,,appeals\n", "a,2024-08,,1,3\na,2024-09,,2,3\n")
        == "The percentage of appeals upheld was 67% (2 out of 3 appeals) in September 2024. "
        + "This is up 34 percentage points from 33% (1 out of 3) in August 2024.")
  }

  @Test func aChangeOfSignHasAMinusSignAndNoPercentage() {
    #expect(
      TestFigures.sentence(
        "d,high needs balance,gbp,higher,,,,,\n", "d,2024-08,-2500000,,\nd,2024-09,1200000,,\n")
        == "The high needs balance rose from \u{2212}£2.5 million in August 2024 to £1.2 million in September 2024, "
        + "up £3.7 million.")
  }

  @Test func relativeChangesAreTrue() {
    #expect(
      TestFigures.sentence("c,complaints,count,lower,,,,,\n", "c,2024-08,10000,,\nc,2024-09,4,,\n")
        == "The number of complaints fell from 10,000 in August 2024 to 4 in September 2024, down 9,996 (99.96%)."
    )
    #expect(
      TestFigures.sentence("c,complaints,count,lower,,,,,\n", "c,2024-08,10000,,\nc,2024-09,10001,,\n")
        == "The number of complaints rose from 10,000 in August 2024 to 10,001 in September 2024, "
        + "up 1 (less than 0.1%).")
    #expect(
      TestFigures.sentence("m,average fare,gbp,lower,,,,,\n", "m,2024-08,£150.07,,\nm,2024-09,£150,,\n")
        == "The average fare fell from £150.07 in August 2024 to £150 in September 2024, down 7p (less than 0.1%)."
    )
  }

  @Test func sevenPenceIsATrueRelativeChange() {
    #expect(
      TestFigures.sentence("m,average fare,gbp,lower,,,,,\n", "m,2024-08,£75.07,,\nm,2024-09,£75,,\n")
        == "The average fare fell from £75.07 in August 2024 to £75 in September 2024, down 7p (0.1%).")
  }

  @Test func aNeutralMetricStatesItsComparisonsWithoutJudging() {
    let (figures, diagnostics) = TestFigures.make(
      definitions: "id,label,unit,better,national,target\nc,children on the caseload,count,neutral,800,750\n",
      metrics: "metric,period,value\nc,2022-03,827\nc,2022-06,805\n")
    #expect(diagnostics.count == 2)
    #expect(
      figures.first?.sentence
        == "The number of children on the caseload fell from 827 in March 2022 to 805 in June 2022, down 22 (3%). "
        + "It is above the national average of 800. The target is 750.")
  }

  @Test func changesHaveNoTrailingZerosAndPenceArePence() {
    #expect(
      TestFigures.sentence("w,average wait,days,lower,,,,,\n", "w,2024-08,1.20,,\nw,2024-09,1.30,,\n")
        == "The average wait rose from 1.20 days in August 2024 to 1.30 days in September 2024, up 0.1 days (8%)."
    )
    #expect(
      TestFigures.sentence("m,average bus fare,gbp,lower,,,,,\n", "m,2024-08,0.45,,\nm,2024-09,0.5,,\n")
        == "The average bus fare rose from 45p in August 2024 to 50p in September 2024, up 5p (11%).")
  }

  @Test func everyUnitHasAGrammaticalSubject() {
    #expect(
      TestFigures.sentence(
        "e,change in the number of EHC plans,count,neutral,,,,,\n", "e,2024-08,12,,\ne,2024-09,9,,\n")
        == "The change in the number of EHC plans fell from 12 in August 2024 to 9 in September 2024, down 3 (25%)."
    )
    #expect(
      TestFigures.sentence(
        "c,children in care with an EHC plan,number,neutral,,,,,\n", "c,2024-08,120,,\nc,2024-09,126,,\n")
        == "The number of children in care with an EHC plan rose from 120 in August 2024 to 126 in September 2024, "
        + "up 6 (5%).")
    #expect(
      TestFigures.sentence(
        "d,average number of days to resolve a complaint,days,lower,,,,,\n",
        "d,2024-08,37,,\nd,2024-09,11,,\n")
        == "The average number of days to resolve a complaint fell from 37 in August 2024 to 11 in September 2024, "
        + "down 26 (70%).")
  }
}
