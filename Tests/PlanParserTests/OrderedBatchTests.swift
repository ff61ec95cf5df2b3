import Foundation
import Testing
@testable import PlanParser

/// The batch behind `--jobs` and `parseAll`: results in input order, and never more inputs
/// started and not handed over than the window.
@Suite struct OrderedBatchTests {
    @Test func theWindowIsSixteenInputsPerWorkerUnlessGiven() {
        #expect(OrderedBatch<Int, Int>(jobs: 2).window == 32)
        #expect(OrderedBatch<Int, Int>(jobs: 0).jobs == 1)
        #expect(OrderedBatch<Int, Int>(jobs: 0).window == 16)
        #expect(OrderedBatch<Int, Int>(jobs: 4, window: 2).window == 4)
        #expect(OrderedBatch<Int, Int>(jobs: Int.max).window == Int.max)
    }

    /// Inputs counted as they are pulled, against the results handed over so far.
    final class Ledger {
        var pulled = 0, delivered = 0, mostInFlight = 0
    }

    struct CountingInputs: IteratorProtocol {
        let count: Int
        let ledger: Ledger
        mutating func next() -> Int? {
            guard ledger.pulled < count else { return nil }
            ledger.pulled += 1
            ledger.mostInFlight = max(ledger.mostInFlight, ledger.pulled - ledger.delivered)
            return ledger.pulled - 1
        }
    }

    @Test(arguments: [1, 2, 3])
    func aSlowFirstInputHoldsBackNoResultAndNoMoreThanTheWindow(jobs: Int) async {
        let ledger = Ledger()
        var inputs = CountingInputs(count: 60, ledger: ledger)
        var results: [Int] = []
        // The first input takes longest: the others finish first and wait behind it.
        await OrderedBatch<Int, Int>(jobs: jobs, window: 5).run(&inputs, work: { input in
            if input == 0 { usleep(20_000) }
            return input * 10
        }) { result in
            results.append(result)
            ledger.delivered += 1
        }
        #expect(results == (0..<60).map { $0 * 10 })
        #expect(ledger.mostInFlight <= max(jobs, 5))
        #expect(ledger.mostInFlight >= (jobs > 1 ? 2 : 1))
    }
}
