/// The cheapest minimal concession sets of the whole scenario, and how many
/// there are: one concession of every dispute, combined without
/// enumerating their product (``ConcessionCombiner``).
enum ConcessionQuestion {
    struct Answer {
        /// The first `--concessions` sets, in the report's order.
        var listed: [Concession]
        /// How many there are in all.
        var total: BigCount
    }

    static func ask(disputes: [Dispute], options: AnalysisOptions) -> Answer {
        let (listed, total) = ConcessionCombiner.cheapest(disputes.map(\.concessions), count: options.concessionsShown)
        return Answer(listed: listed, total: total)
    }
}
