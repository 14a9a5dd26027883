import ArkaCollections
import ArkaCore
import PropertyBased
import Testing

@Suite("Splitting work and reordering in place")
struct CollectionTests {
    @Test("the parts of a range cover it in order, each index once, sizes differing by at most one")
    func parts() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...500), Gen.int(in: 1...8)) { count, parts in
            let pieces = (0..<parts).map { (3..<(3 + count)).part($0, of: parts) }
            #expect(pieces.flatMap { Array($0) } == Array(3..<(3 + count)))
            let sizes = pieces.map(\.count)
            #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1)
        }
    }

    @Test("permuting in place gives what taking the elements in that order gives")
    func permute() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...1000).array(of: 0...60)) { values in
            var order = Array(values.indices)
            // A permutation from the values themselves: their ranks, ties by position.
            order.sort { (values[$0], $0) < (values[$1], $1) }
            var permuted = values.map { "v\($0)" }
            permuted.permute(taking: order)
            #expect(permuted == order.map { "v\(values[$0])" })
        }
        var letters = ["a", "b", "c"]
        letters.permute(taking: [2, 0, 1])
        #expect(letters == ["c", "a", "b"])
    }

    @Test("a code set answers as a set of strings does, for codes and pairs, past every growth")
    func codeSet() async {
        let alphabet = ["", "E", "U", "1", ".", "Zë", "🙂", "ADH", "Expenses:Grants:IGA:L06", "5.2"]
        let text = Gen.int(in: 0..<alphabet.count).array(of: 0...4).map { $0.map { alphabet[$0] }.joined() }
        await propertyCheck(count: 100, input: text.array(of: 0...60), text.array(of: 0...60)) { stored, asked in
            var codes = CodeSet()
            var pairs = CodeSet()
            for code in stored {
                codes.insert(code)
                pairs.insert(code, "line")
            }
            #expect(codes.count == Set(stored).count)
            for code in stored + asked {
                #expect(codes.contains(code) == stored.contains(code), "\(code)")
                #expect(pairs.contains(code, "line") == stored.contains(code))
                #expect(!pairs.contains(code), "a pair's first code alone is not in the set")
            }
        }
        // A pair is not its codes run together.
        var pairs = CodeSet()
        pairs.insert("EU", "1.1")
        #expect(!pairs.contains("EU1", ".1"))
        #expect(!pairs.contains("EU1.1"))
        #expect(pairs.contains("EU", "1.1"))
    }
}
