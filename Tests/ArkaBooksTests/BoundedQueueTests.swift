import ArkaBooks
import ArkaCore
import Foundation
import PropertyBased
import Synchronization
import Testing

@Suite("The hand-over between an import's two threads")
struct BoundedQueueTests {
    struct Stop: Error {}

    @Test("every item arrives once, in order, whatever the capacity and the count")
    func order() async {
        await propertyCheck(count: 40, input: Gen.int(in: 1...9), Gen.int(in: 0...3_000)) { capacity, count in
            var received: [Int] = []
            try! BoundedQueue<Int>.relay(capacity: capacity, produce: { queue in
                for item in 0..<count { guard queue.put(item) else { return } }
            }, consume: { received.append($0) })
            #expect(received == Array(0..<count))
            // And the other way round: the consumer on the second thread.
            let collected = Mutex<[Int]>([])
            try! BoundedQueue<Int>.relay(capacity: capacity, consumeElsewhere: { item in collected.withLock { $0.append(item) } }) { queue in
                for item in 0..<count { guard queue.put(item) else { return } }
            }
            #expect(collected.withLock { $0 } == Array(0..<count))
        }
    }

    @Test("a producer never runs more than the capacity ahead of the consumer")
    func bounded() throws {
        let produced = Atomic<Int>(0)
        var mostAhead = 0
        var consumed = 0
        try BoundedQueue<Int>.relay(capacity: 4, produce: { queue in
            for item in 0..<500 {
                guard queue.put(item) else { return }
                produced.add(1, ordering: .sequentiallyConsistent)
            }
        }, consume: { _ in
            consumed += 1
            usleep(50)
            mostAhead = max(mostAhead, produced.load(ordering: .sequentiallyConsistent) - consumed)
        })
        #expect(consumed == 500)
        #expect(mostAhead <= 4 + 1, "the producer ran \(mostAhead) items ahead")
    }

    @Test("a consumer that fails stops the producer, and its error goes on")
    func consumerFails() {
        let produced = Atomic<Int>(0)
        #expect(throws: Stop.self) {
            try BoundedQueue<Int>.relay(capacity: 2, produce: { queue in
                for item in 0..<100_000 {
                    guard queue.put(item) else { return }
                    produced.add(1, ordering: .sequentiallyConsistent)
                }
            }, consume: { item in if item == 10 { throw Stop() } })
        }
        #expect(produced.load(ordering: .sequentiallyConsistent) < 100, "the producer stopped soon after")
        let taken = Atomic<Int>(0)
        #expect(throws: Stop.self) {
            try BoundedQueue<Int>.relay(capacity: 2, consumeElsewhere: { item in
                taken.add(1, ordering: .sequentiallyConsistent)
                if item == 10 { throw Stop() }
            }) { queue in
                for item in 0..<100_000 { guard queue.put(item) else { return } }
            }
        }
        #expect(taken.load(ordering: .sequentiallyConsistent) == 11)
    }

    @Test("a producer that fails stops the consumer, and its error goes on")
    func producerFails() {
        let taken = Atomic<Int>(0)
        #expect(throws: Stop.self) {
            try BoundedQueue<Int>.relay(capacity: 3, consumeElsewhere: { _ in taken.add(1, ordering: .sequentiallyConsistent) }) { queue in
                for item in 0..<50 { _ = queue.put(item) }
                throw Stop()
            }
        }
        #expect(taken.load(ordering: .sequentiallyConsistent) <= 50)
    }
}
