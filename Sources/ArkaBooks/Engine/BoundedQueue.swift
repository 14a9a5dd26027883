import Foundation
import Synchronization

/// A first-in, first-out hand-over between two threads that holds at most `capacity` items:
/// a producer that runs ahead waits, so memory stays flat however long the input.
///
/// ```swift
/// let queue = BoundedQueue<[Int]>(capacity: 8)
/// Thread { for batch in batches { guard queue.put(batch) else { break } }; queue.close() }.start()
/// while let batch = queue.take() { consume(batch) }
/// ```
public final class BoundedQueue<Element: Sendable>: Sendable {
    private struct State {
        /// At most the capacity: taken from the front, which lets the taken item go at once.
        var items: [Element] = []
        var closed = false
        var cancelled = false
    }

    private let state = Mutex(State())
    /// Free places: a producer waits on it while the queue is full.
    private let places: DispatchSemaphore
    /// Items to take, plus one once the queue is closed: a consumer waits on it while the queue is empty.
    private let waiting = DispatchSemaphore(value: 0)

    public init(capacity: Int) {
        // Made at 0 and raised: libdispatch refuses to free a semaphore below the value it was
        // made with, which a queue dropped with items in it would be.
        places = DispatchSemaphore(value: 0)
        for _ in 0..<max(1, capacity) { places.signal() }
    }

    /// Adds an item, waiting while the queue is full; false when the consumer has cancelled.
    public func put(_ item: Element) -> Bool {
        places.wait()
        let taken = state.withLock { state -> Bool in
            guard !state.cancelled else { return false }
            state.items.append(item)
            return true
        }
        guard taken else {
            places.signal()  // the next put returns at once too
            return false
        }
        waiting.signal()
        return true
    }

    /// The next item, waiting while the queue is empty; nil once it is closed and empty.
    public func take() -> Element? {
        waiting.wait()
        let item = state.withLock { state -> Element? in
            state.items.isEmpty ? nil : state.items.removeFirst()
        }
        guard let item else {
            waiting.signal()  // closed: the next take returns nil at once too
            return nil
        }
        places.signal()
        return item
    }

    /// The producer is done: `take` returns nil once the queue is drained.
    public func close() {
        let first = state.withLock { state -> Bool in
            defer { state.closed = true }
            return !state.closed
        }
        if first { waiting.signal() }
    }

    /// The consumer gives up: `put` returns false from now on.
    public func cancel() {
        let first = state.withLock { state -> Bool in
            state.items.removeAll()
            defer { state.cancelled = true }
            return !state.cancelled
        }
        if first { places.signal() }  // a producer waiting for a place wakes and sees it
    }
}

extension BoundedQueue {
    /// Runs `produce` on a second thread and hands what it puts in the queue to `consume` on this
    /// one, in order: the two-thread shape of every long import and listing. The queue is closed
    /// when `produce` returns. When `consume` throws, the queue is cancelled (the producer's next
    /// `put` returns false) and the producer is waited for before the error goes on.
    ///
    /// ```swift
    /// try BoundedQueue<[Entry]>.relay(capacity: 8) { queue in
    ///     for batch in batches { guard queue.put(batch) else { return } }
    /// } consume: { batch in try insert(batch) }
    /// ```
    /// - Throws: what `consume` throws; the producer has stopped when this returns either way.
    public static func relay(
        capacity: Int, stackSize: Int = 8 << 20, produce: @escaping @Sendable (BoundedQueue<Element>) -> Void,
        consume: (Element) throws -> Void
    ) throws {
        let queue = BoundedQueue<Element>(capacity: capacity)
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            produce(queue)
            queue.close()
            finished.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        do {
            while let item = queue.take() { try consume(item) }
        } catch {
            queue.cancel()
            finished.wait()
            throw error
        }
        finished.wait()
    }

    /// Runs `produce` on this thread and hands what it puts in the queue to `consume` on a second
    /// thread, in order: the shape for a producer that must stay on this thread, because it
    /// reads a ledger's snapshot, which is open on this thread only. When `consume` throws, the
    /// queue is cancelled (the producer's next `put` returns false); the consumer has stopped
    /// when this returns.
    ///
    /// ```swift
    /// try BoundedQueue<[Row]>.relay(capacity: 6, consumeElsewhere: { rows in try write(rows) }) { queue in
    ///     try ledger.forEachRow { row in guard queue.put([row]) else { return } }
    /// }
    /// ```
    /// - Throws: what `produce` throws, else what `consume` threw.
    public static func relay(
        capacity: Int, stackSize: Int = 8 << 20, consumeElsewhere consume: @escaping @Sendable (Element) throws -> Void,
        produce: (BoundedQueue<Element>) throws -> Void
    ) throws {
        let queue = BoundedQueue<Element>(capacity: capacity)
        let finished = DispatchSemaphore(value: 0)
        let failure = ConsumerFailure()
        let thread = Thread {
            while let item = queue.take() {
                do {
                    try consume(item)
                } catch {
                    failure.error = error
                    queue.cancel()
                    break
                }
            }
            finished.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        do {
            try produce(queue)
        } catch {
            queue.cancel()
            queue.close()
            finished.wait()
            throw error
        }
        queue.close()
        finished.wait()
        if let error = failure.error { throw error }
    }
}

/// The consuming thread's error, read once that thread has signalled its end.
private final class ConsumerFailure: Sendable {
    private let stored = Mutex<(any Error)?>(nil)

    var error: (any Error)? {
        get { stored.withLock { $0 } }
        set { stored.withLock { $0 = newValue } }
    }
}
