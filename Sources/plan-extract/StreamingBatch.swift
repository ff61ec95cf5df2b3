import Dispatch

/// The batch of `--input jsonl`: records parsed on up to `jobs` workers, each handed over as
/// soon as it and every record before it are done, whether or not more input has come.
/// The records are read on a queue of their own, one when there is room for it: a read
/// blocks until a line arrives, and a co-process that sends one record and waits for its
/// result must get it. (``OrderedBatch`` pulls its inputs where it hands the results over,
/// which suits files, always at hand.) At most `window` records are started and not yet
/// handed over, so memory stays bounded however long the stream.
struct StreamingBatch {
    var jobs: Int
    var window: Int

    /// A batch of `jobs` workers (at least one) and a window of sixteen records per worker,
    /// as ``OrderedBatch`` has.
    init(jobs: Int) {
        self.jobs = max(1, jobs)
        window = 16 * self.jobs
    }

    /// Runs `work` on every job of `source` and hands each result to `deliver`, in input
    /// order, until `deliver` says to stop (`false`): no job is read after that.
    func run(
        _ source: AnyIterator<ExtractionJob>,
        work: @escaping @Sendable (ExtractionJob) -> ExtractionOutcome,
        deliver: (ExtractionOutcome) -> Bool
    ) async {
        let (events, sink) = AsyncStream<Event>.makeStream()
        let reader = DispatchQueue(label: "plan-extract.standard-input")
        let source = SourceBox(iterator: source)
        await withDiscardingTaskGroup { group in
            var started = 0, delivered = 0, running = 0
            var reading = false, ended = false
            var finished: [Int: ExtractionOutcome] = [:]
            func readIfRoom() {
                guard !reading, !ended, running < jobs, started - delivered < window else { return }
                reading = true
                reader.async { sink.yield(source.iterator.next().map(Event.job) ?? .ended) }
            }
            readIfRoom()
            for await event in events {
                switch event {
                case .job(let job):
                    reading = false
                    let index = started
                    started += 1
                    running += 1
                    group.addTask { sink.yield(.done(index, work(job))) }
                case .ended:
                    reading = false
                    ended = true
                case .done(let index, let result):
                    running -= 1
                    finished[index] = result
                    while let next = finished.removeValue(forKey: delivered) {
                        delivered += 1
                        guard deliver(next) else { return }
                    }
                }
                if ended && running == 0 { return }
                readIfRoom()
            }
        }
    }

    private enum Event: Sendable {
        case job(ExtractionJob)
        case ended
        case done(Int, ExtractionOutcome)
    }

    /// The source, advanced on the reader queue only (one read at a time).
    private final class SourceBox: @unchecked Sendable {
        let iterator: AnyIterator<ExtractionJob>
        init(iterator: AnyIterator<ExtractionJob>) { self.iterator = iterator }
    }
}
