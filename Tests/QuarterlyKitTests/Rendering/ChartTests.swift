import Testing

@testable import QuarterlyKit

@Suite struct ChartTests {
  private func figures(
    _ rows: String, definition: String = "c,number of complaints,count,lower,,2021-12,,,\n"
  )
    -> MetricFigures?
  {
    let header = "id,label,unit,better,compare,baseline,national,target,count_noun\n"
    return TestFigures.make(
      definitions: header + definition, metrics: "metric,period,value,numerator,denominator\n" + rows
    ).figures.first
  }

  @Test func barChartForThreePoints() throws {
    let metric = try #require(figures("c,2021-11,53,,\nc,2021-12,33,,\nc,2022-07,39,,\n"))
    let chart = MetricChart(figures: metric)
    #expect(chart.headline == "Complaints rose from 33 to 39 between December 2021 and July 2022")
    let expected = [
      "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 480 300\" aria-labelledby=\"chart-c-title chart-c-desc\" "
        + "xmlns=\"http://www.w3.org/2000/svg\">",
      "<title id=\"chart-c-title\">Complaints rose from 33 to 39 between December 2021 and July 2022</title>",
      "<desc id=\"chart-c-desc\">November 2021: 53; December 2021: 33; July 2022: 39. Baseline: 33 in December 2021.</desc>",
      "<line class=\"axis\" x1=\"64\" y1=\"252\" x2=\"350\" y2=\"252\"/><text x=\"56\" y=\"257\" text-anchor=\"end\">0</text>",
      "<line class=\"grid\" x1=\"64\" y1=\"180\" x2=\"350\" y2=\"180\"/><text x=\"56\" y=\"185\" text-anchor=\"end\">20</text>",
      "<line class=\"grid\" x1=\"64\" y1=\"108\" x2=\"350\" y2=\"108\"/><text x=\"56\" y=\"113\" text-anchor=\"end\">40</text>",
      "<line class=\"grid\" x1=\"64\" y1=\"36\" x2=\"350\" y2=\"36\"/><text x=\"56\" y=\"41\" text-anchor=\"end\">60</text>",
      "<text x=\"0\" y=\"14\" text-anchor=\"start\" class=\"axis-title\">Number</text>",
      "<text x=\"111.7\" y=\"274\" text-anchor=\"middle\">Nov 2021</text>",
      "<text x=\"207\" y=\"274\" text-anchor=\"middle\">Dec 2021</text>",
      "<text x=\"302.3\" y=\"274\" text-anchor=\"middle\">Jul 2022</text>",
      "<line class=\"ref-baseline\" x1=\"64\" y1=\"133.2\" x2=\"350\" y2=\"133.2\"/>",
      "<text x=\"356\" y=\"138.2\" text-anchor=\"start\" class=\"ref-label\">Baseline 33</text>",
      "<rect class=\"bar\" x=\"83.1\" y=\"61.2\" width=\"57.2\" height=\"190.8\"/>",
      "<text x=\"111.7\" y=\"55.2\" text-anchor=\"middle\" class=\"halo\">53</text>",
      "<text x=\"111.7\" y=\"55.2\" text-anchor=\"middle\" class=\"value\">53</text>",
      "<rect class=\"bar\" x=\"178.4\" y=\"133.2\" width=\"57.2\" height=\"118.8\"/>",
      "<text x=\"207\" y=\"127.2\" text-anchor=\"middle\" class=\"halo\">33</text>",
      "<text x=\"207\" y=\"127.2\" text-anchor=\"middle\" class=\"value\">33</text>",
      "<rect class=\"bar\" x=\"273.7\" y=\"111.6\" width=\"57.2\" height=\"140.4\"/>",
      "<text x=\"302.3\" y=\"105.6\" text-anchor=\"middle\" class=\"halo\">39</text>",
      "<text x=\"302.3\" y=\"105.6\" text-anchor=\"middle\" class=\"value\">39</text>",
      "</svg>",
    ]
    #expect(chart.svg() == expected.joined())
  }

  @Test func noChartForOnePoint() throws {
    let metric = try #require(figures("c,2021-11,53,,\n"))
    #expect(MetricChart(figures: metric).svg() == "")
    #expect(!MetricChart(figures: metric).isDrawn)
  }

  @Test func scaleHasNiceTicks() {
    #expect(ChartScale(covering: [53, 33, 39]).ticks == [0, 20, 40, 60])
    #expect(ChartScale(covering: [0.8, 33.3]).ticks == [0, 10, 20, 30, 40])
    #expect(ChartScale(covering: [54.5, 48.4]).ticks == [0, 20, 40, 60])
  }
}
