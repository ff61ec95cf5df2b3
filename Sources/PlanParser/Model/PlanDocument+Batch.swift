extension PlanDocument {
    /// Parses many inputs concurrently and returns their results in input order.
    ///
    /// Each input is checked and parsed as ``init(validating:sourceName:)`` does: a binary
    /// or empty input gives a `failure`. The work runs on Swift's concurrent executor (one
    /// thread per core), at most `maxConcurrency` inputs at a time.
    ///
    /// ```swift
    /// let results = await PlanDocument.parseAll(files.map { PlanSource(name: $0.path, bytes: $0.bytes) })
    /// let plans = results.compactMap { try? $0.get() }
    /// ```
    ///
    /// - Parameters:
    ///   - sources: The inputs.
    ///   - maxConcurrency: How many inputs are parsed at once (at least 1).
    /// - Returns: One result per input, in the order of `sources`.
    public static func parseAll(_ sources: [PlanSource], maxConcurrency: Int = 64) async -> [Result<PlanDocument, PlanInputError>] {
        var results: [Result<PlanDocument, PlanInputError>] = []
        results.reserveCapacity(sources.count)
        var inputs = sources.makeIterator()
        // Every result is kept anyway: the window is the whole batch, so that a slow input
        // never holds the workers back.
        await OrderedBatch(jobs: maxConcurrency, window: sources.count).run(&inputs, work: { source in
            Result { () throws(PlanInputError) in try PlanDocument(validating: source.bytes, sourceName: source.name) }
        }, deliver: { results.append($0) })
        return results
    }
}
