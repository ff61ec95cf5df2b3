/// Runs a job per input on up to `jobs` workers and hands the results over in input order,
/// with a bounded window: at most `window` inputs are started and not yet handed over, so
/// memory does not grow with the number of inputs (the inputs themselves are pulled one by
/// one from an iterator, also lazily).
struct OrderedBatch<Job: Sendable, Result: Sendable> {
    var jobs: Int
    var window: Int

    init(jobs: Int) {
        self.jobs = max(1, jobs)
        window = 4 * self.jobs
    }

    func run(
        _ inputs: inout some IteratorProtocol<Job>,
        work: @escaping @Sendable (Job) -> Result,
        deliver: (Result) -> Void
    ) async {
        // One worker: no tasks at all (and no thread hop) for the common single-file run.
        guard jobs > 1 else {
            while let job = inputs.next() { deliver(work(job)) }
            return
        }
        await withTaskGroup(of: (Int, Result).self) { group in
            var started = 0, delivered = 0, running = 0
            var exhausted = false
            var finished: [Int: Result] = [:]
            func startMore() {
                while !exhausted, running < jobs, started - delivered < window {
                    guard let job = inputs.next() else { exhausted = true; break }
                    let index = started
                    group.addTask { (index, work(job)) }
                    started += 1
                    running += 1
                }
            }
            startMore()
            while let (index, result) = await group.next() {
                running -= 1
                finished[index] = result
                while let next = finished.removeValue(forKey: delivered) {
                    deliver(next)
                    delivered += 1
                }
                startMore()
            }
        }
    }
}
