import Testing

@testable import QuarterlyKit

/// Figure sentences keep within GOV.UK's 25 words: the comparisons move into a sentence of their own, then
/// a long statement becomes "… was X in MONTH. This is up … from … in MONTH0."; a short sentence stays whole.
@Suite struct SentenceLengthTests {
  @Test func aShortSentenceKeepsItsComparisons() {
    #expect(
      TestFigures.sentence("c,complaints,count,lower,,,,40,\n", "c,2022-03,53,,\nc,2022-06,39,,\n")
        == "The number of complaints fell from 53 in March 2022 to 39 in June 2022, down 14 (26%), "
        + "and is meeting the target of 40.")
  }

  @Test func theBaselineMovesOutAndKeepsItsContrast() {
    #expect(
      TestFigures.sentence(
        "c,complaints,count,lower,2021-11,2021-12,,,\n", "c,2021-11,53,,\nc,2021-12,33,,\nc,2022-07,39,,\n")
        == "The number of complaints fell from 53 in November 2021 to 39 in July 2022, down 14 (26%). "
        + "It is still above the baseline of 33 in December 2021.")
  }

  @Test func theNationalAverageMovesOut() {
    #expect(
      TestFigures.sentence(
        "a,annual reviews held on time,percent,higher,,,65,,\n", "a,2022-02,62%,,\na,2022-07,66%,,\n")
        == "The percentage of annual reviews held on time rose from 62% in February 2022 to 66% in July 2022, "
        + "up 4 percentage points. It is above the national average of 65%.")
  }

  @Test func theTargetMovesOutWithBothJudgements() {
    #expect(
      TestFigures.sentence(
        "w,average wait for physiotherapy,weeks,lower,,,30,18,\n", "w,2022-03,27,,\nw,2022-06,25,,\n")
        == "The average wait for physiotherapy fell from 27 weeks in March 2022 to 25 weeks in June 2022, "
        + "down 2 weeks (7%). It is below the national average of 30 weeks, but is still above the target "
        + "of 18 weeks.")
  }

  @Test func aSingleValueMovesItsComparisonsOut() {
    #expect(
      TestFigures.sentence(
        "h,children and young people seen by the neurodevelopmental service since the contract started,count,higher,,,,2500,\n",
        "h,2022-08,\"1,900\",,\n")
        == "The number of children and young people seen by the neurodevelopmental service since the contract started was 1,900 "
        + "in August 2022. It is short of the target of 2,500.")
  }

  @Test func aLongLabelSplitsTheStatement() {
    #expect(
      TestFigures.sentence(
        "s,average wait for speech and language therapy in special schools,weeks,lower,,,50,,\n",
        "s,2022-05,54.5,,\ns,2022-09,48.4,,\n")
        == "The average wait for speech and language therapy in special schools was 48.4 weeks in September 2022. "
        + "This is down 6.1 weeks (11%) from 54.5 weeks in May 2022. It is below the national average of "
        + "50 weeks.")
  }

  @Test func differentDecimalsMoveTheComparisonsOutWhenLong() {
    #expect(
      TestFigures.sentence(
        "r,annual reviews of plans actioned within 4 weeks,percent,higher,,,40,,reviews\n",
        "r,2021-09,,2,242\nr,2022-07,,332,996\n")
        == "The percentage of annual reviews of plans actioned within 4 weeks was 33% (332 out of 996 reviews) "
        + "in July 2022. This is up 32.2 percentage points from 0.8% (2 out of 242) in September 2021. It is still below the "
        + "national average of 40%.")
  }

  @Test func aLabelTooLongToSplitKeepsItsLength() {
    let label =
      "young people with an education, health and care plan who are not in education, employment or "
      + "training at the end of the school year"
    let sentence = TestFigures.sentence(
      "n,\"\(label)\",percent,lower,,,,,young people\n", "n,2021-05,9%,945,\nn,2022-07,4%,425,\n")
    #expect(
      sentence
        == "The percentage of \(label) was 4% (425 young people) in July 2022. This is down 5 percentage "
        + "points from 9% (945 young people) in May 2021.")
    #expect(!ProseScanner.fits(sentence))
  }

  @Test func wordsAreCountedAsThePlainEnglishCheckCountsThem() {
    #expect(ProseScanner.fits(Array(repeating: "word", count: 25).joined(separator: " ") + "."))
    #expect(!ProseScanner.fits(Array(repeating: "word", count: 26).joined(separator: " ") + "."))
    #expect(PlainEnglishCheck.longestSentence == ProseScanner.longestSentence)
  }
}
