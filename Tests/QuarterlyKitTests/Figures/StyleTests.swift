import Testing

@testable import QuarterlyKit

@Suite struct StyleTests {
  @Test func numbersHaveThousandsSeparatorsAndLeadingZeros() {
    #expect(GovUKNumbers.number(1900, decimals: 0) == "1,900")
    #expect(GovUKNumbers.number(1_234_567.891, decimals: 2) == "1,234,567.89")
    #expect(GovUKNumbers.number(0.8264, decimals: 1) == "0.8")
    #expect(GovUKNumbers.number(-14, decimals: 0) == "\u{2212}14")
    #expect(GovUKNumbers.number(999.96, decimals: 1) == "1,000.0")
    #expect(GovUKNumbers.number(0.05, decimals: 2) == "0.05")
    #expect(GovUKNumbers.number(1_000_000, decimals: 0) == "1,000,000")
    #expect(GovUKNumbers.number(100, decimals: 0) == "100")
    #expect(GovUKNumbers.number(0, decimals: 3) == "0.000")
    #expect(GovUKNumbers.number(-1234.5, decimals: 1) == "\u{2212}1,234.5")
    #expect(GovUKNumbers.number(2_000_000_000, decimals: 0) == "2,000,000,000")
    #expect(GovUKNumbers.number(1e20, decimals: 2) == "100,000,000,000,000,000,000")
    #expect(!GovUKNumbers.number(1e30, decimals: 2).contains("e"))
    #expect(GovUKNumbers.number(123_456.007, decimals: 3) == "123,456.007")
  }

  @Test func roundsHalfAwayFromZero() {
    #expect(GovUKNumbers.number(2.5, decimals: 0) == "3")
    #expect(GovUKNumbers.number(0.125, decimals: 2) == "0.13")
    #expect(GovUKNumbers.number(-2.5, decimals: 0) == "\u{2212}3")
    #expect(GovUKNumbers.number(1.005, decimals: 2) == "1.01")
  }

  @Test func money() {
    #expect(GovUKNumbers.money(75) == "£75")
    #expect(GovUKNumbers.money(75.5) == "£75.50")
    #expect(GovUKNumbers.money(13_800_000) == "£13.8 million")
    #expect(GovUKNumbers.money(2_000_000) == "£2 million")
    #expect(GovUKNumbers.money(1900) == "£1,900")
    #expect(GovUKNumbers.money(2_500_000_000) == "£2.5 billion")
  }

  @Test func unitsAndRanges() {
    #expect(GovUKNumbers.display(11, decimals: 0, unit: .days) == "11 days")
    #expect(GovUKNumbers.display(1, decimals: 0, unit: .weeks) == "1 week")
    #expect(GovUKNumbers.display(66, decimals: 0, unit: .percent) == "66%")
    #expect(GovUKNumbers.range(9, 13, decimals: 0, unit: .weeks) == "9 to 13 weeks")
    #expect(GovUKNumbers.range(2.84, 8.16, decimals: 1, unit: .count) == "2.8 to 8.2")
    #expect(GovUKNumbers.percentagePoints(4, decimals: 0) == "4 percentage points")
    #expect(GovUKNumbers.percentagePoints(-1, decimals: 0) == "1 percentage point")
  }

  @Test func computedPercentagesShowWhatMatters() {
    #expect(GovUKNumbers.decimalsForComputedPercent(0.826) == 1)
    #expect(GovUKNumbers.decimalsForComputedPercent(33.33) == 0)
    #expect(GovUKNumbers.decimalsForComputedPercent(99.6) == 1)
    #expect(GovUKNumbers.decimalsForComputedPercent(100) == 0)
    #expect(GovUKNumbers.decimalsForComputedPercent(0) == 0)
  }

  @Test func months() {
    let month = Month(year: 2022, month: 9)
    #expect(month?.long == "September 2022")
    #expect(month?.short == "Sept 2022")
    #expect(Month(iso: "2022-13") == nil)
    #expect(Day(iso: "2022-02-29") == nil)
    #expect(Day(iso: "2024-02-29")?.long == "29 February 2024")
  }
}

@Suite struct WordingTests {
  @Test func countFallsWithBaseline() {
    #expect(
      TestFigures.sentence(
        "complaints,number of complaints,count,lower,2021-11,2021-12,,,\n",
        "complaints,2021-11,53,,\ncomplaints,2021-12,33,,\ncomplaints,2022-07,39,,\n")
        == "The number of complaints fell from 53 in November 2021 to 39 in July 2022, down 14 (26%). "
        + "It is still above the baseline of 33 in December 2021.")
  }

  @Test func percentRisesAboveNationalAverage() {
    #expect(
      TestFigures.sentence(
        "a,assessments completed within 20 weeks,percent,higher,,,65,,\n",
        "a,2022-02,62%,,\na,2022-07,66%,,\n")
        == "The percentage of assessments completed within 20 weeks rose from 62% in February 2022 to 66% "
        + "in July 2022, up 4 percentage points. It is above the national average of 65%.")
  }

  @Test func onePercentagePointIsSingular() {
    #expect(
      TestFigures.sentence("a,plans issued on time,percent,higher,,,,,\n", "a,2022-02,50,,\na,2022-03,51,,\n")
        == "The percentage of plans issued on time rose from 50% in February 2022 to 51% in March 2022, "
        + "up 1 percentage point.")
  }

  @Test func computedPercentagesWithDifferentDecimalsAreSplit() {
    #expect(
      TestFigures.sentence(
        "r,annual reviews actioned within 4 weeks,percent,higher,,,,,reviews\n",
        "r,2021-09,,2,242\nr,2022-07,,332,996\n")
        == "The percentage of annual reviews actioned within 4 weeks was 33% (332 out of 996 reviews) in July 2022. "
        + "This is up 32.2 percentage points from 0.8% (2 out of 242) in September 2021.")
  }

  @Test func numeratorWithoutDenominatorIsACount() {
    #expect(
      TestFigures.sentence(
        "n,young people who are NEET,percent,lower,,,,,young people\n",
        "n,2021-05,9%,945,\nn,2022-07,4%,425,\n")
        == "The percentage of young people who are NEET was 4% (425 young people) in July 2022. "
        + "This is down 5 percentage points from 9% (945 young people) in May 2021.")
  }

  @Test func equalValuesStay() {
    #expect(
      TestFigures.sentence(
        "w,average wait for physiotherapy,weeks,lower,,,,,\n", "w,2022-03,27,,\nw,2022-06,27,,\n")
        == "The average wait for physiotherapy stayed at 27 weeks between March 2022 and June 2022.")
  }

  @Test func aChangeTooSmallToShowIsNoChange() {
    #expect(
      TestFigures.sentence(
        "r,reviews on time,percent,higher,,,,,reviews\n", "r,2022-03,,100,300\nr,2022-06,,333,1000\n")
        == "The percentage of reviews on time stayed at 33% (333 out of 1,000 reviews) between March 2022 and June 2022."
    )
  }

  @Test func aChangeHiddenByRoundingGetsADecimal() {
    #expect(
      TestFigures.sentence(
        "r,reviews on time,percent,higher,,,,,reviews\n", "r,2022-03,,100,300\nr,2022-06,,334,1000\n")
        == "The percentage of reviews on time was 33.4% (334 out of 1,000 reviews) in June 2022. "
        + "This is up 0.1 percentage points from 33.3% (100 out of 300) in March 2022.")
  }

  @Test func neutralMetricsAreNotJudged() {
    let (figures, _) = TestFigures.make(
      definitions: "id,label,unit,better\not,number of children on the caseload,count,neutral\n",
      metrics: "metric,period,value\not,2022-03,827\not,2022-06,805\n")
    #expect(
      figures.first?.sentence
        == "The number of children on the caseload fell from 827 in March 2022 to 805 in June 2022, down 22 (3%)."
    )
    #expect(figures.first?.change?.assessment == .notAssessed)
  }

  @Test func onePointHasNoComparison() {
    #expect(
      TestFigures.sentence(
        "h,children seen since the contract started,count,higher,,,,,\n", "h,2022-08,\"1,900\",,\n")
        == "The number of children seen since the contract started was 1,900 in August 2022.")
  }

  @Test func decimalsAndRelativeChange() {
    #expect(
      TestFigures.sentence(
        "s,average wait for speech therapy,weeks,lower,,,,,\n", "s,2022-05,54.5,,\ns,2022-09,48.4,,\n")
        == "The average wait for speech therapy fell from 54.5 weeks in May 2022 to 48.4 weeks in September 2022, "
        + "down 6.1 weeks (11%).")
  }

  @Test func targetsAreMetOrMissed() {
    #expect(
      TestFigures.sentence(
        "p,plans issued within 20 weeks,percent,higher,,,50.3,60,\n", "p,2022-01,40.5%,,\np,2022-06,48.2%,,\n"
      )
        == "The percentage of plans issued within 20 weeks rose from 40.5% in January 2022 to 48.2% in June 2022, "
        + "up 7.7 percentage points. It is still below the national average of 50.3% and short of the "
        + "target of 60.0%.")
  }

  @Test func worseningIsNeverCalledImprovement() {
    let (figures, _) = TestFigures.make(
      definitions: "id,label,unit,better,target\nw,average wait,weeks,lower,18\n",
      metrics: "metric,period,value\nw,2022-03,20\nw,2022-06,25\n")
    let figure = figures.first
    #expect(figure?.change?.assessment == .worsened)
    #expect(
      figure?.sentence
        == "The average wait rose from 20 weeks in March 2022 to 25 weeks in June 2022, up 5 weeks (25%). "
        + "It is above the target of 18 weeks.")
  }

  @Test func moneyMetrics() {
    #expect(
      TestFigures.sentence(
        "m,average cost of a short break,gbp,neutral,,,,,\n", "m,2022-03,£75,,\nm,2022-06,£75.50,,\n")
        == "The average cost of a short break rose from £75 in March 2022 to £75.50 in June 2022, up 50p (0.7%)."
    )
  }

  @Test func staleFiguresSaySo() {
    let (figures, _) = TestFigures.make(
      definitions: "id,label,unit,better\nw,average wait,weeks,lower\n",
      metrics: "metric,period,value\nw,2022-03,9\nw,2022-06,7\n", quarterStart: Month(year: 2022, month: 7))
    #expect(
      figures.first?.sentence
        == "The average wait fell from 9 weeks in March 2022 to 7 weeks in June 2022, down 2 weeks (22%). "
        + "The figure for June 2022 is the latest we have.")
  }
}
