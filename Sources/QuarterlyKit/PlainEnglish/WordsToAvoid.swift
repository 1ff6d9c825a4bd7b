/// The data of the plain-English checks, and nothing else: GOV.UK's words to avoid, each with what to
/// write instead, and the abbreviations everyone knows. Edit this table to change the lists; it is
/// compiled into the tool so that the one static binary carries it (no file to lose beside it).
///
/// A word matches its usual forms too: "deliver" also finds "delivers", "delivered" and "delivering".
/// A phrase matches word for word ("going forward").
enum WordsToAvoid {
  /// GOV.UK's "words to avoid" (GOV.UK style guide, A to Z), and the plain word to write instead.
  static let list: [(words: String, instead: String)] = [
    ("advancing", "say what is getting better, and how"),
    ("agenda", "'plan' (unless it is for a meeting)"),
    ("collaborate", "'work with'"),
    ("combat", "'stop' or 'reduce' (unless it is military)"),
    ("commence", "'start'"),
    ("countering", "'stopping' or 'preventing'"),
    ("deliver", "'make', 'do' or 'give' (post and services are delivered, not improvements)"),
    ("deploy", "'use' or 'put in place'"),
    ("dialogue", "'talk' or 'speak to'"),
    ("disincentivise", "'discourage'"),
    ("empower", "say what people can now do"),
    ("facilitate", "'help' or 'make possible', and say how"),
    ("focusing", "'working on'"),
    ("foster", "'encourage' (unless it is about fostering children)"),
    ("going forward", "'from now on' or 'in future'"),
    ("in order to", "'to'"),
    ("incentivise", "'encourage'"),
    ("initiate", "'start'"),
    ("key", "'important' or 'main' (unless it unlocks something)"),
    ("leverage", "'use'"),
    ("liaise", "'work with' or 'talk to'"),
    ("one-stop shop", "'one place'"),
    ("overarching", "'main' or 'overall'"),
    ("pledge", "say exactly what will be done"),
    ("promote", "'encourage' or 'support' (unless it is an advert or a job)"),
    ("ring fencing", "'keeping for' or 'setting aside'"),
    ("ring-fenced", "'kept for' or 'set aside'"),
    ("robust", "'strong' or 'thorough'"),
    ("slimming down", "'cutting' or 'making smaller'"),
    ("stakeholder", "name the people: 'parents', 'schools', 'health services'"),
    ("streamline", "'simplify'"),
    ("strengthen", "'improve' (unless it is a bridge or a building)"),
    ("tackle", "'deal with' or 'stop' (unless it is sport)"),
    ("transform", "say what is changing"),
    ("utilise", "'use'"),
    ("utilize", "'use'"),
  ]

  /// Abbreviations parents know without a glossary.
  static let everydayAbbreviations: Set<String> = [
    "UK", "NHS", "GP", "GPs", "OK", "TV", "BBC", "ID", "PDF", "FAQ", "FAQs", "PE", "IT", "MP", "MPs", "A&E",
  ]
}
