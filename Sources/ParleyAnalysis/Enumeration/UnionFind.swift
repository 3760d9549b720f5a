/// Disjoint sets over `0..<count` with path halving: groups demands linked
/// by shared issues, and conflicts linked by shared demands.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        parent[find(a)] = find(b)
    }

    /// The groups, each ascending, ordered by their smallest member.
    mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for x in parent.indices { byRoot[find(x), default: []].append(x) }
        return byRoot.values.sorted { $0[0] < $1[0] }
    }
}
